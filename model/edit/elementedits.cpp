#include "elementedits.h"
#include "../core/language.h"
#include "../core/text.h"

#include <QCoreApplication>

namespace kt {

static QString noElement(const ElementId &id)
{
    return QCoreApplication::translate("kt::Edit", "There is no element with id %1.").arg(id.toString());
}

bool checkElement(const ModelData &data, Element &element, QString &error)
{
    const ElementType *type = data.profile->elementType(element.type);
    if (!type) {
        error = QCoreApplication::translate("kt::Edit", "The framework %1 has no element type “%2”.")
                        .arg(data.profile->id(), element.type);
        return false;
    }
    if (!checkName(element.name, error))
        return false;
    for (auto it = element.properties.cbegin(); it != element.properties.cend(); ++it) {
        const QString problem = data.profile->checkProperty(element.type, it.key(), it.value());
        if (!problem.isEmpty()) {
            error = problem;
            return false;
        }
    }
    return true;
}

AddElement::AddElement(Element element, qsizetype position)
    : m_element(std::move(element)), m_position(position)
{
    if (m_element.id.isNull())
        m_element.id = ElementId::create();
}

QString AddElement::text() const
{
    return QCoreApplication::translate("kt::Edit", "Add element");
}

bool AddElement::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    if (data.elements.contains(m_element.id)) {
        error = QCoreApplication::translate("kt::Edit", "An element with id %1 exists already.").arg(m_element.id.toString());
        return false;
    }
    Element element = m_element;
    if (!checkElement(data, element, error))
        return false;
    data.elements.insert(m_position, std::move(element));
    changes.elements.added.insert(m_element.id);
    return true;
}

void AddElement::revert(ModelData &data, ChangeSet &changes)
{
    data.elements.take(m_element.id);
    changes.elements.removed.insert(m_element.id);
}

RemoveElements::RemoveElements(QSet<ElementId> ids) : m_ids(std::move(ids)) {}

QString RemoveElements::text() const
{
    return QCoreApplication::translate("kt::Edit", "Delete %n element(s) from the model", nullptr,
                                       int(m_ids.size()));
}

bool RemoveElements::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    for (const ElementId &id : std::as_const(m_ids)) {
        if (!data.elements.contains(id)) {
            error = noElement(id);
            return false;
        }
    }
    m_removal = Removal();
    m_removal.addElements(data, m_ids);
    m_removal.apply(data, changes);
    return true;
}

void RemoveElements::revert(ModelData &data, ChangeSet &changes)
{
    m_removal.restore(data, changes);
}

SetElementName::SetElementName(ElementId id, QString name)
    : SetField(&ModelData::elements, &ChangeSet::elements, &Element::name, std::move(id),
               std::move(name))
{
}

QString SetElementName::text() const
{
    return QCoreApplication::translate("kt::Edit", "Rename element");
}

bool SetElementName::check(const ModelData &, const Element &, QString &name, QString &error)
{
    return checkName(name, error);
}

SetElementDocumentation::SetElementDocumentation(ElementId id, QString documentation)
    : SetField(&ModelData::elements, &ChangeSet::elements, &Element::documentation,
               std::move(id), std::move(documentation))
{
}

QString SetElementDocumentation::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change documentation");
}

bool SetElementDocumentation::check(const ModelData &, const Element &, QString &text,
                                    QString &error)
{
    return checkDocumentation(text, error);
}

SetElementType::SetElementType(ElementId id, QString type)
    : m_id(std::move(id)), m_type(std::move(type))
{
}

QString SetElementType::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change element type");
}

bool SetElementType::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    Element *element = data.elements.find(m_id);
    if (!element) {
        error = noElement(m_id);
        return false;
    }
    const ElementType *type = data.profile->elementType(m_type);
    if (!type) {
        error = QCoreApplication::translate("kt::Edit", "The framework %1 has no element type “%2”.")
                        .arg(data.profile->id(), m_type);
        return false;
    }
    m_old = *element;
    element->type = m_type;
    for (auto it = element->properties.begin(); it != element->properties.end();) {
        if (type->properties.contains(it.key()))
            ++it;
        else
            it = element->properties.erase(it);
    }
    changes.elements.changed.insert(m_id);
    return true;
}

void SetElementType::revert(ModelData &data, ChangeSet &changes)
{
    if (Element *element = data.elements.find(m_id)) {
        *element = m_old;
        changes.elements.changed.insert(m_id);
    }
}

SetElementProperty::SetElementProperty(ElementId id, QString key, QString value)
    : m_id(std::move(id)), m_key(std::move(key)), m_value(normalizedText(value.trimmed()))
{
}

QString SetElementProperty::text() const
{
    const QString name = m_name.text(uiLanguage());
    return QCoreApplication::translate("kt::Edit", "Change property “%1”")
            .arg(name.isEmpty() ? m_key : name);
}

bool SetElementProperty::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    Element *element = data.elements.find(m_id);
    if (!element) {
        error = noElement(m_id);
        return false;
    }
    if (QString value = m_value; !checkDocumentation(value, error))
        return false;
    const QString problem = data.profile->checkProperty(element->type, m_key, m_value);
    if (!problem.isEmpty()) {
        error = problem;
        return false;
    }
    if (const PropertyDefinition *definition = data.profile->property(m_key))
        m_name = definition->name;
    m_old = element->properties.value(m_key);
    if (m_value.isEmpty())
        element->properties.remove(m_key);
    else
        element->properties.insert(m_key, m_value);
    changes.elements.changed.insert(m_id);
    return true;
}

void SetElementProperty::revert(ModelData &data, ChangeSet &changes)
{
    if (Element *element = data.elements.find(m_id)) {
        if (m_old.isEmpty())
            element->properties.remove(m_key);
        else
            element->properties.insert(m_key, m_old);
        changes.elements.changed.insert(m_id);
    }
}

SetElementExtraProperties::SetElementExtraProperties(ElementId id, PropertyList properties)
    : SetField(&ModelData::elements, &ChangeSet::elements, &Element::extraProperties,
               std::move(id), std::move(properties))
{
}

QString SetElementExtraProperties::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change properties");
}

} // namespace kt
