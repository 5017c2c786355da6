#pragma once

// The words of a PDF's pages with their boxes, from poppler's pdftotext -bbox
// (the report tests check where text lies on the page), and a document converted
// to PDF by LibreOffice (the office reports as LibreOffice prints them).
#include <export/exporttest.h>

#include <QDir>
#include <QFileInfo>
#include <QRectF>

namespace kt::test {

struct PdfWord
{
    QRectF box; // points from the page's top left corner
    QString text; // NFC, whitespace simplified
};

struct PdfPage
{
    QSizeF size; // points
    QList<PdfWord> words;
    // The page's words in reading order, one space between.
    QString text() const
    {
        QStringList list;
        for (const PdfWord &w : words)
            list.append(w.text);
        return list.join(u' ').normalized(QString::NormalizationForm_C).simplified();
    }
};

inline QList<PdfPage> pdfPages(const QString &pdf)
{
    using namespace Qt::StringLiterals;
    const ToolRun run = runTool(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    QList<PdfPage> pages;
    static const QRegularExpression page(u"<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"_s);
    static const QRegularExpression word(
            u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">"
            "([^<]*)</word>"_s);
    for (const QString &line : QString::fromUtf8(run.out).split(u'\n')) {
        const QRegularExpressionMatch p = page.match(line);
        if (p.hasMatch()) {
            pages.append(PdfPage{QSizeF(p.captured(1).toDouble(), p.captured(2).toDouble()), {}});
            continue;
        }
        const QRegularExpressionMatch w = word.match(line);
        if (w.hasMatch() && !pages.isEmpty()) {
            QString text = w.captured(5);
            text.replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s)
                    .replace(u"&quot;"_s, u"\""_s);
            pages.last().words.append(
                    PdfWord{QRectF(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                                   QPointF(w.captured(3).toDouble(), w.captured(4).toDouble())),
                            text.normalized(QString::NormalizationForm_C).simplified()});
        }
    }
    return pages;
}

// file converted to PDF by LibreOffice (soffice --headless) into a folder of its
// own under dir, with the user profile in profile (a test's own, so that runs do
// not share one); the PDF's path, or empty (with a warning) when it failed.
inline QString libreOfficePdf(const QString &file, const QString &dir, const QString &profile)
{
    using namespace Qt::StringLiterals;
    const QString out = dir + u'/' + QFileInfo(file).completeBaseName() + u"-pdf"_s;
    QDir().mkpath(out);
    const ToolRun run = runTool(u"soffice"_s, {u"-env:UserInstallation=file://"_s + profile,
                                               u"--headless"_s, u"--convert-to"_s, u"pdf"_s,
                                               u"--outdir"_s, out, file});
    const QString pdf = out + u'/' + QFileInfo(file).completeBaseName() + u".pdf"_s;
    if (run.exitCode != 0 || !QFileInfo::exists(pdf)) {
        qWarning("soffice: %s %s", run.out.constData(), run.err.constData());
        return {};
    }
    return pdf;
}

} // namespace kt::test
