#pragma once

#include "../modeldata.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QXmlStreamWriter>

class QIODevice;

namespace kt {

// The work of ExchangeWriter (see there for the conventions): checks that a model
// can be written faithfully, then writes it to a device in one pass.
class ExchangeOutput
{
public:
    // What keeps the model from being written, in words (empty when nothing);
    // fills identifiers with every identifier of the model.
    static QString check(const ModelData &data, QSet<QString> *identifiers);

    // identifiers: as check() gave them, so that property definitions get
    // identifiers of their own.
    ExchangeOutput(const ModelData &data, const QSet<QString> &identifiers, QIODevice *device);
    // Writes the model; returns what went wrong, or an empty string.
    QString write();

    // The identifier each property definition gets when the model is written
    // (property name -> identifier); empty when the model cannot be written.
    static QHash<QString, QString> definitionIdentifiers(const ModelData &data);

private:
    void nameDefinitions();
    void defineProperties(const PropertyList &properties);
    void writeText(const QString &name, const QString &text, bool withLanguage = true);
    // The name (written when required or not empty) and the documentation of an
    // object in its language, then in the other languages its properties keep.
    void writeTexts(const QString &name, const QString &documentation,
                    const PropertyList &properties, bool nameRequired);
    void writeMetadata();
    void writeCharacters(const QString &text);
    void writeProperties(const PropertyList &properties);
    void writeElement(const Element &element);
    void writeRelationship(const Relationship &relationship);
    void writeOrganizations();
    void writeDefinitions();
    void writeView(const View &view);
    void writeNodes(const View &view, qint64 dx, qint64 dy);
    // Writes the node's start tag and content before any child; returns false
    // when the node was closed already (a note cannot contain nodes).
    bool writeNode(const ViewNode &node, qint64 dx, qint64 dy);
    void writeConnection(const ViewConnection &connection, qint64 dx, qint64 dy);
    void writeStyle(NodeStyle style);
    void writeColor(const QString &name, const QString &color);

    const ModelData &m_data;
    QIODevice *m_device;
    QXmlStreamWriter m_xml;
    QSet<QString> m_used;                   // identifiers taken
    QHash<QString, QString> m_definitionIds; // property name -> definition identifier
    QStringList m_definitionOrder;          // property names in order of first use
    int m_definitionCounter = 0;
    QString m_language; // of the model's texts (kt:lang), vi unless it says otherwise
    QHash<QString, QString> m_propertyTypes; // property name -> data type other than string
};

} // namespace kt
