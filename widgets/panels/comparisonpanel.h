#pragma once

#include <model/core/id.h>

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QToolBar;
class QTreeView;

namespace kt {

class Comparison;
class SearchFilterModel;

// The comparison dock: what differs between the open model and the version it
// is compared with, as a tree by component (the layers of the comparison's
// framework) and kind of change, each heading with its count, then the
// relationships and the views; an accent-insensitive filter and a choice of
// kind. Activating an entry selects the element on the canvas; what exists only
// in the other version is shown greyed and selects nothing.
class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    // The kinds of change the panel lists (the kind chooser's order).
    enum class Kind { All, Added, Removed, Renamed, Retyped, Moved, Changed };
    Q_ENUM(Kind)

    enum Role {
        SearchKeyRole = Qt::UserRole + 1,
        ElementRole,      // the document's element id (string), empty when none
        RelationshipRole, // the document's relationship id
        ViewRole,         // the document's view id
        CountRole,        // a heading's number of entries
    };

    explicit ComparisonPanel(QWidget *parent = nullptr);
    ~ComparisonPanel() override;

    void setComparison(Comparison *comparison);
    Comparison *comparison() const { return m_comparison; }

    void setKind(Kind kind);
    Kind kind() const;

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindChooser() const { return m_kind; }
    QStandardItemModel *treeModel() const { return m_model; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLabel *emptyHint() const { return m_hint; }
    // The heading of a component (layer id) and, below it, of a kind; null when absent.
    QStandardItem *componentItem(const QString &layerId) const;
    QStandardItem *kindItem(const QString &layerId, Kind kind) const;
    QStandardItem *relationshipsItem() const { return m_relationships; }
    QStandardItem *viewsItem() const { return m_views; }

    // The English source of a kind's heading, translated ("Added", ...).
    static QString kindName(Kind kind);

Q_SIGNALS:
    void elementActivated(const kt::ElementId &id);
    void relationshipActivated(const kt::RelationshipId &id);
    void viewActivated(const kt::ViewId &id);

private:
    void rebuild();
    void updateHint();
    void activate(const QModelIndex &proxyIndex);

    QPointer<Comparison> m_comparison;
    QLabel *m_title;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    SearchFilterModel *m_proxy;
    QStandardItem *m_relationships = nullptr;
    QStandardItem *m_views = nullptr;
};

} // namespace kt
