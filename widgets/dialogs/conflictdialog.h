#pragma once

#include <widgets/document/repolink.h>

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace kt {

// The conflicts of a commit, one row each (the object's type and name, the property,
// base, mine, theirs) with its own choice: Mine, Theirs, or Edit (a value typed in the
// row). "Commit Again" commits the settled rows (RepoLink::commitResolved); there is
// no choice of one side for the whole model. Closed without it, the open model keeps
// mine and the next commit shows the conflicts again: nothing is lost either way.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ObjectColumn, PropertyColumn, BaseColumn, MineColumn, TheirsColumn,
                  ChoiceColumn, ValueColumn, ColumnCount };

    ConflictDialog(const RepoLink &link, const QList<RepoConflict> &conflicts,
                   const QString &message, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void setChoice(int row, RepoResolution::Choice choice, const QString &value = {});
    QList<RepoResolution> resolutions() const;
    QString message() const;

private:
    void choiceChanged(int row);

    QList<RepoConflict> m_conflicts;
    QTableWidget *m_table;
    QLineEdit *m_message;
};

} // namespace kt
