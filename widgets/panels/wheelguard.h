#pragma once

#include <QObject>

class QWidget;

namespace kt {

// Keeps the mouse wheel from changing data in a scrolled form: a combo box,
// spin box, date field or slider takes wheel events only while it has the
// keyboard focus; otherwise the wheel scrolls the form around it. Watches a
// whole widget tree, including editors created later inside it.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards root and everything below it, now and later; the guard lives as
    // long as root.
    static WheelGuard *protect(QWidget *root);

    // The kinds of widget whose value the wheel would change.
    static bool isValueEditor(const QObject *object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QWidget *root);
    void watch(QWidget *widget);
};

} // namespace kt
