#include "comparisonreport.h"

#include "reportcontext.h"
#include "../diff/viewoverlay.h"

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const View *overallView(const ModelData &data)
{
    for (const View &view : data.views)
        if (view.kind == ViewKind::Overall)
            return &view;
    return nullptr;
}

class ComparisonBuilder
{
public:
    ComparisonBuilder(const ModelData &oldModel, const ModelData &newModel, const ModelDiff &diff,
        const ReportOptions &options)
        : m_old(oldModel)
        , m_new(newModel)
        , m_diff(diff)
        , c(newModel, options)
    {
        // Components are named in the framework the diff compared in.
        m_compared = newModel.profile;
        if (oldModel.profile && oldModel.profile->id() == diff.frameworkId)
            m_compared = oldModel.profile;
    }

    ReportDocument build();

private:
    QString lang() const { return c.language().language(); }
    QString version(const ModelData &model) const;
    QString componentName(const QString &layerId) const;
    QString typeName(const Profile *profile, const QString &type) const;
    QString fieldName(const QString &key) const;
    QString fieldValue(const Profile *profile, const QString &key, const QString &value) const;
    QString elementName(const ModelData &model, const ElementId &id) const;
    QString relationshipTypeName(const Profile *profile, const QString &type) const;
    QStringList componentOrder() const;

    ReportSection summary();
    ReportSection diagrams();
    ReportSection details();
    ReportSection kindSection(int number, const char *title, QList<ReportTableColumn> columns,
        const char *tableTitle, const QList<QStringList> &rows);

    const ModelData &m_old;
    const ModelData &m_new;
    const ModelDiff &m_diff;
    ReportContext c;
    ProfilePtr m_compared;
};

QString ComparisonBuilder::version(const ModelData &model) const
{
    if (!model.info.versionLabel.isEmpty())
        return model.info.versionLabel;
    return model.info.name;
}

QString ComparisonBuilder::componentName(const QString &layerId) const
{
    if (const Layer *layer = m_compared ? m_compared->layer(layerId) : nullptr)
        return layer->name.text(lang());
    return layerId.isEmpty() ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "(no component)"))
                             : layerId;
}

QString ComparisonBuilder::typeName(const Profile *profile, const QString &type) const
{
    const ElementType *t = profile ? profile->elementType(type) : nullptr;
    return t ? t->name.text(lang()) : type;
}

QString ComparisonBuilder::relationshipTypeName(const Profile *profile, const QString &type) const
{
    const RelationshipType *t = profile ? profile->relationshipType(type) : nullptr;
    return t ? t->name.text(lang()) : type;
}

QString ComparisonBuilder::fieldName(const QString &key) const
{
    if (key == u"documentation")
        return c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Description"));
    if (key == u"name")
        return c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Name"));
    if (key == u"type")
        return c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Type"));
    if (key == u"source")
        return c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Source"));
    if (key == u"target")
        return c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Target"));
    if (const PropertyDefinition *p = m_new.profile ? m_new.profile->property(key) : nullptr)
        return p->name.text(lang());
    if (const PropertyDefinition *p = m_old.profile ? m_old.profile->property(key) : nullptr)
        return p->name.text(lang());
    return key;
}

QString ComparisonBuilder::fieldValue(
    const Profile *profile, const QString &key, const QString &value) const
{
    if (value.isEmpty())
        return u"—"_s;
    return profile ? profile->displayValue(key, value, lang()) : value;
}

QString ComparisonBuilder::elementName(const ModelData &model, const ElementId &id) const
{
    const Element *e = model.elements.find(id);
    return e ? e->name : id.toString();
}

QStringList ComparisonBuilder::componentOrder() const
{
    QStringList order;
    if (m_compared)
        for (const Layer &layer : m_compared->layers())
            order.append(layer.id);
    for (const ElementChange &change : m_diff.elements)
        if (!order.contains(change.component()))
            order.append(change.component());
    return order;
}

ReportDocument ComparisonBuilder::build()
{
    ReportDocument d = c.document(ReportKind::Comparison);
    const QString oldVersion = version(m_old);
    const QString newVersion = version(m_new);
    const QString architecture = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                         "the e-Government architecture of %1 Province"))
                                     .arg(m_new.info.province);
    d.title
        = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Comparison of %1, version %2 and version %3"))
              .arg(architecture, oldVersion, newVersion);
    d.hasHeaderBlock = true;
    d.header = c.headerBlock(true);
    d.documentType = c.upper(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Report")));
    d.subject
        = { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Comparison of %1,")).arg(architecture),
              c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "version %1 and version %2"))
                  .arg(oldVersion, newVersion) };

    const DiffCounts elements = m_diff.elementCounts();
    d.preamble.append({ ParagraphRole::Body, {},
        c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                "This report compares version %1 (%2) with version %3 (%4) of %5. "
                "From one version to the other, %6 elements were added, %7 "
                "removed, %8 renamed, %9 given another type, %10 moved to another "
                "component and %11 changed in their properties."))
            .arg(oldVersion, m_old.info.name, newVersion, m_new.info.name, architecture)
            .arg(elements.added)
            .arg(elements.removed)
            .arg(elements.renamed)
            .arg(elements.retyped)
            .arg(elements.moved)
            .arg(elements.changed) });
    if (m_old.profile && m_new.profile && m_old.profile->id() != m_new.profile->id()) {
        const ProfilePtr &from = m_compared == m_new.profile ? m_old.profile : m_new.profile;
        d.preamble.append({ ParagraphRole::Body, {},
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                    "Version %1 follows the %2 and version %3 the %4; the types of the %5 "
                    "are compared through their counterparts in the %6."))
                .arg(oldVersion, m_old.profile->name().text(lang()), newVersion,
                    m_new.profile->name().text(lang()), from->name().text(lang()),
                    m_compared->name().text(lang())) });
    }
    d.sections.append(summary());
    d.sections.append(diagrams());
    d.sections.append(details());

    d.recipientsTitle = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Recipients:"));
    d.recipients = c.recipients();
    d.hasSigner = true;
    d.signer = c.signer();
    return d;
}

ReportSection ComparisonBuilder::summary()
{
    ReportSection s;
    s.number = ReportContext::roman(1);
    s.title = c.upper(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Summary of the changes")));
    const QList<ReportTableColumn> columns {
        { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Component")), 3 },
        { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Added")), 1,
            ReportTableColumn::Align::Center },
        { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Removed")), 1,
            ReportTableColumn::Align::Center },
        { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Renamed")), 1,
            ReportTableColumn::Align::Center },
        { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Retyped")), 1,
            ReportTableColumn::Align::Center },
        { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Moved")), 1.1,
            ReportTableColumn::Align::Center },
        { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Changed")), 1,
            ReportTableColumn::Align::Center }
    };
    ReportTable table = c.table(
        c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Changes of the elements by component")),
        columns);
    const QHash<QString, DiffCounts> counts = m_diff.elementCountsByComponent();
    const auto cells = [](const DiffCounts &n) {
        return QStringList { QString::number(n.added), QString::number(n.removed),
            QString::number(n.renamed), QString::number(n.retyped), QString::number(n.moved),
            QString::number(n.changed) };
    };
    for (const QString &component : componentOrder()) {
        const DiffCounts n = counts.value(component);
        if (!n.isEmpty() || (m_compared && m_compared->layer(component)))
            ReportContext::addRow(table, QStringList { componentName(component) } + cells(n));
    }
    table.rows.append(
        QStringList { QString(), c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Total")) }
        + cells(m_diff.elementCounts()));
    s.blocks.append(ReportContext::block(std::move(table)));

    const DiffCounts relationships = m_diff.relationshipCounts();
    const DiffCounts views = m_diff.viewCounts();
    s.blocks.append(ReportContext::paragraph(
        c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                "Relationships: %1 added, %2 removed, %3 changed. Diagrams: %4 added, %5 "
                "removed, %6 renamed, %7 with changed content."))
            .arg(relationships.added)
            .arg(relationships.removed)
            .arg(relationships.changed)
            .arg(views.added)
            .arg(views.removed)
            .arg(views.renamed)
            .arg(views.changed)));
    return s;
}

ReportSection ComparisonBuilder::diagrams()
{
    ReportSection s;
    s.number = ReportContext::roman(2);
    s.title = c.upper(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "The overall diagrams")));
    const View *oldView = overallView(m_old);
    const View *newView = overallView(m_new);
    if (!oldView && !newView) {
        s.blocks.append(ReportContext::paragraph(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Neither version has an overall diagram.")),
            ParagraphRole::Note));
        return s;
    }
    // The explanation comes before the figures: each fills a landscape page of its own.
    s.blocks.append(ReportContext::paragraph(
        c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                "The figures below show the overall diagram of each version, "
                "then the changes marked on the diagram of version %1: elements "
                "added since version %2 are outlined in green with a solid line, "
                "changed ones in amber with a dotted line, renamed ones carry "
                "their former name, and what version %2 had and version %1 no "
                "longer has is drawn in red, dashed, where it stood."))
            .arg(version(m_new), version(m_old))));
    auto oldCopy = std::make_shared<const ModelData>(m_old);
    if (oldView) {
        ReportFigure figure = c.figure(*oldView,
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Overall diagram, version %1"))
                .arg(version(m_old)),
            true);
        figure.model = oldCopy;
        s.blocks.append(ReportContext::block(std::move(figure)));
    } else {
        s.blocks.append(ReportContext::paragraph(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Version %1 has no overall diagram."))
                .arg(version(m_old)),
            ParagraphRole::Note));
    }
    if (!newView) {
        s.blocks.append(ReportContext::paragraph(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Version %1 has no overall diagram."))
                .arg(version(m_new)),
            ParagraphRole::Note));
        return s;
    }
    s.blocks.append(ReportContext::block(c.figure(*newView,
        c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Overall diagram, version %1"))
            .arg(version(m_new)),
        true)));
    ReportFigure overlay = c.figure(*newView,
        c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                "Changes from version %1 on the overall diagram of version %2"))
            .arg(version(m_old), version(m_new)),
        true);
    overlay.overlay = std::make_shared<const ViewOverlay>(
        ViewOverlay::forNewView(m_diff, m_old, m_new, newView->id));
    s.blocks.append(ReportContext::block(std::move(overlay)));
    return s;
}

ReportSection ComparisonBuilder::kindSection(int number, const char *title,
    QList<ReportTableColumn> columns, const char *tableTitle, const QList<QStringList> &rows)
{
    ReportSection s;
    s.number = QString::number(number);
    s.title = c.t(title);
    s.level = 2;
    if (rows.isEmpty()) {
        s.blocks.append(ReportContext::paragraph(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "None.")), ParagraphRole::Note));
        return s;
    }
    ReportTable table = c.table(c.t(tableTitle), columns);
    for (const QStringList &row : rows)
        ReportContext::addRow(table, row);
    s.blocks.append(ReportContext::block(std::move(table)));
    return s;
}

ReportSection ComparisonBuilder::details()
{
    ReportSection s;
    s.number = ReportContext::roman(3);
    s.title = c.upper(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Changes in detail")));
    const Profile *oldProfile = m_old.profile.get();
    const Profile *newProfile = m_new.profile.get();

    QList<QStringList> added, removed, renamed, retyped, moved, changed;
    for (const ElementChange &e : m_diff.elements) {
        if (e.isAdded()) {
            const Element *element = m_new.elements.find(e.newId);
            added.append({ componentName(e.newComponent), typeName(newProfile, e.newType),
                e.newName,
                element ? fieldValue(newProfile, u"lifecycle"_s, element->property(u"lifecycle"_s))
                        : QString() });
            continue;
        }
        if (e.isRemoved()) {
            removed.append(
                { componentName(e.oldComponent), typeName(oldProfile, e.oldType), e.oldName });
            continue;
        }
        if (e.isRenamed())
            renamed.append({ componentName(e.newComponent), e.oldName, e.newName });
        if (e.isRetyped())
            retyped.append(
                { e.newName, typeName(oldProfile, e.oldType), typeName(newProfile, e.newType) });
        if (e.isMoved())
            moved.append(
                { e.newName, componentName(e.oldComponent), componentName(e.newComponent) });
        for (const FieldChange &f : e.fields)
            changed.append({ e.newName, fieldName(f.key), fieldValue(oldProfile, f.key, f.oldValue),
                fieldValue(newProfile, f.key, f.newValue) });
    }

    const ReportTableColumn component { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Component")),
        2 };
    const ReportTableColumn name { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Name")), 3 };
    int n = 0;
    s.sections.append(kindSection(++n, QT_TRANSLATE_NOOP("kt::ReportBuilder", "Added elements"),
        { component, { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Type")), 2 }, name,
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Status")), 1.2 } },
        QT_TRANSLATE_NOOP("kt::ReportBuilder", "Elements added"), added));
    s.sections.append(kindSection(++n, QT_TRANSLATE_NOOP("kt::ReportBuilder", "Removed elements"),
        { component, { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Type")), 2 }, name },
        QT_TRANSLATE_NOOP("kt::ReportBuilder", "Elements removed"), removed));
    s.sections.append(kindSection(++n, QT_TRANSLATE_NOOP("kt::ReportBuilder", "Renamed elements"),
        { component, { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Former name")), 3 },
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "New name")), 3 } },
        QT_TRANSLATE_NOOP("kt::ReportBuilder", "Elements renamed"), renamed));
    s.sections.append(
        kindSection(++n, QT_TRANSLATE_NOOP("kt::ReportBuilder", "Elements of another type"),
            { name, { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Former type")), 2 },
                { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "New type")), 2 } },
            QT_TRANSLATE_NOOP("kt::ReportBuilder", "Elements given another type"), retyped));
    s.sections.append(kindSection(++n,
        QT_TRANSLATE_NOOP("kt::ReportBuilder", "Elements moved to another component"),
        { name, { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Former component")), 2 },
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "New component")), 2 } },
        QT_TRANSLATE_NOOP("kt::ReportBuilder", "Elements moved to another component"), moved));
    s.sections.append(kindSection(++n, QT_TRANSLATE_NOOP("kt::ReportBuilder", "Changed properties"),
        { name, { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Property")), 1.6 },
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Former value")), 2 },
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "New value")), 2 } },
        QT_TRANSLATE_NOOP("kt::ReportBuilder", "Properties changed"), changed));

    QList<QStringList> relationships;
    for (const RelationshipChange &r : m_diff.relationships) {
        QString what;
        QString source;
        QString target;
        QString type;
        if (r.isAdded()) {
            what = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Added"));
            source = elementName(m_new, r.newSource);
            target = elementName(m_new, r.newTarget);
            type = relationshipTypeName(newProfile, r.newType);
        } else if (r.isRemoved()) {
            what = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Removed"));
            source = elementName(m_old, r.oldSource);
            target = elementName(m_old, r.oldTarget);
            type = relationshipTypeName(oldProfile, r.oldType);
        } else {
            QStringList fields;
            for (const FieldChange &f : r.fields)
                fields.append(fieldName(f.key));
            what = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Changed: %1"))
                       .arg(fields.join(u", "_s));
            source = elementName(m_new, r.newSource);
            target = elementName(m_new, r.newTarget);
            type = relationshipTypeName(newProfile, r.newType);
        }
        relationships.append({ source, type, target, what });
    }
    s.sections.append(kindSection(++n, QT_TRANSLATE_NOOP("kt::ReportBuilder", "Relationships"),
        { { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Source")), 3 },
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Relationship")), 1.6 },
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Target")), 3 },
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Change")), 1.6 } },
        QT_TRANSLATE_NOOP("kt::ReportBuilder", "Relationships added, removed and changed"),
        relationships));

    QList<QStringList> views;
    for (const ViewChange &v : m_diff.views) {
        QString what;
        if (v.isAdded()) {
            what = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Added"));
        } else if (v.isRemoved()) {
            what = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Removed"));
        } else {
            QStringList parts;
            if (v.isRenamed())
                parts.append(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "renamed from “%1”"))
                                 .arg(v.oldName));
            int nodesAdded = 0, nodesRemoved = 0, nodesMoved = 0;
            for (const NodeChange &node : v.nodes) {
                if (node.kind == NodeChange::Added)
                    ++nodesAdded;
                else if (node.kind == NodeChange::Removed)
                    ++nodesRemoved;
                else
                    ++nodesMoved;
            }
            int connectionsAdded = 0;
            for (const ConnectionChange &connection : v.connections)
                connectionsAdded += connection.added ? 1 : 0;
            const int connectionsRemoved = int(v.connections.size()) - connectionsAdded;
            if (nodesAdded || nodesRemoved || nodesMoved)
                parts.append(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                     "shapes: %1 added, %2 removed, %3 moved or resized"))
                                 .arg(nodesAdded)
                                 .arg(nodesRemoved)
                                 .arg(nodesMoved));
            if (connectionsAdded || connectionsRemoved)
                parts.append(
                    c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "lines: %1 added, %2 removed"))
                        .arg(connectionsAdded)
                        .arg(connectionsRemoved));
            what = parts.join(u"; "_s);
        }
        views.append({ v.isRemoved() ? v.oldName : v.newName, what });
    }
    s.sections.append(kindSection(++n, QT_TRANSLATE_NOOP("kt::ReportBuilder", "Diagrams"),
        { { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Diagram")), 3 },
            { c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Change")), 4 } },
        QT_TRANSLATE_NOOP("kt::ReportBuilder", "Diagrams added, removed and changed"), views));
    return s;
}

} // namespace

ReportDocument ComparisonReport::build(const ModelData &oldModel, const ModelData &newModel,
    const ModelDiff &diff, const ReportOptions &options)
{
    return ComparisonBuilder(oldModel, newModel, diff, options).build();
}

} // namespace kt
