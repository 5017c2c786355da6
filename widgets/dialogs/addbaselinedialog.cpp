#include "addbaselinedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kt {

using namespace Qt::StringLiterals;

AddBaselineDialog::AddBaselineDialog(const QString &model, qint64 head, qint64 chosen,
                                     QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_at(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_chosen(chosen)
{
    setWindowTitle(tr("Add Baseline to “%1”").arg(model));
    auto *form = new QFormLayout(this);
    auto *note = new QLabel(tr("A baseline names a state of the model for everyone using the "
                               "repository; it is never moved."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    m_name->setObjectName(u"baselineName"_s);
    m_name->setPlaceholderText(tr("e.g. Version 2.0 approved"));
    form->addRow(tr("&Name:"), m_name);
    m_at->setObjectName(u"baselineAt"_s);
    m_at->addItem(tr("The model's last commit (now commit %1)").arg(head));
    if (chosen > 0 && chosen != head)
        m_at->addItem(tr("The chosen commit %1").arg(chosen));
    form->addRow(tr("&At:"), m_at);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Baseline"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    const auto update = [this]() {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
}

QString AddBaselineDialog::name() const
{
    return m_name->text().trimmed();
}

void AddBaselineDialog::setName(const QString &name)
{
    m_name->setText(name);
}

qint64 AddBaselineDialog::commit() const
{
    return m_at->currentIndex() == 1 ? m_chosen : 0;
}

void AddBaselineDialog::setAtChosen(bool atChosen)
{
    m_at->setCurrentIndex(atChosen && m_at->count() > 1 ? 1 : 0);
}

} // namespace kt
