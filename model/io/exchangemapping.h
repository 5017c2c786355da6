#pragma once

#include "../modeldata.h"

#include <QList>
#include <QString>

// How the writer maps our model onto the exchange format: which xsi:type an
// element or relationship gets, which "kt:" properties say what the format has
// no place for, how a view is shifted and its nodes nested.
namespace kt::exchange {

// The text without the characters XML 1.0 cannot hold.
QString xmlText(const QString &text);
// A coordinate rounded to a whole number, as the schema wants it.
qint64 whole(double value);

// The shift that makes every coordinate of a view non-negative (the schema has
// no negative coordinates); recorded in the view property kt:origin.
struct Shift
{
    qint64 dx = 0;
    qint64 dy = 0;
};
Shift shiftOf(const View &view);

// The nesting of a view's nodes, by index in View::nodes; children in list order.
struct NodeTree
{
    QList<QList<qsizetype>> children;
    QList<qsizetype> roots;
};
// Builds the tree; returns what is wrong (a missing parent, a circle) or "".
QString buildTree(const View &view, NodeTree *tree);

QString elementXsiType(const Profile &profile, const Element &element);
QString relationshipXsiType(const Profile &profile, const Relationship &relationship);
// True when the relationship's type is written with source and target swapped
// (ArchiMate reads it the other way round: "uses" is Serving from the system).
bool isReversed(const Profile &profile, const QString &relationshipType);

// The properties written for each part of the model, in the order written.
PropertyList modelProperties(const ModelData &data);
PropertyList elementProperties(const Element &element);
// xsiType: the relationship's, for the attributes it cannot carry as XML attributes.
PropertyList relationshipProperties(const Relationship &relationship, const QString &xsiType);
PropertyList viewProperties(const View &view, const Shift &shift);

} // namespace kt::exchange
