#pragma once

#include <model/core/id.h>

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QUndoView;

namespace kt {

class DiagramActions;
class DiagramScene;
class DiagramView;
class Document;
class DocumentController;
class EditActions;
class FileActions;
class ModelTreePanel;
class OverviewWidget;
class PalettePanel;
class PropertiesPanel;
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
    QTabWidget *tabs() const { return m_tabs; }

    // Opens (or switches to) the tab of a view.
    DiagramView *openView(const ViewId &id);
    void showStatus(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void onDocumentChanged(Document *document);
    void onElementsSelected(const QList<ElementId> &ids);
    void revealElement(const ElementId &id);
    void updateTitle();
    void updateZoomLabel();
    void closeTab(int index);
    void restoreLayout();

    DocumentController *m_controller;
    FileActions *m_fileActions = nullptr;
    EditActions *m_editActions = nullptr;
    DiagramActions *m_diagramActions = nullptr;
    QTabWidget *m_tabs;
    ModelTreePanel *m_tree = nullptr;
    PalettePanel *m_palette = nullptr;
    PropertiesPanel *m_properties = nullptr;
    ValidationPanel *m_validation = nullptr;
    OverviewWidget *m_overview = nullptr;
    QUndoView *m_history = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    bool m_layoutRestored = false;
};

} // namespace kt
