#include "exportactions.h"
#include "actionicon.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "waitcursor.h"

#include <model/export/exporters/diagramexporter.h>
#include <model/export/exporters/diagramprinter.h>
#include <model/export/exporters/exportfilenames.h>
#include <model/export/exporters/pngexporter.h>
#include <model/export/exporters/svgexporter.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/dialogs/exportdialog.h>
#include <widgets/dialogs/printoptionsdialog.h>
#include <widgets/document/document.h>

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTabWidget>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The first action of a menu with that shortcut, or that role.
QAction *findAction(QMenu *menu, const QKeySequence &key, QAction::MenuRole role)
{
    for (QAction *action : menu->actions())
        if ((!key.isEmpty() && action->shortcut() == key) || (role != QAction::NoRole
                                                               && action->menuRole() == role))
            return action;
    return nullptr;
}

} // namespace

ExportActions::ExportActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_export = new QAction(actionIcon(u"document-save-as"_s), tr("E&xport Diagram…"), this);
    m_export->setObjectName(u"actionExportDiagram"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ExportActions::exportDiagram);
    m_print = new QAction(tr("Pr&int…"), this);
    m_print->setObjectName(u"actionPrintDiagram"_s);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
    m_copyImage = new QAction(tr("Copy as Ima&ge"), this);
    m_copyImage->setObjectName(u"actionCopyAsImage"_s);
    m_copyImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyImage, &QAction::triggered, this, &ExportActions::copyAsImage);

    // Into the File menu before Close, and into the Edit menu after Copy.
    QMenu *file = nullptr;
    QMenu *edit = nullptr;
    for (QAction *entry : window->menuBar()->actions()) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        if (!file && findAction(menu, {}, QAction::QuitRole))
            file = menu;
        if (!edit && findAction(menu, QKeySequence::Copy, QAction::NoRole))
            edit = menu;
    }
    if (file) {
        QAction *close = findAction(file, QKeySequence::Close, QAction::NoRole);
        file->insertActions(close, {m_export, m_print});
        file->insertSeparator(close);
    }
    if (edit) {
        const QList<QAction *> actions = edit->actions();
        const qsizetype copy = actions.indexOf(findAction(edit, QKeySequence::Copy, QAction::NoRole));
        edit->insertAction(actions.value(copy + 1), m_copyImage);
    }

    connect(window->controller(), &DocumentController::documentChanged, this,
            &ExportActions::update);
    connect(window->tabs(), &QTabWidget::currentChanged, this, &ExportActions::update);
    update();
}

void ExportActions::update()
{
    const bool view = currentView() != nullptr;
    m_export->setEnabled(view);
    m_print->setEnabled(view);
    m_copyImage->setEnabled(view);
}

const View *ExportActions::currentView() const
{
    DiagramScene *scene = m_window->currentScene();
    Document *document = m_window->document();
    return scene && document ? document->model().view(scene->viewId()) : nullptr;
}

void ExportActions::exportDiagram()
{
    const View *view = currentView();
    if (!view)
        return;
    const ModelData &data = m_window->document()->model().data();
    const QList<NodeId> selection = m_window->currentScene()->selectedNodeIds();
    QStringList names;
    for (const View &v : data.views)
        names.append(v.name);
    ExportDialog dialog(names, int(data.views.indexOf(view->id)), !selection.isEmpty(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    if (request.selectionOnly)
        request.options.selection = selection;
    if (request.viewIndex < 0) {
        exportAllViews(request.format, request.options, request.destination);
        return;
    }
    const View &chosen = data.views.at(request.viewIndex);
    const QString path = request.destination;
    if (QFileInfo::exists(path)
        && QMessageBox::question(m_window, tr("Export Diagram"),
                                 tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path)))
                != QMessageBox::Yes)
        return;
    const std::unique_ptr<DiagramExporter> exporter = DiagramExporter::create(request.format);
    bool written = false;
    {
        const WaitCursor wait;
        written = exporter->writeFile(data, chosen, request.options, path);
    }
    if (!written) {
        QMessageBox::warning(m_window, tr("Export Diagram"), exporter->errorString());
        return;
    }
    m_window->showStatus(tr("Exported “%1” to %2.").arg(chosen.name, QDir::toNativeSeparators(path)));
}

bool ExportActions::exportAllViews(const QString &format, const ExportOptions &options,
                                   const QString &folder)
{
    const ModelData &data = m_window->document()->model().data();
    const bool created = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        QMessageBox::warning(m_window, tr("Export Diagram"),
                             tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    QStringList names;
    for (const View &v : data.views)
        names.append(v.name);
    const QStringList files = ExportFileNames::forViews(names, format);
    const QDir dir(folder);
    int existing = 0;
    for (const QString &file : files)
        existing += QFileInfo::exists(dir.filePath(file)) ? 1 : 0;
    if (existing > 0
        && QMessageBox::question(m_window, tr("Export Diagram"),
                                 tr("%n file(s) in %1 will be replaced. Go on?", nullptr, existing)
                                         .arg(QDir::toNativeSeparators(folder)))
                != QMessageBox::Yes)
        return false;
    const std::unique_ptr<DiagramExporter> exporter = DiagramExporter::create(format);
    const WaitCursor wait;
    // A failed export (a full disk) removes what it created: the new files, and the
    // folder when it did not exist.
    QStringList added;
    for (qsizetype i = 0; i < data.views.size(); ++i) {
        const QString path = dir.filePath(files.at(i));
        const bool existed = QFileInfo::exists(path);
        if (!exporter->writeFile(data, data.views.at(i), options, path)) {
            for (const QString &file : std::as_const(added))
                QFile::remove(file);
            if (created)
                QDir().rmdir(folder);
            QMessageBox::warning(m_window, tr("Export Diagram"), exporter->errorString());
            return false;
        }
        if (!existed)
            added.append(path);
    }
    m_window->showStatus(tr("Exported %n view(s) to %1.", nullptr, int(files.size()))
                                 .arg(QDir::toNativeSeparators(folder)));
    return true;
}

void ExportActions::print()
{
    const View *view = currentView();
    if (!view)
        return;
    const QList<NodeId> selection = m_window->currentScene()->selectedNodeIds();
    PrintOptionsDialog options(!selection.isEmpty(), m_window);
    if (options.exec() != QDialog::Accepted)
        return;
    PrintRequest request = options.request();
    if (request.selectionOnly)
        request.options.selection = selection;

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(request.paper, request.orientation,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer.setDocName(view->name);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview: %1").arg(view->name));
    const ViewId viewId = view->id;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        // Looked up again: the preview repaints when the paper changes.
        const Document *document = m_window->document();
        const View *current = document ? document->model().view(viewId) : nullptr;
        if (!current)
            return;
        DiagramPrinter diagramPrinter;
        if (!diagramPrinter.print(document->model().data(), *current, request.options, target))
            QMessageBox::warning(&preview, tr("Print"), diagramPrinter.errorString());
    });
    preview.exec();
}

void ExportActions::copyAsImage()
{
    const View *view = currentView();
    if (!view)
        return;
    const ModelData &data = m_window->document()->model().data();
    ExportOptions options;
    options.selection = m_window->currentScene()->selectedNodeIds();
    // Twice the screen's size: sharp when pasted into a document, and the
    // recorded 192 dpi keeps its printed size at 100%.
    options.dpi = int(2 * ExportOptions::UnitsPerInch);
    options.margin = 10;
    const WaitCursor wait;
    PngExporter png;
    const QImage image = png.render(data, *view, options);
    if (image.isNull()) {
        m_window->showStatus(png.errorString());
        return;
    }
    QByteArray pngBytes;
    QBuffer pngBuffer(&pngBytes);
    pngBuffer.open(QIODevice::WriteOnly);
    image.save(&pngBuffer, "PNG");
    QByteArray svgBytes;
    QBuffer svgBuffer(&svgBytes);
    svgBuffer.open(QIODevice::WriteOnly);
    options.dpi = 0;
    SvgExporter svg;
    const bool haveSvg = svg.write(data, *view, options, &svgBuffer);

    auto *mime = new QMimeData;
    mime->setImageData(image);
    mime->setData(u"image/png"_s, pngBytes);
    if (haveSvg)
        mime->setData(svg.mimeType(), svgBytes);
    QGuiApplication::clipboard()->setMimeData(mime);
    m_window->showStatus(options.selection.isEmpty()
                                 ? tr("Copied the view “%1” as an image.").arg(view->name)
                                 : tr("Copied the selection as an image."));
}

} // namespace kt
