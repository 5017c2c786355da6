#include "printoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

PrintOptionsDialog::PrintOptionsDialog(bool hasSelection, QWidget *parent)
    : QDialog(parent),
      m_fit(new QRadioButton(tr("&Fit to one page"), this)),
      m_tile(new QRadioButton(tr("&Tile across pages at"), this)),
      m_scale(new QSpinBox(this)),
      m_paper(new QComboBox(this)),
      m_orientation(new QComboBox(this)),
      m_selectionOnly(new QCheckBox(tr("Only the selected elements"), this))
{
    setObjectName(u"printOptionsDialog"_s);
    setWindowTitle(tr("Print Diagram"));
    m_scale->setRange(10, 400);
    m_scale->setSuffix(tr(" %"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("A3"), int(QPageSize::A3));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_selectionOnly->setEnabled(hasSelection);

    auto *tile = new QHBoxLayout;
    tile->addWidget(m_tile);
    tile->addWidget(m_scale);
    tile->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Size:"), m_fit);
    form->addRow(QString(), tile);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(QString(), m_selectionOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PrintOptionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrintOptionsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const QSettings settings;
    const bool tiled = settings.value(u"print/tile"_s, false).toBool();
    m_fit->setChecked(!tiled);
    m_tile->setChecked(tiled);
    m_scale->setValue(settings.value(u"print/scale"_s, 100).toInt());
    m_scale->setEnabled(tiled);
    connect(m_tile, &QRadioButton::toggled, m_scale, &QWidget::setEnabled);
    const auto select = [](QComboBox *combo, int value) {
        const int i = combo->findData(value);
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    select(m_paper, settings.value(u"print/paper"_s, int(QPageSize::A4)).toInt());
    select(m_orientation, settings.value(u"print/orientation"_s, int(QPageLayout::Landscape)).toInt());
    m_selectionOnly->setChecked(hasSelection
                                && settings.value(u"print/selectionOnly"_s, false).toBool());
}

PrintRequest PrintOptionsDialog::request() const
{
    PrintRequest r;
    r.options.mode = m_tile->isChecked() ? PrintMode::Tile : PrintMode::FitToPage;
    r.options.scale = m_scale->value() / 100.0;
    r.selectionOnly = m_selectionOnly->isEnabled() && m_selectionOnly->isChecked();
    r.paper = QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    r.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return r;
}

void PrintOptionsDialog::accept()
{
    QSettings settings;
    settings.setValue(u"print/tile"_s, m_tile->isChecked());
    settings.setValue(u"print/scale"_s, m_scale->value());
    settings.setValue(u"print/paper"_s, m_paper->currentData());
    settings.setValue(u"print/orientation"_s, m_orientation->currentData());
    settings.setValue(u"print/selectionOnly"_s, m_selectionOnly->isChecked());
    QDialog::accept();
}

} // namespace kt
