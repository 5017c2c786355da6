#include "document.h"
#include "editcommand.h"

#include <model/modelfile.h>

#include <QDir>
#include <QFileInfo>

namespace kt {

Document::Document(ModelData data, QString filePath, QObject *parent)
    : QObject(parent), m_model(std::move(data)), m_filePath(std::move(filePath))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { Q_EMIT modifiedChanged(isModified()); });
}

Document::~Document()
{
    // The commands refer to the model: clear them while it is alive.
    m_undoStack.clear();
}

std::unique_ptr<Document> Document::open(const QString &path, QString *error,
                                         QStringList *findings)
{
    QStringList left;
    Result<ModelData> data = ModelFile::load(path, &left);
    if (!data) {
        if (error)
            *error = data.error();
        return nullptr;
    }
    const bool native = ModelFile::formatOf(path) == ModelFile::Format::Ktm;
    auto document = std::make_unique<Document>(std::move(data).value(),
                                               native ? QFileInfo(path).absoluteFilePath() : QString());
    document->m_unsavedImport = !native;
    if (findings)
        *findings = left;
    document->m_importFindings = std::move(left);
    return document;
}

std::unique_ptr<Document> Document::openRepaired(const QString &path, QString *error,
                                                 QStringList *repairs)
{
    Result<ModelData> data = ModelFile::loadRepaired(path, repairs);
    if (!data) {
        if (error)
            *error = data.error();
        return nullptr;
    }
    auto document = std::make_unique<Document>(std::move(data).value());
    const QFileInfo original(path);
    //: The file name proposed for a repaired copy of NAME.ktm
    document->m_suggestedPath = original.absoluteDir().filePath(
            tr("%1 (repaired).ktm").arg(original.completeBaseName()));
    document->m_unsavedImport = true;
    return document;
}

void Document::setImportFindings(QStringList findings)
{
    if (findings == m_importFindings)
        return;
    m_importFindings = std::move(findings);
    Q_EMIT importFindingsChanged();
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_suggestedPath.isEmpty())
        return QFileInfo(m_suggestedPath).fileName();
    if (!m_model.info().name.isEmpty())
        return m_model.info().name;
    return tr("Untitled");
}

bool Document::push(std::unique_ptr<Edit> edit, QString *error)
{
    QString message;
    if (!m_model.apply(*edit, &message)) {
        if (error)
            *error = message;
        Q_EMIT editRefused(message);
        return false;
    }
    m_undoStack.push(new EditCommand(m_model, std::move(edit)));
    return true;
}

bool Document::save(const QString &path, QString *error)
{
    // Saved elsewhere (Save As), the model takes the baselines of its file along.
    if (!ModelFile::save(m_model.data(), path, error, m_filePath))
        return false;
    if (ModelFile::formatOf(path) == ModelFile::Format::Ktm) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (absolute != m_filePath) {
            m_filePath = absolute;
            Q_EMIT filePathChanged(m_filePath);
        }
        m_unsavedImport = false;
        m_undoStack.setClean();
        Q_EMIT modifiedChanged(isModified());
    }
    return true;
}

} // namespace kt
