#include "modelgenerator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

int gridColumns(int nodes)
{
    return std::max(1, int(std::ceil(std::sqrt(nodes * 1.6))));
}

} // namespace

ModelSize sizeByName(const QString &name)
{
    const QString n = name.toUpper();
    if (n == u"S")
        return { u"S"_s, 2000, 3000, 50, 2000 };
    if (n == u"M")
        return { u"M"_s, 20000, 40000, 500, 5000 };
    if (n == u"L")
        return { u"L"_s, 100000, 150000, 1000, 5000 };
    // Issue 12's exchange file: 6,000 relationships on 200 views, to import in 2 s.
    if (n == u"X")
        return { u"X"_s, 4000, 6000, 200, 2000 };
    return {};
}

int ModelGenerator::viewNodes(const ModelSize &size, int v)
{
    const int largest = std::min(size.largestView, size.elements);
    return std::min(largest, std::max(50, int(std::lround(double(largest) / (v + 1)))));
}

ModelGenerator::ModelGenerator(ProfilePtr profile, quint32 seed)
    : m_profile(std::move(profile))
    , m_seed(seed)
{
    reseed(0);
}

void ModelGenerator::reseed(quint64 salt)
{
    m_state = 0x9E3779B97F4A7C15ull ^ m_seed ^ (salt * 0xBF58476D1CE4E5B9ull);
    next(); // one step mixes the salt through
}

quint32 ModelGenerator::next()
{
    // xorshift64*: fast, and the same sequence on every machine.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return quint32((m_state * 0x2545F4914F6CDD1Dull) >> 32);
}

bool ModelGenerator::loadWords(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const auto list = [&](const QString &key) {
        QStringList result;
        for (const QJsonValue &v : root.value(key).toArray())
            result.append(v.toString());
        return result;
    };
    m_agencies = list(u"agencies"_s);
    m_domains = list(u"domains"_s);
    m_qualifiers = list(u"qualifiers"_s);
    m_places = list(u"places"_s);
    m_propertyKeys = list(u"propertyKeys"_s);
    m_relationshipNames = list(u"relationshipNames"_s);
    m_viewWord = root.value(u"viewName"_s).toString();
    for (const QStringList *l : { &m_agencies, &m_domains, &m_qualifiers, &m_places,
             &m_propertyKeys, &m_relationshipNames }) {
        if (l->isEmpty()) {
            *error = u"%1: the word lists are missing or empty"_s.arg(path);
            return false;
        }
    }
    return true;
}

QString ModelGenerator::elementName(const ElementType &type, int serial)
{
    QString name = type.name.vi + u' ' + word(m_domains);
    switch (pick(3)) {
    case 0:
        name += u' ' + word(m_qualifiers);
        break;
    case 1:
        name += u' ' + word(m_places);
        break;
    default:
        break;
    }
    // A serial keeps names unique within a layer, as real models are.
    return name + u' ' + QString::number(serial);
}

ModelData ModelGenerator::generate(const ModelSize &size)
{
    reseed(quint64(size.elements) << 32 | quint64(size.relationships));
    ModelData data;
    data.profile = m_profile;
    data.info.id = ModelId(u"id-bench-"_s + size.name);
    data.info.frameworkId = m_profile->id();
    data.info.name = u"Benchmark "_s + size.name;
    data.info.province = m_places.first();
    data.info.versionLabel = u"2.0"_s;
    data.info.author = m_agencies.first();
    addElements(data, size);
    addRelationships(data, size);

    QList<QList<Link>> adjacency(data.elements.size());
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        const Relationship &r = data.relationships.at(i);
        const qsizetype source = data.elements.indexOf(r.source);
        const qsizetype target = data.elements.indexOf(r.target);
        adjacency[source].append({ i, target, true });
        adjacency[target].append({ i, source, false });
    }
    data.views.reserve(size.views);
    for (int v = 0; v < size.views; ++v)
        data.views.append(makeView(
            data, adjacency, viewNodes(size, v), m_viewWord + u' ' + QString::number(v + 1)));
    return data;
}

void ModelGenerator::addElements(ModelData &data, const ModelSize &size)
{
    const Profile &profile = *m_profile;
    // Every element type in turn, so that each appears; the specific ones more often.
    QList<const ElementType *> types;
    for (const ElementType &t : profile.elementTypes())
        for (int i = 0; i < (t.generic ? 1 : 3); ++i)
            types.append(&t);
    const PropertyDefinition *lifecycle = profile.property(u"lifecycle"_s);
    const PropertyDefinition *dossier = profile.property(u"levelDossier"_s);
    const PropertyDefinition *deployment = profile.property(u"deploymentLevel"_s);
    const auto value = [this](const PropertyDefinition *p) {
        return p->values.at(pick(int(p->values.size()))).id;
    };

    m_byType.clear();
    data.elements.reserve(size.elements);
    for (int i = 0; i < size.elements; ++i) {
        const ElementType &type = *types.at(i % types.size());
        Element e;
        e.id = ElementId(u"id-e%1"_s.arg(i, 6, 10, QChar(u'0')));
        e.type = type.id;
        e.name = elementName(type, i + 1);
        e.properties.insert(u"owner"_s, word(m_agencies));
        e.properties.insert(u"lifecycle"_s, value(lifecycle));
        e.properties.insert(u"deploymentLevel"_s, value(deployment));
        e.properties.insert(u"phase"_s, pick(2) ? u"2021-2025"_s : u"2026-2030"_s);
        if (type.informationSystem) {
            e.properties.insert(u"securityLevel"_s, QString::number(1 + pick(5)));
            e.properties.insert(u"levelDossier"_s, value(dossier));
        }
        if (type.generic)
            e.properties.insert(u"archimateType"_s, type.archimateType);
        if (i % 7 == 0)
            e.documentation = u"%1 \u2014 %2"_s.arg(e.name, word(m_agencies));
        if (i % 10 == 0) {
            e.extraProperties.append(
                { m_propertyKeys.at(i / 10 % m_propertyKeys.size()), word(m_agencies) });
            e.extraProperties.append({ m_propertyKeys.at((i / 10 + 1) % m_propertyKeys.size()),
                QString::number(2015 + pick(12)) });
        }
        m_byType[e.type].append(i);
        data.elements.append(std::move(e));
    }
}

void ModelGenerator::addRelationships(ModelData &data, const ModelSize &size)
{
    const Profile &profile = *m_profile;
    // For each source type, the (relationship type, target type) pairs the framework allows.
    QHash<QString, QList<std::pair<QString, QString>>> allowed;
    for (const ElementType &from : profile.elementTypes()) {
        if (!m_byType.contains(from.id))
            continue;
        for (const ElementType &to : profile.elementTypes()) {
            if (!m_byType.contains(to.id))
                continue;
            for (const RelationshipType *r : profile.allowedRelationships(from.id, to.id))
                if (!r->generic)
                    allowed[from.id].append({ r->id, to.id });
        }
    }
    // One in fifty is the profile's generic relationship, which joins anything (what
    // an import gives an ArchiMate type the profile does not map).
    const RelationshipType *generic = profile.genericRelationshipType();
    data.relationships.reserve(size.relationships);
    for (int i = 0, attempts = 0; i < size.relationships && attempts < size.relationships * 4;
         ++attempts) {
        const Element &source = data.elements.at(pick(size.elements));
        QString type;
        const Element *target = nullptr;
        if (generic && i % 50 == 49) {
            type = generic->id;
            target = &data.elements.at(pick(size.elements));
        } else {
            const auto &options = allowed.value(source.type);
            if (options.isEmpty())
                continue;
            const auto &[relType, targetType] = options.at(pick(int(options.size())));
            const QList<qsizetype> &targets = m_byType.value(targetType);
            type = relType;
            target = &data.elements.at(targets.at(pick(int(targets.size()))));
        }
        if (target->id == source.id)
            continue;
        Relationship r;
        r.id = RelationshipId(u"id-r%1"_s.arg(i, 6, 10, QChar(u'0')));
        r.type = type;
        r.source = source.id;
        r.target = target->id;
        if (i % 5 == 0)
            r.name = word(m_relationshipNames);
        if (i % 20 == 0)
            r.extraProperties.append({ m_propertyKeys.first(), word(m_agencies) });
        data.relationships.append(std::move(r));
        ++i;
    }
}

View ModelGenerator::makeView(
    const ModelData &data, const QList<QList<Link>> &adjacency, int nodes, const QString &name)
{
    View view;
    view.id = ViewId(u"id-v%1"_s.arg(data.views.size(), 4, 10, QChar(u'0')));
    view.name = name;
    view.kind = ViewKind::Component;
    const qsizetype elements = data.elements.size();
    nodes = int(std::min<qsizetype>(nodes, elements));

    // Breadth-first over the relationships from a random element; when its part of
    // the model is exhausted, on from the next element not shown yet.
    QList<qsizetype> order;
    order.reserve(nodes);
    QHash<qsizetype, int> shown; // element index -> node index
    shown.reserve(nodes);
    qsizetype restart = pick(int(elements));
    for (qsizetype head = 0; order.size() < nodes;) {
        if (head == order.size()) {
            while (shown.contains(restart))
                restart = (restart + 1) % elements;
            shown.insert(restart, int(order.size()));
            order.append(restart);
        }
        for (const Link &link : adjacency.at(order.at(head++))) {
            if (order.size() >= nodes)
                break;
            if (!shown.contains(link.other)) {
                shown.insert(link.other, int(order.size()));
                order.append(link.other);
            }
        }
    }

    const int columns = gridColumns(nodes);
    view.nodes.reserve(nodes);
    for (int i = 0; i < nodes; ++i) {
        ViewNode node;
        node.id = NodeId(u"%1-n%2"_s.arg(view.id.toString()).arg(i));
        node.element = data.elements.at(order.at(i)).id;
        node.bounds = QRectF((i % columns) * 200.0, (i / columns) * 100.0, 160, 60);
        view.nodes.append(std::move(node));
    }
    // Each relationship among the shown elements once, from its source's side.
    const int maxConnections = nodes * 3 / 2;
    for (int i = 0; i < nodes && view.connections.size() < maxConnections; ++i) {
        for (const Link &link : adjacency.at(order.at(i))) {
            const int other = shown.value(link.other, -1);
            if (!link.outgoing || other < 0 || view.connections.size() >= maxConnections)
                continue;
            ViewConnection c;
            c.id = ConnectionId(u"%1-c%2"_s.arg(view.id.toString()).arg(view.connections.size()));
            c.relationship = data.relationships.at(link.relationship).id;
            c.source = view.nodes.at(i).id;
            c.target = view.nodes.at(other).id;
            view.connections.append(std::move(c));
        }
    }
    return view;
}

ModelData ModelGenerator::generateDiagram(int nodes)
{
    ModelData data = generate({ u"diagram"_s, nodes, 0, 0, 0 });
    reseed(quint64(nodes) << 40);
    View view = makeView(data, QList<QList<Link>>(nodes), nodes, m_viewWord);
    // Neighbours on the grid: right, below, and now and then diagonal.
    const int columns = gridColumns(nodes);
    const Profile &profile = *data.profile;
    const auto connect = [&](int a, int b) {
        const ViewNode &from = view.nodes.at(a);
        const ViewNode &to = view.nodes.at(b);
        const Element &source = *data.elements.find(from.element);
        const Element &target = *data.elements.find(to.element);
        const auto types = profile.allowedRelationships(source.type, target.type);
        if (types.isEmpty())
            return;
        Relationship r;
        r.id = RelationshipId(u"id-r%1"_s.arg(data.relationships.size(), 6, 10, QChar(u'0')));
        r.type = types.at(pick(int(types.size())))->id;
        r.source = source.id;
        r.target = target.id;
        ViewConnection c;
        c.id = ConnectionId(u"c%1"_s.arg(view.connections.size()));
        c.relationship = r.id;
        c.source = from.id;
        c.target = to.id;
        data.relationships.append(std::move(r));
        view.connections.append(std::move(c));
    };
    for (int i = 0; i < nodes && view.connections.size() < nodes * 3 / 2; ++i) {
        if ((i + 1) % columns != 0 && i + 1 < nodes)
            connect(i, i + 1);
        if (i + columns < nodes && pick(2) == 0)
            connect(i, i + columns);
        if (i + columns + 1 < nodes && pick(10) == 0)
            connect(i, i + columns + 1);
    }
    data.views.append(std::move(view));
    return data;
}

} // namespace kt::bench
