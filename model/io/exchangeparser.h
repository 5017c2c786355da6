#pragma once

#include "exchangeraw.h"

#include <QString>
#include <QXmlStreamReader>

class QIODevice;

namespace kt {

// The first half of ExchangeReader: reads an exchange file in one pass into a
// RawModel, refusing what is unsafe or malformed (a DTD, XML that is not
// well-formed, a root that is not an ArchiMate model, duplicate or invalid
// identifiers, texts over the limits of core/text.h, bad coordinates, nesting
// deeper than core/limits.h). An ArchiMate 2.1 file (labels for names, lower-case
// references, views without diagrams) is read the same way, its 2.x types renamed
// as ArchiMate 3.0's migration does (archimate3TypeName). What cannot be used but
// leaves the rest whole (a node of an unknown kind, a node or connection without its
// reference, a property naming no definition) is passed on in RawModel::findings or
// RawNode/RawConnection::problem, for the builder to leave out.
// Texts come out in NFC. Nesting is read without recursion.
class ExchangeParser
{
public:
    ExchangeParser(QIODevice *device, const QString &fileName);
    bool parse(exchange::RawModel *model);
    // The message, naming the file (and the line where it helps).
    QString errorString() const { return m_error; }

private:
    // A text in several languages: the Vietnamese one wins, else the first; names
    // and documentation keep the others (exchangenames.h, "kt:name@en").
    struct Text
    {
        QString value;
        int rank = 0;
        QString language; // of value
        QList<std::pair<QString, QString>> others; // language, text
    };
    enum class TextKind { Name, Documentation, Other };

    bool fail(const QString &message);
    bool readRoot();
    void parseModel();
    void parseConcepts(const QString &childName, QList<exchange::RawConcept> *out);
    void parseConcept(exchange::RawConcept *item, bool relationship);
    void parseProperties(exchange::RawProperties *out, const QString &owner);
    void parseDefinitions();
    void parseOrganizations();
    void parseViews();
    void parseView(exchange::RawView *view);
    void parseNodes(exchange::RawView *view);
    void startNode(exchange::RawView *view, const NodeId &parent);
    void parseConnection(exchange::RawView *view);
    void parseStyle(NodeStyle *style);
    QString readColor();
    void readText(Text *text, TextKind kind, const QString &owner);
    // Adds the properties that keep the other languages of name and documentation,
    // and the main language when it is not the model's.
    void keepLanguages(const Text &name, const Text &documentation, exchange::RawProperties *out);
    void addProperty(exchange::RawProperties *out, const QString &key, const QString &value);
    void parseMetadata();
    QString identifier(exchange::IdKind kind);
    QString xsiType() const;
    double coordinate(QStringView name, const QString &owner);
    bool isArchimate() const;
    // Tag and attribute names that differ between 2.1 and 3.x.
    bool isTag(QStringView tag, QStringView name3, QStringView name2) const;
    // A finding: the object is left out (or kept in part) and the rest read on.
    void finding(qint64 line, const QString &message);

    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_error;
    exchange::RawModel *m_model = nullptr;
    QString m_language; // of the model's name: the language of texts that say none
    // The namespace of the file: ArchiMate 3.x, or 2.1 (read and mapped to 3.1).
    QString m_namespace;
    bool m_version2 = false;
};

} // namespace kt
