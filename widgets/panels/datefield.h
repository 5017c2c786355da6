#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace kt {

// A date that may be unset: a date editor showing "—" for no date, and a button
// that clears it (QDateEdit alone cannot hold "no date").
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const; // null when unset
    void setDate(const QDate &date);

    QDateEdit *dateEdit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void dateEdited(const QDate &date);

private:
    QDateEdit *m_edit;
    QToolButton *m_clear;
};

} // namespace kt
