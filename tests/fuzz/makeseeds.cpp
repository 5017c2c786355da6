// kt-fuzz-seeds SOURCE_DIR OUT: collects the seed corpora of the fuzz targets into
// OUT/<target>/ (docs/ROBUSTNESS.md): the exchange files of tests/data and
// resources/examples, tests/data/store's .ktm files and the examples saved as .ktm, the
// profiles of resources/frameworks, the examples and the tests' sample model as .ktm, as
// Archi CSV sets (the three texts joined by the CSV target's separator) and (the sample)
// as .xml, and the sample view copied as the editor copies it. Made with the model library itself, so that the seeds follow the formats.
#include <model/io/archicsv.h>
#include <model/io/exchangereader.h>
#include <model/io/exchangewriter.h>
#include <model/store/ktmstore.h>
#include <support/fuzzchecks.h>
#include <support/samplemodel.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

bool fail(const QString &message)
{
    std::fprintf(stderr, "kt-fuzz-seeds: %s\n", qPrintable(message));
    return false;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool copyAll(const QString &folder, const QStringList &patterns, const QString &to)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name)) {
        QFile::remove(to + u'/' + name);
        if (!QFile::copy(dir.filePath(name), to + u'/' + name))
            return fail(QStringLiteral("cannot copy %1 to %2").arg(dir.filePath(name), to));
    }
    return true;
}

bool run(const QString &source, const QString &out)
{
    for (const char *target : {"exchange", "ktm", "profile", "clipboard", "archicsv"}) {
        if (!QDir().mkpath(out + u'/' + QLatin1String(target)))
            return fail(QStringLiteral("cannot make %1").arg(out));
    }
    const QString examples = source + QStringLiteral("/resources/examples");
    if (!copyAll(source + QStringLiteral("/tests/data/exchange"), {QStringLiteral("*.xml")},
                 out + QStringLiteral("/exchange"))
        || !copyAll(examples, {QStringLiteral("*.xml")}, out + QStringLiteral("/exchange"))
        || !copyAll(source + QStringLiteral("/tests/data/store"), {QStringLiteral("*.ktm")},
                    out + QStringLiteral("/ktm"))
        || !copyAll(source + QStringLiteral("/resources/frameworks"), {QStringLiteral("*.json")},
                    out + QStringLiteral("/profile")))
        return false;

    // The examples, and the tests' small sample model (which uses every feature of the
    // model): small seeds are fast ones.
    QList<std::pair<QString, kt::ModelData>> models;
    for (const QFileInfo &example : QDir(examples).entryInfoList({QStringLiteral("*.xml")})) {
        kt::ModelData model;
        kt::ExchangeReader reader;
        if (!reader.readFile(example.absoluteFilePath(), model))
            return fail(reader.errorString());
        models.append({example.completeBaseName(), model});
    }
    models.append({QStringLiteral("sample-model"), kt::test::sampleModel()});
    kt::ExchangeWriter writer;
    if (!writer.writeFile(models.last().second, out + QStringLiteral("/exchange/sample-model.xml")))
        return fail(writer.errorString());
    for (const auto &[name, model] : models) {
        kt::KtmStore store;
        const QString ktm = out + QStringLiteral("/ktm/") + name + QStringLiteral(".ktm");
        QFile::remove(ktm);
        if (!store.save(model, ktm))
            return fail(store.errorString());
        kt::ArchiCsvWriter::Texts texts;
        if (const QString why = kt::ArchiCsvWriter::compose(model, &texts); !why.isEmpty())
            return fail(why);
        const QByteArray separator = kt::test::fuzz::csvSeparator();
        if (!write(out + QStringLiteral("/archicsv/") + name + QStringLiteral(".csv"),
                   texts.elements.toUtf8() + separator + texts.relations.toUtf8() + separator
                           + texts.properties.toUtf8()))
            return false;
    }
    const QByteArray fragment = kt::test::fuzz::clipboardSeed();
    if (fragment.isEmpty())
        return fail(QStringLiteral("the sample view copied nothing"));
    return write(out + QStringLiteral("/clipboard/sample-view.json"), fragment);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: kt-fuzz-seeds SOURCE_DIR OUT\n");
        return 2;
    }
    return run(args.at(1), args.at(2)) ? 0 : 1;
}
