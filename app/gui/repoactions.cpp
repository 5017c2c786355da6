#include "repoactions.h"
#include "compareactions.h"
#include "documentcontroller.h"
#include "mainwindow.h"

#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/dialogs/conflictdialog.h>
#include <widgets/dialogs/historydialog.h>
#include <widgets/dialogs/paststatesdialog.h>
#include <widgets/dialogs/repocredentials.h>
#include <widgets/panels/modeltreemodel.h>
#include <widgets/panels/modeltreepanel.h>
#include <widgets/dialogs/repositorydialog.h>
#include <widgets/document/document.h>
#include <widgets/document/repojob.h>
#include <widgets/document/repolink.h>

#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

namespace kt {

using namespace Qt::StringLiterals;

RepoActions::RepoActions(MainWindow *window, QMenu *fileMenu)
    : QObject(window), m_window(window), m_busy(new QProgressBar(window)),
      m_busyLabel(new QLabel(window)), m_where(new QLabel(window))
{
    m_open = fileMenu->addAction(tr("Open from Repositor&y…"));
    m_open->setObjectName(u"actionOpenFromRepository"_s);
    m_open->setStatusTip(tr("Open a model of a team repository on PostgreSQL"));
    connect(m_open, &QAction::triggered, this, &RepoActions::openDialog);
    // No mnemonic letter is free in both languages' File menus for these two: the
    // translation gives them theirs; Commit has its shortcut.
    m_publish = fileMenu->addAction(tr("Publish to Repository…"));
    m_publish->setObjectName(u"actionPublishToRepository"_s);
    m_publish->setStatusTip(tr("Store this model in a team repository for others to work on"));
    connect(m_publish, &QAction::triggered, this, &RepoActions::publishDialog);
    m_commit = fileMenu->addAction(tr("Commit…"));
    m_commit->setObjectName(u"actionCommit"_s);
    m_commit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_commit->setStatusTip(tr("Send your changes to the repository as one commit"));
    connect(m_commit, &QAction::triggered, this, &RepoActions::commitDialog);
    m_pastStates = fileMenu->addAction(tr("Past States and Baselines…"));
    m_pastStates->setObjectName(u"actionPastStates"_s);
    m_pastStates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_pastStates->setStatusTip(tr("The model's commits and baselines: open one read-only, "
                                  "compare with it, or name a baseline"));
    connect(m_pastStates, &QAction::triggered, this, &RepoActions::showPastStates);

    m_claim = new QAction(tr("Clai&m View"), this);
    m_claim->setObjectName(u"actionClaimView"_s);
    m_claim->setStatusTip(tr("Tell the others you are reorganising this view: until you release "
                             "it, their changes to it are refused"));
    connect(m_claim, &QAction::triggered, this, [this]() {
        Document *document = m_window->document();
        if (document && document->repoLink() && m_window->currentScene())
            document->repoLink()->claimView(m_window->currentScene()->viewId());
    });
    m_release = new QAction(tr("&Release Claim"), this);
    m_release->setObjectName(u"actionReleaseClaim"_s);
    connect(m_release, &QAction::triggered, this, [this]() {
        Document *document = m_window->document();
        if (document && document->repoLink() && m_window->currentScene())
            document->repoLink()->releaseView(m_window->currentScene()->viewId());
    });
    connect(window->tabs(), &QTabWidget::currentChanged, this, &RepoActions::showClaims);
    connect(window->modelTree(), &ModelTreePanel::contextMenuAboutToShow, this,
            &RepoActions::addHistoryAction);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel->hide();
    m_where->setObjectName(u"repositoryLabel"_s);
    m_where->hide();
    window->statusBar()->addPermanentWidget(m_where);
    window->statusBar()->addPermanentWidget(m_busyLabel);
    window->statusBar()->addPermanentWidget(m_busy);

    connect(window->controller(), &DocumentController::repositoryTieRecovered, this,
            &RepoActions::restoreTie);
    connect(window->controller(), &DocumentController::documentChanged, this,
            [this](Document *document) {
                if (document) {
                    connect(document, &Document::modifiedChanged, this, &RepoActions::update);
                    // After the window's own handler, which names the tabs anew.
                    connect(&document->model(), &Model::changed, this, &RepoActions::showClaims);
                }
                showClaims();
            });
    update();
}

void RepoActions::update()
{
    Document *document = m_window->document();
    RepoLink *link = document ? document->repoLink() : nullptr;
    const bool busy = (link && link->isBusy()) || m_restoring;
    m_publish->setEnabled(document && !link && !m_restoring);
    m_commit->setEnabled(link && !busy && document->isModified());
    m_pastStates->setEnabled(link);
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_where->setVisible(link);
    if (link) {
        // Where the open model comes from, and how far it has followed the others.
        m_where->setText(tr("Repository: commit %1, %2")
                                 .arg(link->base().head)
                                 .arg(document->isModified() ? tr("local changes")
                                                             : tr("up to date")));
        m_where->setToolTip(tr("%1 @ %2").arg(link->modelName(), link->repositoryDisplay()));
    }
    const DiagramScene *scene = m_window->currentScene();
    const bool mine = link && scene && link->claimHolder(scene->viewId()).isEmpty()
            && std::any_of(link->claims().cbegin(), link->claims().cend(),
                           [&](const RepoClaim &c) { return c.viewId == scene->viewId().toString(); });
    m_claim->setEnabled(link && scene && !mine && link->claimHolder(scene->viewId()).isEmpty());
    m_release->setEnabled(mine);
}

void RepoActions::addViewActions(QMenu *viewMenu)
{
    viewMenu->addSeparator();
    viewMenu->addAction(m_claim);
    viewMenu->addAction(m_release);
}

void RepoActions::showClaims()
{
    Document *document = m_window->document();
    RepoLink *link = document ? document->repoLink() : nullptr;
    QHash<QString, QString> notes;
    if (link) {
        for (const RepoClaim &claim : link->claims())
            notes.insert(claim.viewId, claim.who == link->user()
                                               ? tr("claimed by you")
                                               : tr("claimed by %1").arg(claim.who));
    }
    m_window->modelTree()->treeModel()->setViewNotes(notes);
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        auto *view = qobject_cast<DiagramView *>(tabs->widget(i));
        if (!view || !document)
            continue;
        const ViewId id = view->diagramScene()->viewId();
        const View *v = document->model().view(id);
        if (!v)
            continue;
        const QString note = notes.value(id.toString());
        tabs->setTabText(i, note.isEmpty() ? v->name : tr("%1 (%2)").arg(v->name, note));
        tabs->setTabToolTip(i, note.isEmpty() ? QString() : note);
    }
    update();
}

void RepoActions::addHistoryAction(QMenu *menu)
{
    Document *document = m_window->document();
    if (!document || !document->repoLink())
        return;
    const QModelIndex index = m_window->modelTree()->treeView()->currentIndex();
    RepoObjectKind kind;
    switch (ModelTreeModel::kindOf(index)) {
    case ModelTreeModel::ElementNode:
        kind = RepoObjectKind::Element;
        break;
    case ModelTreeModel::RelationshipNode:
        kind = RepoObjectKind::Relationship;
        break;
    case ModelTreeModel::ViewNode:
        kind = RepoObjectKind::View;
        break;
    default:
        return;
    }
    const QString id = index.data(ModelTreeModel::IdRole).toString();
    menu->addSeparator();
    QAction *history = menu->addAction(tr("&History…"));
    history->setObjectName(u"actionObjectHistory"_s);
    connect(history, &QAction::triggered, this, [this, kind, id]() { showHistory(kind, id); });
}

void RepoActions::showHistory(RepoObjectKind kind, const QString &id)
{
    Document *document = m_window->document();
    RepoLink *link = document ? document->repoLink() : nullptr;
    if (!link)
        return;
    m_window->showStatus(tr("Reading the history from %1…").arg(link->repositoryDisplay()));
    link->readHistory(kind, id);
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
    if (!dialog.keyringNotice().isEmpty())
        showError(dialog.keyringNotice());
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
    if (!dialog.keyringNotice().isEmpty())
        showError(dialog.keyringNotice());
    return attach(document, dialog.connectedUrl(), dialog.checkout());
}

bool RepoActions::attach(Document *document, const QString &url, const RepoCheckout &checkout,
                         bool clean)
{
    auto *link = new RepoLink(document, url, checkout);
    document->setRepoLink(link);
    if (clean)
        document->markCommitted();
    connectLink(link);
    QString error;
    if (!link->watch(&error))
        showError(tr("Others' commits will not arrive live: %1").arg(error));
    m_window->showStatus(tr("“%1” is open from the repository; your changes stay local until "
                            "you commit them (%2).")
                                 .arg(checkout.modelName,
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
        update();
        if (commit == 0) {
            m_window->showStatus(tr("Nothing left to commit: the model is as the repository %1 "
                                    "holds it.")
                                         .arg(link->repositoryDisplay()));
            return;
        }
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
        update();
    });
    connect(link, &RepoLink::conflictsFound, this, &RepoActions::showConflicts,
            Qt::UniqueConnection);
    connect(link, &RepoLink::failed, this, &RepoActions::showError);
    connect(link, &RepoLink::claimsUpdated, this, &RepoActions::showClaims);
    connect(link, &RepoLink::historyRead, this,
            [this, link](RepoObjectKind kind, const QString &id,
                         const QList<RepoCommitInfo> &commits) {
                delete m_historyDialog;
                const QString object = m_window->document()->describeKey(
                        RepoObjects::keyOf(kind, id));
                m_historyDialog = new HistoryDialog(
                        object, commits, m_window,
                        [link](const QString &field) { return link->describeField(field); });
                m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
                m_historyDialog->show();
                m_window->showStatus(tr("%n commit(s) changed %1 in %2.", nullptr,
                                        int(commits.size()))
                                             .arg(object, link->repositoryDisplay()));
            });
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

void RepoActions::showPastStates()
{
    Document *document = m_window->document();
    RepoLink *link = document ? document->repoLink() : nullptr;
    if (!link)
        return;
    delete m_pastStatesDialog;
    m_pastStatesDialog = new PastStatesDialog(link->url(), link->repositoryDisplay(),
                                              link->modelName(), link->base().head, m_window);
    m_pastStatesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pastStatesDialog, &PastStatesDialog::stateRead, this,
            [this](const RepoCheckout &state, const QString &label, bool compare) {
                if (compare)
                    comparePastState(state, label);
                else
                    openPastState(state, label);
            });
    m_pastStatesDialog->show();
    m_pastStatesDialog->refresh();
}

MainWindow *RepoActions::openPastState(const RepoCheckout &state, const QString &label)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The main window keeps the autosave copy: this one has nothing to save.
    window->controller()->setAutosaveEnabled(false);
    auto document = std::make_unique<Document>(state.data);
    //: A past state's window title: MODEL at commit 4 (read-only)
    document->setReadOnly(tr("%1 at %2 (read-only)").arg(state.modelName, label),
                          tr("“%1” at %2 is a past state of the repository's model: it cannot "
                             "be changed. Save As keeps a copy of it as a file.")
                                  .arg(state.modelName, label));
    window->controller()->adopt(std::move(document));
    // Said in the window too, beside where a repository document says its commit.
    auto *note = new QLabel(tr("Read-only: “%1” at %2").arg(state.modelName, label), window);
    note->setObjectName(u"readOnlyLabel"_s);
    window->statusBar()->addPermanentWidget(note);
    // Cascaded over the window it came from, inside it, so that both stay in sight.
    if (!m_window->isMaximized() && !m_window->isFullScreen()) {
        const int step = window->fontMetrics().height() * 2;
        window->setGeometry(m_window->geometry().adjusted(step, step, 0, 0));
    }
    window->show();
    m_pastWindows.append(window);
    m_window->showStatus(tr("“%1” at %2 opened read-only in a window of its own.")
                                 .arg(state.modelName, label));
    return window;
}

void RepoActions::comparePastState(const RepoCheckout &state, const QString &label)
{
    if (!m_window->document())
        return;
    //: The other side of a comparison: MODEL at commit 4
    m_window->compareActions()->startComparison(
            state.data, tr("“%1” at %2").arg(state.modelName, label), true);
}

QList<MainWindow *> RepoActions::pastStateWindows() const
{
    QList<MainWindow *> open;
    for (const QPointer<MainWindow> &window : m_pastWindows)
        if (window)
            open.append(window);
    return open;
}

void RepoActions::restoreTie(const RepoTie &tie)
{
    Document *document = m_window->document();
    if (!document)
        return;
    m_restoring = true;
    m_busyLabel->setText(tr("Repository…"));
    m_window->showStatus(tr("Tying the restored “%1” to %2 again…").arg(tie.modelName, tie.url));
    update();
    rebuildTie(document, tie, tie.url, false);
}

void RepoActions::rebuildTie(const QPointer<Document> &document, const RepoTie &tie,
                             const QString &url, bool triedKeyring)
{
    struct Outcome
    {
        bool ok = false;
        QString error;
        RepoCheckout base;
    };
    runRepoJob<Outcome>(
            this,
            [tie, url]() {
                Outcome out;
                Repository repository;
                out.ok = repository.open(url)
                        && RepoAutosave::rebuildBase(repository, tie, out.base, &out.error);
                if (out.error.isEmpty())
                    out.error = repository.errorString();
                return out;
            },
            [this, document, tie, url, triedKeyring](Outcome out) {
                if (!document || document != m_window->document()) {
                    m_restoring = false;
                    update();
                    return;
                }
                if (!out.ok) {
                    bool tried = triedKeyring;
                    QString notice;
                    const QString again = RepoCredentials::retryUrl(m_window, url, out.error,
                                                                    &tried, &notice);
                    if (!notice.isEmpty())
                        m_window->showStatus(notice);
                    if (!again.isEmpty()) {
                        rebuildTie(document, tie, again, tried);
                        return;
                    }
                    m_restoring = false;
                    update();
                    showError(tr("The restored model is not tied to the repository again (it "
                                 "stays a model of its own; Save As keeps it): %1")
                                      .arg(out.error));
                    Q_EMIT tieRestored();
                    return;
                }
                m_restoring = false;
                attach(document, url, out.base, false);
                // Others' commits since the autosave, as an open document follows them.
                document->repoLink()->refresh(QString());
                m_window->showStatus(tr("The restored “%1” is tied to %2 again: its unsaved "
                                        "changes are local changes, to commit (%3).")
                                             .arg(tie.modelName, tie.url,
                                                  m_commit->shortcut().toString(
                                                          QKeySequence::NativeText)));
                Q_EMIT tieRestored();
            });
}

} // namespace kt
