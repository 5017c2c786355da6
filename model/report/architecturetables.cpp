#include "architecturetables.h"

#include "reportbuilder.h"
#include "../validate/validator.h"

#include <QLocale>
#include <QRectF>
#include <QSet>

#include <map>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString Task = u"task"_s;
const QString LeadUnit = u"leadUnit"_s;
const QString PartnerUnits = u"partnerUnits"_s;
const QString Period = u"period"_s;
const QString Budget = u"budget"_s;
const QString FundingSource = u"fundingSource"_s;

ReportSection chapterSection(const ReportContext &c, const QString &id)
{
    ReportSection s;
    s.title = c.upper(c.t(ReportBuilder::chapterTitleSource(id)));
    return s;
}

ReportSection subsection(int number, const QString &title)
{
    ReportSection s;
    s.number = QString::number(number);
    s.title = title;
    s.level = 2;
    return s;
}

// The elements of each type, in model order.
QHash<QString, QList<const Element *>> byType(const ModelData &data)
{
    QHash<QString, QList<const Element *>> result;
    for (const Element &e : data.elements)
        result[e.type].append(&e);
    return result;
}

bool shows(const ComponentArchitecture &component, const ElementType &type)
{
    return component.elementTypes.contains(type.id) || component.layers.contains(type.layer)
            || (!type.band.isEmpty() && component.bands.contains(type.layer + u'/' + type.band));
}

// The component's view: the view that remembers the component (what
// ComponentDiagram::find looks for; its setting is "component").
const View *componentView(const ModelData &data, const QString &componentId)
{
    for (const View &view : data.views)
        if (view.settings.value(u"component"_s) == componentId)
            return &view;
    return nullptr;
}

// A table of elements of one type with the typed properties any of them has
// (the roadmap's are in the roadmap; the original ArchiMate type is for tools).
ReportTable typeTable(ReportContext &c, const ElementType &type,
                      const QList<const Element *> &elements)
{
    const QStringList skipped = ArchitectureTables::roadmapKeys() + QStringList{u"archimateType"_s};
    QStringList keys;
    for (const QString &key : type.properties) {
        if (skipped.contains(key))
            continue;
        for (const Element *e : elements)
            if (!e->property(key).isEmpty()) {
                keys.append(key);
                break;
            }
    }
    QList<ReportTableColumn> columns{{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Name")), 3}};
    for (const QString &key : std::as_const(keys))
        columns.append({c.propertyName(key), 1.2});
    ReportTable table = c.table(type.name.text(c.language().language()), columns);
    table.landscape = keys.size() > 5;
    for (const Element *e : elements) {
        QStringList cells{e->name};
        for (const QString &key : std::as_const(keys))
            cells.append(c.value(*e, key));
        ReportContext::addRow(table, cells);
    }
    return table;
}

// The relationships of a model by end, for the tables that follow them.
struct Links
{
    explicit Links(const ModelData &data)
    {
        for (const Relationship &r : data.relationships) {
            to[r.target].append(&r);
            from[r.source].append(&r);
        }
    }
    QHash<ElementId, QList<const Relationship *>> to;
    QHash<ElementId, QList<const Relationship *>> from;
};

QString layerOf(const Profile &profile, const Element *e)
{
    const ElementType *type = e ? profile.elementType(e->type) : nullptr;
    return type ? type->layer : QString();
}

QString joined(QStringList names)
{
    names.removeDuplicates();
    return names.isEmpty() ? u"—"_s : names.join(u"\n"_s);
}

// The business architecture as the approved documents tabulate it: each function
// or process with its domain (lĩnh vực), the agencies that perform it and the
// applications that support it.
ReportTable businessTable(ReportContext &c, const Links &links, QSet<QString> *covered)
{
    const ModelData &data = c.data();
    const Profile &profile = c.profile();
    ReportTable table = c.table(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Business functions by domain")),
            {{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Domain")), 2},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Business function")), 3},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Performed by")), 2},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Supporting applications")), 2.5}});
    const auto isType = [](const Element *e, const QString &type) { return e && e->type == type; };
    // The domains of a function: those that aggregate or compose it, else those
    // of the function a process is part of.
    const auto domainsOf = [&](const Element &e) {
        QStringList domains;
        QList<const Element *> parents;
        for (const Relationship *r : links.to.value(e.id)) {
            const Element *source = data.elements.find(r->source);
            if (r->type != u"aggregates" && r->type != u"composed-of")
                continue;
            if (isType(source, u"domain"_s))
                domains.append(source->name);
            else if (isType(source, u"business-function"_s))
                parents.append(source);
        }
        for (const Element *parent : std::as_const(parents))
            for (const Relationship *r : links.to.value(parent->id))
                if (const Element *source = data.elements.find(r->source);
                    isType(source, u"domain"_s) && r->type != u"governs")
                    domains.append(source->name);
        return domains;
    };
    QList<QStringList> rows;
    for (const Element &e : data.elements) {
        if (e.type != u"business-function" && e.type != u"business-process"
            && e.type != u"generic-business")
            continue;
        QStringList performers;
        QStringList applications;
        for (const Relationship *r : links.to.value(e.id)) {
            const Element *source = data.elements.find(r->source);
            if (!source)
                continue;
            if (r->type == u"performs")
                performers.append(source->name);
            else if (r->type == u"serves" && layerOf(profile, source) != u"business")
                applications.append(source->name);
        }
        rows.append({joined(domainsOf(e)), e.name, joined(performers), joined(applications)});
    }
    // By domain, functions without one last; the model's order within a domain.
    std::stable_sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) {
        const bool aNone = a.first() == u"—", bNone = b.first() == u"—";
        if (aNone != bNone)
            return bNone;
        return QString::localeAwareCompare(a.first(), b.first()) < 0;
    });
    for (QStringList &row : rows)
        ReportContext::addRow(table, std::move(row));
    covered->unite({u"domain"_s, u"business-function"_s, u"business-process"_s,
                    u"generic-business"_s});
    return table;
}

// The databases as the approved documents tabulate them: what each holds, its
// owner, and the platform its data is shared through.
ReportTable dataTable(ReportContext &c, const Links &links, QSet<QString> *covered)
{
    const ModelData &data = c.data();
    const Profile &profile = c.profile();
    ReportTable table = c.table(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Databases and the sharing of their data")),
            {{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Database")), 2.6},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Data")), 2.6},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Owner agency")), 1.8},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Shared through")), 1.8}});
    // The platforms are the targets of the framework's "integrates-via" rules.
    QSet<QString> platformTypes;
    for (const RelationshipRule &rule : profile.rules())
        if (rule.relationship == u"integrates-via")
            for (const QString &type : rule.to.types)
                platformTypes.insert(type);
    const auto isPlatform = [&](const Element *e) { return e && platformTypes.contains(e->type); };
    const auto isDatabase = [&](const Element &e) {
        const ElementType *type = profile.elementType(e.type);
        return type && ((type->layer == u"data-apps" && type->band == u"databases")
                        || e.type == u"national-database");
    };
    for (const Element &e : data.elements) {
        if (!isDatabase(e))
            continue;
        covered->insert(e.type);
        QStringList held;
        QStringList sharedThrough;
        QStringList owners{c.value(e, u"owner"_s)};
        owners.removeAll(QString());
        // Platforms that keep it, or that its data flows to.
        const auto platformsOf = [&](const ElementId &id, const QString &type) {
            for (const Relationship *r : links.from.value(id))
                if (r->type == type)
                    if (const Element *target = data.elements.find(r->target); isPlatform(target))
                        sharedThrough.append(target->name);
        };
        for (const Relationship *r : links.to.value(e.id)) {
            const Element *source = data.elements.find(r->source);
            if (r->type != u"stores" || !source)
                continue;
            if (isPlatform(source))
                sharedThrough.append(source->name);
            else
                platformsOf(source->id, u"integrates-via"_s);
        }
        for (const Relationship *r : links.from.value(e.id)) {
            const Element *target = data.elements.find(r->target);
            if (r->type == u"aggregates" && layerOf(profile, target) == u"data") {
                held.append(target->name);
                platformsOf(target->id, u"data-flow"_s);
            }
        }
        ReportContext::addRow(
                table, {e.name, joined(held), joined(owners),
                        sharedThrough.isEmpty()
                                ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "not shared"))
                                : joined(sharedThrough)});
    }
    return table;
}

} // namespace

QStringList ArchitectureTables::roadmapKeys()
{
    return {Task, LeadUnit, PartnerUnits, Period, Budget, FundingSource};
}

ReportSection ArchitectureTables::components(ReportContext &c)
{
    ReportSection s = chapterSection(c, u"components"_s);
    const QString language = c.language().language();
    const QHash<QString, QList<const Element *>> elements = byType(c.data());
    const Links links(c.data());
    int number = 0;
    for (const ComponentArchitecture &component : c.profile().components()) {
        ReportSection sub = subsection(++number, component.name.text(language));
        if (const View *view = componentView(c.data(), component.id)) {
            // A wide diagram gets a landscape page of its own: on the portrait width
            // its names would come out too small to read.
            QRectF extent;
            for (const ViewNode &node : view->nodes)
                extent = extent.united(node.bounds);
            const bool wide = extent.width() > 1.2 * extent.height();
            sub.blocks.append(ReportContext::block(c.figure(*view, component.name.text(language),
                                                            wide)));
        } else {
            sub.blocks.append(ReportContext::paragraph(
                    c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                          "The model has no view of this component yet "
                                          "(Diagram ▸ Component architecture makes it).")),
                    ParagraphRole::Note));
        }
        // The business and data architectures open with the tables the approved
        // documents have; the types those cover get no table of their own.
        QSet<QString> covered;
        const auto any = [&](std::initializer_list<QString> types) {
            return std::any_of(types.begin(), types.end(),
                               [&](const QString &type) { return elements.contains(type); });
        };
        if (component.id == u"business"
            && any({u"business-function"_s, u"business-process"_s, u"generic-business"_s}))
            sub.blocks.append(ReportContext::block(businessTable(c, links, &covered)));
        else if (component.id == u"data"
                 && any({u"shared-database"_s, u"sector-database"_s, u"data-warehouse"_s,
                         u"shared-catalogue"_s, u"open-data"_s, u"national-database"_s}))
            sub.blocks.append(ReportContext::block(dataTable(c, links, &covered)));
        for (const ElementType &type : c.profile().elementTypes()) {
            const auto it = elements.constFind(type.id);
            if (it != elements.constEnd() && shows(component, type) && !covered.contains(type.id))
                sub.blocks.append(ReportContext::block(typeTable(c, type, *it)));
        }
        // Security: the level of every information system of the province
        // (Decree 85/2016), whichever component it belongs to.
        if (component.id == u"security") {
            ReportTable table = c.table(
                    c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                          "Security levels of the information systems")),
                    {{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "System")), 3},
                     {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Owner agency")), 2},
                     {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Operating unit")), 2},
                     {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Level")), 0.8,
                      ReportTableColumn::Align::Center},
                     {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Level dossier")), 1.3}});
            for (const Element &e : c.data().elements) {
                const ElementType *type = c.profile().elementType(e.type);
                if (type && type->informationSystem)
                    ReportContext::addRow(table, {e.name, c.value(e, u"owner"_s),
                                                  c.value(e, u"operatingUnit"_s),
                                                  c.value(e, u"securityLevel"_s),
                                                  c.value(e, u"levelDossier"_s)});
            }
            sub.blocks.append(ReportContext::block(std::move(table)));
        }
        s.sections.append(std::move(sub));
    }
    return s;
}

ReportSection ArchitectureTables::connections(ReportContext &c)
{
    ReportSection s = chapterSection(c, u"connections"_s);
    const ModelData &data = c.data();
    const Profile &profile = c.profile();
    // The platforms are what the framework lets systems integrate through
    // (LGSP, NDXP, …): the targets of its "integrates-via" rules.
    QSet<QString> platformTypes;
    for (const RelationshipRule &rule : profile.rules())
        if (rule.relationship == u"integrates-via")
            for (const QString &type : rule.to.types)
                platformTypes.insert(type);
    const auto isPlatform = [&](const Element *e) { return e && platformTypes.contains(e->type); };
    const auto isExternal = [&](const Element *e) {
        const ElementType *type = e ? profile.elementType(e->type) : nullptr;
        return type && type->layer == u"external";
    };
    // Which platforms each system integrates through.
    QHash<ElementId, QList<const Element *>> platformsOf;
    for (const Relationship &r : data.relationships)
        if (r.type == u"integrates-via")
            if (const Element *target = data.elements.find(r.target); isPlatform(target))
                platformsOf[r.source].append(target);

    ReportTable table = c.table(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Connections through the platforms")),
            {{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Source")), 2.5},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Target")), 2.5},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Through platform")), 2},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Data exchanged")), 2}});
    static const QSet<QString> Exchanges{u"integrates-via"_s, u"exchanges-data"_s,
                                         u"data-flow"_s, u"connects-to"_s};
    // The data and databases a system keeps (its "stores" relationships), for the
    // links that do not say what they carry.
    const auto isData = [&](const Element *e) {
        const ElementType *type = e ? profile.elementType(e->type) : nullptr;
        return type && type->layer == u"data";
    };
    QHash<ElementId, QStringList> storedBy;
    for (const Relationship &r : data.relationships)
        if (r.type == u"stores")
            if (const Element *stored = data.elements.find(r.target))
                storedBy[r.source].append(stored->name);
    // What a link carries: its name or description; else the data object at one
    // of its ends; else what its source system stores; else a dash.
    const auto exchanged = [&](const Relationship &r, const Element *source,
                               const Element *target) {
        if (!r.name.isEmpty())
            return r.name;
        if (!r.documentation.isEmpty())
            return r.documentation;
        if (isData(source))
            return source->name;
        if (isData(target))
            return target->name;
        const QStringList stored = storedBy.value(r.source);
        return stored.isEmpty() ? u"—"_s : stored.join(u"\n"_s);
    };
    for (const Relationship &r : data.relationships) {
        if (!Exchanges.contains(r.type))
            continue;
        const Element *source = data.elements.find(r.source);
        const Element *target = data.elements.find(r.target);
        if (!source || !target)
            continue;
        // A system's own link to a platform names the platform as its target:
        // the "through" column then says nothing more than the target does.
        const bool toPlatform = isPlatform(target) || isPlatform(source);
        QStringList through;
        if (!toPlatform)
            for (const Element *p : platformsOf.value(r.source))
                if (platformsOf.value(r.target).contains(p))
                    through.append(p->name);
        // Only what goes through a platform or reaches a national system.
        if (!toPlatform && through.isEmpty() && !isExternal(source) && !isExternal(target))
            continue;
        ReportContext::addRow(table,
                              {source->name, target->name,
                               toPlatform ? u"—"_s
                               : through.isEmpty()
                                       ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "direct"))
                                       : through.join(u"\n"_s),
                               exchanged(r, source, target)});
    }
    if (table.rows.isEmpty())
        s.blocks.append(ReportContext::paragraph(
                c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                      "The model has no connection through a platform.")),
                ParagraphRole::Note));
    else {
        s.blocks.append(ReportContext::block(std::move(table)));
        s.blocks.append(ReportContext::paragraph(
                c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                      "A dash under “Through platform” marks a row whose source "
                                      "or target is the platform itself.")),
                ParagraphRole::Note));
    }
    return s;
}

ReportSection ArchitectureTables::roadmap(ReportContext &c)
{
    ReportSection s = chapterSection(c, u"roadmap"_s);
    // What the province builds (lifecycle new) or upgrades, of the types that
    // carry the roadmap's properties, by period (the phase when none is given).
    std::map<QString, QList<const Element *>> byPeriod;
    for (const Element &e : c.data().elements) {
        const QString lifecycle = e.property(u"lifecycle"_s);
        if (lifecycle != u"new" && lifecycle != u"upgrade")
            continue;
        const ElementType *type = c.profile().elementType(e.type);
        if (!type || !type->properties.contains(Task))
            continue;
        const QString period = e.property(Period).isEmpty() ? e.property(u"phase"_s)
                                                            : e.property(Period);
        byPeriod[period].append(&e);
    }
    const QLocale locale(c.language().language() == u"en" ? QLocale::English
                                                          : QLocale::Vietnamese);
    int number = 0;
    for (const auto &[period, elements] : byPeriod) {
        ReportSection sub = subsection(
                ++number, period.isEmpty()
                        ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Period not yet set"))
                        : c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Period %1")).arg(period));
        ReportTable table = c.table(
                c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Tasks of the period %1"))
                        .arg(period.isEmpty() ? QStringLiteral("…") : period),
                {{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Task")), 3},
                 {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Lead unit")), 1.6},
                 {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Partner units")), 1.6},
                 {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Period")), 1,
                  ReportTableColumn::Align::Center},
                 {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                        "Estimated budget (million VND)")),
                  1.2, ReportTableColumn::Align::Right},
                 {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Funding source")), 1.3}});
        qint64 total = 0;
        for (const Element *e : elements) {
            QString task = e->property(Task);
            if (task.isEmpty())
                task = (e->property(u"lifecycle"_s) == u"new"
                                ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Build %1"))
                                : c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Upgrade %1")))
                               .arg(e->name);
            bool ok = false;
            const qint64 budget = e->property(Budget).toLongLong(&ok);
            if (ok)
                total += budget;
            ReportContext::addRow(table,
                                  {task,
                                   e->property(LeadUnit).isEmpty() ? e->property(u"owner"_s)
                                                                   : e->property(LeadUnit),
                                   e->property(PartnerUnits), period,
                                   ok ? locale.toString(budget) : QString(),
                                   c.value(*e, FundingSource)});
        }
        sub.blocks.append(ReportContext::block(std::move(table)));
        if (total > 0)
            sub.blocks.append(ReportContext::paragraph(
                    c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                          "Estimated budget of the period: %1 million VND."))
                            .arg(locale.toString(total)),
                    ParagraphRole::Note));
        s.sections.append(std::move(sub));
    }
    if (byPeriod.empty())
        s.blocks.append(ReportContext::paragraph(
                c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                      "No element of the model is to be built or upgraded.")),
                ParagraphRole::Note));
    return s;
}

ReportSection ArchitectureTables::appendix(ReportContext &c)
{
    ReportSection s = chapterSection(c, u"appendix"_s);
    s.appendix = true;
    s.newPage = true;
    const QString language = c.language().language();

    // Appendix 1: every element, by the layer (thành phần) it belongs to.
    ReportSection inventory;
    inventory.number = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Appendix %1")).arg(1);
    inventory.title = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Inventory of the elements"));
    inventory.level = 2;
    QHash<QString, QList<const Element *>> byLayer;
    QList<const Element *> unknown;
    for (const Element &e : c.data().elements) {
        if (const ElementType *type = c.profile().elementType(e.type))
            byLayer[type->layer].append(&e);
        else
            unknown.append(&e);
    }
    const QList<ReportTableColumn> columns{
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Name")), 3},
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Type")), 1.8},
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Owner agency")), 1.8},
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Status")), 1}};
    const auto addTable = [&](const QString &title, const QList<const Element *> &elements) {
        ReportTable table = c.table(title, columns);
        table.listing = true;
        for (const Element *e : elements)
            ReportContext::addRow(table, {e->name, c.typeName(e->type), c.value(*e, u"owner"_s),
                                          c.value(*e, u"lifecycle"_s)});
        inventory.blocks.append(ReportContext::block(std::move(table)));
    };
    for (const Layer &layer : c.profile().layers())
        if (const auto it = byLayer.constFind(layer.id); it != byLayer.constEnd())
            addTable(layer.name.text(language), *it);
    if (!unknown.isEmpty())
        addTable(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Elements of unknown types")),
                 unknown);
    s.sections.append(std::move(inventory));

    // Appendix 2: what the validator finds, so that a reader sees what is not done.
    ReportSection findings;
    findings.number = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Appendix %1")).arg(2);
    findings.title = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Findings of the validation"));
    findings.level = 2;
    const QList<Finding> found = Validator::validate(c.data());
    if (found.isEmpty()) {
        findings.blocks.append(ReportContext::paragraph(
                c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                      "The validation finds no problem in the model."))));
    } else {
        ReportTable table = c.table(
                c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Findings of the validation")),
                {{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Severity")), 1},
                 {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Finding")), 5}});
        for (const Finding &f : found)
            ReportContext::addRow(
                    table, {f.severity == Severity::Error
                                    ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Error"))
                                    : c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Warning")),
                            f.message});
        findings.blocks.append(ReportContext::block(std::move(table)));
    }
    s.sections.append(std::move(findings));
    return s;
}

} // namespace kt
