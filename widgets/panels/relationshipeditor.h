#pragma once

#include "objecteditor.h"

#include <model/core/id.h>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kt {

// The properties of one relationship: name, type (only the types the framework
// allows between its two ends), and its ends, read-only.
class RelationshipEditor : public ObjectEditor
{
    Q_OBJECT

public:
    RelationshipEditor(Document *document, RelationshipId id, QWidget *parent = nullptr);

    const RelationshipId &relationshipId() const { return m_id; }
    QString title() const override;
    void refresh() override;
    bool isAffectedBy(const ChangeSet &changes) const override;
    bool isRemoved() const override;
    void commitPending() override;

private:
    QString endText(const ElementId &id) const;
    QString relationshipEndText(const QString &id) const;
    void applyName();
    void applyType(int index);

    RelationshipId m_id;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLabel *m_source;
    QLabel *m_target;
};

} // namespace kt
