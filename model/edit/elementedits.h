#pragma once

#include "edit.h"
#include "removal.h"
#include "setfield.h"
#include "../meta/localizedtext.h"

namespace kt {

// Edits of elements.

class AddElement : public Edit
{
public:
    // position -1 appends.
    explicit AddElement(Element element, qsizetype position = -1);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    Element m_element;
    qsizetype m_position;
};

// Removes elements from the model, with their relationships and every node that
// shows them in any view.
class RemoveElements : public Edit
{
public:
    explicit RemoveElements(QSet<ElementId> ids);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    QSet<ElementId> m_ids;
    Removal m_removal;
};

class SetElementName : public SetField<ElementId, Element, QString>
{
public:
    SetElementName(ElementId id, QString name);
    QString text() const override;

protected:
    bool check(const ModelData &, const Element &, QString &name, QString &error) override;
};

class SetElementDocumentation : public SetField<ElementId, Element, QString>
{
public:
    SetElementDocumentation(ElementId id, QString documentation);
    QString text() const override;

protected:
    bool check(const ModelData &, const Element &, QString &text, QString &error) override;
};

// Changes the type; properties the new type does not have are dropped (and come
// back on revert).
class SetElementType : public Edit
{
public:
    SetElementType(ElementId id, QString type);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ElementId m_id;
    QString m_type;
    Element m_old;
};

// Sets one property of the profile's schema, checked against it (a security level
// of 7 is refused); an empty value removes the property. The undo history names
// the property as the profile does (found on apply), never by its key.
class SetElementProperty : public Edit
{
public:
    SetElementProperty(ElementId id, QString key, QString value);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ElementId m_id;
    QString m_key;
    QString m_value;
    QString m_old;
    LocalizedText m_name;
};

class SetElementExtraProperties : public SetField<ElementId, Element, PropertyList>
{
public:
    SetElementExtraProperties(ElementId id, PropertyList properties);
    QString text() const override;
};

// Checks an element against the profile: known type, property values valid.
bool checkElement(const ModelData &data, Element &element, QString &error);

} // namespace kt
