#include "machineinfo.h"
#include "sqlitefloor.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The value of the first line "key : value" of a /proc file.
QString field(const QString &text, const QString &key)
{
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(key) + u"\\s*:\\s*(.*)$"_s,
        QRegularExpression::MultilineOption);
    return line.match(text).captured(1).trimmed();
}

} // namespace

QString MachineInfo::load()
{
    return readFile(u"/proc/loadavg"_s).section(u' ', 0, 2);
}

QJsonObject MachineInfo::collect()
{
    const QString cpu = readFile(u"/proc/cpuinfo"_s);
    const QString memory = readFile(u"/proc/meminfo"_s);
    return { { u"cores"_s, QThread::idealThreadCount() }, { u"cpu"_s, field(cpu, u"model name"_s) },
        { u"load"_s, load() },
        { u"memoryKiB"_s, field(memory, u"MemTotal"_s).section(u' ', 0, 0).toDouble() },
        { u"os"_s, QSysInfo::prettyProductName() }, { u"qt"_s, QString::fromLatin1(qVersion()) },
        { u"sqlite"_s, SqliteFloor::version() },
        { u"build"_s, QStringLiteral(KT_BENCH_BUILD_TYPE) } };
}

} // namespace kt::bench
