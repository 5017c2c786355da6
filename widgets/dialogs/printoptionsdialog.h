#pragma once

#include <model/export/exporters/printlayout.h>

#include <QDialog>
#include <QPageLayout>
#include <QPageSize>

class QCheckBox;
class QComboBox;
class QRadioButton;
class QSpinBox;

namespace kt {

// What to print: the options of DiagramPrinter and the paper.
struct PrintRequest
{
    PrintOptions options; // without the selection, which the caller knows
    bool selectionOnly = false;
    QPageSize paper{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
};

// Asks how to print before the preview: fit to one page or tile across pages at
// a scale, A4 or A3, portrait or landscape, the selection only. Remembers the
// last choices.
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrintOptionsDialog(bool hasSelection, QWidget *parent = nullptr);

    PrintRequest request() const;
    void accept() override;

private:
    QRadioButton *m_fit;
    QRadioButton *m_tile;
    QSpinBox *m_scale;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QCheckBox *m_selectionOnly;
};

} // namespace kt
