#include "historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &value)
{
    return value.isEmpty() ? HistoryDialog::tr("(empty)") : u"“"_s + value + u"”"_s;
}

} // namespace

QStringList HistoryDialog::describeChange(const RepoChange &change,
                                          const std::function<QString(const QString &)> &fieldName)
{
    if (change.action == u"insert"_s)
        return { tr("added") };
    if (change.action == u"delete"_s)
        return { tr("deleted") };
    QStringList lines;
    QStringList fields = change.before.keys() + change.after.keys();
    fields.removeDuplicates();
    for (const QString &field : std::as_const(fields)) {
        const QString before = change.before.value(field), after = change.after.value(field);
        if (before != after || change.before.contains(field) != change.after.contains(field))
            lines.append(tr("%1: %2 → %3")
                                 .arg(fieldName ? fieldName(field) : field, quoted(before),
                                      quoted(after)));
    }
    return lines;
}

HistoryDialog::HistoryDialog(const QString &object, const QList<RepoCommitInfo> &commits,
                             QWidget *parent, std::function<QString(const QString &)> fieldName)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("History of %1").arg(object));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(commits.isEmpty()
                                     ? tr("No commit changed %1 yet.").arg(object)
                                     : tr("%n commit(s) changed %1, oldest first.", nullptr,
                                          int(commits.size()))
                                               .arg(object),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tree->setObjectName(u"history"_s);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({ tr("Commit"), tr("When"), tr("Who"), tr("Message / change") });
    m_tree->setRootIsDecorated(true);
    const QLocale locale;
    for (const RepoCommitInfo &commit : commits) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, QString::number(commit.id));
        item->setText(1, locale.toString(commit.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, commit.who);
        item->setText(3, commit.message);
        for (const RepoChange &change : commit.changes)
            for (const QString &line : describeChange(change, fieldName)) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(3, line);
                child->setToolTip(3, line);
            }
        item->setExpanded(true);
    }
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace kt
