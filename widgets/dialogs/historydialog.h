#pragma once

#include <model/repo/repository.h>

#include <QDialog>

class QTreeWidget;

namespace kt {

// The history of one object of a repository model (the model tree's "History…"):
// its commits, oldest first, each with who, when and the message, and under it what
// changed, field by field, before → after.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QString &object, const QList<RepoCommitInfo> &commits,
                  QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

    // "name: “Old” → “New”" lines of one change.
    static QStringList describeChange(const RepoChange &change);

private:
    QTreeWidget *m_tree;
};

} // namespace kt
