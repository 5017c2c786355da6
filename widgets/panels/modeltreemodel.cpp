#include "modeltreemodel.h"
#include "dragmimedata.h"
#include "typeicons.h"
#include "vietnamesesort.h"

#include <model/core/language.h>
#include <model/core/text.h>
#include <model/model.h>

#include <QMimeData>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr Qt::ItemFlags FolderFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
// A folder of kt:folder: renamed in place, elements and views dropped on it.
constexpr Qt::ItemFlags OwnFolderFlags = FolderFlags | Qt::ItemIsEditable | Qt::ItemIsDropEnabled;

// Rows under a folder are ordered by sort key, then by id so that equal names
// keep one stable order.
bool lessThan(const QStandardItem *a, const QString &keyB, const QString &idB)
{
    const QString keyA = a->data(ModelTreeModel::SortKeyRole).toString();
    if (keyA != keyB)
        return keyA < keyB;
    return a->data(ModelTreeModel::IdRole).toString() < idB;
}

void setIfChanged(QStandardItem *item, const QVariant &value, int role)
{
    if (item->data(role) != value)
        item->setData(value, role);
}

// Text, keys and tooltip of a row, touched only where they differ so that an
// unchanged row emits nothing.
void setRowText(QStandardItem *item, const QString &name, const QString &display)
{
    setIfChanged(item, name, ModelTreeModel::NameRole);
    setIfChanged(item, display, Qt::DisplayRole);
    setIfChanged(item, vietnameseSortKey(display), ModelTreeModel::SortKeyRole);
    setIfChanged(item, searchKey(display), ModelTreeModel::SearchKeyRole);
}

} // namespace

ModelTreeModel::ModelTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setColumnCount(1);
}

ModelTreeModel::Kind ModelTreeModel::kindOf(const QModelIndex &index)
{
    return Kind(index.data(KindRole).toInt());
}

QStandardItem *ModelTreeModel::createFolder(Kind kind, const QString &id, const QString &name)
{
    auto *item = new QStandardItem;
    item->setFlags(FolderFlags);
    item->setData(int(kind), KindRole);
    item->setData(id, IdRole);
    item->setData(name, NameRole);
    item->setData(searchKey(name), SearchKeyRole);
    item->setText(name);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

void ModelTreeModel::setModel(const Model *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    clear();
    setColumnCount(1);
    m_layers.clear();
    m_elements.clear();
    m_elements.reserve(model ? model->data().elements.size() : 0);
    m_relationships.clear();
    m_views.clear();
    m_otherItem = nullptr;
    m_relationshipsItem = nullptr;
    m_viewsItem = nullptr;
    m_folders.clear();
    if (!m_model)
        return;
    connect(m_model, &QObject::destroyed, this, [this] { setModel(nullptr); });

    const QString language = uiLanguage();
    for (const Layer &layer : m_model->profile().layers()) {
        QStandardItem *item = createFolder(LayerNode, layer.id, layer.name.text(language));
        item->setIcon(colorSwatch(layer.color));
        m_layers.insert(layer.id, item);
        appendRow(item);
    }
    m_relationshipsItem = createFolder(RelationshipsNode, {}, tr("Relationships"));
    appendRow(m_relationshipsItem);
    m_viewsItem = createFolder(ViewsNode, {}, tr("Views"));
    appendRow(m_viewsItem);

    // Built in bulk: sort each folder's rows once instead of placing them one by one.
    struct Row
    {
        QString key;
        QString id;
        QStandardItem *item;
    };
    QHash<QStandardItem *, QList<Row>> rows;
    const auto add = [&rows](QStandardItem *parent, QStandardItem *item) {
        rows[parent].append(Row{item->data(SortKeyRole).toString(),
                                item->data(IdRole).toString(), item});
    };
    for (const Element &element : m_model->data().elements) {
        auto *item = new QStandardItem;
        updateElementItem(item, element);
        m_elements.insert(element.id, item);
        add(parentForElement(element), item);
    }
    for (const Relationship &relationship : m_model->data().relationships) {
        auto *item = new QStandardItem;
        updateRelationshipItem(item, relationship);
        m_relationships.insert(relationship.id, item);
        add(folderFor(relationship.extraProperties, m_relationshipsItem), item);
    }
    for (const View &view : m_model->data().views) {
        auto *item = new QStandardItem;
        updateViewItem(item, view);
        m_views.insert(view.id, item);
        add(folderFor(view.extraProperties, m_viewsItem), item);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Row &a, const Row &b) {
            return a.key != b.key ? a.key < b.key : a.id < b.id;
        });
        QList<QStandardItem *> items;
        items.reserve(it->size());
        for (const Row &row : std::as_const(*it))
            items.append(row.item);
        it.key()->appendRows(items);
    }
    updateFolderTexts();
}

QStandardItem *ModelTreeModel::ensureOtherItem()
{
    if (!m_otherItem) {
        // Elements of a type the profile does not know (an imported or damaged
        // model) still need a place; the validator says what is wrong with them.
        m_otherItem = createFolder(OtherNode, {}, tr("Unknown type"));
        insertRow(m_relationshipsItem->row(), m_otherItem);
    }
    return m_otherItem;
}

QStandardItem *ModelTreeModel::parentForElement(const Element &element)
{
    const ElementType *type = m_model->profile().elementType(element.type);
    if (QStandardItem *layer = type ? m_layers.value(type->layer) : nullptr)
        return folderFor(element.extraProperties, layer);
    return folderFor(element.extraProperties, ensureOtherItem());
}

void ModelTreeModel::setShowFolders(bool show)
{
    if (m_showFolders == show)
        return;
    m_showFolders = show;
    if (m_model)
        setModel(m_model);
}

QStandardItem *ModelTreeModel::folderFor(const PropertyList &properties, QStandardItem *fallback)
{
    if (!m_showFolders)
        return fallback;
    const auto it = std::find_if(properties.begin(), properties.end(),
                                 [](const Property &p) { return p.key == u"kt:folder"; });
    if (it == properties.end())
        return fallback;
    QStandardItem *parent = invisibleRootItem();
    QString path;
    for (const QString &name : it->value.split(u'/', Qt::SkipEmptyParts)) {
        path += (path.isEmpty() ? QString() : u"/"_s) + name;
        QStandardItem *folder = m_folders.value(path);
        if (!folder) {
            folder = createFolder(FolderNode, path, name);
            folder->setFlags(OwnFolderFlags);
            folder->setIcon(QIcon::fromTheme(u"folder"_s));
            setIfChanged(folder, vietnameseSortKey(name), SortKeyRole);
            if (parent == invisibleRootItem())
                parent->appendRow(folder);
            else
                placeSorted(parent, folder);
            m_folders.insert(path, folder);
        }
        parent = folder;
    }
    return parent == invisibleRootItem() ? fallback : parent;
}

void ModelTreeModel::updateElementItem(QStandardItem *item, const Element &element) const
{
    if (item->data(KindRole).isNull()) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                       | Qt::ItemIsDragEnabled);
        item->setData(int(ElementNode), KindRole);
        item->setData(element.id.toString(), IdRole);
    }
    const QString display = element.name.isEmpty() ? tr("(unnamed)") : element.name;
    const bool renamed = item->data(NameRole).toString() != element.name;
    setRowText(item, element.name, display);
    const bool retyped = item->data(TypeRole).toString() != element.type;
    if (retyped) {
        item->setData(element.type, TypeRole);
        const ElementType *type = m_model->profile().elementType(element.type);
        item->setIcon(type ? elementTypeIcon(*type) : QIcon());
    }
    if (renamed || retyped || item->toolTip().isEmpty()) {
        // Long names are elided in a narrow dock: the tooltip gives the whole name.
        const ElementType *type = m_model->profile().elementType(element.type);
        item->setToolTip(display + u'\n' + (type ? type->name.text(uiLanguage()) : element.type));
    }
}

QString ModelTreeModel::relationshipLabel(const Relationship &relationship) const
{
    // An end is an element or, as ArchiMate allows, another relationship.
    const auto nameOf = [this](const ElementId &id, const RelationshipId &other) {
        if (const Relationship *end = other.isNull() ? nullptr : m_model->relationship(other))
            return tr("relationship %1").arg(end->name.isEmpty() ? other.toString() : end->name);
        const Element *element = m_model->element(id);
        if (!element)
            return id.isNull() ? other.toString() : id.toString();
        return element->name.isEmpty() ? tr("(unnamed)") : element->name;
    };
    const RelationshipType *type = m_model->profile().relationshipType(relationship.type);
    return tr("%1 → %2 (%3)")
            .arg(nameOf(relationship.source, relationship.sourceRelationship),
                 nameOf(relationship.target, relationship.targetRelationship),
                 type ? type->name.text(uiLanguage()) : relationship.type);
}

void ModelTreeModel::updateRelationshipItem(QStandardItem *item,
                                            const Relationship &relationship) const
{
    if (item->data(KindRole).isNull()) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setData(int(RelationshipNode), KindRole);
        item->setData(relationship.id.toString(), IdRole);
    }
    setRowText(item, relationship.name, relationshipLabel(relationship));
    if (item->data(TypeRole).toString() != relationship.type) {
        item->setData(relationship.type, TypeRole);
        const RelationshipType *type = m_model->profile().relationshipType(relationship.type);
        item->setIcon(type ? relationshipTypeIcon(*type) : QIcon());
    }
    const QString label = item->data(Qt::DisplayRole).toString();
    setIfChanged(item, relationship.name.isEmpty() ? label : relationship.name + u'\n' + label,
                 Qt::ToolTipRole);
}

void ModelTreeModel::updateViewItem(QStandardItem *item, const View &view) const
{
    if (item->data(KindRole).isNull()) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                       | Qt::ItemIsDragEnabled);
        item->setData(int(ViewNode), KindRole);
        item->setData(view.id.toString(), IdRole);
    }
    setRowText(item, view.name, view.name.isEmpty() ? tr("(unnamed)") : view.name);
}

void ModelTreeModel::placeSorted(QStandardItem *parent, QStandardItem *item)
{
    const QString key = item->data(SortKeyRole).toString();
    const QString id = item->data(IdRole).toString();
    if (item->model() == this && item->parent() == parent) {
        const int row = item->row();
        const bool afterPrevious = row == 0 || lessThan(parent->child(row - 1), key, id);
        const bool beforeNext = row + 1 == parent->rowCount()
                || !lessThan(parent->child(row + 1), key, id);
        if (afterPrevious && beforeNext)
            return;
    }
    if (item->model() == this) {
        QStandardItem *oldParent = item->parent() ? item->parent() : invisibleRootItem();
        oldParent->takeRow(item->row());
    }
    int low = 0;
    int high = parent->rowCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        if (lessThan(parent->child(middle), key, id))
            low = middle + 1;
        else
            high = middle;
    }
    parent->insertRow(low, item);
}

void ModelTreeModel::apply(const ChangeSet &changes)
{
    if (!m_model)
        return;
    const auto removeAll = [](auto &index, const auto &ids) {
        for (const auto &id : ids) {
            if (QStandardItem *item = index.take(id))
                item->parent()->removeRow(item->row());
        }
    };
    removeAll(m_elements, changes.elements.removed);
    removeAll(m_relationships, changes.relationships.removed);
    removeAll(m_views, changes.views.removed);

    QSet<ElementId> renamed;
    for (const QSet<ElementId> &ids : {changes.elements.added, changes.elements.changed}) {
        for (const ElementId &id : ids) {
            const Element *element = m_model->element(id);
            if (!element)
                continue;
            QStandardItem *item = m_elements.value(id);
            if (!item)
                item = *m_elements.insert(id, new QStandardItem);
            else if (item->data(NameRole).toString() != element->name)
                renamed.insert(id);
            updateElementItem(item, *element);
            placeSorted(parentForElement(*element), item);
        }
    }

    QSet<RelationshipId> relationships = changes.relationships.added + changes.relationships.changed;
    if (!renamed.isEmpty()) {
        // Relationship rows show the names of their ends.
        for (const Relationship &r : m_model->data().relationships)
            if (renamed.contains(r.source) || renamed.contains(r.target))
                relationships.insert(r.id);
    }
    for (const RelationshipId &id : std::as_const(relationships)) {
        const Relationship *relationship = m_model->relationship(id);
        if (!relationship)
            continue;
        QStandardItem *item = m_relationships.value(id);
        if (!item)
            item = *m_relationships.insert(id, new QStandardItem);
        updateRelationshipItem(item, *relationship);
        placeSorted(folderFor(relationship->extraProperties, m_relationshipsItem), item);
    }

    for (const QSet<ViewId> &ids : {changes.views.added, changes.views.changed}) {
        for (const ViewId &id : ids) {
            const View *view = m_model->view(id);
            if (!view)
                continue;
            QStandardItem *item = m_views.value(id);
            if (!item)
                item = *m_views.insert(id, new QStandardItem);
            updateViewItem(item, *view);
            placeSorted(folderFor(view->extraProperties, m_viewsItem), item);
        }
    }

    if (m_otherItem && !m_otherItem->hasChildren()) {
        removeRow(m_otherItem->row());
        m_otherItem = nullptr;
    }
    removeEmptyFolders();
    updateFolderTexts();
}

void ModelTreeModel::removeEmptyFolders()
{
    if (m_folders.isEmpty())
        return;
    // Longest paths first: a folder emptied by removing its last subfolder goes too.
    QStringList paths = m_folders.keys();
    std::sort(paths.begin(), paths.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &path : std::as_const(paths)) {
        QStandardItem *folder = m_folders.value(path);
        if (folder->hasChildren())
            continue;
        m_folders.remove(path);
        QStandardItem *parent = folder->parent() ? folder->parent() : invisibleRootItem();
        parent->removeRow(folder->row());
    }
}

void ModelTreeModel::updateFolderTexts()
{
    QList<QStandardItem *> folders = m_layers.values();
    folders << m_otherItem << m_relationshipsItem << m_viewsItem << m_folders.values();
    for (QStandardItem *folder : std::as_const(folders)) {
        if (!folder)
            continue;
        const QString text = tr("%1 (%2)").arg(folder->data(NameRole).toString())
                                     .arg(folder->rowCount());
        setIfChanged(folder, text, Qt::DisplayRole);
    }
}

QVariant ModelTreeModel::data(const QModelIndex &index, int role) const
{
    // Editing in place starts from the bare name, not from "(unnamed)".
    if (role == Qt::EditRole)
        return QStandardItemModel::data(index, NameRole);
    if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && !m_viewNotes.isEmpty()
        && kindOf(index) == ViewNode) {
        const QString note = m_viewNotes.value(QStandardItemModel::data(index, IdRole).toString());
        if (!note.isEmpty())
            return QString(QStandardItemModel::data(index, role).toString() + u"  \u2014 "_s
                           + note);
    }
    return QStandardItemModel::data(index, role);
}

void ModelTreeModel::setViewNotes(const QHash<QString, QString> &notes)
{
    QSet<QString> touched;
    for (auto it = m_viewNotes.cbegin(); it != m_viewNotes.cend(); ++it)
        touched.insert(it.key());
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        touched.insert(it.key());
    m_viewNotes = notes;
    for (const QString &id : std::as_const(touched))
        if (QStandardItem *item = m_views.value(ViewId(id))) {
            const QModelIndex index = item->index();
            Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::ToolTipRole });
        }
}

bool ModelTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return QStandardItemModel::setData(index, value, role);
    const QString name = value.toString();
    if (name == index.data(NameRole).toString())
        return false;
    const QString id = index.data(IdRole).toString();
    switch (kindOf(index)) {
    case ElementNode:
        Q_EMIT elementRenameRequested(ElementId(id), name);
        return true;
    case ViewNode:
        Q_EMIT viewRenameRequested(ViewId(id), name);
        return true;
    case FolderNode:
        Q_EMIT folderRenameRequested(id, name);
        return true;
    default:
        return false;
    }
}

QStringList ModelTreeModel::mimeTypes() const
{
    return {ElementIdsMimeType, ViewIdsMimeType};
}

QMimeData *ModelTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<ElementId> elements;
    QList<ViewId> views;
    for (const QModelIndex &index : indexes) {
        if (kindOf(index) == ElementNode)
            elements.append(ElementId(index.data(IdRole).toString()));
        else if (kindOf(index) == ViewNode)
            views.append(ViewId(index.data(IdRole).toString()));
    }
    if (elements.isEmpty() && views.isEmpty())
        return nullptr;
    QMimeData *data = elements.isEmpty() ? nullptr : createElementIdsMimeData(elements);
    return views.isEmpty() ? data : addViewIdsMimeData(data, views);
}

bool ModelTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &parent) const
{
    return kindOf(parent) == FolderNode && data
            && (data->hasFormat(ElementIdsMimeType) || data->hasFormat(ViewIdsMimeType));
}

bool ModelTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                  int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<ElementId> elements = elementIdsFromMimeData(data);
    const QList<ViewId> views = viewIdsFromMimeData(data);
    if (elements.isEmpty() && views.isEmpty())
        return false;
    Q_EMIT moveToFolderRequested(elements, views, parent.data(IdRole).toString());
    // Nothing for the view to remove at the source: the edit moves the rows.
    return false;
}

} // namespace kt
