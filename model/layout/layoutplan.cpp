#include "layoutplan.h"
#include "bandheadings.h"
#include "../compose/diagramcomposer.h"
#include "../core/language.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>
#include <QVarLengthArray>

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
    for (Group &group : m_groups)
        sizeNodes(data, group, group.role == Role::Column || group.role == Role::SideColumn);
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
        for (const qsizetype i : *list) {
            Group &group = m_groups[i];
            if (!numbered)
                continue;
            // As BandHeadings numbers them: a band carved out of a layer has none.
            group.label = group.key.contains(u'/') ? group.label.toUpper()
                                                   : BandHeadings::heading(group.label, ++number);
        }
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

double LayoutPlan::headingWidth(const QString &label) const
{
    // As the painter sets a group's heading: 8 in from each edge, a little bolder
    // than names (10% to spare).
    return 16 + 1.1 * m_measure(label, 1e6).width();
}

double LayoutPlan::textHeight(const Element &element, double nodeWidth) const
{
    const double textWidth = m_measure.knowsLabelWidth()
            ? m_measure.labelWidth(element.type, nodeWidth)
            : nodeWidth - m_options.iconSize - 3 * m_options.nodePadding;
    return m_measure.height(element.name, std::max(1.0, textWidth));
}

double LayoutPlan::nodeHeight(double text) const
{
    return std::max(snap(m_options.nodeHeight),
                    snap(std::max(text + 2 * m_options.labelPaddingY,
                                  m_options.iconSize + 2 * m_options.nodePadding)));
}

void LayoutPlan::sizeNodes(const ModelData &data, Group &group, bool column) const
{
    const double grid = m_options.grid > 0 ? m_options.grid : 1;
    const double narrowest = snap(m_options.minNodeWidth);
    const double widest = std::max(narrowest, std::floor(m_options.maxNodeWidth / grid) * grid);
    const int steps = int(std::lround((widest - narrowest) / grid));
    const int lines = column ? m_options.columnLabelLines : m_options.maxLabelLines;
    const double most = (lines + 0.5) * m_lineHeight;
    const QList<ElementId> all = group.elements + group.aligned;

    // Each name: the least width on the grid at which it fits in `lines` lines (a
    // name that needs more even at the widest keeps the widest). A column's names
    // are searched from the width the ones before needed (its nodes line up).
    QList<double> widths;
    QList<double> heights; // of the text, at that width
    widths.reserve(all.size());
    heights.reserve(all.size());
    double floorWidth = narrowest;
    if (column) // as wide as its heading on one line (the painter cuts a longer one)
        floorWidth = std::clamp(snap(headingWidth(group.label) - 2 * m_options.groupPadding),
                                narrowest, widest);
    // The search starts where the name's length says it will end (a running
    // estimate of a character's width), so that most names take two measures.
    double perChar = 6.5;
    const double overhead = m_options.iconSize + 3 * m_options.nodePadding;
    for (const ElementId &id : all) {
        const Element &element = *data.elements.find(id);
        // The least index in [lo, hi] that fits (hi: the widest, even when it does
        // not). The first measure is at the estimate, not at the floor: a long name
        // then takes two measures (the estimate and one step narrower), not three.
        int lo = int(std::lround((floorWidth - narrowest) / grid));
        int hi = std::max(lo, steps);
        QVarLengthArray<std::pair<int, double>, 8> measured;
        const auto fits = [&](int index) {
            const double h = textHeight(element, narrowest + index * grid);
            measured.append({index, h});
            return h <= most;
        };
        const double guess = element.name.size() * perChar / lines + overhead;
        const int g = std::clamp(int(std::lround((guess - narrowest) / grid)), lo, hi);
        if (fits(g)) {
            hi = g;
            if (g > lo && !fits(g - 1))
                lo = g;
            else
                hi = std::max(lo, g - 1);
        } else {
            lo = g + 1;
            if (lo < hi && fits(lo))
                hi = lo;
        }
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (fits(mid))
                hi = mid;
            else
                lo = mid + 1;
        }
        const int index = std::min(lo, steps);
        const double width = narrowest + index * grid;
        const auto known = std::find_if(measured.cbegin(), measured.cend(),
                                        [index](const auto &m) { return m.first == index; });
        const double height = known != measured.cend() ? known->second : textHeight(element, width);
        if (index > int(std::lround((floorWidth - narrowest) / grid)) && index < steps
            && !element.name.isEmpty())
            perChar = 0.8 * perChar
                    + 0.2 * std::max(1.0, (width - overhead) * lines / element.name.size());
        widths.append(width);
        heights.append(height);
        if (column)
            floorWidth = width;
    }

    QList<QSizeF> sizes;
    sizes.reserve(all.size());
    QSizeF cell(narrowest, nodeHeight(0));
    if (column) {
        // One width; each node as tall as its name at that width (measured again
        // only where it was measured narrower and could need more lines).
        const double width = floorWidth;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const double text = widths.at(i) == width
                    ? heights.at(i)
                    : textHeight(*data.elements.find(all.at(i)), width);
            sizes.append(QSizeF(width, nodeHeight(text)));
            cell = cell.expandedTo(sizes.last());
        }
    } else {
        // Each its own width; one height, for rows that line up.
        double text = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            text = std::max(text, heights.at(i));
            cell.setWidth(std::max(cell.width(), widths.at(i)));
        }
        cell.setHeight(nodeHeight(text));
        for (qsizetype i = 0; i < all.size(); ++i)
            sizes.append(QSizeF(widths.at(i), cell.height()));
    }
    group.cell = cell;
    group.sizes = sizes.mid(0, group.elements.size());
    for (const QSizeF &size : std::as_const(group.sizes))
        group.rowLength += size.width() + (group.rowLength > 0 ? m_options.nodeGapX : 0);
    group.alignedSizes = sizes.mid(group.elements.size());
}

QList<qsizetype> LayoutPlan::splitRows(const QList<QSizeF> &sizes, double width, double gap,
                                       bool balanced)
{
    const auto greedy = [&](double limit) {
        QList<qsizetype> rows;
        double used = 0;
        for (const QSizeF &size : sizes) {
            const double need = (rows.isEmpty() || rows.last() == 0 ? 0 : used + gap)
                    + std::min(size.width(), width);
            if (!rows.isEmpty() && rows.last() > 0 && need <= limit + 1e-6) {
                ++rows.last();
                used = need;
            } else {
                rows.append(1);
                used = std::min(size.width(), width);
            }
        }
        return rows;
    };
    QList<qsizetype> rows = greedy(width);
    if (!balanced || rows.size() < 2)
        return rows;
    // The narrowest limit that still needs no more rows: rows as even as can be.
    double lo = 0;
    for (const QSizeF &size : sizes)
        lo = std::max(lo, std::min(size.width(), width));
    double hi = width;
    for (int i = 0; i < 30 && hi - lo > 0.5; ++i) {
        const double mid = (lo + hi) / 2;
        if (greedy(mid).size() <= rows.size())
            hi = mid;
        else
            lo = mid;
    }
    return greedy(hi);
}

double LayoutPlan::gridHeight(const Group &group, double innerWidth) const
{
    if (group.elements.isEmpty())
        return group.cell.height(); // an empty row: the band stays visible and droppable
    const qsizetype rows = splitRows(group.sizes, innerWidth, m_options.nodeGapX, false).size();
    return double(rows) * group.cell.height() + double(rows - 1) * m_options.nodeGapY;
}

double LayoutPlan::inlineHeadingRoom(const Group &group, double width) const
{
    if (group.elements.isEmpty() || !group.aligned.isEmpty() || group.role == Role::Column
        || group.role == Role::SideColumn || m_subBands.contains(&group - m_groups.constData()))
        return 0;
    const double pad = m_options.groupPadding;
    // The heading as the painter sets it in a band's strip (8 in from the edge, a
    // little bolder than names: 10% to spare).
    const double room = snap(headingWidth(group.label) - 8 + m_options.nodeGapX);
    // One row when all of them fit side by side (what splitRows() would find).
    const double inner = width - 2 * pad - room;
    return inner > 0 && group.rowLength <= inner + 1e-6 ? room : 0;
}

double LayoutPlan::leafHeight(const Group &group, double width) const
{
    const double pad = m_options.groupPadding;
    if (inlineHeadingRoom(group, width) > 0)
        return pad + group.cell.height() + pad;
    return headerHeight(group.label, width) + gridHeight(group, width - 2 * pad) + pad;
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
    const double gap = m_options.nodeGapY;
    const double narrow = group.cell.width() + 2 * pad;
    const double available = stackHeight - headerHeight(group.label, narrow) - pad;
    // Nodes stacked top down, a new column where the next one would run past the
    // foot. The elements level with a band are a block in the first column (with
    // a node's height to spare: the block need not start where a node ends).
    double aligned = 0;
    for (const QSizeF &size : group.alignedSizes)
        aligned += size.height() + gap;
    if (aligned > 0)
        aligned += group.cell.height();
    int columns = 1;
    double used = aligned;
    for (const QSizeF &size : group.sizes) {
        const double need = used + (used > 0 ? gap : 0) + size.height();
        if (used > 0 && need > available) {
            ++columns;
            used = size.height();
        } else {
            used = need;
        }
    }
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
            if (const double room = inlineHeadingRoom(m_groups.at(band), bandWidth); room > 0)
                m_headingRooms.insert(m_groups.at(band).key, room);
            double subY = y + headerHeight(m_groups.at(band).label, bandWidth);
            for (qsizetype sub : m_subBands.value(band)) {
                const double height = leafHeight(m_groups.at(sub), bandWidth - 2 * pad);
                m_groups[sub].rect = QRectF(x + pad, subY, bandWidth - 2 * pad, height);
                if (const double room = inlineHeadingRoom(m_groups.at(sub), bandWidth - 2 * pad);
                    room > 0)
                    m_headingRooms.insert(m_groups.at(sub).key, room);
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
    // The band width at which the diagram comes out largest on a page of the target
    // aspect: the least of max(width, target x height), the side that decides the
    // scale when it is fitted. Rows jump as the width changes, so the function has
    // steps: sampled over the range that can matter, then refined around the best.
    const auto score = [&](qsizetype step) {
        const QSizeF size = arrange(least + double(step) * grid, false);
        return std::max(size.width(), target * (size.height() + below));
    };
    // Wider than target x (height at the least width) only makes it wider.
    const qsizetype most = m_bands.isEmpty()
            ? 0
            : std::max<qsizetype>(
                      0, qsizetype(std::ceil((target * (arrange(least, false).height() + below)
                                              - least)
                                             / grid)));
    // Sampled at Samples points, then again around the best at a finer stride,
    // down to one grid step: a few dozen layouts however wide the range.
    constexpr qsizetype Samples = 24;
    qsizetype best = 0;
    double bestScore = score(0);
    const auto consider = [&](qsizetype step) {
        if (step < 0 || step > most)
            return;
        const double value = score(step);
        if (value < bestScore - 1e-9) {
            best = step;
            bestScore = value;
        }
    };
    qsizetype from = 0;
    qsizetype to = most;
    for (;;) {
        const qsizetype stride = std::max<qsizetype>(1, (to - from) / Samples);
        for (qsizetype step = from; step <= to; step += stride)
            consider(step);
        if (stride == 1)
            break;
        from = std::max<qsizetype>(0, best - stride + 1);
        to = std::min(most, best + stride - 1);
    }
    m_size = arrange(least + double(best) * grid, true);
}

} // namespace kt
