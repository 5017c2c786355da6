#pragma once

#include "property.h"
#include "../core/collection.h"
#include "../core/id.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>

#include <utility>

namespace kt {

enum class ViewKind { Overall, Component, Free };
// Legend and TitleBlock are drawn from the view and the model (what the view
// shows, the model's info), not from text of their own.
enum class NodeKind { Element, Group, Note, Legend, TitleBlock };
// Horizontal placement of a node's text; Default leaves it to the node's kind.
enum class TextAlignment { Default, Left, Center, Right };

// The stored name of an alignment ("left", "center", "right"; empty for Default),
// and the alignment of a name (Default for any other text).
inline QString textAlignmentName(TextAlignment alignment)
{
    switch (alignment) {
    case TextAlignment::Left:
        return QStringLiteral("left");
    case TextAlignment::Center:
        return QStringLiteral("center");
    case TextAlignment::Right:
        return QStringLiteral("right");
    case TextAlignment::Default:
        break;
    }
    return {};
}

inline TextAlignment textAlignmentFromName(QStringView name)
{
    if (name == u"left")
        return TextAlignment::Left;
    if (name == u"center")
        return TextAlignment::Center;
    if (name == u"right")
        return TextAlignment::Right;
    return TextAlignment::Default;
}

// How a view draws its elements and relationships: in the framework's look (the
// profile's shapes, icons and line styles) or in ArchiMate's notation for each one's
// ArchiMate type. Either way an imported item of a generic type is drawn as ArchiMate
// draws the type it keeps. Stored as the view setting "notation" ("archimate"; none:
// the framework's look).
enum class Notation { Framework, ArchiMate };

inline QString notationSetting()
{
    return QStringLiteral("notation");
}

inline QString notationName(Notation notation)
{
    return notation == Notation::ArchiMate ? QStringLiteral("archimate") : QString();
}

inline Notation notationFromSettings(const QMap<QString, QString> &settings)
{
    return settings.value(notationSetting()) == u"archimate" ? Notation::ArchiMate
                                                              : Notation::Framework;
}

// Appearance that a node or connection overrides; empty means "as the type says".
struct NodeStyle
{
    QString fillColor; // "#rrggbb" or "#aarrggbb"
    QString lineColor;
    QString fontName;
    double fontSize = 0;
    QString fontColor;
    TextAlignment textAlignment = TextAlignment::Default;
    double lineWidth = 0; // in pixels; 0: the type's width

    bool isEmpty() const { return *this == NodeStyle(); }
    friend bool operator==(const NodeStyle &, const NodeStyle &) = default;
};

// A shape on a view: an element, a group or band, a note, a legend or a title block. Geometry is absolute
// in view coordinates; a node nested in a group names it as parent.
struct ViewNode
{
    NodeId id;
    NodeKind kind = NodeKind::Element;
    ElementId element; // for NodeKind::Element
    NodeId parent;     // the group this node is nested in, if any
    QRectF bounds;
    QString label;     // text of a group or note
    QString layer;     // for a band group: the profile layer it stands for
    ViewId viewRef;    // a note may link to another view
    NodeStyle style;

    friend bool operator==(const ViewNode &, const ViewNode &) = default;
};

// A line on a view: a relationship's connection, or a plain line (no relationship).
// Each end is a node or, for a relationship that ends on a relationship, another
// connection of the view (the line then ends on that connection's path): of each end
// exactly one of its two ids is set.
struct ViewConnection
{
    ConnectionId id;
    RelationshipId relationship; // null for a plain line
    NodeId source; // null when the source is a connection
    NodeId target; // null when the target is a connection
    QList<QPointF> bendpoints;
    NodeStyle style;
    ConnectionId sourceConnection; // the connection the source is, if any
    ConnectionId targetConnection; // the connection the target is, if any

    bool endsOnConnection() const
    {
        return !sourceConnection.isNull() || !targetConnection.isNull();
    }
    // The identifier of an end, node or connection (the exchange file's source/target).
    const QString &sourceId() const
    {
        return source.isNull() ? sourceConnection.toString() : source.toString();
    }
    const QString &targetId() const
    {
        return target.isNull() ? targetConnection.toString() : target.toString();
    }
    void swapEnds()
    {
        std::swap(source, target);
        std::swap(sourceConnection, targetConnection);
    }

    friend bool operator==(const ViewConnection &, const ViewConnection &) = default;
};

struct View
{
    ViewId id;
    QString name;
    QString documentation;
    ViewKind kind = ViewKind::Free;
    Collection<NodeId, ViewNode> nodes; // in paint order: parents before their children
    Collection<ConnectionId, ViewConnection> connections;
    QMap<QString, QString> settings; // e.g. "securityColumn" = "left"
    PropertyList extraProperties;

    friend bool operator==(const View &, const View &) = default;
};

} // namespace kt
