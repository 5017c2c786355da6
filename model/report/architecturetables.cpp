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
        for (const ElementType &type : c.profile().elementTypes()) {
            const auto it = elements.constFind(type.id);
            if (it != elements.constEnd() && shows(component, type))
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
    for (const Relationship &r : data.relationships) {
        if (!Exchanges.contains(r.type))
            continue;
        const Element *source = data.elements.find(r.source);
        const Element *target = data.elements.find(r.target);
        if (!source || !target)
            continue;
        QStringList through;
        if (isPlatform(target))
            through.append(target->name);
        else if (isPlatform(source))
            through.append(source->name);
        else
            for (const Element *p : platformsOf.value(r.source))
                if (platformsOf.value(r.target).contains(p))
                    through.append(p->name);
        // Only what goes through a platform or reaches a national system.
        if (through.isEmpty() && !isExternal(source) && !isExternal(target))
            continue;
        QString exchanged = r.name.isEmpty() ? r.documentation : r.name;
        if (exchanged.isEmpty())
            if (const RelationshipType *type = profile.relationshipType(r.type))
                exchanged = type->name.text(c.language().language());
        ReportContext::addRow(table,
                              {source->name, target->name,
                               through.isEmpty()
                                       ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "direct"))
                                       : through.join(u"\n"_s),
                               exchanged});
    }
    if (table.rows.isEmpty())
        s.blocks.append(ReportContext::paragraph(
                c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                      "The model has no connection through a platform.")),
                ParagraphRole::Note));
    else
        s.blocks.append(ReportContext::block(std::move(table)));
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
