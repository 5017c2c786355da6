#pragma once

#include <model/core/id.h>

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace kt {

class CompareActions;
class ComparisonPanel;
class ContextMenus;
class DiagramActions;
class DiagramScene;
class DiagramView;
class Document;
class DocumentController;
class EditActions;
class FileActions;
class ModelActions;
class ModelTreePanel;
class OverviewWidget;
class PalettePanel;
class PropertiesPanel;
class ReportTextPanel;
class ValidationPanel;

// The editor's window: the canvas (one tab per open view) and the dock panels
// around it. Menus and toolbars come from the action classes; the document's
// life from DocumentController. Layout, geometry and language are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentController *controller() const { return m_controller; }
    Document *document() const;
    DiagramView *currentView() const;
    DiagramScene *currentScene() const;

    ModelTreePanel *modelTree() const { return m_tree; }
    PalettePanel *palette() const { return m_palette; }
    PropertiesPanel *properties() const { return m_properties; }
    ValidationPanel *validation() const { return m_validation; }
    ReportTextPanel *reportTexts() const { return m_reportTexts; }
    ComparisonPanel *comparisonPanel() const { return m_comparison; }
    CompareActions *compareActions() const { return m_compareActions; }
    FileActions *fileActions() const { return m_fileActions; }
    QTabWidget *tabs() const { return m_tabs; }

    ContextMenus *contextMenus() const { return m_contextMenus; }
    ModelActions *modelActions() const { return m_modelActions; }
    // Selects and shows the element in the current view, else in the first
    // view that shows it.
    void revealElement(const ElementId &id);
    // Opens (or switches to) the tab of a view.
    DiagramView *openView(const ViewId &id);
    void showStatus(const QString &message);

    // Where a window that wants the rectangle wanted (client area, frameExtra
    // the title bar and borders around it) goes among the screens' available
    // areas: on the screen that holds most of it, resized and moved to lie
    // wholly inside. On the first start, a size suited to that screen, centred.
    static QRect fittedGeometry(const QRect &wanted, const QSize &frameExtra,
                                const QList<QRect> &screens, bool firstStart);
    // The explanation shown in place of the canvas while no view is open.
    QLabel *emptyHint() const { return m_emptyHint; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void onDocumentChanged(Document *document);
    void onElementsSelected(const QList<ElementId> &ids);
    void updateTitle();
    void updateZoomLabel();
    void closeTab(int index);
    void restoreLayout();
    void fitToScreen(bool firstStart);
    void updateEmptyHint();

    DocumentController *m_controller;
    FileActions *m_fileActions = nullptr;
    EditActions *m_editActions = nullptr;
    DiagramActions *m_diagramActions = nullptr;
    ModelActions *m_modelActions = nullptr;
    ContextMenus *m_contextMenus = nullptr;
    QTabWidget *m_tabs;
    QStackedWidget *m_central = nullptr;
    QLabel *m_emptyHint = nullptr;
    ModelTreePanel *m_tree = nullptr;
    PalettePanel *m_palette = nullptr;
    PropertiesPanel *m_properties = nullptr;
    ValidationPanel *m_validation = nullptr;
    ReportTextPanel *m_reportTexts = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    CompareActions *m_compareActions = nullptr;
    OverviewWidget *m_overview = nullptr;
    QUndoView *m_history = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    bool m_layoutRestored = false;
    bool m_shownOnce = false;
};

} // namespace kt
