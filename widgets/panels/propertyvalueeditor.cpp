#include "propertyvalueeditor.h"
#include "datefield.h"

#include <model/core/language.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace kt {

using namespace Qt::StringLiterals;

PropertyValueEditor::PropertyValueEditor(PropertyDefinition definition, QWidget *parent)
    : QWidget(parent), m_definition(std::move(definition))
{
    switch (m_definition.type) {
    case PropertyType::Enum: {
        auto *combo = new QComboBox(this);
        combo->addItem(QString(), QString());
        const QString language = uiLanguage();
        for (const EnumValue &value : std::as_const(m_definition.values))
            combo->addItem(value.name.text(language), value.id);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, &PropertyValueEditor::emitValue);
        m_control = combo;
        break;
    }
    case PropertyType::EnumSet: {
        // One check box a value; a click is one edit of the whole set.
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        const QString language = uiLanguage();
        for (const EnumValue &value : std::as_const(m_definition.values)) {
            auto *check = new QCheckBox(value.name.text(language), box);
            check->setObjectName(m_definition.key + u'-' + value.id);
            connect(check, &QCheckBox::clicked, this, &PropertyValueEditor::emitValue);
            row->addWidget(check);
            m_checks.append(check);
        }
        row->addStretch();
        if (!m_checks.isEmpty())
            box->setFocusProxy(m_checks.first());
        m_control = box;
        break;
    }
    case PropertyType::Int: {
        auto *spin = new QSpinBox(this);
        spin->setRange(m_definition.minimum - 1, m_definition.maximum);
        spin->setSpecialValueText(u"\u2014"_s);
        // valueChanged only when the user has finished (Enter, focus out, arrows),
        // not once per digit typed.
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &PropertyValueEditor::emitValue);
        m_control = spin;
        break;
    }
    case PropertyType::Date: {
        auto *date = new DateField(this);
        connect(date, &DateField::dateEdited, this, &PropertyValueEditor::emitValue);
        m_control = date;
        break;
    }
    case PropertyType::String: {
        auto *line = new QLineEdit(this);
        connect(line, &QLineEdit::editingFinished, this, [this, line] {
            if (line->isModified())
                emitValue();
        });
        m_control = line;
        break;
    }
    }
    m_control->setObjectName(m_definition.key);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_control);
    setFocusProxy(m_control);
}

QString PropertyValueEditor::value() const
{
    if (!m_checks.isEmpty()) {
        QStringList ids;
        for (qsizetype i = 0; i < m_checks.size(); ++i)
            if (m_checks.at(i)->isChecked())
                ids.append(m_definition.values.at(i).id);
        // In profile order; an id the schema does not know (shown in the tool tip)
        // is dropped by the user's edit, as a combo box replaces an invalid value.
        return m_definition.setValue(ids);
    }
    if (auto *combo = qobject_cast<QComboBox *>(m_control))
        return combo->currentData().toString();
    if (auto *spin = qobject_cast<QSpinBox *>(m_control))
        return spin->value() == spin->minimum() ? QString() : QString::number(spin->value());
    if (auto *date = qobject_cast<DateField *>(m_control))
        return date->date().isValid() ? date->date().toString(Qt::ISODate) : QString();
    if (auto *line = qobject_cast<QLineEdit *>(m_control))
        return line->text().trimmed();
    return {};
}

void PropertyValueEditor::setValue(const QString &value)
{
    const QSignalBlocker blocker(m_control);
    m_control->setToolTip({});
    const QString invalid = tr("The stored value “%1” is not valid for this property.").arg(value);
    if (!m_checks.isEmpty()) {
        const QStringList ids = PropertyDefinition::setIds(value);
        for (qsizetype i = 0; i < m_checks.size(); ++i) {
            const QSignalBlocker checkBlocker(m_checks.at(i));
            m_checks.at(i)->setChecked(ids.contains(m_definition.values.at(i).id));
        }
        if (m_definition.setValue(ids).size() != ids.join(u',').size())
            m_control->setToolTip(invalid);
    } else if (auto *combo = qobject_cast<QComboBox *>(m_control)) {
        // A value the schema does not know (an imported model) stays visible.
        const int known = int(m_definition.values.size()) + 1;
        while (combo->count() > known)
            combo->removeItem(known);
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(tr("%1 (not valid)").arg(value), value);
            index = known;
            combo->setToolTip(invalid);
        }
        combo->setCurrentIndex(index);
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_control)) {
        bool ok = false;
        const int number = value.toInt(&ok);
        const bool valid = ok && number >= m_definition.minimum && number <= m_definition.maximum;
        spin->setValue(valid ? number : spin->minimum());
        if (!value.isEmpty() && !valid)
            spin->setToolTip(invalid);
    } else if (auto *date = qobject_cast<DateField *>(m_control)) {
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        date->setDate(parsed);
        if (!value.isEmpty() && !parsed.isValid())
            date->setToolTip(invalid);
    } else if (auto *line = qobject_cast<QLineEdit *>(m_control)) {
        if (!(line->hasFocus() && line->isModified()))
            line->setText(value); // also clears isModified
    }
}

void PropertyValueEditor::emitValue()
{
    Q_EMIT valueEdited(m_definition.key, value());
}

} // namespace kt
