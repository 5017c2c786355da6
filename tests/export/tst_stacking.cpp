// The paint order of the DiagramPainter: connections between nested nodes show
// above their containers, in the painter and in every exporter; container labels
// sit in the header strip; notes and groups; per-node and per-connection style.

#include <support/nestedview.h>

#include <model/export/exporters/exportcontent.h>
#include <model/export/exporters/pngexporter.h>
#include <model/export/exporters/svgexporter.h>
#include <model/export/painter/diagrampainter.h>
#include <model/export/painter/diagramstyle.h>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kt;

namespace {

constexpr double Scale = 2;

// The view painted at twice its size on white, view point (0, 0) at pixel (0, 0).
QImage paint(const ModelData &data, const View &view, const QSize &size = QSize(900, 320))
{
    QImage image(size * Scale, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(Scale, Scale);
    DiagramPainter painter(&data);
    painter.paintView(&p, view);
    p.end();
    return image;
}

// The fraction of the line's length (sampled every view unit) whose pixels show
// its red; offset is the image position of view point (0, 0), scale its pixels
// per unit.
double redAlongLine(const QImage &image, QPointF offset = {}, double scale = Scale)
{
    int red = 0;
    int samples = 0;
    for (double x = 190; x <= 290; x += 1) {
        ++samples;
        const QPointF at = offset + QPointF(x, test::NestedLineY) * scale;
        for (int dy = -1; dy <= 1; ++dy) {
            if (test::isLineRed(image.pixelColor(int(at.x()), int(at.y()) + dy))) {
                ++red;
                break;
            }
        }
    }
    return double(red) / samples;
}

const View &nestedView(const ModelData &data)
{
    return *data.views.find(test::NestedView);
}

qsizetype indexOf(const QList<DiagramPainter::PaintStep> &steps, const NodeId &node,
                  const ConnectionId &connection = {})
{
    for (qsizetype i = 0; i < steps.size(); ++i)
        if ((!node.isNull() && steps.at(i).node == node)
            || (!connection.isNull() && steps.at(i).connection == connection))
            return i;
    return -1;
}

// The bounding box of the pixels that are not white in a rectangle of the image.
QRect inkBox(const QImage &image, const QRect &area, const QColor &background)
{
    QRect box;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green())
                        + std::abs(c.blue() - background.blue())
                > 120)
                box |= QRect(x, y, 1, 1);
        }
    return box;
}

} // namespace

class TestStacking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderPutsLinesAboveTheirContainer()
    {
        const ModelData data = test::nestedModel();
        const View &view = nestedView(data);
        const QList<DiagramPainter::PaintStep> steps = DiagramPainter::paintOrder(view);
        QCOMPARE(steps.size(), view.nodes.size() + view.connections.size());
        const qsizetype line = indexOf(steps, {}, test::NestedLine);
        // Above the container and both ends, below what follows the container.
        QVERIFY(line > indexOf(steps, test::NestedParent));
        QVERIFY(line > indexOf(steps, test::NestedA));
        QVERIFY(line > indexOf(steps, test::NestedB));
        QVERIFY(line < indexOf(steps, test::SmallNode));
        // Children above parents; siblings in view order.
        QVERIFY(indexOf(steps, test::NestedGroup) < indexOf(steps, test::NestedParent));
        QVERIFY(indexOf(steps, test::SmallNode) < indexOf(steps, test::BigNode));
    }

    void raisedNodeGoesInFrontOfItsSiblings()
    {
        const ModelData data = test::nestedModel();
        const View &view = nestedView(data);
        const QList<DiagramPainter::PaintStep> steps =
                DiagramPainter::paintOrder(view, {test::SmallNode, test::NestedA});
        QVERIFY(indexOf(steps, test::SmallNode) > indexOf(steps, test::BigNode));
        QVERIFY(indexOf(steps, test::NestedA) > indexOf(steps, test::NestedB));
        // Still inside its parent's range: above the parent, below the group's followers.
        QVERIFY(indexOf(steps, test::NestedA) > indexOf(steps, test::NestedParent));
        QVERIFY(indexOf(steps, test::NestedA) < indexOf(steps, test::SmallNode));
    }

    void linesBetweenFreeNodesLieOverBandsUnderNodes()
    {
        // As the overall diagram needs: lines cross the bands but not the names.
        const ModelData data = test::sampleModel();
        const View &view = *data.views.find(ViewId(u"id-v-1"_s));
        const QList<DiagramPainter::PaintStep> steps = DiagramPainter::paintOrder(view);
        for (const ViewConnection &c : view.connections)
            for (const ViewNode &n : view.nodes) {
                if (n.kind == NodeKind::Group)
                    QVERIFY(indexOf(steps, {}, c.id) > indexOf(steps, n.id));
                else
                    QVERIFY(indexOf(steps, {}, c.id) < indexOf(steps, n.id));
            }
    }

    void lineFromNestedToOuterNodeAboveTheContainer()
    {
        ModelData data = test::nestedModel();
        View &view = *data.views.find(test::NestedView);
        ViewConnection out;
        out.id = ConnectionId(u"id-c-out"_s);
        out.source = test::NestedA;
        out.target = test::SmallNode;
        view.connections.append(out);
        const QList<DiagramPainter::PaintStep> steps = DiagramPainter::paintOrder(view);
        const qsizetype line = indexOf(steps, {}, out.id);
        QVERIFY(line > indexOf(steps, test::NestedParent));
        QVERIFY(line > indexOf(steps, test::NestedB));
        QVERIFY(line > indexOf(steps, test::SmallNode));
        QVERIFY(line < indexOf(steps, test::BigNode));
    }

    // A line ending on a line between nested nodes (issue 12): above the container,
    // as the line it ends on is, and after that line; it was under the boxes.
    void lineOnNestedLineAboveTheContainer()
    {
        ModelData data = test::nestedModel();
        View &view = *data.views.find(test::NestedView);
        ViewConnection onLine;
        onLine.id = ConnectionId(u"id-c-on-line"_s);
        onLine.source = test::SmallNode;
        onLine.targetConnection = test::NestedLine;
        view.connections.insert(0, onLine); // before the line it ends on
        ViewConnection onOnLine; // and one ending on that one, from a nested node
        onOnLine.id = ConnectionId(u"id-c-on-on-line"_s);
        onOnLine.sourceConnection = onLine.id;
        onOnLine.target = test::NestedB;
        view.connections.insert(0, onOnLine);
        const QList<DiagramPainter::PaintStep> steps = DiagramPainter::paintOrder(view);
        QCOMPARE(steps.size(), view.nodes.size() + view.connections.size());
        const qsizetype nested = indexOf(steps, {}, test::NestedLine);
        const qsizetype line = indexOf(steps, {}, onLine.id);
        const qsizetype second = indexOf(steps, {}, onOnLine.id);
        QVERIFY(line > indexOf(steps, test::NestedParent));
        QVERIFY(line > indexOf(steps, test::NestedA));
        QVERIFY(line > nested);
        QVERIFY(second > line);
        // A line on a line between free nodes stays with the lines under the nodes.
        ModelData sample = test::sampleModel();
        View &free = *sample.views.find(ViewId(u"id-v-1"_s));
        ViewConnection onFree;
        onFree.id = ConnectionId(u"id-c-on-free"_s);
        onFree.source = free.connections.at(1).target;
        onFree.targetConnection = free.connections.at(0).id;
        free.connections.append(onFree);
        const QList<DiagramPainter::PaintStep> freeSteps = DiagramPainter::paintOrder(free);
        QVERIFY(indexOf(freeSteps, {}, onFree.id) > indexOf(freeSteps, {}, free.connections.at(0).id));
        for (const ViewNode &n : free.nodes)
            if (n.kind != NodeKind::Group)
                QVERIFY(indexOf(freeSteps, {}, onFree.id) < indexOf(freeSteps, n.id));
    }

    void lineBetweenNestedNodesIsVisible()
    {
        const ModelData data = test::nestedModel();
        const QImage image = paint(data, nestedView(data));
        if (!qEnvironmentVariableIsEmpty("KT_SAVE_IMAGES"))
            image.save(u"stacking.png"_s);
        const double shown = redAlongLine(image);
        QVERIFY2(shown > 0.9, qPrintable(u"%1 of the line shows"_s.arg(shown)));
    }

    void pngExportShowsLineBetweenNestedNodes()
    {
        const ModelData data = test::nestedModel();
        ExportOptions options;
        options.margin = 0;
        options.scale = Scale;
        PngExporter exporter;
        const QImage image = exporter.render(data, nestedView(data), options);
        QVERIFY(!image.isNull());
        const DiagramPainter painter(&data);
        const QRectF frame = ExportContent::make(painter, nestedView(data), options).frame;
        const double shown = redAlongLine(image, -frame.topLeft() * Scale);
        QVERIFY2(shown > 0.9, qPrintable(u"%1 of the line shows"_s.arg(shown)));
    }

    void svgExportShowsLineBetweenNestedNodes()
    {
        const ModelData data = test::nestedModel();
        ExportOptions options;
        options.margin = 0;
        SvgExporter exporter;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(exporter.write(data, nestedView(data), options, &buffer),
                 qPrintable(exporter.errorString()));
        QSvgRenderer svg(buffer.data());
        QVERIFY(svg.isValid());
        const QSizeF size = svg.viewBoxF().size();
        QImage image((size * Scale).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        svg.render(&p, QRectF(QPointF(0, 0), size * Scale));
        p.end();
        const double shown = redAlongLine(image, -svg.viewBoxF().topLeft() * Scale);
        QVERIFY2(shown > 0.9, qPrintable(u"%1 of the line shows"_s.arg(shown)));
    }

    void containerLabelInHeaderStrip()
    {
        const ModelData data = test::nestedModel();
        const View &view = nestedView(data);
        const ViewNode &parent = *view.nodes.find(test::NestedParent);
        DiagramPainter painter(&data);
        const QRectF header = painter.labelArea(parent, true);
        QVERIFY(header.bottom() <= parent.bounds.top() + DiagramStyle::groupHeaderHeight + 1);
        QVERIFY(header.left() < parent.bounds.left() + 40);
        // Painted: the name's ink lies in the strip, none in the middle of the node.
        const QImage image = paint(data, view);
        const QColor fill = QColor::fromString(data.profile->layer(u"technology"_s)->color);
        const QRect strip = QRectF(header.topLeft() * Scale, header.size() * Scale).toRect();
        QVERIFY(!inkBox(image, strip, fill).isEmpty());
        const QRect middle = QRectF(QPointF(190, 170) * Scale, QSizeF(100, 60) * Scale).toRect();
        QVERIFY(inkBox(image, middle, fill).isEmpty());
    }

    void noteTextTopLeftWithFoldedCorner()
    {
        ModelData data = test::sampleModel();
        View view;
        view.id = ViewId(u"id-v-note"_s);
        ViewNode note;
        note.id = NodeId(u"id-n-note"_s);
        note.kind = NodeKind::Note;
        note.bounds = QRectF(0, 0, 200, 120);
        note.label = u"Ghi chú nhiều dòng cần xuống dòng trong khung"_s;
        view.nodes.append(note);
        DiagramPainter painter(&data);
        const QRectF area = painter.labelArea(note, false);
        QCOMPARE(painter.labelAlignment(note, false), Qt::AlignLeft | Qt::AlignTop);
        QVERIFY(area.top() < 10 && area.left() < 10);
        const QImage image = paint(data, view, QSize(210, 130));
        const QColor paper(0xfe, 0xf9, 0xc3);
        const QRect ink =
                inkBox(image, QRect(QPoint(4, 4) * Scale, QSize(170, 110) * Scale), paper);
        QVERIFY(!ink.isEmpty());
        // Wrapped to more than one line, starting at the top left.
        QVERIFY2(ink.top() < 12 * Scale && ink.left() < 12 * Scale,
                 qPrintable(u"%1,%2"_s.arg(ink.left()).arg(ink.top())));
        QVERIFY(ink.height() > 25 * Scale);
        // The corner is folded: the very corner is the background.
        QCOMPARE(image.pixelColor(int(199 * Scale), int(1 * Scale)), QColor(Qt::white));
        QVERIFY(image.pixelColor(int(195 * Scale), int(6 * Scale)) != QColor(Qt::white));
    }

    void groupTitleInHeaderStrip()
    {
        const ModelData data = test::nestedModel();
        const View &view = nestedView(data);
        const ViewNode &group = *view.nodes.find(test::NestedGroup);
        DiagramPainter painter(&data);
        const QRectF header = painter.labelArea(group, true);
        QCOMPARE(painter.labelAlignment(group, true), Qt::AlignLeft | Qt::AlignTop);
        QVERIFY(header.top() < group.bounds.top() + 8);
        QVERIFY(header.height() <= DiagramStyle::groupHeaderHeight);
    }

    void styleIsHonoured()
    {
        ModelData data = test::nestedModel();
        View &view = *data.views.find(test::NestedView);
        ViewNode &a = *view.nodes.find(test::NestedA);
        a.style.fillColor = u"#0000ff"_s;
        a.style.lineColor = u"#00ff00"_s;
        a.style.lineWidth = 4;
        a.style.fontSize = 14;
        a.style.textAlignment = TextAlignment::Left;
        ViewConnection &line = *view.connections.find(test::NestedLine);
        line.style.lineWidth = 5;
        DiagramPainter painter(&data);
        QCOMPARE(painter.labelFont(a).pointSizeF(), 14.0);
        QVERIFY(painter.labelAlignment(a, false) & Qt::AlignLeft);
        a.style.textAlignment = TextAlignment::Right;
        QVERIFY(painter.labelAlignment(a, false) & Qt::AlignRight);
        const QImage image = paint(data, view);
        // Fill inside, the wide green outline at the edge.
        QCOMPARE(image.pixelColor(int(110 * Scale), int(150 * Scale)), QColor(0, 0, 255));
        QCOMPARE(image.pixelColor(int(40 * Scale), int(130 * Scale)), QColor(0, 255, 0));
        QCOMPARE(image.pixelColor(int(41 * Scale), int(130 * Scale)), QColor(0, 255, 0));
        // The line is 5 units wide: red 2 units above its middle.
        QVERIFY(test::isLineRed(
                image.pixelColor(int(240 * Scale), int((test::NestedLineY - 2) * Scale))));
    }
};

QTEST_MAIN(TestStacking)
#include "tst_stacking.moc"
