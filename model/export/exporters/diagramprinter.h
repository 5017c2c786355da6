#pragma once

#include "printlayout.h"

#include <model/modeldata.h>

#include <QCoreApplication>

class QPageLayout;
class QPrinter;

namespace kt {

// Prints a view on the printer's paper (the print preview, a printer, or a PDF
// through QPrinter): fitted on one page or tiled across pages, each page with
// the view's name above and "page x / y" below.
class DiagramPrinter
{
    Q_DECLARE_TR_FUNCTIONS(kt::DiagramPrinter)

public:
    static constexpr int MaxPages = 500;
    static constexpr double HeaderHeight = 22; // points
    static constexpr double FooterHeight = 18; // points

    // The pages the view would take on paper of that layout.
    static PrintPlan plan(const ModelData &data, const View &view, const PrintOptions &options,
                          const QPageLayout &layout);

    // Paints every page; false (errorString() says why) when nothing can be printed.
    bool print(const ModelData &data, const View &view, const PrintOptions &options,
               QPrinter *printer);
    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};

} // namespace kt
