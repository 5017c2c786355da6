#include "sidebysidewindow.h"

#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/document/comparison.h>
#include <widgets/document/document.h>
#include <widgets/panels/wheelguard.h>

#include <QAction>
#include <QComboBox>
#include <QTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QWidget *titled(QLabel *title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    title->setTextFormat(Qt::PlainText);
    title->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

SideBySideWindow::SideBySideWindow(Comparison *comparison, const ViewId &documentView,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_comparison(comparison),
      m_other(std::make_unique<Document>(comparison->otherData())),
      m_chooser(new QComboBox(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"sideBySideWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare Side by Side"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(new QLabel(tr("&View:"), this));
    static_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_chooser);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooser->setMinimumContentsLength(24);
    bar->addWidget(m_chooser, 1);
    const auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        bar->addWidget(b);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    button(u"\u2212"_s, tr("Zoom out both"), [this]() { zoomBoth(1 / 1.25); })
            ->setObjectName(u"zoomOutBoth"_s);
    button(u"+"_s, tr("Zoom in both"), [this]() { zoomBoth(1.25); })
            ->setObjectName(u"zoomInBoth"_s);
    button(tr("Fit"), tr("Fit both to the window"), [this]() { fitBoth(); })
            ->setObjectName(u"fitBoth"_s);
    // The canvas's zoom keys work here too, on both sides at once.
    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(sequence);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    key(QKeySequence::ZoomIn, [this]() { zoomBoth(1.25); });
    key(QKeySequence::ZoomOut, [this]() { zoomBoth(1 / 1.25); });
    key(QKeySequence(Qt::CTRL | Qt::Key_0), [this]() { fitBoth(); });
    bar->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    WheelGuard::protect(this);

    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        showView(ViewId(m_chooser->itemData(index).toString()));
    });
    connect(comparison, &Comparison::updated, this, [this]() {
        fillChooser();
        updateOverlays();
    });
    connect(comparison, &QObject::destroyed, this, &QWidget::close);
    fillChooser();
    ViewId start = documentView;
    if (comparison->otherView(start).isNull() && m_chooser->count() > 0)
        start = ViewId(m_chooser->itemData(0).toString());
    showView(start);
    resize(1200, 700);
    // Once the window has its size: both versions whole, at one zoom.
    QTimer::singleShot(0, this, &SideBySideWindow::fitBoth);
}

SideBySideWindow::~SideBySideWindow()
{
    // The views' scenes refer to the other document: they go first.
    delete std::exchange(m_old, nullptr);
    delete std::exchange(m_new, nullptr);
}

void SideBySideWindow::fillChooser()
{
    m_chooser->clear();
    if (!m_comparison)
        return;
    const Document *document = m_comparison->document();
    if (!document)
        return;
    for (const View &view : document->model().data().views) {
        const ViewId other = m_comparison->otherView(view.id);
        const View *otherView = other.isNull() ? nullptr : m_other->model().view(other);
        if (!otherView)
            continue;
        const QString text = otherView->name == view.name
                ? view.name
                : tr("%1 \u2192 %2").arg(m_comparison->documentIsNew() ? otherView->name : view.name,
                                         m_comparison->documentIsNew() ? view.name : otherView->name);
        m_chooser->addItem(text, view.id.toString());
    }
    m_chooser->setCurrentIndex(m_chooser->findData(m_documentView.toString()));
}

void SideBySideWindow::showView(const ViewId &documentView)
{
    Comparison *c = m_comparison;
    if (!c || !c->document())
        return;
    const ViewId otherView = c->otherView(documentView);
    if (documentView.isNull() || otherView.isNull() || !m_other->model().view(otherView))
        return;
    m_documentView = documentView;
    m_chooser->setCurrentIndex(m_chooser->findData(documentView.toString()));
    const double zoom = m_old ? m_old->zoom() : 0;
    delete std::exchange(m_old, nullptr);
    delete std::exchange(m_new, nullptr);
    const auto makeView = [](Document *document, const ViewId &view) {
        auto *scene = new DiagramScene(document, view);
        auto *canvas = new DiagramView(scene);
        scene->setParent(canvas);
        canvas->setInteractive(false);
        return canvas;
    };
    DiagramView *documentCanvas = makeView(c->document(), documentView);
    DiagramView *otherCanvas = makeView(m_other.get(), otherView);
    m_old = c->documentIsNew() ? otherCanvas : documentCanvas;
    m_new = c->documentIsNew() ? documentCanvas : otherCanvas;
    m_old->setObjectName(u"oldCanvas"_s);
    m_new->setObjectName(u"newCanvas"_s);
    while (m_splitter->count() > 0)
        delete m_splitter->widget(0);
    m_oldTitle = new QLabel(this);
    m_newTitle = new QLabel(this);
    const QString otherName = c->label();
    const QString documentName = tr("the open model");
    m_oldTitle->setText(tr("Old: %1 — %2")
                                .arg(c->documentIsNew() ? otherName : documentName,
                                     m_old->diagramScene()->view()->name));
    m_newTitle->setText(tr("New: %1 — %2")
                                .arg(c->documentIsNew() ? documentName : otherName,
                                     m_new->diagramScene()->view()->name));
    m_splitter->addWidget(titled(m_oldTitle, m_old, m_splitter));
    m_splitter->addWidget(titled(m_newTitle, m_new, m_splitter));
    m_splitter->setSizes({1, 1});
    connect(m_old, &DiagramView::visibleAreaChanged, this, [this]() { follow(m_old, m_new); });
    connect(m_new, &DiagramView::visibleAreaChanged, this, [this]() { follow(m_new, m_old); });
    updateOverlays();
    if (zoom > 0)
        m_new->setZoom(zoom);
    else
        m_new->zoomToFit();
    follow(m_new, m_old);
}

void SideBySideWindow::updateOverlays()
{
    Comparison *c = m_comparison;
    if (!c || !m_old || !m_new)
        return;
    DiagramScene *documentScene = c->documentIsNew() ? m_new->diagramScene() : m_old->diagramScene();
    DiagramScene *otherScene = c->documentIsNew() ? m_old->diagramScene() : m_new->diagramScene();
    documentScene->setOverlay(c->documentOverlay(documentScene->viewId()), !c->documentIsNew());
    otherScene->setOverlay(c->otherOverlay(otherScene->viewId()), c->documentIsNew());
}

// The other side shows the same zoom and the same place of the diagram (the two
// versions' views share their coordinates).
void SideBySideWindow::follow(DiagramView *from, DiagramView *to)
{
    if (m_following || !from || !to)
        return;
    m_following = true;
    if (!qFuzzyCompare(from->zoom(), to->zoom()))
        to->setTransform(from->transform());
    to->centerOn(from->mapToScene(from->viewport()->rect().center()));
    m_following = false;
}

void SideBySideWindow::zoomBoth(double factor)
{
    if (m_new)
        m_new->setZoom(m_new->zoom() * factor); // the old side follows
}

void SideBySideWindow::fitBoth()
{
    if (!m_old || !m_new)
        return;
    // The zoom that fits the larger of the two, so that both show whole.
    m_old->zoomToFit();
    const double oldZoom = m_old->zoom();
    m_new->zoomToFit();
    if (oldZoom < m_new->zoom())
        m_new->setZoom(oldZoom, m_new->mapToScene(m_new->viewport()->rect().center()));
}

} // namespace kt
