#pragma once

#include "../modeldata.h"

#include <QCoreApplication>

#include <memory>
#include <QList>
#include <QString>
#include <QStringList>

// Archi's CSV format: a set of three files beside each other, PREFIXelements.csv
// ("ID","Type","Name","Documentation","Specialization"; a row of Type
// "ArchimateModel" carries the model's name and documentation),
// PREFIXrelations.csv ("ID","Type","Name","Documentation","Source","Target",
// "Specialization") and PREFIXproperties.csv ("ID","Key","Value"). Types are
// ArchiMate's names as Archi writes them ("BusinessActor",
// "AssignmentRelationship"). UTF-8 (a BOM is skipped on reading and written for
// Excel), RFC 4180 quoting (doubled quotes, line breaks inside quoted fields),
// lines starting with # outside a quoted field are comments.
//
// What the format has no place for travels as in the exchange format: our
// types and typed properties as "kt:" properties (exchangenames.h) in
// properties.csv, an ArchiMate attribute as "kt:archimate.NAME", the framework
// and model info as properties of the model row. Views are not kept.
namespace kt {

namespace csv {

struct Row
{
    QStringList fields;
    qint64 line = 0; // where the row starts, from 1
};

// Splits CSV text into rows; comment lines and empty lines are left out. A
// space between a closing quote and the separator is tolerated (Archi's own
// test files have one). Returns an empty string or the problem, its line in
// errorLine.
QString parse(const QString &text, QList<Row> *rows, qint64 *errorLine = nullptr);
// One row, every field quoted, ended by CRLF.
QString formatRow(const QStringList &fields);
// The UTF-8 byte order mark Excel needs to read UTF-8.
inline constexpr char Bom[] = "\xEF\xBB\xBF";

} // namespace csv

// The three files of a set.
struct ArchiCsvSet
{
    QString elements;
    QString relations;
    QString properties;

    // True when the file name ends in "elements.csv" (any case).
    static bool isElementsPath(const QString &path);
    // The set whose elements file is elementsPath.
    static ArchiCsvSet fromElementsPath(const QString &elementsPath);
};

// Reads a set into a new model, or merges it into a model: elements and
// relationships are added or updated by id (name, documentation, the ends of a
// relationship, the properties whose keys the file names), nothing is deleted.
// Rows with an empty id get a new id. Archi's type names map to the profile's
// types through Profile::importElementType / importRelationshipType (a generic
// type keeps the ArchiMate type in "archimateType"), or back to our own types
// through "kt:type". A missing relations or properties file is an empty one.
//
// Refused with a message naming the file and the line, the model left
// untouched: a bad header, a row with too few fields, a type that is not
// ArchiMate's, an id used twice in the set, a relationship whose source or
// target is neither in the set nor in the model (or is a relationship), a
// property of an id that is neither, an existing id imported with another
// ArchiMate type.
class ArchiCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(kt::ArchiCsvReader)

public:
    bool readSet(const QString &elementsPath, ModelData &out);
    // model must have a profile; its views are kept as they are.
    bool mergeSet(const QString &elementsPath, ModelData &model);
    // The merge as one undoable edit of the open model (MergeConcepts: ids and
    // values); null when the set is refused (errorString says why).
    std::unique_ptr<class MergeConcepts> mergeEdit(const QString &elementsPath,
                                                   const ModelData &model);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

// Writes a model as a set of three files (all of them, properties.csv even when
// empty), UTF-8 with BOM, CRLF line ends as Archi writes them. Either all three
// files are written or none is changed.
class ArchiCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(kt::ArchiCsvWriter)

public:
    bool writeSet(const ModelData &data, const QString &elementsPath);
    QString errorString() const { return m_error; }

    // The three texts (without BOM) that writeSet writes.
    struct Texts
    {
        QString elements;
        QString relations;
        QString properties;
    };
    static QString compose(const ModelData &data, Texts *texts);

private:
    QString m_error;
};

// The extra property that keeps Archi's "Specialization" column.
inline const QString ArchiSpecialization = QStringLiteral("archi:specialization");

} // namespace kt
