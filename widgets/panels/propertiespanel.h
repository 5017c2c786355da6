#pragma once

#include <model/changeset.h>
#include <model/core/id.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace kt {

class Document;
class ObjectEditor;
class StyleEditor;

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
    // The nodes and connections selected on a canvas of the view: their
    // appearance is shown below the form (nothing selected: no appearance).
    void showDiagramSelection(const kt::ViewId &view, const QList<kt::NodeId> &nodes,
                              const QList<kt::ConnectionId> &connections);

public:
    StyleEditor *styleEditor() const { return m_style; }

private:
    void setEditor(ObjectEditor *editor);
    void modelChanged(const ChangeSet &changes);
    void documentDestroyed();
    // The form area when there is a form or an appearance to show, else the hint.
    void updatePlaceholder();
    void relayout();
    void showError(const QString &message);

    QPointer<Document> m_document;
    QLabel *m_title;
    QLabel *m_error;
    QScrollArea *m_scroll;
    QWidget *m_page;            // in m_scroll: the object's form above the appearance
    QVBoxLayout *m_pageLayout;
    QLabel *m_placeholder;
    StyleEditor *m_style;
    ObjectEditor *m_editor = nullptr;
};

} // namespace kt
