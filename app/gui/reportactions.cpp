#include "reportactions.h"
#include "documentcontroller.h"
#include "mainwindow.h"

#include <widgets/dialogs/reportdialog.h>
#include <widgets/document/document.h>
#include <widgets/panels/reporttextpanel.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace kt {

using namespace Qt::StringLiterals;

ReportActions::ReportActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_report = new QAction(tr("Re&port…"), this);
    m_report->setObjectName(u"actionReport"_s);
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_report->setStatusTip(tr("The architecture document, the approving decision or the "
                              "inventory: preview, export and print"));
    connect(m_report, &QAction::triggered, this, &ReportActions::showReportDialog);

    // Into the File menu after Print… (the menu with Quit), else before Close.
    for (QAction *entry : window->menuBar()->actions()) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        const QList<QAction *> actions = menu->actions();
        QAction *quit = nullptr;
        QAction *print = nullptr;
        for (QAction *action : actions) {
            if (action->menuRole() == QAction::QuitRole)
                quit = action;
            if (action->shortcut() == QKeySequence(QKeySequence::Print))
                print = action;
        }
        if (!quit)
            continue;
        if (print)
            menu->insertAction(actions.value(actions.indexOf(print) + 1), m_report);
        else
            menu->insertAction(quit, m_report);
        break;
    }
    connect(window->controller(), &DocumentController::documentChanged, this,
            &ReportActions::update);
    update();
}

void ReportActions::update()
{
    m_report->setEnabled(m_window->document() != nullptr);
}

void ReportActions::showReportDialog()
{
    Document *document = m_window->document();
    if (!document)
        return;
    // What is typed in the report texts belongs in this report.
    m_window->reportTexts()->commitPending();
    ReportDialog dialog(document, m_window);
    connect(&dialog, &ReportDialog::message, m_window, &MainWindow::showStatus);
    dialog.exec();
}

} // namespace kt
