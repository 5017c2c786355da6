// The PDF report writer: Decree 30 pages checked through the poppler tools (paper,
// embedded fonts, extracted text with its diacritics, page numbers, margins, the
// table header repeated, the table of contents' numbers), cancelling, determinism
// and the layout time of a very long table.
#include "../export/exporttest.h"

#include <support/pdfwords.h>
#include <support/reportwalk.h>

#include <model/export/overalldiagram.h>
#include <model/export/reports/pdfreportwriter.h>
#include <model/export/reports/reportcolumnwidths.h>
#include <model/export/reports/reportfrontlayout.h>
#include <model/export/reports/reportstyle.h>
#include <model/export/reports/reportflow.h>
#include <model/export/reports/reportpages.h>
#include <model/report/reportbuilder.h>

#include <QBuffer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

QString comparable(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

bool havePoppler()
{
    for (const QString &tool : {u"pdfinfo"_s, u"pdffonts"_s, u"pdftotext"_s})
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return false;
    return true;
}

using Word = test::PdfWord;
using Page = test::PdfPage;

constexpr double Mm = 72 / 25.4;

// Page numbers: none on page 1, the number centred in the top margin of every
// other page; every other word inside the margins.
void checkPages(const QList<Page> &pages, const ReportPageSetup &setup)
{
    QVERIFY(!pages.isEmpty());
    const double top = setup.topMm * Mm;
    for (const Word &w : pages.first().words)
        QVERIFY2(!(w.box.bottom() < top), qPrintable(w.text));
    for (int i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        const QRectF content(setup.leftMm * Mm, top,
                             page.size.width() - (setup.leftMm + setup.rightMm) * Mm,
                             page.size.height() - (setup.topMm + setup.bottomMm) * Mm);
        bool hasNumber = false;
        for (const Word &w : page.words) {
            if (i > 0 && w.text == QString::number(i + 1) && w.box.bottom() < top) {
                hasNumber = true;
                QVERIFY2(qAbs(w.box.center().x() - content.center().x()) < 3,
                         qPrintable(u"page %1: number at %2"_s.arg(i + 1).arg(w.box.center().x())));
                QVERIFY(w.box.top() > 0);
                continue;
            }
            QVERIFY2(content.adjusted(-1, -1, 1, 1).contains(w.box),
                     qPrintable(u"page %1: “%2” outside the margins"_s.arg(i + 1).arg(w.text)));
        }
        if (i > 0)
            QVERIFY2(hasNumber, qPrintable(u"page %1 has no number"_s.arg(i + 1)));
    }
}


ReportTable systemsTable(int rows)
{
    ReportTable table;
    table.caption = u"Bảng 1. Hiện trạng hệ thống thông tin"_s;
    table.columns = {{u"STT"_s, 0.6, ReportTableColumn::Align::Center},
                     {u"Hệ thống"_s, 3},
                     {u"Đơn vị chủ quản"_s, 2.5},
                     {u"Tình trạng"_s, 1.5},
                     {u"Cấp độ ATTT"_s, 1, ReportTableColumn::Align::Center}};
    for (int i = 1; i <= rows; ++i)
        table.rows.append({QString::number(i), u"Hệ thống quản lý văn bản số %1"_s.arg(i),
                           u"Sở Thông tin và Truyền thông"_s,
                           i % 3 ? u"Đang vận hành"_s : u"Nâng cấp\nnăm 2025"_s,
                           QString::number(i % 4 + 1)});
    return table;
}

ReportSection makeSection(const QString &number, const QString &title, int level)
{
    ReportSection s;
    s.number = number;
    s.title = title;
    s.level = level;
    return s;
}

ReportHeaderBlock headerBlock()
{
    ReportHeaderBlock h;
    h.issuingBody = u"ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC"_s;
    h.number = u"Số:      /QĐ-UBND"_s;
    h.nationalTitle = u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
    h.motto = u"Độc lập - Tự do - Hạnh phúc"_s;
    h.placeAndDate = u"Vĩnh Phúc, ngày 05 tháng 01 năm 2021"_s;
    return h;
}

ReportBlock paragraph(const QString &text, ParagraphRole role = ParagraphRole::Body,
                      const QString &lead = {})
{
    ReportBlock b;
    b.paragraph = ReportParagraph{role, lead, text};
    return b;
}

const QString Filler = u"Kiến trúc Chính quyền điện tử của tỉnh xác định các thành phần nghiệp vụ, "
                       "dữ liệu, ứng dụng, kỹ thuật – công nghệ và an toàn thông tin, cùng các "
                       "nguyên tắc kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước trên địa bàn."_s;

ReportDocument architecture(const ModelData &data)
{
    ReportDocument r;
    r.title = u"Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 2.0"_s;
    r.author = u"Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc"_s;
    r.created = QDateTime(QDate(2021, 1, 5), QTime(8, 0), Qt::UTC);
    r.hasHeaderBlock = true;
    r.header = headerBlock();
    r.coverPage = true;
    r.documentType = u"KIẾN TRÚC CHÍNH QUYỀN ĐIỆN TỬ TỈNH VĨNH PHÚC"_s;
    r.subject = {u"Phiên bản 2.0"_s};
    r.issuedWith = u"(Ban hành kèm theo Quyết định số 2795/QĐ-UBND ngày 05 tháng 01 năm 2021 "
                   "của Ủy ban nhân dân tỉnh Vĩnh Phúc)"_s;
    r.tableOfContents = true;
    r.tableOfContentsTitle = u"MỤC LỤC"_s;
    r.ending = u"./."_s;

    ReportSection general = makeSection(u"I"_s, u"THÔNG TIN CHUNG"_s, 1);
    ReportSection need = makeSection(u"1"_s, u"Sự cần thiết xây dựng kiến trúc"_s, 2);
    need.blocks = {paragraph(Filler), paragraph(Filler)};
    ReportSection basis = makeSection(u"1.1"_s, u"Căn cứ pháp lý của kiến trúc"_s, 3);
    ReportBlock list;
    list.kind = ReportBlock::Kind::Bullets;
    list.bullets = {u"Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;"_s,
                    u"Nghị định số 30/2020/NĐ-CP về công tác văn thư;"_s};
    basis.blocks = {list};
    need.sections = {basis};
    general.sections = {need};

    ReportSection current = makeSection(u"II"_s, u"HIỆN TRẠNG"_s, 1);
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table = systemsTable(120);
    current.blocks = {paragraph(Filler), table};
    ReportBlock note = paragraph(u"Nguồn: Sở Thông tin và Truyền thông."_s, ParagraphRole::Note);
    current.blocks.append(note);

    ReportSection overall = makeSection(u"III"_s, u"SƠ ĐỒ TỔNG THỂ"_s, 1);
    ReportBlock figure;
    figure.kind = ReportBlock::Kind::Figure;
    figure.figure.view = OverallDiagram::find(data)->id;
    figure.figure.caption = u"Hình 1. Sơ đồ tổng thể Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc"_s;
    figure.figure.landscape = true;
    overall.blocks = {paragraph(Filler), figure};

    ReportSection roadmap = makeSection(u"IV"_s, u"LỘ TRÌNH THỰC HIỆN"_s, 1);
    roadmap.blocks = {paragraph(Filler), paragraph(Filler)};
    ReportSection appendix = makeSection({}, u"PHỤ LỤC: DANH MỤC THÀNH PHẦN"_s, 1);
    appendix.appendix = true;
    appendix.blocks = {paragraph(Filler)};
    r.sections = {general, current, overall, roadmap, appendix};
    return r;
}

ReportDocument decision()
{
    ReportDocument r;
    r.kind = ReportKind::Decision;
    r.title = u"Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc"_s;
    r.author = u"Ủy ban nhân dân tỉnh Vĩnh Phúc"_s;
    r.created = QDateTime(QDate(2020, 11, 20), QTime(0, 0), Qt::UTC);
    r.page.bodyPt = 14;
    r.hasHeaderBlock = true;
    r.header = headerBlock();
    r.header.number = u"Số: 2795/QĐ-UBND"_s;
    r.documentType = u"QUYẾT ĐỊNH"_s;
    r.subject = {u"Phê duyệt Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc,"_s,
                 u"phiên bản 2.0"_s};
    r.preamble = {ReportParagraph{ParagraphRole::Centered, {}, u"ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC"_s},
                  ReportParagraph{ParagraphRole::LegalBasis, {},
                                  u"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 "
                                  "năm 2015;"_s},
                  ReportParagraph{ParagraphRole::LegalBasis, {},
                                  u"Căn cứ Quyết định số 2323/QĐ-BTTTT ngày 31 tháng 12 năm 2019 "
                                  "của Bộ Thông tin và Truyền thông;"_s},
                  ReportParagraph{ParagraphRole::Resolution, {}, u"QUYẾT ĐỊNH:"_s}};
    ReportSection articles;
    articles.level = 1;
    articles.blocks = {
            paragraph(u"Phê duyệt Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 2.0 "
                      "(chi tiết tại Phụ lục kèm theo)."_s,
                      ParagraphRole::Article, u"Điều 1."_s),
            paragraph(Filler, ParagraphRole::Article, u"Điều 2."_s),
            paragraph(u"Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành "
                      "Quyết định này"_s,
                      ParagraphRole::Article, u"Điều 3."_s)};
    r.sections = {articles};
    r.ending = u"./."_s;
    r.recipientsTitle = u"Nơi nhận:"_s;
    r.recipients = {u"- Như Điều 3;"_s, u"- Bộ TT&TT (b/c);"_s, u"- Lưu: VT, KGVX."_s};
    r.hasSigner = true;
    r.signer.titleLines = {u"TM. ỦY BAN NHÂN DÂN"_s, u"KT. CHỦ TỊCH"_s, u"PHÓ CHỦ TỊCH"_s};
    r.signer.name = u"Vũ Chí Giang"_s;
    return r;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void architecture();
    void decisionPage();
    void preview();
    void vinhPhuc_data();
    void vinhPhuc();
    void cancel();
    void deterministic();
    void longTable();
    void columnsHoldTheirLongestWord();
    void finalLeavesTheNameLine();
    void landscapeTablesSharePages();
    void addressesBreakInTheirColumn();

private:
    QString write(const ReportDocument &report, const QString &name);
    ModelData m_data;
    QTemporaryDir m_dir;
};

void TestReportPdf::initTestCase()
{
    m_data = test::loadExample(u"vinhphuc-2.0.xml"_s);
    // KT_KEEP_REPORTS=1 keeps the PDFs to look at.
    if (qEnvironmentVariableIntValue("KT_KEEP_REPORTS") == 1) {
        m_dir.setAutoRemove(false);
        qInfo("reports in %s", qPrintable(m_dir.path()));
    }
    QVERIFY(OverallDiagram::find(m_data));
}

QString TestReportPdf::write(const ReportDocument &report, const QString &name)
{
    const QString path = m_dir.filePath(name);
    PdfReportWriter writer;
    if (!writer.writeFile(report, m_data, path))
        qWarning("%s", qPrintable(writer.errorString()));
    return path;
}

void TestReportPdf::architecture()
{
    if (!havePoppler())
        QSKIP("the poppler tools are not installed (scripts/install-deps.sh)");
    const ReportDocument report = ::architecture(m_data);
    const QString path = write(report, u"architecture.pdf"_s);
    QVERIFY(QFile::exists(path));

    // Paper: A4 portrait, and the overall diagram's page landscape.
    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"999"_s, path});
    QCOMPARE(info.exitCode, 0);
    static const QRegularExpression size(u"Page +([0-9]+) size: +([0-9.]+) x ([0-9.]+) pts"_s);
    QList<QSizeF> sizes;
    for (const QString &line : QString::fromUtf8(info.out).split(u'\n')) {
        const QRegularExpressionMatch m = size.match(line);
        if (m.hasMatch())
            sizes.append(QSizeF(m.captured(2).toDouble(), m.captured(3).toDouble()));
    }
    QVERIFY(sizes.size() >= 6);
    QVERIFY2(qAbs(sizes.first().width() - 595.276) < 0.5 && qAbs(sizes.first().height() - 841.89) < 0.5,
             qPrintable(u"%1 x %2"_s.arg(sizes.first().width()).arg(sizes.first().height())));

    // Every font embedded, the report's own font among them.
    const test::ToolRun fonts = test::runTool(u"pdffonts"_s, {path});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList rows = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
    bool serif = false;
    for (const QString &row : rows) {
        const QStringList columns = row.simplified().split(u' ');
        QVERIFY2(columns.size() >= 7, qPrintable(row));
        QVERIFY2(columns.at(columns.size() - 5) == u"yes", qPrintable(u"not embedded: "_s + row));
        serif = serif || columns.at(0).contains(u"LiberationSerif"_s);
    }
    QVERIFY(serif);

    const QList<Page> pages = test::pdfPages(path);
    QCOMPARE(pages.size(), sizes.size());
    QString all;
    for (const Page &page : pages)
        all += page.text() + u' ';

    // The header block and every heading, with their diacritics.
    for (const QString &text : {u"ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC"_s,
                                u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
                                u"Độc lập - Tự do - Hạnh phúc"_s,
                                u"Vĩnh Phúc, ngày 05 tháng 01 năm 2021"_s, report.documentType,
                                report.issuedWith, u"MỤC LỤC"_s})
        QVERIFY2(all.contains(comparable(text)), qPrintable(text));
    QStringList headings;
    std::function<void(const QList<ReportSection> &)> walk = [&](const QList<ReportSection> &s) {
        for (const ReportSection &section : s) {
            headings.append(comparable(section.heading()));
            walk(section.sections);
        }
    };
    walk(report.sections);
    QCOMPARE(headings.size(), 7);
    for (const QString &heading : headings)
        QVERIFY2(all.contains(heading), qPrintable(heading));
    QVERIFY(all.contains(u"Hệ thống quản lý văn bản số 120"_s));
    QVERIFY(all.contains(u"địa bàn../."_s)); // the ending after the last paragraph

    // The landscape page holds the overall diagram and its caption.
    int landscape = -1;
    for (int i = 0; i < sizes.size(); ++i)
        if (sizes.at(i).width() > sizes.at(i).height())
            landscape = i;
    QVERIFY(landscape > 0);
    QVERIFY(pages.at(landscape).text().contains(u"Hình 1."_s));
    QVERIFY(pages.at(landscape).text().contains(u"Vĩnh Phúc"_s));

    checkPages(pages, report.page);

    // The table header row on every page the table is on.
    int tablePages = 0;
    int twoLineCells = 0;
    for (const Page &page : pages) {
        const QString text = page.text();
        if (!text.contains(u"Hệ thống quản lý văn bản số"_s))
            continue;
        ++tablePages;
        QVERIFY(text.contains(u"STT Hệ thống Đơn vị chủ quản Tình trạng Cấp độ ATTT"_s));
        // No row cut across pages: a two-line cell's lines stay on one page.
        QCOMPARE(text.count(u"Nâng cấp"_s), text.count(u"năm 2025"_s));
        // (The owner's name, wherever its line breaks, whole on the page.)
        twoLineCells += int(text.count(u"Thông tin và"_s));
        QCOMPARE(text.count(u"Thông tin và"_s), text.count(u"Truyền"_s));
    }
    QVERIFY2(tablePages >= 3, qPrintable(QString::number(tablePages)));
    QVERIFY(twoLineCells > 0); // the check above saw the owner's name

    // The table of contents (page 2) gives the page each heading is on.
    const test::ToolRun toc = test::runTool(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, u"2"_s,
                                                             u"-l"_s, u"2"_s, path, u"-"_s});
    const QStringList tocLines = QString::fromUtf8(toc.out).split(u'\n');
    for (const QString &heading : headings) {
        int listed = -1;
        for (const QString &line : tocLines) {
            const QString l = comparable(line);
            if (l.startsWith(heading)) {
                listed = l.section(u' ', -1).toInt();
                break;
            }
        }
        int actual = -1;
        for (int i = 2; i < pages.size() && actual < 0; ++i)
            if (pages.at(i).text().contains(heading))
                actual = i + 1;
        QVERIFY2(listed > 0 && listed == actual,
                 qPrintable(u"%1: listed %2, on %3"_s.arg(heading).arg(listed).arg(actual)));
    }
}

void TestReportPdf::decisionPage()
{
    if (!havePoppler())
        QSKIP("the poppler tools are not installed (scripts/install-deps.sh)");
    const QString path = write(decision(), u"decision.pdf"_s);
    const QList<Page> pages = test::pdfPages(path);
    QVERIFY(!pages.isEmpty());
    QString all;
    for (const Page &page : pages)
        all += page.text() + u' ';
    for (const QString &text :
         {u"QUYẾT ĐỊNH Phê duyệt Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 2.0"_s,
          u"Căn cứ Luật Tổ chức chính quyền địa phương"_s, u"QUYẾT ĐỊNH:"_s, u"Điều 1. Phê duyệt"_s,
          u"Quyết định này./."_s, u"Nơi nhận:"_s, u"- Bộ TT&TT (b/c);"_s, u"TM. ỦY BAN NHÂN DÂN"_s,
          u"KT. CHỦ TỊCH"_s, u"Vũ Chí Giang"_s, u"Số: 2795/QĐ-UBND"_s})
        QVERIFY2(all.contains(comparable(text)), qPrintable(text));

    // The header block's columns: 2/5 and 3/5 of the content width, each centred.
    const Page &first = pages.first();
    const double left = 30 * Mm;
    const double width = first.size.width() - 45 * Mm;
    auto line = [&](const QString &from, const QString &to) {
        QRectF box;
        bool in = false;
        for (const Word &w : first.words) {
            if (w.text == from && !in) {
                in = true;
                box = w.box;
            }
            if (in) {
                box |= w.box;
                if (w.text == to)
                    return box;
            }
        }
        return QRectF();
    };
    const QRectF national = line(u"CỘNG"_s, u"NAM"_s);
    QVERIFY(!national.isNull());
    QVERIFY2(qAbs(national.center().x() - (left + width * 0.7)) < 2,
             qPrintable(QString::number(national.center().x())));
    const QRectF body = line(u"TỈNH"_s, u"PHÚC"_s);
    QVERIFY(!body.isNull());
    QVERIFY2(qAbs(body.center().x() - (left + width * 0.2)) < 2,
             qPrintable(QString::number(body.center().x())));
    QVERIFY(national.top() < 25 * Mm);

    // Nơi nhận at the left, the signer at the right, side by side.
    const Page &last = pages.last();
    QRectF recipients, signer, name;
    for (const Word &w : last.words) {
        if (w.text == u"Nơi" && recipients.isNull())
            recipients = w.box;
        if (w.text == u"TM." && signer.isNull())
            signer = w.box;
        if (w.text == u"Giang")
            name = w.box;
    }
    QVERIFY(!recipients.isNull() && !signer.isNull() && !name.isNull());
    QVERIFY(qAbs(recipients.left() - left) < 1);
    QVERIFY(qAbs(recipients.top() - signer.top()) < 4);
    QVERIFY(signer.left() > left + width * 0.45);
    QVERIFY(name.top() > signer.bottom() + 50);
}

void TestReportPdf::vinhPhuc_data()
{
    QTest::addColumn<ReportKind>("kind");
    QTest::newRow("architecture") << ReportKind::Architecture;
    QTest::newRow("decision") << ReportKind::Decision;
    QTest::newRow("inventory") << ReportKind::Inventory;
}

// The reports of the Vĩnh Phúc example as the builder makes them.
void TestReportPdf::vinhPhuc()
{
    if (!havePoppler())
        QSKIP("the poppler tools are not installed (scripts/install-deps.sh)");
    QFETCH(ReportKind, kind);
    ReportOptions options = ReportOptions::fromProperties(m_data.info.extraProperties);
    options.kind = kind;
    options.language = u"vi"_s;
    const ReportDocument report = ReportBuilder::build(m_data, options);
    const QString path = write(report, u"vinhphuc-%1.pdf"_s.arg(ReportOptions::kindName(kind)));
    QVERIFY(QFile::exists(path));

    const test::ToolRun fonts = test::runTool(u"pdffonts"_s, {path});
    QCOMPARE(fonts.exitCode, 0);
    for (const QString &row : QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = row.simplified().split(u' ');
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == u"yes", qPrintable(row));
    }
    const QList<Page> pages = test::pdfPages(path);
    checkPages(pages, report.page);
    QString all;
    for (const Page &page : pages)
        all += page.text() + u' ';
    // The header block as the builder made it (in the language its translation has).
    QVERIFY(report.hasHeaderBlock);
    for (const QString &text : {report.header.nationalTitle, report.header.motto})
        QVERIFY2(all.contains(comparable(text)), qPrintable(text));
    if (kind != ReportKind::Architecture)
        return;
    // The architecture document names every element (its appendix lists them all).
    QStringList missing;
    for (const Element &e : m_data.elements)
        if (!all.contains(comparable(e.name)))
            missing.append(e.name);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"; "_s)));
}

// A page painted on an image (the report dialog's preview) at twice the text
// resolution looks like the page at the text resolution: the diagram's names keep
// the size the painter measured them at.
void TestReportPdf::preview()
{
    const ReportDocument report = ::architecture(m_data);
    ReportPages pages(report, m_data);
    QVERIFY(pages.layout());
    int landscape = -1;
    // The overall diagram's page: the first landscape one.
    for (int i = pages.pageCount() - 1; i >= 0; --i)
        if (pages.pageLayout(i).orientation() == QPageLayout::Landscape)
            landscape = i;
    QVERIFY(landscape > 0);
    auto render = [&](int dpi) {
        const QSize size = pages.pageLayout(landscape).fullRectPixels(dpi).size();
        QImage image(size, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter p(&image);
        pages.paintPage(&p, landscape);
        return image;
    };
    const QImage normal = render(96);
    const QImage fine = render(192).scaled(normal.size(), Qt::IgnoreAspectRatio,
                                           Qt::SmoothTransformation);
    if (qEnvironmentVariableIntValue("KT_KEEP_REPORTS") == 1) {
        normal.save(m_dir.filePath(u"preview-96.png"_s));
        fine.save(m_dir.filePath(u"preview-192.png"_s));
    }
    // Compared at half size: the anti-aliasing of two resolutions differs at every
    // glyph's edge, names drawn at another size differ everywhere.
    const QSize half = normal.size() / 2;
    const test::ImageDifference d = test::compareImages(
            normal.scaled(half, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
            fine.scaled(half, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), 48);
    QVERIFY(d.sameSize);
    QVERIFY2(d.differing < 0.02, qPrintable(QString::number(d.differing)));
}

void TestReportPdf::cancel()
{
    const ReportDocument report = ::architecture(m_data);
    for (const int stop : {2, 12}) {
        const QString path = m_dir.filePath(u"cancel-%1.pdf"_s.arg(stop));
        PdfReportWriter writer;
        int calls = 0;
        int last = 0;
        const bool written = writer.writeFile(report, m_data, path, [&](int, int total) {
            last = total;
            return ++calls < stop;
        });
        QVERIFY(!written);
        QCOMPARE(calls, stop);
        QVERIFY(last > 0);
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!QFile::exists(path));
    }
}

void TestReportPdf::deterministic()
{
    const ReportDocument report = ::architecture(m_data);
    const QString a = write(report, u"same-a.pdf"_s);
    QThread::msleep(1100);
    const QString b = write(report, u"same-b.pdf"_s);
    QFile fa(a), fb(b);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray bytes = fa.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes == fb.readAll());
    QVERIFY(bytes.contains("20210105080000"));
    if (!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()) {
        const test::ToolRun info = test::runTool(u"pdfinfo"_s, {a});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(!info.err.contains("rror"), info.err.constData());
    }
}

void TestReportPdf::longTable()
{
    ReportDocument report;
    report.created = QDateTime(QDate(2021, 1, 5), QTime(0, 0), Qt::UTC);
    ReportSection section = makeSection(u"I"_s, u"DANH MỤC"_s, 1);
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table = systemsTable(100000);
    // A row taller than a page is cut between its lines instead of looping.
    table.table.rows[10][1] = QStringList(300, u"dòng"_s).join(u'\n');
    section.blocks = {table};
    report.sections = {section};

    QElapsedTimer timer;
    timer.start();
    ReportPages pages(report, m_data);
    int calls = 0;
    QVERIFY(pages.layout([&](int, int) {
        ++calls;
        return true;
    }));
    const qint64 ms = timer.elapsed();
    QFile status(u"/proc/self/status"_s);
    QByteArray peak;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM"))
                peak = line.simplified();
    qInfo("100,000 rows: %d pages laid out in %lld ms, %s, %d progress calls", pages.pageCount(),
          ms, peak.constData(), calls);
    QVERIFY(pages.pageCount() > 2000);
    // The times are information only: the benchmark measures them (a timed unit test
    // fails on a loaded machine); the test's own time limit catches a loop.
    QVERIFY(calls > 100); // the long table reports its progress and can be cancelled

    // The whole PDF: laying out and painting every page.
    timer.restart();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PdfReportWriter writer;
    QVERIFY2(writer.write(report, m_data, &buffer), qPrintable(writer.errorString()));
    const qint64 written = timer.elapsed();
    qInfo("100,000 rows: PDF of %lld bytes written in %lld ms", qint64(bytes.size()), written);
    QVERIFY(bytes.startsWith("%PDF-"));
}

// Every column is at least as wide as its longest word, of its header or of any
// cell (the last rows too), with the cell's padding; a short status ("Nâng cấp")
// counts as one word. The DOCX and ODT writers take these widths.
void TestReportPdf::columnsHoldTheirLongestWord()
{
    ReportTable table;
    table.columns = {{u"STT"_s, 0.5, ReportTableColumn::Align::Center},
                     {u"Hệ thống"_s, 6},
                     {u"Đơn vị chủ quản"_s, 6},
                     {u"Tình trạng"_s, 0.4},
                     {u"Cấp độ"_s, 0.3, ReportTableColumn::Align::Center}};
    for (int i = 1; i <= 150; ++i)
        table.rows.append({QString::number(i), u"Hệ thống thông tin số %1"_s.arg(i),
                           u"Sở Thông tin và Truyền thông"_s,
                           i % 2 ? u"Nâng cấp"_s : u"Hiện có"_s,
                           // A long word far down the table only.
                           i == 140 ? u"Chưa-xác-định"_s : QString::number(i % 4 + 1)});
    const double width = (210 - 30 - 15) * Mm;
    const QList<double> widths = ReportColumnWidths(14)(table, width);
    QCOMPARE(widths.size(), table.columns.size());
    double sum = 0;
    for (const double w : widths)
        sum += w;
    QVERIFY2(qAbs(sum - width) < 0.5, qPrintable(QString::number(sum)));

    // The table's fonts for a 14 pt body: 13 pt cells, the header bold.
    ReportStyle style;
    const int header = style.font(13, true);
    const int cell = style.font(13);
    constexpr double Padding = 2 * 4; // a cell's text is 4 pt inside each border
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        double longest = 0;
        for (const QString &word : table.columns.at(c).header.split(u' '))
            longest = std::max(longest, style.width(header, word));
        for (const QStringList &row : table.rows) {
            const QString &text = row.at(c);
            const bool status = c == 3;
            if (status)
                longest = std::max(longest, style.textWidth(cell, text));
            else
                for (const QString &word : text.split(u' '))
                    longest = std::max(longest, style.width(cell, word));
        }
        QVERIFY2(widths.at(c) >= longest + Padding,
                 qPrintable(u"column %1 (%2): %3 pt for a word of %4 pt"_s.arg(c)
                                    .arg(table.columns.at(c).header)
                                    .arg(widths.at(c))
                                    .arg(longest)));
    }
    // What is left is shared by the relative widths: the two wide columns alike.
    QVERIFY(qAbs(widths.at(1) - widths.at(2)) < 0.5);
}

// The final decision without a signer's name keeps the room for the signature
// and the name line below the titles; the draft prints the placeholder there.
void TestReportPdf::finalLeavesTheNameLine()
{
    if (!havePoppler())
        QSKIP("the poppler tools are not installed (scripts/install-deps.sh)");
    ReportOptions options;
    options.kind = ReportKind::Decision;
    options.language = u"en"_s;
    const QList<Page> draft = test::pdfPages(write(ReportBuilder::build(m_data, options),
                                            u"decision-draft.pdf"_s));
    options.final = true;
    const QList<Page> final = test::pdfPages(write(ReportBuilder::build(m_data, options),
                                            u"decision-final.pdf"_s));
    QVERIFY(!draft.isEmpty() && !final.isEmpty());
    QVERIFY2(draft.last().text().contains(u"[Full name of the signer]"_s),
             qPrintable(draft.last().text()));
    QVERIFY(!final.last().text().contains(u"[Full"_s));
    QVERIFY(final.last().text().endsWith(u"VICE CHAIR"_s));

    // The closing block keeps the name's line when the name is blank: as tall as
    // with a name, the titles, the room for the signature and the name below.
    ReportDocument named = ReportBuilder::build(m_data, options);
    QVERIFY(named.signer.name.isEmpty());
    ReportStyle style;
    const ReportTextLayout text(style);
    const ReportFrontLayout front(style, text, named.page.bodyPt);
    const double blank = front.closing(named, 450).height;
    named.signer.name = u"Nguyễn Văn Khước"_s;
    const double withName = front.closing(named, 450).height;
    QVERIFY2(qAbs(blank - withName) < 0.5 * named.page.bodyPt,
             qPrintable(u"%1 pt without the name, %2 pt with it"_s.arg(blank).arg(withName)));
}

// Landscape tables in a row share their pages, as in a Word section; text after
// them goes on to a portrait page; a page break asked for stays one.
void TestReportPdf::landscapeTablesSharePages()
{
    ReportFlow flow(ReportPageSetup{});
    ReportUnit unit;
    unit.height = 50;
    flow.setOrientation(true);
    flow.add(unit);
    flow.setOrientation(false); // the end of a landscape table…
    flow.setOrientation(true);  // …and the next one
    flow.add(unit);
    QCOMPARE(flow.pageCount(), 1);
    QVERIFY(flow.pages().last().landscape);
    flow.setOrientation(false);
    flow.add(unit);
    QCOMPARE(flow.pageCount(), 2);
    QVERIFY(!flow.pages().last().landscape);
    flow.breakPage(false);
    flow.setOrientation(false);
    flow.add(unit);
    QCOMPARE(flow.pageCount(), 3);
}

// A web address in a table (the portal's, in the information systems' tables)
// breaks after its slashes and dots: its column is no wider than the system's
// name beside it, which had been left a word a line.
void TestReportPdf::addressesBreakInTheirColumn()
{
    ReportOptions options = ReportOptions::fromProperties(m_data.info.extraProperties);
    options.kind = ReportKind::Architecture;
    const ReportDocument report = ReportBuilder::build(m_data, options);
    const ReportColumnWidths columns(report.page.bodyPt);
    int checked = 0;
    for (const ReportBlock *block : test::reportBlocks(report, ReportBlock::Kind::Table)) {
        const ReportTable &table = block->table;
        for (const QStringList &row : table.rows)
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (!row.at(c).contains(u"://"_s))
                    continue;
                const double width = ReportFlow(report.page).contentRect(table.landscape).width();
                const QList<double> widths = columns(table, width);
                QVERIFY2(widths.at(c) <= widths.at(1),
                         qPrintable(u"%1: the address's column %2 pt, the name's %3 pt"_s.arg(
                                 table.caption).arg(widths.at(c)).arg(widths.at(1))));
                ++checked;
            }
    }
    QVERIFY(checked > 0);
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
