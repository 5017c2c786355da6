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

QString bare(RepoObjectKind kind)
{
    return tableOf(kind).section(u'.', 1);
}

} // namespace

QStringList migrationStatements(int from)
{
    QStringList statements;
    if (from < 2) {
        // Version 2: the history's view column (a past state places its nodes and
        // connections), its indexes by model and commit (what changed since) and by
        // object (an object's history), indexes of the reference fields (a commit checks
        // only what it wrote), and the claims of views.
        statements += {
            u"ALTER TABLE kientruc.audit ADD COLUMN view text"_s,
            u"UPDATE kientruc.audit a SET view = n.view FROM kientruc.nodes n "
            "WHERE a.kind = 'node' AND n.model = a.model AND n.id = a.object_id"_s,
            u"UPDATE kientruc.audit a SET view = c.view FROM kientruc.connections c "
            "WHERE a.kind = 'connection' AND c.model = a.model AND c.id = a.object_id"_s,
            u"CREATE INDEX audit_model_commit ON kientruc.audit (model, commit_id)"_s,
            u"DROP INDEX kientruc.audit_object"_s,
            u"CREATE INDEX audit_object ON kientruc.audit (model, kind, object_id, commit_id)"_s,
            u"CREATE TABLE kientruc.claims ("
            "model bigint NOT NULL REFERENCES kientruc.models(id) ON DELETE CASCADE, "
            "view_id text NOT NULL, who text NOT NULL DEFAULT current_user, "
            "since timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (model, view_id))"_s,
            // Who may end a claim is the server's rule too: its holder or an administrator.
            u"ALTER TABLE kientruc.claims ENABLE ROW LEVEL SECURITY"_s,
            u"CREATE POLICY claims_seen ON kientruc.claims FOR SELECT USING (true)"_s,
            u"CREATE POLICY claims_taken ON kientruc.claims FOR INSERT "
            "WITH CHECK (who = current_user)"_s,
            u"CREATE POLICY claims_released ON kientruc.claims FOR DELETE "
            "USING (who = current_user OR pg_has_role('kt_admin', 'MEMBER'))"_s,
        };
        for (const Reference &r : References) {
            const QString field = QString::fromUtf16(r.field);
            statements.append(u"CREATE INDEX %1_%2 ON %3 (model, (fields->>'%4')) "
                              "WHERE (fields->>'%4') IS NOT NULL"_s
                                  .arg(bare(r.from), field.toLower(), tableOf(r.from), field));
        }
        statements.append(u"UPDATE kientruc.schema_version SET version = 2"_s);
    }
    return statements;
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
        // A claim is taken and ended; which rows each may end, the table's policies say.
        u"GRANT INSERT, DELETE ON kientruc.claims TO kt_editor"_s,
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

QString writtenReferencesQuery()
{
    QStringList parts;
    for (const Reference &r : References) {
        const QString field = QString::fromUtf16(r.field);
        parts.append(u"SELECT '%1', o.id, o.fields->>'%2' FROM %3 o WHERE o.model = ? "
                     "AND o.id = ANY(CAST(? AS text[])) AND (o.fields->>'%2') IS NOT NULL "
                     "AND NOT EXISTS (SELECT 1 FROM %4 t WHERE t.model = o.model "
                     "AND t.id = o.fields->>'%2')"_s
                         .arg(RepoObjects::kindName(r.from), field, tableOf(r.from), tableOf(r.to)));
    }
    return parts.join(u" UNION ALL "_s);
}

QString deletedReferencesQuery()
{
    QStringList parts;
    for (const Reference &r : References) {
        const QString field = QString::fromUtf16(r.field);
        parts.append(u"SELECT '%1', o.id, o.fields->>'%2' FROM %3 o WHERE o.model = ? "
                     "AND (o.fields->>'%2') IS NOT NULL "
                     "AND (o.fields->>'%2') = ANY(CAST(? AS text[]))"_s
                         .arg(RepoObjects::kindName(r.from), field, tableOf(r.from)));
    }
    return parts.join(u" UNION ALL "_s);
}

QList<std::pair<RepoObjectKind, RepoObjectKind>> referenceKinds()
{
    QList<std::pair<RepoObjectKind, RepoObjectKind>> kinds;
    for (const Reference &r : References)
        kinds.append({ r.from, r.to });
    return kinds;
}

QString arrayText(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString v : values) {
        v.replace(u'\\', u"\\\\"_s);
        v.replace(u'"', u"\\\""_s);
        quoted.append(u'"' + v + u'"');
    }
    return u'{' + quoted.join(u',') + u'}';
}

RepoObjectKind kindFromName(const QString &name, bool *ok)
{
    for (const RepoObjectKind k :
         { RepoObjectKind::Model, RepoObjectKind::Element, RepoObjectKind::Relationship,
           RepoObjectKind::View, RepoObjectKind::Node, RepoObjectKind::Connection })
        if (RepoObjects::kindName(k) == name) {
            if (ok)
                *ok = true;
            return k;
        }
    if (ok)
        *ok = false;
    return RepoObjectKind::Element;
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
