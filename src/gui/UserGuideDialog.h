#pragma once

// Help ▸ User guide: the short guide from docs/, embedded in the program and
// shown in the interface language.

#include <QDialog>

namespace vt {

class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The embedded guide for the default locale's language (Vietnamese or English).
    static QString guideMarkdown();
};

} // namespace vt
