#pragma once

#include "layoutoptions.h"
#include "textmeasure.h"
#include "../modeldata.h"

#include <QMap>
#include <QRectF>

namespace kt {

// The overall diagram as it comes out when laid out from scratch: one group per
// band, sub-band, side column and external layer of the profile, each with its
// rectangle, its elements in display order and the one cell size of their nodes.
// OverallLayout creates the groups a view lacks from this plan and places the
// elements a view does not show yet with the plan's cell sizes.
//
// Which side a column layer goes comes from the view setting "<layer>Column"
// ("left"/"right"; default: the profile's side), where a side layer goes from
// "<layer>Placement" ("bottom"; default: a column right of everything).
class LayoutPlan
{
public:
    enum class Role { Band, SubBand, Column, SideColumn, BottomBand };

    struct Group
    {
        QString key; // what ViewNode::layer names: the layer id, "<layer>/<band>" for a sub-band
        QString label; // the layer's or band's name in the interface language
        Role role = Role::Band;
        qsizetype parent = -1; // the enclosing group (a sub-band's band), an index of groups()
        QRectF rect;
        QSizeF cell; // the size of each element node of the group
        QList<ElementId> elements; // sorted: type in profile order, name, id
        // A column's elements that go level with a full-width band (alignedBand, an
        // index of groups()), in display order; not in `elements`.
        QList<ElementId> aligned;
        qsizetype alignedBand = -1;
        QStringList alongside; // a full-width band: the types placed level with it
    };

    // Only the elements in `scope`, and only groups that hold some: the overall
    // diagram's band, column and side layers, or (a component architecture) every
    // layer of the scope as a band.
    LayoutPlan(const ModelData &data, const QMap<QString, QString> &settings,
               const TextMeasure &measure, const LayoutOptions &options,
               const LayoutScope &scope = {});

    // Parents before their sub-bands; layers in profile order.
    const QList<Group> &groups() const { return m_groups; }
    QSizeF size() const { return m_size; }

    // The height of the label strip of a group of this width: taller when the
    // label has to wrap.
    double headerHeight(const QString &label, double width) const;
    double snap(double value) const; // up to the next grid line

private:
    void collectElements(const ModelData &data, const LayoutScope &scope);
    void addGroups(const Profile &profile, const QMap<QString, QString> &settings, bool overall);
    void sortElements(const ModelData &data);
    void alignAlongside(const ModelData &data);
    void numberHeadings(bool numbered);
    QSizeF cellFor(const ModelData &data, const QList<ElementId> &elements, int lines) const;
    double gridHeight(const Group &group, double innerWidth) const;
    double leafHeight(const Group &group, double width) const;
    double bandHeight(qsizetype band, double width) const;
    double columnWidth(const Group &group, double stackHeight) const;
    double minimumBandWidth() const;
    // Lays the groups out for a band width; `assign` stores the rectangles.
    QSizeF arrange(double bandWidth, bool assign);
    void chooseBandWidth();

    const TextMeasure &m_measure;
    const LayoutOptions &m_options;
    double m_lineHeight = 1;
    QList<Group> m_groups;
    QHash<QString, QList<ElementId>> m_elementsByKey; // in scope, by the key of their group
    QList<qsizetype> m_bands; // top-level bands, top to bottom
    QList<qsizetype> m_leftColumns; // outermost first
    QList<qsizetype> m_rightColumns; // innermost first; side columns last
    QList<qsizetype> m_bottomBands;
    QHash<qsizetype, QList<qsizetype>> m_subBands;
    QSizeF m_size;
};

} // namespace kt
