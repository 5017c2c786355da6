#pragma once

#include <model/changeset.h>
#include <model/core/id.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace kt {

class Document;
class ObjectEditor;

// The properties dock: the form of the element, relationship or view selected
// elsewhere, or of the model itself. It follows the model: the form reloads when
// an edit (or undo) changes the object shown and goes away when the object is
// removed. A refused edit is explained in red above the form.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    // The form shown, or nullptr.
    ObjectEditor *editor() const { return m_editor; }
    // The message of the last refused edit, empty when the last edit went through.
    QString errorText() const;

public Q_SLOTS:
    void showElement(const kt::ElementId &id);
    void showRelationship(const kt::RelationshipId &id);
    void showView(const kt::ViewId &id);
    void showModelInfo();
    void clear();

private:
    void setEditor(ObjectEditor *editor);
    void modelChanged(const ChangeSet &changes);
    void documentDestroyed();
    void showError(const QString &message);

    QPointer<Document> m_document;
    QLabel *m_title;
    QLabel *m_error;
    QScrollArea *m_scroll;
    QLabel *m_placeholder;
    ObjectEditor *m_editor = nullptr;
};

} // namespace kt
