#pragma once

#include <model/changeset.h>
#include <model/report/reporttexts.h>

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace kt {

class Document;
class DocumentationEdit;

// The report-text dock: the narrative of the architecture document that no model
// element holds (sự cần thiết, mục đích, phạm vi, tầm nhìn, nguyên tắc, tổ chức
// thực hiện), one multi-line field per ReportTextSection. A field applies its text
// as one undoable SetModelInfo edit when it loses focus or after a pause in typing
// (not on every key); the fields follow the model (undo) and keep the cursor of a
// field whose text did not change.
class ReportTextPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportTextPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    // The field of a section (for tests and focus).
    DocumentationEdit *field(ReportTextSection section) const;
    // Applies every field with unapplied changes now (before a report is made).
    void commitPending();
    // Idle time after the last key before a field applies its text.
    static constexpr int PauseMs = 1500;

Q_SIGNALS:
    // An edit was refused; the message says why (for the status bar).
    void editRefused(const QString &message);

private:
    struct Field
    {
        ReportTextSection section;
        DocumentationEdit *edit;
        QTimer *pause;
    };

    void apply(const Field &field);
    void modelChanged(const ChangeSet &changes);
    void refresh();

    QPointer<Document> m_document;
    QList<Field> m_fields;
    QLabel *m_hint;
};

} // namespace kt
