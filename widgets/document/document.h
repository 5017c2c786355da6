#pragma once

#include <model/model.h>

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <memory>

namespace kt {

class Edit;
class RepoLink;

// An open model: the Model, the file it came from (empty for a new or imported
// model), and its undo stack. Every change made in the editor goes through push().
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(ModelData data, QString filePath = {}, QObject *parent = nullptr);
    ~Document() override;

    // Opens a .ktm (keeps the path) or an exchange .xml, an Archi .archimate or CSV
    // set (a new, unsaved model). findings, if given, receives what the file held
    // that the model could not take (ModelFile::load); the document keeps them too
    // (importFindings()).
    static std::unique_ptr<Document> open(const QString &path, QString *error,
                                          QStringList *findings = nullptr);

    // A repaired copy of the damaged .ktm at path (ModelFile::loadRepaired), in no
    // file: unsaved, its Save As proposing "NAME (repaired).ktm" beside the original,
    // which is never written. repairs receives what the repair dropped or fixed.
    static std::unique_ptr<Document> openRepaired(const QString &path, QString *error,
                                                  QStringList *repairs);

    Model &model() { return m_model; }
    const Model &model() const { return m_model; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    // Where Save As proposes to save a document in no file yet; empty: the model's
    // name in the last folder.
    QString suggestedPath() const { return m_suggestedPath; }
    // The name for title bars and tabs: the file name, or the model name when unsaved.
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean() || m_unsavedImport; }

    // Applies the edit and records it for undo; on refusal returns false and says why.
    bool push(std::unique_ptr<Edit> edit, QString *error = nullptr);
    // Undo and redo of the next step: a step that changes a view someone else claimed
    // in the repository is refused as a new edit would be (editRefused) and stays on
    // the stack, to be undone once the view is released. False when nothing was done.
    bool undo();
    bool redo();

    // A document opened from (or published to) a team repository: the link holds
    // where it came from and the base of its next commit; the document owns it.
    RepoLink *repoLink() const { return m_repoLink; }
    void setRepoLink(RepoLink *link);
    // Applies others' work (never undoable: a RemoteChange); every undo step that
    // wrote a field the change writes, of one of the objects keys names, is overtaken:
    // undoing it would overwrite their change, so it is refused and reported, naming
    // the object and who. A step that wrote other fields of those objects stays.
    bool applyRemote(std::unique_ptr<Edit> edit, const QSet<QString> &keys, const QString &who,
                     QString *error = nullptr);
    // The objects (RepoObject keys) the undo steps changed: all the model can differ
    // from its repository base in (what a merge of others' deletions checks).
    QSet<QString> editedKeys() const;
    // "the element “Portal”": an object of the model by its RepoObject key.
    QString describeKey(const QString &key) const;
    // The local changes were committed: the document is clean.
    void markCommitted();

    // Saves as .ktm (or exports as .xml when the path ends so) and marks the
    // document clean when the target is the document's own format.
    bool save(const QString &path, QString *error);

    // A past state of a model (from a team repository): shown, never changed. title
    // replaces the display name; every edit is refused with refusal. Save As writes a
    // copy (a .ktm of that state).
    void setReadOnly(const QString &title, const QString &refusal);
    bool isReadOnly() const { return !m_readOnlyRefusal.isEmpty(); }

    // A bundled example: illustrative data, not anyone's approved architecture.
    // The window's title and the model information say so.
    bool isSample() const { return m_sample; }
    void setSample(bool sample) { m_sample = sample; }

    // A model made by the program (an upgrade to another framework) and in no
    // file yet: unsaved until saved, as an imported exchange file is.
    void markUnsaved()
    {
        m_unsavedImport = true;
        Q_EMIT modifiedChanged(true);
    }

    // What the file the document was opened from held that the model could not
    // take, one message each naming the file; the validation panel lists them
    // until they are dismissed.
    const QStringList &importFindings() const { return m_importFindings; }
    void setImportFindings(QStringList findings);

Q_SIGNALS:
    void importFindingsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    // An edit was refused; the message says why (for the status bar).
    void editRefused(const QString &message);
    // The window title changes (a repository document's link was set).
    void displayNameChanged();

private:
    // An overtaken step leaves the stack (being undone or redone): keeps the clean
    // state where it now is, and then (settleClean) true to the repository's base.
    void stepLeaving(bool undoing);
    bool step(bool undoing);
    void settleClean();
    // Gives the stack back the clean state it lost when a step below it left.
    void restoreClean();

    Model m_model;
    QUndoStack m_undoStack;
    QString m_filePath;
    QString m_suggestedPath;
    QStringList m_importFindings;
    RepoLink *m_repoLink = nullptr;
    int m_keptClean = -1; // the clean index QUndoStack forgot (stepLeaving), or -1
    bool m_unsavedImport = false;
    bool m_sample = false;
    QString m_readOnlyTitle;
    QString m_readOnlyRefusal;
};

} // namespace kt
