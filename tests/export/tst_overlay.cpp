// The comparison overlay (DiagramPainter::paintOverlay): each mark is painted
// where it belongs, in its colour, and nothing of it without an overlay.
#include <support/samplemodel.h>

#include <model/diff/viewoverlay.h>
#include <model/export/painter/diagrampainter.h>

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 30;

QImage paint(const ModelData &data, const View &view, const ViewOverlay *overlay, bool oldSide = false,
             const QRectF &clip = QRectF(), int width = 700)
{
    QImage image(width, 460, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(Margin, Margin);
    if (!clip.isNull())
        painter.setClipRect(clip); // as a canvas repaints an exposed part
    DiagramPainter diagram(&data);
    diagram.paintView(&painter, view);
    if (overlay)
        diagram.paintOverlay(&painter, view, *overlay, oldSide);
    return image;
}

bool isGreen(QRgb c)
{
    return qGreen(c) > qRed(c) + 40 && qGreen(c) > qBlue(c) + 30;
}
bool isRed(QRgb c)
{
    return qRed(c) > qGreen(c) + 60 && qRed(c) > qBlue(c) + 60;
}
bool isAmber(QRgb c)
{
    return qRed(c) > 170 && qGreen(c) > 100 && qGreen(c) < qRed(c) - 30 && qBlue(c) < 90;
}
bool isPink(QRgb c) // the ghost's translucent red on white
{
    return qRed(c) > 200 && qRed(c) > qGreen(c) + 15 && qRed(c) > qBlue(c) + 15;
}

// How many pixels of the area (view coordinates) pass the test.
int count(const QImage &image, const QRect &area, bool (*test)(QRgb))
{
    int n = 0;
    const QRect r = area.translated(Margin, Margin).intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += test(image.pixel(x, y)) ? 1 : 0;
    return n;
}

// A column just left of a node's left edge (where the outline goes).
QRect leftEdge(const QRectF &bounds)
{
    return QRect(int(bounds.left()) - 7, int(bounds.center().y()) - 5, 6, 10);
}

} // namespace

class TestOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newSide();
    void oldSide();
    void emptyOverlayPaintsNothing();
    void clippedTracesAsWhole();
};

void TestOverlay::newSide()
{
    const ModelData data = test::sampleModel();
    const View &view = *data.views.find(ViewId(u"id-v-1"_s));
    const QRectF n2 = view.nodes.find(NodeId(u"id-n-2"_s))->bounds;
    const QRectF n3 = view.nodes.find(NodeId(u"id-n-3"_s))->bounds;
    const QRectF ghost(300, 360, 140, 40); // empty in the view

    ViewOverlay overlay;
    overlay.added.insert(NodeId(u"id-n-2"_s));
    overlay.changed.insert(NodeId(u"id-n-3"_s));
    overlay.renamed.insert(NodeId(u"id-n-3"_s), u"Quản lý văn bản"_s);
    overlay.addedConnections.insert(ConnectionId(u"id-c-2"_s));
    overlay.ghosts.append({ghost, u"Hệ thống cũ"_s});
    overlay.ghostConnections.append(QLineF(QPointF(100, 380), QPointF(300, 380)));

    const QImage with = paint(data, view, &overlay);
    const QImage without = paint(data, view, nullptr);

    QVERIFY(count(with, leftEdge(n2), isGreen) > 5);
    QCOMPARE(count(without, leftEdge(n2), isGreen), 0);
    QVERIFY(count(with, leftEdge(n3), isAmber) > 3); // dotted: fewer pixels
    QCOMPARE(count(without, leftEdge(n3), isAmber), 0);
    // The added connection between n2 and n3, traced in green.
    const QRect between(int(n2.right()) + 20, int(n2.top()), 15, int(n2.height()));
    QVERIFY(count(with, between, isGreen) > 5);
    QCOMPARE(count(without, between, isGreen), 0);
    // The ghost: translucent red inside, dashed red border, and its label.
    const QRect inside = ghost.toRect().adjusted(10, 4, -100, -30);
    QVERIFY(count(with, inside, isPink) > inside.width() * inside.height() / 2);
    QCOMPARE(count(without, inside, isPink), 0);
    QVERIFY(count(with, QRect(ghost.left() + 20, ghost.top() - 1, 100, 3), isRed) > 20);
    QVERIFY(count(with, ghost.toRect().adjusted(20, 10, -20, -10),
                  [](QRgb c) { return qGray(c) < 160; }) > 10); // the label
    // The ghost connection: dashed red, so some of the line and not all of it.
    const int dashes = count(with, QRect(180, 379, 100, 3), isRed);
    QVERIFY(dashes > 30);
    QVERIFY(dashes < 3 * 100);
    // The rename caption above n3.
    const QRect caption(int(n3.left()), int(n3.top()) - 28, int(n3.width()), 24);
    const auto dark = [](QRgb c) { return qGray(c) < 120; };
    QVERIFY(count(with, caption, dark) > 20);
    QCOMPARE(count(without, caption, dark), 0);
}

void TestOverlay::oldSide()
{
    const ModelData data = test::sampleModel();
    const View &view = *data.views.find(ViewId(u"id-v-1"_s));
    const QRectF n2 = view.nodes.find(NodeId(u"id-n-2"_s))->bounds;
    ViewOverlay overlay;
    overlay.removed.insert(NodeId(u"id-n-2"_s));
    overlay.removedConnections.insert(ConnectionId(u"id-c-2"_s));
    const QImage with = paint(data, view, &overlay, true);
    const QImage without = paint(data, view, nullptr, true);
    QVERIFY(count(with, leftEdge(n2), isRed) > 3);
    QCOMPARE(count(without, leftEdge(n2), isRed), 0);
    QCOMPARE(count(with, leftEdge(n2), isGreen), 0);
    const QRect between(int(n2.right()) + 20, int(n2.top()), 15, int(n2.height()));
    QVERIFY(count(with, between, isRed) > 3);
    QCOMPARE(count(without, between, isRed), 0);
}

void TestOverlay::emptyOverlayPaintsNothing()
{
    const ModelData data = test::sampleModel();
    const View &view = *data.views.find(ViewId(u"id-v-1"_s));
    const ViewOverlay overlay;
    QCOMPARE(paint(data, view, &overlay), paint(data, view, nullptr));
}

// On the screen a trace is drawn only where it reaches into the painted area (a
// wide pen strokes all of a long route otherwise): inside that area the pixels
// are the ones the whole route gives, the dashes in the same phase.
void TestOverlay::clippedTracesAsWhole()
{
    ModelData data = test::sampleModel();
    View &view = *data.views.find(ViewId(u"id-v-1"_s));
    // n3 far to the right, level with n2, so that the connection from n2 is long
    // and straight (as routed lines are: a slanted one is antialiased along its
    // whole length, so a piece of it differs from the whole in the last bit).
    const QRectF n2 = view.nodes.find(NodeId(u"id-n-2"_s))->bounds;
    view.nodes.find(NodeId(u"id-n-3"_s))->bounds = n2.translated(n2.width() + 760, 0);
    const QRectF n3 = view.nodes.find(NodeId(u"id-n-3"_s))->bounds;
    QVERIFY(n3.left() - n2.right() > 600);
    for (const bool dashed : {false, true}) {
        ViewOverlay overlay;
        (dashed ? overlay.removedConnections : overlay.addedConnections)
                .insert(ConnectionId(u"id-c-2"_s));
        // A strip across the line, far from both ends and from the other items.
        const QRectF strip(n2.right() + 50, n2.center().y() - 8, 120, 16);
        const QImage whole = paint(data, view, &overlay, dashed, QRectF(), 1500);
        const QImage part = paint(data, view, &overlay, dashed, strip, 1500);
        const QRect area = strip.toRect().adjusted(1, 1, -1, -1);
        const auto coloured = dashed ? isRed : isGreen;
        QVERIFY2(count(whole, area, coloured) > 20, "the trace crosses the strip");
        int differing = 0;
        const QRect r = area.translated(Margin, Margin);
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                differing += whole.pixel(x, y) != part.pixel(x, y) ? 1 : 0;
        QVERIFY2(differing == 0, qPrintable(u"%1 pixels differ (%2 line)"_s.arg(differing).arg(
                                                    dashed ? u"dashed"_s : u"solid"_s)));
    }
}

QTEST_MAIN(TestOverlay)
#include "tst_overlay.moc"
