#pragma once

// Upper bounds on what a record may hold. They keep a mistaken paste or a
// hostile file from bloating the database, and are the same for the editor and
// for import.

namespace vt::limits {

inline constexpr int kTitleLength = 500;
inline constexpr int kNameLength = 300;        // names, positions, organisations, labels, units
inline constexpr int kShortTextLength = 2000;  // location, topic, area, notes
inline constexpr int kLongTextLength = 100000; // summary, finding and recommendation texts
inline constexpr int kItemsPerList = 10000;    // attendees, findings, ... per visit
inline constexpr int kProgressMax = 100;

} // namespace vt::limits
