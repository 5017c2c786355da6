#include "architecturereport.h"

#include "architecturetables.h"
#include "reportbuilder.h"

#include <QSet>

namespace kt {

using namespace Qt::StringLiterals;

ReportDocument ArchitectureReport::build(const ModelData &data, const ReportOptions &options)
{
    ReportContext context(data, options);
    ArchitectureReport report(context);
    ReportDocument d = context.document(ReportKind::Architecture);
    const ReportContext &c = context;

    d.title = c.architectureName();
    d.hasHeaderBlock = true;
    d.header = c.headerBlock(false);
    d.documentType = c.upper(d.title);
    const QDate decisionDate = c.options().date.isValid() ? c.options().date
                                                          : data.info.decisionDate;
    d.issuedWith = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                         "(Issued with Decision No. %1 %2 of the People's "
                                         "Committee of %3 Province)"))
                           .arg(c.documentReference(), c.language().date(decisionDate),
                                data.info.province);
    d.coverPage = true;

    const QStringList wanted = options.chapters.isEmpty() ? ReportBuilder::chapterIds()
                                                          : options.chapters;
    d.tableOfContents = wanted.contains(u"contents"_s);
    d.tableOfContentsTitle = c.upper(c.t(ReportBuilder::chapterTitleSource(u"contents"_s)));

    int numbered = 0;
    for (const QString &id : ReportBuilder::chapterIds()) {
        if (!wanted.contains(id) || id == u"contents" || id == u"abbreviations")
            continue;
        ReportSection section = report.chapter(id);
        if (!c.draft() && ReportContext::isEmpty(section))
            continue;
        if (!section.appendix) {
            section.number = ReportContext::roman(++numbered);
            section.newPage = numbered == 1;
        }
        d.sections.append(std::move(section));
    }
    // Made last, from everything the document prints, and placed first.
    if (wanted.contains(u"abbreviations"_s)) {
        ReportSection list = report.abbreviations(d);
        if (!ReportContext::isEmpty(list)) {
            list.newPage = true;
            d.sections.prepend(std::move(list));
        }
    }
    return d;
}

ReportSection ArchitectureReport::chapter(const QString &id)
{
    if (id == u"general")
        return general();
    if (id == u"current")
        return current();
    if (id == u"vision")
        return vision();
    if (id == u"overall")
        return overall();
    if (id == u"components")
        return ArchitectureTables::components(c);
    if (id == u"connections")
        return ArchitectureTables::connections(c);
    if (id == u"roadmap")
        return ArchitectureTables::roadmap(c);
    if (id == u"implementation")
        return narrativeChapter(ReportTextSection::Implementation);
    return ArchitectureTables::appendix(c);
}

namespace {
ReportSection titled(const ReportContext &c, const QString &chapterId)
{
    ReportSection s;
    s.title = c.upper(c.t(ReportBuilder::chapterTitleSource(chapterId)));
    s.level = 1;
    return s;
}
} // namespace

ReportSection ArchitectureReport::narrativeSection(int number, ReportTextSection section)
{
    ReportSection s;
    s.number = QString::number(number);
    s.title = c.t(ReportTexts::titleSource(section));
    s.level = 2;
    s.blocks = c.narrative(section);
    return s;
}

ReportSection ArchitectureReport::narrativeChapter(ReportTextSection section)
{
    ReportSection s = titled(c, u"implementation"_s);
    s.blocks = c.narrative(section);
    return s;
}

ReportSection ArchitectureReport::general()
{
    ReportSection s = titled(c, u"general"_s);
    s.sections.append(narrativeSection(1, ReportTextSection::Necessity));

    ReportSection legal;
    legal.number = u"2"_s;
    legal.title = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Legal basis"));
    legal.level = 2;
    ReportBlock bases;
    bases.kind = ReportBlock::Kind::Bullets;
    bases.bullets = c.legalBases();
    legal.blocks.append(bases);
    s.sections.append(legal);

    s.sections.append(narrativeSection(3, ReportTextSection::Purpose));
    s.sections.append(narrativeSection(4, ReportTextSection::Scope));
    if (!c.draft()) {
        // Left-out sections take their numbers with them.
        s.sections.removeIf([](const ReportSection &sub) { return ReportContext::isEmpty(sub); });
        for (qsizetype i = 0; i < s.sections.size(); ++i)
            s.sections[i].number = QString::number(i + 1);
    }
    return s;
}

ReportSection ArchitectureReport::current()
{
    ReportSection s = titled(c, u"current"_s);
    // What runs today: every information system not still to be built, with
    // its lifecycle saying whether it stays, is upgraded or is retired.
    ReportTable table = c.table(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Current information systems")),
            {{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "System")), 3},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Owner agency")), 2},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Deployment level")), 1.3},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Status")), 1.1},
             {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Security level")), 0.9,
              ReportTableColumn::Align::Center}});
    for (const Element &e : c.data().elements) {
        const ElementType *type = c.profile().elementType(e.type);
        if (!type || !type->informationSystem || e.property(u"lifecycle"_s) == u"new")
            continue;
        ReportContext::addRow(table, {e.name, c.value(e, u"owner"_s),
                                      c.value(e, u"deploymentLevel"_s),
                                      c.value(e, u"lifecycle"_s),
                                      c.value(e, u"securityLevel"_s)});
    }
    s.blocks.append(ReportContext::paragraph(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                  "The province operates %1 information systems (%2)."))
                    .arg(table.rows.size())
                    .arg(table.caption.section(u'.', 0, 0))));
    s.blocks.append(ReportContext::block(std::move(table)));
    return s;
}

ReportSection ArchitectureReport::vision()
{
    ReportSection s = titled(c, u"vision"_s);
    s.sections.append(narrativeSection(1, ReportTextSection::Vision));
    s.sections.append(narrativeSection(2, ReportTextSection::Principles));
    if (!c.draft()) {
        s.sections.removeIf([](const ReportSection &sub) { return ReportContext::isEmpty(sub); });
        for (qsizetype i = 0; i < s.sections.size(); ++i)
            s.sections[i].number = QString::number(i + 1);
    }
    return s;
}

ReportSection ArchitectureReport::overall()
{
    ReportSection s = titled(c, u"overall"_s);
    const View *view = nullptr;
    for (const View &v : c.data().views)
        if (v.kind == ViewKind::Overall) {
            view = &v;
            break;
        }
    if (!view) {
        s.blocks.append(ReportContext::paragraph(
                c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                      "The model has no overall diagram yet (Diagram ▸ Overall "
                                      "diagram makes it).")),
                ParagraphRole::Note));
        return s;
    }
    ReportFigure figure = c.figure(
            *view, c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Overall diagram of the %1"))
                           .arg(c.architectureName()),
            true);
    s.blocks.append(ReportContext::paragraph(
            c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                  "The overall diagram (%1) shows the components of the "
                                  "architecture and how they are connected."))
                    .arg(figure.caption.section(u'.', 0, 0))));
    s.blocks.append(ReportContext::block(std::move(figure)));
    return s;
}

namespace {

// Adds the abbreviation-like words of a text (letters and digits between other
// characters) that the profile knows.
void collect(const QString &text, const QHash<QString, const Abbreviation *> &known,
             QSet<QString> &found)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool word = i < text.size() && text.at(i).isLetterOrNumber();
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            const QStringView w = QStringView(text).mid(start, i - start);
            // Abbreviations are capitals; most words are not.
            if (w.size() >= 2 && w.at(0).isUpper() && w.at(1).isUpper()) {
                const QString s = w.toString();
                if (known.contains(s))
                    found.insert(s);
            }
            start = -1;
        }
    }
}

void collect(const ReportSection &section, const QHash<QString, const Abbreviation *> &known,
             QSet<QString> &found)
{
    collect(section.title, known, found);
    for (const ReportBlock &b : section.blocks) {
        collect(b.paragraph.text, known, found);
        for (const QString &item : b.bullets)
            collect(item, known, found);
        collect(b.table.caption, known, found);
        for (const ReportTableColumn &column : b.table.columns)
            collect(column.header, known, found);
        for (const QStringList &row : b.table.rows)
            for (const QString &cell : row)
                collect(cell, known, found);
        collect(b.figure.caption, known, found);
    }
    for (const ReportSection &sub : section.sections)
        collect(sub, known, found);
}

} // namespace

ReportSection ArchitectureReport::abbreviations(const ReportDocument &document)
{
    ReportSection s = titled(c, u"abbreviations"_s);
    QHash<QString, const Abbreviation *> known;
    for (const Abbreviation &a : c.profile().abbreviations())
        known.insert(a.abbreviation, &a);
    QSet<QString> found;
    collect(document.documentType, known, found);
    collect(document.issuedWith, known, found);
    for (const ReportSection &section : document.sections)
        collect(section, known, found);
    // Diagrams print element names too: every element's name counts.
    for (const Element &e : c.data().elements)
        collect(e.name, known, found);

    // An unnumbered list, in the profile's order.
    ReportTable table =
            c.table({}, {{c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Abbreviation")), 1.2},
                         {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Meaning")), 5}});
    for (const Abbreviation &a : c.profile().abbreviations())
        if (found.contains(a.abbreviation))
            ReportContext::addRow(table,
                                  {a.abbreviation, a.expansion.text(c.language().language())});
    if (!table.rows.isEmpty())
        s.blocks.append(ReportContext::block(std::move(table)));
    return s;
}

} // namespace kt
