#pragma once

// A date edit that can also hold "no date": the minimum date stands for it and
// shows the special value text. From that state, stepping or clicking starts
// at today rather than in 1900.

#include <QDateEdit>

namespace vt {

class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // An invalid QDate when no date is set.
    QDate value() const;
    void setValue(const QDate &date);
    bool hasValue() const { return value().isValid(); }

    void stepBy(int steps) override;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startAtToday();
};

} // namespace vt
