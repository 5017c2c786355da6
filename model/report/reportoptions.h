#pragma once

#include "reportdocument.h"
#include "../core/result.h"
#include "../types/property.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace kt {

// The options of a report, stored in the model (ModelInfo::extraProperties under
// "kt:report.*" keys, so .ktm and exchange files keep them) so that the next report
// repeats them, and read from a JSON file by `kientruc report --options`.
struct ModelInfo;

struct ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(kt::ReportOptions)

public:
    ReportKind kind = ReportKind::Architecture;
    QString parentBody;      // "" or e.g. "BỘ THÔNG TIN VÀ TRUYỀN THÔNG"
    QString issuingBody;     // default: "ỦY BAN NHÂN DÂN TỈNH <province>"
    QString documentNumber;  // "2795", empty prints a blank for the number
    QString documentSymbol;  // "QĐ-UBND" (decision), "BC-UBND" (inventory)
    QString place;           // default: the province
    QDate date;              // empty: printed as blanks ("ngày    tháng    năm"), or today if useToday
    bool useToday = false;
    QString signerAuthority; // "TM. ỦY BAN NHÂN DÂN"
    QString signerDeputy;    // "KT. CHỦ TỊCH" or empty
    QString signerTitle;     // "PHÓ CHỦ TỊCH"
    QString signerName;
    QStringList recipients;
    QStringList chapters;    // ids of the architecture document's chapters to include; empty = all
    QString language = QStringLiteral("vi");
    ReportPageSetup page;
    bool final = false;      // final leaves out empty sections; a draft prints placeholders

    friend bool operator==(const ReportOptions &, const ReportOptions &) = default;

    // The options stored in a model's properties, defaults for what is missing.
    static ReportOptions fromProperties(const PropertyList &properties);
    // The properties with this report's "kt:report.*" entries replaced by these options.
    PropertyList toProperties(const PropertyList &properties) const;

    QJsonObject toJson() const;
    // Options from a JSON file's content over base; a failure names the bad key and why.
    static Result<ReportOptions> fromJson(const QByteArray &json, const ReportOptions &base);

    // These options with what is left empty filled from the model: the issuing
    // body of the province, the place, the symbol of the kind, the signer, in the
    // options' language (what the report prints and the report dialog shows).
    ReportOptions resolved(const ModelInfo &info) const;
    // The date the files say they were made (PDF info, DOCX core properties):
    // the options' date (today only when asked), else SOURCE_DATE_EPOCH, else the
    // model's decision date, else a fixed day, so that the same inputs give
    // byte-identical files.
    QDateTime created(const ModelInfo &info) const;

    // "architecture", "decision", "inventory" and back (false for another name).
    static QString kindName(ReportKind kind);
    static bool kindFromName(const QString &name, ReportKind *kind);
    // The prefix of the stored options' keys ("kt:report."); narrative texts
    // ("kt:report.text.*") share it but are ReportTexts'.
    static QString propertyPrefix();
};

} // namespace kt
