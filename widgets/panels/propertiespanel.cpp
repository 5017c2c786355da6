#include "propertiespanel.h"
#include "elementeditor.h"
#include "modelinfoeditor.h"
#include "relationshipeditor.h"
#include "styleeditor.h"
#include "vieweditor.h"
#include "wheelguard.h"

#include <widgets/document/document.h>

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace kt {

using namespace Qt::StringLiterals;

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_error(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_page(new QWidget),
      m_placeholder(new QLabel(this)),
      m_style(new StyleEditor(m_page))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    m_placeholder->setText(tr("Select an element, a relationship or a view to see its "
                              "properties."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setEnabled(false);

    // The form and the appearance of what is selected on the canvas scroll as one
    // page rather than squeeze each other: nothing is ever cut off, even at 768
    // pixels high.
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(0, 0, 0, 0);
    m_pageLayout->addWidget(m_style);
    m_pageLayout->addStretch(1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_page);
    // Scrolling over a combo or spin box scrolls the form, never changes a value.
    WheelGuard::protect(m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_placeholder, 1);
    connect(m_style, &StyleEditor::editRefused, this, &PropertiesPanel::showError);
    connect(m_style, &StyleEditor::visibilityChanged, this, &PropertiesPanel::updatePlaceholder);
    clear();
}

void PropertiesPanel::setDocument(Document *document)
{
    if (m_document == document)
        return;
    clear();
    if (m_document) {
        disconnect(&m_document->model(), nullptr, this, nullptr);
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_style->setDocument(document);
    if (!document)
        return;
    connect(&document->model(), &Model::changed, this, &PropertiesPanel::modelChanged);
    connect(document, &QObject::destroyed, this, &PropertiesPanel::documentDestroyed);
}

void PropertiesPanel::documentDestroyed()
{
    // Nothing typed can be applied any more: drop the form without committing.
    if (m_editor) {
        ObjectEditor *old = std::exchange(m_editor, nullptr);
        m_pageLayout->removeWidget(old);
        old->hide();
        old->setParent(nullptr); // out of the panel now, deleted later
        old->deleteLater();
    }
    clear();
}

QString PropertiesPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PropertiesPanel::showElement(const ElementId &id)
{
    if (auto *current = qobject_cast<ElementEditor *>(m_editor); current && current->elementId() == id)
        return current->refresh();
    if (!m_document || !m_document->model().element(id))
        return clear();
    setEditor(new ElementEditor(m_document, id));
}

void PropertiesPanel::showRelationship(const RelationshipId &id)
{
    if (auto *current = qobject_cast<RelationshipEditor *>(m_editor);
        current && current->relationshipId() == id)
        return current->refresh();
    if (!m_document || !m_document->model().relationship(id))
        return clear();
    setEditor(new RelationshipEditor(m_document, id));
}

void PropertiesPanel::showView(const ViewId &id)
{
    if (auto *current = qobject_cast<ViewEditor *>(m_editor); current && current->viewId() == id)
        return current->refresh();
    if (!m_document || !m_document->model().view(id))
        return clear();
    setEditor(new ViewEditor(m_document, id));
}

void PropertiesPanel::showModelInfo()
{
    if (auto *current = qobject_cast<ModelInfoEditor *>(m_editor))
        return current->refresh();
    if (!m_document)
        return clear();
    setEditor(new ModelInfoEditor(m_document));
}

void PropertiesPanel::showDiagramSelection(const ViewId &view, const QList<NodeId> &nodes,
                                           const QList<ConnectionId> &connections)
{
    m_style->setTargets(view, nodes, connections);
    updatePlaceholder();
}

void PropertiesPanel::updatePlaceholder()
{
    const bool shown = m_editor || !m_style->isHidden();
    m_scroll->setVisible(shown);
    m_placeholder->setVisible(!shown);
    relayout();
}

void PropertiesPanel::relayout()
{
    // The page's size is settled now, not at the next turn of the event loop, so
    // that the scroll range is right at once.
    if (!m_page->isVisible())
        return;
    m_pageLayout->activate();
    m_page->updateGeometry();
}

void PropertiesPanel::clear()
{
    setEditor(nullptr);
}

void PropertiesPanel::setEditor(ObjectEditor *editor)
{
    if (m_editor) {
        // What was typed into the old form is applied, not lost.
        ObjectEditor *old = m_editor;
        m_editor = nullptr;
        if (!old->isRemoved())
            old->commitPending();
        m_pageLayout->removeWidget(old);
        old->hide();
        old->setParent(nullptr); // out of the panel now, deleted later
        old->deleteLater();
    }
    showError({});
    m_editor = editor;
    m_title->setText(editor ? editor->title() : QString());
    m_title->setVisible(editor);
    updatePlaceholder();
    if (!editor)
        return;
    m_pageLayout->insertWidget(0, editor);
    editor->show(); // now, not queued: the page's size counts it at once
    relayout();
    connect(editor, &ObjectEditor::editRefused, this, &PropertiesPanel::showError);
    connect(editor, &ObjectEditor::editApplied, this, [this] { showError({}); });
}

void PropertiesPanel::modelChanged(const ChangeSet &changes)
{
    if (!m_editor)
        return;
    if (m_editor->isRemoved())
        clear();
    else if (m_editor->isAffectedBy(changes)) {
        m_editor->refresh();
        m_title->setText(m_editor->title());
    }
}

void PropertiesPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace kt
