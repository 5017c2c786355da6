// kientruc-export-bench: how long exporting a 1,000- and a 5,000-node view takes
// in each format, through DiagramExporter as the editor and the command line
// export (median of 5 runs after a warm-up, output into memory). A program,
// not a test: the figures depend on the machine.
#include <model/export/exporters/diagramexporter.h>
#include <model/export/exporters/exportcontent.h>
#include <model/export/exporters/pngexporter.h>
#include <model/export/painter/diagrampainter.h>
#include <model/meta/profileregistry.h>

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// Deterministic names with Vietnamese letters: syllables picked by the serial.
QString name(int serial)
{
    static const QStringList words{
            u"H\u1ec7 th\u1ed1ng"_s, u"qu\u1ea3n l\u00fd"_s,     u"v\u0103n b\u1ea3n"_s,
            u"d\u1ecbch v\u1ee5 c\u00f4ng"_s, u"c\u01a1 s\u1edf d\u1eef li\u1ec7u"_s,
            u"\u0111i\u1ec1u h\u00e0nh"_s, u"t\u1ec9nh"_s,      u"huy\u1ec7n"_s,
            u"chuy\u00ean ng\u00e0nh"_s, u"t\u00e0i nguy\u00ean"_s, u"m\u00f4i tr\u01b0\u1eddng"_s,
            u"y t\u1ebf"_s,              u"gi\u00e1o d\u1ee5c"_s};
    QStringList parts;
    int n = serial;
    for (int i = 0; i < 3 + serial % 4; ++i) {
        parts.append(words.at(n % words.size()));
        n = n / 3 + 7 * i + 1;
    }
    return parts.join(u' ') + u' ' + QString::number(serial);
}

// A view of n element nodes on a grid (160 x 60, 40 apart) with nearly 2 n
// connections between neighbours, over elements of every type of the profile.
ModelData generate(const ProfilePtr &profile, int n)
{
    ModelData data;
    data.profile = profile;
    data.info.frameworkId = profile->id();
    data.info.name = u"Benchmark"_s;
    const QList<ElementType> &types = profile->elementTypes();
    View view;
    view.id = ViewId(u"id-view"_s);
    view.name = u"S\u01a1 \u0111\u1ed3 %1"_s.arg(n);
    const int columns = int(std::ceil(std::sqrt(n * 2.0)));
    for (int i = 0; i < n; ++i) {
        const ElementType &type = types.at(i % types.size());
        Element e;
        e.id = ElementId(u"id-e-%1"_s.arg(i));
        e.type = type.id;
        e.name = name(i);
        if (type.informationSystem)
            e.properties.insert(u"securityLevel"_s, QString::number(1 + i % 5));
        static const QStringList lifecycles{u"existing"_s, u"new"_s, u"upgrade"_s, u"retiring"_s};
        e.properties.insert(u"lifecycle"_s, lifecycles.at(i % 4));
        data.elements.append(e);
        ViewNode node;
        node.id = NodeId(u"id-n-%1"_s.arg(i));
        node.element = e.id;
        node.bounds = QRectF((i % columns) * 200.0, (i / columns) * 100.0, 160, 60);
        view.nodes.append(node);
    }
    int serial = 0;
    for (int i = 0; i < n; ++i) {
        for (const int j : {i + 1, i + columns}) {
            if (j >= n || (j == i + 1 && j % columns == 0) || (serial % 4 == 3 && j == i + 1)) {
                ++serial;
                continue;
            }
            const Element &from = data.elements.at(i);
            const Element &to = data.elements.at(j);
            const QList<const RelationshipType *> allowed =
                    profile->allowedRelationships(from.type, to.type);
            Relationship r;
            r.id = RelationshipId(u"id-r-%1"_s.arg(serial));
            r.type = allowed.isEmpty() ? profile->genericRelationshipType()->id
                                       : allowed.at(serial % allowed.size())->id;
            r.source = from.id;
            r.target = to.id;
            if (serial % 10 == 0)
                r.name = u"trao \u0111\u1ed5i"_s;
            data.relationships.append(r);
            view.connections.append(ViewConnection{ConnectionId(u"id-c-%1"_s.arg(serial)), r.id,
                                                   view.nodes.at(i).id, view.nodes.at(j).id,
                                                   {}, {}});
            ++serial;
        }
    }
    data.views.append(view);
    return data;
}

// Median milliseconds of runs of f after one warm-up run.
template<typename F>
double median(int runs, F f)
{
    f();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const Result<ProfilePtr> profile = ProfileRegistry::profile(u"vn-egov-2.0"_s);
    if (!profile) {
        QTextStream(stderr) << profile.error() << u'\n';
        return 1;
    }
    constexpr int Runs = 5;
    out << u"Export of generated views, median of %1 runs after a warm-up, into memory.\n"_s
                    .arg(Runs);
    out << u"nodes  connections  format             ms      output   frame\n"_s;
    for (const int n : {1000, 5000}) {
        const ModelData data = generate(profile.value(), n);
        const View &view = data.views.at(0);
        const DiagramPainter painter(&data);
        const QRectF frame = ExportContent::make(painter, view, {}).frame;
        const double extent = median(Runs, [&]() { ExportContent::make(painter, view, {}); });
        out << u"%1  %2  %3  %4\n"_s.arg(n, 5)
                        .arg(view.connections.size(), 11)
                        .arg(u"(frame)"_s, -13)
                        .arg(extent, 8, 'f', 1)
            << Qt::flush;
        // PNG spends most of its time compressing: the drawing alone.
        PngExporter png;
        const double render = median(Runs, [&]() { png.render(data, view, {}); });
        out << u"%1  %2  %3  %4\n"_s.arg(n, 5)
                        .arg(view.connections.size(), 11)
                        .arg(u"(png drawing)"_s, -13)
                        .arg(render, 8, 'f', 1)
            << Qt::flush;
        for (const QString &format : DiagramExporter::formats()) {
            const std::unique_ptr<DiagramExporter> exporter = DiagramExporter::create(format);
            qint64 bytes = 0;
            const double ms = median(Runs, [&]() {
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                if (!exporter->write(data, view, {}, &buffer))
                    QTextStream(stderr) << exporter->errorString() << u'\n';
                bytes = buffer.size();
            });
            out << u"%1  %2  %3  %4  %5 KB  %6 x %7\n"_s.arg(n, 5)
                            .arg(view.connections.size(), 11)
                            .arg(format, -13)
                            .arg(ms, 8, 'f', 1)
                            .arg(bytes / 1024, 8)
                            .arg(int(frame.width()))
                            .arg(int(frame.height()))
                << Qt::flush;
        }
    }
    return 0;
}
