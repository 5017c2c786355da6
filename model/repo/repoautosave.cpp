#include "repoautosave.h"
#include "reposchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString UrlKey = u"kt:repository"_s;
const QString ModelKey = u"kt:repositoryModel"_s;
const QString HeadKey = u"kt:repositoryHead"_s;
const QString BaseKey = u"kt:repositoryBase"_s;

} // namespace

void RepoAutosave::write(ModelData &local, const QString &display, const RepoCheckout &base)
{
    QJsonArray touched;
    for (const RepoObjectChange &change : RepoObjects::differences(base.data, local)) {
        if (!change.before)
            continue; // added locally: no base
        const RepoObject &o = *change.before;
        touched.append(QJsonObject {
                { u"kind"_s, RepoObjects::kindName(o.kind) },
                { u"id"_s, o.id },
                { u"view"_s, o.view },
                { u"fields"_s,
                  QJsonDocument::fromJson(RepoSchema::fieldsText(o.fields).toUtf8()).object() },
                { u"version"_s, base.versions.value(o.key()) } });
    }
    PropertyList &extra = local.info.extraProperties;
    extra.append({ UrlKey, display });
    extra.append({ ModelKey, base.modelName });
    extra.append({ HeadKey, QString::number(base.head) });
    extra.append({ BaseKey,
                   QString::fromUtf8(QJsonDocument(touched).toJson(QJsonDocument::Compact)) });
}

std::optional<RepoTie> RepoAutosave::take(ModelData &data, QString *error)
{
    QHash<QString, QString> found;
    PropertyList &extra = data.info.extraProperties;
    for (qsizetype i = extra.size() - 1; i >= 0; --i) {
        const QString key = extra.at(i).key;
        if (key == UrlKey || key == ModelKey || key == HeadKey || key == BaseKey) {
            found.insert(key, extra.at(i).value);
            extra.removeAt(i);
        }
    }
    if (found.isEmpty())
        return std::nullopt;
    RepoTie tie;
    tie.url = found.value(UrlKey);
    tie.modelName = found.value(ModelKey);
    bool headOk = false;
    tie.head = found.value(HeadKey).toLongLong(&headOk);
    QJsonParseError parsed;
    const QJsonDocument base = QJsonDocument::fromJson(found.value(BaseKey).toUtf8(), &parsed);
    if (tie.url.isEmpty() || tie.modelName.isEmpty() || !headOk || tie.head <= 0
        || parsed.error != QJsonParseError::NoError || !base.isArray()) {
        if (error)
            *error = tr("The autosaved copy says it came from a team repository, but where "
                        "(repository “%1”, model “%2”, commit “%3”) cannot be read: it is "
                        "restored as a model of its own.")
                             .arg(tie.url, tie.modelName, found.value(HeadKey));
        return std::nullopt;
    }
    for (const QJsonValue &value : base.array()) {
        const QJsonObject o = value.toObject();
        bool known = false;
        const RepoObjectKind kind = RepoSchema::kindFromName(o.value(u"kind"_s).toString(), &known);
        if (!known)
            continue;
        RepoObject object { kind, o.value(u"id"_s).toString(), o.value(u"view"_s).toString(),
                            RepoSchema::fieldsFrom(QString::fromUtf8(
                                    QJsonDocument(o.value(u"fields"_s).toObject())
                                            .toJson(QJsonDocument::Compact))) };
        tie.versions.insert(object.key(), o.value(u"version"_s).toInteger());
        tie.touched.append(std::move(object));
    }
    return tie;
}

bool RepoAutosave::rebuildBase(Repository &repository, const RepoTie &tie, RepoCheckout &out,
                               QString *error)
{
    RepoCheckout base;
    if (!repository.checkoutAt(tie.modelName, tie.head, base)) {
        if (error)
            *error = repository.errorString();
        return false;
    }
    // A view before its nodes and connections (the kinds' order).
    QList<RepoObject> touched = tie.touched;
    std::stable_sort(touched.begin(), touched.end(), [](const RepoObject &a, const RepoObject &b) {
        return int(a.kind) < int(b.kind);
    });
    for (const RepoObject &o : touched) {
        QString reason;
        if (!RepoObjects::place(base.data, o, &reason)) {
            if (error)
                *error = tr("%1, model “%2”: the autosaved copy's base of the %3 %4 cannot be "
                            "put back: %5")
                                 .arg(repository.display(), tie.modelName,
                                      RepoObjects::kindName(o.kind), o.id, reason);
            return false;
        }
        base.versions.insert(o.key(), tie.versions.value(o.key()));
    }
    out = std::move(base);
    return true;
}

} // namespace kt
