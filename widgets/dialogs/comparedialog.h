#pragma once

#include <model/modeldata.h>
#include <widgets/document/document.h>

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace kt {

// Model ▸ Compare…: what to compare the open model with, a baseline of its .ktm
// file or another file (.ktm or exchange .xml). The open model is the new
// version unless "swap" is ticked. Accepting loads the chosen version; an error
// names the file and keeps the dialog open.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(Document *document, QWidget *parent = nullptr);

    // Preselects a baseline (from the Baselines dialog) or a file.
    void selectBaseline(const QString &name);
    void selectFile(const QString &path);
    void setSwapped(bool swapped);

    // What was loaded on accept.
    const ModelData &otherData() const { return m_other; }
    QString otherLabel() const { return m_label; }
    bool documentIsNew() const;

    QListWidget *baselineList() const { return m_baselines; }
    QLineEdit *fileEdit() const { return m_file; }

    // Loads the chosen version into otherData(); false with the message in *error.
    bool load(QString *error);

    void accept() override;

private:
    void browse();
    void updateState();

    QPointer<Document> m_document;
    QRadioButton *m_baselineChoice;
    QRadioButton *m_fileChoice;
    QListWidget *m_baselines;
    QLabel *m_baselineNote;
    QLineEdit *m_file;
    QCheckBox *m_swap;
    ModelData m_other;
    QString m_label;
};

} // namespace kt
