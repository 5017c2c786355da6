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
        // The size of each element node, in the order of `elements` (and of
        // `aligned`): in a band, as wide as its name needs to fit in
        // LayoutOptions::maxLabelLines, all of the group's height; in a column, all of
        // the column's width, as tall as its name needs there.
        QList<QSizeF> sizes;
        QList<QSizeF> alignedSizes;
        QSizeF cell; // the largest of them: what a node added later gets
        double rowLength = 0; // `sizes` side by side, a node gap apart
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
    // A group whose nodes go in one row beside its heading (a band of one row
    // needs no heading strip above it): the room the heading takes at the row's
    // left; 0 for the others.
    double headingRoom(const QString &key) const { return m_headingRooms.value(key); }

    // Nodes of these widths in rows no wider than `width`, `gap` apart, in order:
    // how many go in each row. Balanced: the same number of rows, as even in
    // width as they can be (a last row of one is avoided where it can be).
    static QList<qsizetype> splitRows(const QList<QSizeF> &sizes, double width, double gap,
                                      bool balanced);

private:
    void collectElements(const ModelData &data, const LayoutScope &scope);
    void addGroups(const Profile &profile, const QMap<QString, QString> &settings, bool overall);
    void sortElements(const ModelData &data);
    void alignAlongside(const ModelData &data);
    void numberHeadings(bool numbered);
    // Sizes the nodes of a group: a band's each as narrow as its name allows in
    // `lines` lines, one height; a column's all as wide as the widest needs.
    void sizeNodes(const ModelData &data, Group &group, bool column) const;
    double textHeight(const Element &element, double nodeWidth) const;
    double headingWidth(const QString &label) const;
    double nodeHeight(double textHeight) const;
    double gridHeight(const Group &group, double innerWidth) const;
    double leafHeight(const Group &group, double width) const;
    double inlineHeadingRoom(const Group &group, double width) const;
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
    QHash<QString, double> m_headingRooms;
};

} // namespace kt
