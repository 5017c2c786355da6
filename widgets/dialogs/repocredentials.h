#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QString>

class QCheckBox;
class QLineEdit;

namespace kt {

// Passwords of team repositories. The program never writes one in plain text: a
// password typed at the prompt lives in memory for the session; "remember" keeps it in
// the system keyring (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows
// Credential Store). Built without QtKeychain, or with no keyring running, libpq's own
// conventions apply: PGPASSWORD, or ~/.pgpass (host:port:database:user:password, mode
// 0600), which libpq reads before the server is asked.
class RepoCredentials
{
    Q_DECLARE_TR_FUNCTIONS(kt::RepoCredentials)

public:
    static bool keyringBuiltIn();
    // The connection failed for want of a (right) password.
    static bool needsPassword(const QString &error);
    // The URI with the password in it (for the connection only: never shown or stored).
    static QString withPassword(const QString &url, const QString &password);
    // The keyring's password for the repository (its URI without password); empty when
    // there is none or no keyring.
    static QString storedPassword(const QString &display);
    // false with the keyring's reason in *error.
    static bool storePassword(const QString &display, const QString &password, QString *error);
    static void forgetPassword(const QString &display);
    // What to do without a keyring, for the prompt.
    static QString pgpassHint();

    // After a connection to url failed with error: when the server wants a (right)
    // password, the URI to connect with again, holding the keyring's password (the first
    // time, *triedKeyring false) or the one typed at the prompt (PasswordDialog, modal on
    // parent); empty when there is nothing to try (another error, or the prompt was
    // cancelled). *notice: what the user is to be told besides (the keyring could not
    // remember the password, and what to do instead).
    static QString retryUrl(QWidget *parent, const QString &url, const QString &error,
                            bool *triedKeyring, QString *notice);
};

// Asks for the password the server wants, with an optional "remember in the keyring".
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &repository, const QString &reason, QWidget *parent = nullptr);
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace kt
