#include "reportbodylayout.h"
#include "reportstyles.h"

#include <model/export/exporters/exportcontent.h>
#include <model/export/exporters/exportoptions.h>
#include <model/export/painter/diagrampainter.h>

namespace kt {

using namespace Qt::StringLiterals;

static constexpr double FirstIndent = 36; // 1.27 cm
static constexpr double ParagraphSpace = 6;


// The last paragraph printed in the body, which ends with "./." in the final text.
static const ReportParagraph *lastParagraph(const QList<ReportSection> &sections,
                                            const ReportParagraph *last)
{
    for (const ReportSection &s : sections) {
        for (const ReportBlock &b : s.blocks)
            if (b.kind == ReportBlock::Kind::Paragraph)
                last = &b.paragraph;
        last = lastParagraph(s.sections, last);
    }
    return last;
}

ReportBodyLayout::ReportBodyLayout(const ReportDocument &report, const ModelData &data,
                                   ReportStyle &style, const DiagramPainter &painter)
    : m_report(report)
    , m_data(data)
    , m_style(style)
    , m_painter(painter)
    , m_text(style)
    , m_front(style, m_text, report.page.bodyPt)
    , m_tables(style, m_text, ReportTableLayout::fonts(style, report.page.bodyPt))
    , m_room(report, style)
    , m_indent(FirstIndent)
{
    const double body = report.page.bodyPt;
    m_fonts.body = style.font(body);
    m_fonts.bold = style.font(body, true);
    m_fonts.italic = style.font(body, false, true);
    m_fonts.boldItalic = style.font(body, true, true);
    m_fonts.note = style.font(std::max(10.0, body - 2), false, true);
    m_fonts.placeholder = style.font(body, false, true, true);
    m_fonts.tocTitle = style.font(body, true);
    const ReportParagraph *last = nullptr;
    for (const ReportParagraph &p : report.preamble)
        last = &p;
    m_last = lastParagraph(report.sections, last);
}

// Widow and orphan control, as Word's and the office writers' paragraphs have it:
// no first or last line of a paragraph alone at the foot or the top of a page.
static void keepTwoLines(QList<ReportUnit> &lines)
{
    if (lines.size() < 2)
        return;
    lines.first().keepWithNext = true;
    lines[lines.size() - 2].keepWithNext = true;
}

void ReportBodyLayout::addLines(ReportFlow &flow, QList<ReportUnit> lines, double spaceBefore,
                                bool keep, int anchor) const
{
    if (keep)
        for (ReportUnit &line : lines)
            line.keepWithNext = true;
    else
        keepTwoLines(lines);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ReportUnit &line = lines[i];
        if (i == 0) {
            line.spaceBefore = spaceBefore;
            line.anchor = anchor;
        }
        flow.add(line);
    }
}

void ReportBodyLayout::cover(ReportFlow &flow) const
{
    const double width = flow.contentWidth();
    double used = 0;
    if (m_report.hasHeaderBlock) {
        const ReportUnit header = m_front.headerBlock(m_report.header, width);
        flow.add(header);
        used = header.height;
    }
    ReportUnit title = m_front.title(m_report, width, true);
    // The title in the middle of the page's content area.
    title.spaceBefore = std::max(24.0, (flow.contentHeight() - title.height) / 2 - used);
    flow.add(title);
}

QList<ReportBodyLayout::Heading> ReportBodyLayout::headings() const
{
    QList<Heading> list;
    std::function<void(const QList<ReportSection> &)> walk = [&](const QList<ReportSection> &s) {
        for (const ReportSection &section : s) {
            if (!section.heading().isEmpty())
                list.append(Heading{section.level, section.heading()});
            walk(section.sections);
        }
    };
    walk(m_report.sections);
    return list;
}

void ReportBodyLayout::contents(ReportFlow &flow, const QList<int> &numbers) const
{
    const double width = flow.contentWidth();
    ReportTextFormat format;
    format.align = ReportTextFormat::Align::Center;
    ReportUnit title = m_text.block({ReportRun{m_report.tableOfContentsTitle, m_fonts.tocTitle}},
                                    width, format);
    title.height += 12;
    flow.add(title);

    // The page number's column: wide enough for four digits whatever the numbers.
    const double column = m_style.textWidth(m_fonts.bold, u"0000"_s) + 6;
    format.align = ReportTextFormat::Align::Left;
    format.lineFactor = ReportTextFormat::OfficeLine;
    const QList<Heading> list = headings();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Heading &h = list.at(i);
        const int font = h.level == 1 ? m_fonts.bold : m_fonts.body;
        const double indent = (h.level - 1) * 18;
        QList<ReportUnit> lines = m_text.lines({ReportRun{h.text, font}},
                                               width - indent - column, format);
        for (ReportUnit &line : lines)
            line.translate(indent, 0);
        ReportUnit &last = lines.last();
        double end = indent;
        double baseline = 0;
        if (!last.texts.isEmpty()) {
            const ReportTextRun &run = last.texts.last();
            end = run.origin.x() + m_style.textWidth(run.font, run.text);
            baseline = run.origin.y();
        }
        const QString number = i < numbers.size() ? QString::number(numbers.at(i)) : QString();
        const double numberWidth = m_style.textWidth(font, number);
        if (end + 4 < width - column)
            last.rules.append(ReportRule{
                    QLineF(end + 4, baseline, width - numberWidth - 4, baseline), 0.8f, true});
        if (!number.isEmpty())
            last.texts.append(ReportTextRun{QPointF(width - numberWidth, baseline), number, font});
        addLines(flow, lines, h.level == 1 ? 6 : 2);
    }
}

void ReportBodyLayout::heading(ReportFlow &flow, const ReportSection &section, int *anchor) const
{
    // A section without a heading (a decision's articles) is its blocks only.
    if (section.heading().isEmpty())
        return;
    const QList<ReportUnit> lines = m_room.heading(section, flow.contentWidth());
    addLines(flow, lines, lines.first().spaceBefore, true, (*anchor)++);
}

void ReportBodyLayout::section(ReportFlow &flow, const ReportSection &s, int *anchor) const
{
    if (s.appendix || s.newPage)
        flow.breakPage(false);
    heading(flow, s, anchor);
    for (const ReportBlock &block : s.blocks) {
        if (flow.cancelled())
            return;
        switch (block.kind) {
        case ReportBlock::Kind::Paragraph:
            paragraph(flow, block.paragraph);
            break;
        case ReportBlock::Kind::Bullets:
            bullets(flow, block.bullets);
            break;
        case ReportBlock::Kind::Table:
            flow.setOrientation(block.table.landscape);
            m_tables.add(flow, block.table);
            break;
        case ReportBlock::Kind::Figure:
            figure(flow, block.figure);
            break;
        }
    }
    for (const ReportSection &sub : s.sections)
        section(flow, sub, anchor);
}

void ReportBodyLayout::paragraph(ReportFlow &flow, const ReportParagraph &p) const
{
    if (p.role == ParagraphRole::Placeholder && !m_report.draft)
        return;
    ReportTextFormat format;
    format.firstIndent = m_indent;
    int font = m_fonts.body;
    int lead = m_fonts.bold;
    double space = ParagraphSpace;
    switch (p.role) {
    case ParagraphRole::Body:
    case ParagraphRole::Article:
        break;
    case ParagraphRole::LegalBasis:
        font = m_fonts.italic;
        lead = m_fonts.boldItalic;
        break;
    case ParagraphRole::Centered:
    case ParagraphRole::Resolution:
        font = lead = m_fonts.bold;
        format.align = ReportTextFormat::Align::Center;
        format.firstIndent = 0;
        space = 12;
        break;
    case ParagraphRole::Note:
        font = lead = m_fonts.note;
        format.align = ReportTextFormat::Align::Left;
        format.firstIndent = 0;
        space = 3;
        break;
    case ParagraphRole::Placeholder:
        font = lead = m_fonts.placeholder;
        break;
    }
    QList<ReportRun> runs;
    if (!p.lead.isEmpty())
        runs.append(ReportRun{p.lead, lead});
    QString text = p.lead.isEmpty() ? p.text : u" "_s + p.text;
    if (&p == m_last)
        text += m_report.ending; // empty where the builder ended the text itself
    runs.append(ReportRun{text, font});
    QList<ReportUnit> lines = m_text.lines(runs, flow.contentWidth(), format);
    keepTwoLines(lines);
    // The signature never stands alone on a page: the end of the text goes with it.
    if (&p == m_last && (!m_report.recipients.isEmpty() || m_report.hasSigner))
        for (qsizetype i = std::max<qsizetype>(0, lines.size() - 2); i < lines.size(); ++i)
            lines[i].keepWithNext = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0)
            lines[i].spaceBefore = space;
        flow.add(lines.at(i));
    }
}

void ReportBodyLayout::bullets(ReportFlow &flow, const QStringList &items) const
{
    ReportTextFormat format;
    format.firstIndent = m_indent;
    for (const QString &item : items)
        addLines(flow,
                 m_text.lines({ReportRun{u"- "_s + item, m_fonts.body}}, flow.contentWidth(),
                              format),
                 ParagraphSpace);
}

QRectF ReportBodyLayout::frame(const DiagramPainter &painter, const View &view)
{
    const QRectF extent = ExportContent::paintedExtent(painter, view);
    return extent.isNull() ? QRectF(0, 0, 1, 1) : extent.adjusted(-4, -4, 4, 4);
}

void ReportBodyLayout::figure(ReportFlow &flow, const ReportFigure &figure) const
{
    const ModelData &data = figure.model ? *figure.model : m_data;
    const View *view = data.views.find(figure.view);
    // A landscape figure on a page of its own; one in the text on a portrait page
    // (after a landscape table too), as the office formats set it.
    if (figure.landscape)
        flow.breakPage(true);
    else
        flow.setOrientation(false);
    const double width = flow.contentWidth();
    const ReportUnit caption = m_room.caption(figure.caption, width);
    if (view) {
        View shown = *view;
        if (!figure.legend) {
            shown.nodes = {};
            for (const ViewNode &node : view->nodes)
                if (node.kind != NodeKind::Legend)
                    shown.nodes.append(node);
        }
        // A view of another model is measured with that model's names.
        std::unique_ptr<DiagramPainter> other;
        if (figure.model)
            other = std::make_unique<DiagramPainter>(figure.model.get());
        const QRectF extent = frame(other ? *other : m_painter, shown);
        // A landscape figure fills its page under the headings kept with it (the
        // units waiting for it); one in the text takes at most 3/4 of its page.
        const double room = ReportFigureRoom::pictureHeight(
                figure.landscape, flow.contentHeight(), figure.landscape ? flow.pendingHeight() : 0,
                caption.height + caption.spaceBefore);
        const double scale = ReportFigureRoom::scale(extent.size(), QSizeF(width, room));
        const QSizeF size(extent.width() * scale, extent.height() * scale);
        ReportUnit picture;
        picture.height = size.height();
        picture.spaceBefore = ReportStyles::FigureSpace;
        picture.keepWithNext = true;
        picture.figures.append(ReportFigureItem{figure.view, figure.model, figure.overlay,
                                                QRectF(QPointF((width - size.width()) / 2, 0),
                                                       size),
                                                extent, figure.legend});
        flow.add(picture);
    }
    flow.add(caption);
    // What follows in landscape shares the page; text goes on to a portrait one.
    if (figure.landscape)
        flow.setOrientation(false);
}

bool ReportBodyLayout::body(ReportFlow &flow, const std::function<bool(int)> &sectionDone) const
{
    const double width = flow.contentWidth();
    if (!m_report.coverPage) {
        if (m_report.hasHeaderBlock)
            flow.add(m_front.headerBlock(m_report.header, width));
        ReportUnit title = m_front.title(m_report, width, false);
        title.spaceBefore = 18;
        flow.add(title);
    }
    for (const ReportParagraph &p : m_report.preamble)
        paragraph(flow, p);
    int anchor = 0;
    for (int i = 0; i < m_report.sections.size(); ++i) {
        section(flow, m_report.sections.at(i), &anchor);
        if (flow.cancelled() || !sectionDone(i + 1))
            return false;
    }
    if (!m_report.recipients.isEmpty() || m_report.hasSigner)
        flow.add(m_front.closing(m_report, width));
    flow.finish();
    return !flow.cancelled();
}

} // namespace kt
