#pragma once

#include <model/changeset.h>
#include <model/core/id.h>
#include <model/types/property.h>

#include <QHash>
#include <QStandardItemModel>

namespace kt {

class Model;
struct Element;
struct Relationship;
struct View;

// The items of the model tree: one node per layer of the profile (in profile
// order) holding its elements in Vietnamese order, then the relationships and
// the views; or, when folders are shown (setShowFolders), what has a folder
// (the kt:folder property that exchange organizations and Archi's folders give,
// "Business/Processes") in a tree of folder nodes after those. Built once per model and then kept up to date from the ChangeSets of
// Model::changed, row by row, so that the view keeps its expanded state,
// selection and scroll position. Renaming in place does not write into the item:
// it asks for an edit (renameRequested) and the model's answer updates the row.
class ModelTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,        // the id string of an element, relationship, view or layer
        SortKeyRole,   // Vietnamese sort key of the row's text
        SearchKeyRole, // accent-insensitive search key of the row's text
        NameRole,      // the bare name (what in-place editing starts from)
        TypeRole,      // the element or relationship type the icon was made for
    };
    enum Kind { LayerNode = 1, ElementNode, OtherNode, RelationshipsNode, RelationshipNode,
                ViewsNode, ViewNode, FolderNode };
    Q_ENUM(Kind)

    explicit ModelTreeModel(QObject *parent = nullptr);

    // Rebuilds everything (the one full rebuild); nullptr empties the tree.
    void setModel(const Model *model);
    const Model *model() const { return m_model; }
    // Shows the folders of imported models as a tree (rebuilds the rows).
    void setShowFolders(bool show);
    bool showFolders() const { return m_showFolders; }
    QStandardItem *folderItem(const QString &path) const { return m_folders.value(path); }

    // Brings the rows up to date with one committed edit.
    void apply(const ChangeSet &changes);

    QStandardItem *layerItem(const QString &layerId) const { return m_layers.value(layerId); }
    QStandardItem *elementItem(const ElementId &id) const { return m_elements.value(id); }
    QStandardItem *relationshipItem(const RelationshipId &id) const
    {
        return m_relationships.value(id);
    }
    QStandardItem *viewItem(const ViewId &id) const { return m_views.value(id); }
    QStandardItem *otherItem() const { return m_otherItem; } // null when not needed
    QStandardItem *relationshipsItem() const { return m_relationshipsItem; }
    QStandardItem *viewsItem() const { return m_viewsItem; }

    static Kind kindOf(const QModelIndex &index);

    // Notes shown after views' names (who holds a claim of the view in the team
    // repository), by view id; an empty map shows none.
    void setViewNotes(const QHash<QString, QString> &notes);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    // Copy only: a drag never removes rows here (a drop on a folder asks for an
    // edit, which moves the rows).
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    // Elements and views dropped on a folder node: asks for the move
    // (moveToFolderRequested); no row is inserted here.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void elementRenameRequested(const kt::ElementId &id, const QString &name);
    void viewRenameRequested(const kt::ViewId &id, const QString &name);
    // A folder node renamed in place (path: the folder's, name: the new one).
    void folderRenameRequested(const QString &path, const QString &name);
    void moveToFolderRequested(const QList<kt::ElementId> &elements,
                               const QList<kt::ViewId> &views, const QString &path);

private:
    QHash<QString, QString> m_viewNotes;
    QStandardItem *createFolder(Kind kind, const QString &id, const QString &name);
    QStandardItem *parentForElement(const Element &element);
    QStandardItem *ensureOtherItem();
    // The folder node of the object's kt:folder, made when missing; fallback when
    // folders are not shown or the object has none.
    QStandardItem *folderFor(const PropertyList &properties, QStandardItem *fallback);

    void updateElementItem(QStandardItem *item, const Element &element) const;
    void updateRelationshipItem(QStandardItem *item, const Relationship &relationship) const;
    void updateViewItem(QStandardItem *item, const View &view) const;
    QString relationshipLabel(const Relationship &relationship) const;

    // Puts an item under parent at its sorted place, or moves it there when its
    // key or parent changed (a row already in place is left alone).
    void placeSorted(QStandardItem *parent, QStandardItem *item);
    void updateFolderTexts();
    // Removes the folder nodes that hold nothing any more, innermost first.
    void removeEmptyFolders();

    const Model *m_model = nullptr;
    QHash<QString, QStandardItem *> m_layers;
    QHash<ElementId, QStandardItem *> m_elements;
    QHash<RelationshipId, QStandardItem *> m_relationships;
    QHash<ViewId, QStandardItem *> m_views;
    QStandardItem *m_otherItem = nullptr;
    QStandardItem *m_relationshipsItem = nullptr;
    QStandardItem *m_viewsItem = nullptr;
    bool m_showFolders = false;
    QHash<QString, QStandardItem *> m_folders; // by path
};

} // namespace kt
