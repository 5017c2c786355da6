#include "archimateparser.h"
#include "archicsv.h"
#include "archimatereader.h"
#include "exchangenames.h"
#include "../core/text.h"

#include <QSet>

#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;
using namespace exchange;

const QString ArchimateParser::FolderProperty = exchange::FolderProperty;
const QString ArchimateParser::ViewpointProperty = u"kt:viewpoint"_s;
static const QString ArchiNamespace = u"http://www.archimatetool.com/archimate"_s;
// Archi before version 2 wrote its models in this namespace, in the same format.
static const QString OldArchiNamespace = u"http://www.bolton.ac.uk/archimate"_s;
// More findings than this are summed up in one.
static constexpr qsizetype MaxFindings = 200;

QString ArchimateParser::xmlId(QStringView id)
{
    const QString text = id.toString();
    if (id.isEmpty() || isXmlName(text))
        return text;
    return u"id-"_s + text;
}

ArchimateParser::ArchimateParser(QIODevice *device, const QString &fileName)
    : m_xml(device), m_fileName(fileName)
{
}

bool ArchimateParser::fail(const QString &message)
{
    if (m_xml.error() == QXmlStreamReader::CustomError)
        return false;
    m_error = ArchimateReader::tr("%1, line %2: %3")
                      .arg(m_fileName)
                      .arg(m_xml.lineNumber())
                      .arg(message);
    m_xml.raiseError(message);
    return false;
}

void ArchimateParser::finding(const QString &message)
{
    if (m_findings.size() < MaxFindings)
        m_findings.append(ArchimateReader::tr("%1: %2").arg(m_fileName, message));
    else if (m_findings.size() == MaxFindings)
        m_findings.append(ArchimateReader::tr("%1: further findings left out.").arg(m_fileName));
}

bool ArchimateParser::parse(RawModel *model)
{
    m_model = model;
    if (readRoot()) {
        parseModel();
        while (!m_xml.atEnd())
            m_xml.readNext();
    }
    if (!m_xml.hasError()) {
        prune();
        if (m_imageFindings > 0)
            finding(ArchimateReader::tr("%n image(s) not imported: the model has no place for "
                                        "images.", nullptr, int(m_imageFindings)));
        return true;
    }
    if (m_xml.error() != QXmlStreamReader::CustomError)
        m_error = ArchimateReader::tr("%1 is not well-formed XML: %2 (line %3, column %4).")
                          .arg(m_fileName, m_xml.errorString())
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber());
    return false;
}

bool ArchimateParser::readRoot()
{
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            m_error = ArchimateReader::tr("%1 contains a document type declaration (DTD), which "
                                          "is not accepted for safety.")
                              .arg(m_fileName);
            m_xml.raiseError(m_error);
            return false;
        case QXmlStreamReader::StartElement:
            if (m_xml.name() == u"model"
                && (m_xml.namespaceUri() == ArchiNamespace
                    || m_xml.namespaceUri() == OldArchiNamespace)) {
                m_model->identifiers.reserve(1024);
                return true;
            }
            m_error = ArchimateReader::tr("%1 is not an Archi model: its root element is “%2” of "
                                          "namespace “%3”, not “model” of namespace %4.")
                              .arg(m_fileName, quotedText(m_xml.name()),
                                   quotedText(m_xml.namespaceUri()), ArchiNamespace);
            m_xml.raiseError(m_error);
            return false;
        default:
            break;
        }
    }
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        m_error = ArchimateReader::tr("%1 is empty.").arg(m_fileName);
        m_xml.raiseError(m_error);
    }
    return false;
}

QString ArchimateParser::checked(QString text, qsizetype limit, const QString &owner)
{
    const TextFault fault = checkedText(text, limit);
    if (fault == TextFault::None)
        return text;
    fail(ArchimateReader::tr("a text of “%1” %2.")
                 .arg(quotedText(owner), textFaultReason(fault, text, limit)));
    return {};
}

QString ArchimateParser::readText(qsizetype limit, const QString &owner)
{
    return checked(m_xml.readElementText(QXmlStreamReader::SkipChildElements), limit, owner);
}

QString ArchimateParser::identifier(IdKind kind)
{
    const QString original = m_xml.attributes().value(u"id"_s).toString();
    if (original.isEmpty())
        return kind == IdKind::Model ? ModelId::create().toString() : NodeId::create().toString();
    const QString id = xmlId(original);
    if (id.size() > MaxIdentifierLength || !isXmlName(id)) {
        fail(ArchimateReader::tr("“%1” is not a valid identifier.").arg(quotedText(original)));
        return {};
    }
    if (m_model->identifiers.contains(id)) {
        fail(ArchimateReader::tr("the identifier “%1” is used twice.").arg(quotedText(original)));
        return {};
    }
    m_model->identifiers.insert(id, kind);
    return id;
}

double ArchimateParser::number(QStringView name, double absent, const QString &owner)
{
    const QStringView text = m_xml.attributes().value(name.toString());
    if (text.isEmpty())
        return absent;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && std::isfinite(value) && std::abs(value) <= limits::MaxCoordinate)
        return value;
    fail(ArchimateReader::tr("the coordinate %1=\"%2\" of “%3” is not a number from -%4 to %4.")
                 .arg(name.toString(), quotedText(text, 40), quotedText(owner))
                 .arg(limits::MaxCoordinate, 0, 'g', 10));
    return absent;
}

void ArchimateParser::readProperty(RawProperties *out, const QString &owner)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const qint64 line = m_xml.lineNumber();
    const QString key = checked(attributes.value(u"key"_s).toString(), MaxNameLength, owner);
    const QString value =
            checked(attributes.value(u"value"_s).toString(), MaxDocumentationLength, owner);
    m_xml.skipCurrentElement();
    if (key.isEmpty()) {
        if (!m_xml.hasError())
            finding(ArchimateReader::tr("a property of “%1” has no name: left out.")
                            .arg(quotedText(owner)));
        return;
    }
    // The key is its own definition, as for Archi's CSV.
    m_model->definitions.insert(key, key);
    out->append({key, value, line});
}

// Adds a property of ours (key and value are known to be valid).
static void addProperty(RawModel *model, RawProperties *out, const QString &key,
                        const QString &value)
{
    model->definitions.insert(key, key);
    out->append({key, value, 0});
}

void ArchimateParser::parseModel()
{
    RawModel &model = *m_model;
    model.id = identifier(IdKind::Model);
    model.name = checked(m_xml.attributes().value(u"name"_s).toString(), MaxNameLength, model.id);
    // Folders are walked without recursion; everything else is read to its end where
    // it starts, so an end tag closes a folder or the model.
    QStringList folders;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (folders.isEmpty())
                break;
            folders.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView tag = m_xml.name();
        if (tag == u"folder") {
            if (folders.size() >= limits::MaxNestingDepth) {
                fail(ArchimateReader::tr("folders are nested more than %1 levels deep.")
                             .arg(limits::MaxNestingDepth));
                return;
            }
            QString name = checked(m_xml.attributes().value(u"name"_s).toString(),
                                   MaxNameLength, u"folder"_s);
            folders.append(name.replace(u'/', u'-'));
        } else if (tag == u"element") {
            const QStringView type = m_xml.attributes().value(XsiNamespace, u"type"_s);
            const qsizetype colon = type.indexOf(u':');
            const QString local = (colon < 0 ? type : type.mid(colon + 1)).toString();
            if (local == u"ArchimateDiagramModel" || local == u"DiagramModel") {
                parseDiagram(folders.join(u'/'));
            } else if (local == u"SketchModel" || local == u"CanvasModel") {
                finding(ArchimateReader::tr("the %1 view “%2” is not imported: only ArchiMate "
                                            "views are.")
                                .arg(local, quotedText(m_xml.attributes().value(u"name"_s))));
                m_xml.skipCurrentElement();
            } else {
                parseConcept(local, folders.join(u'/'));
            }
        } else if (folders.isEmpty() && tag == u"purpose") {
            model.documentation = readText(MaxDocumentationLength, model.id);
        } else if (folders.isEmpty() && tag == u"property") {
            readProperty(&model.properties, model.id);
        } else if (folders.isEmpty() && tag == u"profile") {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            m_profiles.insert(attributes.value(u"id"_s).toString(),
                              checked(attributes.value(u"name"_s).toString(), MaxNameLength,
                                      u"profile"_s));
            m_xml.skipCurrentElement();
        } else {
            // A folder's documentation and properties, metadata, features: not kept.
            m_xml.skipCurrentElement();
        }
    }
}

// The exchange format's type of an Archi type: "Serving" for
// "ServingRelationship", the 3.1 name for a name of Archi 2 or 3; empty when the
// type is none of ArchiMate's.
static QString exchangeType(const QString &archiType, bool *relationship, const QString &junction)
{
    *relationship = archiType.endsWith(u"Relationship");
    QString type = *relationship ? archiType.chopped(12) : archiType;
    if (type != u"Junction") // an Archi junction says "and" or "or" in its own attribute
        type = archimate3TypeName(type);
    if (*relationship)
        return isRelationshipType(type) ? type : QString();
    if (type == u"Junction")
        return junction == u"or" ? u"OrJunction"_s : u"AndJunction"_s;
    return isElementType(type) ? type : QString();
}

void ArchimateParser::parseConcept(const QString &type, const QString &folder)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    bool relationship = false;
    const QString xsiType =
            exchangeType(type, &relationship, attributes.value(u"type"_s).toString());
    if (xsiType.isEmpty()) {
        finding(ArchimateReader::tr("“%1” of the unknown type %2 is not imported.")
                        .arg(quotedText(attributes.value(u"name"_s).isEmpty()
                                                ? attributes.value(u"id"_s)
                                                : attributes.value(u"name"_s)),
                             quotedText(type)));
        m_xml.skipCurrentElement();
        return;
    }
    RawConcept item;
    item.line = m_xml.lineNumber();
    item.id = identifier(relationship ? IdKind::Relationship : IdKind::Element);
    item.xsiType = xsiType;
    if (xsiType.endsWith(u"Junction"))
        m_junctions.insert(item.id);
    item.name = checked(attributes.value(u"name"_s).toString(), MaxNameLength, item.id);
    if (relationship) {
        item.source = xmlId(attributes.value(u"source"_s));
        item.target = xmlId(attributes.value(u"target"_s));
        if (xsiType == u"Access") {
            // Archi leaves out its default, write (0).
            static const QStringList access{u"Write"_s, u"Read"_s, u"Access"_s, u"ReadWrite"_s};
            const int value = attributes.value(u"accessType"_s).toInt();
            item.attributes.insert(AccessType, access.value(value, access.first()));
        }
        if (attributes.value(u"directed"_s) == u"true")
            item.attributes.insert(IsDirected, u"true"_s);
        if (const QString strength = attributes.value(u"strength"_s).toString();
            !strength.isEmpty())
            item.attributes.insert(Modifier, checked(strength, MaxNameLength, item.id));
    }
    if (!folder.isEmpty())
        addProperty(m_model, &item.properties, FolderProperty, folder);
    const QStringList profiles =
            attributes.value(u"profiles"_s).toString().split(u' ', Qt::SkipEmptyParts);
    if (attributes.hasAttribute(u"imagePath"_s))
        ++m_imageFindings;
    while (m_xml.readNextStartElement()) {
        const QStringView tag = m_xml.name();
        if (tag == u"documentation")
            item.documentation = readText(MaxDocumentationLength, item.id);
        else if (tag == u"property")
            readProperty(&item.properties, item.id);
        else
            m_xml.skipCurrentElement();
    }
    // Specializations are declared at the end of the file: named in prune().
    for (const QString &profile : profiles)
        item.properties.append({u"\x01"_s + profile, QString(), 0});
    (relationship ? m_model->relationships : m_model->elements).append(std::move(item));
}

void ArchimateParser::prune()
{
    RawModel &model = *m_model;
    // Specializations by name, as Archi's CSV writes them.
    for (QList<RawConcept> *list : {&model.elements, &model.relationships}) {
        for (RawConcept &item : *list) {
            QStringList names;
            item.properties.removeIf([&](const RawProperty &p) {
                if (!p.definition.startsWith(u'\x01'))
                    return false;
                const QString name = m_profiles.value(p.definition.mid(1));
                if (!name.isEmpty())
                    names.append(name);
                return true;
            });
            if (!names.isEmpty())
                addProperty(m_model, &item.properties, ArchiSpecialization, names.join(u", "_s));
        }
    }
    QSet<QString> elements;
    for (const RawConcept &element : std::as_const(model.elements))
        elements.insert(element.id);
    QSet<QString> kept;
    model.relationships.removeIf([&](const RawConcept &r) {
        for (const QString &end : {r.source, r.target}) {
            if (elements.contains(end))
                continue;
            if (model.identifiers.value(end, IdKind::Model) == IdKind::Relationship)
                finding(ArchimateReader::tr("the relationship “%1” joins the relationship “%2”; "
                                            "relationships on relationships are not supported: "
                                            "left out.")
                                .arg(quotedText(r.id), quotedText(end)));
            else
                finding(ArchimateReader::tr("the relationship “%1” joins “%2”, which is not an "
                                            "imported element: left out.")
                                .arg(quotedText(r.id), quotedText(end)));
            return true;
        }
        kept.insert(r.id);
        return false;
    });
    QHash<QString, QString> viewNames;
    for (const RawView &view : std::as_const(model.views))
        viewNames.insert(view.id, view.name);
    for (RawView &view : model.views) {
        // A node left out passes its children to its own parent.
        QHash<NodeId, NodeId> removed;
        QSet<NodeId> nodes;
        QList<RawNode> keptNodes;
        keptNodes.reserve(view.nodes.size());
        for (RawNode &raw : view.nodes) {
            ViewNode &node = raw.node;
            if (removed.contains(node.parent))
                node.parent = removed.value(node.parent);
            bool drop = m_dropNodes.contains(node.id);
            if (!drop && node.kind == NodeKind::Element
                && !elements.contains(node.element.toString())) {
                finding(ArchimateReader::tr("the diagram object “%1” in the view “%2” shows “%3”, "
                                            "which is not an imported element: left out.")
                                .arg(quotedText(node.id.toString()), quotedText(view.name),
                                     quotedText(node.element.toString())));
                drop = true;
            }
            if (drop) {
                removed.insert(node.id, node.parent);
                continue;
            }
            if (const auto it = m_viewOfReference.constFind(node.id.toString());
                it != m_viewOfReference.constEnd()) {
                if (viewNames.contains(*it)) {
                    node.viewRef = ViewId(*it);
                    if (node.label.isEmpty())
                        node.label = viewNames.value(*it);
                } else {
                    finding(ArchimateReader::tr("the view reference “%1” in the view “%2” shows "
                                                "no imported view.")
                                    .arg(quotedText(node.id.toString()), quotedText(view.name)));
                }
            }
            nodes.insert(node.id);
            keptNodes.append(std::move(raw));
        }
        view.nodes = std::move(keptNodes);
        QSet<QString> connections;
        for (const RawConnection &raw : std::as_const(view.connections))
            connections.insert(raw.connection.id.toString());
        view.connections.removeIf([&](const RawConnection &raw) {
            const ViewConnection &c = raw.connection;
            for (const NodeId &end : {c.source, c.target}) {
                if (nodes.contains(end))
                    continue;
                if (connections.contains(end.toString()))
                    finding(ArchimateReader::tr("the connection “%1” in the view “%2” ends on the "
                                                "connection “%3”, which is not supported: left "
                                                "out.")
                                    .arg(quotedText(c.id.toString()), quotedText(view.name),
                                         quotedText(end.toString())));
                else if (!removed.contains(end))
                    finding(ArchimateReader::tr("the connection “%1” in the view “%2” ends on "
                                                "“%3”, which is not in the view: left out.")
                                    .arg(quotedText(c.id.toString()), quotedText(view.name),
                                         quotedText(end.toString())));
                return true;
            }
            if (!c.relationship.isNull() && !kept.contains(c.relationship.toString())) {
                finding(ArchimateReader::tr("the connection “%1” in the view “%2” shows “%3”, "
                                            "which is not an imported relationship: left out.")
                                .arg(quotedText(c.id.toString()), quotedText(view.name),
                                     quotedText(c.relationship.toString())));
                return true;
            }
            return false;
        });
    }
}

} // namespace kt
