// DiagramPainter, the legend and the title block: view items drawn from what the
// view shows and from the model's info, never from text of their own.
#include "diagrampainter.h"
#include "diagramstyle.h"

#include <model/core/language.h>

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr double Pad = 8;
constexpr double SampleWidth = 36; // the line, marker or badge before an entry's text
constexpr double SampleGap = 6;
constexpr double ColumnGap = 16;
constexpr double MarkerSize = 14; // as on nodes
constexpr double RowGap = 6;      // between the rows of a title block

const QString LifecycleKey = u"lifecycle"_s;
const QString SecurityKey = u"securityLevel"_s;

} // namespace

struct DiagramPainter::LegendGrid
{
    struct Entry
    {
        QString lifecycle;                        // a lifecycle entry
        int level = -1;                           // a security entry (0: not given)
        const RelationshipType *type = nullptr;   // a line entry
        QString text;
    };
    QList<Entry> entries;
    double titleHeight = 0;
    double rowHeight = 0;
    double columnWidth = 0;
    int columns = 1;
    int rows = 0;
    QSizeF size;
};

LegendEntries DiagramPainter::legendEntries(const View &view) const
{
    LegendEntries result;
    if (!m_data)
        return result;
    QSet<QString> lifecycles;
    QSet<int> levels;
    for (const ViewNode &node : view.nodes) {
        if (node.kind != NodeKind::Element)
            continue;
        const Element *element = m_data->elements.find(node.element);
        if (!element)
            continue;
        const QString lifecycle = element->properties.value(LifecycleKey);
        if (!lifecycle.isEmpty())
            lifecycles.insert(lifecycle);
        const ElementType *type = m_data->profile->elementType(element->type);
        if (type && type->informationSystem) {
            bool ok = false;
            const int level = element->properties.value(SecurityKey).toInt(&ok);
            levels.insert(ok && level > 0 ? level : 0);
        }
    }
    QSet<QString> relationshipTypes;
    for (const ViewConnection &c : view.connections) {
        const Relationship *r =
                c.relationship.isNull() ? nullptr : m_data->relationships.find(c.relationship);
        if (r)
            relationshipTypes.insert(r->type);
    }
    // In the profile's order: the lifecycle values as the property lists them,
    // the relationship types as the profile lists them.
    if (const PropertyDefinition *p = m_data->profile->property(LifecycleKey))
        for (const EnumValue &v : p->values)
            if (lifecycles.contains(v.id))
                result.lifecycles.append(v.id);
    result.securityLevels = QList<int>(levels.begin(), levels.end());
    std::sort(result.securityLevels.begin(), result.securityLevels.end(), [](int a, int b) {
        return (a == 0 ? 99 : a) < (b == 0 ? 99 : b); // "not given" last
    });
    for (const RelationshipType &type : m_data->profile->relationshipTypes())
        if (relationshipTypes.contains(type.id))
            result.relationshipTypes.append(&type);
    return result;
}

DiagramPainter::LegendGrid DiagramPainter::legendGrid(const LegendEntries &entries,
                                                      double width) const
{
    LegendGrid grid;
    const PropertyDefinition *lifecycle =
            m_data ? m_data->profile->property(LifecycleKey) : nullptr;
    for (const QString &id : entries.lifecycles) {
        const EnumValue *value = lifecycle ? lifecycle->value(id) : nullptr;
        grid.entries.append({id, -1, nullptr, value ? value->name.text(uiLanguage()) : id});
    }
    for (const int level : entries.securityLevels)
        grid.entries.append({{}, level, nullptr,
                             level > 0 ? tr("Security level %1").arg(level)
                                       : tr("Security level not given")});
    for (const RelationshipType *type : entries.relationshipTypes)
        grid.entries.append({{}, -1, type, type->name.text(uiLanguage())});

    const QFontMetricsF label(DiagramStyle::labelFont());
    const QFontMetricsF title(DiagramStyle::groupFont());
    grid.titleHeight = title.lineSpacing() + 4;
    grid.rowHeight = std::max(22.0, label.lineSpacing() + 6);
    double textWidth = 0;
    for (const LegendGrid::Entry &entry : std::as_const(grid.entries))
        textWidth = std::max(textWidth, label.horizontalAdvance(entry.text));
    grid.columnWidth = std::ceil(SampleWidth + SampleGap + textWidth);
    const qsizetype n = grid.entries.size();
    const int fit = int(std::floor((width - 2 * Pad + ColumnGap) / (grid.columnWidth + ColumnGap)));
    grid.columns = int(std::clamp<qsizetype>(fit, 1, std::max<qsizetype>(1, n)));
    grid.rows = int((n + grid.columns - 1) / grid.columns);
    const double contentWidth = grid.columns * grid.columnWidth + (grid.columns - 1) * ColumnGap;
    grid.size = QSizeF(std::ceil(std::max(contentWidth, title.horizontalAdvance(tr("Legend")))
                                 + 2 * Pad),
                       std::ceil(2 * Pad + grid.titleHeight
                                 + std::max(1, grid.rows) * grid.rowHeight));
    return grid;
}

QSizeF DiagramPainter::legendSize(const View &view, double width) const
{
    return legendSize(legendEntries(view), width);
}

QSizeF DiagramPainter::legendSize(const LegendEntries &entries, double width) const
{
    return legendGrid(entries, width).size;
}

void DiagramPainter::paintLegendNode(QPainter *painter, const ViewNode &node, Detail detail,
                                     const NodeOptions &options) const
{
    const QRectF r = node.bounds;
    const LegendEntries entries = options.view ? legendEntries(*options.view) : LegendEntries();
    // On paper an empty legend is nothing; on the screen it stays visible to be moved.
    if (entries.isEmpty() && !options.hints)
        return;
    const QColor line = node.style.lineColor.isEmpty() ? DiagramStyle::lineColor()
                                                       : QColor::fromString(node.style.lineColor);
    const QColor fill = node.style.fillColor.isEmpty() ? QColor(Qt::white)
                                                       : QColor::fromString(node.style.fillColor);
    painter->setPen(detail == Detail::Outline
                            ? QPen(Qt::NoPen)
                            : QPen(line, node.style.lineWidth > 0 ? node.style.lineWidth : 1));
    painter->setBrush(fill);
    painter->drawRect(r);
    if (detail == Detail::Outline)
        return;

    const LegendGrid grid = legendGrid(entries, r.width());
    painter->setFont(DiagramStyle::groupFont());
    painter->setPen(DiagramStyle::textColor());
    const QRectF titleArea(r.left() + Pad, r.top() + Pad, std::max(0.0, r.width() - 2 * Pad),
                           grid.titleHeight);
    paintText(painter, wrap(tr("Legend"), painter->font(), 1e6), titleArea, Qt::AlignLeft);

    const double top = titleArea.bottom();
    if (entries.isEmpty()) {
        QFont hint = DiagramStyle::labelFont();
        hint.setItalic(true);
        painter->setFont(hint);
        painter->setPen(QColor(0x6b, 0x72, 0x80));
        const QRectF area(r.left() + Pad, top, std::max(0.0, r.width() - 2 * Pad),
                          std::max(0.0, r.bottom() - Pad - top));
        paintText(painter,
                  wrap(tr("Lists the states, security levels and lines this diagram uses."),
                       painter->font(), std::max(10.0, area.width())),
                  area, Qt::AlignLeft | Qt::AlignTop);
        return;
    }
    // Down the columns, then across; rows below the node's bottom are left out.
    for (qsizetype i = 0; i < grid.entries.size(); ++i) {
        const LegendGrid::Entry &entry = grid.entries.at(i);
        const int column = int(i / grid.rows);
        const int row = int(i % grid.rows);
        const double x = r.left() + Pad + column * (grid.columnWidth + ColumnGap);
        const double y = top + row * grid.rowHeight;
        if (y + grid.rowHeight > r.bottom() - Pad / 2 + 0.5 || x + SampleWidth > r.right())
            continue;
        const double cy = y + grid.rowHeight / 2;
        if (entry.type) {
            paintLine(painter, QPolygonF{QPointF(x, cy), QPointF(x + SampleWidth, cy)}, entry.type,
                      DiagramStyle::connectionColor(), 1.0);
        } else if (entry.level >= 0) {
            const double b = DiagramStyle::badgeSize;
            paintSecurityBadge(painter, QRectF(x + (SampleWidth - b) / 2, cy - b / 2, b, b),
                               entry.level);
        } else {
            // As a node's corner shows it, small enough that the marker stays in the row.
            const QRectF sample(x + 2, y + 2, SampleWidth - 12, grid.rowHeight - 12);
            painter->setPen(outlinePen(entry.lifecycle, DiagramStyle::lineColor(), 0));
            painter->setBrush(QColor(0xf3, 0xf4, 0xf6));
            painter->drawRect(sample);
            paintLifecycleMarker(painter,
                                 QRectF(sample.right() - MarkerSize * 0.6,
                                        sample.bottom() - MarkerSize * 0.4, MarkerSize, MarkerSize),
                                 entry.lifecycle);
        }
        painter->setFont(DiagramStyle::labelFont());
        painter->setPen(DiagramStyle::textColor());
        const QRectF text(x + SampleWidth + SampleGap, y,
                          std::max(10.0, r.right() - Pad - x - SampleWidth - SampleGap),
                          grid.rowHeight);
        paintText(painter, wrap(entry.text, painter->font(), 1e6), text, Qt::AlignVCenter);
    }
}

QStringList DiagramPainter::titleBlockLines(const View &view) const
{
    QStringList lines;
    if (!m_data)
        return lines;
    const ModelInfo &info = m_data->info;
    const qsizetype index = m_data->views.indexOf(view.id);
    const QString figure = QString::number(index < 0 ? 1 : index + 1);
    if (view.kind == ViewKind::Overall)
        lines << (info.province.isEmpty()
                          ? tr("Figure %1. Overall diagram of the e-Government architecture")
                                    .arg(figure)
                          : tr("Figure %1. Overall diagram of the e-Government architecture of "
                               "%2 province")
                                    .arg(figure, info.province));
    else
        lines << tr("Figure %1. %2").arg(figure, view.name);
    if (!info.name.isEmpty())
        lines << info.name;
    if (!info.versionLabel.isEmpty())
        lines << tr("Version %1").arg(info.versionLabel);
    // An unknown part of the decision is left out, never guessed.
    const QString date = info.decisionDate.isValid()
            ? info.decisionDate.toString(u"dd/MM/yyyy"_s)
            : QString();
    if (!info.decision.isEmpty() && !date.isEmpty())
        lines << tr("Approving decision No. %1 of %2").arg(info.decision, date);
    else if (!info.decision.isEmpty())
        lines << tr("Approving decision No. %1").arg(info.decision);
    else if (!date.isEmpty())
        lines << tr("Approving decision of %1").arg(date);
    return lines;
}

QSizeF DiagramPainter::titleBlockSize(const View &view, double width) const
{
    const QStringList lines = titleBlockLines(view);
    const double textWidth = std::max(10.0, width - 2 * Pad);
    double height = 0;
    double widest = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Wrapped &w = wrap(lines.at(i), i == 0 ? DiagramStyle::groupFont()
                                                    : DiagramStyle::labelFont(),
                                textWidth);
        height += w.lines.size() * w.lineHeight + RowGap;
        widest = std::max(widest, w.width);
    }
    return QSizeF(std::ceil(widest + 2 * Pad), std::ceil(height - RowGap + 2 * Pad));
}

void DiagramPainter::paintTitleBlockNode(QPainter *painter, const ViewNode &node, Detail detail,
                                         const NodeOptions &options) const
{
    const QRectF r = node.bounds;
    const QColor line = node.style.lineColor.isEmpty() ? DiagramStyle::lineColor()
                                                       : QColor::fromString(node.style.lineColor);
    painter->setPen(detail == Detail::Outline
                            ? QPen(Qt::NoPen)
                            : QPen(line, node.style.lineWidth > 0 ? node.style.lineWidth : 1));
    painter->setBrush(node.style.fillColor.isEmpty() ? QColor(Qt::white)
                                                     : QColor::fromString(node.style.fillColor));
    painter->drawRect(r);
    if (detail == Detail::Outline || !options.view)
        return;
    // The caption in bold on top, then one row per known field, ruled apart.
    const QStringList lines = titleBlockLines(*options.view);
    const double textWidth = std::max(10.0, r.width() - 2 * Pad);
    double y = r.top() + Pad;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QFont font = i == 0 ? DiagramStyle::groupFont() : DiagramStyle::labelFont();
        const Wrapped &w = wrap(lines.at(i), font, textWidth);
        const double height = w.lines.size() * w.lineHeight;
        if (y + height > r.bottom() - Pad / 2 + 0.5)
            break;
        if (i > 0) {
            painter->setPen(QPen(line.lighter(160), 0.6));
            painter->drawLine(QPointF(r.left(), y - RowGap / 2), QPointF(r.right(), y - RowGap / 2));
        }
        painter->setFont(font);
        painter->setPen(DiagramStyle::textColor());
        paintText(painter, w, QRectF(r.left() + Pad, y, textWidth, height),
                  i == 0 ? Qt::AlignHCenter : Qt::AlignLeft);
        y += height + RowGap;
    }
}

} // namespace kt
