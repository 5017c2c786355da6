#pragma once

#include <model/repo/repoautosave.h>

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QWidget;

namespace kt {

class Document;
struct ModelData;

// The life of the open document: new, open, save, save as, close with the
// unsaved-changes prompt, recent files, the bundled examples, and autosave with
// recovery after a crash. The main window shows what this controller holds.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QWidget *window);
    ~DocumentController() override;

    Document *document() const { return m_document.get(); }

    // Replaces the open document (after asking to save the current one).
    bool newDocument();
    bool open(const QString &path);
    bool openDialog();
    // Merges an Archi CSV set (named by its elements file) into the open model as
    // one undoable edit: adds or updates by id, never deletes. False when there is
    // no document, the set is refused (an error is shown) or nothing changes.
    bool importArchiCsv(const QString &elementsPath);
    bool importArchiCsvDialog();
    bool openExample(const QString &name); // "vinhphuc-2.0" or "vinhphuc-1.0"
    // Opens a model made here (Model ▸ Upgrade) as a new, unsaved document
    // (after asking to save the current one); a sample stays marked as one.
    bool openNew(ModelData data, bool sample);
    // Makes document (one opened from a team repository) the open one, after asking
    // about the current one's unsaved changes.
    bool adopt(std::unique_ptr<Document> document);
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Closes the document (after asking); the window then shows nothing.
    bool close();

    QStringList recentFiles() const;
    void clearRecentFiles();
    static QString lastFile();

    // Start-up: offers to restore an autosaved copy left by a crash; true when
    // one was restored.
    bool offerRecovery();
    // The autosave copy is written here while there are unsaved changes.
    static QString recoveryPath();
    void setAutosaveInterval(int milliseconds);
    void autosaveNow();
    // A second window (a past state, read-only) leaves the autosave copy to the main
    // window: it writes none and never removes it.
    void setAutosaveEnabled(bool enabled);

    // Tests answer the unsaved-changes prompt instead of a person.
    enum class Answer { Save, Discard, Cancel };
    void setPromptAnswer(std::optional<Answer> answer) { m_promptAnswer = answer; }
    // Tests answer the offer of a repaired copy of a damaged file (true: open it);
    // with setPromptAnswer() alone it is declined.
    void setRepairAnswer(std::optional<bool> open) { m_repairAnswer = open; }
    // What the last offered repair dropped or fixed.
    QStringList lastRepairs() const { return m_lastRepairs; }

Q_SIGNALS:
    void documentChanged(kt::Document *document);
    void recentFilesChanged();
    void statusMessage(const QString &message);
    // The restored autosave copy came from a team repository (RepoActions ties it again).
    void repositoryTieRecovered(const kt::RepoTie &tie);

private:
    void setDocument(std::unique_ptr<Document> document);
    void addRecentFile(const QString &path);
    void removeRecovery();
    void commitEditing();
    void showError(const QString &title, const QString &message);
    // open() of a file refused: offers a repaired copy where the damage is local
    // (never written over the file), else shows the error. True when one was opened.
    bool offerRepairedCopy(const QString &path, const QString &error);

    QWidget *m_window;
    std::unique_ptr<Document> m_document;
    QTimer m_autosave;
    bool m_autosaveEnabled = true;
    std::optional<Answer> m_promptAnswer;
    std::optional<bool> m_repairAnswer;
    QStringList m_lastRepairs;
};

} // namespace kt
