#include "baselinestore.h"
#include "baselinecodec.h"
#include "ktmstore.h"
#include "sqliteconnection.h"
#include "../meta/profileregistry.h"
#include "../modelfile.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The first format with the columns of a baseline (KtmSchema, migration 4 -> 5).
constexpr int FirstFormatWithBaselines = 5;

QString nameOf(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The format of the .ktm at path, or a message naming the file.
Result<int> formatOf(const QString &path)
{
    if (ModelFile::formatOf(path) != ModelFile::Format::Ktm)
        return Result<int>::failure(
            BaselineStore::tr("%1 is not a .ktm model file: baselines are kept only in .ktm "
                              "files.")
                .arg(nameOf(path)));
    KtmStore store;
    const int format = store.fileFormat(path);
    if (format < 0)
        return Result<int>::failure(store.errorString());
    return format;
}

template <typename T> Result<T> damaged(const QString &path, const QSqlError &error)
{
    return Result<T>::failure(BaselineStore::tr("%1 is damaged: %2")
                                  .arg(nameOf(path), SqliteConnection::messageOf(error)));
}

// Whether the file holds a baseline of that name.
Result<bool> contains(const QString &path, int format, const QString &name)
{
    if (format < FirstFormatWithBaselines)
        return false;
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    if (!connection.open())
        return Result<bool>::failure(BaselineStore::tr("%1 cannot be opened: %2")
                                         .arg(nameOf(path), connection.errorString()));
    QSqlQuery query(connection.database());
    if (!query.prepare(u"SELECT count(*) FROM baselines WHERE name = ?"_s))
        return damaged<bool>(path, query.lastError());
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return damaged<bool>(path, query.lastError());
    return query.value(0).toLongLong() > 0;
}

// A null QString would be bound as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

Result<bool> missing(const QString &path, const QString &name)
{
    return Result<bool>::failure(
        BaselineStore::tr("%1 has no baseline “%2”.").arg(nameOf(path), name));
}

} // namespace

Result<QList<BaselineInfo>> BaselineStore::list(const QString &path)
{
    using R = Result<QList<BaselineInfo>>;
    const Result<int> format = formatOf(path);
    if (!format)
        return R::failure(format.error());
    QList<BaselineInfo> baselines;
    if (format.value() < FirstFormatWithBaselines)
        return baselines;
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    if (!connection.open())
        return R::failure(
            tr("%1 cannot be opened: %2").arg(nameOf(path), connection.errorString()));
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT name, note, created, author, element_count, relationship_count, "
                    "view_count, length(data) FROM baselines ORDER BY created, name"_s))
        return damaged<QList<BaselineInfo>>(path, query.lastError());
    while (query.next()) {
        BaselineInfo info;
        info.name = query.value(0).toString();
        info.note = query.value(1).toString();
        info.created = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        info.author = query.value(3).toString();
        info.elementCount = query.value(4).toLongLong();
        info.relationshipCount = query.value(5).toLongLong();
        info.viewCount = query.value(6).toLongLong();
        info.storedBytes = query.value(7).toLongLong();
        baselines.append(info);
    }
    if (query.lastError().isValid())
        return damaged<QList<BaselineInfo>>(path, query.lastError());
    return baselines;
}

Result<BaselineInfo> BaselineStore::add(
    const QString &path, const ModelData &data, BaselineInfo info)
{
    using R = Result<BaselineInfo>;
    info.name = info.name.trimmed();
    if (info.name.isEmpty())
        return R::failure(tr("Cannot add a baseline to %1: give it a name.").arg(nameOf(path)));
    const auto cannot = [&](const QString &why) {
        return R::failure(
            tr("Cannot add the baseline “%1” to %2: %3").arg(info.name, nameOf(path), why));
    };
    const Result<int> format = formatOf(path);
    if (!format)
        return R::failure(format.error());
    const Result<bool> exists = contains(path, format.value(), info.name);
    if (!exists)
        return R::failure(exists.error());
    if (exists.value())
        return cannot(tr("a baseline of that name exists."));
    const Result<QByteArray> bytes = BaselineCodec::encode(data);
    if (!bytes)
        return cannot(bytes.error());

    if (!info.created.isValid())
        info.created = QDateTime::currentDateTimeUtc();
    info.created = info.created.toUTC();
    info.elementCount = data.elements.size();
    info.relationshipCount = data.relationships.size();
    info.viewCount = data.views.size();
    info.storedBytes = bytes->size();
    const auto insert = [&](QSqlDatabase &db, QString *why) {
        QSqlQuery query(db);
        if (!query.prepare(u"INSERT INTO baselines (id, name, created, data, note, author, "
                           "element_count, relationship_count, view_count, framework, format) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            *why = SqliteConnection::messageOf(query.lastError());
            return false;
        }
        const QVariantList values { QUuid::createUuid().toString(QUuid::WithoutBraces), info.name,
            info.created.toString(Qt::ISODateWithMs), bytes.value(), text(info.note),
            text(info.author), info.elementCount, info.relationshipCount, info.viewCount,
            text(data.info.frameworkId), BaselineCodec::FormatVersion };
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            *why = SqliteConnection::messageOf(query.lastError());
            return false;
        }
        return true;
    };
    KtmStore store;
    if (!store.modify(path, format.value(), insert, false))
        return cannot(store.errorString());
    return info;
}

Result<ModelData> BaselineStore::extract(const QString &path, const QString &name)
{
    using R = Result<ModelData>;
    const Result<int> format = formatOf(path);
    if (!format)
        return R::failure(format.error());
    if (format.value() < FirstFormatWithBaselines)
        return R::failure(missing(path, name).error());
    QByteArray bytes;
    int form = 0;
    {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
        if (!connection.open())
            return R::failure(
                tr("%1 cannot be opened: %2").arg(nameOf(path), connection.errorString()));
        QSqlQuery query(connection.database());
        if (!query.prepare(u"SELECT data, format FROM baselines WHERE name = ?"_s))
            return damaged<ModelData>(path, query.lastError());
        query.addBindValue(name);
        if (!query.exec())
            return damaged<ModelData>(path, query.lastError());
        if (!query.next())
            return R::failure(missing(path, name).error());
        bytes = query.value(0).toByteArray();
        form = query.value(1).toInt();
    }
    if (form != BaselineCodec::FormatVersion)
        return R::failure(tr("The baseline “%1” of %2 is kept in a form this program does not "
                             "read (%3).")
                              .arg(name, nameOf(path), QString::number(form)));
    Result<ModelData> data = BaselineCodec::decode(bytes);
    if (!data)
        return R::failure(
            tr("The baseline “%1” of %2 is damaged: %3").arg(name, nameOf(path), data.error()));
    const Result<ProfilePtr> profile = ProfileRegistry::profile(data->info.frameworkId);
    if (!profile)
        return R::failure(tr("The baseline “%1” of %2 cannot be opened: %3")
                              .arg(name, nameOf(path), profile.error()));
    data->profile = profile.value();
    return data;
}

Result<bool> BaselineStore::remove(const QString &path, const QString &name)
{
    const Result<int> format = formatOf(path);
    if (!format)
        return Result<bool>::failure(format.error());
    const Result<bool> exists = contains(path, format.value(), name);
    if (!exists)
        return exists;
    if (!exists.value())
        return missing(path, name);
    const auto erase = [&name](QSqlDatabase &db, QString *why) {
        QSqlQuery query(db);
        if (query.prepare(u"DELETE FROM baselines WHERE name = ?"_s)) {
            query.addBindValue(name);
            if (query.exec())
                return true;
        }
        *why = SqliteConnection::messageOf(query.lastError());
        return false;
    };
    KtmStore store;
    if (!store.modify(path, format.value(), erase, true))
        return Result<bool>::failure(tr("Cannot remove the baseline “%1” from %2: %3")
                                         .arg(name, nameOf(path), store.errorString()));
    return true;
}

} // namespace kt
