#include "reportzip.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>


#include <zlib.h>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Every entry carries this time (the zip format's first day, at noon so no time zone moves it out of range), never the time of
// writing: the package's bytes depend only on its content.
QDateTime entryTime()
{
    return QDateTime(QDate(1980, 1, 1), QTime(12, 0));
}

} // namespace

ReportZip::ReportZip(QIODevice *device)
    : m_device(device)
{
}

ReportZip::~ReportZip() = default;

bool ReportZip::open()
{
    m_zip = std::make_unique<QuaZip>(m_device);
    // The caller's device (a QSaveFile, a buffer) is committed or closed by the caller.
    m_zip->setAutoClose(false);
    // Names in UTF-8; local headers hold sizes and CRC (the writer seeks back),
    // which ODF requires of its uncompressed "mimetype" first entry.
    m_zip->setUtf8Enabled(true);
    m_zip->setDataDescriptorWritingEnabled(false);
    if (!m_zip->open(QuaZip::mdCreate))
        return fail(tr("cannot start the package (zip error %1)").arg(m_zip->getZipError()));
    return true;
}

bool ReportZip::openEntry(const QString &name, Compression compression)
{
    QuaZipNewInfo info(name);
    info.dateTime = entryTime();
    // Plain files for every system: rw-r--r--.
    info.externalAttr = 0644u << 16;
    m_entry = std::make_unique<QuaZipFile>(m_zip.get());
    m_entryName = name;
    const bool deflate = compression == Compression::Deflated;
    if (!m_entry->open(QIODevice::WriteOnly, info, nullptr, 0, deflate ? Z_DEFLATED : 0,
                       deflate ? Z_DEFAULT_COMPRESSION : 0))
        return fail(tr("cannot add %1 to the package (zip error %2)").arg(name).arg(m_entry->getZipError()));
    return true;
}

QIODevice *ReportZip::entry() const
{
    return m_entry.get();
}

bool ReportZip::closeEntry()
{
    m_entry->close();
    const int error = m_entry->getZipError();
    m_entry.reset();
    if (error != ZIP_OK)
        return fail(tr("cannot write %1 into the package (zip error %2)").arg(m_entryName).arg(error));
    return true;
}

bool ReportZip::addEntry(const QString &name, const QByteArray &bytes, Compression compression)
{
    if (!openEntry(name, compression))
        return false;
    if (m_entry->write(bytes) != bytes.size())
        return fail(tr("cannot write %1 into the package").arg(name));
    return closeEntry();
}

bool ReportZip::close()
{
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK)
        return fail(tr("cannot finish the package (zip error %1)").arg(m_zip->getZipError()));
    return true;
}

bool ReportZip::fail(const QString &what)
{
    m_error = what;
    return false;
}

} // namespace kt
