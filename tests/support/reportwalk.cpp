#include "reportwalk.h"

#include <functional>

namespace kt::test {

QList<const ReportSection *> reportSections(const ReportDocument &document)
{
    QList<const ReportSection *> result;
    std::function<void(const ReportSection &)> walk = [&](const ReportSection &s) {
        result.append(&s);
        for (const ReportSection &sub : s.sections)
            walk(sub);
    };
    for (const ReportSection &s : document.sections)
        walk(s);
    return result;
}

QList<const ReportBlock *> reportBlocks(const ReportDocument &document, ReportBlock::Kind kind)
{
    QList<const ReportBlock *> result;
    for (const ReportSection *s : reportSections(document))
        for (const ReportBlock &b : s->blocks)
            if (b.kind == kind)
                result.append(&b);
    return result;
}

const ReportSection *reportChapter(const ReportDocument &document, const QString &title)
{
    for (const ReportSection &s : document.sections)
        if (s.title == title)
            return &s;
    return nullptr;
}

QString reportText(const ReportDocument &d)
{
    QStringList t{d.documentType, d.issuedWith, d.subject.join(u'\n'), d.header.parentBody,
                  d.header.issuingBody, d.header.number, d.header.nationalTitle, d.header.motto,
                  d.header.placeAndDate, d.tableOfContentsTitle};
    for (const ReportParagraph &p : d.preamble)
        t << p.lead << p.text;
    for (const ReportSection *s : reportSections(d)) {
        t << s->heading();
        for (const ReportBlock &b : s->blocks) {
            t << b.paragraph.lead << b.paragraph.text << b.bullets << b.table.caption
              << b.figure.caption;
            for (const ReportTableColumn &c : b.table.columns)
                t << c.header;
            for (const QStringList &row : b.table.rows)
                t << row;
        }
    }
    t << d.recipientsTitle << d.recipients << d.signer.titleLines << d.signer.name;
    return t.join(u'\n');
}

} // namespace kt::test
