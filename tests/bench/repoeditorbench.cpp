#include "repoeditorbench.h"

#include <model/repo/repodelta.h>
#include <widgets/document/repomerge.h>

#include <QElapsedTimer>

#include <algorithm>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

Element &elementAt(ModelData &data, qsizetype i)
{
    return *data.elements.find(data.elements.at(i).id);
}

// An open repository document's state: the base of its next commit and its model.
struct EditorState
{
    RepoCheckout base;
    ModelData local;
};

// What RepoLink does with the merge (the document's own work: a swap of models).
void take(const Benchmark &benchmark, EditorState &state, Result<RepoMerge> merged)
{
    benchmark.check(bool(merged), merged ? QString() : merged.error());
    if (!merged)
        return;
    state.base = std::move(merged.value().base);
    state.local = std::move(merged.value().local);
}

} // namespace

QList<Measurement> benchRepoEditor(const Benchmark &benchmark, const QString &size,
                                   const ModelData &data, const QString &url,
                                   const std::function<void(qsizetype)> &commitFloor)
{
    QList<Measurement> results;
    const QStringList names = repoEditorOperations();
    if (std::none_of(names.cbegin(), names.cend(),
                     [&](const QString &name) { return benchmark.wanted(name); }))
        return results;
    Repository repo;
    benchmark.check(repo.open(url), repo.errorString());
    // Elements nothing refers to, one for the other client to delete per run.
    ModelData model = data;
    const int deletable = std::max(benchmark.runs(), Benchmark::MinFloorRuns) + 2;
    QList<ElementId> spare;
    for (int i = 0; i < deletable; ++i) {
        Element e = data.elements.at(0);
        e.id = ElementId::create();
        e.name = u"bench deletable %1"_s.arg(i);
        spare.append(e.id);
        model.elements.append(e);
    }
    EditorState editor;
    benchmark.check(repo.publish(model, u"bench editor"_s, u"bench"_s, &editor.base),
                    repo.errorString());
    editor.local = editor.base.data;

    // The editor's commit: Repository::commit, then the commit's result taken into the
    // open model (RepoMerge::afterCommit, as RepoLink does). Its floor: the commit's
    // (one transaction of libpq statements writing as many rows and their audit rows).
    for (const qsizetype count : { qsizetype(1), qsizetype(1000) }) {
        const QString name = names.at(count == 1 ? 0 : 1);
        const qsizetype changed = std::min(count, model.elements.size());
        int turn = 0;
        // What the open document's undo steps name: the elements renamed.
        QSet<QString> mine;
        for (qsizetype i = 0; i < changed; ++i)
            mine.insert(RepoObjects::keyOf(RepoObjectKind::Element,
                                           model.elements.at(i).id.toString()));
        const auto changedModel = [&](const ModelData &from, int which) {
            ModelData out = from;
            for (qsizetype i = 0; i < changed; ++i)
                elementAt(out, i).name = model.elements.at(i).name
                        + (which % 2 ? QString() : u" (changed)"_s);
            return out;
        };
        results.append(benchmark.measure(
                name, size,
                [&]() {
                    const ModelData local = changedModel(editor.local, turn++);
                    RepoCommitResult result;
                    benchmark.check(repo.commit(editor.base, local, u"bench"_s, result),
                                    repo.errorString());
                    benchmark.check(result.written == changed,
                                    u"the commit wrote %1 objects of %2"_s.arg(result.written)
                                            .arg(changed));
                    take(benchmark, editor,
                         RepoMerge::afterCommit(editor.base, local, result, mine));
                },
                { u"libpq: one UPDATE of the same rows and one INSERT of their audit rows "
                  "from a JSON array, one transaction"_s,
                  [&]() { commitFloor(changed); } }));
    }

    // Another user's commit deleting an element arrives: changesSince, then merged into
    // the open model (RepoMerge::mergeDelta, as RepoLink::refresh does). Its floor: the
    // same changes read and applied to a checkout (changesSince + applyDelta), what a
    // client without an open model does.
    if (benchmark.wanted(names.at(2))) {
        Repository other;
        benchmark.check(other.open(url), other.errorString());
        RepoCheckout otherBase;
        benchmark.check(other.checkout(u"bench editor"_s, otherBase), other.errorString());
        RepoCheckout arrivalFloor = editor.base;
        const auto deleteOne = [&](int i) {
            ModelData mine = otherBase.data;
            mine.elements.take(spare.at(i));
            RepoCommitResult result;
            benchmark.check(other.commit(otherBase, mine, u"delete"_s, result)
                                    && result.written == 1,
                            other.errorString());
            otherBase = std::move(result.current);
        };
        const auto arrival = [&](int i) {
            QElapsedTimer timer;
            timer.start();
            RepoDelta arrived;
            benchmark.check(repo.changesSince(u"bench editor"_s, editor.base.head, arrived),
                            repo.errorString());
            benchmark.check(arrived.removed.size() == 1,
                            u"the arrival deletes %1 objects"_s.arg(arrived.removed.size()));
            const QSet<QString> mine; // no local change in the open model
            take(benchmark, editor,
                 RepoMerge::mergeDelta(editor.base, editor.local, arrived, &mine));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            benchmark.check(!editor.local.elements.contains(spare.at(i)),
                            u"the deleted element is still in the open model"_s);
            return ms;
        };
        const auto floor = [&]() {
            QElapsedTimer timer;
            timer.start();
            RepoDelta arrived;
            QString error;
            benchmark.check(repo.changesSince(u"bench editor"_s, arrivalFloor.head, arrived)
                                    && applyDelta(arrivalFloor, arrived, &error),
                            repo.errorString() + error);
            return double(timer.nsecsElapsed()) / 1e6;
        };
        // Before each run, untimed: the other user deletes one.
        results.append(benchmark.measureTimed(
                names.at(2), size, arrival,
                u"Repository::changesSince and applyDelta of the same commit into a "
                "checkout, without the open model"_s,
                floor, deleteOne));
    }
    return results;
}

} // namespace kt::bench
