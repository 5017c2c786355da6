#include "documentcontroller.h"

#include <model/core/language.h>
#include <model/export/overalldiagram.h>
#include <model/io/exchangereader.h>
#include <model/meta/profileregistry.h>
#include <model/modelfile.h>
#include <model/store/ktmstore.h>
#include <widgets/document/document.h>
#include <widgets/document/repolink.h>

#include <model/edit/mergeconcepts.h>
#include <model/io/archicsv.h>

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRecentFiles = 10;
constexpr int AutosaveMilliseconds = 60 * 1000;

QString fileFilter()
{
    return DocumentController::tr("Kien Truc models (*.ktm);;ArchiMate Open Exchange (*.xml);;"
                                  "Archi models (*.archimate);;All files (*)");
}

} // namespace

DocumentController::DocumentController(QWidget *window) : QObject(window), m_window(window)
{
    m_autosave.setInterval(AutosaveMilliseconds);
    connect(&m_autosave, &QTimer::timeout, this, &DocumentController::autosaveNow);
    m_autosave.start();
}

DocumentController::~DocumentController()
{
    // Any orderly exit (saved or discarded) leaves no recovery copy behind; a
    // crash never gets here.
    removeRecovery();
}

QString DocumentController::recoveryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir + u"/recovery.ktm"_s;
}

void DocumentController::setAutosaveInterval(int milliseconds)
{
    m_autosave.setInterval(milliseconds);
}

void DocumentController::setAutosaveEnabled(bool enabled)
{
    m_autosaveEnabled = enabled;
    if (enabled)
        m_autosave.start();
    else
        m_autosave.stop();
}

void DocumentController::autosaveNow()
{
    if (!m_autosaveEnabled || !m_document || !m_document->isModified())
        return;
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    ModelData data = m_document->model().data();
    // A repository document: where it came from and its base, to be tied again.
    if (const RepoLink *link = m_document->repoLink())
        RepoAutosave::write(data, link->repositoryDisplay(), link->base());
    // Remember where the document came from, to offer it on restore.
    data.info.extraProperties.append({u"kt:recoveredFrom"_s, m_document->filePath()});
    QString error;
    if (!ModelFile::save(data, recoveryPath(), &error))
        Q_EMIT statusMessage(tr("Autosave failed: %1").arg(error));
}

void DocumentController::removeRecovery()
{
    if (!m_autosaveEnabled)
        return;
    QFile::remove(recoveryPath());
}

bool DocumentController::offerRecovery()
{
    if (!QFileInfo::exists(recoveryPath()))
        return false;
    Result<ModelData> data = ModelFile::load(recoveryPath());
    if (!data) {
        removeRecovery();
        return false;
    }
    QString origin;
    PropertyList &extra = data->info.extraProperties;
    for (qsizetype i = extra.size() - 1; i >= 0; --i) {
        if (extra.at(i).key == u"kt:recoveredFrom") {
            origin = extra.at(i).value;
            extra.removeAt(i);
        }
    }
    QString tieError;
    const std::optional<RepoTie> tie = RepoAutosave::take(data.value(), &tieError);
    if (tie && origin.isEmpty())
        //: A restored autosave copy of a repository model: MODEL @ REPOSITORY
        origin = tr("%1 @ %2").arg(tie->modelName, tie->url);
    Answer answer = m_promptAnswer.value_or(Answer::Discard);
    if (!m_promptAnswer) {
        const auto button = QMessageBox::question(
                m_window, tr("Restore unsaved work"),
                tr("Kien Truc Studio did not close normally. Unsaved changes to “%1” were kept. "
                   "Restore them?")
                        .arg(origin.isEmpty() ? data->info.name
                                              : tie ? origin : QFileInfo(origin).fileName()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        answer = button == QMessageBox::Yes ? Answer::Save : Answer::Discard;
    }
    if (answer != Answer::Save) {
        removeRecovery();
        return false;
    }
    // Restored as a modified document: the user decides where to save it.
    auto document = std::make_unique<Document>(std::move(data).value(),
                                               tie ? QString() : origin);
    document->undoStack()->resetClean();
    setDocument(std::move(document));
    removeRecovery();
    Q_EMIT statusMessage(tieError.isEmpty() ? tr("Unsaved work restored.") : tieError);
    if (tie)
        Q_EMIT repositoryTieRecovered(*tie);
    return true;
}

void DocumentController::setDocument(std::unique_ptr<Document> document)
{
    std::unique_ptr<Document> old = std::move(m_document);
    m_document = std::move(document);
    Q_EMIT documentChanged(m_document.get());
}

void DocumentController::showError(const QString &title, const QString &message)
{
    Q_EMIT statusMessage(message);
    if (!m_promptAnswer) // tests answer for the user; no modal boxes then
        QMessageBox::warning(m_window, title, message);
}

void DocumentController::commitEditing()
{
    // A field that applies its text when it loses focus (a property, a report
    // text) holds what was typed since: saving or closing must not go without it.
    if (QWidget *editor = QApplication::focusWidget()) {
        editor->clearFocus();
        editor->setFocus(Qt::OtherFocusReason);
    }
}

bool DocumentController::maybeSave()
{
    commitEditing();
    if (!m_document || !m_document->isModified())
        return true;
    if (RepoLink *link = m_document->repoLink()) {
        // Its changes belong in the repository: commit them, or let them go.
        if (m_promptAnswer)
            return *m_promptAnswer == Answer::Discard;
        return QMessageBox::warning(
                       m_window, tr("Uncommitted changes"),
                       tr("“%1” has changes not committed to the repository %2. Close it and "
                          "discard them? (Cancel, then File ▸ Commit… sends them.)")
                               .arg(m_document->displayName(), link->repositoryDisplay()),
                       QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Discard;
    }
    Answer answer;
    if (m_promptAnswer) {
        answer = *m_promptAnswer;
    } else {
        const auto button = QMessageBox::warning(
                m_window, tr("Unsaved changes"),
                tr("“%1” has unsaved changes. Save them before closing?")
                        .arg(m_document->displayName()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        answer = button == QMessageBox::Save      ? Answer::Save
                : button == QMessageBox::Discard ? Answer::Discard
                                                 : Answer::Cancel;
    }
    switch (answer) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        return true;
    case Answer::Cancel:
        break;
    }
    return false;
}

bool DocumentController::newDocument()
{
    if (!maybeSave())
        return false;
    QString framework = ProfileRegistry::defaultFrameworkId();
    const QStringList frameworks = ProfileRegistry::frameworkIds();
    if (frameworks.size() > 1 && !m_promptAnswer) {
        QStringList names;
        for (const QString &id : frameworks) {
            const Result<ProfilePtr> profile = ProfileRegistry::profile(id);
            names.append(profile ? profile.value()->name().text(uiLanguage()) : id);
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
                m_window, tr("New model"), tr("Framework the architecture follows:"), names,
                int(frameworks.indexOf(framework)), false, &ok);
        if (!ok)
            return false;
        framework = frameworks.at(names.indexOf(chosen));
    }
    Result<ModelData> data = ModelFile::create(framework);
    if (!data) {
        showError(tr("New model"), data.error());
        return false;
    }
    data->info.name = tr("New architecture");
    // Ready to draw on: an empty overall diagram, named after the framework's version.
    View overall = OverallDiagram::build(data.value(), nullptr);
    if (const ProfilePtr profile = data->profile)
        overall.name = tr("Overall diagram (framework %1)").arg(profile->version());
    data->views.append(overall);
    setDocument(std::make_unique<Document>(std::move(data).value()));
    removeRecovery();
    return true;
}

bool DocumentController::adopt(std::unique_ptr<Document> document)
{
    if (!maybeSave())
        return false;
    setDocument(std::move(document));
    return true;
}

bool DocumentController::open(const QString &path)
{
    // The chosen file is read first: a file that cannot be opened leaves the
    // current document as it is, without asking about its unsaved changes.
    QString error;
    QStringList findings;
    std::unique_ptr<Document> document = Document::open(path, &error, &findings);
    if (!document)
        return offerRepairedCopy(path, error);
    if (!maybeSave())
        return false;
    setDocument(std::move(document));
    removeRecovery();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    // What the file held that the model could not take: listed in the validation
    // panel (the document keeps it), said once in the status bar; the model opens.
    if (!findings.isEmpty())
        Q_EMIT statusMessage(
                tr("%1: the model is open; %n thing(s) in the file could not be imported "
                   "(listed in the Validation panel).",
                   nullptr, int(findings.size()))
                        .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::offerRepairedCopy(const QString &path, const QString &error)
{
    QStringList repairs;
    std::unique_ptr<Document> repaired;
    if (ModelFile::formatOf(path) == ModelFile::Format::Ktm)
        repaired = Document::openRepaired(path, nullptr, &repairs);
    if (!repaired) {
        showError(tr("Open"), error);
        return false;
    }
    constexpr qsizetype Shown = 12;
    const QString list = u"• "_s + repairs.mid(0, Shown).join(u"\n• "_s)
            + (repairs.size() > Shown
                       ? u"\n"_s + tr("… and %n more.", nullptr, int(repairs.size() - Shown))
                       : QString());
    const QString question =
            error + u"\n\n"_s
            + tr("The damage is local: a repaired copy can be opened. The file stays as it is; "
                 "the copy is saved only where you choose. The repair leaves out or changes "
                 "%n thing(s):",
                 nullptr, int(repairs.size()))
            + u"\n\n"_s + list;
    m_lastRepairs = repairs;
    bool open = m_repairAnswer.value_or(false);
    if (!m_repairAnswer && !m_promptAnswer) {
        QMessageBox box(QMessageBox::Warning, tr("Open"), question, QMessageBox::Cancel, m_window);
        QPushButton *openCopy = box.addButton(tr("Open a Repaired Copy"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        open = box.clickedButton() == openCopy;
    } else {
        Q_EMIT statusMessage(question);
    }
    if (!open || !maybeSave())
        return false;
    setDocument(std::move(repaired));
    removeRecovery();
    Q_EMIT statusMessage(tr("A repaired copy of %1 is open; it is in no file yet.")
                                 .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::openDialog()
{
    QSettings settings;
    const QString start = settings.value(u"files/lastFolder"_s, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open model"), start, fileFilter());
    if (path.isEmpty())
        return false;
    settings.setValue(u"files/lastFolder"_s, QFileInfo(path).absolutePath());
    return open(path);
}

bool DocumentController::importArchiCsv(const QString &elementsPath)
{
    if (!m_document)
        return false;
    ArchiCsvReader reader;
    std::unique_ptr<MergeConcepts> edit = reader.mergeEdit(elementsPath, m_document->model().data());
    if (!edit) {
        showError(tr("Import Archi CSV"), reader.errorString());
        return false;
    }
    if (edit->isEmpty())
        return false;
    QString error;
    if (!m_document->push(std::move(edit), &error)) {
        showError(tr("Import Archi CSV"), error);
        return false;
    }
    return true;
}

bool DocumentController::importArchiCsvDialog()
{
    QSettings settings;
    const QString start = settings.value(u"files/lastFolder"_s, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import Archi CSV"), start,
            tr("Archi CSV elements file (*elements.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue(u"files/lastFolder"_s, QFileInfo(path).absolutePath());
    return importArchiCsv(path);
}

bool DocumentController::openExample(const QString &name)
{
    if (!maybeSave())
        return false;
    const QString resource = u":/kientruc/examples/"_s + name + u".xml"_s;
    ModelData data;
    ExchangeReader reader;
    if (!reader.readFile(resource, data)) {
        showError(tr("Examples"), reader.errorString());
        return false;
    }
    // An example opens as a new, unsaved model: the bundled file is never overwritten.
    auto document = std::make_unique<Document>(std::move(data));
    document->setSample(true);
    setDocument(std::move(document));
    return true;
}

bool DocumentController::openNew(ModelData data, bool sample)
{
    if (!maybeSave())
        return false;
    auto document = std::make_unique<Document>(std::move(data));
    document->setSample(sample);
    document->markUnsaved();
    setDocument(std::move(document));
    removeRecovery();
    return true;
}

bool DocumentController::save()
{
    if (!m_document)
        return false;
    commitEditing();
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        showError(tr("Save"), error);
        return false;
    }
    removeRecovery();
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool DocumentController::saveAs()
{
    if (!m_document)
        return false;
    commitEditing();
    QSettings settings;
    const QString folder = settings.value(u"files/lastFolder"_s, QDir::homePath()).toString();
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = m_document->suggestedPath();
    if (suggested.isEmpty())
        suggested = folder + u'/' + m_document->model().info().name + u".ktm"_s;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save model as"), suggested,
                                                tr("Kien Truc models (*.ktm)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ktm"_s;
    settings.setValue(u"files/lastFolder"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!m_document->save(path, &error)) {
        showError(tr("Save"), error);
        return false;
    }
    addRecentFile(m_document->filePath());
    removeRecovery();
    return true;
}

bool DocumentController::close()
{
    if (!maybeSave())
        return false;
    setDocument(nullptr);
    removeRecovery();
    return true;
}

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(u"files/recent"_s).toStringList();
}

QString DocumentController::lastFile()
{
    const QStringList recent = QSettings().value(u"files/recent"_s).toStringList();
    return recent.isEmpty() ? QString() : recent.first();
}

void DocumentController::clearRecentFiles()
{
    QSettings().remove(u"files/recent"_s);
    Q_EMIT recentFilesChanged();
}

void DocumentController::addRecentFile(const QString &path)
{
    if (ModelFile::formatOf(path) != ModelFile::Format::Ktm)
        return;
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(u"files/recent"_s, recent);
    Q_EMIT recentFilesChanged();
}

} // namespace kt
