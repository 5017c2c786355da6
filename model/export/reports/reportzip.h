#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;

namespace kt {

// A zip package (DOCX, ODT) written through QuaZip onto a device, entry by entry,
// with one fixed timestamp and no data descriptors, so the same content gives
// byte-identical files. An entry is streamed: its writer writes into entry().
class ReportZip
{
    Q_DECLARE_TR_FUNCTIONS(kt::ReportZip)

public:
    enum class Compression { Stored, Deflated };

    explicit ReportZip(QIODevice *device);
    ~ReportZip();

    bool open();
    // Starts an entry; entry() takes its bytes until closeEntry().
    bool openEntry(const QString &name, Compression compression = Compression::Deflated);
    QIODevice *entry() const;
    bool closeEntry();
    bool addEntry(const QString &name, const QByteArray &bytes,
                  Compression compression = Compression::Deflated);
    // Writes the central directory; the device stays open (it may be a QSaveFile).
    bool close();

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &what);

    QIODevice *m_device;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_entry;
    QString m_entryName;
    QString m_error;
};

} // namespace kt
