#include "labeleditor.h"
#include "diagramscene.h"
#include "nodeitem.h"

#include <model/export/painter/diagramstyle.h>
#include <widgets/document/document.h>

#include <QKeyEvent>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace kt {

LabelEditor::LabelEditor(DiagramScene *scene, const NodeId &node) : m_scene(scene), m_node(node)
{
    setZValue(DiagramScene::OverlayZ);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setDefaultTextColor(DiagramStyle::textColor());
    // The text starts where the painter puts the label's first line.
    document()->setDocumentMargin(0);
}

void LabelEditor::start()
{
    NodeItem *item = m_scene->nodeItem(m_node);
    const ViewNode *node = item->node();
    QString text = node->label;
    if (node->kind == NodeKind::Element)
        if (const Element *e = m_scene->document()->model().element(node->element))
            text = e->name;
    // The painter's font, wrap width and place, in scene units (so the view's
    // zoom applies as to the label); the node hides its label meanwhile.
    const DiagramPainter &painter = m_scene->painter();
    ViewNode shown = *node;
    shown.bounds = item->sceneRect();
    const QRectF area = painter.labelArea(shown, item->isContainer(), m_scene->view());
    const Qt::Alignment alignment = painter.labelAlignment(shown, item->isContainer());
    setFont(painter.labelFont(shown));
    QTextOption option = document()->defaultTextOption();
    option.setAlignment(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    setPlainText(text);
    setTextWidth(std::max(10.0, area.width()));
    double top = area.top();
    if (alignment & Qt::AlignVCenter)
        top = std::max(area.top(), area.center().y() - boundingRect().height() / 2);
    setPos(area.left(), top);
    item->setEditingLabel(true);
    setFocus(Qt::OtherFocusReason);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void LabelEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void LabelEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void LabelEditor::finish(bool commit)
{
    if (m_done)
        return;
    m_done = true;
    if (NodeItem *item = m_scene->nodeItem(m_node))
        item->setEditingLabel(false);
    if (commit)
        m_scene->push(m_scene->composer().rename(m_node, toPlainText()));
    // Deleted later: this may run inside the item's own event handler.
    deleteLater();
}

} // namespace kt
