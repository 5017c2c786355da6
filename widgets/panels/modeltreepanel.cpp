#include "modeltreepanel.h"
#include "modeltreemodel.h"
#include "searchfiltermodel.h"

#include <model/compose/modeldeletion.h>
#include <model/edit/elementedits.h>
#include <model/edit/viewedits.h>
#include <widgets/document/document.h>

#include <QAction>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QHBoxLayout>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

struct RowRef
{
    ModelTreeModel::Kind kind;
    QString id;
};

QStandardItem *itemOf(const ModelTreeModel *model, const RowRef &row)
{
    switch (row.kind) {
    case ModelTreeModel::ElementNode: return model->elementItem(ElementId(row.id));
    case ModelTreeModel::RelationshipNode: return model->relationshipItem(RelationshipId(row.id));
    case ModelTreeModel::ViewNode: return model->viewItem(ViewId(row.id));
    case ModelTreeModel::LayerNode: return model->layerItem(row.id);
    case ModelTreeModel::OtherNode: return model->otherItem();
    case ModelTreeModel::RelationshipsNode: return model->relationshipsItem();
    case ModelTreeModel::ViewsNode: return model->viewsItem();
    case ModelTreeModel::FolderNode: return model->folderItem(row.id);
    default: return nullptr;
    }
}

} // namespace

ModelTreePanel::ModelTreePanel(QWidget *parent)
    : QWidget(parent),
      m_filter(new QLineEdit(this)),
      m_tree(new QTreeView(this)),
      m_model(new ModelTreeModel(this)),
      m_proxy(new SearchFilterModel(ModelTreeModel::SearchKeyRole, this)),
      m_filterTimer(new QTimer(this)),
      m_renameAction(new QAction(tr("Rename"), this)),
      m_deleteAction(new QAction(tr("Delete from Model"), this)),
      m_showFoldersAction(new QAction(tr("Show Folders"), this)),
      m_newFolderAction(new QAction(tr("&New Folder…"), this)),
      m_moveToFolderAction(new QAction(tr("&Move to Folder…"), this)),
      m_deleteFolderAction(new QAction(tr("Delete &Folder"), this))
{
    m_newFolderAction->setToolTip(
            tr("A new folder in the current one, holding the selected objects"));
    m_newFolderAction->setIcon(QIcon::fromTheme(u"folder-new"_s));
    m_deleteFolderAction->setToolTip(
            tr("Delete the folder; what it holds moves to the folder around it"));
    connect(m_newFolderAction, &QAction::triggered, this, &ModelTreePanel::askNewFolder);
    connect(m_moveToFolderAction, &QAction::triggered, this, &ModelTreePanel::askMoveToFolder);
    connect(m_deleteFolderAction, &QAction::triggered, this, &ModelTreePanel::deleteCurrentFolder);
    m_showFoldersAction->setCheckable(true);
    m_showFoldersAction->setToolTip(
            tr("Show the folders of models from other tools as a tree"));
    m_showFoldersAction->setIcon(QIcon::fromTheme(u"folder"_s));
    m_showFoldersAction->setChecked(QSettings().value(u"modelTree/showFolders"_s, false).toBool());
    m_model->setShowFolders(m_showFoldersAction->isChecked());
    connect(m_showFoldersAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(u"modelTree/showFolders"_s, on);
        m_model->setShowFolders(on);
    });
    m_filter->setPlaceholderText(tr("Filter (accents optional)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // big models: no per-row size queries
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    // Dragged onto a diagram, or onto a folder of this tree (ModelTreeModel::dropMimeData).
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    // Double-click opens (elementActivated); renaming is F2 or the context menu.
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    // Shortcuts only while the tree itself has focus: Delete typed into the
    // rename editor must not delete elements.
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_tree->addAction(m_renameAction);
    m_tree->addAction(m_deleteAction);
    connect(m_renameAction, &QAction::triggered, this, &ModelTreePanel::renameCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &ModelTreePanel::deleteSelectedElements);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(2);
    top->addWidget(m_filter, 1);
    auto *folders = new QToolButton(this);
    folders->setDefaultAction(m_showFoldersAction);
    folders->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    folders->setAutoRaise(true);
    top->addWidget(folders);
    layout->addLayout(top);
    layout->addWidget(m_tree);

    // On a big model filtering costs a noticeable moment per key: wait until the
    // user pauses. Small models and clearing the filter answer at once.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, [this] { filterChanged(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool big = m_document && m_document->model().data().elements.size() > 5000;
        if (big && !text.isEmpty()) {
            m_filterTimer->start();
        } else {
            m_filterTimer->stop();
            filterChanged(text);
        }
    });
    connect(m_tree, &QTreeView::activated, this, &ModelTreePanel::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelTreePanel::selectionChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this,
            &ModelTreePanel::showContextMenu);
    // The edit is pushed after the editor has closed: pushing it moves the row
    // (the new name sorts elsewhere), which must not happen under the editor.
    connect(m_model, &ModelTreeModel::elementRenameRequested, this,
            [this](const ElementId &id, const QString &name) {
                QMetaObject::invokeMethod(
                        this, [this, id, name] { renameElement(id, name); }, Qt::QueuedConnection);
            });
    connect(m_model, &ModelTreeModel::folderRenameRequested, this,
            [this](const QString &path, const QString &name) {
                QMetaObject::invokeMethod(
                        this, [this, path, name] { renameFolder(path, name); },
                        Qt::QueuedConnection);
            });
    connect(m_model, &ModelTreeModel::moveToFolderRequested, this,
            [this](const QList<ElementId> &elements, const QList<ViewId> &views,
                   const QString &path) {
                // After the drag has ended: the edit moves the dragged rows.
                QMetaObject::invokeMethod(
                        this,
                        [this, elements, views, path] {
                            moveToFolder(FolderContents{elements, {}, views}, path);
                        },
                        Qt::QueuedConnection);
            });
    connect(m_model, &ModelTreeModel::viewRenameRequested, this,
            [this](const ViewId &id, const QString &name) {
                QMetaObject::invokeMethod(
                        this, [this, id, name] { renameView(id, name); }, Qt::QueuedConnection);
            });
    updateActions();
}

ModelTreePanel::~ModelTreePanel() = default;

void ModelTreePanel::setDocument(Document *document)
{
    if (m_document) {
        disconnect(&m_document->model(), nullptr, this, nullptr);
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    // Built detached from the view: one reset instead of a view update per folder.
    m_proxy->setSourceModel(nullptr);
    m_model->setModel(document ? &document->model() : nullptr);
    m_proxy->setSourceModel(m_model);
    if (!document) {
        updateActions();
        return;
    }
    connect(&document->model(), &Model::changed, this, &ModelTreePanel::applyChanges);
    connect(document, &QObject::destroyed, this, &ModelTreePanel::updateActions);
    // Layers and views open; the relationships (often the longest list) closed.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        m_tree->setExpanded(index, ModelTreeModel::kindOf(index) != ModelTreeModel::RelationshipsNode);
    }
    updateActions();
}

QList<ElementId> ModelTreePanel::selectedElements() const
{
    QList<ElementId> ids;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        if (ModelTreeModel::kindOf(index) == ModelTreeModel::ElementNode)
            ids.append(ElementId(index.data(ModelTreeModel::IdRole).toString()));
    return ids;
}

void ModelTreePanel::applyChanges(const ChangeSet &changes)
{
    // Rows move when their sort key changes (take and insert), which drops them
    // from the selection; put the selection back so that renaming the selected
    // element keeps it selected.
    const auto refOf = [](const QModelIndex &index) {
        return RowRef{ModelTreeModel::kindOf(index), index.data(ModelTreeModel::IdRole).toString()};
    };
    const QList<ElementId> before = selectedElements();
    QList<RowRef> selected;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        selected.append(refOf(index));
    const QModelIndex current = m_tree->currentIndex();
    const RowRef currentRef = refOf(current);

    m_syncingSelection = true;
    m_model->apply(changes);
    QList<QModelIndex> sources;
    for (const RowRef &row : std::as_const(selected))
        if (QStandardItem *item = itemOf(m_model, row))
            sources.append(item->index());
    QStandardItem *currentItem = itemOf(m_model, currentRef);
    const QModelIndex currentSource = currentItem ? currentItem->index() : QModelIndex();
    if (m_tree->selectionModel()->selectedRows().size() != sources.size()
        || m_proxy->mapToSource(m_tree->currentIndex()) != currentSource)
        selectSourceItems(sources, currentSource);
    m_syncingSelection = false;

    if (selectedElements() != before)
        Q_EMIT elementsSelected(selectedElements());
    updateActions();
}

void ModelTreePanel::selectSourceItems(const QList<QModelIndex> &sourceIndexes,
                                       const QModelIndex &current)
{
    QItemSelection selection;
    for (const QModelIndex &source : sourceIndexes) {
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *model = m_tree->selectionModel();
    const QModelIndex currentIndex = m_proxy->mapFromSource(current);
    if (currentIndex.isValid())
        model->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ModelTreePanel::selectElement(const ElementId &id)
{
    QStandardItem *item = m_model->elementItem(id);
    if (!item) {
        const bool wasSyncing = m_syncingSelection;
        m_syncingSelection = true;
        m_tree->clearSelection();
        m_syncingSelection = wasSyncing;
        return;
    }
    if (!m_proxy->mapFromSource(item->index()).isValid())
        m_filter->clear(); // the filter hides it: show everything rather than nothing
    const QModelIndex index = m_proxy->mapFromSource(item->index());
    const bool wasSyncing = m_syncingSelection;
    m_syncingSelection = true;
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_syncingSelection = wasSyncing;
    updateActions();
}

void ModelTreePanel::selectionChanged()
{
    updateActions();
    if (!m_syncingSelection)
        Q_EMIT elementsSelected(selectedElements());
}

void ModelTreePanel::activate(const QModelIndex &proxyIndex)
{
    const QString id = proxyIndex.data(ModelTreeModel::IdRole).toString();
    switch (ModelTreeModel::kindOf(proxyIndex)) {
    case ModelTreeModel::ElementNode: Q_EMIT elementActivated(ElementId(id)); break;
    case ModelTreeModel::RelationshipNode: Q_EMIT relationshipActivated(RelationshipId(id)); break;
    case ModelTreeModel::ViewNode: Q_EMIT viewActivated(ViewId(id)); break;
    default: break;
    }
}

void ModelTreePanel::filterChanged(const QString &text)
{
    const bool wasFiltering = m_proxy->isFiltering();
    // Rows the filter hides leave the selection; that is not the user choosing
    // nothing, so the canvas is not told.
    const bool wasSyncing = m_syncingSelection;
    m_syncingSelection = true;
    m_proxy->setQuery(text);
    m_syncingSelection = wasSyncing;
    if (m_proxy->isFiltering()) {
        // Every row left is a match or the parent of one: show them all.
        m_tree->expandAll();
    } else if (wasFiltering) {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid())
            m_tree->scrollTo(current);
    }
}

bool ModelTreePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            // From the filter straight into the results.
            m_tree->setFocus();
            if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_tree->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ModelTreePanel::updateActions()
{
    const QModelIndex current = m_tree->currentIndex();
    const ModelTreeModel::Kind kind = ModelTreeModel::kindOf(current);
    m_renameAction->setEnabled(m_document
                               && (kind == ModelTreeModel::ElementNode
                                   || kind == ModelTreeModel::ViewNode
                                   || kind == ModelTreeModel::FolderNode));
    m_deleteAction->setEnabled(m_document && !selectedElements().isEmpty());
    const bool folders = m_document && m_model->showFolders();
    const bool objects = folders && !selectedObjects().isEmpty();
    m_newFolderAction->setEnabled(objects);
    m_moveToFolderAction->setEnabled(objects);
    m_deleteFolderAction->setEnabled(folders && kind == ModelTreeModel::FolderNode);
}

void ModelTreePanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid() && !m_tree->selectionModel()->isSelected(index))
        m_tree->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_renameAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    if (m_model->showFolders()) {
        menu.addAction(m_newFolderAction);
        menu.addAction(m_moveToFolderAction);
        menu.addAction(m_deleteFolderAction);
    }
    menu.addAction(m_showFoldersAction);
    Q_EMIT contextMenuAboutToShow(&menu);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

FolderContents ModelTreePanel::selectedObjects() const
{
    FolderContents objects;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        const QString id = index.data(ModelTreeModel::IdRole).toString();
        switch (ModelTreeModel::kindOf(index)) {
        case ModelTreeModel::ElementNode: objects.elements.append(ElementId(id)); break;
        case ModelTreeModel::RelationshipNode:
            objects.relationships.append(RelationshipId(id));
            break;
        case ModelTreeModel::ViewNode: objects.views.append(ViewId(id)); break;
        default: break;
        }
    }
    return objects;
}

QString ModelTreePanel::currentFolder() const
{
    const QModelIndex current = m_tree->currentIndex();
    const QString id = current.data(ModelTreeModel::IdRole).toString();
    if (!m_document)
        return {};
    const Model &model = m_document->model();
    switch (ModelTreeModel::kindOf(current)) {
    case ModelTreeModel::FolderNode: return id;
    case ModelTreeModel::ElementNode:
        if (const Element *element = model.element(ElementId(id)))
            return folderOf(element->extraProperties);
        break;
    case ModelTreeModel::RelationshipNode:
        if (const Relationship *relationship = model.relationship(RelationshipId(id)))
            return folderOf(relationship->extraProperties);
        break;
    case ModelTreeModel::ViewNode:
        if (const View *view = model.view(ViewId(id)))
            return folderOf(view->extraProperties);
        break;
    default: break;
    }
    return {};
}

bool ModelTreePanel::moveToFolder(FolderContents objects, const QString &path)
{
    if (!m_document || objects.isEmpty())
        return false;
    QString error;
    if (m_document->push(std::make_unique<MoveToFolder>(std::move(objects), path), &error))
        return true;
    Q_EMIT m_document->editRefused(error);
    return false;
}

bool ModelTreePanel::moveSelectionToFolder(const QString &path)
{
    return moveToFolder(selectedObjects(), path);
}

bool ModelTreePanel::newFolder(const QString &name)
{
    // A folder exists while something is in it: the new one takes the selection.
    QString checked = name;
    QString error;
    if (!checkFolderName(checked, error)) {
        if (m_document)
            Q_EMIT m_document->editRefused(error);
        return false;
    }
    return moveSelectionToFolder(folderPath(currentFolder(), checked));
}

bool ModelTreePanel::deleteCurrentFolder()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_document || ModelTreeModel::kindOf(current) != ModelTreeModel::FolderNode)
        return false;
    QString error;
    if (m_document->push(MoveFolder::remove(current.data(ModelTreeModel::IdRole).toString()),
                         &error))
        return true;
    Q_EMIT m_document->editRefused(error);
    return false;
}

bool ModelTreePanel::renameFolder(const QString &path, const QString &name)
{
    if (!m_document)
        return false;
    QString error;
    if (m_document->push(MoveFolder::rename(path, name.trimmed()), &error))
        return true;
    Q_EMIT m_document->editRefused(error);
    return false;
}

void ModelTreePanel::askMoveToFolder()
{
    if (!m_document || selectedObjects().isEmpty())
        return;
    const ModelData &data = m_document->model().data();
    QSet<QString> paths;
    const auto add = [&paths](const PropertyList &properties) {
        for (QString path = folderOf(properties); !path.isEmpty(); path = parentFolder(path))
            paths.insert(path);
    };
    for (const Element &element : data.elements)
        add(element.extraProperties);
    for (const Relationship &relationship : data.relationships)
        add(relationship.extraProperties);
    for (const View &view : data.views)
        add(view.extraProperties);
    QStringList folders = paths.values();
    std::sort(folders.begin(), folders.end());
    const QString current = currentFolder();
    bool ok = false;
    const QString path = QInputDialog::getItem(
            this, tr("Move to Folder"),
            tr("Folder (folders inside folders are separated by “/”; empty: no folder):"),
            folders, std::max(0, int(folders.indexOf(current))), true, &ok);
    if (ok)
        moveSelectionToFolder(path.trimmed());
}

void ModelTreePanel::askNewFolder()
{
    if (!m_document || selectedObjects().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"),
                                               tr("Name of the folder for the selected objects:"),
                                               QLineEdit::Normal, tr("New folder"), &ok);
    if (ok)
        newFolder(name);
}

void ModelTreePanel::renameCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && (current.flags() & Qt::ItemIsEditable))
        m_tree->edit(current);
}

void ModelTreePanel::renameElement(const ElementId &id, const QString &name)
{
    if (m_document)
        m_document->push(std::make_unique<SetElementName>(id, name));
}

void ModelTreePanel::renameView(const ViewId &id, const QString &name)
{
    if (m_document)
        m_document->push(std::make_unique<SetViewName>(id, name));
}

void ModelTreePanel::deleteSelectedElements()
{
    const QList<ElementId> ids = selectedElements();
    if (!m_document || ids.isEmpty())
        return;
    const ModelData &data = m_document->model().data();
    // No view is in front of the tree: a node in any view counts.
    const int shown = ModelDeletion::elementsOutside(ModelDeletion::usage(data, ids));
    if (shown > 0) {
        // Deleting from the model is not deleting from a diagram: say what goes.
        QString text;
        if (ids.size() == 1) {
            const Element *element = m_document->model().element(ids.first());
            text = tr("“%1” appears in diagrams. Deleting it from the model also removes it "
                      "from every diagram.")
                           .arg(element ? element->name : ids.first().toString());
        } else {
            text = tr("%n of the selected elements appear in diagrams. Deleting them from the "
                      "model also removes them from every diagram.",
                      nullptr, shown);
        }
        QMessageBox box(QMessageBox::Question, tr("Delete from Model"), text,
                        QMessageBox::Cancel, this);
        QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != deleteButton)
            return;
    }
    Composition deletion = ModelDeletion::deleteFromModel(data, ids, {});
    if (deletion)
        m_document->push(std::move(deletion.edit));
}

} // namespace kt
