#pragma once

#include <model/changeset.h>
#include <model/core/id.h>
#include <model/edit/folderedits.h>

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLineEdit;
class QMenu;
class QModelIndex;
class QTimer;
class QTreeView;

namespace kt {

class Document;
class ModelTreeModel;
class SearchFilterModel;

// The model browser dock: every element by layer (Vietnamese order), the
// relationships and the views of the document, with an accent-insensitive
// filter. Elements are dragged from here onto a diagram, renamed in place (F2)
// and deleted from the model (context menu).
class ModelTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelTreePanel(QWidget *parent = nullptr);
    ~ModelTreePanel() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    QList<ElementId> selectedElements() const;

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    ModelTreeModel *treeModel() const { return m_model; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    // Folders (kt:folder), when shown: a new folder holding the selection, the
    // selection into a folder, the current folder deleted (what it holds moves to
    // its parent). Renaming a folder is renaming its row (F2).
    QAction *newFolderAction() const { return m_newFolderAction; }
    QAction *moveToFolderAction() const { return m_moveToFolderAction; }
    QAction *deleteFolderAction() const { return m_deleteFolderAction; }
    // The selected elements, relationships and views.
    FolderContents selectedObjects() const;
    // The folder of the current row: the folder itself, or the one its object is in.
    QString currentFolder() const;
    // Checkable: the folders of imported models as a tree (remembered in QSettings,
    // modelTree/showFolders).
    QAction *showFoldersAction() const { return m_showFoldersAction; }

public Q_SLOTS:
    // Selects and shows the element (as when the canvas selects it); does not
    // emit elementsSelected, so that two views following each other do not loop.
    void selectElement(const kt::ElementId &id);
    void renameCurrent();
    // Removes the selected elements from the model, asking first when any of them
    // appears in a view.
    void deleteSelectedElements();
    // The edits behind the folder commands (the commands ask for the names first);
    // false when refused (the reason goes to Document::editRefused).
    bool moveSelectionToFolder(const QString &path);
    bool newFolder(const QString &name);
    bool deleteCurrentFolder();
    bool renameFolder(const QString &path, const QString &name);

Q_SIGNALS:
    void elementActivated(const kt::ElementId &id);
    void relationshipActivated(const kt::RelationshipId &id);
    void viewActivated(const kt::ViewId &id);
    void elementsSelected(const QList<kt::ElementId> &ids);
    // The context menu with the panel's own commands, before it shows: the
    // window adds those of its own that apply to the current item.
    void contextMenuAboutToShow(QMenu *menu);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyChanges(const ChangeSet &changes);
    void activate(const QModelIndex &proxyIndex);
    void selectionChanged();
    void filterChanged(const QString &text);
    void showContextMenu(const QPoint &position);
    void updateActions();
    void renameElement(const ElementId &id, const QString &name);
    void renameView(const ViewId &id, const QString &name);
    bool moveToFolder(FolderContents objects, const QString &path);
    void askMoveToFolder();
    void askNewFolder();
    void selectSourceItems(const QList<QModelIndex> &sourceIndexes, const QModelIndex &current);

    QPointer<Document> m_document;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    ModelTreeModel *m_model;
    SearchFilterModel *m_proxy;
    QTimer *m_filterTimer;
    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_showFoldersAction;
    QAction *m_newFolderAction;
    QAction *m_moveToFolderAction;
    QAction *m_deleteFolderAction;
    bool m_syncingSelection = false;
};

} // namespace kt
