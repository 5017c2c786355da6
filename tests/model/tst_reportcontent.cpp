// The content of the reports as data (model/report), in English (the source
// texts: no translation is linked here): the architecture document's chapters in
// order, numbered tables and figures with their STT column, the architect's
// narrative (placeholders in a draft, left out in the final), the chapters
// option, the decision and the inventory, and the report options in the model's
// properties, in the .ktm and exchange files and in JSON.
#include <support/reportwalk.h>
#include <support/samplemodel.h>

#include <model/io/exchangereader.h>
#include <model/io/exchangewriter.h>
#include <model/report/reportbuilder.h>
#include <model/report/reporttexts.h>
#include <model/store/ktmstore.h>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestReportContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chaptersInOrder();
    void tablesHaveNumberedRows();
    void captionsNumberedInOrder();
    void placeholdersInDraftOnly();
    void narrativeParagraphsAndBullets();
    void chaptersOption();
    void currentStateAndSecurity();
    void roadmapByPeriod();
    void connectionsThroughPlatforms();
    void abbreviationsFromNames();
    void appendixListsEveryElement();
    void decision();
    void inventory();
    void signerNamePlaceholder();
    void recipientsOfAReport();
    void emptyColumnDraftAndFinal();
    void exampleNamesOperatingUnits();
    void createdIsNeverNow();
    void optionsRoundTripThroughProperties();
    void optionsInKtmAndExchangeFiles();
    void optionsFromJson();
    void optionsFromJsonErrors_data();
    void optionsFromJsonErrors();

private:
    static ReportOptions english(ReportKind kind = ReportKind::Architecture)
    {
        ReportOptions o;
        o.kind = kind;
        o.language = u"en"_s;
        return o;
    }
    static QList<const ReportBlock *> blocks(const ReportDocument &d, ReportBlock::Kind kind)
    {
        return test::reportBlocks(d, kind);
    }
    static const ReportSection *chapter(const ReportDocument &d, const QString &title)
    {
        return test::reportChapter(d, title);
    }

    ModelData m_example;
};

void TestReportContent::initTestCase()
{
    ExchangeReader reader;
    QVERIFY2(reader.readFile(QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-2.0.xml"),
                             m_example),
             qPrintable(reader.errorString()));
}

void TestReportContent::chaptersInOrder()
{
    const ReportDocument d = ReportBuilder::build(m_example, english());
    QCOMPARE(d.kind, ReportKind::Architecture);
    QVERIFY(d.coverPage);
    QVERIFY(d.hasHeaderBlock);
    QVERIFY(d.tableOfContents);
    QCOMPARE(d.tableOfContentsTitle, u"CONTENTS"_s);
    QCOMPARE(d.documentType, u"E-GOVERNMENT ARCHITECTURE OF VĨNH PHÚC PROVINCE, VERSION 2.0"_s);
    QVERIFY2(d.issuedWith.startsWith(u"(Issued with Decision No. 2795/QĐ-UBND"_s),
             qPrintable(d.issuedWith));
    QVERIFY(d.issuedWith.endsWith(u"of the People's Committee of Vĩnh Phúc Province)"_s));

    QStringList headings;
    for (const ReportSection &s : d.sections)
        headings.append(s.heading());
    QCOMPARE(headings, (QStringList{u"ABBREVIATIONS"_s, u"I. GENERAL INFORMATION"_s,
                                    u"II. CURRENT STATE"_s, u"III. VISION AND PRINCIPLES"_s,
                                    u"IV. OVERALL DIAGRAM"_s, u"V. COMPONENT ARCHITECTURES"_s,
                                    u"VI. CONNECTION AND INTEROPERABILITY"_s, u"VII. ROADMAP"_s,
                                    u"VIII. ORGANISATION OF IMPLEMENTATION"_s, u"APPENDICES"_s}));
    QVERIFY(d.sections.last().appendix);
    // Chapter I: necessity, legal basis, purpose, scope.
    QStringList general;
    for (const ReportSection &s : d.sections.at(1).sections)
        general.append(s.heading());
    QCOMPARE(general, (QStringList{u"1. Necessity"_s, u"2. Legal basis"_s, u"3. Purpose"_s,
                                   u"4. Scope"_s}));
    // The legal basis lists the legal documents in force and the framework.
    const QStringList bases = d.sections.at(1).sections.at(1).blocks.at(0).bullets;
    QVERIFY(bases.contains(u"Nghị định 47/2020/NĐ-CP về quản lý, kết nối và chia sẻ dữ liệu số"_s));
    QVERIFY(!bases.join(u' ').contains(u"2795"_s)); // the decision being drafted is no basis
    QVERIFY(bases.last().contains(u"2323/QĐ-BTTTT"_s));
    // Chapter V has one section per component of the profile, each with its view.
    const ReportSection &components = d.sections.at(5);
    QCOMPARE(components.sections.size(), m_example.profile->components().size());
    for (const ReportSection &s : components.sections)
        QCOMPARE(s.level, 2);
}

void TestReportContent::tablesHaveNumberedRows()
{
    const ReportDocument d = ReportBuilder::build(m_example, english());
    const QList<const ReportBlock *> tables = blocks(d, ReportBlock::Kind::Table);
    QVERIFY(tables.size() > 10);
    for (const ReportBlock *b : tables) {
        QCOMPARE(b->table.columns.first().header, u"No."_s);
        for (qsizetype i = 0; i < b->table.rows.size(); ++i) {
            QCOMPARE(b->table.rows.at(i).size(), b->table.columns.size());
            QCOMPARE(b->table.rows.at(i).first(), QString::number(i + 1));
        }
    }
}

void TestReportContent::captionsNumberedInOrder()
{
    const ReportDocument d = ReportBuilder::build(m_example, english());
    int tables = 0;
    int figures = 0;
    for (const ReportSection *s : test::reportSections(d))
        for (const ReportBlock &b : s->blocks) {
            if (b.kind == ReportBlock::Kind::Table && !b.table.caption.isEmpty())
                QVERIFY2(b.table.caption.startsWith(u"Table %1. "_s.arg(++tables)),
                         qPrintable(b.table.caption));
            if (b.kind == ReportBlock::Kind::Figure)
                QVERIFY2(b.figure.caption.startsWith(u"Figure %1. "_s.arg(++figures)),
                         qPrintable(b.figure.caption));
        }
    QVERIFY(tables > 10);
    // The overall diagram and the example's component views.
    QVERIFY(figures >= 3);
    const QList<const ReportBlock *> figureBlocks = blocks(d, ReportBlock::Kind::Figure);
    QVERIFY(figureBlocks.first()->figure.landscape);
    const View *overall = m_example.views.find(figureBlocks.first()->figure.view);
    QVERIFY(overall);
    QCOMPARE(overall->kind, ViewKind::Overall);
}

void TestReportContent::placeholdersInDraftOnly()
{
    const auto placeholders = [](const ReportDocument &d) {
        int n = 0;
        for (const ReportBlock *b : blocks(d, ReportBlock::Kind::Paragraph))
            n += b->paragraph.role == ParagraphRole::Placeholder;
        return n;
    };
    ModelData empty = test::emptyModel();
    empty.info.province = u"Hà Giang"_s;
    ReportOptions options = english();
    const ReportDocument draft = ReportBuilder::build(empty, options);
    QVERIFY(draft.draft);
    QCOMPARE(placeholders(draft), 6); // one per narrative section
    QVERIFY(chapter(draft, u"ORGANISATION OF IMPLEMENTATION"_s));

    options.final = true;
    const ReportDocument final = ReportBuilder::build(empty, options);
    QVERIFY(!final.draft);
    QCOMPARE(placeholders(final), 0);
    QVERIFY(!chapter(final, u"ORGANISATION OF IMPLEMENTATION"_s));
    // Chapter I keeps only the legal basis, renumbered; the chapters after it too.
    const ReportSection *general = chapter(final, u"GENERAL INFORMATION"_s);
    QVERIFY(general);
    QCOMPARE(general->number, u"I"_s);
    QCOMPARE(general->sections.size(), 1);
    QCOMPARE(general->sections.first().heading(), u"1. Legal basis"_s);
    QVERIFY(!chapter(final, u"VISION AND PRINCIPLES"_s));
    QCOMPARE(chapter(final, u"OVERALL DIAGRAM"_s)->number, u"III"_s);

    // The example has all its texts: no placeholder even in a draft.
    QCOMPARE(placeholders(ReportBuilder::build(m_example, english())), 0);
}

void TestReportContent::narrativeParagraphsAndBullets()
{
    ModelData model = test::emptyModel();
    model.info.extraProperties = ReportTexts::withText(
            {{u"other"_s, u"kept"_s}}, ReportTextSection::Principles,
            u"First paragraph,\nstill the first.\n\n- one\n- two\nLast."_s);
    QCOMPARE(model.info.extraProperties.first(), (Property{u"other"_s, u"kept"_s}));
    QCOMPARE(ReportTexts::text(model.info.extraProperties, ReportTextSection::Principles),
             u"First paragraph,\nstill the first.\n\n- one\n- two\nLast."_s);
    const ReportDocument d = ReportBuilder::build(model, english());
    const ReportSection *vision = chapter(d, u"VISION AND PRINCIPLES"_s);
    QVERIFY(vision);
    const QList<ReportBlock> &b = vision->sections.at(1).blocks;
    QCOMPARE(b.size(), 3);
    QCOMPARE(b.at(0).paragraph.text, u"First paragraph, still the first."_s);
    QCOMPARE(b.at(1).kind, ReportBlock::Kind::Bullets);
    QCOMPARE(b.at(1).bullets, (QStringList{u"one"_s, u"two"_s}));
    QCOMPARE(b.at(2).paragraph.text, u"Last."_s);
    // An empty text removes the property.
    QCOMPARE(ReportTexts::withText(model.info.extraProperties, ReportTextSection::Principles, {}),
             (PropertyList{{u"other"_s, u"kept"_s}}));
    QCOMPARE(ReportTexts::propertyKey(ReportTextSection::Implementation),
             u"kt:report.text.implementation"_s);
}

void TestReportContent::chaptersOption()
{
    ReportOptions options = english();
    options.chapters = {u"roadmap"_s, u"current"_s};
    const ReportDocument d = ReportBuilder::build(m_example, options);
    QVERIFY(!d.tableOfContents);
    QCOMPARE(d.sections.size(), 2);
    // In the document's order, whatever the option's order.
    QCOMPARE(d.sections.at(0).heading(), u"I. CURRENT STATE"_s);
    QCOMPARE(d.sections.at(1).heading(), u"II. ROADMAP"_s);
    // Numbering restarts with what is printed.
    QVERIFY(blocks(d, ReportBlock::Kind::Table).first()->table.caption.startsWith(u"Table 1. "_s));
    QCOMPARE(ReportBuilder::chapterIds().first(), u"contents"_s);
    QCOMPARE(ReportBuilder::chapterTitle(u"roadmap"_s, u"en"_s), u"Roadmap"_s);
}

void TestReportContent::currentStateAndSecurity()
{
    const ReportDocument d = ReportBuilder::build(m_example, english());
    const ReportTable &current = chapter(d, u"CURRENT STATE"_s)->blocks.at(1).table;
    QStringList headers;
    for (const ReportTableColumn &c : current.columns)
        headers.append(c.header);
    QCOMPARE(headers, (QStringList{u"No."_s, u"System"_s, u"Owner agency"_s,
                                   u"Deployment level"_s, u"Status"_s, u"Security level"_s}));
    QStringList names;
    for (const QStringList &row : current.rows)
        names.append(row.at(1));
    // The SOC runs; the LGSP is still being built (shared/DOMAIN.md §4).
    QVERIFY(names.contains(m_example.elements.find(ElementId(u"id-vp-soc"_s))->name));
    QVERIFY(!names.contains(m_example.elements.find(ElementId(u"id-vp-lgsp"_s))->name));

    const ReportSection &security = chapter(d, u"COMPONENT ARCHITECTURES"_s)->sections.last();
    const ReportTable &levels = security.blocks.last().table;
    QVERIFY2(levels.caption.endsWith(u"Security levels of the information systems"_s),
             qPrintable(levels.caption));
    QCOMPARE(levels.columns.size(), 6);
    QCOMPARE(levels.columns.at(5).header, u"Level dossier"_s);
}

void TestReportContent::roadmapByPeriod()
{
    const ReportDocument d = ReportBuilder::build(m_example, english());
    const ReportSection *roadmap = chapter(d, u"ROADMAP"_s);
    QVERIFY(roadmap);
    QStringList periods;
    bool lgsp = false;
    for (const ReportSection &s : roadmap->sections) {
        periods.append(s.title);
        const ReportTable &table = s.blocks.first().table;
        QCOMPARE(table.columns.size(), 7);
        for (const QStringList &row : table.rows)
            if (row.at(1).contains(u"(LGSP)"_s)) {
                lgsp = true;
                QCOMPARE(row.at(2), u"Sở Thông tin và Truyền thông"_s);
                QCOMPARE(row.at(4), u"2021–2022"_s);
                QCOMPARE(row.at(5), u"9,000"_s);
                QCOMPARE(row.at(6), u"Provincial budget"_s);
            }
    }
    QVERIFY(lgsp);
    QCOMPARE(periods, (QStringList{u"Period 2021–2022"_s, u"Period 2021–2025"_s,
                                   u"Period 2023–2025"_s}));
}

void TestReportContent::connectionsThroughPlatforms()
{
    const ReportDocument d = ReportBuilder::build(m_example, english());
    const ReportTable &table = chapter(d, u"CONNECTION AND INTEROPERABILITY"_s)->blocks.first().table;
    const QString lgsp = m_example.elements.find(ElementId(u"id-vp-lgsp"_s))->name;
    const QString portal = m_example.elements.find(ElementId(u"id-vp-cong-dvc-qg"_s))->name;
    QSet<QString> typeNames;
    for (const RelationshipType &type : m_example.profile->relationshipTypes())
        typeNames.insert(type.name.text(u"en"_s));
    bool viaLgsp = false;
    bool national = false;
    bool dataNamed = false;
    for (const QStringList &row : table.rows) {
        viaLgsp = viaLgsp || row.at(3) == lgsp;
        national = national || row.at(2) == portal;
        // A link to the platform itself does not repeat it as the platform it goes through.
        if (row.at(2) == lgsp || row.at(1) == lgsp)
            QCOMPARE(row.at(3), u"—"_s);
        // What is exchanged is data, never the name of the relationship's type.
        QVERIFY2(!typeNames.contains(row.at(4)), qPrintable(row.join(u" | "_s)));
        dataNamed = dataNamed || (row.at(1) == u"Dữ liệu chủ về thửa đất"_s && row.at(4) == row.at(1));
    }
    QVERIFY(viaLgsp);
    QVERIFY(national);
    QVERIFY(dataNamed);
}

void TestReportContent::abbreviationsFromNames()
{
    const ReportDocument d = ReportBuilder::build(m_example, english());
    const ReportSection *list = chapter(d, u"ABBREVIATIONS"_s);
    QVERIFY(list);
    QVERIFY(list->newPage);
    const ReportTable &table = list->blocks.first().table;
    QVERIFY(table.caption.isEmpty());
    QHash<QString, QString> found;
    for (const QStringList &row : table.rows)
        found.insert(row.at(1), row.at(2));
    for (const QString &a : {u"LGSP"_s, u"NDXP"_s, u"SOC"_s, u"IOC"_s, u"GIS"_s, u"UBND"_s})
        QVERIFY2(found.contains(a), qPrintable(a));
    QCOMPARE(found.value(u"UBND"_s), u"People's Committee"_s);
    // Only what the document prints: nothing in it is about administrative reform.
    QVERIFY(!found.contains(u"CCHC"_s));
    // A type's name counts as much as an element's ("LAN and WAN" captions a table).
    QVERIFY(found.contains(u"WAN"_s));
}

void TestReportContent::appendixListsEveryElement()
{
    const ReportDocument d = ReportBuilder::build(m_example, english());
    const ReportSection *appendix = chapter(d, u"APPENDICES"_s);
    QVERIFY(appendix);
    QSet<QString> listed;
    for (const ReportBlock &b : appendix->sections.first().blocks)
        for (const QStringList &row : b.table.rows)
            listed.insert(row.at(1));
    for (const Element &e : m_example.elements)
        QVERIFY2(listed.contains(e.name), qPrintable(e.name));
    QCOMPARE(appendix->sections.at(1).heading(), u"Appendix 2. Findings of the validation"_s);
}

void TestReportContent::decision()
{
    ReportOptions options = english(ReportKind::Decision);
    options.signerName = u"Nguyễn Văn Khước"_s;
    const ReportDocument d = ReportBuilder::build(m_example, options);
    QCOMPARE(d.kind, ReportKind::Decision);
    QVERIFY(!d.coverPage);
    QCOMPARE(d.header.issuingBody, u"PEOPLE'S COMMITTEE OF VĨNH PHÚC PROVINCE"_s);
    QCOMPARE(d.header.nationalTitle, u"SOCIALIST REPUBLIC OF VIETNAM"_s);
    QCOMPARE(d.header.number, u"No.: 2795/QĐ-UBND"_s);
    QVERIFY2(d.header.placeAndDate.startsWith(u"Vĩnh Phúc, "_s), qPrintable(d.header.placeAndDate));
    QCOMPARE(d.documentType, u"DECISION"_s);
    QCOMPARE(d.subject.join(u' '),
             u"Approving the E-Government Architecture of Vĩnh Phúc Province, version 2.0"_s);
    QStringList roles;
    QStringList articles;
    for (const ReportParagraph &p : d.preamble) {
        if (p.role == ParagraphRole::Article)
            articles.append(p.lead);
        roles.append(QString::number(int(p.role)));
    }
    QCOMPARE(d.preamble.first().role, ParagraphRole::Centered);
    QCOMPARE(d.preamble.first().text, d.header.issuingBody);
    QCOMPARE(articles, (QStringList{u"Article 1."_s, u"Article 2."_s, u"Article 3."_s}));
    QVERIFY(d.preamble.last().text.endsWith(u"./."_s));
    int bases = 0;
    for (const ReportParagraph &p : d.preamble)
        bases += p.role == ParagraphRole::LegalBasis;
    QCOMPARE(bases, 1 + 3 + 1 + 1); // the local-government law, 3 documents, the framework, the proposal
    QCOMPARE(d.recipientsTitle, u"Recipients:"_s);
    QVERIFY(!d.recipients.isEmpty());
    for (const QString &r : d.recipients)
        QVERIFY(r.startsWith(u"- "_s));
    QVERIFY(d.hasSigner);
    QCOMPARE(d.signer.titleLines, (QStringList{u"ON BEHALF OF THE PEOPLE'S COMMITTEE"_s,
                                               u"FOR THE CHAIR"_s, u"VICE CHAIR"_s}));
    QCOMPARE(d.signer.name, u"Nguyễn Văn Khước"_s);
}

void TestReportContent::inventory()
{
    ReportOptions options = english(ReportKind::Inventory);
    options.date = QDate(2021, 1, 5);
    const ReportDocument d = ReportBuilder::build(m_example, options);
    QCOMPARE(d.documentType, u"REPORT"_s);
    // The inventory takes a number of its own (BC-UBND), blank until given.
    QVERIFY2(d.header.number.endsWith(u"/BC-UBND"_s), qPrintable(d.header.number));
    QVERIFY(!d.header.number.contains(u"2795"_s));
    QCOMPARE(d.header.placeAndDate, u"Vĩnh Phúc, date 05/01/2021"_s);
    QCOMPARE(d.sections.size(), 6);
    QCOMPARE(d.sections.last().heading(), u"VI. SYSTEMS WITHOUT A SECURITY LEVEL"_s);
    qsizetype listed = 0;
    for (const ReportSection &s : d.sections)
        for (const ReportBlock &b : s.blocks)
            listed += b.table.rows.size();
    qsizetype systems = 0;
    for (const Element &e : m_example.elements) {
        const ElementType *type = m_example.profile->elementType(e.type);
        systems += type && type->informationSystem;
    }
    QCOMPARE(listed, systems);
    QVERIFY(systems > 10);
}

// Without a signer's name the draft prints a visible placeholder where the name
// goes; the final leaves the name line empty for the name to be filled in.
void TestReportContent::signerNamePlaceholder()
{
    ReportOptions options = english(ReportKind::Decision);
    QVERIFY(options.signerName.isEmpty());
    const ReportDocument draft = ReportBuilder::build(m_example, options);
    QVERIFY(draft.draft);
    QCOMPARE(draft.signer.name, u"[Full name of the signer]"_s);
    options.final = true;
    const ReportDocument final = ReportBuilder::build(m_example, options);
    QVERIFY(final.hasSigner);
    QCOMPARE(final.signer.titleLines, draft.signer.titleLines);
    QVERIFY2(final.signer.name.isEmpty(), qPrintable(final.signer.name));
    // A name given is printed as it is, in both.
    options.signerName = u" Nguyễn Văn Khước "_s;
    QCOMPARE(ReportBuilder::build(m_example, options).signer.name, u"Nguyễn Văn Khước"_s);
    options.final = false;
    QCOMPARE(ReportBuilder::build(m_example, options).signer.name, u"Nguyễn Văn Khước"_s);
    // The inventory is signed the same way.
    QCOMPARE(ReportBuilder::build(m_example, english(ReportKind::Inventory)).signer.name,
             u"[Full name of the signer]"_s);
}

// "As in Article 3" names those a decision's Article 3 charges; a report has no
// articles.
void TestReportContent::recipientsOfAReport()
{
    const ReportDocument decision = ReportBuilder::build(m_example, english(ReportKind::Decision));
    QCOMPARE(decision.recipients.first(), u"- As in Article 3;"_s);
    const ReportDocument inventory =
            ReportBuilder::build(m_example, english(ReportKind::Inventory));
    QVERIFY(!inventory.recipients.isEmpty());
    for (const QString &line : inventory.recipients)
        QVERIFY2(!line.contains(u"Article"_s), qPrintable(line));
    QCOMPARE(inventory.recipients.last(), u"- Archived: clerical office."_s);
}

// A column that no row fills (no operating unit anywhere in the model): the draft
// keeps it and says so under the table; the final leaves it out.
void TestReportContent::emptyColumnDraftAndFinal()
{
    ModelData data = m_example;
    for (const Element &e : m_example.elements)
        data.elements.find(e.id)->properties.remove(u"operatingUnit"_s);
    const auto operatingColumns = [](const ReportDocument &d) {
        int found = 0;
        for (const ReportBlock *b : test::reportBlocks(d, ReportBlock::Kind::Table)) {
            for (const QStringList &row : b->table.rows)
                if (row.size() != b->table.columns.size())
                    return -1;
            for (const ReportTableColumn &c : b->table.columns)
                found += c.header == u"Operating unit";
        }
        return found;
    };
    const auto notes = [](const ReportDocument &d) {
        QStringList texts;
        for (const ReportBlock *b : test::reportBlocks(d, ReportBlock::Kind::Paragraph))
            if (b->paragraph.role == ParagraphRole::Placeholder
                && b->paragraph.text.contains(u"“Operating unit”"_s))
                texts.append(b->paragraph.text);
        return texts;
    };
    ReportOptions options = english(ReportKind::Inventory);
    const ReportDocument draft = ReportBuilder::build(data, options);
    // Two levels have systems in the example: a table each, a note under each.
    QCOMPARE(operatingColumns(draft), 2);
    QCOMPARE(notes(draft).size(), 2);
    QCOMPARE(notes(draft).first(),
             u"[The column “Operating unit” of the table above is empty in every row: fill it "
             "in in the model, or the final document leaves it out.]"_s);
    // The note follows its table.
    for (const ReportSection &s : draft.sections)
        for (qsizetype i = 0; i < s.blocks.size(); ++i)
            if (s.blocks.at(i).paragraph.role == ParagraphRole::Placeholder)
                QVERIFY(i > 0 && s.blocks.at(i - 1).kind == ReportBlock::Kind::Table);
    options.final = true;
    const ReportDocument final = ReportBuilder::build(data, options);
    QCOMPARE(operatingColumns(final), 0);
    QVERIFY(notes(final).isEmpty());
    // The other columns and every row stay.
    const QList<const ReportBlock *> draftTables = test::reportBlocks(draft, ReportBlock::Kind::Table);
    const QList<const ReportBlock *> finalTables = test::reportBlocks(final, ReportBlock::Kind::Table);
    QCOMPARE(finalTables.size(), draftTables.size());
    for (qsizetype t = 0; t < finalTables.size(); ++t) {
        QCOMPARE(finalTables.at(t)->table.columns.size(),
                 draftTables.at(t)->table.columns.size() - 1);
        QCOMPARE(finalTables.at(t)->table.rows.size(), draftTables.at(t)->table.rows.size());
    }
    // The architecture document's security table likewise.
    ReportOptions architecture = english();
    architecture.final = true;
    QCOMPARE(operatingColumns(ReportBuilder::build(data, architecture)), 0);

    // The appendix's lists leave out, in a draft too, a column that does not apply
    // to a layer's elements: the business layer's domains, units and functions
    // have neither an owner agency nor a status.
    int listings = 0;
    bool narrowed = false;
    const ReportDocument example = ReportBuilder::build(m_example, english());
    for (const ReportBlock *b : test::reportBlocks(example, ReportBlock::Kind::Table)) {
        if (!b->table.listing)
            continue;
        ++listings;
        narrowed = narrowed || b->table.columns.size() == 3;
        for (qsizetype c = 1; c < b->table.columns.size(); ++c)
            QVERIFY2(std::any_of(b->table.rows.cbegin(), b->table.rows.cend(),
                                 [&](const QStringList &row) { return !row.at(c).isEmpty(); }),
                     qPrintable(b->table.caption + u": "_s + b->table.columns.at(c).header));
    }
    QVERIFY(listings > 3);
    QVERIFY(narrowed);
}

// The bundled example names the unit that runs each information system, so its
// inventory and security table have no empty column.
void TestReportContent::exampleNamesOperatingUnits()
{
    ModelData first;
    ExchangeReader reader;
    QVERIFY2(reader.readFile(QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-1.0.xml"),
                             first),
             qPrintable(reader.errorString()));
    for (const ModelData *data : {&m_example, &first})
        for (const Element &e : data->elements) {
            const ElementType *type = data->profile->elementType(e.type);
            if (type && type->informationSystem)
                QVERIFY2(!e.property(u"operatingUnit"_s).isEmpty(), qPrintable(e.name));
        }
    for (const ReportKind kind : {ReportKind::Architecture, ReportKind::Inventory}) {
        const ReportDocument d = ReportBuilder::build(m_example, english(kind));
        for (const ReportBlock *b : test::reportBlocks(d, ReportBlock::Kind::Paragraph))
            QVERIFY2(!b->paragraph.text.contains(u"“Operating unit”"_s),
                     qPrintable(b->paragraph.text));
    }
}

void TestReportContent::createdIsNeverNow()
{
    const QByteArray saved = qgetenv("SOURCE_DATE_EPOCH");
    qunsetenv("SOURCE_DATE_EPOCH");
    ReportOptions options = english();
    ModelData model = test::emptyModel();
    QCOMPARE(ReportBuilder::build(model, options).created,
             QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    model.info.decisionDate = QDate(2020, 11, 30);
    QCOMPARE(ReportBuilder::build(model, options).created,
             QDateTime(QDate(2020, 11, 30), QTime(0, 0), Qt::UTC));
    qputenv("SOURCE_DATE_EPOCH", "1600000000");
    QCOMPARE(ReportBuilder::build(model, options).created,
             QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC));
    options.date = QDate(2021, 2, 3);
    QCOMPARE(ReportBuilder::build(model, options).created,
             QDateTime(QDate(2021, 2, 3), QTime(0, 0), Qt::UTC));
    options.useToday = true;
    QCOMPARE(ReportBuilder::build(model, options).created.date(), QDate::currentDate());
    if (saved.isNull())
        qunsetenv("SOURCE_DATE_EPOCH");
    else
        qputenv("SOURCE_DATE_EPOCH", saved);
}

void TestReportContent::optionsRoundTripThroughProperties()
{
    const PropertyList existing{{u"free"_s, u"value"_s},
                                {u"kt:report.text.scope"_s, u"The scope."_s},
                                {u"kt:report.signerName"_s, u"Old Name"_s}};
    // Defaults store nothing and drop what an earlier report stored.
    QCOMPARE(ReportOptions().toProperties(existing),
             (PropertyList{{u"free"_s, u"value"_s}, {u"kt:report.text.scope"_s, u"The scope."_s}}));

    ReportOptions o;
    o.kind = ReportKind::Inventory;
    o.parentBody = u"BỘ THÔNG TIN VÀ TRUYỀN THÔNG"_s;
    o.documentNumber = u"15"_s;
    o.place = u"Vĩnh Yên"_s;
    o.date = QDate(2021, 1, 5);
    o.signerName = u"Nguyễn Văn Khước"_s;
    o.recipients = {u"Như Điều 3;"_s, u"Lưu: VT."_s};
    o.chapters = {u"current"_s, u"roadmap"_s};
    o.language = u"en"_s;
    o.page.paper = u"A3"_s;
    o.page.leftMm = 35;
    o.page.topMm = 22.5;
    o.page.bodyPt = 13;
    o.final = true;
    const PropertyList stored = o.toProperties(existing);
    QCOMPARE(stored.at(0), (Property{u"free"_s, u"value"_s}));
    QCOMPARE(stored.at(1), (Property{u"kt:report.text.scope"_s, u"The scope."_s}));
    QVERIFY(stored.contains(Property{u"kt:report.date"_s, u"2021-01-05"_s}));
    QCOMPARE(ReportOptions::fromProperties(stored), o);
    QCOMPARE(ReportTexts::text(stored, ReportTextSection::Scope), u"The scope."_s);
    // A stored value that is not an option's leaves the default.
    QCOMPARE(ReportOptions::fromProperties({{u"kt:report.bodyPt"_s, u"12"_s}}).page.bodyPt, 14.0);
}

void TestReportContent::optionsInKtmAndExchangeFiles()
{
    ReportOptions o;
    o.documentNumber = u"2795"_s;
    o.signerName = u"Nguyễn Văn Khước"_s;
    o.recipients = {u"Như Điều 3;"_s, u"Lưu: VT."_s};
    o.page.bodyPt = 13;
    ModelData model = test::sampleModel();
    model.info.extraProperties = ReportTexts::withText(
            o.toProperties(model.info.extraProperties), ReportTextSection::Vision,
            u"Tầm nhìn.\n\n- một\n- hai"_s);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ktm = dir.filePath(u"report.ktm"_s);
    KtmStore store;
    QVERIFY2(store.save(model, ktm), qPrintable(store.errorString()));
    ModelData loaded;
    QVERIFY2(store.load(ktm, loaded), qPrintable(store.errorString()));
    QCOMPARE(ReportOptions::fromProperties(loaded.info.extraProperties), o);
    QCOMPARE(ReportTexts::text(loaded.info.extraProperties, ReportTextSection::Vision),
             u"Tầm nhìn.\n\n- một\n- hai"_s);

    const QString xml = dir.filePath(u"report.xml"_s);
    ExchangeWriter writer;
    QVERIFY2(writer.writeFile(model, xml), qPrintable(writer.errorString()));
    ModelData read;
    ExchangeReader reader;
    QVERIFY2(reader.readFile(xml, read), qPrintable(reader.errorString()));
    QCOMPARE(ReportOptions::fromProperties(read.info.extraProperties), o);
    QCOMPARE(ReportTexts::text(read.info.extraProperties, ReportTextSection::Vision),
             u"Tầm nhìn.\n\n- một\n- hai"_s);
}

void TestReportContent::optionsFromJson()
{
    const QByteArray json = R"({"kind": "decision", "documentNumber": "2795", "date": "2020-11-30",
        "signerName": "Nguyễn Văn Khước", "recipients": ["Như Điều 3;", "Lưu: VT."],
        "chapters": ["general", "roadmap"], "language": "en", "paper": "A4",
        "marginTop": 25, "marginBottom": 20, "marginLeft": 30, "marginRight": 20,
        "bodyPt": 13, "final": true})";
    ReportOptions base;
    base.place = u"Vĩnh Yên"_s;
    const Result<ReportOptions> r = ReportOptions::fromJson(json, base);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->kind, ReportKind::Decision);
    QCOMPARE(r->place, u"Vĩnh Yên"_s); // kept from base
    QCOMPARE(r->date, QDate(2020, 11, 30));
    QCOMPARE(r->signerName, u"Nguyễn Văn Khước"_s);
    QCOMPARE(r->recipients.size(), 2);
    QCOMPARE(r->page.topMm, 25.0);
    QCOMPARE(r->page.bodyPt, 13.0);
    QVERIFY(r->final);
    // JSON written is JSON read.
    const Result<ReportOptions> again = ReportOptions::fromJson(
            QJsonDocument(r->toJson()).toJson(), ReportOptions());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), r.value());
    const Result<ReportOptions> today = ReportOptions::fromJson(R"({"date": "today"})", base);
    QVERIFY(today.ok());
    QVERIFY(today->useToday);
}

void TestReportContent::optionsFromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\"bodyPt\": ") << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1]") << u"one JSON object"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"fontSize": 14})")
                                 << u"“fontSize” is not a report option"_s;
    QTest::newRow("body size") << QByteArray(R"({"bodyPt": 12})") << u"“bodyPt” must be 13 or 14"_s;
    QTest::newRow("bad date") << QByteArray(R"({"date": "30/11/2020"})")
                              << u"“30/11/2020” is not a date"_s;
    QTest::newRow("paper") << QByteArray(R"({"paper": "Letter"})") << u"“paper” must be A4 or A3"_s;
    QTest::newRow("top margin") << QByteArray(R"({"marginTop": 19})")
                                << u"“marginTop” must be a number of millimetres from 20 to 25"_s;
    QTest::newRow("left margin") << QByteArray(R"({"marginLeft": 36})")
                                 << u"“marginLeft” must be a number of millimetres from 30 to 35"_s;
    QTest::newRow("right margin") << QByteArray(R"({"marginRight": 21})")
                                  << u"from 15 to 20"_s;
    QTest::newRow("language") << QByteArray(R"({"language": "fr"})") << u"“language” must be vi or en"_s;
    QTest::newRow("kind") << QByteArray(R"({"kind": "memo"})") << u"“kind” must be architecture"_s;
    QTest::newRow("chapter") << QByteArray(R"({"chapters": ["general", "budget"]})")
                             << u"no chapter “budget”"_s;
    QTest::newRow("text expected") << QByteArray(R"({"signerName": 3})")
                                   << u"“signerName” must be a text"_s;
    QTest::newRow("flag expected") << QByteArray(R"({"final": "yes"})")
                                   << u"“final” must be true or false"_s;
}

void TestReportContent::optionsFromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<ReportOptions> r = ReportOptions::fromJson(json, ReportOptions());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
