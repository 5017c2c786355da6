#pragma once

#include "edit.h"

#include <QHash>

namespace kt {

// Folders are the "kt:folder" property of elements, relationships and views
// ("Business/Processes", exchangenames.h): what exchange organizations and Archi's
// folders give, shown in the model tree when folders are shown. These edits change
// that property and nothing else; a folder exists while something is in it.

// The objects of a folder tree, by id: what the folder edits change.
struct FolderContents
{
    QList<ElementId> elements;
    QList<RelationshipId> relationships;
    QList<ViewId> views;

    bool isEmpty() const { return elements.isEmpty() && relationships.isEmpty() && views.isEmpty(); }
};

// The folder of an object ("" when it is in none), and the path of a folder in
// its parent ("Business" + "Processes" -> "Business/Processes").
QString folderOf(const PropertyList &properties);
QString folderPath(const QString &parent, const QString &name);
// The folder a path is in ("Business/Processes" -> "Business"; "Business" -> "").
QString parentFolder(const QString &path);
// What is in the folder at path or in a folder below it.
FolderContents folderContents(const ModelData &data, const QString &path);

// Puts the objects into the folder at path (made by it when nothing is there yet;
// "" takes them out of every folder).
class MoveToFolder : public Edit
{
public:
    MoveToFolder(FolderContents objects, QString path);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    FolderContents m_objects;
    QString m_path;
    QHash<QString, PropertyList> m_old; // object key -> its properties before
};

// Gives the folder at path, and every folder below it, another place: renaming
// it (to = its parent's path + the new name) or deleting it (to = its parent: what
// it holds moves up, its folders with their contents too).
class MoveFolder : public Edit
{
public:
    enum class Kind { Rename, Delete };
    MoveFolder(QString from, QString to, Kind kind);
    // The two uses, with the checks each needs.
    static std::unique_ptr<MoveFolder> rename(const QString &path, const QString &name);
    static std::unique_ptr<MoveFolder> remove(const QString &path);

    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    QString m_from;
    QString m_to;
    Kind m_kind;
    QString m_name; // the new name, for a rename
    QHash<QString, PropertyList> m_old; // object key -> its properties before
};

// Checks a folder name the user typed: the NFC form, trimmed, not empty, without "/".
bool checkFolderName(QString &name, QString &error);
// True when every name of the path passes checkFolderName unchanged ("" is the top).
bool checkFolderPath(const QString &path, QString &error);

} // namespace kt
