#pragma once

// Tree views draw their rows as tight as the font allows; with Vietnamese
// diacritics stacked above and below the letters ("Ấp", "Quỹ") neighbouring
// rows then touch. Tables get a header section's height per row; this gives
// the program's tree views the same room, so every list reads alike.

class QTreeView;

namespace vt {

void giveRowsRoom(QTreeView *tree);

} // namespace vt
