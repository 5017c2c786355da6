#include "nodeitem.h"
#include "diagramscene.h"

#include <model/export/painter/diagramstyle.h>

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace kt {

namespace {

// A band's or group's title. Connections lie above the bands (they cross them),
// so the title is an item of its own above the connections, as in every export.
class GroupTitleItem : public QGraphicsItem
{
public:
    GroupTitleItem(DiagramScene *scene, const NodeId &id) : m_scene(scene), m_id(id)
    {
        setAcceptedMouseButtons(Qt::NoButton); // clicks go to the band below
    }
    void setWidth(double width)
    {
        prepareGeometryChange();
        m_width = width;
    }
    QRectF boundingRect() const override
    {
        return QRectF(0, 0, m_width, DiagramStyle::groupHeaderHeight + 8);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const View *view = m_scene->view();
        const ViewNode *node = view ? view->nodes.find(m_id) : nullptr;
        const NodeItem *item = m_scene->nodeItem(m_id);
        if (!node || DiagramScene::detailFor(painter, option) != DiagramPainter::Detail::Full
            || (item && item->isEditingLabel()))
            return;
        ViewNode shown = *node;
        shown.bounds = QRectF(0, 0, m_width, node->bounds.height());
        painter->setRenderHint(QPainter::Antialiasing);
        m_scene->painter().paintGroupTitle(painter, shown);
    }

private:
    DiagramScene *m_scene;
    NodeId m_id;
    double m_width = 0;
};

} // namespace

NodeItem::NodeItem(DiagramScene *scene, const NodeId &id) : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    if (const ViewNode *n = node(); n && n->kind == NodeKind::Group) {
        m_title = new GroupTitleItem(scene, id);
        scene->addItem(m_title);
    }
    syncFromModel();
}

NodeItem::~NodeItem()
{
    delete m_title;
}

const ViewNode *NodeItem::node() const
{
    const View *view = m_scene->view();
    return view ? view->nodes.find(m_id) : nullptr;
}

void NodeItem::syncFromModel()
{
    if (const ViewNode *n = node()) {
        setZValue(m_stackZ); // a drag raised it
        setPreviewRect(n->bounds);
        if (m_title)
            m_title->update();
    }
    update();
}

void NodeItem::setPreviewRect(const QRectF &rect)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
        if (m_title)
            static_cast<GroupTitleItem *>(m_title)->setWidth(m_size.width());
    }
    setPos(rect.topLeft());
    if (m_title) {
        m_title->setPos(rect.topLeft());
        m_title->setZValue(m_titleZ + (zValue() - m_stackZ));
    }
}

void NodeItem::setStack(double z, double titleZ, bool container)
{
    m_stackZ = z;
    m_titleZ = titleZ;
    setZValue(z);
    if (m_title)
        m_title->setZValue(titleZ);
    if (container != m_container) {
        m_container = container;
        update();
    }
}

void NodeItem::setEditingLabel(bool editing)
{
    m_editingLabel = editing;
    update();
    if (m_title)
        m_title->update();
}

QRectF NodeItem::boundingRect() const
{
    const double m = HandleSize;
    return QRectF(QPointF(0, 0), m_size).adjusted(-m, -m, m, m);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    const ViewNode *n = node();
    if (n && n->kind == NodeKind::Group) {
        // A band is picked by its header and border, so that clicks inside it
        // reach the canvas (rubber band) rather than always grabbing the band.
        const double border = 6;
        const QRectF r(QPointF(0, 0), m_size);
        path.addRect(QRectF(r.left(), r.top(), r.width(), DiagramStyle::groupHeaderHeight + 4));
        path.addRect(QRectF(r.left(), r.top(), border, r.height()));
        path.addRect(QRectF(r.right() - border, r.top(), border, r.height()));
        path.addRect(QRectF(r.left(), r.bottom() - border, r.width(), border));
    } else {
        path.addRect(QRectF(QPointF(0, 0), m_size));
    }
    if (isSelected())
        for (const auto &[handle, rect] : handles())
            path.addRect(rect);
    return path;
}

QList<std::pair<NodeItem::Handle, QRectF>> NodeItem::handles() const
{
    const QRectF r(QPointF(0, 0), m_size);
    const double h = HandleSize;
    const auto at = [h](double x, double y) { return QRectF(x - h / 2, y - h / 2, h, h); };
    return {{Handle::TopLeft, at(r.left(), r.top())},
            {Handle::Top, at(r.center().x(), r.top())},
            {Handle::TopRight, at(r.right(), r.top())},
            {Handle::Right, at(r.right(), r.center().y())},
            {Handle::BottomRight, at(r.right(), r.bottom())},
            {Handle::Bottom, at(r.center().x(), r.bottom())},
            {Handle::BottomLeft, at(r.left(), r.bottom())},
            {Handle::Left, at(r.left(), r.center().y())}};
}

NodeItem::Handle NodeItem::handleAt(const QPointF &itemPos) const
{
    if (!isSelected())
        return Handle::None;
    for (const auto &[handle, rect] : handles())
        if (rect.adjusted(-2, -2, 2, 2).contains(itemPos))
            return handle;
    return Handle::None;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const ViewNode *n = node();
    if (!n)
        return;
    const DiagramPainter::Detail detail = DiagramScene::detailFor(painter, option);
    painter->setRenderHint(QPainter::Antialiasing, detail == DiagramPainter::Detail::Full);
    // The painter draws in view coordinates; the item sits at the node's top left.
    ViewNode shown = *n;
    shown.bounds = QRectF(QPointF(0, 0), m_size);
    m_scene->painter().paintNode(painter, shown, detail,
                                 {.groupTitle = !m_title,
                                  .container = m_container,
                                  .label = !m_editingLabel,
                                  .view = m_scene->view(),
                                  .hints = true});

    if (isSelected()) {
        const QColor accent = DiagramStyle::selectionColor();
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(accent, 0, Qt::DashLine));
        painter->drawRect(QRectF(QPointF(0, 0), m_size));
        if (detail == DiagramPainter::Detail::Full) {
            painter->setPen(QPen(accent, 0));
            painter->setBrush(Qt::white);
            for (const auto &[handle, rect] : handles())
                painter->drawRect(rect);
        }
    }
    if (m_scene->isDropTarget(m_id)) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(DiagramStyle::selectionColor(), 2));
        painter->drawRect(QRectF(QPointF(0, 0), m_size));
    }
}

} // namespace kt
