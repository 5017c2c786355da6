#pragma once

#include "../types/view.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// An exchange file as ExchangeParser reads it in one pass, before ExchangeBuilder
// turns it into a model. References (property definitions, elements of nodes,
// relationships of connections) can only be resolved once the whole file is
// read: property definitions come after the concepts that use them.
namespace kt::exchange {

enum class IdKind { Model, Element, Relationship, View, Node, Connection, PropertyDefinition };

struct RawProperty
{
    QString definition; // propertyDefinitionRef
    QString value;
    qint64 line = 0;
};
using RawProperties = QList<RawProperty>;

// An element or a relationship.
struct RawConcept
{
    QString id; // a new identifier when the file has none
    QString xsiType;
    QString name;
    QString documentation;
    RawProperties properties;
    QString source; // relationships only
    QString target;
    QMap<QString, QString> attributes; // relationships: accessType, isDirected, modifier
    qint64 line = 0;
};

// A node with its parent from the XML nesting and its geometry as in the file.
// problem: why the node or connection cannot be taken (an unknown kind, a missing
// reference attribute); the builder leaves it out with a finding.
struct RawNode
{
    ViewNode node;
    qint64 line = 0;
    QString problem;
};

struct RawConnection
{
    ViewConnection connection;
    qint64 line = 0;
    QString problem;
};

struct RawView
{
    QString id;
    QString name;
    QString documentation;
    RawProperties properties;
    QList<RawNode> nodes; // in document order: pre-order of the nesting
    QList<RawConnection> connections;
    qint64 line = 0;
};

struct RawModel
{
    QString id;
    QString name;
    QString documentation;
    RawProperties properties;
    QList<RawConcept> elements;
    QList<RawConcept> relationships;
    QHash<QString, QString> definitions; // property definition identifier -> name
    QList<RawView> views;
    QHash<QString, IdKind> identifiers; // every identifier of the file
    // The folder path ("Business/Processes") of the concepts and views the file's
    // organizations hold, by identifier; and the line of each reference.
    QHash<QString, QString> folders;
    QHash<QString, qint64> folderLines;
    // What the parser left out (an unusable property), one message each naming the
    // file and the line; the builder adds its own.
    QStringList findings;
};

} // namespace kt::exchange
