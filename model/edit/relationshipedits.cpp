#include "relationshipedits.h"

#include <QCoreApplication>

namespace kt {

bool checkRelationship(const ModelData &data, Relationship &relationship, QString &error)
{
    if (!data.profile->relationshipType(relationship.type)) {
        error = QCoreApplication::translate("kt::Edit",
                                            "The framework %1 has no relationship type “%2”.")
                        .arg(data.profile->id(), relationship.type);
        return false;
    }
    for (const bool isSource : {true, false}) {
        const ElementId &end = isSource ? relationship.source : relationship.target;
        const RelationshipId &other = isSource ? relationship.sourceRelationship
                                               : relationship.targetRelationship;
        // An end on a relationship: one that exists before this one, so no circle.
        if (end.isNull() && !other.isNull() && other != relationship.id) {
            if (data.relationships.contains(other))
                continue;
            error = QCoreApplication::translate(
                            "kt::Edit",
                            "Relationship %1 names the relationship %2, which does not exist.")
                            .arg(relationship.id.toString(), other.toString());
            return false;
        }
        if (!other.isNull() || !data.elements.contains(end)) {
            error = QCoreApplication::translate(
                            "kt::Edit", "Relationship %1 names the element %2, which does not exist.")
                            .arg(relationship.id.toString(), end.toString());
            return false;
        }
    }
    return checkName(relationship.name, error);
}

AddRelationship::AddRelationship(Relationship relationship, qsizetype position)
    : m_relationship(std::move(relationship)), m_position(position)
{
    if (m_relationship.id.isNull())
        m_relationship.id = RelationshipId::create();
}

QString AddRelationship::text() const
{
    return QCoreApplication::translate("kt::Edit", "Add relationship");
}

bool AddRelationship::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    if (data.relationships.contains(m_relationship.id)) {
        error = QCoreApplication::translate("kt::Edit", "A relationship with id %1 exists already.")
                        .arg(m_relationship.id.toString());
        return false;
    }
    Relationship relationship = m_relationship;
    if (!checkRelationship(data, relationship, error))
        return false;
    data.relationships.insert(m_position, std::move(relationship));
    changes.relationships.added.insert(m_relationship.id);
    return true;
}

void AddRelationship::revert(ModelData &data, ChangeSet &changes)
{
    data.relationships.take(m_relationship.id);
    changes.relationships.removed.insert(m_relationship.id);
}

RemoveRelationships::RemoveRelationships(QSet<RelationshipId> ids) : m_ids(std::move(ids)) {}

QString RemoveRelationships::text() const
{
    return QCoreApplication::translate("kt::Edit", "Delete %n relationship(s) from the model",
                                       nullptr, int(m_ids.size()));
}

bool RemoveRelationships::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    for (const RelationshipId &id : std::as_const(m_ids)) {
        if (!data.relationships.contains(id)) {
            error = QCoreApplication::translate("kt::Edit", "There is no relationship with id %1.")
                            .arg(id.toString());
            return false;
        }
    }
    m_removal = Removal();
    m_removal.addRelationships(data, m_ids);
    m_removal.apply(data, changes);
    return true;
}

void RemoveRelationships::revert(ModelData &data, ChangeSet &changes)
{
    m_removal.restore(data, changes);
}

SetRelationshipName::SetRelationshipName(RelationshipId id, QString name)
    : SetField(&ModelData::relationships, &ChangeSet::relationships, &Relationship::name,
               std::move(id), std::move(name))
{
}

QString SetRelationshipName::text() const
{
    return QCoreApplication::translate("kt::Edit", "Rename relationship");
}

bool SetRelationshipName::check(const ModelData &, const Relationship &, QString &name,
                                QString &error)
{
    return checkName(name, error);
}

SetRelationshipType::SetRelationshipType(RelationshipId id, QString type)
    : SetField(&ModelData::relationships, &ChangeSet::relationships, &Relationship::type,
               std::move(id), std::move(type))
{
}

QString SetRelationshipType::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change relationship type");
}

bool SetRelationshipType::check(const ModelData &data, const Relationship &, QString &type,
                                QString &error)
{
    if (data.profile->relationshipType(type))
        return true;
    error = QCoreApplication::translate("kt::Edit", "The framework %1 has no relationship type “%2”.")
                    .arg(data.profile->id(), type);
    return false;
}

} // namespace kt
