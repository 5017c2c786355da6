#include "document.h"
#include "editcommand.h"
#include "repolink.h"
#include "repomerge.h"

#include <model/modelfile.h>

#include <QDir>
#include <QMetaObject>
#include <QFileInfo>

#include <optional>

namespace kt {

using namespace Qt::StringLiterals;

Document::Document(ModelData data, QString filePath, QObject *parent)
    : QObject(parent), m_model(std::move(data)), m_filePath(std::move(filePath))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { Q_EMIT modifiedChanged(isModified()); });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &Document::restoreClean);
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

void Document::setReadOnly(const QString &title, const QString &refusal)
{
    m_readOnlyTitle = title;
    m_readOnlyRefusal = refusal;
    Q_EMIT displayNameChanged();
}

QString Document::displayName() const
{
    if (!m_readOnlyTitle.isEmpty())
        return m_readOnlyTitle;
    if (m_repoLink)
        //: A model opened from a team repository: MODEL @ REPOSITORY
        return tr("%1 @ %2").arg(m_repoLink->modelName(), m_repoLink->repositoryDisplay());
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
    if (isReadOnly()) {
        if (error)
            *error = m_readOnlyRefusal;
        Q_EMIT editRefused(m_readOnlyRefusal);
        return false;
    }
    QString message;
    ChangeSet changes;
    // A repository document notes the fields each step writes (to tell, when others'
    // work arrives, which steps it overtakes): the model before, shared until written.
    std::optional<ModelData> before;
    if (m_repoLink)
        before = m_model.data();
    const QMetaObject::Connection capture = connect(
            &m_model, &Model::changed, this, [&changes](const ChangeSet &c) { changes = c; });
    const bool applied = m_model.apply(*edit, &message);
    disconnect(capture);
    if (!applied) {
        if (error)
            *error = message;
        Q_EMIT editRefused(message);
        return false;
    }
    RepoFieldChanges fields;
    // A view someone else claimed in the repository is theirs to change for now.
    if (m_repoLink) {
        if (!m_repoLink->refusalFor(changes).isEmpty()) {
            m_model.revert(*edit);
            // Said after the revert: the message names the view as it is, not as the
            // refused edit would have named it.
            const QString refusal = m_repoLink->refusalFor(changes);
            if (error)
                *error = refusal;
            Q_EMIT editRefused(refusal);
            return false;
        }
        QSet<QString> keys = RepoMerge::keysOf(changes, m_model.info().id.toString());
        for (const ViewId &view : std::as_const(changes.views.changed))
            keys.insert(RepoObjects::keyOf(RepoObjectKind::View, view.toString()));
        fields = RepoMerge::fieldChanges(*before, m_model.data(), keys);
    }
    if (m_keptClean > m_undoStack.index())
        m_keptClean = -1; // the steps above are dropped: that state cannot come back
    auto *command = new EditCommand(m_model, std::move(edit), std::move(fields),
                                    [this](const QString &why, bool undoing) {
                                        Q_EMIT editRefused(why);
                                        stepLeaving(undoing);
                                    });
    command->setViews(changes.views.changed + changes.views.removed);
    m_undoStack.push(command);
    return true;
}

bool Document::undo()
{
    return step(true);
}

bool Document::redo()
{
    return step(false);
}

bool Document::step(bool undoing)
{
    const int index = m_undoStack.index() - (undoing ? 1 : 0);
    if (index < 0 || index >= m_undoStack.count())
        return false;
    if (m_repoLink) {
        ChangeSet touched;
        touched.views.changed =
                static_cast<const EditCommand *>(m_undoStack.command(index))->views();
        if (const QString refusal = m_repoLink->refusalFor(touched); !refusal.isEmpty()) {
            Q_EMIT editRefused(refusal);
            return false;
        }
    }
    if (undoing)
        m_undoStack.undo();
    else
        m_undoStack.redo();
    return true;
}

void Document::stepLeaving(bool undoing)
{
    // QUndoStack forgets its clean state when a step below it leaves: the state is
    // then one step lower (the step's effect is replaced by theirs, which the base
    // holds too).
    const int at = m_undoStack.index() - (undoing ? 1 : 0);
    const int clean = m_undoStack.cleanIndex() >= 0 ? m_undoStack.cleanIndex() : m_keptClean;
    m_keptClean = clean > at ? clean - 1 : clean;
    // Once the stack has dropped the step: whether the model differs from the base.
    QMetaObject::invokeMethod(this, &Document::settleClean, Qt::QueuedConnection);
}

void Document::restoreClean()
{
    if (m_keptClean >= 0 && m_undoStack.cleanIndex() < 0 && m_undoStack.index() == m_keptClean) {
        m_keptClean = -1;
        m_undoStack.setClean();
    }
}

void Document::settleClean()
{
    restoreClean();
    if (!m_repoLink)
        return;
    const bool differs = m_repoLink->differsFromBase(m_model.data());
    if (!differs && !m_undoStack.isClean()) {
        m_keptClean = -1;
        m_undoStack.setClean();
    } else if (differs && m_undoStack.isClean()) {
        m_keptClean = -1;
        m_undoStack.resetClean();
    }
}

void Document::setRepoLink(RepoLink *link)
{
    if (m_repoLink == link)
        return;
    delete m_repoLink;
    m_repoLink = link;
    if (link)
        link->setParent(this);
    Q_EMIT displayNameChanged();
}

bool Document::applyRemote(std::unique_ptr<Edit> edit, const QSet<QString> &keys,
                           const QString &who, QString *error)
{
    const ModelData before = m_model.data(); // shared: the fields they changed, after
    if (!m_model.apply(*edit, error))
        return false;
    const RepoFieldChanges theirs = RepoMerge::fieldChanges(before, m_model.data(), keys);
    for (int i = 0; i < m_undoStack.count(); ++i) {
        auto *command = const_cast<EditCommand *>(
                static_cast<const EditCommand *>(m_undoStack.command(i)));
        if (command->isOvertaken())
            continue;
        // Only a step that wrote a field they changed too: undoing it would overwrite it.
        const QString key = RepoMerge::overlap(command->fields(), theirs);
        if (key.isEmpty())
            continue;
        command->overtake(tr("“%1” was not undone or redone: %2 changed %3 since, and that "
                             "newer change stays. The step left the undo history.")
                                  .arg(command->text(), who, describeKey(key)));
    }
    return true;
}

QSet<QString> Document::editedKeys() const
{
    QSet<QString> keys;
    for (int i = 0; i < m_undoStack.count(); ++i) {
        const auto *command = static_cast<const EditCommand *>(m_undoStack.command(i));
        for (auto it = command->fields().cbegin(); it != command->fields().cend(); ++it)
            keys.insert(it.key());
    }
    return keys;
}

QString Document::describeKey(const QString &key) const
{
    const qsizetype slash = key.indexOf(u'/');
    const QString kind = key.left(slash);
    const QString id = key.mid(slash + 1);
    if (kind == u"element"_s) {
        const Element *e = m_model.element(ElementId(id));
        return tr("the element “%1”").arg(e ? e->name : id);
    }
    if (kind == u"relationship"_s) {
        const Relationship *r = m_model.relationship(RelationshipId(id));
        return tr("the relationship “%1”").arg(r && !r->name.isEmpty() ? r->name : id);
    }
    if (kind == u"view"_s) {
        const View *v = m_model.view(ViewId(id));
        return tr("the view “%1”").arg(v ? v->name : id);
    }
    if (kind == u"node"_s) {
        for (const View &v : m_model.data().views) {
            if (const ViewNode *n = v.nodes.find(NodeId(id))) {
                const Element *e = n->element.isNull() ? nullptr : m_model.element(n->element);
                return tr("the node of “%1” in the view “%2”")
                        .arg(e ? e->name : n->label, v.name);
            }
        }
        return tr("a node (%1)").arg(id);
    }
    if (kind == u"connection"_s)
        return tr("a connection (%1)").arg(id);
    return tr("the model's information");
}

void Document::markCommitted()
{
    m_unsavedImport = false;
    m_keptClean = -1;
    m_undoStack.setClean();
    Q_EMIT modifiedChanged(isModified());
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
        m_keptClean = -1;
        m_undoStack.setClean();
        Q_EMIT modifiedChanged(isModified());
    }
    return true;
}

} // namespace kt
