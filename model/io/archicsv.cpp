#include "archicsv.h"
#include "exchangebuilder.h"
#include "modelcheck.h"
#include "../edit/mergeconcepts.h"
#include "exchangemapping.h"
#include "exchangenames.h"
#include "../core/filechecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <memory>

namespace kt {

using namespace Qt::StringLiterals;
using namespace exchange;

// ---------------------------------------------------------------------------
// CSV text

namespace csv {

static bool isNewline(QChar c)
{
    return c == u'\r' || c == u'\n';
}

// Consumes one line end (CRLF, LF or CR) at i.
static void skipNewline(const QString &text, qsizetype &i)
{
    if (i < text.size() && text.at(i) == u'\r')
        ++i;
    if (i < text.size() && text.at(i) == u'\n')
        ++i;
}

QString parse(const QString &text, QList<Row> *rows, qint64 *errorLine)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    qint64 line = 1;
    while (i < n) {
        if (text.at(i) == u'#') {
            while (i < n && !isNewline(text.at(i)))
                ++i;
            skipNewline(text, i);
            ++line;
            continue;
        }
        if (isNewline(text.at(i))) {
            skipNewline(text, i);
            ++line;
            continue;
        }
        Row row;
        row.line = line;
        while (true) {
            QString field;
            if (i < n && text.at(i) == u'"') {
                const qint64 start = line;
                ++i;
                while (true) {
                    if (i >= n) {
                        if (errorLine)
                            *errorLine = start;
                        return ArchiCsvReader::tr("a quoted field is not closed");
                    }
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field.append(u'"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    field.append(c);
                    ++i;
                }
                while (i < n && (text.at(i) == u' ' || text.at(i) == u'\t'))
                    ++i;
                if (i < n && text.at(i) != u',' && !isNewline(text.at(i))) {
                    if (errorLine)
                        *errorLine = line;
                    return ArchiCsvReader::tr("text after the closing quote of a field");
                }
            } else {
                while (i < n && text.at(i) != u',' && !isNewline(text.at(i)))
                    field.append(text.at(i++));
            }
            field.replace(u"\r\n"_s, u"\n"_s);
            row.fields.append(field);
            if (i < n && text.at(i) == u',') {
                ++i;
                continue;
            }
            if (i < n) {
                skipNewline(text, i);
                ++line;
            }
            break;
        }
        rows->append(std::move(row));
    }
    return {};
}

QString formatRow(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(u',');
        out.append(u'"');
        QString field = fields.at(i);
        out.append(field.replace(u'"', u"\"\""_s));
        out.append(u'"');
    }
    out.append(u"\r\n"_s);
    return out;
}

} // namespace csv

// ---------------------------------------------------------------------------
// Files of a set

bool ArchiCsvSet::isElementsPath(const QString &path)
{
    return QFileInfo(path).fileName().endsWith(u"elements.csv"_s, Qt::CaseInsensitive);
}

ArchiCsvSet ArchiCsvSet::fromElementsPath(const QString &elementsPath)
{
    const QFileInfo info(elementsPath);
    const QString name = info.fileName();
    const QString prefix = name.left(name.size() - qsizetype(sizeof("elements.csv") - 1));
    const QDir dir = info.dir();
    ArchiCsvSet set;
    set.elements = elementsPath;
    set.relations = dir.filePath(prefix + u"relations.csv"_s);
    set.properties = dir.filePath(prefix + u"properties.csv"_s);
    return set;
}

// ---------------------------------------------------------------------------
// Reading

static const QStringList ElementsHeader = {u"ID"_s, u"Type"_s, u"Name"_s, u"Documentation"_s,
                                           u"Specialization"_s};
static const QStringList RelationsHeader = {u"ID"_s,     u"Type"_s,   u"Name"_s,
                                            u"Documentation"_s, u"Source"_s, u"Target"_s,
                                            u"Specialization"_s};
static const QStringList PropertiesHeader = {u"ID"_s, u"Key"_s, u"Value"_s};
static const QString ModelType = u"ArchimateModel"_s;
static const QString RelationshipSuffix = u"Relationship"_s;

namespace {

// One file of the set, read and split into rows (the header taken off).
struct CsvFile
{
    QString path;
    bool present = false;
    QList<csv::Row> rows;
};

class Import
{
public:
    QString error;

    bool fail(const CsvFile &file, qint64 line, const QString &message)
    {
        const QString name = QDir::toNativeSeparators(file.path);
        error = line > 0 ? ArchiCsvReader::tr("%1, line %2: %3").arg(name).arg(line).arg(message)
                         : ArchiCsvReader::tr("%1: %2").arg(name, message);
        return false;
    }

    // Reads the file; `required` fields are the header's names that must be
    // there (the rest of `header` is optional, as Archi's older files lack it).
    bool load(CsvFile &file, const QStringList &header, qsizetype required)
    {
        QFile in(file.path);
        if (!in.exists())
            return true;
        if (!in.open(QIODevice::ReadOnly))
            return fail(file, 0, ArchiCsvReader::tr("cannot be read: %1").arg(in.errorString()));
        file.present = true;
        QString text = QString::fromUtf8(in.readAll());
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        qint64 line = 0;
        const QString problem = csv::parse(text, &file.rows, &line);
        if (!problem.isEmpty())
            return fail(file, line, problem);
        if (file.rows.isEmpty())
            return fail(file, 0,
                        ArchiCsvReader::tr("the file is empty; the first row must be the "
                                           "header %1")
                                .arg(header.join(u',')));
        const csv::Row first = file.rows.takeFirst();
        bool good = first.fields.size() >= required;
        for (qsizetype i = 0; good && i < qMin(first.fields.size(), header.size()); ++i)
            good = first.fields.at(i).trimmed().compare(header.at(i), Qt::CaseInsensitive) == 0;
        if (!good)
            return fail(file, first.line,
                        ArchiCsvReader::tr("the header must be %1").arg(header.join(u',')));
        for (const csv::Row &row : std::as_const(file.rows))
            if (row.fields.size() < required)
                return fail(file, row.line,
                            ArchiCsvReader::tr("the row has %1 fields; %2 are needed")
                                    .arg(row.fields.size())
                                    .arg(required));
        return true;
    }

    bool run(const ArchiCsvSet &set, const ModelData *base, ModelData *out);

private:
    RawConcept *conceptOf(const QString &id)
    {
        if (const auto it = m_elements.constFind(id); it != m_elements.constEnd())
            return &m_raw.elements[*it];
        if (const auto it = m_relationships.constFind(id); it != m_relationships.constEnd())
            return &m_raw.relationships[*it];
        return nullptr;
    }
    void takeBase(const ModelData &base);
    bool readElements(const CsvFile &file, const ModelData *base);
    bool readRelations(const CsvFile &file, const ModelData *base);
    bool readProperties(const CsvFile &file, const ModelData *base);

    RawModel m_raw;
    QHash<QString, qsizetype> m_elements;      // id -> index in m_raw.elements
    QHash<QString, qsizetype> m_relationships; // id -> index in m_raw.relationships
    QString m_modelRowId;                      // the id of the ArchimateModel row
};

static RawProperties rawProperties(const PropertyList &list)
{
    RawProperties raw;
    raw.reserve(list.size());
    for (const Property &p : list)
        raw.append({p.key, p.value, 0});
    return raw;
}

// The properties of a relationship as the CSV keeps them: every ArchiMate
// attribute as a "kt:archimate." property (no column holds one).
static PropertyList relationshipCsvProperties(const Relationship &relationship)
{
    return relationshipProperties(relationship, QString());
}

void Import::takeBase(const ModelData &base)
{
    m_raw.id = base.info.id.toString();
    m_raw.name = base.info.name;
    m_raw.documentation = base.info.documentation;
    m_raw.properties = rawProperties(modelProperties(base));
    const Profile &profile = *base.profile;
    for (const Element &element : base.elements) {
        RawConcept raw;
        raw.id = element.id.toString();
        raw.xsiType = elementXsiType(profile, element);
        raw.name = element.name;
        raw.documentation = element.documentation;
        raw.properties = rawProperties(elementProperties(element));
        m_elements.insert(raw.id, m_raw.elements.size());
        m_raw.elements.append(std::move(raw));
    }
    for (const Relationship &relationship : base.relationships) {
        RawConcept raw;
        raw.id = relationship.id.toString();
        raw.xsiType = relationshipXsiType(profile, relationship);
        raw.name = relationship.name;
        raw.documentation = relationship.documentation;
        raw.source = relationship.source.toString();
        raw.target = relationship.target.toString();
        if (isReversed(profile, relationship.type))
            std::swap(raw.source, raw.target);
        raw.properties = rawProperties(relationshipCsvProperties(relationship));
        m_relationships.insert(raw.id, m_raw.relationships.size());
        m_raw.relationships.append(std::move(raw));
    }
}

// The concept of that id (index: id -> position in list), appended with the type
// when the id is new.
static RawConcept *findOrAdd(QList<RawConcept> &list, QHash<QString, qsizetype> &index,
                             const QString &id, const QString &xsiType)
{
    if (const auto it = index.constFind(id); it != index.constEnd())
        return &list[*it];
    index.insert(id, list.size());
    RawConcept raw;
    raw.id = id;
    raw.xsiType = xsiType;
    list.append(std::move(raw));
    return &list.last();
}

static void setSpecialization(RawConcept *raw, const QString &value)
{
    raw->properties.removeIf([](const RawProperty &p) { return p.definition == ArchiSpecialization; });
    if (!value.isEmpty())
        raw->properties.append({ArchiSpecialization, value, 0});
}

bool Import::readElements(const CsvFile &file, const ModelData *base)
{
    QSet<QString> seen;
    bool modelSeen = false;
    for (const csv::Row &row : file.rows) {
        QString id = row.fields.at(0);
        const QString type = row.fields.at(1);
        if (!id.isEmpty()) {
            if (seen.contains(id))
                return fail(file, row.line,
                            ArchiCsvReader::tr("the id “%1” is used twice").arg(id));
            seen.insert(id);
        }
        if (type == ModelType) {
            if (modelSeen)
                return fail(file, row.line,
                            ArchiCsvReader::tr("a second row of type %1").arg(ModelType));
            modelSeen = true;
            m_modelRowId = id;
            if (!base && !id.isEmpty())
                m_raw.id = id;
            m_raw.name = row.fields.value(2);
            m_raw.documentation = row.fields.value(3);
            continue;
        }
        const QString xsiType = type == u"Junction" ? u"AndJunction"_s : type;
        if (!isElementType(xsiType))
            return fail(file, row.line,
                        ArchiCsvReader::tr("“%1” is not an ArchiMate element type").arg(type));
        if (m_relationships.contains(id))
            return fail(file, row.line,
                        ArchiCsvReader::tr("the id “%1” is a relationship of the model").arg(id));
        if (id.isEmpty())
            id = ElementId::create().toString();
        RawConcept *raw = findOrAdd(m_raw.elements, m_elements, id, xsiType);
        if (raw->xsiType != xsiType)
            return fail(file, row.line,
                        ArchiCsvReader::tr("the element “%1” is of type %2 in the model, not %3")
                                .arg(id, raw->xsiType, type));
        raw->name = row.fields.value(2);
        raw->documentation = row.fields.value(3);
        raw->line = row.line;
        setSpecialization(raw, row.fields.value(4));
    }
    return true;
}

bool Import::readRelations(const CsvFile &file, const ModelData *base)
{
    Q_UNUSED(base);
    QSet<QString> seen;
    // Duplicates first: Archi refuses a file with a repeated id before anything else.
    for (const csv::Row &row : file.rows) {
        const QString &id = row.fields.at(0);
        if (id.isEmpty())
            continue;
        if (seen.contains(id))
            return fail(file, row.line, ArchiCsvReader::tr("the id “%1” is used twice").arg(id));
        seen.insert(id);
    }
    for (const csv::Row &row : file.rows) {
        QString id = row.fields.at(0);
        const QString type = row.fields.at(1);
        const QString xsiType = type.endsWith(RelationshipSuffix)
                ? type.left(type.size() - RelationshipSuffix.size())
                : QString();
        if (!isRelationshipType(xsiType))
            return fail(file, row.line,
                        ArchiCsvReader::tr("“%1” is not an ArchiMate relationship type")
                                .arg(type));
        if (m_elements.contains(id) || (!id.isEmpty() && id == m_modelRowId))
            return fail(file, row.line,
                        ArchiCsvReader::tr("the id “%1” is an element of the set or the model")
                                .arg(id));
        const QString source = row.fields.at(4);
        const QString target = row.fields.at(5);
        for (const QString &end : {source, target}) {
            // An end may be a relationship (ArchiMate 3.1), one of the model or an
            // earlier row; ModelCheck refuses circles.
            if (m_elements.contains(end) || m_relationships.contains(end) || seen.contains(end))
                continue;
            return fail(file, row.line,
                        ArchiCsvReader::tr("the relationship “%1” joins “%2”, which is neither "
                                           "an element nor an earlier relationship of the set "
                                           "or the model")
                                .arg(id, end));
        }
        if (id.isEmpty())
            id = RelationshipId::create().toString();
        RawConcept *raw = findOrAdd(m_raw.relationships, m_relationships, id, xsiType);
        if (raw->xsiType != xsiType)
            return fail(file, row.line,
                        ArchiCsvReader::tr("the relationship “%1” is of type %2 in the model, "
                                           "not %3")
                                .arg(id, raw->xsiType + RelationshipSuffix, type));
        raw->name = row.fields.value(2);
        raw->documentation = row.fields.value(3);
        raw->source = source;
        raw->target = target;
        raw->line = row.line;
        setSpecialization(raw, row.fields.value(6));
    }
    return true;
}

// The file's properties of a concept replace those of the same keys; other keys stay.
static void replaceProperties(RawProperties *target, const RawProperties &incoming)
{
    QSet<QString> keys;
    for (const RawProperty &p : incoming)
        keys.insert(p.definition);
    target->removeIf([&keys](const RawProperty &p) { return keys.contains(p.definition); });
    target->append(incoming);
}

bool Import::readProperties(const CsvFile &file, const ModelData *base)
{
    QHash<QString, RawProperties> byId;
    QStringList order;
    for (const csv::Row &row : file.rows) {
        const QString &id = row.fields.at(0);
        const QString &key = row.fields.at(1);
        const bool isModel = !id.isEmpty() && (id == m_modelRowId || id == m_raw.id);
        if (!isModel && !conceptOf(id))
            return fail(file, row.line,
                        ArchiCsvReader::tr("the property “%1” belongs to “%2”, which is neither "
                                           "in the set nor in the model")
                                .arg(key, id));
        if (key.isEmpty())
            return fail(file, row.line, ArchiCsvReader::tr("a property without a key"));
        // A merge keeps the model's framework: its types are the profile's.
        if (isModel && base && (key == Framework || key == Directions))
            continue;
        const QString target = isModel ? QString() : id;
        if (!byId.contains(target))
            order.append(target);
        byId[target].append({key, row.fields.at(2), row.line});
    }
    for (const QString &id : std::as_const(order)) {
        if (id.isEmpty())
            replaceProperties(&m_raw.properties, byId.value(id));
        else
            replaceProperties(&conceptOf(id)->properties, byId.value(id));
    }
    return true;
}

bool Import::run(const ArchiCsvSet &set, const ModelData *base, ModelData *out)
{
    CsvFile elements{set.elements, false, {}};
    CsvFile relations{set.relations, false, {}};
    CsvFile properties{set.properties, false, {}};
    if (!load(elements, ElementsHeader, 4) || !load(relations, RelationsHeader, 6)
        || !load(properties, PropertiesHeader, 3))
        return false;
    if (!elements.present && !relations.present)
        return fail(elements, 0, ArchiCsvReader::tr("cannot be read: no such file"));
    if (base)
        takeBase(*base);
    if (!readElements(elements, base) || !readRelations(relations, base)
        || !readProperties(properties, base))
        return false;
    // Every property key is its own definition; every id is known.
    const auto define = [this](const RawProperties &list) {
        for (const RawProperty &p : list)
            m_raw.definitions.insert(p.definition, p.definition);
    };
    define(m_raw.properties);
    for (const RawConcept &c : std::as_const(m_raw.elements)) {
        define(c.properties);
        m_raw.identifiers.insert(c.id, IdKind::Element);
    }
    for (const RawConcept &c : std::as_const(m_raw.relationships)) {
        define(c.properties);
        m_raw.identifiers.insert(c.id, IdKind::Relationship);
    }
    ExchangeBuilder builder(QDir::toNativeSeparators(set.elements));
    builder.setStrict(true); // what Archi refuses is refused whole
    ModelData built;
    if (!builder.build(m_raw, &built)) {
        error = builder.errorString();
        return false;
    }
    if (base)
        built.views = base->views;
    // The rules of every model (a relationship ending on itself, ...), with the ids
    // of a .ktm: Archi's CSV ids need not be XML names.
    if (const QString fault = ModelCheck::check(built, nullptr, ModelCheck::Ids::Plain);
        !fault.isEmpty()) {
        error = ArchiCsvReader::tr("%1: %2").arg(QDir::toNativeSeparators(set.elements), fault);
        return false;
    }
    *out = std::move(built);
    return true;
}

} // namespace

bool ArchiCsvReader::readSet(const QString &elementsPath, ModelData &out)
{
    Import import;
    const bool ok = import.run(ArchiCsvSet::fromElementsPath(elementsPath), nullptr, &out);
    m_error = import.error;
    return ok;
}

bool ArchiCsvReader::mergeSet(const QString &elementsPath, ModelData &model)
{
    m_error.clear();
    if (!model.profile) {
        m_error = tr("%1: the model has no framework to import into.")
                          .arg(QDir::toNativeSeparators(elementsPath));
        return false;
    }
    Import import;
    const bool ok = import.run(ArchiCsvSet::fromElementsPath(elementsPath), &model, &model);
    m_error = import.error;
    return ok;
}

std::unique_ptr<MergeConcepts> ArchiCsvReader::mergeEdit(const QString &elementsPath,
                                                         const ModelData &model)
{
    ModelData merged = model;
    if (!mergeSet(elementsPath, merged))
        return nullptr;
    return MergeConcepts::between(model, merged);
}

// ---------------------------------------------------------------------------
// Writing

static QString csvElementType(const QString &xsiType)
{
    return xsiType == u"AndJunction" ? u"Junction"_s : xsiType;
}

static QString specializationOf(const PropertyList &list)
{
    for (const Property &p : list)
        if (p.key == ArchiSpecialization)
            return p.value;
    return {};
}

QString ArchiCsvWriter::compose(const ModelData &data, Texts *texts)
{
    if (!data.profile)
        return tr("the model has no framework");
    const Profile &profile = *data.profile;
    QString elements = csv::formatRow(ElementsHeader);
    QString relations = csv::formatRow(RelationsHeader);
    QString properties = csv::formatRow(PropertiesHeader);
    const auto addProperties = [&properties](const QString &id, const PropertyList &list) {
        for (const Property &p : list)
            if (p.key != ArchiSpecialization)
                properties += csv::formatRow({id, p.key, p.value});
    };
    const QString modelId = data.info.id.toString();
    elements += csv::formatRow(
            {modelId, ModelType, data.info.name, data.info.documentation, QString()});
    addProperties(modelId, modelProperties(data));
    for (const Element &element : data.elements) {
        elements += csv::formatRow({element.id.toString(),
                                    csvElementType(elementXsiType(profile, element)), element.name,
                                    element.documentation,
                                    specializationOf(element.extraProperties)});
        addProperties(element.id.toString(), elementProperties(element));
    }
    for (const Relationship &relationship : data.relationships) {
        QString source = relationship.source.toString();
        QString target = relationship.target.toString();
        if (isReversed(profile, relationship.type))
            std::swap(source, target);
        relations += csv::formatRow(
                {relationship.id.toString(),
                 relationshipXsiType(profile, relationship) + RelationshipSuffix,
                 relationship.name, relationship.documentation, source, target,
                 specializationOf(relationship.extraProperties)});
        addProperties(relationship.id.toString(), relationshipCsvProperties(relationship));
    }
    texts->elements = std::move(elements);
    texts->relations = std::move(relations);
    texts->properties = std::move(properties);
    return {};
}

bool ArchiCsvWriter::writeSet(const ModelData &data, const QString &elementsPath)
{
    m_error.clear();
    const ArchiCsvSet set = ArchiCsvSet::fromElementsPath(elementsPath);
    Texts texts;
    QString problem = compose(data, &texts);
    if (problem.isEmpty()) {
        const QList<std::pair<QString, const QString *>> files = {
                {set.elements, &texts.elements},
                {set.relations, &texts.relations},
                {set.properties, &texts.properties}};
        // A read-only file is said so (QSaveFile says "not writable"); every write is
        // checked (a buffered QSaveFile lost the error of a full disk and committed
        // the file cut short).
        for (const auto &file : files) {
            if (const QString refused = outputFileProblem(file.first); !refused.isEmpty()) {
                m_error = refused;
                return false;
            }
        }
        std::vector<std::unique_ptr<QSaveFile>> open;
        for (const auto &[path, text] : files) {
            auto file = std::make_unique<QSaveFile>(path);
            QString reason = openForSaving(*file);
            if (reason.isEmpty())
                reason = writeChecked(*file, csv::Bom + text->toUtf8());
            if (!reason.isEmpty()) {
                problem = tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
                file->cancelWriting();
                break;
            }
            open.push_back(std::move(file));
        }
        if (!problem.isEmpty()) {
            for (auto &file : open)
                file->cancelWriting();
        } else {
            for (auto &file : open) {
                if (!file->commit()) {
                    problem = tr("%1: %2").arg(QDir::toNativeSeparators(file->fileName()),
                                               file->errorString());
                    break;
                }
            }
        }
    }
    if (problem.isEmpty())
        return true;
    m_error = tr("Cannot write the CSV set %1: %2.")
                      .arg(QDir::toNativeSeparators(elementsPath), problem);
    return false;
}

} // namespace kt
