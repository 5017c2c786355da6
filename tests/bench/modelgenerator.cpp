#include "modelgenerator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace kt::bench {

using namespace Qt::StringLiterals;

ModelSize sizeByName(const QString &name)
{
    if (name == u"M")
        return {u"M"_s, 20000, 40000, 500, 5000};
    if (name == u"L")
        return {u"L"_s, 100000, 150000, 1000, 5000};
    return {u"S"_s, 2000, 3000, 50, 2000};
}

ModelGenerator::ModelGenerator(ProfilePtr profile, quint32 seed)
    : m_profile(std::move(profile)), m_state(0x9E3779B97F4A7C15ull ^ seed)
{
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
    m_viewWord = root.value(u"viewName"_s).toString();
    if (m_agencies.isEmpty() || m_domains.isEmpty() || m_qualifiers.isEmpty() || m_places.isEmpty()) {
        *error = u"%1: the word lists are missing or empty"_s.arg(path);
        return false;
    }
    return true;
}

QString ModelGenerator::elementName(const ElementType &type, int serial)
{
    QString name = type.name.vi + u' ' + m_domains.at(pick(int(m_domains.size())));
    switch (pick(3)) {
    case 0:
        name += u' ' + m_qualifiers.at(pick(int(m_qualifiers.size())));
        break;
    case 1:
        name += u' ' + m_places.at(pick(int(m_places.size())));
        break;
    default:
        break;
    }
    // A serial keeps names unique within a layer, as real models are.
    return name + u' ' + QString::number(serial);
}

ModelData ModelGenerator::generate(const ModelSize &size)
{
    const Profile &profile = *m_profile;
    ModelData data;
    data.profile = m_profile;
    data.info.id = ModelId(u"id-bench-"_s + size.name);
    data.info.frameworkId = profile.id();
    data.info.name = u"Benchmark "_s + size.name;
    data.info.province = m_places.first();
    data.info.versionLabel = u"2.0"_s;

    // Every element type in turn, so that each appears; the specific ones more often.
    QList<const ElementType *> types;
    for (const ElementType &t : profile.elementTypes())
        for (int i = 0; i < (t.generic ? 1 : 3); ++i)
            types.append(&t);
    const PropertyDefinition *lifecycle = profile.property(u"lifecycle"_s);
    const PropertyDefinition *dossier = profile.property(u"levelDossier"_s);
    const PropertyDefinition *deployment = profile.property(u"deploymentLevel"_s);

    data.elements.reserve(size.elements);
    QHash<QString, QList<qsizetype>> byType;
    for (int i = 0; i < size.elements; ++i) {
        const ElementType &type = *types.at(i % types.size());
        Element e;
        e.id = ElementId(u"id-e%1"_s.arg(i, 6, 10, QChar(u'0')));
        e.type = type.id;
        e.name = elementName(type, i + 1);
        e.properties.insert(u"owner"_s, m_agencies.at(pick(int(m_agencies.size()))));
        e.properties.insert(u"lifecycle"_s, lifecycle->values.at(pick(int(lifecycle->values.size()))).id);
        e.properties.insert(u"deploymentLevel"_s,
                            deployment->values.at(pick(int(deployment->values.size()))).id);
        e.properties.insert(u"phase"_s, pick(2) ? u"2021-2025"_s : u"2026-2030"_s);
        if (type.informationSystem) {
            e.properties.insert(u"securityLevel"_s, QString::number(1 + pick(5)));
            e.properties.insert(u"levelDossier"_s, dossier->values.at(pick(int(dossier->values.size()))).id);
        }
        if (type.generic)
            e.properties.insert(u"archimateType"_s, type.archimateType);
        if (i % 7 == 0)
            e.documentation = u"%1 \u2014 %2"_s.arg(e.name, m_agencies.at(pick(int(m_agencies.size()))));
        byType[e.type].append(i);
        data.elements.append(std::move(e));
    }

    // For each source type, the (relationship type, target type) pairs the framework allows.
    QHash<QString, QList<std::pair<QString, QString>>> allowed;
    for (const ElementType &from : profile.elementTypes()) {
        if (!byType.contains(from.id))
            continue;
        for (const ElementType &to : profile.elementTypes()) {
            if (!byType.contains(to.id))
                continue;
            for (const RelationshipType *r : profile.allowedRelationships(from.id, to.id))
                if (!r->generic)
                    allowed[from.id].append({r->id, to.id});
        }
    }
    data.relationships.reserve(size.relationships);
    for (int i = 0, attempts = 0; i < size.relationships && attempts < size.relationships * 4;
         ++attempts) {
        const Element &source = data.elements.at(pick(size.elements));
        const auto &options = allowed.value(source.type);
        if (options.isEmpty())
            continue;
        const auto &[relType, targetType] = options.at(pick(int(options.size())));
        const QList<qsizetype> &targets = byType.value(targetType);
        const Element &target = data.elements.at(targets.at(pick(int(targets.size()))));
        if (target.id == source.id)
            continue;
        Relationship r;
        r.id = RelationshipId(u"id-r%1"_s.arg(i, 6, 10, QChar(u'0')));
        r.type = relType;
        r.source = source.id;
        r.target = target.id;
        data.relationships.append(std::move(r));
        ++i;
    }

    // View sizes from 50 up to the largest, spread evenly on a log scale; the
    // first view is the largest.
    for (int v = 0; v < size.views; ++v) {
        const double t = size.views > 1 ? double(v) / (size.views - 1) : 0;
        const int nodes = std::min(size.elements,
                                   int(std::round(size.largestView * std::pow(50.0 / size.largestView, t))));
        data.views.append(makeView(data, nodes, m_viewWord + u' ' + QString::number(v + 1)));
    }
    return data;
}

View ModelGenerator::makeView(const ModelData &data, int nodes, const QString &name)
{
    View view;
    view.id = ViewId(u"id-v-%1-%2"_s.arg(data.views.size()).arg(nodes));
    view.name = name;
    view.kind = ViewKind::Component;
    const int columns = std::max(1, int(std::ceil(std::sqrt(nodes * 1.6))));
    const int start = pick(int(data.elements.size()));
    QHash<ElementId, NodeId> shown;
    view.nodes.reserve(nodes);
    for (int i = 0; i < nodes; ++i) {
        const Element &e = data.elements.at((start + i) % data.elements.size());
        ViewNode node;
        node.id = NodeId(u"n%1-%2"_s.arg(view.id.toString()).arg(i));
        node.element = e.id;
        node.bounds = QRectF((i % columns) * 200.0, (i / columns) * 100.0, 160, 60);
        shown.insert(e.id, node.id);
        view.nodes.append(std::move(node));
    }
    const int maxConnections = nodes * 3 / 2;
    for (const Relationship &r : data.relationships) {
        if (view.connections.size() >= maxConnections)
            break;
        const NodeId source = shown.value(r.source);
        const NodeId target = shown.value(r.target);
        if (source.isNull() || target.isNull())
            continue;
        ViewConnection c;
        c.id = ConnectionId(u"c%1-%2"_s.arg(view.id.toString()).arg(view.connections.size()));
        c.relationship = r.id;
        c.source = source;
        c.target = target;
        view.connections.append(std::move(c));
    }
    return view;
}

} // namespace kt::bench

namespace kt::bench {

ModelData ModelGenerator::generateDiagram(int nodes)
{
    ModelData data = generate({u"diagram"_s, nodes, 0, 0, 0});
    View view = makeView(data, nodes, m_viewWord);
    // Neighbours on the grid: right, below, and now and then diagonal.
    const int columns = std::max(1, int(std::ceil(std::sqrt(nodes * 1.6))));
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
