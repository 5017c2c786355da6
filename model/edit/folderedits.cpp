#include "folderedits.h"
#include "../io/exchangenames.h"

#include <QCoreApplication>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kt::Edit", text);
}

// Every object of the model with a folder property, walked in one order: calls
// visit(key, properties, mark) where key names the object for the saved values.
template<typename Visit>
void forEachObject(ModelData &data, const FolderContents *only, Visit visit)
{
    // Collections give objects to change by id only (Collection::find).
    for (qsizetype i = 0; i < data.elements.size(); ++i) {
        const ElementId id = data.elements.at(i).id;
        if (only && !only->elements.contains(id))
            continue;
        visit(u"e:"_s + id.toString(), data.elements.find(id)->extraProperties,
              [id](ChangeSet &changes) { changes.elements.changed.insert(id); });
    }
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        const RelationshipId id = data.relationships.at(i).id;
        if (only && !only->relationships.contains(id))
            continue;
        visit(u"r:"_s + id.toString(), data.relationships.find(id)->extraProperties,
              [id](ChangeSet &changes) { changes.relationships.changed.insert(id); });
    }
    for (qsizetype i = 0; i < data.views.size(); ++i) {
        const ViewId id = data.views.at(i).id;
        if (only && !only->views.contains(id))
            continue;
        visit(u"v:"_s + id.toString(), data.views.find(id)->extraProperties,
              [id](ChangeSet &changes) { changes.views.changed.insert(id); });
    }
}

// The properties with the folder set to path ("" removes it), in place.
void setFolder(PropertyList &properties, const QString &path)
{
    bool set = false;
    for (qsizetype i = 0; i < properties.size();) {
        if (properties.at(i).key != exchange::FolderProperty) {
            ++i;
        } else if (!set && !path.isEmpty()) {
            properties[i].value = path;
            set = true;
            ++i;
        } else {
            properties.removeAt(i);
        }
    }
    if (!set && !path.isEmpty())
        properties.append({exchange::FolderProperty, path});
}

bool isInside(const QString &folder, const QString &path)
{
    return folder == path || folder.startsWith(path + u'/');
}

// Puts the saved properties back.
void restore(ModelData &data, ChangeSet &changes, const QHash<QString, PropertyList> &old)
{
    forEachObject(data, nullptr, [&](const QString &key, PropertyList &properties, auto mark) {
        const auto it = old.constFind(key);
        if (it == old.constEnd())
            return;
        properties = it.value();
        mark(changes);
    });
}

} // namespace

QString folderOf(const PropertyList &properties)
{
    for (const Property &p : properties)
        if (p.key == exchange::FolderProperty)
            return p.value;
    return {};
}

QString folderPath(const QString &parent, const QString &name)
{
    return parent.isEmpty() ? name : parent + u'/' + name;
}

QString parentFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

FolderContents folderContents(const ModelData &data, const QString &path)
{
    FolderContents contents;
    if (path.isEmpty())
        return contents;
    for (const Element &element : data.elements)
        if (isInside(folderOf(element.extraProperties), path))
            contents.elements.append(element.id);
    for (const Relationship &relationship : data.relationships)
        if (isInside(folderOf(relationship.extraProperties), path))
            contents.relationships.append(relationship.id);
    for (const View &view : data.views)
        if (isInside(folderOf(view.extraProperties), path))
            contents.views.append(view.id);
    return contents;
}

bool checkFolderName(QString &name, QString &error)
{
    name = name.trimmed();
    if (name.isEmpty()) {
        error = tr("A folder needs a name.");
        return false;
    }
    if (name.contains(u'/')) {
        error = tr("A folder name cannot contain “/”: “%1”.").arg(name);
        return false;
    }
    return checkName(name, error);
}

bool checkFolderPath(const QString &path, QString &error)
{
    if (path.isEmpty())
        return true;
    for (const QString &name : path.split(u'/')) {
        QString checked = name;
        if (!checkFolderName(checked, error))
            return false;
        if (checked != name) {
            error = tr("“%1” is not a folder path.").arg(path);
            return false;
        }
    }
    return true;
}

MoveToFolder::MoveToFolder(FolderContents objects, QString path)
    : m_objects(std::move(objects)), m_path(std::move(path))
{
}

QString MoveToFolder::text() const
{
    return m_path.isEmpty() ? tr("Take out of folder") : tr("Move to folder %1").arg(m_path);
}

bool MoveToFolder::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    if (!checkFolderPath(m_path, error))
        return false;
    for (const ElementId &id : std::as_const(m_objects.elements))
        if (!data.elements.find(id))
            return error = tr("There is no object with id %1.").arg(id.toString()), false;
    for (const RelationshipId &id : std::as_const(m_objects.relationships))
        if (!data.relationships.find(id))
            return error = tr("There is no object with id %1.").arg(id.toString()), false;
    for (const ViewId &id : std::as_const(m_objects.views))
        if (!data.views.find(id))
            return error = tr("There is no object with id %1.").arg(id.toString()), false;
    m_old.clear();
    forEachObject(data, &m_objects, [&](const QString &key, PropertyList &properties, auto mark) {
        m_old.insert(key, properties);
        setFolder(properties, m_path);
        mark(changes);
    });
    return true;
}

void MoveToFolder::revert(ModelData &data, ChangeSet &changes)
{
    restore(data, changes, m_old);
}

MoveFolder::MoveFolder(QString from, QString to, Kind kind)
    : m_from(std::move(from)), m_to(std::move(to)), m_kind(kind)
{
}

std::unique_ptr<MoveFolder> MoveFolder::rename(const QString &path, const QString &name)
{
    auto edit = std::make_unique<MoveFolder>(path, folderPath(parentFolder(path), name),
                                             Kind::Rename);
    edit->m_name = name;
    return edit;
}

std::unique_ptr<MoveFolder> MoveFolder::remove(const QString &path)
{
    return std::make_unique<MoveFolder>(path, parentFolder(path), Kind::Delete);
}

QString MoveFolder::text() const
{
    return m_kind == Kind::Rename ? tr("Rename folder %1").arg(m_from)
                                  : tr("Delete folder %1").arg(m_from);
}

bool MoveFolder::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    if (m_from.isEmpty()) {
        error = tr("There is no folder to change.");
        return false;
    }
    if (m_kind == Kind::Rename) {
        QString name = m_name;
        if (!checkFolderName(name, error))
            return false;
        if (name != m_name) {
            error = tr("“%1” is not a folder name.").arg(m_name);
            return false;
        }
    }
    if (!checkFolderPath(m_to, error))
        return false;
    if (folderContents(data, m_from).isEmpty()) {
        error = tr("There is no folder “%1”.").arg(m_from);
        return false;
    }
    m_old.clear();
    forEachObject(data, nullptr, [&](const QString &key, PropertyList &properties, auto mark) {
        const QString folder = folderOf(properties);
        if (!isInside(folder, m_from))
            return;
        const QString rest = folder.mid(m_from.size()); // "" or "/Sub/…"
        const QString moved = m_to.isEmpty() && rest.startsWith(u'/') ? rest.mid(1) : m_to + rest;
        m_old.insert(key, properties);
        setFolder(properties, moved);
        mark(changes);
    });
    return true;
}

void MoveFolder::revert(ModelData &data, ChangeSet &changes)
{
    restore(data, changes, m_old);
}

} // namespace kt
