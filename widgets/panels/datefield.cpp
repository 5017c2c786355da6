#include "datefield.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

namespace kt {

using namespace Qt::StringLiterals;

// The minimum date stands for "no date" (shown as the special value text).
static const QDate NoDate(1900, 1, 1);

DateField::DateField(QWidget *parent)
    : QWidget(parent), m_edit(new QDateEdit(this)), m_clear(new QToolButton(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(NoDate);
    m_edit->setSpecialValueText(u"\u2014"_s);
    m_edit->setDisplayFormat(u"dd/MM/yyyy"_s); // the Vietnamese way, in either UI language
    m_edit->setKeyboardTracking(false);
    m_edit->setDate(NoDate);
    m_clear->setEnabled(false);
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setToolTip(tr("Clear the date"));
    m_clear->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);

    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        m_clear->setEnabled(date().isValid());
        Q_EMIT dateEdited(date());
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (date().isNull())
            return;
        setDate({});
        Q_EMIT dateEdited({});
    });
}

QDate DateField::date() const
{
    const QDate date = m_edit->date();
    return date == NoDate ? QDate() : date;
}

void DateField::setDate(const QDate &date)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setDate(date.isValid() ? date : NoDate);
    m_clear->setEnabled(date.isValid());
}

} // namespace kt
