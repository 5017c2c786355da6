#pragma once

#include <QCoreApplication>
#include <QString>

namespace kt {

// The temporary files of a save (KtmStore::save): ".NAME.ktm.<hex>.tmp" beside
// the target, with SQLite's "-journal" beside it. A save holds an advisory lock
// (flock(2), which SQLite's own POSIX locks do not touch) on its temporary file
// from creating it to renaming it over the target, so a temporary file whose lock
// can be taken belongs to no live process: a save that was killed. The next save
// of the target removes those; one that is locked means another process is
// saving the same target, and the save is refused with a message (the second of
// two saves is refused rather than silently overwriting the first).
class SaveTemporary
{
    Q_DECLARE_TR_FUNCTIONS(kt::KtmStore)

public:
    SaveTemporary() = default;
    ~SaveTemporary();
    SaveTemporary(const SaveTemporary &) = delete;
    SaveTemporary &operator=(const SaveTemporary &) = delete;

    // Creates and locks a new temporary file for target (an absolute path) in its
    // folder; removes stale ones of the target; refuses when another process is
    // saving the target. False with a message in *error (name: the target as
    // messages show it).
    bool create(const QString &target, const QString &name, QString *error);
    QString path() const { return m_path; }
    // Removes the file and its journal (when the save failed) and unlocks.
    void remove();
    // Unlocks, keeping the file (renamed over the target by now).
    void release();

    // The temporary files of target's pattern beside it (their journals apart).
    static QStringList temporariesOf(const QString &target);
    // Removes the stale temporary files of target (and journals left without
    // their file). Returns how many files were removed; *busy tells whether one is
    // held by a live process other than this save's (except).
    static int removeStale(const QString &target, bool *busy = nullptr,
                           const QString &except = QString());

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace kt
