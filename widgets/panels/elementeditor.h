#pragma once

#include "objecteditor.h"

#include <model/core/id.h>
#include <model/types/property.h>

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kt {

class DocumentationEdit;
class ExtraPropertiesTable;
class PropertyValueEditor;

// The properties of one element: name, type (among the types of its layer),
// documentation, one editor per property of its type's schema in profile order,
// and the free key/value properties.
class ElementEditor : public ObjectEditor
{
    Q_OBJECT

public:
    ElementEditor(Document *document, ElementId id, QWidget *parent = nullptr);

    const ElementId &elementId() const { return m_id; }
    QString title() const override;
    void refresh() override;
    bool isAffectedBy(const ChangeSet &changes) const override;
    bool isRemoved() const override;
    void commitPending() override;

private:
    void rebuildProperties(const QString &typeId);
    void fillTypes(const QString &currentType);
    void applyName();
    void applyType(int index);
    void applyDocumentation();
    void applyProperty(const QString &key, const QString &value);
    void applyExtraProperties(const PropertyList &properties);

    ElementId m_id;
    QLineEdit *m_name;
    QComboBox *m_type;
    DocumentationEdit *m_documentation;
    QLabel *m_propertiesTitle;
    QList<PropertyValueEditor *> m_properties;
    QString m_propertiesType; // the type the property rows were built for
    bool m_propertiesBuilt = false;
    ExtraPropertiesTable *m_extra;
};

} // namespace kt
