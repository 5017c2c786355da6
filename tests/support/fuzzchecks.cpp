#include "fuzzchecks.h"

#include "modelcompare.h"
#include "samplemodel.h"

#include <model/compose/diagramclipboard.h>
#include <model/edit/edit.h>
#include <model/io/archicsv.h>
#include <model/io/exchangereader.h>
#include <model/io/exchangewriter.h>
#include <model/io/modelcheck.h>
#include <model/meta/profileloader.h>
#include <model/modellimits.h>
#include <model/store/ktmstore.h>

#include <QBuffer>
#include <QFile>
#include <QMimeData>

namespace kt::test::fuzz {

using namespace Qt::StringLiterals;

namespace {

const ModelData &sample()
{
    static const ModelData model = sampleModel();
    return model;
}

const ViewId SampleView(u"id-v-1"_s);

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size())
        return u"cannot write the scratch file %1: %2"_s.arg(path, file.errorString());
    return {};
}

// The checks a save makes, on a model a reader accepted.
QString checkAccepted(const ModelData &model, ModelCheck::Ids ids, const QString &how)
{
    if (const QString fault = ModelCheck::check(model, nullptr, ids); !fault.isEmpty())
        return how + u" a model ModelCheck refuses: "_s + fault;
    if (const QString beyond = modelLimitsProblem(model); !beyond.isEmpty())
        return how + u" a model beyond the limits: "_s + beyond;
    return {};
}

// Saves as .ktm and opens the result again.
QString saveAndReopen(const ModelData &model, const QString &scratchDir, const QString &how)
{
    const QString saved = scratchDir + u"/saved.ktm"_s;
    KtmStore writer;
    if (!writer.save(model, saved))
        return how + u" a model it cannot save: "_s + writer.errorString();
    ModelData again;
    KtmStore reader;
    const bool reopened = reader.load(saved, again);
    QFile::remove(saved);
    if (!reopened)
        return how + u" a model whose saved file it refuses: "_s + reader.errorString();
    return {};
}

} // namespace

QString exchange(const QByteArray &bytes)
{
    QByteArray input = bytes;
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    ModelData model;
    ExchangeReader reader;
    if (!reader.read(&buffer, u"fuzz.xml"_s, model))
        return reader.errorString().isEmpty() ? u"refused without a message"_s : QString();
    if (const QString fault = checkAccepted(model, ModelCheck::Ids::XmlNames, u"accepted"_s);
        !fault.isEmpty())
        return fault;

    QByteArray written;
    QBuffer output(&written);
    output.open(QIODevice::WriteOnly);
    ExchangeWriter writer;
    if (!writer.write(model, &output))
        return u"accepted a model the writer refuses: "_s + writer.errorString();
    output.close();
    output.open(QIODevice::ReadOnly);
    ModelData again;
    ExchangeReader second;
    if (!second.read(&output, u"written.xml"_s, again))
        return u"wrote a file it then refuses: "_s + second.errorString();
    return {};
}

QString ktm(const QByteArray &input, const QString &scratchDir)
{
    const QString path = scratchDir + u"/input.ktm"_s;
    if (const QString failed = writeFile(path, input); !failed.isEmpty())
        return failed;
    ModelData model;
    KtmStore store;
    const bool opened = store.load(path, model);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != input)
        return u"opening changed the file"_s;
    if (!opened)
        return store.errorString().isEmpty() ? u"refused without a message"_s : QString();
    if (const QString fault = checkAccepted(model, ModelCheck::Ids::Plain, u"opened"_s);
        !fault.isEmpty())
        return fault;
    return saveAndReopen(model, scratchDir, u"opened"_s);
}

QString profile(const QByteArray &input)
{
    const Result<ProfilePtr> loaded = ProfileLoader::loadData(input, u"fuzz.json"_s);
    if (!loaded)
        return loaded.error().isEmpty() ? u"refused without a message"_s : QString();
    // The queries of the editor and the validator: every layer's generic type, the
    // allowed relationships and property checks of the first 40 types, the import mapping.
    const Profile &profile = *loaded.value();
    for (const Layer &layer : profile.layers())
        profile.genericElementType(layer.id);
    profile.genericRelationshipType();
    const QList<ElementType> &types = profile.elementTypes();
    const qsizetype count = qMin<qsizetype>(types.size(), 40);
    for (qsizetype s = 0; s < count; ++s) {
        for (qsizetype t = 0; t < count; ++t)
            profile.allowedRelationships(types.at(s).id, types.at(t).id);
        for (const PropertyDefinition &property : profile.properties())
            profile.checkProperty(types.at(s).id, property.key, QString());
    }
    for (const QString &archimate : {u"BusinessActor"_s, u"ApplicationComponent"_s, u"Node"_s,
                                     u"Grouping"_s})
        profile.importElementType(archimate);
    profile.importRelationshipType(u"Serving"_s);
    return {};
}

QString clipboard(const QByteArray &input)
{
    QMimeData mime;
    mime.setData(DiagramClipboard::mimeType(), input);
    if (!DiagramClipboard::canPaste(&mime))
        return {};
    QList<NodeId> newNodes;
    QString error;
    std::unique_ptr<Edit> edit = DiagramClipboard::paste(sample(), SampleView, &mime,
                                                         QPointF(100, 100), &newNodes, &error);
    if (!edit)
        return error.isEmpty() ? u"paste refused without a message"_s : QString();
    ModelData model = sample();
    ChangeSet changes;
    if (!edit->apply(model, changes, error)) {
        if (const QString difference = firstDifference(sample(), model); !difference.isEmpty())
            return u"a refused paste changed the model: "_s + difference;
        return {};
    }
    if (const QString fault = ModelCheck::check(model); !fault.isEmpty())
        return u"paste left a model ModelCheck refuses: "_s + fault;
    ChangeSet reverted;
    edit->revert(model, reverted);
    if (const QString difference = firstDifference(sample(), model); !difference.isEmpty())
        return u"revert of a paste did not give back the model: "_s + difference;
    return {};
}

QByteArray csvSeparator()
{
    return QByteArrayLiteral("\n#####\n");
}

QString archiCsv(const QByteArray &input, const QString &scratchDir)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < 2) {
        const qsizetype at = input.indexOf(csvSeparator(), from);
        if (at < 0)
            break;
        parts.append(input.mid(from, at - from));
        from = at + csvSeparator().size();
    }
    parts.append(input.mid(from));

    const QString elements = scratchDir + u"/x-elements.csv"_s;
    const ArchiCsvSet set = ArchiCsvSet::fromElementsPath(elements);
    const QString paths[] = {set.elements, set.relations, set.properties};
    for (int i = 0; i < 3; ++i) {
        QFile::remove(paths[i]);
        if (i < parts.size()) {
            if (const QString failed = writeFile(paths[i], parts.at(i)); !failed.isEmpty())
                return failed;
        }
    }

    ModelData read;
    ArchiCsvReader reader;
    if (reader.readSet(elements, read)) {
        // The CSV's ids are kept as they are: the .ktm's rule, not the XML one.
        if (QString fault = checkAccepted(read, ModelCheck::Ids::Plain, u"read"_s);
            !fault.isEmpty()
            || !(fault = saveAndReopen(read, scratchDir, u"read"_s)).isEmpty())
            return fault;
    } else if (reader.errorString().isEmpty()) {
        return u"refused without a message"_s;
    }

    ModelData merged = sample();
    ArchiCsvReader merger;
    if (merger.mergeSet(elements, merged))
        return checkAccepted(merged, ModelCheck::Ids::Plain, u"merged into"_s);
    if (merger.errorString().isEmpty())
        return u"merge refused without a message"_s;
    if (const QString difference = firstDifference(sample(), merged); !difference.isEmpty())
        return u"a refused merge changed the model: "_s + difference;
    return {};
}

QByteArray clipboardSeed()
{
    QList<NodeId> nodes;
    for (const ViewNode &node : sample().views.find(SampleView)->nodes)
        nodes.append(node.id);
    std::unique_ptr<QMimeData> mime(DiagramClipboard::copy(sample(), SampleView, nodes));
    return mime ? mime->data(DiagramClipboard::mimeType()) : QByteArray();
}

} // namespace kt::test::fuzz
