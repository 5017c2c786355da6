#include "modeldiff.h"
#include "../core/text.h"

#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QString frameworkOf(const ModelData &model)
{
    if (!model.info.frameworkId.isEmpty())
        return model.info.frameworkId;
    return model.profile ? model.profile->id() : QString();
}

// Equal text, the same once in NFC (a name typed on another system).
bool sameText(const QString &a, const QString &b)
{
    return a == b || normalizedText(a) == normalizedText(b);
}

QString folded(const QString &name)
{
    return normalizedText(name).toCaseFolded();
}

// Levenshtein distance of a and b, or limit + 1 when it is more than limit. Only
// the band of cells within limit of the diagonal can stay within it.
int boundedDistance(QStringView a, QStringView b, int limit)
{
    if (a.size() < b.size())
        std::swap(a, b);
    const int n = int(a.size());
    const int m = int(b.size());
    if (n - m > limit)
        return limit + 1;
    const int out = limit + 1;
    QVarLengthArray<int, 128> previous(m + 1);
    QVarLengthArray<int, 128> current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = std::min(j, out);
    for (int i = 1; i <= n; ++i) {
        const int low = std::max(1, i - limit);
        const int high = std::min(m, i + limit);
        current[0] = std::min(i, out);
        if (low > 1)
            current[low - 1] = out;
        int rowMinimum = low == 1 ? current[0] : out;
        for (int j = low; j <= high; ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution, out });
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (high < m)
            current[high + 1] = out;
        if (rowMinimum > limit)
            return out;
        std::swap(previous, current);
    }
    return previous[m];
}

// Free properties by key, the values of a repeated key joined by new lines.
QMap<QString, QString> freeProperties(const PropertyList &list)
{
    QMap<QString, QString> map;
    for (const Property &p : list) {
        const auto it = map.find(p.key);
        if (it == map.end())
            map.insert(p.key, p.value);
        else
            *it += u'\n' + p.value;
    }
    return map;
}

// The changes of two maps of values, in key order.
void mapChanges(
    const QMap<QString, QString> &a, const QMap<QString, QString> &b, QList<FieldChange> &fields)
{
    auto i = a.constBegin();
    auto j = b.constBegin();
    while (i != a.constEnd() || j != b.constEnd()) {
        if (j == b.constEnd() || (i != a.constEnd() && i.key() < j.key())) {
            fields.append({ i.key(), i.value(), QString() });
            ++i;
        } else if (i == a.constEnd() || j.key() < i.key()) {
            fields.append({ j.key(), QString(), j.value() });
            ++j;
        } else {
            if (!sameText(i.value(), j.value()))
                fields.append({ i.key(), i.value(), j.value() });
            ++i;
            ++j;
        }
    }
}

template <typename T> void propertyChanges(const T &a, const T &b, QList<FieldChange> &fields)
{
    if (!sameText(a.documentation, b.documentation))
        fields.append({ u"documentation"_s, a.documentation, b.documentation });
    if (a.properties != b.properties)
        mapChanges(a.properties, b.properties, fields);
    if (a.extraProperties != b.extraProperties)
        mapChanges(freeProperties(a.extraProperties), freeProperties(b.extraProperties), fields);
}

// Pairs the members of groups that share a key, in the order of their ids
// (symmetric: the other way round pairs the same). keys: index -> key, empty for none.
template <typename OldIdOf, typename NewIdOf>
QList<std::pair<qsizetype, qsizetype>> pairByKey(
    const QList<QString> &oldKeys, const QList<QString> &newKeys, OldIdOf oldId, NewIdOf newId)
{
    QHash<QString, QList<qsizetype>> byKey;
    for (qsizetype i = 0; i < newKeys.size(); ++i)
        if (!newKeys.at(i).isEmpty())
            byKey[newKeys.at(i)].append(i);
    QHash<QString, QList<qsizetype>> oldByKey;
    for (qsizetype i = 0; i < oldKeys.size(); ++i)
        if (!oldKeys.at(i).isEmpty() && byKey.contains(oldKeys.at(i)))
            oldByKey[oldKeys.at(i)].append(i);
    QList<std::pair<qsizetype, qsizetype>> pairs;
    for (auto it = oldByKey.begin(); it != oldByKey.end(); ++it) {
        QList<qsizetype> &olds = it.value();
        QList<qsizetype> &news = byKey[it.key()];
        std::sort(olds.begin(), olds.end(),
            [&](qsizetype x, qsizetype y) { return oldId(x) < oldId(y); });
        std::sort(news.begin(), news.end(),
            [&](qsizetype x, qsizetype y) { return newId(x) < newId(y); });
        for (qsizetype k = 0; k < std::min(olds.size(), news.size()); ++k)
            pairs.append({ olds.at(k), news.at(k) });
    }
    return pairs;
}

// An element not matched by id, with what the later stages compare.
struct Leftover
{
    const Element *element = nullptr;
    QString type; // in the comparison's framework
    QString component;
    QString folded; // NFC, case-folded name
    QString unaccented;
    bool matched = false;
};

class Differ
{
public:
    Differ(const ModelData &oldModel, const ModelData &newModel, ModelDiffer::Work &work)
        : m_old(oldModel)
        , m_new(newModel)
        , m_work(work)
    {
    }

    ModelDiff run()
    {
        chooseFramework();
        matchElements();
        matchRelationships();
        matchViews();
        m_diff.sortLists();
        return std::move(m_diff);
    }

private:
    void chooseFramework();
    QString elementType(bool old, const QString &type) const;
    QString relationshipType(bool old, const QString &type) const;
    QString component(bool old, const QString &comparedType, const QString &type) const;
    void matchElements();
    void matchSimilar(QList<Leftover *> &olds, QList<Leftover *> &news);
    void compareElements(const Element &o, const Element &n, MatchKind kind);
    void matchRelationships();
    void compareRelationships(const Relationship &o, const Relationship &n, MatchKind kind);
    void matchViews();
    void compareViews(const View &o, const View &n);
    QString nodeLabel(bool old, const ViewNode &node) const;

    const ModelData &m_old;
    const ModelData &m_new;
    ModelDiffer::Work &m_work;
    ModelDiff m_diff;
    ProfilePtr m_profile; // of the comparison's framework
    const FrameworkMapping *m_oldMapping = nullptr; // maps the old model's types
    const FrameworkMapping *m_newMapping = nullptr;
};

void Differ::chooseFramework()
{
    const QString oldId = frameworkOf(m_old);
    const QString newId = frameworkOf(m_new);
    m_diff.oldFrameworkId = oldId;
    m_diff.newFrameworkId = newId;
    const FrameworkMapping *intoNew = m_new.profile ? m_new.profile->mappingFrom(oldId) : nullptr;
    const FrameworkMapping *intoOld = m_old.profile ? m_old.profile->mappingFrom(newId) : nullptr;
    if (oldId == newId) {
        intoNew = intoOld = nullptr;
    } else if (intoNew && intoOld) {
        // Each maps the other: the later framework (by id) wins, whichever side it is.
        (newId > oldId ? intoOld : intoNew) = nullptr;
    }
    if (intoNew) {
        m_oldMapping = intoNew;
        m_diff.frameworkId = newId;
        m_profile = m_new.profile;
    } else if (intoOld) {
        m_newMapping = intoOld;
        m_diff.frameworkId = oldId;
        m_profile = m_old.profile;
    } else {
        // No mapping: the types as they are, components in the framework first by id.
        const bool useOld = oldId == newId ? !m_new.profile : oldId < newId;
        m_diff.frameworkId = useOld ? oldId : newId;
        m_profile = useOld ? m_old.profile : m_new.profile;
        if (!m_profile)
            m_profile = useOld ? m_new.profile : m_old.profile;
    }
    if (m_profile)
        for (const Layer &layer : m_profile->layers())
            m_diff.componentOrder.append(layer.id);
}

QString Differ::elementType(bool old, const QString &type) const
{
    const FrameworkMapping *mapping = old ? m_oldMapping : m_newMapping;
    return mapping ? mapping->elementTypes.value(type, type) : type;
}

QString Differ::relationshipType(bool old, const QString &type) const
{
    const FrameworkMapping *mapping = old ? m_oldMapping : m_newMapping;
    return mapping ? mapping->relationshipTypes.value(type, type) : type;
}

QString Differ::component(bool old, const QString &comparedType, const QString &type) const
{
    if (m_profile)
        if (const ElementType *t = m_profile->elementType(comparedType))
            return t->layer;
    // A type the mapping leaves out: its layer in its own framework.
    const ProfilePtr &own = old ? m_old.profile : m_new.profile;
    if (own)
        if (const ElementType *t = own->elementType(type))
            return t->layer;
    return {};
}

void Differ::matchElements()
{
    m_diff.elementMatches.reserve(std::min(m_old.elements.size(), m_new.elements.size()));
    QList<Leftover> olds;
    for (const Element &o : m_old.elements) {
        if (const Element *n = m_new.elements.find(o.id)) {
            m_diff.elementMatches.insert(o.id, o.id);
            if (!(o == *n) || m_oldMapping || m_newMapping)
                compareElements(o, *n, MatchKind::Id);
        } else {
            olds.append(Leftover { &o, {}, {}, {}, {}, false });
        }
    }
    QList<Leftover> news;
    for (const Element &n : m_new.elements)
        if (!m_old.elements.contains(n.id))
            news.append(Leftover { &n, {}, {}, {}, {}, false });

    // Normalisation only on what the ids left.
    const auto prepare = [this](QList<Leftover> &list, bool old) {
        for (Leftover &l : list) {
            l.type = elementType(old, l.element->type);
            l.component = component(old, l.type, l.element->type);
            if (!l.element->name.isEmpty()) {
                l.folded = folded(l.element->name);
                l.unaccented = searchKey(l.element->name);
            }
        }
    };
    prepare(olds, true);
    prepare(news, false);

    const auto stage = [&](MatchKind kind, const auto &keyOf) {
        QList<QString> oldKeys;
        QList<QString> newKeys;
        for (const Leftover &l : olds)
            oldKeys.append(l.matched || l.folded.isEmpty() ? QString() : keyOf(l));
        for (const Leftover &l : news)
            newKeys.append(l.matched || l.folded.isEmpty() ? QString() : keyOf(l));
        const auto pairs = pairByKey(
            oldKeys, newKeys, [&](qsizetype i) { return olds.at(i).element->id; },
            [&](qsizetype i) { return news.at(i).element->id; });
        for (const auto &[i, j] : pairs) {
            olds[i].matched = news[j].matched = true;
            m_diff.elementMatches.insert(olds.at(i).element->id, news.at(j).element->id);
            compareElements(*olds.at(i).element, *news.at(j).element, kind);
        }
    };
    if (!olds.isEmpty() && !news.isEmpty()) {
        stage(MatchKind::Name,
            [](const Leftover &l) { return QString(l.type + u'\x1f' + l.folded); });
        stage(MatchKind::Unaccented,
            [](const Leftover &l) { return QString(l.type + u'\x1f' + l.unaccented); });

        QMap<QString, std::pair<QList<Leftover *>, QList<Leftover *>>> byComponent;
        for (Leftover &l : olds)
            if (!l.matched && !l.unaccented.isEmpty())
                byComponent[l.component].first.append(&l);
        for (Leftover &l : news)
            if (!l.matched && !l.unaccented.isEmpty())
                byComponent[l.component].second.append(&l);
        for (auto &[o, n] : byComponent)
            if (!o.isEmpty() && !n.isEmpty())
                matchSimilar(o, n);
    }

    for (const Leftover &l : olds) {
        if (l.matched)
            continue;
        ElementChange c;
        c.oldId = l.element->id;
        c.oldType = l.element->type;
        c.comparedOldType = l.type;
        c.oldName = normalizedText(l.element->name);
        c.oldComponent = l.component;
        m_diff.elements.append(std::move(c));
    }
    for (const Leftover &l : news) {
        if (l.matched)
            continue;
        ElementChange c;
        c.newId = l.element->id;
        c.newType = l.element->type;
        c.comparedNewType = l.type;
        c.newName = normalizedText(l.element->name);
        c.newComponent = l.component;
        m_diff.elements.append(std::move(c));
    }
}

void Differ::matchSimilar(QList<Leftover *> &olds, QList<Leftover *> &news)
{
    struct Candidate
    {
        int distance;
        int length; // the longer name's
        const Leftover *first; // the pair's smaller id, whichever side it is on
        const Leftover *second;
        Leftover *oldOne;
        Leftover *newOne;
    };
    QList<Candidate> candidates;
    const auto consider = [&](Leftover *o, Leftover *n) {
        ++m_work.similarityPairs;
        const QString &a = o->unaccented;
        const QString &b = n->unaccented;
        const int length = int(std::max(a.size(), b.size()));
        const int limit = int(std::floor(length * (1.0 - ModelDiffer::SimilarityThreshold) + 1e-9));
        if (std::abs(a.size() - b.size()) > limit)
            return;
        const int distance = boundedDistance(a, b, limit);
        if (distance > limit)
            return;
        const bool oldFirst = o->element->id.toString() < n->element->id.toString();
        candidates.append({ distance, length, oldFirst ? o : n, oldFirst ? n : o, o, n });
    };
    if (qint64(olds.size()) * news.size() <= ModelDiffer::SimilarityFullPairs) {
        for (Leftover *o : olds)
            for (Leftover *n : news)
                consider(o, n);
    } else {
        // Too many: each with its nearest in the order of the names (the cap).
        QList<std::pair<Leftover *, bool>> merged;
        for (Leftover *o : olds)
            merged.append({ o, true });
        for (Leftover *n : news)
            merged.append({ n, false });
        std::sort(merged.begin(), merged.end(), [](const auto &x, const auto &y) {
            if (x.first->unaccented != y.first->unaccented)
                return x.first->unaccented < y.first->unaccented;
            return x.first->element->id < y.first->element->id;
        });
        for (qsizetype i = 0; i < merged.size(); ++i)
            for (qsizetype k = i + 1;
                 k < std::min(merged.size(), i + 1 + ModelDiffer::SimilarityWindow); ++k)
                if (merged.at(i).second != merged.at(k).second) {
                    const bool iOld = merged.at(i).second;
                    consider(iOld ? merged.at(i).first : merged.at(k).first,
                        iOld ? merged.at(k).first : merged.at(i).first);
                }
    }
    // Best first: the smaller distance relative to the length (compared as fractions),
    // then the pair's ids, which do not depend on which model is the old one.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        const qint64 lx = qint64(x.distance) * y.length;
        const qint64 ly = qint64(y.distance) * x.length;
        if (lx != ly)
            return lx < ly;
        if (x.first->element->id != y.first->element->id)
            return x.first->element->id < y.first->element->id;
        return x.second->element->id < y.second->element->id;
    });
    for (const Candidate &c : candidates) {
        if (c.oldOne->matched || c.newOne->matched)
            continue;
        c.oldOne->matched = c.newOne->matched = true;
        m_diff.elementMatches.insert(c.oldOne->element->id, c.newOne->element->id);
        compareElements(*c.oldOne->element, *c.newOne->element, MatchKind::Similar);
    }
}

void Differ::compareElements(const Element &o, const Element &n, MatchKind kind)
{
    ElementChange c;
    c.oldId = o.id;
    c.newId = n.id;
    c.match = kind;
    c.oldType = o.type;
    c.newType = n.type;
    c.comparedOldType = elementType(true, o.type);
    c.comparedNewType = elementType(false, n.type);
    c.oldName = normalizedText(o.name);
    c.newName = normalizedText(n.name);
    c.oldComponent = component(true, c.comparedOldType, o.type);
    c.newComponent = c.comparedNewType == c.comparedOldType && o.type == n.type
        ? c.oldComponent
        : component(false, c.comparedNewType, n.type);
    propertyChanges(o, n, c.fields);
    if (c.isRenamed() || c.isRetyped() || c.isMoved() || c.isChanged())
        m_diff.elements.append(std::move(c));
}

void Differ::matchRelationships()
{
    m_diff.relationshipMatches.reserve(
        std::min(m_old.relationships.size(), m_new.relationships.size()));
    QList<const Relationship *> olds;
    for (const Relationship &o : m_old.relationships) {
        if (const Relationship *n = m_new.relationships.find(o.id)) {
            m_diff.relationshipMatches.insert(o.id, o.id);
            // Equal, it joins the same ids, which (ends that exist) matched by id.
            if (!(o == *n) || m_oldMapping || m_newMapping)
                compareRelationships(o, *n, MatchKind::Id);
        } else {
            olds.append(&o);
        }
    }
    QList<const Relationship *> news;
    for (const Relationship &n : m_new.relationships)
        if (!m_old.relationships.contains(n.id))
            news.append(&n);

    QList<QString> oldKeys;
    QList<QString> newKeys;
    if (!olds.isEmpty() && !news.isEmpty()) {
        for (const Relationship *r : olds) {
            const ElementId source = m_diff.elementMatches.value(r->source);
            const ElementId target = m_diff.elementMatches.value(r->target);
            oldKeys.append(source.isNull() || target.isNull() ? QString()
                                                              : relationshipType(true, r->type)
                        + u'\x1f' + source.toString() + u'\x1f' + target.toString());
        }
        for (const Relationship *r : news)
            newKeys.append(relationshipType(false, r->type) + u'\x1f' + r->source.toString()
                + u'\x1f' + r->target.toString());
    }
    QSet<qsizetype> oldMatched;
    QSet<qsizetype> newMatched;
    const auto pairs = pairByKey(
        oldKeys, newKeys, [&](qsizetype i) { return olds.at(i)->id; },
        [&](qsizetype i) { return news.at(i)->id; });
    for (const auto &[i, j] : pairs) {
        oldMatched.insert(i);
        newMatched.insert(j);
        m_diff.relationshipMatches.insert(olds.at(i)->id, news.at(j)->id);
        compareRelationships(*olds.at(i), *news.at(j), MatchKind::Name);
    }
    for (qsizetype i = 0; i < olds.size(); ++i) {
        if (oldMatched.contains(i))
            continue;
        const Relationship &r = *olds.at(i);
        RelationshipChange c;
        c.oldId = r.id;
        c.oldType = r.type;
        c.oldSource = r.source;
        c.oldTarget = r.target;
        c.name = normalizedText(r.name);
        m_diff.relationships.append(std::move(c));
    }
    for (qsizetype j = 0; j < news.size(); ++j) {
        if (newMatched.contains(j))
            continue;
        const Relationship &r = *news.at(j);
        RelationshipChange c;
        c.newId = r.id;
        c.newType = r.type;
        c.newSource = r.source;
        c.newTarget = r.target;
        c.name = normalizedText(r.name);
        m_diff.relationships.append(std::move(c));
    }
}

void Differ::compareRelationships(const Relationship &o, const Relationship &n, MatchKind kind)
{
    RelationshipChange c;
    c.oldId = o.id;
    c.newId = n.id;
    c.match = kind;
    c.oldType = o.type;
    c.newType = n.type;
    c.oldSource = o.source;
    c.oldTarget = o.target;
    c.newSource = n.source;
    c.newTarget = n.target;
    c.name = normalizedText(n.name);
    if (relationshipType(true, o.type) != relationshipType(false, n.type))
        c.fields.append({ u"type"_s, o.type, n.type });
    if (!sameText(o.name, n.name))
        c.fields.append({ u"name"_s, normalizedText(o.name), c.name });
    if (m_diff.elementMatches.value(o.source) != n.source)
        c.fields.append({ u"source"_s, o.source.toString(), n.source.toString() });
    if (m_diff.elementMatches.value(o.target) != n.target)
        c.fields.append({ u"target"_s, o.target.toString(), n.target.toString() });
    propertyChanges(o, n, c.fields);
    if (!c.fields.isEmpty())
        m_diff.relationships.append(std::move(c));
}

void Differ::matchViews()
{
    QList<const View *> olds;
    for (const View &o : m_old.views) {
        if (const View *n = m_new.views.find(o.id)) {
            m_diff.viewMatches.insert(o.id, o.id);
            compareViews(o, *n);
        } else {
            olds.append(&o);
        }
    }
    QList<const View *> news;
    for (const View &n : m_new.views)
        if (!m_old.views.contains(n.id))
            news.append(&n);
    const auto keyOf = [](const View *v) {
        return v->name.isEmpty() ? QString()
                                 : folded(v->name) + u'\x1f' + QString::number(int(v->kind));
    };
    QList<QString> oldKeys;
    QList<QString> newKeys;
    if (!olds.isEmpty() && !news.isEmpty()) {
        for (const View *v : olds)
            oldKeys.append(keyOf(v));
        for (const View *v : news)
            newKeys.append(keyOf(v));
    }
    QSet<qsizetype> oldMatched;
    QSet<qsizetype> newMatched;
    const auto pairs = pairByKey(
        oldKeys, newKeys, [&](qsizetype i) { return olds.at(i)->id; },
        [&](qsizetype i) { return news.at(i)->id; });
    for (const auto &[i, j] : pairs) {
        oldMatched.insert(i);
        newMatched.insert(j);
        m_diff.viewMatches.insert(olds.at(i)->id, news.at(j)->id);
        compareViews(*olds.at(i), *news.at(j));
    }
    // Then the views of one component architecture, or the overall diagrams, that
    // were renamed: the same kind of view showing the same component (a 1.0
    // "Kiến trúc kỹ thuật" is the 2.0 "Kiến trúc kỹ thuật – công nghệ").
    const auto roleOf = [](const View *v) {
        if (v->kind == ViewKind::Overall)
            return u"overall"_s;
        const QString component = v->settings.value(u"component"_s);
        return v->kind == ViewKind::Component && !component.isEmpty() ? u"component:"_s + component
                                                                      : QString();
    };
    QList<QString> oldRoles;
    QList<QString> newRoles;
    for (qsizetype i = 0; i < olds.size(); ++i)
        oldRoles.append(oldMatched.contains(i) ? QString() : roleOf(olds.at(i)));
    for (qsizetype j = 0; j < news.size(); ++j)
        newRoles.append(newMatched.contains(j) ? QString() : roleOf(news.at(j)));
    const auto rolePairs = pairByKey(
        oldRoles, newRoles, [&](qsizetype i) { return olds.at(i)->id; },
        [&](qsizetype i) { return news.at(i)->id; });
    for (const auto &[i, j] : rolePairs) {
        oldMatched.insert(i);
        newMatched.insert(j);
        m_diff.viewMatches.insert(olds.at(i)->id, news.at(j)->id);
        compareViews(*olds.at(i), *news.at(j));
    }
    for (qsizetype i = 0; i < olds.size(); ++i)
        if (!oldMatched.contains(i))
            m_diff.views.append(
                { olds.at(i)->id, ViewId(), normalizedText(olds.at(i)->name), QString(), {}, {} });
    for (qsizetype j = 0; j < news.size(); ++j)
        if (!newMatched.contains(j))
            m_diff.views.append(
                { ViewId(), news.at(j)->id, QString(), normalizedText(news.at(j)->name), {}, {} });
}

QString Differ::nodeLabel(bool old, const ViewNode &node) const
{
    if (node.kind == NodeKind::Element) {
        const Element *e = (old ? m_old : m_new).elements.find(node.element);
        return e ? normalizedText(e->name) : QString();
    }
    return normalizedText(node.label);
}

void Differ::compareViews(const View &o, const View &n)
{
    ViewChange change { o.id, n.id, normalizedText(o.name), normalizedText(n.name), {}, {} };
    if (o.id == n.id && o.nodes == n.nodes && o.connections == n.connections) {
        // The same content: the same elements, which matched by id.
        if (change.oldName != change.newName)
            m_diff.views.append(std::move(change));
        return;
    }

    // Nodes: by id; then element nodes by their matched element, the others by
    // kind and label.
    QHash<NodeId, NodeId> nodeMatches;
    QList<const ViewNode *> olds;
    for (const ViewNode &node : o.nodes) {
        if (n.nodes.contains(node.id))
            nodeMatches.insert(node.id, node.id);
        else
            olds.append(&node);
    }
    QList<const ViewNode *> news;
    for (const ViewNode &node : n.nodes)
        if (!o.nodes.contains(node.id))
            news.append(&node);
    const auto keyOf = [this](const ViewNode &node, bool old) {
        if (node.kind == NodeKind::Element) {
            const ElementId element
                = old ? m_diff.elementMatches.value(node.element) : node.element;
            return element.isNull() ? QString() : u"e:"_s + element.toString();
        }
        return QString(QString::number(int(node.kind)) + u':' + folded(node.label));
    };
    QList<QString> oldKeys;
    QList<QString> newKeys;
    if (!olds.isEmpty() && !news.isEmpty()) {
        for (const ViewNode *node : olds)
            oldKeys.append(keyOf(*node, true));
        for (const ViewNode *node : news)
            newKeys.append(keyOf(*node, false));
    }
    QSet<qsizetype> oldMatched;
    QSet<qsizetype> newMatched;
    const auto pairs = pairByKey(
        oldKeys, newKeys, [&](qsizetype i) { return olds.at(i)->id; },
        [&](qsizetype i) { return news.at(i)->id; });
    for (const auto &[i, j] : pairs) {
        oldMatched.insert(i);
        newMatched.insert(j);
        nodeMatches.insert(olds.at(i)->id, news.at(j)->id);
    }
    for (auto it = nodeMatches.constBegin(); it != nodeMatches.constEnd(); ++it) {
        const ViewNode &a = *o.nodes.find(it.key());
        const ViewNode &b = *n.nodes.find(it.value());
        const bool moved = a.bounds.topLeft() != b.bounds.topLeft();
        const bool resized = a.bounds.size() != b.bounds.size();
        if (!moved && !resized)
            continue;
        change.nodes.append({ moved && resized ? NodeChange::MovedAndResized
                : moved                        ? NodeChange::Moved
                                               : NodeChange::Resized,
            a.id, b.id, a.element, b.element, nodeLabel(false, b), nodeLabel(true, a), a.bounds,
            b.bounds });
    }
    for (qsizetype i = 0; i < olds.size(); ++i) {
        if (oldMatched.contains(i))
            continue;
        const ViewNode &a = *olds.at(i);
        const QString label = nodeLabel(true, a);
        change.nodes.append({ NodeChange::Removed, a.id, NodeId(), a.element, ElementId(), label,
            label, a.bounds, {} });
    }
    for (qsizetype j = 0; j < news.size(); ++j) {
        if (newMatched.contains(j))
            continue;
        const ViewNode &b = *news.at(j);
        change.nodes.append({ NodeChange::Added, NodeId(), b.id, ElementId(), b.element,
            nodeLabel(false, b), QString(), {}, b.bounds });
    }

    // Connections: by id; then by matched relationship and matched ends.
    QList<const ViewConnection *> oldLines;
    for (const ViewConnection &c : o.connections)
        if (!n.connections.contains(c.id))
            oldLines.append(&c);
    QList<const ViewConnection *> newLines;
    for (const ViewConnection &c : n.connections)
        if (!o.connections.contains(c.id))
            newLines.append(&c);
    QList<QString> oldLineKeys;
    QList<QString> newLineKeys;
    if (!oldLines.isEmpty() && !newLines.isEmpty()) {
        for (const ViewConnection *c : oldLines) {
            const RelationshipId relationship = m_diff.relationshipMatches.value(c->relationship);
            const NodeId source = nodeMatches.value(c->source);
            const NodeId target = nodeMatches.value(c->target);
            oldLineKeys.append(source.isNull() || target.isNull()
                        || (relationship.isNull() != c->relationship.isNull())
                    ? QString()
                    : relationship.toString() + u'\x1f' + source.toString() + u'\x1f'
                        + target.toString());
        }
        for (const ViewConnection *c : newLines)
            newLineKeys.append(c->relationship.toString() + u'\x1f' + c->source.toString() + u'\x1f'
                + c->target.toString());
    }
    QSet<qsizetype> oldLinesMatched;
    QSet<qsizetype> newLinesMatched;
    const auto linePairs = pairByKey(
        oldLineKeys, newLineKeys, [&](qsizetype i) { return oldLines.at(i)->id; },
        [&](qsizetype i) { return newLines.at(i)->id; });
    for (const auto &[i, j] : linePairs) {
        oldLinesMatched.insert(i);
        newLinesMatched.insert(j);
    }
    for (qsizetype i = 0; i < oldLines.size(); ++i)
        if (!oldLinesMatched.contains(i))
            change.connections.append({ false, oldLines.at(i)->id, oldLines.at(i)->relationship });
    for (qsizetype j = 0; j < newLines.size(); ++j)
        if (!newLinesMatched.contains(j))
            change.connections.append({ true, newLines.at(j)->id, newLines.at(j)->relationship });

    if (change.oldName != change.newName || !change.nodes.isEmpty()
        || !change.connections.isEmpty())
        m_diff.views.append(std::move(change));
}

} // namespace

ModelDiff ModelDiffer::compare(const ModelData &oldModel, const ModelData &newModel, Work *work)
{
    Work counted;
    ModelDiff diff = Differ(oldModel, newModel, counted).run();
    if (work)
        *work = counted;
    return diff;
}

} // namespace kt
