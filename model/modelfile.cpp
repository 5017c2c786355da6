#include "modelfile.h"
#include "io/archicsv.h"
#include "io/archimatereader.h"
#include "io/exchangereader.h"
#include "io/exchangewriter.h"
#include "meta/profileregistry.h"
#include "store/ktmstore.h"

#include <QFileInfo>

namespace kt {

using namespace Qt::StringLiterals;

ModelFile::Format ModelFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"ktm")
        return Format::Ktm;
    if (suffix == u"xml")
        return Format::Exchange;
    if (suffix == u"archimate")
        return Format::Archi;
    if (ArchiCsvSet::isElementsPath(path))
        return Format::ArchiCsv;
    return Format::Unknown;
}

static QString unknownFormat(const QString &path)
{
    return ModelFile::tr("%1: unknown file type; use .ktm (model), .xml (Open Exchange), "
                         "PREFIXelements.csv (Archi CSV) or, to read, .archimate (Archi).")
            .arg(path);
}

Result<ModelData> ModelFile::load(const QString &path, QStringList *findings)
{
    ModelData data;
    switch (formatOf(path)) {
    case Format::Ktm: {
        KtmStore store;
        if (!store.load(path, data))
            return Result<ModelData>::failure(store.errorString());
        return data;
    }
    case Format::Exchange: {
        ExchangeReader reader;
        if (!reader.readFile(path, data))
            return Result<ModelData>::failure(reader.errorString());
        if (findings)
            *findings = reader.findings();
        return data;
    }
    case Format::ArchiCsv: {
        ArchiCsvReader reader;
        if (!reader.readSet(path, data))
            return Result<ModelData>::failure(reader.errorString());
        return data;
    }
    case Format::Archi: {
        ArchimateReader reader;
        if (!reader.readFile(path, data))
            return Result<ModelData>::failure(reader.errorString());
        if (findings)
            *findings = reader.findings();
        return data;
    }
    case Format::Unknown:
        break;
    }
    return Result<ModelData>::failure(unknownFormat(path));
}

Result<ModelData> ModelFile::loadRepaired(const QString &path, QStringList *repairs)
{
    if (formatOf(path) != Format::Ktm)
        return Result<ModelData>::failure(unknownFormat(path));
    ModelData data;
    KtmStore store;
    if (!store.loadRepaired(path, data, repairs))
        return Result<ModelData>::failure(store.errorString());
    return data;
}

bool ModelFile::save(const ModelData &data, const QString &path, QString *error,
                     const QString &baselineSource)
{
    QString message;
    switch (formatOf(path)) {
    case Format::Ktm: {
        KtmStore store;
        if (formatOf(baselineSource) == Format::Ktm)
            store.setBaselineSource(baselineSource);
        if (store.save(data, path))
            return true;
        message = store.errorString();
        break;
    }
    case Format::Exchange: {
        ExchangeWriter writer;
        if (writer.writeFile(data, path))
            return true;
        message = writer.errorString();
        break;
    }
    case Format::ArchiCsv: {
        ArchiCsvWriter writer;
        if (writer.writeSet(data, path))
            return true;
        message = writer.errorString();
        break;
    }
    case Format::Archi:
        message = tr("%1: Archi's .archimate files are read, not written; save as .ktm or "
                     "as .xml (Open Exchange), which Archi opens.")
                          .arg(path);
        break;
    case Format::Unknown:
        message = unknownFormat(path);
        break;
    }
    if (error)
        *error = message;
    return false;
}

Result<ModelData> ModelFile::create(const QString &frameworkId)
{
    const Result<ProfilePtr> profile = ProfileRegistry::profile(frameworkId);
    if (!profile)
        return Result<ModelData>::failure(profile.error());
    ModelData data;
    data.profile = profile.value();
    data.info.id = ModelId::create();
    data.info.frameworkId = frameworkId;
    return data;
}

} // namespace kt
