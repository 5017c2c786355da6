#include "layoutplan.h"
#include "bandheadings.h"
#include "../compose/diagramcomposer.h"
#include "../core/language.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <climits>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Where an element goes when its type is unknown to the profile (a model read
// with another profile version): the layer ExchangeReader maps unknown types to.
const ElementType *placementType(const Profile &profile, const QString &typeId)
{
    if (const ElementType *type = profile.elementType(typeId))
        return type;
    return profile.importElementType(QString());
}

int gridRows(qsizetype count, qsizetype perRow)
{
    return int((count + perRow - 1) / perRow);
}

} // namespace

LayoutPlan::LayoutPlan(const ModelData &data, const QMap<QString, QString> &settings,
                       const TextMeasure &measure, const LayoutOptions &options,
                       const LayoutScope &scope)
    : m_measure(measure), m_options(options)
{
    m_lineHeight = std::max(1.0, m_measure.height(u"Xg"_s, 1e6));
    collectElements(data, scope);
    addGroups(*data.profile, settings, scope.overall);
    numberHeadings(BandHeadings::numbered(
            settings, scope.overall ? ViewKind::Overall : ViewKind::Component));
    sortElements(data);
    alignAlongside(data);
    for (Group &group : m_groups) {
        const bool column = group.role == Role::Column || group.role == Role::SideColumn;
        group.cell = cellFor(data, group.elements + group.aligned,
                             column ? m_options.columnLabelLines : m_options.maxLabelLines);
    }
    chooseBandWidth();
}

double LayoutPlan::snap(double value) const
{
    const double grid = m_options.grid > 0 ? m_options.grid : 1;
    // A tolerance, so that 120.0000001 from a measurement does not become 130.
    return std::ceil(value / grid - 1e-6) * grid;
}

double LayoutPlan::headerHeight(const QString &label, double width) const
{
    const double textWidth = std::max(1.0, width - 2 * m_options.headerPadding);
    const double text = m_measure.height(label, textWidth);
    return std::max(m_options.headerHeight, snap(text + 2 * m_options.headerPadding));
}

void LayoutPlan::collectElements(const ModelData &data, const LayoutScope &scope)
{
    const QSet<QString> layers(scope.layers.begin(), scope.layers.end());
    const QSet<QString> bands(scope.bands.begin(), scope.bands.end());
    const QSet<QString> types(scope.elementTypes.begin(), scope.elementTypes.end());
    for (const Element &element : data.elements) {
        const ElementType *type = placementType(*data.profile, element.type);
        if (!type)
            continue; // a profile without element types: nothing can be placed
        const QString band = type->band.isEmpty() ? QString() : type->layer + u'/' + type->band;
        if (!scope.overall && !layers.contains(type->layer) && !bands.contains(band)
            && !types.contains(element.type))
            continue;
        m_elementsByKey[band.isEmpty() ? type->layer : band].append(element.id);
    }
}

void LayoutPlan::addGroups(const Profile &profile, const QMap<QString, QString> &settings,
                           bool overall)
{
    const QString language = uiLanguage();
    const auto holds = [&](const QString &key) { return m_elementsByKey.contains(key); };
    const auto addBand = [&](const Layer &layer, const Band &band, qsizetype parent) {
        const QString key = layer.id + u'/' + band.id;
        if (!holds(key))
            return; // empty sub-bands are left out
        Group group;
        group.key = key;
        group.label = band.name.text(language);
        group.role = parent < 0 ? Role::Band : Role::SubBand;
        group.parent = parent;
        group.elements = m_elementsByKey.value(key);
        if (parent < 0) {
            m_bands.append(m_groups.size());
            group.alongside = band.alongside;
        } else {
            m_subBands[parent].append(m_groups.size());
        }
        m_groups.append(group);
    };
    for (const Layer &layer : profile.layers()) {
        // A component architecture stacks all its layers as bands; the overall
        // diagram leaves out the layers that only component architectures show.
        const LayerPlacement placement = overall ? layer.placement : LayerPlacement::Band;
        // Full-width sub-bands come out of their layer's band: those listed before
        // its other sub-bands go above it, the others below.
        QList<const Band *> above, inside, below;
        for (const Band &band : layer.bands) {
            if (placement == LayerPlacement::Band && band.fullWidth)
                (inside.isEmpty() && below.isEmpty() ? above : below).append(&band);
            else
                inside.append(&band);
        }
        for (const Band *band : std::as_const(above))
            addBand(layer, *band, -1);
        // The layer's own group, when it holds elements itself or in a sub-band.
        bool used = holds(layer.id);
        for (const Band *band : std::as_const(inside))
            used = used || holds(layer.id + u'/' + band->id);
        if (used) {
            Group group;
            group.key = layer.id;
            group.label = layer.name.text(language);
            group.elements = m_elementsByKey.value(layer.id);
            const qsizetype index = m_groups.size();
            bool known = true;
            switch (placement) {
            case LayerPlacement::Band:
                m_bands.append(index);
                break;
            case LayerPlacement::Column: {
                const QString side = settings.value(DiagramComposer::columnSetting(layer.id));
                const bool left =
                        side == u"left" || (side != u"right" && layer.side == ColumnSide::Left);
                group.role = Role::Column;
                (left ? m_leftColumns : m_rightColumns).append(index);
                break;
            }
            case LayerPlacement::Side:
                if (settings.value(layer.id + u"Placement"_s) == u"bottom") {
                    group.role = Role::BottomBand;
                    m_bottomBands.append(index);
                } else {
                    group.role = Role::SideColumn;
                }
                break;
            default:
                known = false; // a layer shown only in component architectures
                break;
            }
            if (known) {
                m_groups.append(group);
                if (placement == LayerPlacement::Band)
                    for (const Band *band : std::as_const(inside))
                        addBand(layer, *band, index);
            }
        }
        for (const Band *band : std::as_const(below))
            addBand(layer, *band, -1);
    }
    // Side columns go right of everything, after the right-hand column layers.
    for (qsizetype i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).role == Role::SideColumn)
            m_rightColumns.append(i);
}

void LayoutPlan::alignAlongside(const ModelData &data)
{
    for (const qsizetype band : std::as_const(m_bands)) {
        const QStringList &types = m_groups.at(band).alongside;
        if (types.isEmpty())
            continue;
        for (Group &column : m_groups) {
            if (column.role != Role::Column && column.role != Role::SideColumn)
                continue;
            QList<ElementId> rest;
            for (const ElementId &id : std::as_const(column.elements)) {
                if (column.alignedBand < 0 && types.contains(data.elements.find(id)->type))
                    column.aligned.append(id);
                else
                    rest.append(id);
            }
            if (!column.aligned.isEmpty() && column.alignedBand < 0) {
                column.alignedBand = band;
                column.elements = rest;
            }
        }
    }
}

void LayoutPlan::numberHeadings(bool numbered)
{
    int number = 0;
    for (const QList<qsizetype> *list : {&m_bands, &m_leftColumns, &m_rightColumns, &m_bottomBands})
        for (const qsizetype i : *list)
            m_groups[i].label = BandHeadings::heading(m_groups.at(i).label, numbered ? ++number : 0);
}

void LayoutPlan::sortElements(const ModelData &data)
{
    // QCollator follows Vietnamese collation (docs/ARCHITECTURE.md) on this platform (ICU's Vietnamese rules;
    // tst_layout checks it). Sort keys make the comparisons cheap on big models.
    QCollator collator{QLocale(QLocale::Vietnamese)};
    const Profile &profile = *data.profile;
    QHash<QString, int> typeOrder;
    for (qsizetype i = 0; i < profile.elementTypes().size(); ++i)
        typeOrder.insert(profile.elementTypes().at(i).id, int(i));

    struct Entry
    {
        int type;
        QString typeId;
        QCollatorSortKey name;
        QString id;
    };
    for (Group &group : m_groups) {
        QList<Entry> entries;
        entries.reserve(group.elements.size());
        for (const ElementId &id : std::as_const(group.elements)) {
            const Element *element = data.elements.find(id);
            entries.append(Entry{typeOrder.value(element->type, INT_MAX), element->type,
                                 collator.sortKey(element->name), id.toString()});
        }
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            if (a.type != b.type)
                return a.type < b.type;
            if (a.typeId != b.typeId)
                return a.typeId < b.typeId;
            if (const int c = a.name.compare(b.name); c != 0)
                return c < 0;
            return a.id < b.id;
        });
        group.elements.clear();
        for (const Entry &entry : std::as_const(entries))
            group.elements.append(ElementId(entry.id));
    }
}

QSizeF LayoutPlan::cellFor(const ModelData &data, const QList<ElementId> &elements,
                           int lines) const
{
    const double grid = m_options.grid > 0 ? m_options.grid : 1;
    const double narrowest = snap(m_options.minNodeWidth);
    const double widest = std::max(narrowest, std::floor(m_options.maxNodeWidth / grid) * grid);
    const int steps = int(std::lround((widest - narrowest) / grid));
    const auto textHeight = [&](const QString &name, double width) {
        const double textWidth =
                std::max(1.0, width - m_options.iconSize - 3 * m_options.nodePadding);
        return m_measure.height(name, textWidth);
    };
    const double most = (lines + 0.5) * m_lineHeight;

    // One width for the whole group (its grid columns line up): the least width on
    // the grid at which every name fits in `lines` lines. Each name is measured
    // once at the width of its turn; that height bounds its height at the final
    // width (wrapping wider never takes more lines).
    double width = narrowest;
    QList<std::pair<double, double>> measured; // (width, text height) per element
    measured.reserve(elements.size());
    for (const ElementId &id : elements) {
        const QString &name = data.elements.find(id)->name;
        double height = textHeight(name, width);
        if (height > most) {
            int lo = int(std::lround((width - narrowest) / grid)) + 1;
            int hi = steps;
            while (lo < hi) {
                const int mid = (lo + hi) / 2;
                if (textHeight(name, narrowest + mid * grid) <= most)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            // A name that needs more lines even at the widest keeps the widest.
            width = narrowest + std::min(lo, steps) * grid;
            height = textHeight(name, width);
        }
        measured.append({width, height});
    }
    // The tallest name at the final width: exact for names measured at it; the
    // others only when their bound could exceed what is known (on a big model,
    // that is few: the width settles early).
    double text = 0;
    for (const auto &[at, height] : std::as_const(measured))
        if (at == width)
            text = std::max(text, height);
    for (qsizetype i = 0; i < elements.size(); ++i)
        if (measured.at(i).first != width && measured.at(i).second > text)
            text = std::max(text, textHeight(data.elements.find(elements.at(i))->name, width));
    const double height = std::max(snap(m_options.nodeHeight),
                                   snap(std::max(text + 2 * m_options.labelPaddingY,
                                                 m_options.iconSize + 2 * m_options.nodePadding)));
    return QSizeF(width, height);
}

double LayoutPlan::gridHeight(const Group &group, double innerWidth) const
{
    const qsizetype count = group.elements.size();
    if (count == 0)
        return group.cell.height(); // an empty row: the band stays visible and droppable
    const qsizetype perRow =
            std::max<qsizetype>(1,
                                qsizetype((innerWidth + m_options.nodeGapX)
                                          / (group.cell.width() + m_options.nodeGapX)));
    const int rows = gridRows(count, perRow);
    return rows * group.cell.height() + (rows - 1) * m_options.nodeGapY;
}

double LayoutPlan::leafHeight(const Group &group, double width) const
{
    return headerHeight(group.label, width) + gridHeight(group, width - 2 * m_options.groupPadding)
            + m_options.groupPadding;
}

double LayoutPlan::bandHeight(qsizetype band, double width) const
{
    const Group &group = m_groups.at(band);
    const QList<qsizetype> subBands = m_subBands.value(band);
    if (subBands.isEmpty())
        return leafHeight(group, width);
    const double pad = m_options.groupPadding;
    double height = headerHeight(group.label, width);
    for (qsizetype i = 0; i < subBands.size(); ++i)
        height += (i ? m_options.subBandGap : 0)
                + leafHeight(m_groups.at(subBands.at(i)), width - 2 * pad);
    // Elements of the layer that belong to no sub-band: a grid below the sub-bands
    // (a node keeps a node gap from a sub-band, as placement demands).
    if (!group.elements.isEmpty())
        height += std::max(m_options.subBandGap, std::min(m_options.nodeGapX, m_options.nodeGapY))
                + gridHeight(group, width - 2 * pad);
    return height + pad;
}

double LayoutPlan::columnWidth(const Group &group, double stackHeight) const
{
    const double pad = m_options.groupPadding;
    const double narrow = group.cell.width() + 2 * pad;
    const double available = stackHeight - headerHeight(group.label, narrow) - pad;
    const qsizetype perColumn =
            std::max<qsizetype>(1,
                                qsizetype((available + m_options.nodeGapY)
                                          / (group.cell.height() + m_options.nodeGapY)));
    const qsizetype others = group.elements.size();
    const qsizetype aligned = group.aligned.size();
    int columns = std::max(1, gridRows(others, perColumn));
    // Elements level with a band take a block of rows (one more: the block need not
    // start on a row of the others); the others fill the rows above and below it.
    if (aligned > 0)
        for (columns = 1; columns < others + aligned; ++columns)
            if ((perColumn - gridRows(aligned, columns) - 1) * columns >= others)
                break;
    return 2 * pad + columns * group.cell.width() + (columns - 1) * m_options.nodeGapX;
}

double LayoutPlan::minimumBandWidth() const
{
    const double pad = m_options.groupPadding;
    double width = 0;
    for (qsizetype band : m_bands) {
        const auto need = [&](const Group &group, double inset) {
            const double label = m_measure(group.label, 1e6).width() + 2 * m_options.headerPadding;
            width = std::max({width, group.cell.width() + 2 * pad + inset, label + inset});
        };
        need(m_groups.at(band), 0);
        for (qsizetype sub : m_subBands.value(band))
            need(m_groups.at(sub), 2 * pad);
    }
    return snap(width);
}

QSizeF LayoutPlan::arrange(double bandWidth, bool assign)
{
    const LayoutOptions &o = m_options;
    const double pad = o.groupPadding;
    const double top = o.margin;

    QList<double> heights;
    double stack = 0;
    for (qsizetype band : std::as_const(m_bands)) {
        heights.append(bandHeight(band, bandWidth));
        stack += (stack > 0 ? o.bandGap : 0) + heights.last();
    }
    // A column must hold at least its header and one node: the last band grows if not.
    double columnsNeed = 0;
    for (qsizetype c : m_leftColumns + m_rightColumns) {
        const Group &g = m_groups.at(c);
        columnsNeed =
                std::max(columnsNeed,
                         headerHeight(g.label, g.cell.width() + 2 * pad) + g.cell.height() + pad);
    }
    if (columnsNeed > stack) {
        if (!heights.isEmpty())
            heights.last() += snap(columnsNeed - stack);
        stack += snap(columnsNeed - stack);
    }

    // The legend and the title block go below the bands (OverallDiagram), so the
    // columns beside them run down that far too: more rows per column, fewer
    // columns. Not with bands across the foot, which take that room.
    const double columnHeight = m_bottomBands.isEmpty() && !m_bands.isEmpty()
            ? stack + snap(std::max(0.0, o.reservedBelow))
            : stack;
    double x = o.margin;
    const auto placeColumn = [&](qsizetype c) {
        const double width = columnWidth(m_groups.at(c), columnHeight);
        if (assign)
            m_groups[c].rect = QRectF(x, top, width, columnHeight);
        x += width + o.bandGap;
    };
    for (qsizetype c : std::as_const(m_leftColumns))
        placeColumn(c);
    if (!m_bands.isEmpty()) {
        double y = top;
        for (qsizetype i = 0; i < m_bands.size() && assign; ++i) {
            const qsizetype band = m_bands.at(i);
            m_groups[band].rect = QRectF(x, y, bandWidth, heights.at(i));
            double subY = y + headerHeight(m_groups.at(band).label, bandWidth);
            for (qsizetype sub : m_subBands.value(band)) {
                const double height = leafHeight(m_groups.at(sub), bandWidth - 2 * pad);
                m_groups[sub].rect = QRectF(x + pad, subY, bandWidth - 2 * pad, height);
                subY += height + o.subBandGap;
            }
            y += heights.at(i) + o.bandGap;
        }
        x += bandWidth + o.bandGap;
    }
    for (qsizetype c : std::as_const(m_rightColumns))
        placeColumn(c);
    const double width = std::max(x - o.bandGap, o.margin) + o.margin;

    double y = top + stack;
    for (qsizetype b : std::as_const(m_bottomBands)) {
        const double bandTop = y + (y > top ? o.bandGap : 0);
        const double height = leafHeight(m_groups.at(b), width - 2 * o.margin);
        if (assign)
            m_groups[b].rect = QRectF(o.margin, bandTop, width - 2 * o.margin, height);
        y = bandTop + height;
    }
    return QSizeF(width, y + o.margin);
}

void LayoutPlan::chooseBandWidth()
{
    const double grid = m_options.grid > 0 ? m_options.grid : 1;
    const double target = m_options.targetAspect > 0 ? m_options.targetAspect : 1.6;
    const double least = minimumBandWidth();
    const double below = std::max(0.0, m_options.reservedBelow);
    const auto aspect = [&](qsizetype step) {
        const QSizeF size = arrange(least + double(step) * grid, false);
        return size.width() / std::max(1.0, size.height() + below);
    };
    // Wider bands make fewer grid rows, so the aspect grows with the band width:
    // bisect for the narrowest band that reaches the target. At a width of
    // target x (height at the least width) it is reached for sure.
    qsizetype lo = 0;
    qsizetype hi = std::max<qsizetype>(
            0, qsizetype(std::ceil((target * (arrange(least, false).height() + below) - least)
                                   / grid)));
    if (m_bands.isEmpty())
        hi = 0;
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (aspect(mid) >= target)
            hi = mid;
        else
            lo = mid + 1;
    }
    // A step narrower may come closer to the target (a grid row more costs a jump).
    if (lo > 0
        && std::abs(std::log(aspect(lo - 1) / target)) < std::abs(std::log(aspect(lo) / target)))
        --lo;
    m_size = arrange(least + double(lo) * grid, true);
}

} // namespace kt
