#pragma once

#include "../core/id.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kt {

// The content of a printed report as data: what every report writer (PDF, DOCX,
// ODT, HTML in model/export/reports) lays out, so the four formats say the same.
// Built from a model by ReportBuilder; holds no painting and no page breaks
// beyond the structure (a cover, landscape figures, appendices on new pages).
// All texts are final: numbered, translated, in capitals where printed so.

// Comparison is built from two models by ComparisonReport, not by ReportBuilder.
enum class ReportKind { Architecture, Decision, Inventory, Comparison };

// What a paragraph is; each writer maps a role to its style (a named style in
// DOCX and ODT, a class in HTML, font and indents in the PDF).
enum class ParagraphRole {
    Body,         // justified, first-line indent, body size
    LegalBasis,   // "Căn cứ …;" italic, first-line indent
    Article,      // the lead ("Điều 1.") bold, then the text; first-line indent
    Centered,     // centred, body size, bold (e.g. the issuing authority before Căn cứ)
    Resolution,   // "QUYẾT ĐỊNH:" centred, bold
    Note,         // a note under a table: smaller, left, italic
    Placeholder,  // draft only: an empty section's visible reminder
};

struct ReportParagraph
{
    ParagraphRole role = ParagraphRole::Body;
    QString lead; // printed bold before the text ("Điều 1."), may be empty
    QString text;
};

struct ReportTableColumn
{
    enum class Align { Left, Center, Right };
    QString header;
    double width = 1; // relative to the other columns
    Align align = Align::Left;
};

struct ReportTable
{
    QString caption; // "Bảng 3. Hiện trạng hệ thống thông tin", numbered by the builder
    QList<ReportTableColumn> columns; // the first is "STT" where the table has one
    QList<QStringList> rows;          // as many cells as columns; "\n" breaks a cell's line
    bool landscape = false;           // too wide for portrait: printed on landscape pages
    // A list of whatever elements a layer has (the appendix's inventory): a column
    // no row fills does not apply to them and is left out, in a draft too. In the
    // other tables such a column is data still missing (ReportBuilder::build).
    bool listing = false;
};

struct ModelData;
struct ViewOverlay;

struct ReportFigure
{
    ViewId view;
    // The model the view belongs to when it is not the report's own (the old
    // version in a comparison report); null: the report's model.
    std::shared_ptr<const ModelData> model;
    // Drawn over the diagram: what changed between two versions (a comparison report).
    std::shared_ptr<const ViewOverlay> overlay;
    QString caption;        // "Hình 1. Sơ đồ tổng thể …", numbered by the builder
    bool landscape = false; // on a page of its own, landscape, the diagram fitted
    bool legend = true;     // the view's legend is drawn (it is a node of the view)
};

struct ReportBlock
{
    enum class Kind { Paragraph, Bullets, Table, Figure };
    Kind kind = Kind::Paragraph;
    ReportParagraph paragraph; // Kind::Paragraph
    QStringList bullets;       // Kind::Bullets: each item printed as "- item"
    ReportTable table;         // Kind::Table
    ReportFigure figure;       // Kind::Figure
};

struct ReportSection
{
    QString number; // as printed before the title: "I", "1", "1.1"; may be empty
    QString title;  // as printed: level 1 in capitals ("HIỆN TRẠNG")
    int level = 1;  // 1..3: Heading 1..3 in DOCX/ODT, h1..h3 in HTML
    bool appendix = false;    // a Phụ lục: starts on a new page
    bool newPage = false;     // starts on a new page
    QList<ReportBlock> blocks;
    QList<ReportSection> sections;

    // The heading as printed and listed in the table of contents.
    QString heading() const { return number.isEmpty() ? title : number + QLatin1String(". ") + title; }
};

// The Decree 30 header block: two columns without borders, the left about 2/5.
struct ReportHeaderBlock
{
    QString parentBody;    // left, not bold; may be empty
    QString issuingBody;   // left, bold capitals, short rule under it
    QString number;        // left, as printed: "Số: 2795/QĐ-UBND" or "Số:      /QĐ-UBND"
    QString nationalTitle; // right, bold capitals: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    QString motto;         // right, bold, rule as long as it: "Độc lập - Tự do - Hạnh phúc"
    QString placeAndDate;  // right, italic: "Vĩnh Phúc, ngày 05 tháng 01 năm 2021"
};

struct ReportSigner
{
    QStringList titleLines; // bold capitals: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    QString name;           // bold, below the space for the signature
};

struct ReportPageSetup
{
    QString paper = QStringLiteral("A4"); // "A4" or "A3"
    double topMm = 20;
    double bottomMm = 20;
    double leftMm = 30;
    double rightMm = 15;
    double bodyPt = 14; // 13 or 14

    friend bool operator==(const ReportPageSetup &, const ReportPageSetup &) = default;
};

struct ReportDocument
{
    ReportKind kind = ReportKind::Architecture;
    QString language = QStringLiteral("vi"); // "vi" or "en"
    bool draft = true;

    // Metadata written into the files (PDF info, DOCX core properties, HTML head).
    // created is never "now" unless the options asked for today: the same model
    // and options give byte-identical files.
    QString title;
    QString author;
    QDateTime created;
    ReportPageSetup page;

    bool hasHeaderBlock = false;
    ReportHeaderBlock header;
    QString documentType;     // bold capitals, centred: "QUYẾT ĐỊNH", "BÁO CÁO", the architecture's title
    QStringList subject;      // trích yếu: bold, centred, a short rule under it
    QString issuedWith;       // "(Ban hành kèm theo Quyết định số …)": italic, centred
    bool coverPage = false;   // the block above is a page of its own (the architecture document)
    QList<ReportParagraph> preamble; // after the title, before the sections (a decision's Căn cứ)
    bool tableOfContents = false;    // "MỤC LỤC" on its own page(s) after the cover
    QString tableOfContentsTitle;
    QList<ReportSection> sections;
    QString ending;           // appended to the last body paragraph in the final text ("./.")

    QString recipientsTitle;  // "Nơi nhận:" 12 pt bold italic, bottom left
    QStringList recipients;   // 11 pt: "- Như Điều 3;"
    bool hasSigner = false;
    ReportSigner signer;      // bottom right
};

} // namespace kt
