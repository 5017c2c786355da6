#include "objecteditor.h"

#include <model/edit/edit.h>
#include <widgets/document/document.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kt {

ObjectEditor::ObjectEditor(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_form(new QFormLayout(this))
{
    // Vietnamese labels are long: in a narrow dock a field goes under its label
    // rather than being squeezed.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

Document *ObjectEditor::document() const
{
    return m_document;
}

bool ObjectEditor::isLive() const
{
    return !m_document.isNull();
}

const Model &ObjectEditor::model() const
{
    return m_document->model();
}

bool ObjectEditor::push(std::unique_ptr<Edit> edit)
{
    if (!isLive())
        return false;
    QString error;
    if (!m_document->push(std::move(edit), &error)) {
        Q_EMIT editRefused(error);
        refresh();
        return false;
    }
    Q_EMIT editApplied();
    return true;
}

QLabel *ObjectEditor::createLabel(const QString &name, bool required, QWidget *parent)
{
    auto *label = new QLabel(required ? tr("%1 *:").arg(name) : tr("%1:").arg(name), parent);
    if (required) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setToolTip(tr("Required"));
    }
    return label;
}

QLabel *ObjectEditor::addRow(const QString &name, QWidget *field, bool required)
{
    QLabel *label = createLabel(name, required, this);
    label->setBuddy(field);
    if (field->minimumWidth() < FieldMinimumWidth)
        field->setMinimumWidth(FieldMinimumWidth);
    m_form->addRow(label, field);
    return label;
}

void ObjectEditor::showText(QLineEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

void ObjectEditor::addSection(const QString &title)
{
    auto *label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(label);
}

} // namespace kt
