#pragma once

#include <model/core/id.h>

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSplitter;

namespace kt {

class Comparison;
class DiagramView;
class Document;

// The two versions' matching views side by side: the old one on the left, the
// new one on the right, each with its comparison overlay, zoom and scrolling
// kept in step (zooming or scrolling one side moves the other). Both sides are
// for looking: edits happen in the main window, and the overlays follow them.
class SideBySideWindow : public QWidget
{
    Q_OBJECT

public:
    // documentView: the view of the comparison's document to start with (its
    // match is shown beside it); another matched view when it has none.
    SideBySideWindow(Comparison *comparison, const ViewId &documentView, QWidget *parent = nullptr);
    ~SideBySideWindow() override;

    DiagramView *oldView() const { return m_old; }
    DiagramView *newView() const { return m_new; }
    QComboBox *viewChooser() const { return m_chooser; }
    // The document's view shown now (null when the versions have no view in common).
    ViewId documentView() const { return m_documentView; }
    void showView(const ViewId &documentView);

private:
    void fillChooser();
    void updateOverlays();
    void follow(DiagramView *from, DiagramView *to);
    void zoomBoth(double factor);
    void fitBoth();

    QPointer<Comparison> m_comparison;
    std::unique_ptr<Document> m_other; // the other version, opened for viewing
    QComboBox *m_chooser;
    QLabel *m_oldTitle = nullptr;
    QLabel *m_newTitle = nullptr;
    QSplitter *m_splitter;
    DiagramView *m_old = nullptr;
    DiagramView *m_new = nullptr;
    ViewId m_documentView;
    bool m_following = false;
};

} // namespace kt
