#pragma once

#include "exchangeraw.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

class QIODevice;

namespace kt {

// The first half of ArchimateReader: reads the XML of an Archi model (model.xml of
// the zipped form) in one pass into the RawModel the exchange import builds from
// (ExchangeBuilder), so that types map as they do for an exchange file. Archi's
// types lose their "archimate:" prefix and relationships their "Relationship"
// suffix ("archimate:ServingRelationship" is "Serving"); the names of Archi
// before ArchiMate 3 (UsedBy, Realisation, Specialisation) become 3.1's.
//
// Diagrams: bounds relative to the parent become absolute, a width or height of
// -1 becomes the size Archi draws by default, bendpoints (stored by Archi as
// offsets from the centres of both ends, weighted by their position along the
// line) become absolute points. A DiagramModelReference becomes a note linked to
// its view. Identifiers that are no XML names (Archi's older numeric ones) get
// the prefix "id-", as Archi's own exchange export does.
//
// What the model cannot hold is left out with a finding that names the file:
// concepts of unknown types, relationships or connections that end on a
// relationship or a connection, images, sketch and canvas views; a node whose
// object is left out passes its children to its parent. Refused (XML that is not
// well-formed, a DTD, a root that is no Archi model, invalid or duplicate
// identifiers, texts over the limits, nesting deeper than limits::MaxNestingDepth)
// with a message naming the file and the line. Nesting is read without recursion.
class ArchimateParser
{
public:
    ArchimateParser(QIODevice *device, const QString &fileName);
    bool parse(exchange::RawModel *model);
    QString errorString() const { return m_error; }
    // What was left out, one message each, naming the file.
    QStringList findings() const { return m_findings; }

    // The folder path of a concept or view ("Business/Processes"), kept as a property.
    static const QString FolderProperty;
    // The viewpoint of a view, which our views do not have.
    static const QString ViewpointProperty;
    // An identifier as the exchange format needs it, an XML name: Archi's older
    // identifiers are numbers ("650"), which get the prefix "id-" as Archi's own
    // exchange export gives them.
    static QString xmlId(QStringView id);

private:
    // A bendpoint as Archi stores it: offsets from the centres of source and target.
    struct RawBendpoint
    {
        double startX = 0;
        double startY = 0;
        double endX = 0;
        double endY = 0;
    };
    struct PendingConnection
    {
        qsizetype index = 0; // in RawView::connections
        QList<RawBendpoint> bendpoints;
    };

    bool fail(const QString &message);
    void finding(const QString &message);
    bool readRoot();
    void parseModel();
    void parseConcept(const QString &type, const QString &folder);
    void parseDiagram(const QString &folder);
    void startNode(exchange::RawView *view, const NodeId &parent);
    void readBounds(ViewNode *node);
    void parseConnection(exchange::RawView *view, const NodeId &source,
                         QList<PendingConnection> *pending);
    void placeBendpoints(exchange::RawView *view, const QList<PendingConnection> &pending);
    void readProperty(exchange::RawProperties *out, const QString &owner);
    QString readText(qsizetype limit, const QString &owner);
    QString checked(QString text, qsizetype limit, const QString &owner);
    QString identifier(exchange::IdKind kind);
    double number(QStringView name, double absent, const QString &owner);
    void readStyle(NodeStyle *style, bool connection);
    void prune();

    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_error;
    QStringList m_findings;
    qsizetype m_imageFindings = 0;
    exchange::RawModel *m_model = nullptr;
    QHash<QString, QString> m_definitionOfKey; // property key -> definition identifier
    QHash<QString, QString> m_profiles; // Archi's specializations: identifier -> name
    // What prune() must resolve once every concept and view is read.
    QHash<QString, QString> m_viewOfReference; // note node id -> view id it shows
    QSet<NodeId> m_dropNodes; // nodes of objects the model cannot hold (images)
    QSet<QString> m_junctions; // elements drawn small by default
};

} // namespace kt
