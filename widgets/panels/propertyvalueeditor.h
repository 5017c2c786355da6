#pragma once

#include <model/meta/metatypes.h>

#include <QWidget>

class QCheckBox;

namespace kt {

// The editor of one property of the profile's schema, made from its definition
// (never from a known key): a combo box for an enum (empty first entry = unset),
// a row of check boxes for an enum set (one click, one edit of the whole set),
// a spin box for an int (the value below the minimum, shown "—", = unset), a line
// edit for a string, a date field for a date. Values come and go as the model
// stores them (enum value id, ids joined by commas, decimal number, ISO date);
// empty means unset.
class PropertyValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyValueEditor(PropertyDefinition definition, QWidget *parent = nullptr);

    const PropertyDefinition &definition() const { return m_definition; }
    QString key() const { return m_definition.key; }
    QString value() const;
    // Shows the stored value without emitting valueEdited.
    void setValue(const QString &value);
    // The inner control (named after the key), for focus and tests.
    QWidget *control() const { return m_control; }

Q_SIGNALS:
    void valueEdited(const QString &key, const QString &value);

private:
    void emitValue();

    PropertyDefinition m_definition;
    QWidget *m_control = nullptr;
    QList<QCheckBox *> m_checks; // an enum set's, one a value
};

} // namespace kt
