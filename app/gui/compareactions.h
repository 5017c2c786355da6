#pragma once

#include <model/modeldata.h>
#include <widgets/dialogs/sidebysidewindow.h>
#include <widgets/document/comparison.h>

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace kt {

class MainWindow;

// Comparing versions in the editor: Model ▸ Compare… and Baselines…, the
// comparison panel, View ▸ Show Changes (the overlay on every open view) and
// View ▸ Compare Side by Side.
class CompareActions : public QObject
{
    Q_OBJECT

public:
    explicit CompareActions(MainWindow *window);
    ~CompareActions() override;

    Comparison *comparison() const { return m_comparison; }
    QAction *compareAction() const { return m_compare; }
    QAction *baselinesAction() const { return m_baselines; }
    QAction *showChangesAction() const { return m_showChanges; }
    QAction *sideBySideAction() const { return m_sideBySide; }
    SideBySideWindow *sideBySideWindow() const { return m_sideBySideWindow; }

    // Compares the open document with another version (the dialog's result).
    void startComparison(ModelData other, const QString &label, bool documentIsNew);
    void endComparison();
    void showCompareDialog(const QString &baseline = {});
    void showBaselinesDialog();
    void showSideBySide();

private:
    void update();
    void applyOverlay();
    QMenu *modelMenu() const;

    MainWindow *m_window;
    QPointer<Comparison> m_comparison;
    QPointer<SideBySideWindow> m_sideBySideWindow;
    QAction *m_compare;
    QAction *m_baselines;
    QAction *m_endComparison;
    QAction *m_showChanges;
    QAction *m_sideBySide;
    bool m_waiting = false; // the busy cursor of the first diff is up
};

} // namespace kt
