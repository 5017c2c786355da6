#include "reportoptions.h"

#include "reportbuilder.h"
#include "reportlanguage.h"
#include "../types/modelinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The keys, as JSON names them and as "kt:report.<key>" stores them.
const QString Kind = u"kind"_s;
const QString ParentBody = u"parentBody"_s;
const QString IssuingBody = u"issuingBody"_s;
const QString DocumentNumber = u"documentNumber"_s;
const QString DocumentSymbol = u"documentSymbol"_s;
const QString Place = u"place"_s;
const QString Date = u"date"_s;
const QString UseToday = u"useToday"_s;
const QString SignerAuthority = u"signerAuthority"_s;
const QString SignerDeputy = u"signerDeputy"_s;
const QString SignerTitle = u"signerTitle"_s;
const QString SignerName = u"signerName"_s;
const QString Recipients = u"recipients"_s;
const QString Chapters = u"chapters"_s;
const QString Language = u"language"_s;
const QString Paper = u"paper"_s;
const QString MarginTop = u"marginTop"_s;
const QString MarginBottom = u"marginBottom"_s;
const QString MarginLeft = u"marginLeft"_s;
const QString MarginRight = u"marginRight"_s;
const QString BodyPt = u"bodyPt"_s;
const QString Final = u"final"_s;

const QString TextPrefix = u"kt:report.text."_s;

// A day of no meaning for files made without any date (the first of 2020 UTC).
const QDateTime FixedEpoch(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);

bool isOptionKey(const QString &key)
{
    return key.startsWith(ReportOptions::propertyPrefix()) && !key.startsWith(TextPrefix);
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QString ReportOptions::propertyPrefix()
{
    return u"kt:report."_s;
}

QString ReportOptions::kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Decision:
        return u"decision"_s;
    case ReportKind::Inventory:
        return u"inventory"_s;
    case ReportKind::Comparison:
        return u"comparison"_s;
    case ReportKind::Architecture:
        break;
    }
    return u"architecture"_s;
}

bool ReportOptions::kindFromName(const QString &name, ReportKind *kind)
{
    for (ReportKind k : {ReportKind::Architecture, ReportKind::Decision, ReportKind::Inventory})
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    return false;
}

QJsonObject ReportOptions::toJson() const
{
    QJsonObject o;
    o.insert(Kind, kindName(kind));
    o.insert(ParentBody, parentBody);
    o.insert(IssuingBody, issuingBody);
    o.insert(DocumentNumber, documentNumber);
    o.insert(DocumentSymbol, documentSymbol);
    o.insert(Place, place);
    o.insert(Date, date.isValid() ? date.toString(Qt::ISODate) : QString());
    o.insert(UseToday, useToday);
    o.insert(SignerAuthority, signerAuthority);
    o.insert(SignerDeputy, signerDeputy);
    o.insert(SignerTitle, signerTitle);
    o.insert(SignerName, signerName);
    o.insert(Recipients, QJsonArray::fromStringList(recipients));
    o.insert(Chapters, QJsonArray::fromStringList(chapters));
    o.insert(Language, language);
    o.insert(Paper, page.paper);
    o.insert(MarginTop, page.topMm);
    o.insert(MarginBottom, page.bottomMm);
    o.insert(MarginLeft, page.leftMm);
    o.insert(MarginRight, page.rightMm);
    o.insert(BodyPt, page.bodyPt);
    o.insert(Final, final);
    return o;
}

namespace {

// Reads one key of a JSON object into options, or says what is wrong with it.
QString readKey(const QString &key, const QJsonValue &value, ReportOptions &o)
{
    const auto text = [&](QString *field) -> QString {
        if (!value.isString())
            return ReportOptions::tr("“%1” must be a text.").arg(key);
        *field = value.toString().trimmed();
        return {};
    };
    const auto list = [&](QStringList *field) -> QString {
        if (!value.isArray())
            return ReportOptions::tr("“%1” must be a list of texts.").arg(key);
        QStringList result;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return ReportOptions::tr("“%1” must be a list of texts.").arg(key);
            result.append(item.toString().trimmed());
        }
        *field = result;
        return {};
    };
    const auto flag = [&](bool *field) -> QString {
        if (!value.isBool())
            return ReportOptions::tr("“%1” must be true or false.").arg(key);
        *field = value.toBool();
        return {};
    };
    // Decree 30's margins, in millimetres.
    const auto margin = [&](double *field, double low, double high) -> QString {
        if (!value.isDouble() || value.toDouble() < low || value.toDouble() > high)
            return ReportOptions::tr("“%1” must be a number of millimetres from %2 to %3 "
                                     "(Decree 30/2020).")
                    .arg(key, number(low), number(high));
        *field = value.toDouble();
        return {};
    };

    if (key == Kind) {
        if (!value.isString() || !ReportOptions::kindFromName(value.toString(), &o.kind))
            return ReportOptions::tr("“%1” must be architecture, decision or inventory.").arg(key);
        return {};
    }
    if (key == ParentBody)
        return text(&o.parentBody);
    if (key == IssuingBody)
        return text(&o.issuingBody);
    if (key == DocumentNumber)
        return text(&o.documentNumber);
    if (key == DocumentSymbol)
        return text(&o.documentSymbol);
    if (key == Place)
        return text(&o.place);
    if (key == Date) {
        const QString s = value.toString().trimmed();
        if (!value.isString())
            return ReportOptions::tr("“%1” must be a date written YYYY-MM-DD, “today” or empty.")
                    .arg(key);
        if (s == u"today") {
            o.useToday = true;
            o.date = {};
            return {};
        }
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!s.isEmpty() && !d.isValid())
            return ReportOptions::tr("“%1”: “%2” is not a date written YYYY-MM-DD.").arg(key, s);
        o.date = d;
        return {};
    }
    if (key == UseToday)
        return flag(&o.useToday);
    if (key == SignerAuthority)
        return text(&o.signerAuthority);
    if (key == SignerDeputy)
        return text(&o.signerDeputy);
    if (key == SignerTitle)
        return text(&o.signerTitle);
    if (key == SignerName)
        return text(&o.signerName);
    if (key == Recipients)
        return list(&o.recipients);
    if (key == Chapters) {
        if (QString error = list(&o.chapters); !error.isEmpty())
            return error;
        const QStringList known = ReportBuilder::chapterIds();
        for (const QString &id : std::as_const(o.chapters))
            if (!known.contains(id))
                return ReportOptions::tr("“%1”: there is no chapter “%2” (known: %3).")
                        .arg(key, id, known.join(u", "_s));
        return {};
    }
    if (key == Language) {
        if (value.toString() != u"vi" && value.toString() != u"en")
            return ReportOptions::tr("“%1” must be vi or en.").arg(key);
        o.language = value.toString();
        return {};
    }
    if (key == Paper) {
        if (value.toString() != u"A4" && value.toString() != u"A3")
            return ReportOptions::tr("“%1” must be A4 or A3.").arg(key);
        o.page.paper = value.toString();
        return {};
    }
    if (key == MarginTop)
        return margin(&o.page.topMm, 20, 25);
    if (key == MarginBottom)
        return margin(&o.page.bottomMm, 20, 25);
    if (key == MarginLeft)
        return margin(&o.page.leftMm, 30, 35);
    if (key == MarginRight)
        return margin(&o.page.rightMm, 15, 20);
    if (key == BodyPt) {
        if (!value.isDouble() || (value.toDouble() != 13 && value.toDouble() != 14))
            return ReportOptions::tr("“%1” must be 13 or 14 (points, Decree 30/2020).").arg(key);
        o.page.bodyPt = value.toDouble();
        return {};
    }
    if (key == Final)
        return flag(&o.final);
    return ReportOptions::tr("“%1” is not a report option.").arg(key);
}

} // namespace

Result<ReportOptions> ReportOptions::fromJson(const QByteArray &json, const ReportOptions &base)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<ReportOptions>::failure(
                tr("The report options are not valid JSON: %1 (at character %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return Result<ReportOptions>::failure(
                tr("The report options must be one JSON object of options."));
    ReportOptions options = base;
    const QJsonObject o = document.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const QString error = readKey(it.key(), it.value(), options); !error.isEmpty())
            return Result<ReportOptions>::failure(tr("Report option %1").arg(error));
    return options;
}

ReportOptions ReportOptions::fromProperties(const PropertyList &properties)
{
    // The stored values are those fromJson accepts; one that is not (a file
    // edited by hand) leaves the default, as an unknown key does.
    ReportOptions options;
    const QString prefix = propertyPrefix();
    for (const Property &p : properties) {
        if (!isOptionKey(p.key))
            continue;
        const QString key = p.key.mid(prefix.size());
        QJsonValue value(p.value);
        if (key == Recipients || key == Chapters) {
            value = QJsonArray::fromStringList(p.value.isEmpty() ? QStringList()
                                                                 : p.value.split(u'\n'));
        } else if (key == UseToday || key == Final) {
            value = QJsonValue(p.value == u"true");
        } else if (key == MarginTop || key == MarginBottom || key == MarginLeft
                   || key == MarginRight || key == BodyPt) {
            value = QJsonValue(p.value.toDouble());
        }
        ReportOptions candidate = options;
        if (readKey(key, value, candidate).isEmpty())
            options = candidate;
    }
    return options;
}

PropertyList ReportOptions::toProperties(const PropertyList &properties) const
{
    PropertyList result;
    for (const Property &p : properties)
        if (!isOptionKey(p.key))
            result.append(p);
    // Only what differs from the defaults is stored: a model that never made a
    // report carries no report keys, and its files do not change.
    const ReportOptions defaults;
    const QJsonObject mine = toJson();
    const QJsonObject theirs = defaults.toJson();
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (it.value() == theirs.value(it.key()))
            continue;
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items.append(item.toString());
            value = items.join(u'\n');
        } else if (it.value().isBool()) {
            value = it.value().toBool() ? u"true"_s : u"false"_s;
        } else if (it.value().isDouble()) {
            value = number(it.value().toDouble());
        } else {
            value = it.value().toString();
        }
        result.append({propertyPrefix() + it.key(), value});
    }
    return result;
}

ReportOptions ReportOptions::resolved(const ModelInfo &info) const
{
    const ReportLanguage tr(language);
    ReportOptions o = *this;
    if (o.issuingBody.isEmpty())
        o.issuingBody = tr.upper(
                tr.text(QT_TRANSLATE_NOOP("kt::ReportBuilder", "People's Committee of %1 Province"))
                        .arg(info.province));
    if (o.place.isEmpty())
        o.place = info.province;
    if (o.documentSymbol.isEmpty())
        o.documentSymbol = kind == ReportKind::Inventory || kind == ReportKind::Comparison ? tr.text(QT_TRANSLATE_NOOP(
                                                                   "kt::ReportBuilder", "BC-UBND"))
                                                         : tr.text(QT_TRANSLATE_NOOP(
                                                                   "kt::ReportBuilder", "QD-UBND"));
    if (o.signerAuthority.isEmpty() && o.signerDeputy.isEmpty() && o.signerTitle.isEmpty()) {
        o.signerAuthority = tr.upper(tr.text(
                QT_TRANSLATE_NOOP("kt::ReportBuilder", "On behalf of the People's Committee")));
        o.signerDeputy = tr.upper(tr.text(QT_TRANSLATE_NOOP("kt::ReportBuilder", "For the Chair")));
        o.signerTitle = tr.upper(tr.text(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Vice Chair")));
    }
    if (o.useToday)
        o.date = QDate::currentDate();
    return o;
}

QDateTime ReportOptions::created(const ModelInfo &info) const
{
    if (useToday)
        return QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    if (info.decisionDate.isValid())
        return QDateTime(info.decisionDate, QTime(0, 0), Qt::UTC);
    return FixedEpoch;
}

} // namespace kt
