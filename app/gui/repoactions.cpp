#include "repoactions.h"
#include "documentcontroller.h"
#include "mainwindow.h"

#include <widgets/dialogs/conflictdialog.h>
#include <widgets/dialogs/repositorydialog.h>
#include <widgets/document/document.h>
#include <widgets/document/repolink.h>

#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QUndoStack>

namespace kt {

using namespace Qt::StringLiterals;

RepoActions::RepoActions(MainWindow *window, QMenu *fileMenu)
    : QObject(window), m_window(window), m_busy(new QProgressBar(window)),
      m_busyLabel(new QLabel(window))
{
    m_open = fileMenu->addAction(tr("Open from Re&pository…"));
    m_open->setObjectName(u"actionOpenFromRepository"_s);
    m_open->setStatusTip(tr("Open a model of a team repository on PostgreSQL"));
    connect(m_open, &QAction::triggered, this, &RepoActions::openDialog);
    m_publish = fileMenu->addAction(tr("P&ublish to Repository…"));
    m_publish->setObjectName(u"actionPublishToRepository"_s);
    m_publish->setStatusTip(tr("Store this model in a team repository for others to work on"));
    connect(m_publish, &QAction::triggered, this, &RepoActions::publishDialog);
    m_commit = fileMenu->addAction(tr("Co&mmit…"));
    m_commit->setObjectName(u"actionCommit"_s);
    m_commit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_commit->setStatusTip(tr("Send your changes to the repository as one commit"));
    connect(m_commit, &QAction::triggered, this, &RepoActions::commitDialog);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel->hide();
    window->statusBar()->addPermanentWidget(m_busyLabel);
    window->statusBar()->addPermanentWidget(m_busy);

    connect(window->controller(), &DocumentController::documentChanged, this,
            [this](Document *document) {
                if (document)
                    connect(document, &Document::modifiedChanged, this, &RepoActions::update);
                update();
            });
    update();
}

void RepoActions::update()
{
    Document *document = m_window->document();
    RepoLink *link = document ? document->repoLink() : nullptr;
    const bool busy = link && link->isBusy();
    m_publish->setEnabled(document && !link);
    m_commit->setEnabled(link && !busy && document->isModified());
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

void RepoActions::showError(const QString &message)
{
    m_window->showStatus(message);
    Q_EMIT failed(message);
    if (!m_quiet)
        QMessageBox::warning(m_window, tr("Team Repository"), message);
}

bool RepoActions::openDialog()
{
    RepositoryDialog dialog(RepositoryDialog::Mode::Open, m_window);
    if (!RepositoryDialog::recentUrls().isEmpty())
        dialog.listModels();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return openCheckout(dialog.connectedUrl(), dialog.checkout());
}

bool RepoActions::openCheckout(const QString &url, const RepoCheckout &checkout)
{
    auto document = std::make_unique<Document>(checkout.data);
    Document *opened = document.get();
    if (!m_window->controller()->adopt(std::move(document)))
        return false;
    return attach(opened, url, checkout);
}

bool RepoActions::publishDialog()
{
    Document *document = m_window->document();
    if (!document)
        return false;
    RepositoryDialog dialog(RepositoryDialog::Mode::Publish, m_window);
    dialog.setModelData(document->model().data());
    if (!RepositoryDialog::recentUrls().isEmpty())
        dialog.listModels();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return attach(document, dialog.connectedUrl(), dialog.checkout());
}

bool RepoActions::attach(Document *document, const QString &url, const RepoCheckout &checkout)
{
    auto *link = new RepoLink(document, url, checkout);
    document->setRepoLink(link);
    document->markCommitted();
    connectLink(link);
    QString error;
    if (!link->watch(&error))
        showError(tr("Others' commits will not arrive live: %1").arg(error));
    m_window->showStatus(tr("“%1” is open from %2; your changes stay local until you commit "
                            "them (%3).")
                                 .arg(checkout.modelName, link->repositoryDisplay(),
                                      m_commit->shortcut().toString(QKeySequence::NativeText)));
    update();
    return true;
}

void RepoActions::connectLink(RepoLink *link)
{
    connect(link, &RepoLink::busyChanged, this, [this](bool busy) {
        m_busyLabel->setText(busy ? tr("Repository…") : QString());
        update();
    });
    connect(link, &RepoLink::committed, this, [this, link](qint64 commit, int written, int merged) {
        m_window->showStatus(
                merged > 0 ? tr("Committed to %1 as commit %2: %n object(s) written, of them %3 "
                                "merged with others' changes.", nullptr, written)
                                     .arg(link->repositoryDisplay())
                                     .arg(commit)
                                     .arg(merged)
                           : tr("Committed to %1 as commit %2: %n object(s) written.", nullptr,
                                written)
                                     .arg(link->repositoryDisplay())
                                     .arg(commit));
    });
    connect(link, &RepoLink::remoteApplied, this, [this](const QString &who, int objects) {
        m_window->showStatus(tr("%n change(s) by %1 arrived from the repository.", nullptr,
                                objects).arg(who));
    });
    connect(link, &RepoLink::conflictsFound, this, &RepoActions::showConflicts,
            Qt::UniqueConnection);
    connect(link, &RepoLink::failed, this, &RepoActions::showError);
}

bool RepoActions::commitDialog()
{
    Document *document = m_window->document();
    if (!document || !document->repoLink())
        return false;
    bool ok = false;
    const QString message = QInputDialog::getText(
            m_window, tr("Commit to %1").arg(document->repoLink()->repositoryDisplay()),
            tr("What you changed (for the history):"), QLineEdit::Normal, m_lastMessage, &ok);
    return ok && commit(message);
}

bool RepoActions::commit(const QString &message)
{
    Document *document = m_window->document();
    RepoLink *link = document ? document->repoLink() : nullptr;
    if (!link || link->isBusy())
        return false;
    m_lastMessage = message;
    m_window->showStatus(tr("Committing to %1…").arg(link->repositoryDisplay()));
    return link->commit(message);
}

void RepoActions::showConflicts(const QList<RepoConflict> &conflicts)
{
    Document *document = m_window->document();
    RepoLink *link = document ? document->repoLink() : nullptr;
    if (!link)
        return;
    m_window->showStatus(tr("%n conflict(s): others changed the same properties since. Your "
                            "other changes were committed.", nullptr, int(conflicts.size())));
    delete m_conflicts;
    m_conflicts = new ConflictDialog(*link, conflicts, m_lastMessage, m_window);
    m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
    ConflictDialog *dialog = m_conflicts;
    connect(dialog, &QDialog::accepted, link, [this, link, dialog]() {
        m_lastMessage = dialog->message();
        link->commitResolved(dialog->resolutions(), m_lastMessage);
    });
    m_conflicts->show();
}

} // namespace kt
