#include "repositorydialog.h"
#include "repocredentials.h"

#include <widgets/document/repojob.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString RecentKey = u"repository/recentUrls"_s;
constexpr int MaxRecent = 8;

} // namespace

RepositoryDialog::RepositoryDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_url(new QComboBox(this)),
      m_connect(new QPushButton(tr("&List Models"), this)), m_models(new QListWidget(this)),
      m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Open ? tr("Open from Repository") : tr("Publish to Repository"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url->setEditable(true);
    m_url->setObjectName(u"repositoryUrl"_s);
    m_url->addItems(recentUrls());
    m_url->lineEdit()->setPlaceholderText(u"postgresql://user@host:5432/database"_s);
    m_url->setToolTip(tr("The PostgreSQL connection URI: postgresql://user@host:port/database, "
                         "or postgresql://user@/database?host=/socket/folder for a local "
                         "socket. Add ?sslmode=require to insist on TLS."));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_connect);
    auto *urlLabel = new QLabel(tr("&Repository:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    m_models->setObjectName(u"repositoryModels"_s);
    form->addRow(mode == Mode::Open ? tr("&Models:") : tr("Models already there:"), m_models);
    if (mode == Mode::Publish) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"modelName"_s);
        form->addRow(tr("Model &name:"), m_name);
        m_message = new QLineEdit(this);
        m_message->setObjectName(u"message"_s);
        m_message->setPlaceholderText(tr("What this publication is (for the history)"));
        form->addRow(tr("M&essage:"), m_message);
        connect(m_name, &QLineEdit::textChanged, this, &RepositoryDialog::updateButtons);
        m_models->setSelectionMode(QAbstractItemView::NoSelection);
    } else {
        connect(m_models, &QListWidget::itemSelectionChanged, this,
                &RepositoryDialog::updateButtons);
        connect(m_models, &QListWidget::itemDoubleClicked, this, &RepositoryDialog::accept);
    }
    layout->addLayout(form);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons->button(QDialogButtonBox::Ok)
            ->setText(mode == Mode::Open ? tr("&Open") : tr("&Publish"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RepositoryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_connect, &QPushButton::clicked, this, &RepositoryDialog::listModels);
    connect(m_url, &QComboBox::currentTextChanged, this, &RepositoryDialog::updateButtons);
    updateButtons();
}

RepositoryDialog::~RepositoryDialog()
{
    if (m_job)
        m_job->wait();
}

void RepositoryDialog::setModelData(const ModelData &data)
{
    m_data = data;
    if (m_name && m_name->text().isEmpty())
        m_name->setText(data.info.name);
}

void RepositoryDialog::setUrl(const QString &url)
{
    m_url->setCurrentText(url);
}

void RepositoryDialog::setModelName(const QString &name)
{
    if (m_name) {
        m_name->setText(name);
        return;
    }
    const QList<QListWidgetItem *> found = m_models->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_models->setCurrentItem(found.first());
}

void RepositoryDialog::setMessage(const QString &message)
{
    if (m_message)
        m_message->setText(message);
}

QString RepositoryDialog::modelName() const
{
    if (m_name)
        return m_name->text().trimmed();
    const QListWidgetItem *item = m_models->currentItem();
    return item && item->isSelected() ? item->text() : QString();
}

QString RepositoryDialog::errorText() const
{
    return m_status->property("error").toBool() ? m_status->text() : QString();
}

QString RepositoryDialog::statusText() const
{
    return m_status->text();
}

bool RepositoryDialog::isBusy() const
{
    return m_job != nullptr;
}

QStringList RepositoryDialog::recentUrls()
{
    return QSettings().value(RecentKey).toStringList();
}

void RepositoryDialog::rememberUrl(const QString &url)
{
    const Result<RepoUrl> parsed = RepoUrl::parse(url);
    if (!parsed)
        return;
    const QString shown = parsed.value().display(); // never the password
    QStringList recent = recentUrls();
    recent.removeAll(shown);
    recent.prepend(shown);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
}

void RepositoryDialog::updateButtons()
{
    const bool idle = !isBusy();
    const bool haveUrl = !m_url->currentText().trimmed().isEmpty();
    m_url->setEnabled(idle);
    m_connect->setEnabled(idle && haveUrl);
    m_models->setEnabled(idle);
    if (m_name)
        m_name->setEnabled(idle);
    if (m_message)
        m_message->setEnabled(idle);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(idle && haveUrl && !modelName().isEmpty());
}

void RepositoryDialog::setBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    if (busy) {
        m_status->setProperty("error", false);
        m_status->setStyleSheet({});
        m_status->setText(what);
    }
    updateButtons();
}

void RepositoryDialog::showError(const QString &message)
{
    m_status->setProperty("error", true);
    m_status->setStyleSheet(u"color: #b00020;"_s);
    m_status->setText(message);
}

void RepositoryDialog::run(Work work, std::function<void(Outcome)> done)
{
    m_work = std::move(work);
    m_done = std::move(done);
    const QString url = m_url->currentText().trimmed();
    // A password typed earlier in this session for the same repository is used again.
    const bool sameRepository = !m_connectedUrl.isEmpty()
            && RepoUrl::parse(m_connectedUrl).value().display()
                    == (RepoUrl::parse(url) ? RepoUrl::parse(url).value().display() : url);
    runWith(sameRepository ? m_connectedUrl : url, false);
}

void RepositoryDialog::runWith(const QString &url, bool triedKeyring)
{
    const Work work = m_work;
    m_job = runRepoJob<Outcome>(
            this, [work, url]() { return work(url); },
            [this, url, triedKeyring](Outcome out) {
                m_job = nullptr;
                setBusy(false);
                if (!out.ok) {
                    bool tried = triedKeyring;
                    QString notice;
                    const QString again
                            = RepoCredentials::retryUrl(this, url, out.error, &tried, &notice);
                    if (!notice.isEmpty())
                        m_notice = notice;
                    if (!again.isEmpty()) {
                        setBusy(true, tr("Connecting…"));
                        runWith(again, tried);
                        return;
                    }
                }
                if (out.ok)
                    m_connectedUrl = url;
                m_done(std::move(out));
                // Said after the work's own words: the keyring could not keep the password
                // (an accepted dialog's caller says it: keyringNotice()).
                if (!m_notice.isEmpty())
                    showError(m_status->text().isEmpty()
                                      ? m_notice
                                      : m_status->text() + u"\n"_s + m_notice);
            });
    updateButtons();
}

void RepositoryDialog::listModels()
{
    if (isBusy())
        return;
    setBusy(true, tr("Connecting to the repository…"));
    run([](const QString &url) {
            Outcome out;
            Repository repository;
            if (repository.open(url)) {
                out.models = repository.models();
                out.ok = repository.errorString().isEmpty();
            }
            out.error = repository.errorString();
            return out;
        },
        [this](Outcome out) {
            const QString selected = modelName();
            m_models->clear();
            if (!out.ok) {
                showError(out.error);
                Q_EMIT modelsListed({});
                return;
            }
            m_models->addItems(out.models);
            rememberUrl(m_connectedUrl);
            m_status->setText(out.models.isEmpty()
                                      ? tr("The repository holds no model yet.")
                                      : tr("%n model(s) in the repository.", nullptr,
                                           int(out.models.size())));
            if (!selected.isEmpty())
                setModelName(selected);
            updateButtons();
            Q_EMIT modelsListed(out.models);
        });
}

void RepositoryDialog::workDone(Outcome out)
{
    if (!out.ok) {
        showError(out.error);
        Q_EMIT workFinished(false);
        return;
    }
    m_checkout = std::move(out.checkout);
    rememberUrl(m_connectedUrl);
    QDialog::accept();
    Q_EMIT workFinished(true);
}

void RepositoryDialog::accept()
{
    if (isBusy() || modelName().isEmpty())
        return;
    const QString name = modelName();
    if (m_mode == Mode::Open) {
        setBusy(true, tr("Opening the model “%1” from the repository…").arg(name));
        run([name](const QString &url) {
                Outcome out;
                Repository repository;
                out.ok = repository.open(url) && repository.checkout(name, out.checkout);
                out.error = repository.errorString();
                return out;
            },
            [this](Outcome out) { workDone(std::move(out)); });
        return;
    }
    const ModelData data = m_data;
    const QString message = m_message->text().trimmed();
    setBusy(true, tr("Publishing the model as “%1”…").arg(name));
    run([data, name, message](const QString &url) {
            Outcome out;
            Repository repository;
            out.ok = repository.open(url) && repository.publish(data, name, message, &out.checkout);
            out.error = repository.errorString();
            return out;
        },
        [this](Outcome out) { workDone(std::move(out)); });
}

} // namespace kt
