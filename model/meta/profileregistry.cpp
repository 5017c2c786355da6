#include "profileregistry.h"
#include "profileloader.h"

#include <QDir>
#include <QHash>
#include <QMutex>

namespace kt {

using namespace Qt::StringLiterals;

static QString frameworksDir()
{
    return u":/kientruc/frameworks"_s;
}

QString ProfileRegistry::defaultFrameworkId()
{
    return u"vn-egov-2.0"_s;
}

QStringList ProfileRegistry::frameworkIds()
{
    QStringList ids;
    for (const QString &file : QDir(frameworksDir()).entryList({u"*.json"_s}, QDir::Files))
        ids.append(file.chopped(5));
    return ids;
}

Result<ProfilePtr> ProfileRegistry::profile(const QString &frameworkId)
{
    static QMutex mutex;
    static QHash<QString, ProfilePtr> cache;
    QMutexLocker locker(&mutex);
    if (const auto it = cache.constFind(frameworkId); it != cache.constEnd())
        return *it;
    if (!frameworkIds().contains(frameworkId))
        return Result<ProfilePtr>::failure(
                tr("The framework “%1” is not known to this program (known: %2).")
                        .arg(frameworkId, frameworkIds().join(u", "_s)));
    Result<ProfilePtr> loaded =
            ProfileLoader::loadFile(frameworksDir() + u'/' + frameworkId + u".json"_s);
    if (loaded)
        cache.insert(frameworkId, loaded.value());
    return loaded;
}

} // namespace kt
