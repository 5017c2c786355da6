#include "reposchema.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kt::RepoSchema {

using namespace Qt::StringLiterals;

namespace {

// Every object table: its model, id, place in its collection, version and fields,
// with a few fields repeated as columns (generated) for people querying the tables.
QString objectTable(const QString &name, const QString &extraColumns)
{
    return u"CREATE TABLE kientruc.%1 ("
           "model bigint NOT NULL REFERENCES kientruc.models(id) ON DELETE CASCADE, "
           "id text NOT NULL, view text, position bigint NOT NULL, "
           "version bigint NOT NULL CHECK (version > 0), fields jsonb NOT NULL, %2"
           "PRIMARY KEY (model, id))"_s
        .arg(name, extraColumns);
}

QString generated(const QString &column, const QString &field)
{
    return u"%1 text GENERATED ALWAYS AS (fields->>'%2') STORED, "_s.arg(column, field);
}

} // namespace

QStringList createStatements()
{
    return {
        u"CREATE SCHEMA IF NOT EXISTS kientruc"_s,
        u"CREATE TABLE kientruc.schema_version (version integer NOT NULL)"_s,
        u"CREATE TABLE kientruc.models (id bigserial PRIMARY KEY, name text NOT NULL UNIQUE, "
        "object_id text NOT NULL, version bigint NOT NULL CHECK (version > 0), "
        "fields jsonb NOT NULL, head bigint NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE kientruc.commits (id bigserial PRIMARY KEY, "
        "model bigint NOT NULL REFERENCES kientruc.models(id) ON DELETE CASCADE, "
        "who text NOT NULL DEFAULT current_user, at timestamptz NOT NULL DEFAULT now(), "
        "message text NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX commits_model ON kientruc.commits (model, id)"_s,
        objectTable(u"elements"_s, generated(u"type"_s, u"type"_s) + generated(u"name"_s, u"name"_s)),
        objectTable(u"relationships"_s,
                    generated(u"type"_s, u"type"_s) + generated(u"source"_s, u"source"_s)
                        + generated(u"target"_s, u"target"_s)),
        objectTable(u"views"_s, generated(u"name"_s, u"name"_s)),
        objectTable(u"nodes"_s, generated(u"element"_s, u"element"_s)),
        objectTable(u"connections"_s, generated(u"relationship"_s, u"relationship"_s)),
        u"CREATE TABLE kientruc.audit (id bigserial PRIMARY KEY, "
        "commit_id bigint NOT NULL REFERENCES kientruc.commits(id) ON DELETE CASCADE, "
        "model bigint NOT NULL, kind text NOT NULL, object_id text NOT NULL, "
        "action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')), "
        "old jsonb, new jsonb, who text NOT NULL DEFAULT current_user, "
        "at timestamptz NOT NULL DEFAULT now())"_s,
        u"CREATE INDEX audit_object ON kientruc.audit (model, object_id)"_s,
        u"CREATE INDEX audit_commit ON kientruc.audit (commit_id)"_s,
        u"INSERT INTO kientruc.schema_version (version) VALUES (1)"_s,
    };
}

QStringList grantStatements()
{
    return {
        // Roles are the cluster's: created once, kept when a database is dropped.
        u"DO $$ BEGIN "
        "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kt_reader') THEN "
        "CREATE ROLE kt_reader NOLOGIN; END IF; "
        "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kt_editor') THEN "
        "CREATE ROLE kt_editor NOLOGIN; END IF; "
        "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kt_admin') THEN "
        "CREATE ROLE kt_admin NOLOGIN; END IF; END $$"_s,
        u"GRANT kt_reader TO kt_editor"_s,
        u"GRANT kt_reader, kt_editor TO kt_admin WITH ADMIN OPTION"_s,
        u"REVOKE ALL ON SCHEMA kientruc FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA kientruc TO kt_reader"_s,
        u"GRANT SELECT ON ALL TABLES IN SCHEMA kientruc TO kt_reader"_s,
        u"GRANT INSERT, UPDATE, DELETE ON kientruc.models, kientruc.elements, "
        "kientruc.relationships, kientruc.views, kientruc.nodes, kientruc.connections "
        "TO kt_editor"_s,
        // The history is written, never rewritten.
        u"GRANT INSERT ON kientruc.commits, kientruc.audit TO kt_editor"_s,
        u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA kientruc TO kt_editor"_s,
    };
}

QString tableOf(RepoObjectKind kind)
{
    switch (kind) {
    case RepoObjectKind::Element:
        return u"kientruc.elements"_s;
    case RepoObjectKind::Relationship:
        return u"kientruc.relationships"_s;
    case RepoObjectKind::View:
        return u"kientruc.views"_s;
    case RepoObjectKind::Node:
        return u"kientruc.nodes"_s;
    case RepoObjectKind::Connection:
        return u"kientruc.connections"_s;
    case RepoObjectKind::Model:
        break;
    }
    return u"kientruc.models"_s;
}

QList<RepoObjectKind> objectKinds()
{
    return { RepoObjectKind::Element, RepoObjectKind::Relationship, RepoObjectKind::View,
             RepoObjectKind::Node, RepoObjectKind::Connection };
}

namespace {

struct Reference
{
    RepoObjectKind from;
    const char16_t *field;
    RepoObjectKind to;
};

// What an object's field names, as the typed model's reference fields.
const Reference References[] = {
    { RepoObjectKind::Relationship, u"source", RepoObjectKind::Element },
    { RepoObjectKind::Relationship, u"target", RepoObjectKind::Element },
    { RepoObjectKind::Relationship, u"sourceRelationship", RepoObjectKind::Relationship },
    { RepoObjectKind::Relationship, u"targetRelationship", RepoObjectKind::Relationship },
    { RepoObjectKind::Node, u"element", RepoObjectKind::Element },
    { RepoObjectKind::Node, u"parent", RepoObjectKind::Node },
    { RepoObjectKind::Connection, u"relationship", RepoObjectKind::Relationship },
    { RepoObjectKind::Connection, u"source", RepoObjectKind::Node },
    { RepoObjectKind::Connection, u"target", RepoObjectKind::Node },
    { RepoObjectKind::Connection, u"sourceConnection", RepoObjectKind::Connection },
    { RepoObjectKind::Connection, u"targetConnection", RepoObjectKind::Connection },
};

} // namespace

QString danglingReferencesQuery()
{
    QStringList parts;
    for (const Reference &r : References) {
        const QString field = QString::fromUtf16(r.field);
        parts.append(u"SELECT '%1', o.id, o.fields->>'%2' FROM %3 o WHERE o.model = ? "
                     "AND o.fields->>'%2' IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %4 t "
                     "WHERE t.model = o.model AND t.id = o.fields->>'%2')"_s
                         .arg(RepoObjects::kindName(r.from), field, tableOf(r.from), tableOf(r.to)));
    }
    return parts.join(u" UNION ALL "_s);
}

int referenceCheckParameters()
{
    return int(std::size(References));
}

QString fieldsText(const RepoFields &fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

RepoFields fieldsFrom(const QString &json)
{
    RepoFields fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}

} // namespace kt::RepoSchema
