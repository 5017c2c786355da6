#pragma once

#include "../changeset.h"
#include "../modeldata.h"

#include <QList>
#include <QSet>

namespace kt {

// Everything that goes when elements, relationships, nodes or connections are
// removed, with the cascade that keeps the model whole (an element takes its
// relationships and the nodes that show it; a node takes the nodes nested in it
// and the connections that end on it; a relationship takes the relationships that
// end on it, a connection the connections that end on it). Remembers positions, so that restore()
// puts every object back exactly where it stood.
class Removal
{
public:
    void addElements(const ModelData &data, const QSet<ElementId> &ids);
    void addRelationships(const ModelData &data, const QSet<RelationshipId> &removed);
    void addNodes(const ModelData &data, const ViewId &view, const QSet<NodeId> &ids);
    void addConnections(const ModelData &data, const ViewId &view, const QSet<ConnectionId> &ids);

    bool isEmpty() const;
    int elementCount() const { return int(m_elements.size()); }
    int nodeCount() const;

    void apply(ModelData &data, ChangeSet &changes) const;
    void restore(ModelData &data, ChangeSet &changes) const;

private:
    template<typename T>
    using Positioned = QList<std::pair<qsizetype, T>>;

    struct ViewPart
    {
        ViewId view;
        QSet<NodeId> nodeIds;
        QSet<ConnectionId> connectionIds;
        mutable Positioned<ViewNode> nodes;
        mutable Positioned<ViewConnection> connections;
    };
    ViewPart &part(const ViewId &view);

    QSet<ElementId> m_elementIds;
    QSet<RelationshipId> m_relationshipIds;
    QList<ViewPart> m_views;
    mutable Positioned<Element> m_elements;
    mutable Positioned<Relationship> m_relationships;
};

} // namespace kt
