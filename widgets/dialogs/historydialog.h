#pragma once

#include <model/repo/repository.h>

#include <QDialog>

#include <functional>

class QTreeWidget;

namespace kt {

// The history of one object of a repository model (the model tree's "History…"):
// its commits, oldest first, each with who, when and the message, and under it what
// changed, field by field, before → after.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // fieldName: a stored field's name for people (RepoLink::describeField); none:
    // the field as stored.
    HistoryDialog(const QString &object, const QList<RepoCommitInfo> &commits,
                  QWidget *parent = nullptr,
                  std::function<QString(const QString &)> fieldName = {});
    QTreeWidget *tree() const { return m_tree; }

    // "name: “Old” → “New”" lines of one change.
    static QStringList describeChange(const RepoChange &change,
                                      const std::function<QString(const QString &)> &fieldName = {});

private:
    QTreeWidget *m_tree;
};

} // namespace kt
