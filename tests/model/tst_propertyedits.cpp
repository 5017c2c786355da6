// A property of the edits (issue 13): a random sequence of real edits, with undo
// and redo interleaved at random, leaves the model equal to replaying only the
// edits in effect (those done and not undone) on a fresh copy; undoing them all
// gives the original back; an edit refused leaves the model untouched; redo gives
// what the edit gave the first time. Sequences come from a seeded generator, one
// data row per seed (KT_PROPERTY_SEED=N runs that seed alone, KT_PROPERTY_RUNS
// sets how many). A failure prints the seed and the shortest sequence found that
// still fails. What the edits made must also survive a save and an open.
#include <support/modelcompare.h>
#include <support/randomtext.h>
#include <support/samplemodel.h>

#include <model/core/limits.h>
#include <model/edit/arrangeedits.h>
#include <model/edit/editgroup.h>
#include <model/edit/elementedits.h>
#include <model/edit/infoedits.h>
#include <model/edit/mergeconcepts.h>
#include <model/edit/relationshipedits.h>
#include <model/edit/replaceview.h>
#include <model/edit/viewedits.h>
#include <model/meta/profile.h>
#include <model/model.h>
#include <model/modellimits.h>
#include <model/store/ktmstore.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// An edit as the generator chose it: its words, and a way to make it again (the
// replay needs an edit of its own).
struct Step
{
    enum class Kind { Edit, Undo, Redo };
    Kind kind = Kind::Edit;
    QString text;
    std::function<std::unique_ptr<Edit>()> make;
};

// Chooses edits of the current model: mostly of what it holds, sometimes of what
// it does not (refused edits are part of the property too).
class StepGenerator
{
public:
    explicit StepGenerator(quint32 seed) : m_random(seed) { }

    Step next(const ModelData &data)
    {
        const int dice = m_random.bounded(100);
        if (dice < 12)
            return {Step::Kind::Undo, u"undo"_s, {}};
        if (dice < 22)
            return {Step::Kind::Redo, u"redo"_s, {}};
        return edit(data, 0);
    }

private:
    template<typename T>
    T pick(const QList<T> &list) { return list.at(m_random.bounded(int(list.size()))); }
    int below(int n) { return n <= 0 ? 0 : m_random.bounded(n); }
    // Mostly near the origin; now and then at or beyond the limits (an edit must
    // refuse what the files cannot hold).
    double coordinate()
    {
        switch (below(40)) {
        case 0:
            return limits::MaxCoordinate;
        case 1:
            return -limits::MaxCoordinate;
        case 2:
            return 2 * limits::MaxCoordinate;
        default:
            return double(m_random.bounded(-2000, 2000));
        }
    }
    QString fresh(const QString &kind) { return u"id-p-%1-%2"_s.arg(kind).arg(++m_ids); }

    ElementId element(const ModelData &data)
    {
        if (data.elements.isEmpty() || below(20) == 0)
            return ElementId(u"id-missing"_s);
        return data.elements.at(below(int(data.elements.size()))).id;
    }
    RelationshipId relationship(const ModelData &data)
    {
        if (data.relationships.isEmpty() || below(20) == 0)
            return RelationshipId(u"id-missing"_s);
        return data.relationships.at(below(int(data.relationships.size()))).id;
    }
    const View *view(const ModelData &data)
    {
        return data.views.isEmpty() ? nullptr : &data.views.at(below(int(data.views.size())));
    }
    NodeId node(const View *view, bool groupOnly = false)
    {
        QList<NodeId> ids;
        if (view)
            for (const ViewNode &n : view->nodes)
                if (!groupOnly || n.kind == NodeKind::Group)
                    ids.append(n.id);
        return ids.isEmpty() ? NodeId(u"id-missing"_s) : pick(ids);
    }
    QRectF bounds()
    {
        return QRectF(coordinate(), coordinate(), 20 + below(400), 20 + below(200));
    }
    NodeStyle style()
    {
        NodeStyle s;
        if (below(2))
            s.fillColor = u"#%1"_s.arg(m_random.bounded(0x1000000), 6, 16, QChar(u'0'));
        if (below(2))
            s.fontSize = below(20) ? 6 + below(30) : limits::MaxFontSize;
        s.textAlignment = TextAlignment(below(4));
        if (below(3) == 0)
            s.lineWidth = 1 + below(int(limits::MaxLineWidth) + 5);
        return s;
    }
    Element newElement(const ModelData &data)
    {
        Element e;
        e.id = ElementId(fresh(u"e"_s));
        e.type = pick(data.profile->elementTypes()).id;
        e.name = test::randomName(m_random);
        if (below(3) == 0)
            e.documentation = test::randomName(m_random) + u'\n' + test::randomName(m_random);
        return e;
    }

    Step edit(const ModelData &data, int depth)
    {
        const View *v = view(data);
        const ViewId viewId = v ? v->id : ViewId(u"id-missing"_s);
        const Profile &profile = *data.profile;
        switch (below(depth > 0 ? 30 : 31)) {
        case 0: {
            const Element e = newElement(data);
            const qsizetype at = below(int(data.elements.size()) + 2) - 1;
            return {Step::Kind::Edit, u"AddElement(%1 at %2)"_s.arg(e.id.toString()).arg(at),
                    [e, at] { return std::make_unique<AddElement>(e, at); }};
        }
        case 1: {
            QSet<ElementId> ids{element(data)};
            if (below(3) == 0)
                ids.insert(element(data));
            return {Step::Kind::Edit, u"RemoveElements(%1)"_s.arg(idList(ids)),
                    [ids] { return std::make_unique<RemoveElements>(ids); }};
        }
        case 2:
        case 3: {
            const ElementId id = element(data);
            const QString name = below(10) == 0 ? QString(limits::MaxNameLength + 1, u'x')
                                                : test::randomName(m_random);
            return {Step::Kind::Edit, u"SetElementName(%1, %2)"_s.arg(id.toString(), name.left(20)),
                    [id, name] { return std::make_unique<SetElementName>(id, name); }};
        }
        case 4: {
            const ElementId id = element(data);
            const QString text = below(2) ? test::randomName(m_random) : QString();
            return {Step::Kind::Edit, u"SetElementDocumentation(%1)"_s.arg(id.toString()),
                    [id, text] { return std::make_unique<SetElementDocumentation>(id, text); }};
        }
        case 5: {
            const ElementId id = element(data);
            const QString type = pick(profile.elementTypes()).id;
            return {Step::Kind::Edit, u"SetElementType(%1, %2)"_s.arg(id.toString(), type),
                    [id, type] { return std::make_unique<SetElementType>(id, type); }};
        }
        case 6:
        case 7: {
            const ElementId id = element(data);
            const Element *e = data.elements.find(id);
            const ElementType *type = e ? profile.elementType(e->type) : nullptr;
            const QString key = type && !type->properties.isEmpty() && below(8)
                    ? pick(type->properties)
                    : u"noSuchKey"_s;
            const QString value = propertyValue(profile, key);
            return {Step::Kind::Edit,
                    u"SetElementProperty(%1, %2, %3)"_s.arg(id.toString(), key, value),
                    [id, key, value] {
                        return std::make_unique<SetElementProperty>(id, key, value);
                    }};
        }
        case 8: {
            const ElementId id = element(data);
            PropertyList list;
            for (int i = below(3); i > 0; --i)
                list.append({pick(QStringList{u"k"_s, u"ghi chú"_s}), test::randomName(m_random)});
            return {Step::Kind::Edit, u"SetElementExtraProperties(%1)"_s.arg(id.toString()),
                    [id, list] { return std::make_unique<SetElementExtraProperties>(id, list); }};
        }
        case 9:
        case 10: {
            Relationship r;
            r.id = RelationshipId(fresh(u"r"_s));
            r.type = pick(profile.relationshipTypes()).id;
            r.source = element(data);
            r.target = element(data);
            if (below(2))
                r.name = test::randomName(m_random);
            return {Step::Kind::Edit,
                    u"AddRelationship(%1: %2 -> %3)"_s.arg(r.id.toString(), r.source.toString(),
                                                          r.target.toString()),
                    [r] { return std::make_unique<AddRelationship>(r); }};
        }
        case 11: {
            const QSet<RelationshipId> ids{relationship(data)};
            return {Step::Kind::Edit, u"RemoveRelationships(%1)"_s.arg(idList(ids)),
                    [ids] { return std::make_unique<RemoveRelationships>(ids); }};
        }
        case 12: {
            const RelationshipId id = relationship(data);
            const QString name = test::randomName(m_random);
            return {Step::Kind::Edit, u"SetRelationshipName(%1)"_s.arg(id.toString()),
                    [id, name] { return std::make_unique<SetRelationshipName>(id, name); }};
        }
        case 13: {
            const RelationshipId id = relationship(data);
            const QString type = pick(profile.relationshipTypes()).id;
            return {Step::Kind::Edit, u"SetRelationshipType(%1, %2)"_s.arg(id.toString(), type),
                    [id, type] { return std::make_unique<SetRelationshipType>(id, type); }};
        }
        case 14: {
            View created;
            created.id = ViewId(fresh(u"v"_s));
            created.name = test::randomName(m_random);
            created.kind = ViewKind(below(3));
            const qsizetype at = below(int(data.views.size()) + 2) - 1;
            return {Step::Kind::Edit, u"AddView(%1 at %2)"_s.arg(created.id.toString()).arg(at),
                    [created, at] { return std::make_unique<AddView>(created, at); }};
        }
        case 15:
            if (below(3) == 0)
                return {Step::Kind::Edit, u"RemoveView(%1)"_s.arg(viewId.toString()),
                        [viewId] { return std::make_unique<RemoveView>(viewId); }};
            [[fallthrough]];
        case 16: {
            const QString name = test::randomName(m_random);
            return {Step::Kind::Edit, u"SetViewName(%1, %2)"_s.arg(viewId.toString(), name),
                    [viewId, name] { return std::make_unique<SetViewName>(viewId, name); }};
        }
        case 17: {
            const QString value = pick(QStringList{u"left"_s, u"right"_s, QString()});
            return {Step::Kind::Edit, u"SetViewSetting(%1, %2)"_s.arg(viewId.toString(), value),
                    [viewId, value] {
                        return std::make_unique<SetViewSetting>(viewId, u"securityColumn"_s, value);
                    }};
        }
        case 18:
        case 19: {
            ViewNode n;
            n.id = NodeId(fresh(u"n"_s));
            n.bounds = bounds();
            if (below(4) == 0) {
                n.kind = NodeKind::Group;
                n.label = test::randomName(m_random);
            } else if (below(6) == 0) {
                n.kind = NodeKind::Note;
                n.label = test::randomName(m_random);
            } else {
                n.element = element(data);
            }
            if (below(3) == 0)
                n.parent = node(v, true);
            const qsizetype at = below(3) == 0 ? below(int(v ? v->nodes.size() : 0) + 1) : -1;
            return {Step::Kind::Edit,
                    u"AddNode(%1, %2 in %3 at %4)"_s.arg(viewId.toString(), n.id.toString(),
                                                         n.parent.toString())
                            .arg(at),
                    [viewId, n, at] { return std::make_unique<AddNode>(viewId, n, at); }};
        }
        case 20: {
            const QSet<NodeId> ids{node(v), node(v)};
            return {Step::Kind::Edit, u"RemoveNodes(%1, %2)"_s.arg(viewId.toString(), idList(ids)),
                    [viewId, ids] { return std::make_unique<RemoveNodes>(viewId, ids); }};
        }
        case 21: {
            const QSet<NodeId> ids{node(v), node(v)};
            const QPointF delta(coordinate() + below(4) / 4.0, coordinate());
            return {Step::Kind::Edit,
                    u"MoveNodes(%1, %2, %3 %4)"_s.arg(viewId.toString(), idList(ids))
                            .arg(delta.x())
                            .arg(delta.y()),
                    [viewId, ids, delta] {
                        return std::make_unique<MoveNodes>(viewId, ids, delta);
                    }};
        }
        case 22: {
            const NodeId id = node(v);
            const QRectF r = bounds();
            return {Step::Kind::Edit, u"SetNodeBounds(%1, %2)"_s.arg(viewId.toString(), id.toString()),
                    [viewId, id, r] { return std::make_unique<SetNodeBounds>(viewId, id, r); }};
        }
        case 23: {
            const NodeId id = node(v);
            const NodeStyle s = style();
            return {Step::Kind::Edit, u"SetNodeStyle(%1, %2)"_s.arg(viewId.toString(), id.toString()),
                    [viewId, id, s] { return std::make_unique<SetNodeStyle>(viewId, id, s); }};
        }
        case 24: {
            const NodeId id = node(v);
            const QString label = test::randomName(m_random);
            return {Step::Kind::Edit, u"SetNodeLabel(%1, %2)"_s.arg(viewId.toString(), id.toString()),
                    [viewId, id, label] {
                        return std::make_unique<SetNodeLabel>(viewId, id, label);
                    }};
        }
        case 25: {
            ViewConnection c;
            c.id = ConnectionId(fresh(u"c"_s));
            c.source = node(v);
            c.target = node(v);
            if (below(2))
                c.relationship = relationship(data);
            for (int i = below(3); i > 0; --i)
                c.bendpoints.append(QPointF(coordinate(), coordinate()));
            return {Step::Kind::Edit,
                    u"AddConnection(%1, %2: %3 -> %4 for %5)"_s.arg(
                            viewId.toString(), c.id.toString(), c.source.toString(),
                            c.target.toString(), c.relationship.toString()),
                    [viewId, c] { return std::make_unique<AddConnection>(viewId, c); }};
        }
        case 26: {
            QList<ConnectionId> all;
            if (v)
                for (const ViewConnection &c : v->connections)
                    all.append(c.id);
            const ConnectionId id = all.isEmpty() ? ConnectionId(u"id-missing"_s) : pick(all);
            switch (below(3)) {
            case 0:
                return {Step::Kind::Edit,
                        u"RemoveConnections(%1, %2)"_s.arg(viewId.toString(), id.toString()),
                        [viewId, id] {
                            return std::make_unique<RemoveConnections>(viewId, QSet<ConnectionId>{id});
                        }};
            case 1: {
                QList<QPointF> points;
                for (int i = below(4); i > 0; --i)
                    points.append(QPointF(coordinate(), coordinate()));
                return {Step::Kind::Edit,
                        u"SetBendpoints(%1, %2)"_s.arg(viewId.toString(), id.toString()),
                        [viewId, id, points] {
                            return std::make_unique<SetBendpoints>(viewId, id, points);
                        }};
            }
            default: {
                const NodeStyle s = style();
                return {Step::Kind::Edit,
                        u"SetConnectionStyle(%1, %2)"_s.arg(viewId.toString(), id.toString()),
                        [viewId, id, s] {
                            return std::make_unique<SetConnectionStyle>(viewId, id, s);
                        }};
            }
            }
        }
        case 27: {
            switch (below(3)) {
            case 0: {
                const NodeId id = node(v);
                const NodeId parent = below(3) == 0 ? NodeId() : node(v, true);
                return {Step::Kind::Edit,
                        u"SetNodeParent(%1, %2, %3)"_s.arg(viewId.toString(), id.toString(),
                                                           parent.toString()),
                        [viewId, id, parent] {
                            return std::make_unique<SetNodeParent>(viewId, id, parent);
                        }};
            }
            case 1: {
                const QList<NodeId> ids{node(v)};
                const auto direction = below(2) ? ReorderNodes::Direction::ToFront
                                                : ReorderNodes::Direction::ToBack;
                return {Step::Kind::Edit,
                        u"ReorderNodes(%1, %2, %3)"_s.arg(viewId.toString(), ids.first().toString())
                                .arg(int(direction)),
                        [viewId, ids, direction] {
                            return std::make_unique<ReorderNodes>(viewId, ids, direction);
                        }};
            }
            default: {
                // Aligning and distributing give fractions.
                QHash<NodeId, QRectF> rects;
                for (int i = 1 + below(3); i > 0; --i)
                    rects.insert(node(v), bounds().translated(below(4) / 3.0, 0.5));
                return {Step::Kind::Edit,
                        u"SetNodesBounds(%1, %2 nodes)"_s.arg(viewId.toString()).arg(rects.size()),
                        [viewId, rects] {
                            return std::make_unique<SetNodesBounds>(viewId, rects, u"arrange"_s);
                        }};
            }
            }
        }
        case 28: {
            ModelInfo info = data.info;
            info.name = test::randomName(m_random);
            info.versionLabel = QString::number(below(10)) + u".0"_s;
            info.decisionDate = below(2) ? QDate(2020 + below(10), 1 + below(12), 1 + below(28))
                                         : QDate();
            return {Step::Kind::Edit, u"SetModelInfo(%1)"_s.arg(info.name),
                    [info] { return std::make_unique<SetModelInfo>(info); }};
        }
        case 29: {
            // A merge: one element changed, one new; or a view replaced.
            if (below(2) && v) {
                View replaced = *v;
                replaced.name = test::randomName(m_random);
                if (!replaced.nodes.isEmpty() && below(2))
                    replaced.nodes.take(replaced.nodes.at(below(int(replaced.nodes.size()))).id);
                // A node taken may leave its children or connections dangling: the
                // edit is then refused, which is part of the property.
                return {Step::Kind::Edit, u"ReplaceView(%1)"_s.arg(replaced.id.toString()),
                        [replaced] { return std::make_unique<ReplaceView>(replaced); }};
            }
            QList<Element> elements{newElement(data)};
            if (const Element *e = data.elements.find(element(data))) {
                Element changed = *e;
                changed.name = test::randomName(m_random);
                elements.append(changed);
            }
            return {Step::Kind::Edit,
                    u"MergeConcepts(%1 elements, new %2)"_s.arg(elements.size())
                            .arg(elements.first().id.toString()),
                    [elements] {
                        return std::make_unique<MergeConcepts>(elements, QList<Relationship>{});
                    }};
        }
        default: {
            // Two edits as one undo step (never nested deeper).
            const Step first = edit(data, depth + 1);
            const Step second = edit(data, depth + 1);
            return {Step::Kind::Edit, u"EditGroup[%1; %2]"_s.arg(first.text, second.text),
                    [first, second] {
                        auto group = std::make_unique<EditGroup>(u"group"_s);
                        group->add(first.make());
                        group->add(second.make());
                        return group;
                    }};
        }
        }
    }

    // A value of the property's type (and now and then one the schema refuses).
    QString propertyValue(const Profile &profile, const QString &key)
    {
        if (below(8) == 0)
            return QString(); // removes the property
        const PropertyDefinition *definition = profile.property(key);
        if (!definition || below(15) == 0)
            return u"not valid: %1"_s.arg(below(100));
        switch (definition->type) {
        case PropertyType::Int:
            return QString::number(definition->minimum
                                   + below(definition->maximum - definition->minimum + 1));
        case PropertyType::Enum:
            return definition->values.isEmpty() ? QString() : pick(definition->values).id;
        case PropertyType::EnumSet: {
            QStringList ids;
            for (const EnumValue &value : definition->values)
                if (below(2))
                    ids.append(value.id);
            return definition->setValue(ids);
        }
        case PropertyType::Date:
            return QDate(2000 + below(30), 1 + below(12), 1 + below(28)).toString(Qt::ISODate);
        case PropertyType::String:
            break;
        }
        return test::randomName(m_random);
    }

    template<typename Ids>
    static QString idList(const Ids &ids)
    {
        QStringList list;
        for (const auto &id : ids)
            list.append(id.toString());
        list.sort();
        return list.join(u',');
    }

    QRandomGenerator m_random;
    int m_ids = 0;
};

// Runs steps on the original; empty when the property holds, else what broke.
QString check(const ModelData &original, const QList<Step> &steps,
              const QString &savedFolder = QString())
{
    Model model(original);
    std::vector<std::pair<const Step *, std::unique_ptr<Edit>>> done;
    std::vector<std::pair<const Step *, std::unique_ptr<Edit>>> undone;
    std::vector<ModelData> afterApply; // what each done edit gave, for its redo
    QString error;
    for (const Step &step : steps) {
        switch (step.kind) {
        case Step::Kind::Undo:
            if (!done.empty()) {
                model.revert(*done.back().second);
                undone.push_back(std::move(done.back()));
                done.pop_back();
            }
            break;
        case Step::Kind::Redo:
            if (!undone.empty()) {
                if (!model.apply(*undone.back().second, &error))
                    return u"redo of %1 was refused: %2"_s.arg(undone.back().first->text, error);
                done.push_back(std::move(undone.back()));
                undone.pop_back();
            }
            break;
        case Step::Kind::Edit: {
            const ModelData before = model.data();
            std::unique_ptr<Edit> edit = step.make();
            if (!model.apply(*edit, &error)) {
                if (const QString d = test::firstDifference(before, model.data()); !d.isEmpty())
                    return u"%1 was refused (%2) but changed the model: %3"_s.arg(step.text, error,
                                                                                 d);
                break;
            }
            // What an edit makes can be saved and read back (core/limits.h).
            const ModelData after = model.data();
            if (const QString beyond = modelLimitsProblem(after); !beyond.isEmpty())
                return u"%1 made a model beyond the limits: %2"_s.arg(step.text, beyond);
            // Undo then redo gives the same model as the first apply.
            model.revert(*edit);
            if (const QString d = test::firstDifference(before, model.data()); !d.isEmpty())
                return u"undoing %1 did not restore the model: %2"_s.arg(step.text, d);
            if (!model.apply(*edit, &error))
                return u"redo of %1 was refused: %2"_s.arg(step.text, error);
            if (const QString d = test::firstDifference(after, model.data()); !d.isEmpty())
                return u"redo of %1 gave another model: %2"_s.arg(step.text, d);
            done.emplace_back(&step, std::move(edit));
            undone.clear();
            break;
        }
        }
    }
    // The edits in effect, replayed on a fresh copy, give the same model.
    Model replay(original);
    for (const auto &[step, edit] : done) {
        std::unique_ptr<Edit> again = step->make();
        if (!replay.apply(*again, &error))
            return u"replaying %1 was refused: %2"_s.arg(step->text, error);
    }
    if (const QString d = test::firstDifference(replay.data(), model.data()); !d.isEmpty())
        return u"the model differs from the replay of the edits in effect: "_s + d;
    // What the edits made comes back from a .ktm as it is.
    if (!savedFolder.isEmpty()) {
        const QString path = savedFolder + u"/edited.ktm"_s;
        KtmStore store;
        ModelData loaded;
        if (!store.save(model.data(), path) || !store.load(path, loaded))
            return u"the edited model cannot be saved and opened: "_s + store.errorString();
        if (const QString d = test::firstDifference(model.data(), loaded); !d.isEmpty())
            return u"the edited model, saved and opened, differs: "_s + d;
    }
    // Undoing everything gives the original.
    while (!done.empty()) {
        model.revert(*done.back().second);
        done.pop_back();
    }
    if (const QString d = test::firstDifference(original, model.data()); !d.isEmpty())
        return u"undoing every edit did not give the original: "_s + d;
    return {};
}

// The shortest failing sequence found by leaving out one step at a time.
QList<Step> shrink(const ModelData &original, QList<Step> steps, const QString &folder)
{
    for (bool shorter = true; shorter;) {
        shorter = false;
        for (qsizetype i = steps.size() - 1; i >= 0; --i) {
            QList<Step> fewer = steps;
            fewer.removeAt(i);
            if (!check(original, fewer, folder).isEmpty()) {
                steps = std::move(fewer);
                shorter = true;
            }
        }
    }
    return steps;
}

// Over all sequences, so that a generator that only makes refused edits is seen.
struct Tally
{
    int applied = 0;
    int refused = 0;
    int undone = 0;
    int redone = 0;
};
Tally tally;

quint32 firstSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("KT_PROPERTY_SEED").toUInt(&ok);
    return ok ? seed : 20261206;
}

} // namespace

class TestPropertyEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data();
    void sequences();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

void TestPropertyEdits::cleanupTestCase()
{
    qInfo("%d edits applied, %d refused, %d undone, %d redone", tally.applied, tally.refused,
          tally.undone, tally.redone);
    // Most edits must take effect, or the property says little.
    QVERIFY(tally.applied > 2 * tally.refused);
}

void TestPropertyEdits::sequences_data()
{
    QTest::addColumn<quint32>("seed");
    const bool one = qEnvironmentVariableIsSet("KT_PROPERTY_SEED");
    const int runs = one ? 1 : qEnvironmentVariableIntValue("KT_PROPERTY_RUNS") > 0
                    ? qEnvironmentVariableIntValue("KT_PROPERTY_RUNS")
                    : 200;
    for (int i = 0; i < runs; ++i) {
        const quint32 seed = firstSeed() + quint32(i);
        QTest::addRow("seed %u", seed) << seed;
    }
}

void TestPropertyEdits::sequences()
{
    QFETCH(quint32, seed);
    constexpr int Length = 30;
    const ModelData original = test::sampleModel();
    StepGenerator generator(seed);
    QList<Step> steps;
    // Generated against the model as it is as the sequence runs.
    {
        Model model(original);
        std::vector<std::unique_ptr<Edit>> done;
        std::vector<std::unique_ptr<Edit>> undone;
        while (steps.size() < Length) {
            const Step step = generator.next(model.data());
            steps.append(step);
            if (step.kind == Step::Kind::Undo && !done.empty()) {
                model.revert(*done.back());
                undone.push_back(std::move(done.back()));
                done.pop_back();
                ++tally.undone;
            } else if (step.kind == Step::Kind::Redo && !undone.empty()) {
                model.apply(*undone.back());
                done.push_back(std::move(undone.back()));
                undone.pop_back();
                ++tally.redone;
            } else if (step.kind == Step::Kind::Edit) {
                std::unique_ptr<Edit> edit = step.make();
                if (model.apply(*edit)) {
                    done.push_back(std::move(edit));
                    undone.clear();
                    ++tally.applied;
                } else {
                    ++tally.refused;
                }
            }
        }
    }
    const QString failure = check(original, steps, m_dir.path());
    if (failure.isEmpty())
        return;
    const QList<Step> minimal = shrink(original, steps, m_dir.path());
    QStringList lines;
    for (const Step &step : minimal)
        lines.append(u"  "_s + step.text);
    QFAIL(qPrintable(u"seed %1 (KT_PROPERTY_SEED=%1): %2\nshortest failing sequence:\n%3\n"
                     "which fails with: %4"_s.arg(seed)
                             .arg(failure, lines.join(u'\n'),
                                  check(original, minimal, m_dir.path()))));
}

QTEST_GUILESS_MAIN(TestPropertyEdits)
#include "tst_propertyedits.moc"
