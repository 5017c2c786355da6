#pragma once

#include "reportdocument.h"
#include "reportlanguage.h"
#include "reportoptions.h"
#include "reporttexts.h"
#include "../modeldata.h"

namespace kt {

// What the three reports share while one is built: the model, the options with
// the model's defaults filled in, the report's language, the running numbers of
// figures and tables (numbered in the order they are made, which is the order
// they are printed) and the Decree 30 parts every report has.
class ReportContext
{
public:
    ReportContext(const ModelData &data, const ReportOptions &options);

    const ModelData &data() const { return m_data; }
    const Profile &profile() const { return *m_data.profile; }
    const ReportOptions &options() const { return m_options; }
    const ReportLanguage &language() const { return m_language; }
    bool draft() const { return !m_options.final; }

    // A QT_TRANSLATE_NOOP("kt::ReportBuilder", …) source in the report's language.
    QString t(const char *source) const { return m_language.text(source); }
    QString upper(const QString &text) const { return m_language.upper(text); }

    // The document with the metadata, page, language and draft state filled in.
    ReportDocument document(ReportKind kind) const;
    ReportHeaderBlock headerBlock(bool withNumber) const;
    ReportSigner signer() const;
    // "- Như Điều 3;" …: the options' recipients, else the usual ones ("Như Điều 3"
    // only for a decision: a report has no articles).
    QStringList recipients() const;
    // "2795/QĐ-UBND": the options' number, else the model's decision when it has
    // the same symbol, else a blank for the number.
    QString documentReference() const;
    // "Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 2.0"
    QString architectureName() const;

    // A table with an STT column before the given ones, captioned "Bảng n. title"
    // (no caption when title is empty: an unnumbered list).
    ReportTable table(const QString &title, const QList<ReportTableColumn> &columns);
    // Appends a row, numbering its STT cell.
    static void addRow(ReportTable &table, QStringList cells);
    ReportFigure figure(const View &view, const QString &title, bool landscape);

    static ReportBlock paragraph(const QString &text, ParagraphRole role = ParagraphRole::Body,
                                 const QString &lead = {});
    static ReportBlock block(ReportTable table);
    static ReportBlock block(ReportFigure figure);
    // The architect's text of a section as blocks; when it is empty, a visible
    // placeholder in a draft and nothing in the final document.
    QList<ReportBlock> narrative(ReportTextSection section) const;

    // The legal bases of the architecture, each as a reader cites it: the model's
    // legal documents in force (the governance layer's "legal-document" elements
    // not still to be issued) and the framework the model follows.
    QStringList legalBases() const;
    // The number of a level-1 chapter: I, II, III, …
    static QString roman(int n);
    // A section with its subsections and blocks, none of them empty in a final document.
    static bool isEmpty(const ReportSection &section);

    // How a reader sees a typed property's value, in the report's language.
    QString value(const Element &element, const QString &key) const;
    QString typeName(const QString &typeId) const;
    QString propertyName(const QString &key) const;

private:
    const ModelData &m_data;
    ReportOptions m_options;
    ReportLanguage m_language;
    int m_tables = 0;
    int m_figures = 0;
};

} // namespace kt
