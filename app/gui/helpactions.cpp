#include "helpactions.h"
#include "mainwindow.h"
#include "product.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// "&Open…" as a person reads it: "Open…".
QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    return text;
}

void collectShortcuts(const QMenu *menu, const QString &path,
                      QList<HelpActions::ShortcutRow> *rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collectShortcuts(action->menu(), path + u" ▸ "_s + plainText(action->text()),
                             rows);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList written;
        for (const QKeySequence &key : keys)
            written.append(key.toString(QKeySequence::NativeText));
        // "Undo Move" reads as the command it is now; the list names the command.
        QString command = plainText(action->iconText().isEmpty() ? action->text()
                                                                 : action->iconText());
        rows->append({path, command, written.join(u", "_s)});
    }
}

} // namespace

HelpActions::HelpActions(MainWindow *window) : QObject(window), m_window(window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(u"menuHelp"_s);
    QAction *guide = menu->addAction(tr("Your &First Diagram"), this,
                                     &HelpActions::showFirstDiagramGuide);
    guide->setObjectName(u"actionFirstDiagramGuide"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = menu->addAction(tr("&Keyboard Shortcuts"), this,
                                         &HelpActions::showShortcuts);
    shortcuts->setObjectName(u"actionKeyboardShortcuts"_s);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About %1").arg(productName()), this,
                                     &HelpActions::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"actionAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QDialog *HelpActions::textDialog(QPointer<QDialog> &slot, const QString &objectName,
                                 const QString &title, const QString &html)
{
    if (!slot) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(objectName);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(title);
        auto *text = new QTextBrowser(dialog);
        text->setObjectName(u"text"_s);
        text->setOpenExternalLinks(true);
        text->setHtml(html);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addWidget(buttons);
        slot = dialog;
    }
    return slot;
}

namespace {

// Sized to its content but never beyond the screen it opens on.
void showFitted(QDialog *dialog, QWidget *over, const QSize &wanted)
{
    const QScreen *screen = over->screen();
    const QSize room = screen ? screen->availableGeometry().size() * 9 / 10 : wanted;
    dialog->resize(wanted.boundedTo(room));
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

void HelpActions::showFirstDiagramGuide()
{
    const QString html = tr(
            "<h3>Your first diagram</h3>"
            "<ol>"
            "<li><b>Start a model.</b> File ▸ New Model (%1) opens an empty overall "
            "diagram of the framework, ready to draw on. To look around first, open File ▸ "
            "Examples ▸ Vinh Phuc.</li>"
            "<li><b>Place elements.</b> In the Palette panel, drag an element type onto the "
            "canvas, or click the type and then click the canvas. Each type belongs to a layer "
            "of the framework.</li>"
            "<li><b>Name them.</b> Type the name at once, or select an element and press F2. "
            "The Properties panel holds its owner agency, security level, lifecycle status and "
            "the other properties of its type.</li>"
            "<li><b>Connect them.</b> Press C (Diagram ▸ Connect) and drag from one "
            "element to another: only the relationships the framework allows between the two "
            "are offered. Press S to select again.</li>"
            "<li><b>Arrange.</b> Right-click the selection for align, distribute and same size; "
            "Diagram ▸ Create/Update Overall Diagram (%2) lays every element out in "
            "its layer.</li>"
            "<li><b>Check.</b> The Validation panel lists what the framework's rules find; "
            "double-click a line to go to the element.</li>"
            "<li><b>Save and share.</b> File ▸ Save (%3) writes a .ktm file; File ▸ "
            "Export Diagram (%4) writes SVG, PNG or PDF; File ▸ Print prints it.</li>"
            "</ol>"
            "<p>Every change can be undone (%5) and redone (%6). Help ▸ Keyboard "
            "Shortcuts lists all the keys.</p>")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText),
                 QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText),
                 QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText));
    showFitted(textDialog(m_guide, u"firstDiagramGuide"_s, tr("Your First Diagram"), html),
               m_window, QSize(640, 460));
}

QList<HelpActions::ShortcutRow> HelpActions::shortcutRows(const MainWindow *window)
{
    QList<ShortcutRow> rows;
    for (QAction *entry : window->menuBar()->actions())
        if (entry->menu())
            collectShortcuts(entry->menu(), plainText(entry->text()), &rows);
    return rows;
}

void HelpActions::showShortcuts()
{
    if (!m_shortcuts) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(u"shortcutsDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Keyboard Shortcuts"));
        const QList<ShortcutRow> rows = shortcutRows(m_window);
        auto *table = new QTableWidget(int(rows.size()), 3, dialog);
        table->setObjectName(u"shortcuts"_s);
        table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setAlternatingRowColors(true);
        for (int i = 0; i < rows.size(); ++i) {
            table->setItem(i, 0, new QTableWidgetItem(rows.at(i).menu));
            table->setItem(i, 1, new QTableWidgetItem(rows.at(i).command));
            table->setItem(i, 2, new QTableWidgetItem(rows.at(i).keys));
        }
        table->resizeColumnsToContents();
        table->resizeRowsToContents();
        table->horizontalHeader()->setStretchLastSection(true);
        auto *note = new QLabel(tr("On the canvas also: arrow keys move the selection (with "
                                   "Shift, by one point); Space and drag, or the middle mouse "
                                   "button, pans; Ctrl and the wheel zooms; Escape goes back to "
                                   "selecting."),
                                dialog);
        note->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(table);
        layout->addWidget(note);
        layout->addWidget(buttons);
        m_shortcuts = dialog;
    }
    showFitted(m_shortcuts, m_window, QSize(640, 620));
}

QString HelpActions::aboutText()
{
    return tr("<h3>%1 %2</h3>"
              "<p>An editor for provincial e-Government architectures that follow the "
              "Vietnam e-Government Architecture Framework: the overall diagram, component "
              "architectures, validation, export and printing.</p>"
              "<p>Built with Qt %3 (running on Qt %4).</p>"
              "<p>Licence: %5</p>")
            .arg(productName(), productVersion(), QString::fromLatin1(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()), productLicence());
}

void HelpActions::showAbout()
{
    QDialog *dialog = textDialog(m_about, u"aboutDialog"_s, tr("About %1").arg(productName()),
                                 aboutText());
    showFitted(dialog, m_window, QSize(460, 300));
}

} // namespace kt
