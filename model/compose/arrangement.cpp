#include "arrangement.h"

#include "geometry.h"
#include "viewqueries.h"

#include <model/edit/arrangeedits.h>

#include <QSet>

#include <algorithm>
#include <cmath>

namespace kt {

namespace {

// Collects new rectangles; a moved node takes the nodes nested in it along.
class Bounds
{
public:
    explicit Bounds(const View &view) : m_view(view) {}

    void set(const ViewNode &node, const QRectF &wanted)
    {
        const QRectF rect = geometry::rounded(wanted);
        const QPointF delta = rect.topLeft() - node.bounds.topLeft();
        if (rect != node.bounds)
            m_changed = true;
        m_bounds.insert(node.id, rect);
        if (delta.isNull())
            return;
        // Pre-order: the nested nodes follow their group directly.
        QSet<NodeId> inside{node.id};
        for (qsizetype i = m_view.nodes.indexOf(node.id) + 1; i < m_view.nodes.size(); ++i) {
            const ViewNode &nested = m_view.nodes.at(i);
            if (!inside.contains(nested.parent))
                break;
            inside.insert(nested.id);
            m_bounds.insert(nested.id, nested.bounds.translated(delta));
        }
    }

    std::unique_ptr<Edit> edit(const QString &text) const
    {
        if (!m_changed)
            return nullptr;
        return std::make_unique<SetNodesBounds>(m_view.id, m_bounds, text);
    }

private:
    const View &m_view;
    QHash<NodeId, QRectF> m_bounds;
    bool m_changed = false;
};

} // namespace

std::unique_ptr<Edit> Arrangement::align(const ModelData &data, const ViewId &viewId,
                                         const QList<NodeId> &nodes, Alignment alignment)
{
    const View *view = data.views.find(viewId);
    const QList<const ViewNode *> list = view ? outermostNodes(*view, nodes) : QList<const ViewNode *>();
    if (list.size() < 2)
        return nullptr;
    QRectF box;
    for (const ViewNode *node : list)
        box = box.isNull() ? node->bounds : box.united(node->bounds);

    Bounds bounds(*view);
    for (const ViewNode *node : list) {
        QRectF r = node->bounds;
        switch (alignment) {
        case Alignment::Left:
            r.moveLeft(box.left());
            break;
        case Alignment::Centre:
            r.moveLeft(std::round(box.center().x() - r.width() / 2));
            break;
        case Alignment::Right:
            r.moveRight(box.right());
            break;
        case Alignment::Top:
            r.moveTop(box.top());
            break;
        case Alignment::Middle:
            r.moveTop(std::round(box.center().y() - r.height() / 2));
            break;
        case Alignment::Bottom:
            r.moveBottom(box.bottom());
            break;
        }
        bounds.set(*node, r);
    }
    switch (alignment) {
    case Alignment::Left:
        return bounds.edit(tr("Align left"));
    case Alignment::Centre:
        return bounds.edit(tr("Align centre"));
    case Alignment::Right:
        return bounds.edit(tr("Align right"));
    case Alignment::Top:
        return bounds.edit(tr("Align top"));
    case Alignment::Middle:
        return bounds.edit(tr("Align middle"));
    case Alignment::Bottom:
        return bounds.edit(tr("Align bottom"));
    }
    return nullptr;
}

std::unique_ptr<Edit> Arrangement::distribute(const ModelData &data, const ViewId &viewId,
                                              const QList<NodeId> &nodes,
                                              Qt::Orientation orientation)
{
    const View *view = data.views.find(viewId);
    QList<const ViewNode *> list = view ? outermostNodes(*view, nodes) : QList<const ViewNode *>();
    if (list.size() < 3)
        return nullptr;
    const bool horizontal = orientation == Qt::Horizontal;
    const auto start = [&](const QRectF &r) { return horizontal ? r.left() : r.top(); };
    const auto length = [&](const QRectF &r) { return horizontal ? r.width() : r.height(); };
    std::stable_sort(list.begin(), list.end(), [&](const ViewNode *a, const ViewNode *b) {
        return start(a->bounds) + length(a->bounds) / 2 < start(b->bounds) + length(b->bounds) / 2;
    });
    const QRectF &first = list.first()->bounds;
    const QRectF &last = list.last()->bounds;
    double total = 0;
    for (const ViewNode *node : list)
        total += length(node->bounds);
    const double gap = (start(last) + length(last) - start(first) - total) / (list.size() - 1);

    Bounds bounds(*view);
    // Positions from the running sum, rounded once each, so that rounding does
    // not accumulate: gaps differ by at most one unit when they cannot be equal.
    double sum = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QRectF r = list.at(i)->bounds;
        const double at = std::round(start(first) + sum + i * gap);
        if (horizontal)
            r.moveLeft(at);
        else
            r.moveTop(at);
        bounds.set(*list.at(i), r);
        sum += length(list.at(i)->bounds);
    }
    return bounds.edit(horizontal ? tr("Distribute horizontally") : tr("Distribute vertically"));
}

std::unique_ptr<Edit> Arrangement::makeSameSize(const ModelData &data, const ViewId &viewId,
                                                const QList<NodeId> &nodes, Sizing sizing)
{
    const View *view = data.views.find(viewId);
    const QList<const ViewNode *> list = view ? outermostNodes(*view, nodes) : QList<const ViewNode *>();
    if (list.size() < 2)
        return nullptr;
    const QSizeF size = list.first()->bounds.size();
    Bounds bounds(*view);
    for (const ViewNode *node : list) {
        QRectF r = node->bounds;
        if (sizing != Sizing::Height)
            r.setWidth(size.width());
        if (sizing != Sizing::Width)
            r.setHeight(size.height());
        bounds.set(*node, r);
    }
    switch (sizing) {
    case Sizing::Width:
        return bounds.edit(tr("Make same width"));
    case Sizing::Height:
        return bounds.edit(tr("Make same height"));
    case Sizing::Both:
        return bounds.edit(tr("Make same size"));
    }
    return nullptr;
}

} // namespace kt
