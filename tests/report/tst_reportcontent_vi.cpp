// The Vietnamese content of the reports of the Vĩnh Phúc 2.0 example, through
// the product's own translation (compiled into ktapp): the Decree 30 texts with
// their diacritics, every element name printed, abbreviations expanded, the
// Vietnamese date with its leading zeros. The interface stays English
// (KIENTRUC_LANG=en in the tests): a report's language is its own.
#include <support/reportwalk.h>

#include <model/io/exchangereader.h>
#include <model/report/reportbuilder.h>
#include <model/report/reportlanguage.h>

#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestReportContentVi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coverAndHeaderBlock();
    void chapters();
    void tablesAndCaptions();
    void everyElementNamed();
    void abbreviationsExpanded();
    void narrativePrinted();
    void decision();
    void dates_data();
    void dates();

private:
    ReportDocument build(ReportKind kind = ReportKind::Architecture, QDate date = {}) const
    {
        ReportOptions options;
        options.kind = kind;
        options.language = u"vi"_s;
        options.date = date;
        return ReportBuilder::build(m_example, options);
    }
    ModelData m_example;
    ReportDocument m_architecture;
};

void TestReportContentVi::initTestCase()
{
    QVERIFY2(ReportLanguage(u"vi"_s).translated(),
             "the Vietnamese translation (:/i18n/kientruc_vi.qm) is not compiled in");
    ExchangeReader reader;
    QVERIFY2(reader.readFile(QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-2.0.xml"),
                             m_example),
             qPrintable(reader.errorString()));
    m_architecture = build();
}

void TestReportContentVi::coverAndHeaderBlock()
{
    const ReportDocument &d = m_architecture;
    QCOMPARE(d.language, u"vi"_s);
    QCOMPARE(d.documentType, u"KIẾN TRÚC CHÍNH QUYỀN ĐIỆN TỬ TỈNH VĨNH PHÚC, PHIÊN BẢN 2.0"_s);
    QCOMPARE(d.header.issuingBody, u"ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC"_s);
    QCOMPARE(d.header.nationalTitle, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s);
    QCOMPARE(d.header.motto, u"Độc lập - Tự do - Hạnh phúc"_s);
    // The decision's day is not public (shared/DOMAIN.md §4): blanks for it.
    const QString blank = ReportLanguage::blank();
    QCOMPARE(d.issuedWith, u"(Ban hành kèm theo Quyết định số 2795/QĐ-UBND ngày %1 tháng %1 năm %1 "
                           "của Ủy ban nhân dân tỉnh Vĩnh Phúc)"_s.arg(blank));
    QCOMPARE(d.tableOfContentsTitle, u"MỤC LỤC"_s);
    // Text stored composed (NFC), as Vietnamese fonts and search expect it.
    const QString text = test::reportText(d);
    QCOMPARE(text.normalized(QString::NormalizationForm_C), text);
}

void TestReportContentVi::chapters()
{
    QStringList headings;
    for (const ReportSection &s : m_architecture.sections)
        headings.append(s.heading());
    QCOMPARE(headings, (QStringList{u"CHỮ VIẾT TẮT"_s, u"I. THÔNG TIN CHUNG"_s,
                                    u"II. HIỆN TRẠNG"_s, u"III. TẦM NHÌN, NGUYÊN TẮC"_s,
                                    u"IV. SƠ ĐỒ TỔNG THỂ"_s, u"V. KIẾN TRÚC THÀNH PHẦN"_s,
                                    u"VI. KẾT NỐI, LIÊN THÔNG"_s, u"VII. LỘ TRÌNH"_s,
                                    u"VIII. TỔ CHỨC THỰC HIỆN"_s, u"PHỤ LỤC"_s}));
    QStringList general;
    for (const ReportSection &s : m_architecture.sections.at(1).sections)
        general.append(s.heading());
    QCOMPARE(general, (QStringList{u"1. Sự cần thiết"_s, u"2. Căn cứ pháp lý"_s,
                                   u"3. Mục đích"_s, u"4. Phạm vi"_s}));
    QStringList components;
    for (const ReportSection &s : m_architecture.sections.at(5).sections)
        components.append(s.heading());
    QCOMPARE(components, (QStringList{u"1. Kiến trúc nghiệp vụ"_s, u"2. Kiến trúc dữ liệu"_s,
                                      u"3. Kiến trúc ứng dụng"_s,
                                      u"4. Kiến trúc kỹ thuật – công nghệ"_s,
                                      u"5. Kiến trúc an toàn thông tin"_s}));
    const QStringList bases = m_architecture.sections.at(1).sections.at(1).blocks.first().bullets;
    QVERIFY(bases.contains(u"Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông"_s));
    QVERIFY(bases.last().startsWith(u"Quyết định 2323/QĐ-BTTTT"_s));
}

void TestReportContentVi::tablesAndCaptions()
{
    const QList<const ReportBlock *> tables =
            test::reportBlocks(m_architecture, ReportBlock::Kind::Table);
    for (const ReportBlock *b : tables)
        QCOMPARE(b->table.columns.first().header, u"STT"_s);
    const ReportTable &current = test::reportChapter(m_architecture, u"HIỆN TRẠNG"_s)->blocks.at(1).table;
    QStringList headers;
    for (const ReportTableColumn &c : current.columns)
        headers.append(c.header);
    QCOMPARE(headers, (QStringList{u"STT"_s, u"Hệ thống"_s, u"Đơn vị chủ quản"_s,
                                   u"Cấp triển khai"_s, u"Tình trạng"_s, u"Cấp độ ATTT"_s}));
    QCOMPARE(current.caption, u"Bảng 1. Hiện trạng hệ thống thông tin"_s);
    const QList<const ReportBlock *> figures =
            test::reportBlocks(m_architecture, ReportBlock::Kind::Figure);
    QCOMPARE(figures.first()->figure.caption,
             u"Hình 1. Sơ đồ tổng thể Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 2.0"_s);
    QCOMPARE(figures.at(1)->figure.caption, u"Hình 2. Kiến trúc nghiệp vụ"_s);

    const ReportSection *roadmap = test::reportChapter(m_architecture, u"LỘ TRÌNH"_s);
    QCOMPARE(roadmap->sections.first().heading(), u"1. Giai đoạn 2021–2022"_s);
    const ReportTable &tasks = roadmap->sections.first().blocks.first().table;
    headers.clear();
    for (const ReportTableColumn &c : tasks.columns)
        headers.append(c.header);
    QCOMPARE(headers, (QStringList{u"STT"_s, u"Nhiệm vụ"_s, u"Chủ trì"_s, u"Phối hợp"_s,
                                   u"Thời gian"_s, u"Kinh phí dự kiến (triệu đồng)"_s,
                                   u"Nguồn vốn"_s}));
    bool lgsp = false;
    for (const QStringList &row : tasks.rows)
        if (row.at(1).contains(u"(LGSP)"_s)) {
            lgsp = true;
            QCOMPARE(row.at(5), u"9.000"_s); // Vietnamese groups thousands with a dot
            QCOMPARE(row.at(6), u"Ngân sách tỉnh"_s);
        }
    QVERIFY(lgsp);
}

void TestReportContentVi::everyElementNamed()
{
    const QString text = test::reportText(m_architecture);
    for (const Element &e : m_example.elements)
        QVERIFY2(text.contains(e.name), qPrintable(e.name));
}

void TestReportContentVi::abbreviationsExpanded()
{
    const ReportSection *list = test::reportChapter(m_architecture, u"CHỮ VIẾT TẮT"_s);
    QVERIFY(list);
    QHash<QString, QString> found;
    for (const QStringList &row : list->blocks.first().table.rows)
        found.insert(row.at(1), row.at(2));
    QCOMPARE(found.value(u"UBND"_s), u"Ủy ban nhân dân"_s);
    QCOMPARE(found.value(u"IOC"_s),
             u"Trung tâm giám sát, điều hành thông minh (Intelligent Operations Centre)"_s);
    QVERIFY(found.value(u"LGSP"_s).startsWith(u"Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh"_s));
    QVERIFY(found.value(u"NDXP"_s).startsWith(u"Nền tảng tích hợp, chia sẻ dữ liệu quốc gia"_s));
    QVERIFY(found.contains(u"SOC"_s));
    QVERIFY(found.contains(u"ATTT"_s)); // "Cấp độ ATTT", a column of the report itself
}

void TestReportContentVi::narrativePrinted()
{
    const ReportSection *implementation =
            test::reportChapter(m_architecture, u"TỔ CHỨC THỰC HIỆN"_s);
    QVERIFY(implementation);
    QCOMPARE(implementation->blocks.size(), 3);
    QVERIFY(implementation->blocks.first().paragraph.text.startsWith(
            u"Sở Thông tin và Truyền thông chủ trì"_s));
    for (const ReportBlock *b : test::reportBlocks(m_architecture, ReportBlock::Kind::Paragraph))
        QVERIFY(b->paragraph.role != ParagraphRole::Placeholder);
}

void TestReportContentVi::decision()
{
    const ReportDocument d = build(ReportKind::Decision, QDate(2020, 11, 30));
    QCOMPARE(d.header.number, u"Số: 2795/QĐ-UBND"_s);
    QCOMPARE(d.header.placeAndDate, u"Vĩnh Phúc, ngày 30 tháng 11 năm 2020"_s);
    QCOMPARE(d.documentType, u"QUYẾT ĐỊNH"_s);
    QCOMPARE(d.subject.join(u' '),
             u"Phê duyệt Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 2.0"_s);
    QCOMPARE(d.preamble.first().text, u"ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC"_s);
    QCOMPARE(d.preamble.at(1).text,
             u"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"_s);
    QStringList leads;
    bool resolution = false;
    for (const ReportParagraph &p : d.preamble) {
        if (p.role == ParagraphRole::LegalBasis && p.text.startsWith(u"Căn cứ"_s))
            QVERIFY2(p.text.endsWith(u';'), qPrintable(p.text));
        if (p.role == ParagraphRole::Resolution)
            resolution = p.text == u"QUYẾT ĐỊNH:"_s;
        if (p.role == ParagraphRole::Article)
            leads.append(p.lead);
    }
    QVERIFY(resolution);
    QCOMPARE(leads, (QStringList{u"Điều 1."_s, u"Điều 2."_s, u"Điều 3."_s}));
    QVERIFY(d.preamble.last().text.endsWith(u"./."_s));
    QCOMPARE(d.recipientsTitle, u"Nơi nhận:"_s);
    QCOMPARE(d.recipients.first(), u"- Như Điều 3;"_s);
    QCOMPARE(d.signer.titleLines,
             (QStringList{u"TM. ỦY BAN NHÂN DÂN"_s, u"KT. CHỦ TỊCH"_s, u"PHÓ CHỦ TỊCH"_s}));

    const ReportDocument inventory = build(ReportKind::Inventory);
    QCOMPARE(inventory.documentType, u"BÁO CÁO"_s);
    QCOMPARE(inventory.header.number, u"Số: %1/BC-UBND"_s.arg(ReportLanguage::blank()));
    QCOMPARE(inventory.sections.first().heading(), u"I. HỆ THỐNG THÔNG TIN CẤP ĐỘ 1"_s);
}

void TestReportContentVi::dates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day and month with zeros") << QDate(2021, 1, 5)
                                              << u"Vĩnh Phúc, ngày 05 tháng 01 năm 2021"_s;
    QTest::newRow("February") << QDate(2021, 2, 28) << u"Vĩnh Phúc, ngày 28 tháng 02 năm 2021"_s;
    QTest::newRow("March has no zero") << QDate(2021, 3, 9)
                                       << u"Vĩnh Phúc, ngày 09 tháng 3 năm 2021"_s;
    QTest::newRow("November") << QDate(2020, 11, 30) << u"Vĩnh Phúc, ngày 30 tháng 11 năm 2020"_s;
    QTest::newRow("no date") << QDate()
                             << u"Vĩnh Phúc, ngày %1 tháng %1 năm %1"_s.arg(ReportLanguage::blank());
}

void TestReportContentVi::dates()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(build(ReportKind::Decision, date).header.placeAndDate, expected);
}

QTEST_GUILESS_MAIN(TestReportContentVi)
#include "tst_reportcontent_vi.moc"
