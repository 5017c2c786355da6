#include "relationshipeditor.h"
#include "typeicons.h"

#include <model/core/language.h>
#include <model/edit/relationshipedits.h>
#include <model/model.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace kt {

using namespace Qt::StringLiterals;

RelationshipEditor::RelationshipEditor(Document *document, RelationshipId id, QWidget *parent)
    : ObjectEditor(document, parent),
      m_id(std::move(id)),
      m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_source(new QLabel(this)),
      m_target(new QLabel(this))
{
    m_name->setObjectName(u"name"_s);
    m_type->setObjectName(u"type"_s);
    m_source->setObjectName(u"source"_s);
    m_target->setObjectName(u"target"_s);
    // Read-only ends as wrapped text: long Vietnamese system names are shown whole.
    for (QLabel *end : {m_source, m_target}) {
        end->setWordWrap(true);
        end->setTextInteractionFlags(Qt::TextSelectableByMouse);
        end->setTextFormat(Qt::PlainText);
    }
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);

    addRow(tr("Name"), m_name);
    addRow(tr("Type"), m_type);
    addRow(tr("Source"), m_source);
    addRow(tr("Target"), m_target);

    connect(m_name, &QLineEdit::editingFinished, this, &RelationshipEditor::applyName);
    connect(m_type, &QComboBox::activated, this, &RelationshipEditor::applyType);
    refresh();
}

bool RelationshipEditor::isAffectedBy(const ChangeSet &changes) const
{
    if (changes.relationships.changed.contains(m_id))
        return true;
    const Relationship *relationship = model().relationship(m_id);
    return relationship
            && (changes.elements.changed.contains(relationship->source)
                || changes.elements.changed.contains(relationship->target));
}

bool RelationshipEditor::isRemoved() const
{
    return !model().relationship(m_id);
}

// An end on another relationship (ArchiMate 3.1): its name, or its id.
QString RelationshipEditor::relationshipEndText(const QString &id) const
{
    const Relationship *end = model().relationship(RelationshipId(id));
    return tr("relationship %1").arg(end && !end->name.isEmpty() ? end->name : id);
}

QString RelationshipEditor::endText(const ElementId &id) const
{
    const Element *element = model().element(id);
    if (!element)
        return id.toString();
    const ElementType *type = model().profile().elementType(element->type);
    return tr("%1 (%2)").arg(element->name,
                             type ? type->name.text(uiLanguage()) : element->type);
}

void RelationshipEditor::refresh()
{
    const Relationship *relationship = model().relationship(m_id);
    if (!relationship)
        return;
    showText(m_name, relationship->name);
    m_source->setText(relationship->source.isNull() ? relationshipEndText(relationship->sourceId())
                                                    : endText(relationship->source));
    m_target->setText(relationship->target.isNull() ? relationshipEndText(relationship->targetId())
                                                    : endText(relationship->target));

    const QSignalBlocker blocker(m_type);
    m_type->clear();
    const Profile &profile = model().profile();
    const Element *source = model().element(relationship->source);
    const Element *target = model().element(relationship->target);
    QList<const RelationshipType *> types;
    if (source && target)
        types = profile.allowedRelationships(source->type, target->type);
    // The current type stays choosable even when the framework does not allow it
    // (an imported model): the combo must show what the model holds.
    const RelationshipType *current = profile.relationshipType(relationship->type);
    if (current && !types.contains(current))
        types.prepend(current);
    const QString language = uiLanguage();
    for (const RelationshipType *type : std::as_const(types))
        m_type->addItem(relationshipTypeIcon(*type), type->name.text(language), type->id);
    if (!current)
        m_type->addItem(relationship->type, relationship->type);
    m_type->setCurrentIndex(m_type->findData(relationship->type));
}

void RelationshipEditor::commitPending()
{
    if (m_name->isModified())
        applyName();
}

void RelationshipEditor::applyName()
{
    if (!isLive())
        return;
    const Relationship *relationship = model().relationship(m_id);
    if (!relationship)
        return;
    m_name->setModified(false);
    if (m_name->text() != relationship->name)
        push(std::make_unique<SetRelationshipName>(m_id, m_name->text()));
}

void RelationshipEditor::applyType(int index)
{
    if (!isLive())
        return;
    const Relationship *relationship = model().relationship(m_id);
    const QString type = m_type->itemData(index).toString();
    if (relationship && type != relationship->type)
        push(std::make_unique<SetRelationshipType>(m_id, type));
}

QString RelationshipEditor::title() const
{
    const Relationship *relationship = model().relationship(m_id);
    const RelationshipType *type =
            relationship ? model().profile().relationshipType(relationship->type) : nullptr;
    return type ? tr("Relationship: %1").arg(type->name.text(uiLanguage())) : tr("Relationship");
}

} // namespace kt
