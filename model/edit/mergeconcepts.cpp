#include "mergeconcepts.h"

#include <QCoreApplication>
#include <QSet>

namespace kt {

MergeConcepts::MergeConcepts(QList<Element> elements, QList<Relationship> relationships,
                             std::optional<ModelInfo> info)
    : m_elements(std::move(elements)),
      m_relationships(std::move(relationships)),
      m_info(std::move(info))
{
}

std::unique_ptr<MergeConcepts> MergeConcepts::between(const ModelData &before,
                                                      const ModelData &after)
{
    QList<Element> elements;
    for (const Element &element : after.elements) {
        const Element *old = before.elements.find(element.id);
        if (!old || !(*old == element))
            elements.append(element);
    }
    QList<Relationship> relationships;
    for (const Relationship &relationship : after.relationships) {
        const Relationship *old = before.relationships.find(relationship.id);
        if (!old || !(*old == relationship))
            relationships.append(relationship);
    }
    std::optional<ModelInfo> info;
    if (!(before.info == after.info))
        info = after.info;
    return std::make_unique<MergeConcepts>(std::move(elements), std::move(relationships),
                                           std::move(info));
}

QString MergeConcepts::text() const
{
    return QCoreApplication::translate("kt::Edit", "Import %n element(s) and relationship(s)",
                                       nullptr,
                                       int(m_elements.size() + m_relationships.size()));
}

bool MergeConcepts::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    // Checked whole before anything changes.
    QSet<ElementId> elementIds;
    for (Element &element : m_elements) {
        if (element.id.isNull() || elementIds.contains(element.id)
            || data.relationships.contains(RelationshipId(element.id.toString()))) {
            error = QCoreApplication::translate("kt::Edit", "The element id “%1” cannot be used.")
                            .arg(element.id.toString());
            return false;
        }
        if (!data.profile->elementType(element.type)) {
            error = QCoreApplication::translate("kt::Edit", "The framework has no element type %1.")
                            .arg(element.type);
            return false;
        }
        if (!checkName(element.name, error))
            return false;
        elementIds.insert(element.id);
    }
    QSet<RelationshipId> relationshipIds;
    for (Relationship &relationship : m_relationships) {
        if (relationship.id.isNull() || relationshipIds.contains(relationship.id)
            || data.elements.contains(ElementId(relationship.id.toString()))
            || elementIds.contains(ElementId(relationship.id.toString()))) {
            error = QCoreApplication::translate("kt::Edit",
                                                "The relationship id “%1” cannot be used.")
                            .arg(relationship.id.toString());
            return false;
        }
        if (!data.profile->relationshipType(relationship.type)) {
            error = QCoreApplication::translate("kt::Edit",
                                                "The framework has no relationship type %1.")
                            .arg(relationship.type);
            return false;
        }
        for (const ElementId &end : {relationship.source, relationship.target}) {
            if (!data.elements.contains(end) && !elementIds.contains(end)) {
                error = QCoreApplication::translate(
                                "kt::Edit", "The relationship %1 joins %2, which does not exist.")
                                .arg(relationship.id.toString(), end.toString());
                return false;
            }
        }
        if (!checkName(relationship.name, error))
            return false;
        relationshipIds.insert(relationship.id);
    }
    m_oldElements.clear();
    m_oldRelationships.clear();
    for (const Element &element : std::as_const(m_elements)) {
        if (Element *old = data.elements.find(element.id)) {
            m_oldElements.append(*old);
            *old = element;
            changes.elements.changed.insert(element.id);
        } else {
            m_oldElements.append(std::nullopt);
            data.elements.append(element);
            changes.elements.added.insert(element.id);
        }
    }
    for (const Relationship &relationship : std::as_const(m_relationships)) {
        if (Relationship *old = data.relationships.find(relationship.id)) {
            m_oldRelationships.append(*old);
            *old = relationship;
            changes.relationships.changed.insert(relationship.id);
        } else {
            m_oldRelationships.append(std::nullopt);
            data.relationships.append(relationship);
            changes.relationships.added.insert(relationship.id);
        }
    }
    if (m_info) {
        m_oldInfo = data.info;
        data.info = *m_info;
        changes.infoChanged = true;
    }
    return true;
}

void MergeConcepts::revert(ModelData &data, ChangeSet &changes)
{
    if (m_info) {
        data.info = m_oldInfo;
        changes.infoChanged = true;
    }
    // Backwards: the added ones are the last of their lists.
    for (qsizetype i = m_relationships.size() - 1; i >= 0; --i) {
        const RelationshipId &id = m_relationships.at(i).id;
        if (const std::optional<Relationship> &old = m_oldRelationships.at(i)) {
            *data.relationships.find(id) = *old;
            changes.relationships.changed.insert(id);
        } else {
            data.relationships.take(id);
            changes.relationships.removed.insert(id);
        }
    }
    for (qsizetype i = m_elements.size() - 1; i >= 0; --i) {
        const ElementId &id = m_elements.at(i).id;
        if (const std::optional<Element> &old = m_oldElements.at(i)) {
            *data.elements.find(id) = *old;
            changes.elements.changed.insert(id);
        } else {
            data.elements.take(id);
            changes.elements.removed.insert(id);
        }
    }
}

} // namespace kt
