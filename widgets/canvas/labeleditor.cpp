#include "labeleditor.h"
#include "diagramscene.h"
#include "nodeitem.h"

#include <model/export/painter/diagramstyle.h>
#include <widgets/document/document.h>

#include <QKeyEvent>
#include <QTextCursor>
#include <QTextDocument>

namespace kt {

LabelEditor::LabelEditor(DiagramScene *scene, const NodeId &node) : m_scene(scene), m_node(node)
{
    setZValue(DiagramScene::OverlayZ);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setFont(DiagramStyle::labelFont());
    setDefaultTextColor(DiagramStyle::textColor());
}

void LabelEditor::start()
{
    NodeItem *item = m_scene->nodeItem(m_node);
    const ViewNode *node = item->node();
    QString text = node->label;
    if (node->kind == NodeKind::Element)
        if (const Element *e = m_scene->document()->model().element(node->element))
            text = e->name;
    setPlainText(text);
    const QRectF r = item->sceneRect();
    setTextWidth(std::max(120.0, r.width()));
    setPos(r.left(), r.top() + std::max(0.0, (r.height() - boundingRect().height()) / 2));
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
    if (commit)
        m_scene->push(m_scene->composer().rename(m_node, toPlainText()));
    // Deleted later: this may run inside the item's own event handler.
    deleteLater();
}

} // namespace kt
