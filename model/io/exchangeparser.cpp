#include "exchangeparser.h"
#include "exchangenames.h"
#include "exchangereader.h"
#include "../compose/geometry.h"
#include "../core/text.h"

#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;
using namespace exchange;

// The writer shifts a view to non-negative coordinates, so a diagram within the
// limit of every edit (geometry::MaxCoordinate either way of the origin) is
// written with coordinates up to twice the limit; the builder checks the limit
// itself (ModelCheck) once the shift is undone. Beyond that a number is refused here.
static constexpr double MaxCoordinate = 2 * geometry::MaxCoordinate;

ExchangeParser::ExchangeParser(QIODevice *device, const QString &fileName)
    : m_xml(device), m_fileName(fileName)
{
}

bool ExchangeParser::fail(const QString &message)
{
    if (m_xml.error() == QXmlStreamReader::CustomError)
        return false; // keep the first message
    m_error = ExchangeReader::tr("%1, line %2: %3")
                      .arg(m_fileName)
                      .arg(m_xml.lineNumber())
                      .arg(message);
    m_xml.raiseError(message);
    return false;
}

bool ExchangeParser::parse(RawModel *model)
{
    m_model = model;
    if (readRoot()) {
        parseModel();
        // Whatever follows the root must still be well-formed (comments, spaces).
        while (!m_xml.atEnd())
            m_xml.readNext();
    }
    if (!m_xml.hasError())
        return true;
    if (m_xml.error() != QXmlStreamReader::CustomError)
        m_error = ExchangeReader::tr("%1 is not well-formed XML: %2 (line %3, column %4).")
                          .arg(m_fileName, m_xml.errorString())
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber());
    return false;
}

bool ExchangeParser::readRoot()
{
    bool content = false;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            // Refused before anything declared in it can be used: no entity is
            // expanded, nothing external is read.
            m_error = ExchangeReader::tr("%1 contains a document type declaration (DTD), which "
                                         "is not accepted for safety.")
                              .arg(m_fileName);
            m_xml.raiseError(m_error);
            return false;
        case QXmlStreamReader::StartElement:
            if (m_xml.name() == u"model"
                && (m_xml.namespaceUri() == ArchimateNamespace
                    || m_xml.namespaceUri() == Archimate2Namespace
                    || m_xml.namespaceUri() == QString(Archimate2Namespace + u'/'))) {
                m_namespace = m_xml.namespaceUri().toString();
                m_version2 = m_namespace != ArchimateNamespace;
                m_model->identifiers.reserve(1024);
                return true;
            }
            // Other ArchiMate exchange namespaces: drafts of 2.x with a version in the
            // path, which no tool writes any more.
            if (m_xml.name() == u"model"
                && m_xml.namespaceUri().startsWith(u"http://www.opengroup.org/xsd/archimate")) {
                m_error = ExchangeReader::tr("%1 is an ArchiMate 2.x exchange file (namespace "
                                             "“%2”); the 2.x format is not supported. Archi "
                                             "and other tools export ArchiMate 3.1 exchange "
                                             "files, which are.")
                                  .arg(m_fileName, quotedText(m_xml.namespaceUri()));
                m_xml.raiseError(m_error);
                return false;
            }
            m_error = ExchangeReader::tr("%1 is not an ArchiMate exchange file: its root element "
                                         "is “%2” of namespace “%3”, not “model” of namespace %4.")
                              .arg(m_fileName, m_xml.name().toString(),
                                   m_xml.namespaceUri().toString(), ArchimateNamespace);
            m_xml.raiseError(m_error);
            return false;
        case QXmlStreamReader::Characters:
            content = content || !m_xml.isWhitespace();
            break;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            content = true;
            break;
        default:
            break;
        }
    }
    // Nothing but spaces (and perhaps an XML declaration).
    if (!content && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        m_error = ExchangeReader::tr("%1 is empty.").arg(m_fileName);
        m_xml.raiseError(m_error);
    }
    return false;
}

bool ExchangeParser::isArchimate() const
{
    return m_xml.namespaceUri() == m_namespace;
}

bool ExchangeParser::isTag(QStringView tag, QStringView name3, QStringView name2) const
{
    return tag == (m_version2 ? name2 : name3);
}

void ExchangeParser::finding(qint64 line, const QString &message)
{
    m_model->findings.append(ExchangeReader::tr("%1, line %2: %3").arg(m_fileName).arg(line).arg(message));
}

QString ExchangeParser::xsiType() const
{
    // A QName: a prefix before the colon, if any, names the ArchiMate namespace.
    const QStringView type = m_xml.attributes().value(XsiNamespace, u"type"_s);
    const qsizetype colon = type.indexOf(u':');
    QString name = (colon < 0 ? type : type.mid(colon + 1)).toString();
    if (!m_version2)
        return name;
    // 2.1 names relationships without "Relationship" (some tools add it) and some
    // types as 3.0 renamed them.
    if (name.endsWith(u"Relationship") && name.size() > 12)
        name.chop(12);
    return archimate3TypeName(name);
}

QString ExchangeParser::identifier(IdKind kind)
{
    const QString id = m_xml.attributes().value(u"identifier"_s).toString();
    if (id.isEmpty())
        return id;
    if (id.size() > MaxIdentifierLength || !isXmlName(id)) {
        fail(ExchangeReader::tr("“%1” is not a valid identifier.").arg(quotedText(id)));
        return {};
    }
    const auto it = m_model->identifiers.constFind(id);
    if (it != m_model->identifiers.constEnd()) {
        fail(ExchangeReader::tr("the identifier “%1” is used twice.").arg(quotedText(id)));
        return {};
    }
    m_model->identifiers.insert(id, kind);
    return id;
}

void ExchangeParser::readText(Text *text, TextKind kind, const QString &owner)
{
    // Copied: the attributes are gone once the text is read.
    const QString language = m_xml.attributes().value(u"xml:lang"_s).toString();
    const int rank = language == u"vi" || language.startsWith(u"vi-") ? 2 : 1;
    QString value = m_xml.readElementText();
    const qsizetype limit = kind == TextKind::Name ? MaxNameLength : MaxDocumentationLength;
    // Checked before normalising: normalising a long run of combining marks takes
    // quadratic time.
    const TextFault fault = checkedText(value, limit);
    if (fault != TextFault::None) {
        const QString reason = textFaultReason(fault, value, limit);
        switch (kind) {
        case TextKind::Name:
            fail(ExchangeReader::tr("the name of “%1” %2.").arg(quotedText(owner), reason));
            return;
        case TextKind::Documentation:
            fail(ExchangeReader::tr("the documentation of “%1” %2.")
                         .arg(quotedText(owner), reason));
            return;
        case TextKind::Other:
            fail(ExchangeReader::tr("a text of “%1” %2.").arg(quotedText(owner), reason));
            return;
        }
    }
    if (rank > text->rank) {
        if (text->rank > 0 && kind != TextKind::Other)
            text->others.append({text->language, text->value});
        text->value = value;
        text->rank = rank;
        text->language = language;
    } else if (kind != TextKind::Other) {
        text->others.append({language, value});
    }
}

void ExchangeParser::addProperty(RawProperties *out, const QString &key, const QString &value)
{
    // The key is its own definition: with its colon it is no identifier of the file.
    m_model->definitions.insert(key, key);
    out->append({key, value, m_xml.lineNumber()});
}

void ExchangeParser::keepLanguages(const Text &name, const Text &documentation,
                                   RawProperties *out)
{
    for (const auto &[language, value] : name.others)
        addProperty(out, NameLanguagePrefix + language, value);
    for (const auto &[language, value] : documentation.others)
        addProperty(out, DocumentationLanguagePrefix + language, value);
    const Text &main = name.rank > 0 ? name : documentation;
    if (main.rank > 0 && main.language != m_language)
        addProperty(out, TextLanguageProperty, main.language);
    if (documentation.rank > 0 && documentation.language != main.language)
        addProperty(out, DocumentationLanguageProperty, documentation.language);
}

void ExchangeParser::parseMetadata()
{
    // <schema> and <schemaversion> say Dublin Core 1.1; the dc: elements are kept.
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() != DublinCoreNamespace) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QString key = DublinCorePrefix + m_xml.name().toString();
        Text value;
        readText(&value, TextKind::Other, u"metadata"_s);
        addProperty(&m_model->properties, key, value.value);
    }
}

void ExchangeParser::parseModel()
{
    RawModel &model = *m_model;
    m_language = TextLanguage; // until the model's name says otherwise
    model.id = identifier(IdKind::Model);
    const QString owner = model.id.isEmpty() ? u"model"_s : model.id;
    Text name;
    Text documentation;
    while (m_xml.readNextStartElement()) {
        if (!isArchimate()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView tag = m_xml.name();
        if (tag == u"name") {
            readText(&name, TextKind::Name, owner);
            m_language = name.language;
        } else if (tag == u"metadata") {
            parseMetadata();
        } else if (tag == u"documentation") {
            readText(&documentation, TextKind::Documentation, owner);
        } else if (tag == u"properties") {
            parseProperties(&model.properties, owner);
        } else if (tag == u"elements") {
            parseConcepts(u"element"_s, &model.elements);
        } else if (tag == u"relationships") {
            parseConcepts(u"relationship"_s, &model.relationships);
        } else if (isTag(tag, u"propertyDefinitions", u"propertydefs")) {
            parseDefinitions();
        } else if (isTag(tag, u"organizations", u"organization")) {
            parseOrganizations();
        } else if (tag == u"views") {
            parseViews();
        } else {
            // extensions: not ours.
            m_xml.skipCurrentElement();
        }
    }
    model.name = name.value;
    model.documentation = documentation.value;
    // The model's language, when it is not ours, and its texts in other languages.
    const QString ours = m_language;
    m_language = TextLanguage;
    keepLanguages(name, documentation, &model.properties);
    m_language = ours;
}

void ExchangeParser::parseConcepts(const QString &childName, QList<RawConcept> *out)
{
    const bool relationship = childName == u"relationship";
    while (m_xml.readNextStartElement()) {
        if (isArchimate() && m_xml.name() == childName) {
            out->append(RawConcept());
            parseConcept(&out->last(), relationship);
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

void ExchangeParser::parseConcept(RawConcept *item, bool relationship)
{
    item->line = m_xml.lineNumber();
    item->id = identifier(relationship ? IdKind::Relationship : IdKind::Element);
    if (item->id.isEmpty())
        item->id = ElementId::create().toString();
    item->xsiType = xsiType();
    if (relationship) {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        item->source = attributes.value(u"source"_s).toString();
        item->target = attributes.value(u"target"_s).toString();
        for (const QString &name : {AccessType, IsDirected, Modifier})
            if (attributes.hasAttribute(name))
                item->attributes.insert(
                        name, normalizedText(attributes.value(name).left(MaxNameLength).toString()));
    }
    Text name;
    Text documentation;
    while (m_xml.readNextStartElement()) {
        const QStringView tag = m_xml.name();
        if (!isArchimate())
            m_xml.skipCurrentElement();
        else if (isTag(tag, u"name", u"label"))
            readText(&name, TextKind::Name, item->id);
        else if (tag == u"documentation")
            readText(&documentation, TextKind::Documentation, item->id);
        else if (tag == u"properties")
            parseProperties(&item->properties, item->id);
        else
            m_xml.skipCurrentElement();
    }
    item->name = name.value;
    item->documentation = documentation.value;
    keepLanguages(name, documentation, &item->properties);
}

void ExchangeParser::parseProperties(RawProperties *out, const QString &owner)
{
    while (m_xml.readNextStartElement()) {
        if (!isArchimate() || m_xml.name() != u"property") {
            m_xml.skipCurrentElement();
            continue;
        }
        RawProperty property;
        property.line = m_xml.lineNumber();
        property.definition =
                m_xml.attributes()
                        .value(m_version2 ? u"identifierref"_s : u"propertyDefinitionRef"_s)
                        .toString();
        if (property.definition.isEmpty()) {
            finding(property.line,
                    ExchangeReader::tr("a property of “%1” names no property definition; it "
                                       "is left out.")
                            .arg(quotedText(owner)));
            m_xml.skipCurrentElement();
            continue;
        }
        Text value;
        while (m_xml.readNextStartElement()) {
            if (isArchimate() && m_xml.name() == u"value")
                readText(&value, TextKind::Other, owner);
            else
                m_xml.skipCurrentElement();
        }
        property.value = value.value;
        out->append(std::move(property));
    }
}

void ExchangeParser::parseDefinitions()
{
    while (m_xml.readNextStartElement()) {
        if (!isArchimate() || !isTag(m_xml.name(), u"propertyDefinition", u"propertydef")) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QString id = identifier(IdKind::PropertyDefinition);
        const QString type = m_xml.attributes().value(u"type"_s).toString();
        Text name;
        if (m_version2) { // the name is an attribute in 2.1
            name.value = normalizedText(m_xml.attributes().value(u"name"_s).left(MaxNameLength).toString());
            name.rank = name.value.isEmpty() ? 0 : 1;
        }
        while (m_xml.readNextStartElement()) {
            if (isArchimate() && m_xml.name() == u"name")
                readText(&name, TextKind::Name, id);
            else
                m_xml.skipCurrentElement();
        }
        // Without a name, the identifier is the best name there is.
        if (!id.isEmpty()) {
            m_model->definitions.insert(id, name.value.isEmpty() ? id : name.value);
            // Written back with this identifier (exchangenames.h).
            addProperty(&m_model->properties, PropertyDefinitionProperty,
                        id + u' ' + m_model->definitions.value(id));
        }
        // A data type other than string is kept on the model (exchangenames.h).
        static const QStringList types{u"boolean"_s, u"currency"_s, u"date"_s, u"time"_s,
                                       u"number"_s};
        if (!id.isEmpty() && types.contains(type))
            addProperty(&m_model->properties, PropertyTypeProperty,
                        type + u' ' + m_model->definitions.value(id));
    }
}

void ExchangeParser::parseOrganizations()
{
    // Items nest without recursion; an item with a label is a folder, one with
    // identifierRef puts that concept or view in the folders around it.
    QStringList path; // the labels of the open items, outermost first
    QList<bool> labelled;
    path.append(QString());
    labelled.append(false);
    const QString refName = m_version2 ? u"identifierref"_s : u"identifierRef"_s;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (path.size() == 1)
                return; // the end of <organizations>
            path.removeLast();
            labelled.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView tag = m_xml.name();
        if (!isArchimate()) {
            m_xml.skipCurrentElement();
        } else if (tag == u"item") {
            if (path.size() > limits::MaxNestingDepth) {
                fail(ExchangeReader::tr("the folders (organizations) are nested more than %1 "
                                        "levels deep.")
                             .arg(limits::MaxNestingDepth));
                return;
            }
            const QString ref = m_xml.attributes().value(refName).toString();
            if (!ref.isEmpty() && !m_model->folders.contains(ref)) {
                QStringList names;
                for (qsizetype i = 1; i < path.size(); ++i)
                    if (labelled.at(i))
                        names.append(path.at(i));
                m_model->folders.insert(ref, names.join(u'/'));
                m_model->folderLines.insert(ref, m_xml.lineNumber());
            }
            path.append(QString());
            labelled.append(false);
        } else if ((tag == u"label" || tag == u"name") && path.size() > 1) {
            Text label;
            readText(&label, TextKind::Name, u"organizations"_s);
            if (!labelled.last()) {
                // A slash would read as two folders.
                path.last() = label.value.replace(u'/', u'-');
                labelled.last() = true;
            }
        } else {
            m_xml.skipCurrentElement(); // documentation, properties
        }
    }
}

void ExchangeParser::parseViews()
{
    // 2.1: <views><view>…; 3.x: <views><diagrams><view>… (and viewpoints beside).
    const auto viewList = [this] {
        while (m_xml.readNextStartElement()) {
            if (isArchimate() && m_xml.name() == u"view") {
                m_model->views.append(RawView());
                parseView(&m_model->views.last());
            } else {
                m_xml.skipCurrentElement();
            }
        }
    };
    if (m_version2) {
        viewList();
        return;
    }
    while (m_xml.readNextStartElement()) {
        if (isArchimate() && m_xml.name() == u"diagrams")
            viewList();
        else
            m_xml.skipCurrentElement(); // viewpoints
    }
}

void ExchangeParser::parseView(RawView *view)
{
    view->line = m_xml.lineNumber();
    view->id = identifier(IdKind::View);
    if (view->id.isEmpty())
        view->id = ViewId::create().toString();
    Text name;
    Text documentation;
    while (m_xml.readNextStartElement()) {
        const QStringView tag = m_xml.name();
        if (!isArchimate())
            m_xml.skipCurrentElement();
        else if (isTag(tag, u"name", u"label"))
            readText(&name, TextKind::Name, view->id);
        else if (tag == u"documentation")
            readText(&documentation, TextKind::Documentation, view->id);
        else if (tag == u"properties")
            parseProperties(&view->properties, view->id);
        else if (tag == u"node")
            parseNodes(view);
        else if (tag == u"connection")
            parseConnection(view);
        else
            m_xml.skipCurrentElement();
    }
    view->name = name.value;
    view->documentation = documentation.value;
    keepLanguages(name, documentation, &view->properties);
}

void ExchangeParser::parseNodes(RawView *view)
{
    // Without recursion: a hostile file may nest nodes very deep.
    QList<qsizetype> open; // the node elements not closed yet, outermost first
    QList<Text> labels;
    const auto start = [&]() {
        if (open.size() >= limits::MaxNestingDepth) {
            const QString id = m_xml.attributes().value(u"identifier"_s).toString();
            fail(ExchangeReader::tr("the node “%1” is nested more than %2 levels deep (in the "
                                    "view “%3”).")
                         .arg(quotedText(id))
                         .arg(limits::MaxNestingDepth)
                         .arg(quotedText(view->id)));
            return false;
        }
        startNode(view, open.isEmpty() ? NodeId() : view->nodes.at(open.last()).node.id);
        open.append(view->nodes.size() - 1);
        labels.append(Text());
        return true;
    };
    start();
    while (!open.isEmpty() && !m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            // Every other child element is read to its end where it starts.
            view->nodes[open.last()].node.label = labels.last().value;
            open.removeLast();
            labels.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ViewNode &node = view->nodes[open.last()].node;
        const QStringView tag = m_xml.name();
        if (!isArchimate()) {
            m_xml.skipCurrentElement();
        } else if (tag == u"node") {
            if (!start())
                return;
        } else if (tag == u"label") {
            readText(&labels.last(), TextKind::Other, node.id.toString());
        } else if (tag == u"style") {
            parseStyle(&node.style);
        } else if (m_version2 && tag == u"fillColor") { // 2.1: the colour straight in the node
            node.style.fillColor = readColor();
        } else if (tag == u"viewRef") {
            if (node.viewRef.isNull())
                node.viewRef = ViewId(m_xml.attributes().value(u"ref"_s).toString());
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

void ExchangeParser::startNode(RawView *view, const NodeId &parent)
{
    RawNode raw;
    raw.line = m_xml.lineNumber();
    ViewNode &node = raw.node;
    const QString id = identifier(IdKind::Node);
    node.id = id.isEmpty() ? NodeId::create() : NodeId(id);
    node.parent = parent;
    const QXmlStreamAttributes attributes = m_xml.attributes();
    // 3.x: xsi:type Element, Container or Label; 2.1: type="group" or an elementref.
    const QString type = m_version2 ? attributes.value(u"type"_s).toString() : xsiType();
    const QString element =
            attributes.value(m_version2 ? u"elementref"_s : u"elementRef"_s).toString();
    if (type == (m_version2 ? u"group" : u"Container"))
        node.kind = NodeKind::Group;
    else if (type == (m_version2 ? u"note" : u"Label"))
        node.kind = NodeKind::Note;
    else if (type.isEmpty() || type == u"Element")
        node.kind = type == u"Element" || !element.isEmpty() ? NodeKind::Element : NodeKind::Group;
    else
        raw.problem = ExchangeReader::tr("it is of the kind “%1”, which is no kind of node of "
                                         "the exchange format")
                              .arg(quotedText(type));
    if (node.kind == NodeKind::Element && raw.problem.isEmpty()) {
        if (element.isEmpty())
            raw.problem = ExchangeReader::tr("it shows no element (it has no elementRef)");
        node.element = ElementId(element);
    }
    const QString owner = node.id.toString();
    node.bounds = QRectF(coordinate(u"x", owner), coordinate(u"y", owner),
                         coordinate(u"w", owner), coordinate(u"h", owner));
    view->nodes.append(std::move(raw));
}

double ExchangeParser::coordinate(QStringView name, const QString &owner)
{
    const QStringView text = m_xml.attributes().value(name.toString());
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && std::isfinite(value) && std::abs(value) <= MaxCoordinate)
        return value;
    fail(ExchangeReader::tr("the coordinate %1=\"%2\" of “%3” is not a number from -%4 to %4.")
                 .arg(name.toString(), quotedText(text, 40), quotedText(owner))
                 .arg(MaxCoordinate, 0, 'g', 10));
    return 0;
}

void ExchangeParser::parseConnection(RawView *view)
{
    RawConnection raw;
    raw.line = m_xml.lineNumber();
    ViewConnection &connection = raw.connection;
    const QString id = identifier(IdKind::Connection);
    connection.id = id.isEmpty() ? ConnectionId::create() : ConnectionId(id);
    const QString type = xsiType();
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString relationship =
            attributes.value(m_version2 ? u"relationshipref"_s : u"relationshipRef"_s).toString();
    const bool isRelationship = type == u"Relationship" || type == u"NestingRelationship"
            || (type != u"Line" && !relationship.isEmpty());
    if (isRelationship && relationship.isEmpty())
        raw.problem = ExchangeReader::tr("it shows no relationship (it has no relationshipRef)");
    if (isRelationship)
        connection.relationship = RelationshipId(relationship);
    connection.source = NodeId(attributes.value(u"source"_s).toString());
    connection.target = NodeId(attributes.value(u"target"_s).toString());
    const QString owner = connection.id.toString();
    while (m_xml.readNextStartElement()) {
        const QStringView tag = m_xml.name();
        if (!isArchimate()) {
            m_xml.skipCurrentElement();
        } else if (tag == u"style") {
            parseStyle(&connection.style);
        } else if (tag == u"bendpoint") {
            connection.bendpoints.append(QPointF(coordinate(u"x", owner), coordinate(u"y", owner)));
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement(); // label, documentation, attachments
        }
    }
    view->connections.append(std::move(raw));
}

void ExchangeParser::parseStyle(NodeStyle *style)
{
    bool ok = false;
    const double width = m_xml.attributes().value(u"lineWidth"_s).toDouble(&ok);
    style->lineWidth = ok && std::isfinite(width) && width > 0 && width <= limits::MaxLineWidth ? width : 0;
    while (m_xml.readNextStartElement()) {
        const QStringView tag = m_xml.name();
        if (!isArchimate()) {
            m_xml.skipCurrentElement();
        } else if (tag == u"fillColor") {
            style->fillColor = readColor();
        } else if (tag == u"lineColor") {
            style->lineColor = readColor();
        } else if (tag == u"font") {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            QString font = attributes.value(u"name"_s).left(MaxNameLength).toString();
            // A font name no font has is dropped rather than refusing the file.
            style->fontName = checkedText(font, MaxNameLength) == TextFault::None ? font : QString();
            bool ok = false;
            const double size = attributes.value(u"size"_s).toDouble(&ok);
            style->fontSize = ok && std::isfinite(size) && size > 0 && size < limits::MaxFontSize ? size : 0;
            while (m_xml.readNextStartElement()) {
                if (isArchimate() && m_xml.name() == u"color")
                    style->fontColor = readColor();
                else
                    m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

QString ExchangeParser::readColor()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    m_xml.skipCurrentElement();
    const auto channel = [&attributes](const QString &name, int maximum, int absent) {
        if (!attributes.hasAttribute(name))
            return absent;
        bool ok = false;
        const int value = attributes.value(name).toInt(&ok);
        return ok && value >= 0 && value <= maximum ? value : -1;
    };
    Color color;
    color.r = channel(u"r"_s, 255, -1);
    color.g = channel(u"g"_s, 255, -1);
    color.b = channel(u"b"_s, 255, -1);
    color.opacity = channel(u"a"_s, 100, 100);
    // A colour the file gets wrong is left out rather than refusing the file.
    if (color.r < 0 || color.g < 0 || color.b < 0 || color.opacity < 0)
        return {};
    return colorName(color);
}

} // namespace kt
