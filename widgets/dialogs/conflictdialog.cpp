#include "conflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QString reasonText(const RepoLink &link, const RepoConflict &conflict)
{
    switch (conflict.reason) {
    case RepoConflict::Reason::Property:
        return link.describeField(conflict.property);
    case RepoConflict::Reason::DeletedByThem:
        return ConflictDialog::tr("(you changed it; they deleted it)");
    case RepoConflict::Reason::DeletedByMe:
        return ConflictDialog::tr("(you deleted it; they changed it)");
    case RepoConflict::Reason::AddedTwice:
        return ConflictDialog::tr("(both added it, differently)");
    }
    return {};
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const RepoLink &link, const QList<RepoConflict> &conflicts,
                               const QString &message, QWidget *parent)
    : QDialog(parent), m_conflicts(conflicts), m_table(new QTableWidget(this)),
      m_message(new QLineEdit(message, this))
{
    setWindowTitle(tr("Commit Conflicts: %1 @ %2").arg(link.modelName(), link.repositoryDisplay()));
    resize(980, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            tr("Others changed these properties since you opened the model; nothing of these "
               "objects was committed, and your values are still in the model. Choose per row: "
               "keep yours, take theirs, or edit the value. The rest of your changes were "
               "committed."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(u"conflicts"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Object"), tr("Property"), tr("Base"), tr("Mine"),
                                         tr("Theirs"), tr("Keep"), tr("Value to commit") });
    m_table->setRowCount(int(conflicts.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < conflicts.size(); ++row) {
        const RepoConflict &c = conflicts.at(row);
        m_table->setItem(row, ObjectColumn, readOnly(link.describeConflictObject(c)));
        m_table->setItem(row, PropertyColumn, readOnly(reasonText(link, c)));
        m_table->setItem(row, BaseColumn, readOnly(c.base));
        m_table->setItem(row, MineColumn, readOnly(c.mine));
        m_table->setItem(row, TheirsColumn, readOnly(c.theirs));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Mine"), int(RepoResolution::Choice::Mine));
        choice->addItem(tr("Theirs"), int(RepoResolution::Choice::Theirs));
        if (c.reason == RepoConflict::Reason::Property)
            choice->addItem(tr("Edit"), int(RepoResolution::Choice::Edit));
        m_table->setCellWidget(row, ChoiceColumn, choice);
        auto *value = new QTableWidgetItem(c.mine);
        value->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(row, ValueColumn, value);
        connect(choice, &QComboBox::currentIndexChanged, this,
                [this, row]() { choiceChanged(row); });
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_message->setObjectName(u"message"_s);
    form->addRow(tr("&Message:"), m_message);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *again = buttons->addButton(tr("&Commit Again"), QDialogButtonBox::AcceptRole);
    again->setObjectName(u"commitAgain"_s);
    buttons->addButton(tr("&Later (keep mine in the model)"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ConflictDialog::choiceChanged(int row)
{
    auto *choice = static_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
    const auto chosen = RepoResolution::Choice(choice->currentData().toInt());
    QTableWidgetItem *value = m_table->item(row, ValueColumn);
    const RepoConflict &c = m_conflicts.at(row);
    if (chosen == RepoResolution::Choice::Edit) {
        value->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
        m_table->editItem(value);
    } else {
        value->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        value->setText(chosen == RepoResolution::Choice::Theirs ? c.theirs : c.mine);
    }
}

void ConflictDialog::setChoice(int row, RepoResolution::Choice choice, const QString &value)
{
    auto *combo = static_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
    combo->setCurrentIndex(combo->findData(int(choice)));
    if (choice == RepoResolution::Choice::Edit)
        m_table->item(row, ValueColumn)->setText(value);
}

QList<RepoResolution> ConflictDialog::resolutions() const
{
    QList<RepoResolution> out;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const auto *combo = static_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
        RepoResolution r;
        r.conflict = m_conflicts.at(row);
        r.choice = RepoResolution::Choice(combo->currentData().toInt());
        r.value = m_table->item(row, ValueColumn)->text();
        out.append(r);
    }
    return out;
}

QString ConflictDialog::message() const
{
    return m_message->text();
}

} // namespace kt
