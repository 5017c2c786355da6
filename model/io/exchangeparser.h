#pragma once

#include "exchangeraw.h"

#include <QString>
#include <QXmlStreamReader>

class QIODevice;

namespace kt {

// The first half of ExchangeReader: reads an exchange file in one pass into a
// RawModel, refusing what is unsafe or malformed (a DTD, XML that is not
// well-formed, a root that is not an ArchiMate model, duplicate or invalid
// identifiers, texts over the limits of core/text.h, bad coordinates).
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

    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_error;
    exchange::RawModel *m_model = nullptr;
    QString m_language; // of the model's name: the language of texts that say none
};

} // namespace kt
