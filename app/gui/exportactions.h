#pragma once

#include <QObject>

class QAction;

namespace kt {

class MainWindow;
struct ExportOptions;
struct View;

// Export, print and "copy as image" of diagrams: the File menu's Export
// Diagram… and Print…, the Edit menu's Copy as Image. The dialogs ask; the
// exporters and DiagramPrinter (model/export) do the work.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow *window);

    void exportDiagram();
    void print();
    // The selection (or, without one, the view) as PNG and SVG on the clipboard.
    void copyAsImage();

private:
    void update();
    bool exportAllViews(const QString &format, const ExportOptions &options,
                        const QString &folder);
    const View *currentView() const;

    MainWindow *m_window;
    QAction *m_export;
    QAction *m_print;
    QAction *m_copyImage;
};

} // namespace kt
