#pragma once

#include <model/repo/repository.h>

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace kt {

// File ▸ Open from Repository… and File ▸ Publish to Repository…: the connection URI
// (postgresql://user@host:port/database, or ?host=/socket/dir; the recent ones
// remembered), the repository's models, and for publishing the model's name and a
// message. The work (listing, checking out, publishing) runs in the background with a
// busy bar; an error names the repository and stays in the dialog. A password the
// server asks for is prompted for (RepoCredentials), never stored in plain text.
class RepositoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Open, Publish };

    explicit RepositoryDialog(Mode mode, QWidget *parent = nullptr);
    ~RepositoryDialog() override;

    // Publish: the model to publish (its name proposed as the model's name).
    void setModelData(const ModelData &data);
    void setUrl(const QString &url);
    void setModelName(const QString &name);
    void setMessage(const QString &message);
    // Lists the repository's models (in the background; modelsListed() after).
    void listModels();

    // The URI the work connected with (with a password typed at the prompt: for this
    // session's connections only).
    QString connectedUrl() const { return m_connectedUrl; }
    QString modelName() const;
    // Open: the checked-out model; Publish: the published model as checked out.
    const RepoCheckout &checkout() const { return m_checkout; }
    QString errorText() const;
    // What the status line says now (the models listed, the error, the keyring's refusal).
    QString statusText() const;
    // Why a password typed with "remember" was not remembered (no keyring), and what to
    // do instead; empty when it was, or none was typed.
    QString keyringNotice() const { return m_notice; }
    bool isBusy() const;

    static QStringList recentUrls();
    // Remembers the URI (without its password) first among the recent ones.
    static void rememberUrl(const QString &url);

    void accept() override;

Q_SIGNALS:
    void modelsListed(const QStringList &models);
    // The checkout or publication ended (ok: the dialog is accepted).
    void workFinished(bool ok);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        QStringList models;
        RepoCheckout checkout;
    };
    using Work = std::function<Outcome(const QString &url)>;

    // Runs work against the URI, asking for a password when the server wants one.
    void run(Work work, std::function<void(Outcome)> done);
    void runWith(const QString &url, bool triedKeyring);
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    void updateButtons();
    // The end of a checkout or publication: accepted, or the error shown.
    void workDone(Outcome out);

    Mode m_mode;
    ModelData m_data;
    QComboBox *m_url;
    QPushButton *m_connect;
    QListWidget *m_models;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_message = nullptr;
    QLabel *m_status;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    Work m_work;
    std::function<void(Outcome)> m_done;
    QThread *m_job = nullptr;
    QString m_connectedUrl;
    QString m_notice; // the keyring refused to remember a password: said after the work
    RepoCheckout m_checkout;
};

} // namespace kt
