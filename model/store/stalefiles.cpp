#include "stalefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString Journal = u"-journal"_s;

// ".NAME.<hex>.tmp" for the target's file name NAME.
bool isTemporaryOf(const QString &fileName, const QString &targetName)
{
    const QString prefix = u'.' + targetName + u'.';
    if (!fileName.startsWith(prefix) || !fileName.endsWith(u".tmp"))
        return false;
    const QStringView hex = QStringView(fileName).sliced(prefix.size(),
                                                          fileName.size() - prefix.size() - 4);
    if (hex.isEmpty() || hex.size() > 16)
        return false;
    for (const QChar c : hex)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

#ifdef Q_OS_UNIX
int openForLock(const QString &path, int flags)
{
    int fd = -1;
    do {
        fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC | O_NOFOLLOW, 0666);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// Removes path when no live process holds its lock; true when removed. *held: a
// live process holds it.
bool removeIfUnlocked(const QString &path, bool *held)
{
    *held = false;
    const int fd = openForLock(path, O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return false;
    struct stat opened {};
    struct stat named {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        *held = errno == EWOULDBLOCK;
        ::close(fd);
        return false;
    }
    // Still the file that was locked (not replaced meanwhile): then it is stale.
    bool removed = false;
    if (::lstat(QFile::encodeName(path).constData(), &named) == 0 && named.st_ino == opened.st_ino
        && named.st_dev == opened.st_dev)
        removed = ::unlink(QFile::encodeName(path).constData()) == 0;
    ::close(fd); // releases the lock
    return removed;
}
#endif

} // namespace

SaveTemporary::~SaveTemporary()
{
    remove();
}

QStringList SaveTemporary::temporariesOf(const QString &target)
{
    const QFileInfo info(target);
    const QString targetName = info.fileName();
    QStringList result;
    const QDir folder = info.absoluteDir();
    const QStringList names = folder.entryList({u'.' + targetName + u".*.tmp"_s},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        if (isTemporaryOf(name, targetName))
            result.append(folder.filePath(name));
    return result;
}

int SaveTemporary::removeStale(const QString &target, bool *busy, const QString &except)
{
    if (busy)
        *busy = false;
    int removed = 0;
#ifdef Q_OS_UNIX
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    for (const QString &path : temporariesOf(target)) {
        if (path == except)
            continue;
        bool held = false;
        if (removeIfUnlocked(path, &held)) {
            ++removed;
            if (QFile::remove(path + Journal))
                ++removed;
        }
        if (held && busy)
            *busy = true;
    }
    // Journals whose file is gone (killed between removing one and the other).
    const QStringList journals = folder.entryList({u'.' + info.fileName() + u".*.tmp-journal"_s},
                                                  QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &journal : journals) {
        const QString file = journal.chopped(Journal.size());
        if (isTemporaryOf(file, info.fileName()) && !QFileInfo::exists(folder.filePath(file))
            && QFile::remove(folder.filePath(journal)))
            ++removed;
    }
#else
    Q_UNUSED(target);
    Q_UNUSED(except);
#endif
    return removed;
}

bool SaveTemporary::create(const QString &target, const QString &name, QString *error)
{
    remove();
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    const QString folderName = QDir::toNativeSeparators(folder.path());
    for (int attempt = 0;; ++attempt) {
        const QString random = QString::number(QRandomGenerator::global()->generate(), 16);
        const QString path = folder.filePath(u".%1.%2.tmp"_s.arg(info.fileName(), random));
#ifdef Q_OS_UNIX
        // O_EXCL claims the name for this save alone, with the permissions of any
        // new file; locked at once, and then checked to be still the file named
        // (a cleaner that took the lock in between has removed it: try again).
        const int fd = openForLock(path, O_RDWR | O_CREAT | O_EXCL);
        if (fd >= 0) {
            struct stat opened {};
            struct stat named {};
            const bool locked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
            if (locked && ::fstat(fd, &opened) == 0
                && ::stat(QFile::encodeName(path).constData(), &named) == 0
                && named.st_ino == opened.st_ino && named.st_dev == opened.st_dev) {
                m_fd = fd;
                m_path = path;
                break;
            }
            ::close(fd);
            if (attempt < 10)
                continue;
        }
        const int code = errno;
        if ((fd >= 0 || code == EEXIST) && attempt < 10)
            continue;
        *error = tr("Could not save %1: cannot create a file in the folder %2: %3")
                         .arg(name, folderName, qt_error_string(code));
        return false;
#else
        QFile reserve(path);
        if (reserve.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_path = path;
            break;
        }
        if (!reserve.exists() || attempt >= 10) {
            *error = tr("Could not save %1: cannot create a file in the folder %2: %3")
                             .arg(name, folderName, reserve.errorString());
            return false;
        }
#endif
    }
    // Ours is locked: any other unlocked one is stale, a locked one another save's.
    bool busy = false;
    removeStale(target, &busy, m_path);
    if (busy) {
        remove();
        *error = tr("Could not save %1: it is being saved by another process. Try again when "
                    "that save has finished.")
                         .arg(name);
        return false;
    }
    return true;
}

void SaveTemporary::remove()
{
    if (!m_path.isEmpty()) {
        QFile::remove(m_path);
        QFile::remove(m_path + Journal);
    }
    release();
}

void SaveTemporary::release()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
    m_path.clear();
}

} // namespace kt
