#pragma once

#include "edit.h"
#include "removal.h"
#include "setfield.h"

namespace kt {

// Edits of relationships. Whether the framework allows a relationship is the
// validator's and the connect tool's concern: imported models may hold others.

class AddRelationship : public Edit
{
public:
    explicit AddRelationship(Relationship relationship, qsizetype position = -1);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;
    const RelationshipId &id() const { return m_relationship.id; }

private:
    Relationship m_relationship;
    qsizetype m_position;
};

// Removes relationships from the model with their connections in every view.
class RemoveRelationships : public Edit
{
public:
    explicit RemoveRelationships(QSet<RelationshipId> ids);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    QSet<RelationshipId> m_ids;
    Removal m_removal;
};

class SetRelationshipName : public SetField<RelationshipId, Relationship, QString>
{
public:
    SetRelationshipName(RelationshipId id, QString name);
    QString text() const override;

protected:
    bool check(const ModelData &, const Relationship &, QString &name, QString &error) override;
};

class SetRelationshipType : public SetField<RelationshipId, Relationship, QString>
{
public:
    SetRelationshipType(RelationshipId id, QString type);
    QString text() const override;

protected:
    bool check(const ModelData &data, const Relationship &, QString &type,
               QString &error) override;
};

// Checks a relationship against the model: known type, both ends exist.
bool checkRelationship(const ModelData &data, Relationship &relationship, QString &error);

} // namespace kt
