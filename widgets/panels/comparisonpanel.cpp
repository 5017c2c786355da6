#include "comparisonpanel.h"
#include "searchfiltermodel.h"
#include "wheelguard.h"

#include <model/core/language.h>
#include <model/core/text.h>
#include <widgets/document/comparison.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr ComparisonPanel::Kind ElementKinds[] = {
    ComparisonPanel::Kind::Added,   ComparisonPanel::Kind::Removed, ComparisonPanel::Kind::Renamed,
    ComparisonPanel::Kind::Retyped, ComparisonPanel::Kind::Moved,   ComparisonPanel::Kind::Changed,
};

constexpr int KindRole = ComparisonPanel::CountRole + 1; // a kind heading's Kind
constexpr int LayerRole = ComparisonPanel::CountRole + 2; // a component heading's layer id

bool hasKind(const ElementChange &c, ComparisonPanel::Kind kind)
{
    switch (kind) {
    case ComparisonPanel::Kind::All:
        return true;
    case ComparisonPanel::Kind::Added:
        return c.isAdded();
    case ComparisonPanel::Kind::Removed:
        return c.isRemoved();
    case ComparisonPanel::Kind::Renamed:
        return c.isRenamed();
    case ComparisonPanel::Kind::Retyped:
        return c.isRetyped();
    case ComparisonPanel::Kind::Moved:
        return c.isMoved();
    case ComparisonPanel::Kind::Changed:
        return c.isChanged() && !c.isAdded() && !c.isRemoved();
    }
    return false;
}

QStandardItem *makeItem(const QString &text, const QString &searchText = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setDragEnabled(false);
    item->setData(searchKey(searchText.isEmpty() ? text : searchText),
                  ComparisonPanel::SearchKeyRole);
    return item;
}

void setHeading(QStandardItem *item, const QString &name, int count)
{
    item->setText(ComparisonPanel::tr("%1 (%2)").arg(name).arg(count));
    item->setData(count, ComparisonPanel::CountRole);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
}

// What exists only in the other version: shown, but it selects nothing.
void setGreyed(QStandardItem *item)
{
    item->setForeground(QColor(0x80, 0x80, 0x80));
    item->setToolTip(item->text() + u"\n"_s + ComparisonPanel::tr("Only in the other version"));
}

QStandardItem *makeKindItem(ComparisonPanel::Kind kind)
{
    QStandardItem *item = makeItem({}, ComparisonPanel::kindName(kind));
    item->setData(int(kind), KindRole);
    return item;
}

// A kind's heading goes under parent with its count, or away when it has no entry.
void addKind(QStandardItem *parent, QStandardItem *kindItem, ComparisonPanel::Kind kind)
{
    if (kindItem->rowCount() == 0) {
        delete kindItem;
        return;
    }
    setHeading(kindItem, ComparisonPanel::kindName(kind), kindItem->rowCount());
    parent->appendRow(kindItem);
}

// The relationships' or views' heading, counting the entries of its kinds; null
// (and gone) when it has none.
QStandardItem *addTop(QStandardItemModel *model, QStandardItem *top, const QString &name)
{
    int total = 0;
    for (int i = 0; i < top->rowCount(); ++i)
        total += top->child(i)->rowCount();
    if (total == 0) {
        delete top;
        return nullptr;
    }
    setHeading(top, name, total);
    model->appendRow(top);
    return top;
}

// An entry's id in the document; without one it exists only in the other version.
void setDocumentId(QStandardItem *entry, int role, const QString &id)
{
    entry->setData(id, role);
    if (id.isEmpty())
        setGreyed(entry);
}

QString orNone(const QString &value)
{
    return value.isEmpty() ? ComparisonPanel::tr("(none)") : value;
}

QString fieldLine(const FieldChange &field)
{
    const QString key = field.key == u"documentation" ? ComparisonPanel::tr("Documentation")
                                                      : field.key;
    return ComparisonPanel::tr("%1: %2 \u2192 %3")
            .arg(key, orNone(field.oldValue.left(200)), orNone(field.newValue.left(200)));
}

} // namespace

ComparisonPanel::ComparisonPanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_toolBar(new QToolBar(this)),
      m_filter(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_stack(new QStackedWidget(this)),
      m_hint(new QLabel(m_stack)),
      m_tree(new QTreeView(m_stack)),
      m_model(new QStandardItemModel(this)),
      m_proxy(new SearchFilterModel(SearchKeyRole, this))
{
    setObjectName(u"comparisonPanel"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(4, 2, 4, 2);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filter->setPlaceholderText(tr("Filter (accents optional)"));
    m_filter->setClearButtonEnabled(true);
    for (Kind kind : {Kind::All, Kind::Added, Kind::Removed, Kind::Renamed, Kind::Retyped,
                      Kind::Moved, Kind::Changed})
        m_kind->addItem(kindName(kind), int(kind));
    m_kind->setToolTip(tr("Which kind of change to list"));

    m_hint->setObjectName(u"comparisonHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(12);
    m_hint->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_tree);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(2);
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_kind, 2);
    auto *heading = new QHBoxLayout;
    heading->setContentsMargins(0, 0, 0, 0);
    heading->addWidget(m_title, 1);
    heading->addWidget(m_toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(heading);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    // The kind chooser takes the wheel only while focused: the wheel scrolls the tree.
    WheelGuard::protect(this);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuery(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComparisonPanel::rebuild);
    connect(m_tree, &QTreeView::clicked, this, &ComparisonPanel::activate);
    connect(m_tree, &QTreeView::activated, this, &ComparisonPanel::activate);
    rebuild();
}

ComparisonPanel::~ComparisonPanel() = default;

QString ComparisonPanel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All:
        return tr("All changes");
    case Kind::Added:
        return tr("Added");
    case Kind::Removed:
        return tr("Removed");
    case Kind::Renamed:
        return tr("Renamed");
    case Kind::Retyped:
        return tr("Retyped");
    case Kind::Moved:
        return tr("Moved");
    case Kind::Changed:
        return tr("Changed");
    }
    return {};
}

void ComparisonPanel::setComparison(Comparison *comparison)
{
    if (m_comparison)
        disconnect(m_comparison, nullptr, this, nullptr);
    m_comparison = comparison;
    if (comparison) {
        connect(comparison, &Comparison::updated, this, &ComparisonPanel::rebuild);
        connect(comparison, &Comparison::started, this, &ComparisonPanel::updateHint);
        connect(comparison, &QObject::destroyed, this, &ComparisonPanel::rebuild);
    }
    rebuild();
}

void ComparisonPanel::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ComparisonPanel::Kind ComparisonPanel::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

QStandardItem *ComparisonPanel::componentItem(const QString &layerId) const
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        QStandardItem *item = m_model->item(i);
        if (item != m_relationships && item != m_views && item->data(LayerRole).toString() == layerId)
            return item;
    }
    return nullptr;
}

QStandardItem *ComparisonPanel::kindItem(const QString &layerId, Kind kind) const
{
    QStandardItem *component = layerId == u"#relationships" ? m_relationships
            : layerId == u"#views"                            ? m_views
                                                              : componentItem(layerId);
    if (!component)
        return nullptr;
    for (int i = 0; i < component->rowCount(); ++i)
        if (component->child(i)->data(KindRole).toInt() == int(kind))
            return component->child(i);
    return nullptr;
}

void ComparisonPanel::updateHint()
{
    const Comparison *c = m_comparison;
    if (!c) {
        m_title->clear();
        m_title->hide();
        m_hint->setText(tr("No comparison yet.\n\nCompare the open model with a baseline of its "
                           "file or with another file: Model ▸ Compare… (%1), or Model ▸ "
                           "Baselines….")
                                .arg(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)
                                             .toString(QKeySequence::NativeText)));
        m_stack->setCurrentWidget(m_hint);
        return;
    }
    m_title->show();
    m_title->setText(c->documentIsNew() ? tr("Compared with %1 (the older version)").arg(c->label())
                                        : tr("Compared with %1 (the newer version)").arg(c->label()));
    if (!c->isReady()) {
        m_hint->setText(tr("Comparing…"));
        m_stack->setCurrentWidget(m_hint);
    } else if (c->diff().isEmpty()) {
        m_hint->setText(tr("The two versions are the same."));
        m_stack->setCurrentWidget(m_hint);
    } else {
        m_stack->setCurrentWidget(m_tree);
    }
}

void ComparisonPanel::rebuild()
{
    m_model->clear();
    m_relationships = nullptr;
    m_views = nullptr;
    updateHint();
    const Comparison *c = m_comparison;
    if (!c || !c->isReady())
        return;
    const ModelDiff &diff = c->diff();
    const ModelData &oldData = c->oldData();
    const ModelData &newData = c->newData();
    const Kind wanted = kind();
    const QString language = uiLanguage();
    // Components are named by the comparison's framework.
    const Profile *profile = newData.profile && newData.profile->id() == diff.frameworkId
            ? newData.profile.get()
            : oldData.profile && oldData.profile->id() == diff.frameworkId ? oldData.profile.get()
                                                                           : newData.profile.get();
    const auto layerName = [&](const QString &id) {
        const Layer *layer = profile ? profile->layer(id) : nullptr;
        return layer ? layer->name.text(language) : id.isEmpty() ? tr("Other") : id;
    };
    const auto typeName = [&language](const ModelData &data, const QString &type) {
        const ElementType *t = data.profile ? data.profile->elementType(type) : nullptr;
        return t ? t->name.text(language) : type;
    };
    const auto elementName = [](const ModelData &data, const ElementId &id) {
        const Element *e = data.elements.find(id);
        return e ? e->name : id.toString();
    };

    // Elements: by component in the diff's order (the profile's), then by kind.
    QStringList components;
    QHash<QString, QList<const ElementChange *>> byComponent;
    for (const ElementChange &change : diff.elements) {
        const QString component = change.component();
        if (!byComponent.contains(component))
            components.append(component);
        byComponent[component].append(&change);
    }
    for (const QString &component : std::as_const(components)) {
        QStandardItem *componentItem = makeItem({}, layerName(component));
        componentItem->setData(component, LayerRole);
        int total = 0;
        for (Kind k : ElementKinds) {
            if (wanted != Kind::All && wanted != k)
                continue;
            QStandardItem *kindItem = makeKindItem(k);
            for (const ElementChange *change : byComponent.value(component)) {
                if (!hasKind(*change, k))
                    continue;
                const QString name = change->isRemoved() ? change->oldName : change->newName;
                QString text = name;
                switch (k) {
                case Kind::Renamed:
                    text = tr("%1 \u2192 %2").arg(change->oldName, change->newName);
                    break;
                case Kind::Retyped:
                    text = tr("%1: %2 \u2192 %3")
                                   .arg(name, typeName(oldData, change->oldType),
                                        typeName(newData, change->newType));
                    break;
                case Kind::Moved:
                    text = tr("%1: %2 \u2192 %3")
                                   .arg(name, layerName(change->oldComponent),
                                        layerName(change->newComponent));
                    break;
                default:
                    break;
                }
                // Found by old and new name alike.
                QStandardItem *entry = makeItem(text, text + u' ' + change->oldName);
                entry->setToolTip(text);
                setDocumentId(entry, ElementRole, c->documentElement(*change).toString());
                if (k == Kind::Changed)
                    for (const FieldChange &field : change->fields)
                        entry->appendRow(makeItem(fieldLine(field)));
                kindItem->appendRow(entry);
            }
            addKind(componentItem, kindItem, k);
        }
        for (const ElementChange *change : byComponent.value(component))
            total += hasKind(*change, wanted) ? 1 : 0;
        if (componentItem->rowCount() == 0) {
            delete componentItem;
            continue;
        }
        setHeading(componentItem, layerName(component), total);
        m_model->appendRow(componentItem);
    }

    // Relationships: added, removed, changed.
    if (wanted == Kind::All || wanted == Kind::Added || wanted == Kind::Removed
        || wanted == Kind::Changed) {
        auto *top = makeItem({}, tr("Relationships"));
        for (Kind k : {Kind::Added, Kind::Removed, Kind::Changed}) {
            if (wanted != Kind::All && wanted != k)
                continue;
            QStandardItem *kindItem = makeKindItem(k);
            for (const RelationshipChange &change : diff.relationships) {
                const bool fits = k == Kind::Added ? change.isAdded()
                        : k == Kind::Removed       ? change.isRemoved()
                                                   : change.isChanged();
                if (!fits)
                    continue;
                const bool old = change.isRemoved();
                const ModelData &side = old ? oldData : newData;
                const QString type = old ? change.oldType : change.newType;
                const RelationshipType *t =
                        side.profile ? side.profile->relationshipType(type) : nullptr;
                QString text = tr("%1 \u2192 %2 (%3)")
                                       .arg(elementName(side, old ? change.oldSource : change.newSource),
                                            elementName(side, old ? change.oldTarget : change.newTarget),
                                            t ? t->name.text(language) : type);
                if (!change.name.isEmpty())
                    text = change.name + u": "_s + text;
                QStandardItem *entry = makeItem(text);
                entry->setToolTip(text);
                setDocumentId(entry, RelationshipRole, c->documentRelationship(change).toString());
                for (const FieldChange &field : change.fields)
                    entry->appendRow(makeItem(fieldLine(field)));
                kindItem->appendRow(entry);
            }
            addKind(top, kindItem, k);
        }
        m_relationships = addTop(m_model, top, tr("Relationships"));
    }

    // Views: added, removed, renamed, and those whose content changed.
    if (wanted == Kind::All || wanted == Kind::Added || wanted == Kind::Removed
        || wanted == Kind::Renamed || wanted == Kind::Changed) {
        auto *top = makeItem({}, tr("Views"));
        for (Kind k : {Kind::Added, Kind::Removed, Kind::Renamed, Kind::Changed}) {
            if (wanted != Kind::All && wanted != k)
                continue;
            QStandardItem *kindItem = makeKindItem(k);
            for (const ViewChange &change : diff.views) {
                const bool content = !change.nodes.isEmpty() || !change.connections.isEmpty();
                const bool fits = k == Kind::Added ? change.isAdded()
                        : k == Kind::Removed       ? change.isRemoved()
                        : k == Kind::Renamed       ? change.isRenamed()
                                                   : (!change.isAdded() && !change.isRemoved() && content);
                if (!fits)
                    continue;
                const QString name = change.isRemoved() ? change.oldName : change.newName;
                QString text = k == Kind::Renamed ? tr("%1 \u2192 %2").arg(change.oldName, change.newName)
                                                  : name;
                if (k == Kind::Changed) {
                    int added = 0, removed = 0, moved = 0;
                    for (const NodeChange &node : change.nodes)
                        (node.kind == NodeChange::Added     ? added
                         : node.kind == NodeChange::Removed ? removed
                                                            : moved)++;
                    text = tr("%1: %2 added, %3 removed, %4 moved or resized, %5 connection(s)")
                                   .arg(name)
                                   .arg(added)
                                   .arg(removed)
                                   .arg(moved)
                                   .arg(change.connections.size());
                }
                QStandardItem *entry = makeItem(text, text + u' ' + change.oldName);
                setDocumentId(entry, ViewRole, c->documentView(change).toString());
                kindItem->appendRow(entry);
            }
            addKind(top, kindItem, k);
        }
        m_views = addTop(m_model, top, tr("Views"));
    }
    // Components and their kinds open; entries' details closed.
    m_tree->expandToDepth(0);
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
}

void ComparisonPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = proxyIndex;
    if (const QString id = index.data(ElementRole).toString(); !id.isEmpty())
        Q_EMIT elementActivated(ElementId(id));
    else if (const QString id = index.data(RelationshipRole).toString(); !id.isEmpty())
        Q_EMIT relationshipActivated(RelationshipId(id));
    else if (const QString id = index.data(ViewRole).toString(); !id.isEmpty())
        Q_EMIT viewActivated(ViewId(id));
}

} // namespace kt
