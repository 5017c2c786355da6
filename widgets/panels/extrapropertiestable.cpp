#include "extrapropertiestable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

ExtraPropertiesTable::ExtraPropertiesTable(QWidget *parent)
    : QWidget(parent),
      m_table(new QTableWidget(0, 2, this)),
      m_add(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 120);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(110);

    m_add->setText(u"+"_s);
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_add->setToolTip(tr("Add a property"));
    m_remove->setText(u"\u2212"_s);
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_remove->setToolTip(tr("Remove the selected properties"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &ExtraPropertiesTable::addRow);
    connect(m_remove, &QToolButton::clicked, this, &ExtraPropertiesTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this,
            [this] { Q_EMIT propertiesEdited(properties()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExtraPropertiesTable::updateButtons);
    updateButtons();
}

PropertyList ExtraPropertiesTable::properties() const
{
    PropertyList list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        Property property{key ? key->text().trimmed() : QString(), value ? value->text() : QString()};
        if (!property.key.isEmpty() || !property.value.isEmpty())
            list.append(property);
    }
    return list;
}

void ExtraPropertiesTable::setProperties(const PropertyList &properties)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(properties.size()));
    for (int row = 0; row < properties.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(properties.at(row).key));
        m_table->setItem(row, 1, new QTableWidgetItem(properties.at(row).value));
    }
    updateButtons();
}

void ExtraPropertiesTable::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
    }
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void ExtraPropertiesTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    {
        const QSignalBlocker blocker(m_table);
        for (int row : std::as_const(rows))
            m_table->removeRow(row);
    }
    updateButtons();
    Q_EMIT propertiesEdited(properties());
}

void ExtraPropertiesTable::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace kt
