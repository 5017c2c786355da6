#include "inventoryreport.h"

namespace kt {

using namespace Qt::StringLiterals;

ReportDocument InventoryReport::build(const ModelData &data, const ReportOptions &options)
{
    ReportContext c(data, options);
    ReportDocument d = c.document(ReportKind::Inventory);
    const QString subject = c.t(QT_TRANSLATE_NOOP(
            "kt::ReportBuilder", "Information systems of %1 Province and their security levels"))
                                    .arg(data.info.province);
    d.title = subject;
    d.hasHeaderBlock = true;
    d.header = c.headerBlock(true);
    d.documentType = c.upper(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Report")));
    d.subject = {subject};

    // index 0: no level (or one outside 1–5), 1..5: the level.
    QList<QList<const Element *>> byLevel(6);
    qsizetype systems = 0;
    for (const Element &e : data.elements) {
        const ElementType *type = c.profile().elementType(e.type);
        if (!type || !type->informationSystem)
            continue;
        ++systems;
        bool ok = false;
        const int level = e.property(u"securityLevel"_s).toInt(&ok);
        byLevel[ok && level >= 1 && level <= 5 ? level : 0].append(&e);
    }
    d.preamble.append({ParagraphRole::Body, {},
                       c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                             "The architecture of the province has %1 information "
                                             "systems; %2 of them have a security level "
                                             "determined under Decree 85/2016/ND-CP."))
                               .arg(systems)
                               .arg(systems - byLevel.at(0).size())});

    const QList<ReportTableColumn> columns{
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "System")), 3},
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Owner agency")), 2},
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Operating unit")), 2},
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Level dossier")), 1.3},
            {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Status")), 1}};
    int number = 0;
    for (int level : {1, 2, 3, 4, 5, 0}) {
        ReportSection s;
        s.number = ReportContext::roman(++number);
        s.title = c.upper(level == 0 ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                                             "Systems without a security level"))
                                     : c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                                             "Systems of security level %1"))
                                               .arg(level));
        const QList<const Element *> &elements = byLevel.at(level);
        if (elements.isEmpty()) {
            s.blocks.append(ReportContext::paragraph(
                    c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "No system.")),
                    ParagraphRole::Note));
        } else {
            ReportTable table = c.table(
                    level == 0 ? c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                                       "Information systems without a level"))
                               : c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                                       "Information systems of level %1"))
                                         .arg(level),
                    columns);
            for (const Element *e : elements)
                ReportContext::addRow(table, {e->name, c.value(*e, u"owner"_s),
                                              c.value(*e, u"operatingUnit"_s),
                                              c.value(*e, u"levelDossier"_s),
                                              c.value(*e, u"lifecycle"_s)});
            s.blocks.append(ReportContext::block(std::move(table)));
        }
        d.sections.append(std::move(s));
    }

    d.recipientsTitle = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Recipients:"));
    d.recipients = c.recipients();
    d.hasSigner = true;
    d.signer = c.signer();
    return d;
}

} // namespace kt
