#pragma once

#include <model/types/property.h>

#include <QWidget>

class QTableWidget;
class QToolButton;

namespace kt {

// The free key/value properties of an object (keys may repeat, as in Archi): a
// two-column table with buttons to add and remove rows. Every finished cell
// edit and every removal reports the whole list; rows with neither key nor value
// are not part of it (a new row counts once something is typed in).
class ExtraPropertiesTable : public QWidget
{
    Q_OBJECT

public:
    explicit ExtraPropertiesTable(QWidget *parent = nullptr);

    PropertyList properties() const;
    // Shows the stored list without emitting propertiesEdited.
    void setProperties(const PropertyList &properties);

    QTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

public Q_SLOTS:
    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void propertiesEdited(const kt::PropertyList &properties);

private:
    void updateButtons();

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace kt
