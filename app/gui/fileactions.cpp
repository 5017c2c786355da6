#include "fileactions.h"
#include "documentcontroller.h"
#include "actionicon.h"
#include "mainwindow.h"
#include "repoactions.h"

#include <widgets/document/document.h>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QToolBar>

namespace kt {

using namespace Qt::StringLiterals;

FileActions::FileActions(MainWindow *window) : QObject(window), m_window(window)
{
    DocumentController *controller = window->controller();
    QMenu *menu = window->menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = window->addToolBar(tr("File"));
    toolbar->setObjectName(u"fileToolbar"_s);

    m_new = menu->addAction(actionIcon(u"document-new"_s), tr("&New Model"));
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, controller, &DocumentController::newDocument);

    m_open = menu->addAction(actionIcon(u"document-open"_s), tr("&Open…"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, controller, &DocumentController::openDialog);

    m_recent = menu->addMenu(tr("Open &Recent"));
    connect(controller, &DocumentController::recentFilesChanged, this,
            &FileActions::rebuildRecentMenu);
    rebuildRecentMenu();

    QMenu *examples = menu->addMenu(tr("&Examples"));
    connect(examples->addAction(tr("Vinh Phuc, architecture version 2.0")), &QAction::triggered,
            controller, [controller]() { controller->openExample(u"vinhphuc-2.0"_s); });
    connect(examples->addAction(tr("Vinh Phuc, architecture version 1.0")), &QAction::triggered,
            controller, [controller]() { controller->openExample(u"vinhphuc-1.0"_s); });
    menu->addSeparator();
    m_repo = new RepoActions(window, menu);
    menu->addSeparator();

    m_save = menu->addAction(actionIcon(u"document-save"_s), tr("&Save"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, controller, &DocumentController::save);
    m_saveAs = menu->addAction(actionIcon(u"document-save-as"_s), tr("Save &As…"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, controller, &DocumentController::saveAs);
    menu->addSeparator();
    m_importCsv = menu->addAction(tr("Import Archi CS&V…"));
    m_importCsv->setObjectName(u"importArchiCsv"_s);
    connect(m_importCsv, &QAction::triggered, controller,
            &DocumentController::importArchiCsvDialog);
    m_close = menu->addAction(tr("&Close"));
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, controller, &DocumentController::close);
    QAction *quit = menu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, window, &QWidget::close);

    toolbar->addAction(m_new);
    toolbar->addAction(m_open);
    toolbar->addAction(m_save);

    connect(controller, &DocumentController::documentChanged, this, &FileActions::update);
    update();
}

void FileActions::update()
{
    const bool open = m_window->controller()->document() != nullptr;
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
    m_close->setEnabled(open);
    m_importCsv->setEnabled(open);
}

void FileActions::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList files = m_window->controller()->recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recent->addAction(
                u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_window->controller(),
                [this, path]() { m_window->controller()->open(path); });
    }
    if (!files.isEmpty()) {
        m_recent->addSeparator();
        connect(m_recent->addAction(tr("Clear the List")), &QAction::triggered,
                m_window->controller(), &DocumentController::clearRecentFiles);
    }
    m_recent->setEnabled(!files.isEmpty());
}

} // namespace kt
