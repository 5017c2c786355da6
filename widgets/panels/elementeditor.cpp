#include "elementeditor.h"
#include "documentationedit.h"
#include "extrapropertiestable.h"
#include "propertyvalueeditor.h"
#include "typeicons.h"

#include <model/core/language.h>
#include <model/edit/elementedits.h>
#include <model/model.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace kt {

using namespace Qt::StringLiterals;

ElementEditor::ElementEditor(Document *document, ElementId id, QWidget *parent)
    : ObjectEditor(document, parent),
      m_id(std::move(id)),
      m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_documentation(new DocumentationEdit(this)),
      m_propertiesTitle(new QLabel(tr("Properties"), this)),
      m_extra(new ExtraPropertiesTable(this))
{
    m_name->setObjectName(u"name"_s);
    m_type->setObjectName(u"type"_s);
    m_documentation->setObjectName(u"documentation"_s);
    m_extra->setObjectName(u"extraProperties"_s);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);

    addRow(tr("Name"), m_name);
    addRow(tr("Type"), m_type);
    addRow(tr("Documentation"), m_documentation);
    QFont bold = m_propertiesTitle->font();
    bold.setBold(true);
    m_propertiesTitle->setFont(bold);
    m_propertiesTitle->setContentsMargins(0, 8, 0, 0);
    form()->addRow(m_propertiesTitle);
    addSection(tr("Other properties"));
    form()->addRow(m_extra);

    connect(m_name, &QLineEdit::editingFinished, this, &ElementEditor::applyName);
    connect(m_type, &QComboBox::activated, this, &ElementEditor::applyType);
    connect(m_documentation, &DocumentationEdit::editingFinished, this,
            &ElementEditor::applyDocumentation);
    connect(m_extra, &ExtraPropertiesTable::propertiesEdited, this,
            &ElementEditor::applyExtraProperties);
    refresh();
}

bool ElementEditor::isAffectedBy(const ChangeSet &changes) const
{
    return changes.elements.changed.contains(m_id) || changes.elements.added.contains(m_id);
}

bool ElementEditor::isRemoved() const
{
    return !model().element(m_id);
}

void ElementEditor::refresh()
{
    const Element *element = model().element(m_id);
    if (!element)
        return;
    showText(m_name, element->name);
    fillTypes(element->type);
    m_documentation->setText(element->documentation);
    if (!m_propertiesBuilt || m_propertiesType != element->type)
        rebuildProperties(element->type);
    for (PropertyValueEditor *editor : std::as_const(m_properties))
        editor->setValue(element->properties.value(editor->key()));
    m_extra->setProperties(element->extraProperties);
}

void ElementEditor::fillTypes(const QString &currentType)
{
    const QSignalBlocker blocker(m_type);
    const Profile &profile = model().profile();
    const ElementType *current = profile.elementType(currentType);
    m_type->clear();
    if (!current) {
        m_type->addItem(currentType, currentType); // unknown to the profile: show it as it is
    } else {
        // Only types of the same layer: moving to another layer is not a type
        // change but a different element.
        const QString language = uiLanguage();
        for (bool generic : {false, true})
            for (const ElementType &type : profile.elementTypes())
                if (type.layer == current->layer && type.generic == generic)
                    m_type->addItem(elementTypeIcon(type), type.name.text(language), type.id);
    }
    m_type->setCurrentIndex(m_type->findData(currentType));
}

void ElementEditor::rebuildProperties(const QString &typeId)
{
    // Rows go with deleteLater: this may run inside a signal of the type combo.
    for (PropertyValueEditor *editor : std::as_const(m_properties)) {
        const QFormLayout::TakeRowResult row = form()->takeRow(editor);
        if (row.labelItem) {
            row.labelItem->widget()->deleteLater();
            delete row.labelItem;
        }
        editor->deleteLater();
        delete row.fieldItem;
    }
    m_properties.clear();
    m_propertiesType = typeId;
    m_propertiesBuilt = true;

    int row = 0;
    form()->getWidgetPosition(m_propertiesTitle, &row, nullptr);
    const Profile &profile = model().profile();
    const ElementType *type = profile.elementType(typeId);
    const QString language = uiLanguage();
    for (const QString &key : type ? type->properties : QStringList()) {
        const PropertyDefinition *definition = profile.property(key);
        if (!definition)
            continue;
        auto *editor = new PropertyValueEditor(*definition, this);
        editor->setMinimumWidth(FieldMinimumWidth);
        QLabel *label = createLabel(definition->name.text(language), type->required.contains(key),
                                    this);
        label->setBuddy(editor->control());
        form()->insertRow(++row, label, editor);
        connect(editor, &PropertyValueEditor::valueEdited, this, &ElementEditor::applyProperty);
        m_properties.append(editor);
    }
    m_propertiesTitle->setVisible(!m_properties.isEmpty());
}

void ElementEditor::commitPending()
{
    if (m_name->isModified())
        applyName();
    m_documentation->commit();
}

void ElementEditor::applyName()
{
    if (!isLive())
        return;
    const Element *element = model().element(m_id);
    if (!element)
        return;
    m_name->setModified(false);
    if (m_name->text() != element->name)
        push(std::make_unique<SetElementName>(m_id, m_name->text()));
}

void ElementEditor::applyType(int index)
{
    if (!isLive())
        return;
    const Element *element = model().element(m_id);
    const QString type = m_type->itemData(index).toString();
    if (element && type != element->type)
        push(std::make_unique<SetElementType>(m_id, type));
}

void ElementEditor::applyDocumentation()
{
    if (!isLive())
        return;
    const Element *element = model().element(m_id);
    if (element && m_documentation->text() != element->documentation)
        push(std::make_unique<SetElementDocumentation>(m_id, m_documentation->text()));
}

void ElementEditor::applyProperty(const QString &key, const QString &value)
{
    if (!isLive())
        return;
    const Element *element = model().element(m_id);
    if (element && element->properties.value(key) != value)
        push(std::make_unique<SetElementProperty>(m_id, key, value));
}

void ElementEditor::applyExtraProperties(const PropertyList &properties)
{
    if (!isLive())
        return;
    const Element *element = model().element(m_id);
    if (element && element->extraProperties != properties)
        push(std::make_unique<SetElementExtraProperties>(m_id, properties));
}

QString ElementEditor::title() const
{
    const Element *element = model().element(m_id);
    const ElementType *type = element ? model().profile().elementType(element->type) : nullptr;
    return type ? tr("Element: %1").arg(type->name.text(uiLanguage())) : tr("Element");
}

} // namespace kt
