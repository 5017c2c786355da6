#include "paststatesdialog.h"
#include "addbaselinedialog.h"

#include <widgets/document/repojob.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QTreeWidget *makeList(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAllColumnsShowFocus(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

PastStatesDialog::PastStatesDialog(const QString &url, const QString &display,
                                   const QString &model, qint64 head, QWidget *parent)
    : QDialog(parent), m_url(url), m_display(display), m_model(model), m_head(head),
      m_commits(makeList({ tr("Commit"), tr("Who"), tr("When"), tr("Message") },
                         u"commits"_s, this)),
      m_baselines(makeList({ tr("Baseline"), tr("Commit"), tr("Named by"), tr("When") },
                           u"baselines"_s, this)),
      m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_open(new QPushButton(tr("&Open Read-Only"), this)),
      m_compare(new QPushButton(tr("Co&mpare with Current"), this)),
      m_add(new QPushButton(tr("Add &Baseline…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Past States of “%1” — %2").arg(model, display));
    auto *layout = new QVBoxLayout(this);
    auto *commitsLabel = new QLabel(tr("&Commits (the newest last):"), this);
    commitsLabel->setBuddy(m_commits);
    layout->addWidget(commitsLabel);
    layout->addWidget(m_commits, 3);
    auto *baselinesLabel = new QLabel(tr("Base&lines:"), this);
    baselinesLabel->setBuddy(m_baselines);
    layout->addWidget(baselinesLabel);
    layout->addWidget(m_baselines, 1);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_open->setObjectName(u"openReadOnly"_s);
    // Enter on a row opens it (never Close, which the button box might make the default).
    m_open->setDefault(true);
    m_open->setToolTip(tr("Open the model as it was then in a window of its own; it cannot be "
                          "changed, Save As keeps a copy"));
    m_compare->setObjectName(u"compareWithCurrent"_s);
    m_compare->setToolTip(tr("Compare the open model with the model as it was then"));
    m_add->setObjectName(u"addBaseline"_s);
    m_buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_open, &QPushButton::clicked, this, &PastStatesDialog::openChosen);
    connect(m_compare, &QPushButton::clicked, this, &PastStatesDialog::compareChosen);
    connect(m_add, &QPushButton::clicked, this, &PastStatesDialog::addBaselineDialog);
    // One state chosen at a time: a row of one list clears the other's.
    connect(m_commits, &QTreeWidget::itemSelectionChanged, this, [this]() {
        if (!m_commits->selectedItems().isEmpty())
            m_baselines->clearSelection();
        updateButtons();
    });
    connect(m_baselines, &QTreeWidget::itemSelectionChanged, this, [this]() {
        if (!m_baselines->selectedItems().isEmpty())
            m_commits->clearSelection();
        updateButtons();
    });
    connect(m_commits, &QTreeWidget::itemActivated, this, &PastStatesDialog::openChosen);
    connect(m_baselines, &QTreeWidget::itemActivated, this, &PastStatesDialog::openChosen);
    resize(QSettings().value(settingsKey(), QSize(760, 480)).toSize());
    updateButtons();
}

PastStatesDialog::~PastStatesDialog()
{
    if (m_job)
        m_job->wait();
}

QString PastStatesDialog::settingsKey()
{
    return u"repository/pastStatesSize"_s;
}

void PastStatesDialog::hideEvent(QHideEvent *event)
{
    QSettings().setValue(settingsKey(), size());
    QDialog::hideEvent(event);
}

QString PastStatesDialog::statusText() const
{
    return m_status->text();
}

QString PastStatesDialog::errorText() const
{
    return m_status->property("error").toBool() ? m_status->text() : QString();
}

void PastStatesDialog::showError(const QString &message)
{
    m_status->setProperty("error", true);
    m_status->setStyleSheet(u"color: #b00020;"_s);
    m_status->setText(message);
    Q_EMIT failed(message);
}

void PastStatesDialog::updateButtons()
{
    const bool idle = !isBusy();
    const bool chosen = chosenCommit() > 0;
    m_open->setEnabled(idle && chosen);
    m_compare->setEnabled(idle && chosen);
    m_add->setEnabled(idle);
}

void PastStatesDialog::run(const QString &what, Work work, std::function<void(Outcome)> done)
{
    if (isBusy())
        return;
    m_busy->show();
    m_status->setProperty("error", false);
    m_status->setStyleSheet({});
    m_status->setText(what);
    const QString url = m_url;
    const QString model = m_model;
    m_job = runRepoJob<Outcome>(
            this,
            [url, model, work]() {
                Outcome out;
                Repository repository;
                if (repository.open(url))
                    out.ok = work(repository, out);
                out.error = repository.errorString();
                // A connection's failure does not say which model it was for.
                if (!out.ok && !out.error.contains(model))
                    out.error = tr("Model “%1”: %2").arg(model, out.error);
                return out;
            },
            [this, done = std::move(done)](Outcome out) {
                m_job = nullptr;
                m_busy->hide();
                m_status->clear();
                if (!out.ok)
                    showError(out.error);
                else
                    done(std::move(out));
                updateButtons();
            });
    updateButtons();
}

void PastStatesDialog::refresh()
{
    const QString model = m_model;
    run(tr("Reading the commits and baselines of “%1” from %2…").arg(m_model, m_display),
        [model](Repository &repository, Outcome &out) {
            return repository.commits(model, out.commits)
                    && repository.baselines(model, out.baselines);
        },
        [this](Outcome out) {
            fill(out);
            Q_EMIT loaded();
        });
}

void PastStatesDialog::fill(const Outcome &out)
{
    const qint64 commit = chosenCommit();
    const QString baseline = chosenBaseline();
    m_commits->clear();
    for (const RepoCommitInfo &c : out.commits) {
        auto *item = new QTreeWidgetItem(m_commits, { QString::number(c.id), c.who, when(c.at),
                                                      c.message });
        item->setData(0, IdRole, c.id);
        if (c.id == m_head)
            item->setToolTip(0, tr("The commit the open model is based on"));
    }
    m_baselines->clear();
    for (const RepoBaseline &b : out.baselines) {
        auto *item = new QTreeWidgetItem(
                m_baselines, { b.name, QString::number(b.commitId), b.who, when(b.at) });
        item->setData(0, IdRole, b.commitId);
    }
    if (!baseline.isEmpty())
        selectBaseline(baseline);
    else if (commit > 0)
        selectCommit(commit);
    m_status->setText(tr("%n commit(s), ", nullptr, int(out.commits.size()))
                      + tr("%n baseline(s).", nullptr, int(out.baselines.size())));
}

bool PastStatesDialog::selectCommit(qint64 id)
{
    for (int i = 0; i < m_commits->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_commits->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == id) {
            m_commits->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

bool PastStatesDialog::selectBaseline(const QString &name)
{
    for (int i = 0; i < m_baselines->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_baselines->topLevelItem(i);
        if (item->text(0) == name) {
            m_baselines->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

qint64 PastStatesDialog::chosenCommit() const
{
    for (const QTreeWidget *list : { m_commits, m_baselines }) {
        const QList<QTreeWidgetItem *> selected = list->selectedItems();
        if (!selected.isEmpty())
            return selected.first()->data(0, IdRole).toLongLong();
    }
    return 0;
}

QString PastStatesDialog::chosenBaseline() const
{
    const QList<QTreeWidgetItem *> selected = m_baselines->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text(0);
}

void PastStatesDialog::openChosen()
{
    readChosen(false);
}

void PastStatesDialog::compareChosen()
{
    readChosen(true);
}

void PastStatesDialog::readChosen(bool compare)
{
    const qint64 commit = chosenCommit();
    if (commit <= 0 || isBusy())
        return;
    const QString baseline = chosenBaseline();
    //: A past state of a repository model, for titles: "baseline “v1” (commit 4)"
    const QString label = baseline.isEmpty()
            ? tr("commit %1").arg(commit)
            : tr("baseline “%1” (commit %2)").arg(baseline).arg(commit);
    const QString model = m_model;
    run(tr("Reading “%1” as of %2 from %3…").arg(m_model, label, m_display),
        [model, commit](Repository &repository, Outcome &out) {
            return repository.checkoutAt(model, commit, out.state);
        },
        [this, label, compare](Outcome out) {
            m_status->setText(compare ? tr("Comparing with %1.").arg(label)
                                      : tr("%1 opened read-only.").arg(label));
            Q_EMIT stateRead(out.state, label, compare);
        });
}

void PastStatesDialog::addBaseline(const QString &name, qint64 commit)
{
    const QString model = m_model;
    run(tr("Naming the baseline “%1” of “%2”…").arg(name, m_model),
        [model, name, commit](Repository &repository, Outcome &out) {
            return repository.addBaseline(model, name, commit, &out.added)
                    && repository.commits(model, out.commits)
                    && repository.baselines(model, out.baselines);
        },
        [this](Outcome out) {
            fill(out);
            selectBaseline(out.added.name);
            m_status->setText(tr("The baseline “%1” names commit %2 of “%3”.")
                                      .arg(out.added.name)
                                      .arg(out.added.commitId)
                                      .arg(m_model));
            Q_EMIT baselineAdded(out.added);
        });
}

void PastStatesDialog::addBaselineDialog()
{
    const QString baseline = chosenBaseline();
    // The newest commit listed: the repository's head as last read.
    const int count = m_commits->topLevelItemCount();
    const qint64 head = count > 0 ? m_commits->topLevelItem(count - 1)->data(0, IdRole).toLongLong()
                                  : m_head;
    AddBaselineDialog dialog(m_model, head, baseline.isEmpty() ? chosenCommit() : 0, this);
    dialog.setAtChosen(baseline.isEmpty() && chosenCommit() > 0);
    if (dialog.exec() == QDialog::Accepted)
        addBaseline(dialog.name(), dialog.commit());
}

} // namespace kt
