#include "reportcontext.h"

namespace kt {

using namespace Qt::StringLiterals;

ReportContext::ReportContext(const ModelData &data, const ReportOptions &options)
    : m_data(data), m_options(options.resolved(data.info)), m_language(options.language)
{
}

ReportDocument ReportContext::document(ReportKind kind) const
{
    ReportDocument d;
    d.kind = kind;
    d.language = m_language.language();
    d.draft = draft();
    d.page = m_options.page;
    d.created = m_options.created(m_data.info);
    d.author = m_data.info.author.isEmpty() ? m_options.issuingBody : m_data.info.author;
    return d;
}

QString ReportContext::documentReference() const
{
    const QString symbol = m_options.documentSymbol;
    if (!m_options.documentNumber.isEmpty())
        return m_options.documentNumber + u'/' + symbol;
    // The symbol as the language writes it ("QĐ-UBND", "QD-UBND" in English)
    // names the same kind of document.
    const auto plain = [](QString s) { return s.toUpper().replace(QChar(0x0110), u'D'); };
    const QString decisionSymbol = m_data.info.decision.section(u'/', 1);
    if (!decisionSymbol.isEmpty() && plain(decisionSymbol) == plain(symbol))
        return m_data.info.decision;
    return ReportLanguage::blank() + u'/' + symbol;
}

ReportHeaderBlock ReportContext::headerBlock(bool withNumber) const
{
    ReportHeaderBlock h;
    h.parentBody = upper(m_options.parentBody);
    h.issuingBody = upper(m_options.issuingBody);
    h.nationalTitle = upper(t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                                "Socialist Republic of Vietnam")));
    h.motto = t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Independence - Freedom - Happiness"));
    if (withNumber) {
        h.number = t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "No.: %1")).arg(documentReference());
        h.placeAndDate = m_language.placeAndDate(m_options.place, m_options.date);
    }
    return h;
}

ReportSigner ReportContext::signer() const
{
    ReportSigner s;
    for (const QString &line : {m_options.signerAuthority, m_options.signerDeputy,
                                m_options.signerTitle})
        if (!line.isEmpty())
            s.titleLines.append(upper(line));
    s.name = m_options.signerName.trimmed();
    // A draft shows that the name is still to come, as its other placeholders do;
    // the final leaves the space for the signature and the name line empty, to be
    // typed in or written by hand when it is signed (Decree 30, Appendix I).
    if (s.name.isEmpty() && draft())
        s.name = t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "[Full name of the signer]"));
    return s;
}

QStringList ReportContext::recipients() const
{
    QStringList lines = m_options.recipients;
    if (lines.isEmpty()) {
        lines = {t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                     "Ministry of Information and Communications (for report);")),
                 t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                     "Standing Board of the Provincial Party Committee (for report);")),
                 t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                     "Chair and Vice Chairs of the Provincial People's Committee;")),
                 t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Archived: clerical office."))};
        // Those Article 3 names implement a decision; a report has no articles.
        if (m_options.kind == ReportKind::Decision)
            lines.prepend(t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "As in Article 3;")));
    }
    for (QString &line : lines)
        if (!line.startsWith(u'-'))
            line.prepend(u"- "_s);
    return lines;
}

QString ReportContext::architectureName() const
{
    const QString version = m_data.info.versionLabel.isEmpty() ? profile().version()
                                                               : m_data.info.versionLabel;
    return t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                               "E-Government Architecture of %1 Province, version %2"))
            .arg(m_data.info.province, version);
}

ReportTable ReportContext::table(const QString &title, const QList<ReportTableColumn> &columns)
{
    ReportTable table;
    if (!title.isEmpty())
        table.caption = t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Table %1. %2"))
                                .arg(++m_tables)
                                .arg(title);
    table.columns.append({t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "No.")), 0.5,
                          ReportTableColumn::Align::Center});
    table.columns.append(columns);
    return table;
}

void ReportContext::addRow(ReportTable &table, QStringList cells)
{
    cells.prepend(QString::number(table.rows.size() + 1));
    table.rows.append(std::move(cells));
}

ReportFigure ReportContext::figure(const View &view, const QString &title, bool landscape)
{
    ReportFigure f;
    f.view = view.id;
    f.caption = t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Figure %1. %2")).arg(++m_figures).arg(title);
    f.landscape = landscape;
    return f;
}

ReportBlock ReportContext::paragraph(const QString &text, ParagraphRole role, const QString &lead)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.paragraph = {role, lead, text};
    return b;
}

ReportBlock ReportContext::block(ReportTable table)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = std::move(table);
    return b;
}

ReportBlock ReportContext::block(ReportFigure figure)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Figure;
    b.figure = std::move(figure);
    return b;
}

QList<ReportBlock> ReportContext::narrative(ReportTextSection section) const
{
    const QString text = ReportTexts::text(m_data.info.extraProperties, section).trimmed();
    QList<ReportBlock> blocks;
    if (text.isEmpty()) {
        if (draft())
            blocks.append(paragraph(
                    t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                        "[To be written by the architect: %1.]"))
                            .arg(m_language.text(ReportTexts::titleSource(section)).toLower()),
                    ParagraphRole::Placeholder));
        return blocks;
    }
    // Paragraphs are separated by an empty line; lines starting "- " are bullets,
    // consecutive ones one list.
    QString pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            blocks.append(paragraph(pending));
        pending.clear();
    };
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
        } else if (line.startsWith(u"- "_s)) {
            flush();
            if (blocks.isEmpty() || blocks.last().kind != ReportBlock::Kind::Bullets) {
                ReportBlock b;
                b.kind = ReportBlock::Kind::Bullets;
                blocks.append(b);
            }
            blocks.last().bullets.append(line.mid(2).trimmed());
        } else {
            pending = pending.isEmpty() ? line : pending + u' ' + line;
        }
    }
    flush();
    return blocks;
}

QString ReportContext::value(const Element &element, const QString &key) const
{
    const QString stored = element.properties.value(key);
    return stored.isEmpty() ? QString()
                            : profile().displayValue(key, stored, m_language.language());
}

QStringList ReportContext::legalBases() const
{
    // The framework's legal-document type; a profile without it has none listed.
    static const QString LegalDocument = u"legal-document"_s;
    QStringList bases;
    for (const Element &e : m_data.elements)
        if (e.type == LegalDocument && e.property(u"lifecycle"_s) != u"new")
            bases.append(e.name);
    bases.append(profile().issuedBy().text(m_language.language()));
    return bases;
}

QString ReportContext::roman(int n)
{
    static const QPair<int, const char *> Digits[] = {{1000, "M"}, {900, "CM"}, {500, "D"},
                                                      {400, "CD"}, {100, "C"},  {90, "XC"},
                                                      {50, "L"},   {40, "XL"},  {10, "X"},
                                                      {9, "IX"},   {5, "V"},    {4, "IV"},
                                                      {1, "I"}};
    QString result;
    for (const auto &[value, digits] : Digits)
        while (n >= value) {
            result += QLatin1StringView(digits);
            n -= value;
        }
    return result;
}

bool ReportContext::isEmpty(const ReportSection &section)
{
    return section.blocks.isEmpty()
            && std::all_of(section.sections.begin(), section.sections.end(),
                           [](const ReportSection &s) { return isEmpty(s); });
}

QString ReportContext::typeName(const QString &typeId) const
{
    const ElementType *type = profile().elementType(typeId);
    return type ? type->name.text(m_language.language()) : typeId;
}

QString ReportContext::propertyName(const QString &key) const
{
    const PropertyDefinition *p = profile().property(key);
    return p ? p->name.text(m_language.language()) : key;
}

} // namespace kt
