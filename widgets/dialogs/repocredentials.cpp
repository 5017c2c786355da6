#include "repocredentials.h"

#include <model/repo/repourl.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

#ifdef KT_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString KeyringService = u"Kien Truc Studio repository"_s;

#ifdef KT_HAVE_QTKEYCHAIN
// Runs a keyring job to its end (the keyring answers over D-Bus, in milliseconds).
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
#endif

} // namespace

bool RepoCredentials::keyringBuiltIn()
{
#ifdef KT_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

bool RepoCredentials::needsPassword(const QString &error)
{
    return error.contains(u"no password supplied"_s, Qt::CaseInsensitive)
            || error.contains(u"password authentication failed"_s, Qt::CaseInsensitive);
}

QString RepoCredentials::withPassword(const QString &url, const QString &password)
{
    QUrl parsed(url, QUrl::StrictMode);
    parsed.setPassword(password, QUrl::DecodedMode);
    return parsed.toString(QUrl::FullyEncoded);
}

QString RepoCredentials::storedPassword(const QString &display)
{
#ifdef KT_HAVE_QTKEYCHAIN
    QKeychain::ReadPasswordJob job(KeyringService);
    job.setKey(display);
    job.setInsecureFallback(false);
    runJob(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
#else
    Q_UNUSED(display)
    return {};
#endif
}

bool RepoCredentials::storePassword(const QString &display, const QString &password,
                                    QString *error)
{
#ifdef KT_HAVE_QTKEYCHAIN
    QKeychain::WritePasswordJob job(KeyringService);
    job.setKey(display);
    job.setInsecureFallback(false); // never a plain-text file
    job.setTextData(password);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = tr("The password for %1 was not remembered: the system keyring refused it "
                    "(%2). %3")
                         .arg(display, job.errorString(), pgpassHint());
    return false;
#else
    Q_UNUSED(display)
    Q_UNUSED(password)
    if (error)
        *error = tr("This build has no system keyring support. %1").arg(pgpassHint());
    return false;
#endif
}

void RepoCredentials::forgetPassword(const QString &display)
{
#ifdef KT_HAVE_QTKEYCHAIN
    QKeychain::DeletePasswordJob job(KeyringService);
    job.setKey(display);
    runJob(job);
#else
    Q_UNUSED(display)
#endif
}

QString RepoCredentials::pgpassHint()
{
    return tr("To connect without typing it, put the password in the PostgreSQL password "
              "file ~/.pgpass (a line host:port:database:user:password, the file readable "
              "only by you), which the PostgreSQL client reads itself.");
}

QString RepoCredentials::retryUrl(QWidget *parent, const QString &url, const QString &error,
                                  bool *triedKeyring, QString *notice)
{
    if (!needsPassword(error))
        return {};
    const Result<RepoUrl> parsed = RepoUrl::parse(url);
    const QString shown = parsed ? parsed.value().display() : url;
    if (!*triedKeyring) {
        *triedKeyring = true;
        const QString stored = storedPassword(shown);
        if (!stored.isEmpty())
            return withPassword(url, stored);
    }
    PasswordDialog prompt(shown, error, parent);
    if (prompt.exec() != QDialog::Accepted)
        return {};
    if (prompt.remember()) {
        QString refused;
        if (!storePassword(shown, prompt.password(), &refused) && notice)
            *notice = refused;
    }
    return withPassword(url, prompt.password());
}

PasswordDialog::PasswordDialog(const QString &repository, const QString &reason, QWidget *parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_remember(new QCheckBox(this))
{
    setWindowTitle(tr("Repository Password"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The server of the repository %1 asks for a password:\n%2")
                                     .arg(repository, reason),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *form = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(u"password"_s);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember->setText(tr("&Remember it in the system keyring"));
    m_remember->setObjectName(u"remember"_s);
    m_remember->setEnabled(RepoCredentials::keyringBuiltIn());
    layout->addWidget(m_remember);
    auto *hint = new QLabel(RepoCredentials::keyringBuiltIn()
                                    ? tr("The program never writes the password in a file.")
                                    : RepoCredentials::pgpassHint(),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace kt
