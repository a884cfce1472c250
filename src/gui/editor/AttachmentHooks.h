#pragma once

// Where attachments appear in a visit editor window, kept out of the editor
// itself: the "Attachments" tab and, on the findings table, the context
// action "Attachments of this finding…".

#include <functional>

namespace vt {

class AttachmentsPanel;
class DatabaseSession;
class VisitEditor;
class VisitEditorWindow;
struct Visit;

// `current` gives the visit as edited, with its database id.
AttachmentsPanel *installAttachments(VisitEditorWindow &window, VisitEditor &editor,
                                     DatabaseSession &session, std::function<Visit()> current);

} // namespace vt
