// A property of the files (issue 13): random models with extreme but valid values
// (names at the length limit, long unbroken names, characters of every Unicode
// plane, stacked combining marks, ids at their limit, coordinates at the limits,
// every property type at its bounds) come back equal from a .ktm (save -> load),
// and from the exchange XML (model -> xml -> model equal, and the second xml
// byte for byte the first). One data row per seed (KT_PROPERTY_SEED=N runs that
// seed alone); a failure names the seed and the first difference, on the
// smallest model found that still fails.
#include <support/exchangefixtures.h>
#include <support/modelcompare.h>
#include <support/randomtext.h>
#include <support/samplemodel.h>

#include <model/core/limits.h>
#include <model/meta/profile.h>
#include <model/modellimits.h>
#include <model/store/ktmstore.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

using limits::MaxCoordinate;

class ModelGenerator
{
public:
    explicit ModelGenerator(quint32 seed) : m_random(seed) { }

    ModelData model()
    {
        ModelData data = test::emptyModel();
        m_profile = data.profile.get();
        data.info.name = text(limits::MaxNameLength);
        data.info.documentation = documentation();
        data.info.province = text(200);
        data.info.author = test::everyPlane();
        data.info.extraProperties = properties();
        data.info.decision = text(200);
        data.info.versionLabel = below(2) ? u" 2.0 "_s : text(50);
        data.info.decisionDate = pick(QList<QDate>{QDate(), QDate(1900, 1, 1), QDate(2999, 12, 31)});
        const int elements = 3 + below(20);
        for (int i = 0; i < elements; ++i)
            data.elements.append(element());
        const int relationships = below(2 * elements);
        for (int i = 0; i < relationships; ++i)
            data.relationships.append(relationship(data));
        const int views = 1 + below(3);
        for (int i = 0; i < views; ++i)
            data.views.append(view(data, i, views));
        return data;
    }

private:
    int below(int n) { return n <= 0 ? 0 : m_random.bounded(n); }
    template<typename T>
    T pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

    // An id: sometimes at its length limit (an XML name, as the exchange needs).
    QString id(const QString &kind)
    {
        const QString base = u"id-%1-%2-"_s.arg(kind).arg(++m_ids);
        if (below(6) == 0)
            return base + QString(limits::MaxIdentifierLength - base.size(), u'z');
        return base + QString::number(m_random.generate(), 36);
    }
    // A name: often at the limit, unbroken or not, or of every plane.
    QString text(qsizetype limit)
    {
        switch (below(5)) {
        case 0:
            return test::extremeText(m_random, limit, true);
        case 1:
            return test::extremeText(m_random, 1 + below(int(limit)), below(2));
        case 2:
            return test::everyPlane();
        case 3:
            // Whitespace at the ends and inside, as an edit takes it.
            if (below(2))
                return u"  t\u00EAn\tv\u00E0  hai  d\u00F2ng\n "_s.left(limit);
            [[fallthrough]];
        default:
            return test::randomName(m_random);
        }
    }
    QString documentation()
    {
        if (below(3))
            return {};
        // Line breaks of every system, tabs, spaces at the ends.
        if (below(4) == 0)
            return u"  d\u00F2ng 1\r\nd\u00F2ng 2\rd\u00F2ng 3\n\tth\u1EE5t \u0111\u1EA7u\n\n  "_s;
        // Lines, and now and then a long text.
        QString text = test::extremeText(m_random, 1 + below(below(8) == 0 ? 100000 : 500), false);
        return text + u'\n' + test::randomName(m_random);
    }
    PropertyList properties()
    {
        PropertyList list;
        for (int i = below(4); i > 0; --i)
            list.append({below(3) ? u"ghi chú"_s : text(100), below(4) ? text(300) : QString()});
        return list;
    }
    double coordinate()
    {
        switch (below(5)) {
        case 0:
            return -MaxCoordinate;
        case 1:
            return MaxCoordinate;
        default:
            return double(m_random.bounded(-100000, 100000));
        }
    }
    // Whole sizes from 1 (the exchange format's w and h are positive integers).
    double size()
    {
        return below(6) == 0 ? MaxCoordinate : double(1 + below(1000));
    }
    NodeStyle style()
    {
        NodeStyle s;
        if (below(2))
            return s;
        s.fillColor = u"#%1"_s.arg(m_random.bounded(0x1000000), 6, 16, QChar(u'0'));
        // The exchange format's alpha is a percentage: an alpha it can hold (opaque
        // written as #rrggbb, the same colour).
        const int alpha = qRound(below(100) * 255 / 100.0);
        s.lineColor = u"#%1%2"_s.arg(alpha, 2, 16, QChar(u'0'))
                              .arg(m_random.bounded(0x1000000), 6, 16, QChar(u'0'));
        s.fontName = pick(QStringList{u"Noto Sans"_s, u"Times New Roman"_s, QString()});
        // What the exchange format holds: font sizes in half points, whole line widths.
        s.fontSize = pick(QList<double>{0, 1, 9.5, 12, limits::MaxFontSize - 0.5});
        s.fontColor = below(2) ? u"#000000"_s : QString();
        s.textAlignment = TextAlignment(below(4));
        s.lineWidth = pick(QList<double>{0, 1, 3, limits::MaxLineWidth});
        return s;
    }

    // Every property of the type, at the bounds of its type.
    Element element()
    {
        Element e;
        e.id = ElementId(id(u"e"_s));
        const ElementType &type = pick(m_profile->elementTypes());
        e.type = type.id;
        e.name = text(limits::MaxNameLength);
        e.documentation = documentation();
        for (const QString &key : type.properties) {
            const PropertyDefinition *definition = m_profile->property(key);
            if (!definition || below(4) == 0)
                continue;
            QString value;
            switch (definition->type) {
            case PropertyType::Int:
                value = QString::number(pick(QList<int>{definition->minimum, definition->maximum}));
                break;
            case PropertyType::Enum:
                value = pick(definition->values).id;
                break;
            case PropertyType::EnumSet: {
                QStringList ids;
                for (const EnumValue &v : definition->values)
                    if (below(2))
                        ids.append(v.id);
                value = definition->setValue(ids.isEmpty() ? QStringList{definition->values.first().id}
                                                           : ids);
                break;
            }
            case PropertyType::Date:
                value = pick(QList<QDate>{QDate(1900, 1, 1), QDate(2026, 2, 28), QDate(2999, 12, 31)})
                                .toString(Qt::ISODate);
                break;
            case PropertyType::String:
                value = text(300);
                break;
            }
            e.properties.insert(key, value);
        }
        e.extraProperties = properties();
        return e;
    }

    Relationship relationship(const ModelData &data)
    {
        Relationship r;
        r.id = RelationshipId(id(u"r"_s));
        r.type = pick(m_profile->relationshipTypes()).id;
        r.source = data.elements.at(below(int(data.elements.size()))).id;
        r.target = data.elements.at(below(int(data.elements.size()))).id;
        if (below(2))
            r.name = text(limits::MaxNameLength);
        r.documentation = documentation();
        r.extraProperties = properties();
        return r;
    }

    View view(const ModelData &data, int index, int count)
    {
        View v;
        v.id = ViewId(u"id-v-%1"_s.arg(index));
        v.name = text(limits::MaxNameLength);
        v.documentation = documentation();
        v.kind = ViewKind(below(3));
        if (below(2))
            v.settings.insert(u"securityColumn"_s, below(2) ? u"left"_s : u"right"_s);
        v.extraProperties = properties();
        // A group holding nodes (nested a few levels), the other nodes at the top.
        QList<NodeId> groups;
        QHash<ElementId, NodeId> shown;
        const int nodes = 2 + below(15);
        for (int i = 0; i < nodes; ++i) {
            ViewNode n;
            n.id = NodeId(id(u"n"_s));
            n.bounds = QRectF(coordinate(), coordinate(), size(), size());
            n.style = style();
            if (!groups.isEmpty() && below(2))
                n.parent = pick(groups);
            const int kind = below(6);
            if (kind == 0) {
                n.kind = NodeKind::Group;
                n.label = text(limits::MaxNameLength);
                groups.append(n.id);
            } else if (kind == 1) {
                n.kind = NodeKind::Note;
                n.label = documentation();
                if (below(2))
                    n.viewRef = ViewId(u"id-v-%1"_s.arg(below(count)));
            } else {
                const Element &e = data.elements.at(below(int(data.elements.size())));
                n.element = e.id;
                shown.insert(e.id, n.id);
            }
            v.nodes.append(n);
        }
        v.nodes = preOrder(v.nodes);
        // Connections of the relationships whose ends are both shown; plain lines.
        for (const Relationship &r : data.relationships) {
            if (!shown.contains(r.source) || !shown.contains(r.target) || below(3) == 0)
                continue;
            ViewConnection c;
            c.id = ConnectionId(id(u"c"_s));
            c.relationship = r.id;
            c.source = shown.value(r.source);
            c.target = shown.value(r.target);
            for (int i = below(4); i > 0; --i)
                c.bendpoints.append(QPointF(coordinate(), coordinate()));
            c.style = style();
            // A line's text has no alignment (the exchange keeps that of nodes only).
            c.style.textAlignment = TextAlignment::Default;
            v.connections.append(c);
        }
        if (v.nodes.size() >= 2 && below(2)) {
            ViewConnection line;
            line.id = ConnectionId(id(u"c"_s));
            line.source = v.nodes.at(0).id;
            line.target = v.nodes.at(v.nodes.size() - 1).id;
            line.bendpoints = {QPointF(-MaxCoordinate, MaxCoordinate)};
            v.connections.append(line);
        }
        return v;
    }

    // The nodes with each group's nodes right after it (a view's nodes are in
    // pre-order), siblings in the order they were made.
    static Collection<NodeId, ViewNode> preOrder(const Collection<NodeId, ViewNode> &nodes)
    {
        Collection<NodeId, ViewNode> ordered;
        const std::function<void(const NodeId &)> add = [&](const NodeId &parent) {
            for (const ViewNode &n : nodes)
                if (n.parent == parent) {
                    ordered.append(n);
                    add(n.id);
                }
        };
        add(NodeId());
        return ordered;
    }

    QRandomGenerator m_random;
    const Profile *m_profile = nullptr;
    int m_ids = 0;
};

// What breaks a round trip of the model; empty when none.
QString roundTripProblem(const ModelData &model, const QString &folder)
{
    const QString path = folder + u"/model.ktm"_s;
    KtmStore store;
    if (!store.save(model, path))
        return u"saving: "_s + store.errorString();
    ModelData loaded;
    if (!store.load(path, loaded))
        return u"loading: "_s + store.errorString();
    if (const QString d = test::firstDifference(model, loaded); !d.isEmpty())
        return u".ktm: "_s + d;
    QString error;
    const QByteArray first = test::toXml(model, &error);
    if (first.isEmpty())
        return u"writing the exchange xml: "_s + error;
    ModelData read;
    if (!test::fromXml(first, &read, &error))
        return u"reading the exchange xml: "_s + error;
    if (const QString d = test::firstDifference(model, read); !d.isEmpty())
        return u"exchange xml: "_s + d;
    const QByteArray second = test::toXml(read, &error);
    if (second != first)
        return u"exchange xml: the second write differs from the first (%1 and %2 bytes)"_s
                .arg(first.size())
                .arg(second.size());
    return {};
}

// A smaller model that still fails: views, relationships and elements (those that
// nothing refers to) left out one at a time.
ModelData shrink(ModelData model, const QString &folder)
{
    const auto stillFails = [&folder](const ModelData &m) {
        return modelLimitsProblem(m).isEmpty() && !roundTripProblem(m, folder).isEmpty();
    };
    for (bool smaller = true; smaller;) {
        smaller = false;
        for (qsizetype i = model.views.size() - 1; i >= 0; --i) {
            ModelData fewer = model;
            fewer.views.take(model.views.at(i).id);
            QList<std::pair<ViewId, NodeId>> links;
            for (const View &v : fewer.views)
                for (const ViewNode &n : v.nodes)
                    if (n.viewRef == model.views.at(i).id)
                        links.append({v.id, n.id});
            for (const auto &[view, node] : links)
                fewer.views.find(view)->nodes.find(node)->viewRef = ViewId();
            if (fewer.views.size() < model.views.size() && stillFails(fewer)) {
                model = std::move(fewer);
                smaller = true;
            }
        }
        for (qsizetype i = model.relationships.size() - 1; i >= 0; --i) {
            const RelationshipId id = model.relationships.at(i).id;
            ModelData fewer = model;
            fewer.relationships.take(id);
            for (const View &v : model.views) {
                QSet<ConnectionId> showing;
                for (const ViewConnection &c : v.connections)
                    if (c.relationship == id)
                        showing.insert(c.id);
                fewer.views.find(v.id)->connections.takeAll(showing);
            }
            if (stillFails(fewer)) {
                model = std::move(fewer);
                smaller = true;
            }
        }
        for (qsizetype i = model.elements.size() - 1; i >= 0; --i) {
            const ElementId id = model.elements.at(i).id;
            bool used = false;
            for (const Relationship &r : model.relationships)
                used = used || r.source == id || r.target == id;
            for (const View &v : model.views)
                for (const ViewNode &n : v.nodes)
                    used = used || n.element == id;
            ModelData fewer = model;
            fewer.elements.take(id);
            if (!used && model.elements.size() > 1 && stillFails(fewer)) {
                model = std::move(fewer);
                smaller = true;
            }
        }
    }
    return model;
}

} // namespace

class TestPropertyRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void roundTrip_data();
    void roundTrip();

private:
    QTemporaryDir m_dir;
};

void TestPropertyRoundTrip::roundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    bool one = false;
    const quint32 chosen = qEnvironmentVariable("KT_PROPERTY_SEED").toUInt(&one);
    const int runs = one ? 1 : 40;
    for (int i = 0; i < runs; ++i) {
        const quint32 seed = (one ? chosen : 20261206u) + quint32(i);
        QTest::addRow("seed %u", seed) << seed;
    }
}

void TestPropertyRoundTrip::roundTrip()
{
    QFETCH(quint32, seed);
    const ModelData model = ModelGenerator(seed).model();
    // The generator makes valid models only: what the limits refuse is its mistake.
    const QString beyond = modelLimitsProblem(model);
    QVERIFY2(beyond.isEmpty(), qPrintable(u"seed %1: the generated model is beyond the limits: %2"_s
                                                  .arg(seed)
                                                  .arg(beyond)));
    const QString problem = roundTripProblem(model, m_dir.path());
    if (problem.isEmpty())
        return;
    const ModelData smallest = shrink(model, m_dir.path());
    QFAIL(qPrintable(u"seed %1 (KT_PROPERTY_SEED=%1): %2\nsmallest failing model: %3 elements, "
                     "%4 relationships, %5 views, which fails with: %6"_s.arg(seed)
                             .arg(problem)
                             .arg(smallest.elements.size())
                             .arg(smallest.relationships.size())
                             .arg(smallest.views.size())
                             .arg(roundTripProblem(smallest, m_dir.path()))));
}

QTEST_GUILESS_MAIN(TestPropertyRoundTrip)
#include "tst_propertyroundtrip.moc"
