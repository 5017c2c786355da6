#include "exchangeschema.h"
#include "shareddir.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace kt::test {

using namespace Qt::StringLiterals;

QString ExchangeSchema::sharedDir()
{
    return u"interop/archi/xsd"_s;
}

QString ExchangeSchema::prepare()
{
    if (!m_dir.isValid())
        return u"no temporary folder"_s;
    const QString schemas = sharedPath(sharedDir());
    if (schemas.isEmpty())
        return {};
    const QDir xsd(schemas);
    const QStringList files = xsd.entryList({u"*.xsd"_s}, QDir::Files);
    if (files.size() != 5)
        return u"%1 holds %2 schemas, not 5"_s.arg(schemas).arg(files.size());
    for (const QString &file : files)
        if (!QFile::copy(xsd.filePath(file), m_dir.filePath(file)))
            return u"cannot copy "_s + file;
    const QString modelXsd = m_dir.filePath(u"archimate3_Model.xsd"_s);
    QFile model(modelXsd);
    if (!model.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || !model.open(QIODevice::ReadWrite))
        return u"cannot open "_s + modelXsd;
    QByteArray text = model.readAll();
    const QByteArray web = "schemaLocation=\"http://www.w3.org/2001/xml.xsd\"";
    const QByteArray import = "<xs:import namespace=\"http://www.w3.org/XML/1998/namespace\"";
    if (!text.contains(web) || !text.contains(import))
        return modelXsd + u" is not the schema the patch expects"_s;
    text.replace(web, "schemaLocation=\"xml.xsd\"");
    text.replace(import, QByteArray("<xs:import namespace=\"http://purl.org/dc/elements/1.1/\" "
                                    "schemaLocation=\"dc.xsd\"/>\n    " + import));
    model.resize(0);
    model.write(text);
    model.close();
    m_schema = m_dir.filePath(u"archimate3_Diagram.xsd"_s);
    return {};
}

QString ExchangeSchema::validate(const QByteArray &xml)
{
    if (m_schema.isEmpty())
        return {};
    const QString path = m_dir.filePath(u"check-%1.xml"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write "_s + path;
    file.write(xml);
    file.close();
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(u"xmllint"_s, {u"--noout"_s, u"--nonet"_s, u"--schema"_s, m_schema, path});
    if (!xmllint.waitForFinished(60000))
        return u"xmllint did not run: "_s + xmllint.errorString();
    if (xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0)
        return {};
    return QString::fromUtf8(xmllint.readAll()).left(2000);
}

} // namespace kt::test
