#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace kt {

// Add Baseline… of a repository model: the baseline's name and where it points, the
// model's current head or the commit chosen in the list of past states.
class AddBaselineDialog : public QDialog
{
    Q_OBJECT

public:
    // chosen: the commit selected in the list (0: none, or the head itself).
    AddBaselineDialog(const QString &model, qint64 head, qint64 chosen,
                      QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);
    // The commit to name: 0 for the head as the repository holds it when it is named.
    qint64 commit() const;
    // Index 1 (when there is a chosen commit): at that commit.
    void setAtChosen(bool atChosen);

private:
    QLineEdit *m_name;
    QComboBox *m_at;
    QDialogButtonBox *m_buttons;
    qint64 m_chosen;
};

} // namespace kt
