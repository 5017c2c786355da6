#include "ktmstore.h"
#include "ktmreader.h"
#include "ktmschema.h"
#include "ktmwriter.h"
#include "sqliteconnection.h"
#include "stalefiles.h"
#include "../core/filechecks.h"
#include "../modellimits.h"
#include "../meta/profileregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace kt {

using namespace Qt::StringLiterals;

static_assert(KtmStore::SchemaVersion == KtmSchema::LatestVersion);

namespace {

// A proper noun, not translated; escaped so that the C++ sources stay ASCII.
QString productName()
{
    return u"Ki\u1EBFn Tr\u00FAc Studio"_s;
}

// The first value of a statement (a pragma), or nothing with the SQLite message.
std::optional<qint64> valueOf(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.prepare(statement) && query.exec() && query.next())
        return query.value(0).toLongLong();
    *error = query.lastError().isValid() ? SqliteConnection::messageOf(query.lastError())
                                         : statement;
    return std::nullopt;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = SqliteConnection::messageOf(query.lastError());
            return false;
        }
    }
    return true;
}

// True when every reference of the file leads to a row (PRAGMA foreign_key_check);
// otherwise false with the first that does not in *error.
bool checkForeignKeys(QSqlDatabase &db, QString *error)
{
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(u"PRAGMA foreign_key_check"_s)) {
        *error = SqliteConnection::messageOf(check.lastError());
        return false;
    }
    if (!check.next())
        return true;
    // Columns: the table, the rowid of the row, the table it refers to.
    *error = KtmStore::tr("a row of the table %1 refers to a row of the table %2 that is "
                          "missing.")
                     .arg(check.value(0).toString(), check.value(2).toString());
    return false;
}

#ifdef Q_OS_UNIX
// fsync(2) of a file or a folder (the folder makes a rename in it durable).
bool syncToDisk(const QString &path, bool folder, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    // Read-only is enough for fsync, and works for a file given read-only permissions.
    const int flags = folder ? (O_RDONLY | O_DIRECTORY | O_CLOEXEC) : (O_RDONLY | O_CLOEXEC);
    const int fd = ::open(native.constData(), flags);
    if (fd < 0) {
        *error = qt_error_string(errno);
        return false;
    }
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const int code = errno;
    ::close(fd);
    if (rc != 0)
        *error = qt_error_string(code);
    return rc == 0;
}
#endif

} // namespace

QString KtmStore::errorString() const
{
    return m_error;
}

bool KtmStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool KtmStore::save(const ModelData &data, const QString &path)
{
    m_error.clear();
    if (path.isEmpty())
        return fail(tr("Could not save the model: no file name was given."));
    const QString name = QDir::toNativeSeparators(path);
    // Saving through a symbolic link replaces the file it points to, not the link.
    const QFileInfo given(path);
    const QFileInfo target(given.isSymLink() ? given.symLinkTarget() : given.absoluteFilePath());
    if (target.isDir())
        return fail(tr("Could not save %1: it is a folder.").arg(name));
    const QDir folder = target.absoluteDir();
    const QString folderName = QDir::toNativeSeparators(folder.path());
    if (!folder.exists()) {
        if (QFileInfo::exists(folder.path()))
            return fail(tr("Could not save %1: %2 is not a folder.").arg(name, folderName));
        return fail(tr("Could not save %1: the folder %2 does not exist.").arg(name, folderName));
    }
    if (target.exists() && !target.isFile())
        return fail(tr("Could not save %1: it is not a regular file.").arg(name));
    // A read-only file is not replaced (the folder may let the rename do it).
    if (target.exists() && !target.isWritable() && onReadOnlyDisk(target.absoluteFilePath()))
        return fail(tr("Could not save %1: the disk is read-only.").arg(name));
    if (target.exists() && !target.isWritable())
        return fail(tr("Could not save %1: the file is read-only (permission denied).").arg(name));
    if (data.info.frameworkId.isEmpty())
        return fail(tr("Could not save %1: the model names no framework.").arg(name));
    // What loading would refuse is not written (core/limits.h).
    if (const QString beyond = modelLimitsProblem(data); !beyond.isEmpty())
        return fail(tr("Could not save %1: %2.").arg(name, beyond));

    // The temporary file beside the target, locked while the save runs: stale ones of
    // killed saves are removed, and a second process saving the same target is told
    // so (SaveTemporary).
    SaveTemporary saving;
    QString why;
    if (!saving.create(target.absoluteFilePath(), name, &why))
        return fail(why);
    const QString temporary = saving.path();
    const QString baselineSource =
            m_baselineSource.isEmpty() ? target.absoluteFilePath() : m_baselineSource;
    if (!writeFile(data, temporary, name, baselineSource))
        return false;
    if (!replaceTarget(temporary, target, &why))
        return fail(tr("Could not save %1: %2").arg(name, why));
    saving.release();
    return true;
}

bool KtmStore::replaceTarget(const QString &temporary, const QFileInfo &target, QString *why)
{
    // The "User" flags describe this process's access, not the file's mode.
    const QFile::Permissions userFlags = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    if (target.exists()
        && !QFile::setPermissions(temporary,
                                  QFile::permissions(target.absoluteFilePath()) & ~userFlags)) {
        *why = tr("cannot give the new file the permissions of the old one.");
        return false;
    }
#ifdef Q_OS_UNIX
    QString reason;
    if (!syncToDisk(temporary, false, &reason)) {
        *why = tr("cannot write it to the disk: %1").arg(reason);
        return false;
    }
#endif
    // QFile::rename refuses to replace a file; rename(2) replaces it in one step, so
    // the target is always either the old model or the new one.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        *why = tr("cannot replace the file: %1").arg(qt_error_string(errno));
        return false;
    }
#ifdef Q_OS_UNIX
    // Makes the rename itself durable. The model is saved by now, so a file system
    // that cannot sync a folder is no reason to report a failure.
    syncToDisk(target.absolutePath(), true, &reason);
#endif
    return true;
}

bool KtmStore::writeFile(const ModelData &data, const QString &path, const QString &name,
                         const QString &baselineSource)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    if (!connection.open())
        return fail(tr("Could not save %1: %2").arg(name, connection.errorString()));
    QSqlDatabase &db = connection.database();

    // These pragmas do nothing inside a transaction. synchronous = OFF: the file is new
    // and nobody reads it before save() has synced it itself and renamed it, so the
    // syncs SQLite would do at commit only slow the save down. The foreign keys are
    // checked once, by foreign_key_check below, rather than row by row as they are
    // written (a third of the time of a big save). cache_size: the tables and indexes
    // of a big model do not fit SQLite's default cache of 2 MiB; pages thrown out of
    // it and read back cost another third. It is a limit (pages are allocated as they
    // are used), and the connection goes with the save.
    QString why;
    if (!execAll(db,
                 {u"PRAGMA encoding = 'UTF-8'"_s, u"PRAGMA journal_mode = DELETE"_s,
                  u"PRAGMA synchronous = OFF"_s, u"PRAGMA foreign_keys = OFF"_s,
                  u"PRAGMA cache_size = -262144"_s},
                 &why)
        || !db.transaction())
        return fail(tr("Could not save %1: %2")
                            .arg(name, why.isEmpty() ? SqliteConnection::messageOf(db.lastError())
                                                     : why));

    bool written = execAll(db, KtmSchema::tableStatements(SchemaVersion), &why);
    if (written) {
        KtmWriter writer(db);
        written = writer.write(data);
        if (!written)
            why = writer.errorString();
    }
    if (written)
        written = copyBaselines(db, baselineSource, &why);
    // The identifying pragmas are written in the transaction with the content.
    written = written
            && execAll(db,
                       KtmSchema::indexStatements(SchemaVersion)
                               << u"PRAGMA application_id = %1"_s.arg(ApplicationId)
                               << KtmSchema::userVersionStatement(SchemaVersion),
                       &why);
    // The writer has checked every reference; the foreign keys, checked here, are the
    // last guard.
    if (written)
        written = checkForeignKeys(db, &why);
    if (written && !db.commit()) {
        why = SqliteConnection::messageOf(db.lastError());
        written = false;
    }
    if (!written) {
        db.rollback();
        return fail(tr("Could not save %1: %2").arg(name, why));
    }
    return true;
}

bool KtmStore::load(const QString &path, ModelData &out)
{
    m_error.clear();
    if (path.isEmpty())
        return fail(tr("Could not open a model: no file name was given."));
    const int version = fileFormat(path);
    if (version < 0)
        return false;
    // Saves of this file that were killed left their temporary files beside it; those
    // that no live process holds go now, not only at the next save (which may never
    // come for a file that is only read). A folder that forbids it keeps them.
    const QFileInfo given(path);
    SaveTemporary::removeStale(given.isSymLink() ? given.symLinkTarget()
                                                 : given.absoluteFilePath());
    const QString name = QDir::toNativeSeparators(path);
    if (version < SchemaVersion)
        return loadMigrated(path, name, version, out);
    return readModel(path, name, out);
}

bool KtmStore::loadRepaired(const QString &path, ModelData &out, QStringList *repairs)
{
    m_repair = true;
    m_repairs.clear();
    const auto reset = qScopeGuard([this] { m_repair = false; });
    if (!load(path, out))
        return false;
    if (m_repairs.isEmpty())
        return fail(tr("%1 needs no repair.").arg(QDir::toNativeSeparators(path)));
    if (repairs)
        *repairs = m_repairs;
    return true;
}

int KtmStore::fileFormat(const QString &path)
{
    m_error.clear();
    const QString name = QDir::toNativeSeparators(path);
    if (!checkFile(path, name))
        return -1;
    const auto failed = [this](const QString &message) {
        m_error = message;
        return -1;
    };

    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    if (!connection.open())
        return failed(tr("%1 cannot be opened: %2").arg(name, connection.errorString()));
    QSqlDatabase &db = connection.database();
    QString why;
    const std::optional<qint64> applicationId = valueOf(db, u"PRAGMA application_id"_s, &why);
    if (!applicationId) {
        // A journal beside the file holds a change that another program left half
        // done; SQLite would need to write the file to undo it, which loading never does.
        const QString journal = path + u"-journal"_s;
        if (QFileInfo(journal).size() > 0)
            return failed(tr("%1 cannot be opened: %2 beside it holds a change that a program "
                           "left unfinished.")
                                .arg(name, QDir::toNativeSeparators(journal)));
        return failed(tr("%1 is damaged: %2").arg(name, why));
    }
    if (*applicationId != ApplicationId)
        return failed(tr("%1 is an SQLite database of another application, not a %2 model.")
                            .arg(name, productName()));
    const std::optional<qint64> version = valueOf(db, u"PRAGMA user_version"_s, &why);
    if (!version)
        return failed(tr("%1 is damaged: %2").arg(name, why));
    if (*version > SchemaVersion)
        return failed(tr("%1 was saved by a newer version of %2 (file format %3; this program "
                       "reads up to %4).")
                            .arg(name, productName(), QString::number(*version),
                                 QString::number(SchemaVersion)));
    if (*version < KtmSchema::FirstVersion)
        return failed(tr("%1 is damaged: its file format number (%2) is not valid.")
                            .arg(name, QString::number(*version)));
    return int(*version);
}

bool KtmStore::copyBaselines(QSqlDatabase &db, const QString &source, QString *why)
{
    // Only a model file of ours can have baselines; any other file at the target is
    // replaced as before. Files of formats before 5 have none: no version of this
    // program wrote a row into their (then unused) baselines table.
    KtmStore probe;
    if (!QFileInfo::exists(source) || probe.fileFormat(source) < 5)
        return true;
    const QString name = QDir::toNativeSeparators(source);
    SqliteConnection connection(source, SqliteConnection::Mode::ReadOnly);
    if (!connection.open()) {
        *why = tr("cannot keep the baselines of %1: %2").arg(name, connection.errorString());
        return false;
    }
    static const QString columns = u"id, name, created, data, note, author, element_count, "
                                   "relationship_count, view_count, framework, format"_s;
    bool copied = true;
    {
        QSqlQuery read(connection.database());
        read.setForwardOnly(true);
        QSqlQuery insert(db);
        copied = read.exec(u"SELECT %1 FROM baselines ORDER BY rowid"_s.arg(columns))
                && insert.prepare(u"INSERT INTO baselines (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?)"_s.arg(columns));
        QSqlError error = read.lastError().isValid() ? read.lastError() : insert.lastError();
        // One row at a time: a baseline of a big model is megabytes.
        while (copied && read.next()) {
            for (int i = 0; i < 11; ++i)
                insert.bindValue(i, read.value(i));
            copied = insert.exec();
            error = insert.lastError();
        }
        if (copied && read.lastError().isValid()) {
            copied = false;
            error = read.lastError();
        }
        if (!copied)
            *why = tr("cannot keep the baselines of %1: %2")
                           .arg(name, SqliteConnection::messageOf(error));
    }
    return copied;
}

namespace {

// Copies the file at from into the open file to; false with the reason.
bool copyContent(const QString &from, QFile &to, QString *why)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *why = source.errorString();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *why = source.errorString();
            return false;
        }
        if (to.write(chunk) != chunk.size()) {
            *why = to.errorString();
            return false;
        }
    }
    if (!to.flush()) {
        *why = to.errorString();
        return false;
    }
    return true;
}

} // namespace

bool KtmStore::modify(const QString &path, int format, const Change &change, bool compact)
{
    // A copy changed and renamed over the file, rather than a transaction in the file
    // itself: SQLite's rollback journal would make that atomic too, but a change cut
    // short leaves a journal beside the file, which load() (read-only) refuses until
    // a writer rolls it back; and a file of an older format has to be upgraded, which
    // load() never does to the user's file. The copy costs one read and one write of
    // the file, a fraction of a save (docs/PERFORMANCE.md).
    m_error.clear();
    const QFileInfo given(path);
    const QFileInfo target(given.isSymLink() ? given.symLinkTarget() : given.absoluteFilePath());
    QString why;
    SaveTemporary saving;
    if (!saving.create(target.absoluteFilePath(), QDir::toNativeSeparators(path), &why))
        return fail(why);
    const QString temporary = saving.path();
    {
        QFile copy(temporary);
        if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !copyContent(target.absoluteFilePath(), copy, &why))
            return fail(why.isEmpty() ? copy.errorString() : why);
    }
    {
        SqliteConnection connection(temporary, SqliteConnection::Mode::ReadWrite);
        if (!connection.open())
            return fail(connection.errorString());
        QSqlDatabase &db = connection.database();
        // The copy is this function's alone until the rename, which follows a sync of
        // the whole file: SQLite's own syncs would only slow the change down.
        if (!execAll(db, {u"PRAGMA journal_mode = MEMORY"_s, u"PRAGMA synchronous = OFF"_s},
                     &why))
            return fail(why);
        if (format < SchemaVersion) {
            const Result<int> migrated = KtmSchema::migrate(db, format);
            if (!migrated)
                return fail(migrated.error());
        }
        if (!db.transaction())
            return fail(SqliteConnection::messageOf(db.lastError()));
        if (!change(db, &why)) {
            db.rollback();
            return fail(why);
        }
        if (!db.commit()) {
            why = SqliteConnection::messageOf(db.lastError());
            db.rollback();
            return fail(why);
        }
        // Rows deleted leave free pages; VACUUM gives them back, so that removing a
        // baseline makes the file smaller.
        if (compact && !execAll(db, {u"VACUUM"_s}, &why))
            return fail(why);
    }
    if (!replaceTarget(temporary, target, &why))
        return fail(why);
    saving.release();
    return true;
}

bool KtmStore::checkFile(const QString &path, const QString &name)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("%1 does not exist.").arg(name));
    if (info.isDir())
        return fail(tr("%1 is a folder, not a model file.").arg(name));
    if (const QString problem = inputFileProblem(path); !problem.isEmpty())
        return fail(problem);
    const qint64 size = info.size();
    if (size == 0)
        return fail(tr("%1 is empty.").arg(name));

    // Checked here rather than left to SQLite, whose messages ("file is not a
    // database") do not tell a user what is wrong.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(name, file.errorString()));
    constexpr qint64 HeaderSize = 100;
    const QByteArray header = file.read(HeaderSize);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return fail(tr("%1 is not a %2 model (it is not an SQLite database).")
                            .arg(name, productName()));
    const auto truncated = [&](qint64 expected) {
        return fail(tr("%1 is incomplete (truncated): it is %2 bytes long but should be %3 "
                       "bytes. It may have been copied or downloaded only in part.")
                            .arg(name, QString::number(size), QString::number(expected)));
    };
    if (header.size() < HeaderSize)
        return truncated(HeaderSize);

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return fail(tr("%1 is damaged: its header gives the invalid page size %2.")
                            .arg(name, QString::number(pageSize)));
    // The page count of the header is valid only when it was written by the same
    // change as the change counter (bytes 92..95 equal bytes 24..27).
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageCount != 0 && validFor == changeCounter && size < pageSize * pageCount)
        return truncated(pageSize * pageCount);
    return true;
}

bool KtmStore::loadMigrated(const QString &path, const QString &name, int version,
                            ModelData &out)
{
    // The upgrade happens on a private copy that goes when this function returns:
    // the user's file stays as it is (and the program can still open it if it is
    // read-only or on a read-only medium).
    const auto cannot = [&](const QString &why) {
        return fail(tr("%1 could not be upgraded from file format %2: %3")
                            .arg(name, QString::number(version), why));
    };
    QTemporaryFile copy(QDir(QDir::tempPath()).filePath(u"kientruc-upgrade-XXXXXX.ktm"_s));
    if (!copy.open())
        return cannot(tr("cannot create a temporary copy: %1").arg(copy.errorString()));
    QString why;
    if (!copyContent(path, copy, &why))
        return cannot(tr("cannot create a temporary copy: %1").arg(why));
    copy.close(); // the file stays until `copy` is destroyed

    SqliteConnection connection(copy.fileName(), SqliteConnection::Mode::ReadWrite);
    if (!connection.open())
        return cannot(connection.errorString());
    const Result<int> migrated = KtmSchema::migrate(connection.database(), version);
    if (!migrated)
        return cannot(migrated.error());
    return readModel(copy.fileName(), name, out);
}

bool KtmStore::readModel(const QString &path, const QString &name, ModelData &out)
{
    ModelData data;
    {
        KtmReader reader(path, name);
        reader.setRepair(m_repair);
        const bool read = reader.read(data);
        m_repairs = reader.repairs();
        if (!read)
            return fail(reader.errorString());
    }
    const Result<ProfilePtr> profile = ProfileRegistry::profile(data.info.frameworkId);
    if (!profile)
        return fail(tr("%1 cannot be opened: %2").arg(name, profile.error()));
    data.profile = profile.value();
    out = std::move(data);
    return true;
}

} // namespace kt
