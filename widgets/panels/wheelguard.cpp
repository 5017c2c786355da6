#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QChildEvent>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWidget>

namespace kt {

using namespace Qt::StringLiterals;

WheelGuard::WheelGuard(QWidget *root) : QObject(root)
{
    setObjectName(u"wheelGuard"_s);
    watch(root);
}

WheelGuard *WheelGuard::protect(QWidget *root)
{
    if (auto *existing = root->findChild<WheelGuard *>(u"wheelGuard"_s, Qt::FindDirectChildrenOnly))
        return existing;
    return new WheelGuard(root);
}

bool WheelGuard::isValueEditor(const QObject *object)
{
    if (qobject_cast<const QScrollBar *>(object))
        return false; // a scroll bar only scrolls
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object)
            || qobject_cast<const QAbstractSlider *>(object);
}

void WheelGuard::watch(QWidget *widget)
{
    widget->installEventFilter(this);
    if (isValueEditor(widget))
        widget->setFocusPolicy(Qt::StrongFocus); // the wheel gives no focus either
    for (QObject *child : widget->children())
        if (child->isWidgetType())
            watch(static_cast<QWidget *>(child));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ChildAdded: {
        // A widget set into the tree is complete; one being constructed is
        // still a bare QWidget and is known by its kind at Polish time.
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (child->isWidgetType())
            watch(static_cast<QWidget *>(child));
        break;
    }
    case QEvent::Polish:
        // Fully built now: its children too (a combo's line edit, a spin box's).
        if (watched->isWidgetType())
            watch(static_cast<QWidget *>(watched));
        break;
    case QEvent::Wheel: {
        auto *widget = static_cast<QWidget *>(watched);
        if (isValueEditor(widget) && !widget->hasFocus()) {
            // Ignored and filtered: Qt passes the wheel on to the parent, which
            // scrolls the form.
            event->ignore();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kt
