#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace kt {

class MainWindow;

// The View and Diagram menus: zoom, panels, language; tools (select, connect),
// the overall diagram, views, arrangement (align, distribute, size, order) and
// connection routing.
class DiagramActions : public QObject
{
    Q_OBJECT

public:
    explicit DiagramActions(MainWindow *window);

    void update();

    void createOrRefreshOverallDiagram();
    // Creates or refreshes the view of a component architecture of the profile.
    void createComponentArchitecture(const QString &componentId);
    void newView();
    void deleteView();

private:
    void buildViewMenu();
    void buildDiagramMenu();
    void buildArrangeMenu(QMenu *menu);
    void setLanguage(const QString &language);
    void updateComponentMenu();

    MainWindow *m_window;
    QList<QAction *> m_needView;      // enabled when a view is open
    QList<QAction *> m_needSelection; // enabled when nodes are selected
    QList<QAction *> m_needDocument;
    QAction *m_selectTool = nullptr;
    QAction *m_connectTool = nullptr;
    QAction *m_securityLeft = nullptr;
    QAction *m_overallConnections = nullptr;
    QMenu *m_componentMenu = nullptr; // one action per component of the document's profile
    QString m_componentProfile;       // the profile the menu was made from
    QAction *m_numberedHeadings = nullptr;
    QAction *m_archimateNotation = nullptr;
};

} // namespace kt
