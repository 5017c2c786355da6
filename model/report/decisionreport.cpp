#include "decisionreport.h"

namespace kt {

using namespace Qt::StringLiterals;

ReportDocument DecisionReport::build(const ModelData &data, const ReportOptions &options)
{
    ReportContext c(data, options);
    ReportDocument d = c.document(ReportKind::Decision);
    d.title = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Decision approving the %1"))
                      .arg(c.architectureName());
    d.hasHeaderBlock = true;
    d.header = c.headerBlock(true);
    d.documentType = c.upper(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Decision")));
    d.subject = {c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Approving the %1"))
                         .arg(c.architectureName())};

    // The authority that decides, then why it may (Căn cứ …;), then the decision.
    d.preamble.append({ParagraphRole::Centered, {}, c.upper(c.options().issuingBody)});
    d.preamble.append({ParagraphRole::LegalBasis, {},
                       c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                             "Pursuant to the Law on the Organisation of Local "
                                             "Government of 19 June 2015;"))});
    for (const QString &basis : c.legalBases())
        d.preamble.append({ParagraphRole::LegalBasis, {},
                           c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Pursuant to %1;"))
                                   .arg(basis)});
    d.preamble.append({ParagraphRole::LegalBasis, {},
                       c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                             "At the proposal of the Director of the Department "
                                             "of Information and Communications."))});
    d.preamble.append({ParagraphRole::Resolution, {},
                       c.upper(c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Decides:")))});

    const auto article = [&](int n, const QString &text) {
        d.preamble.append({ParagraphRole::Article,
                           c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Article %1.")).arg(n),
                           text});
    };
    article(1, c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                     "To approve the %1 (in the document issued with this "
                                     "Decision)."))
                       .arg(c.architectureName()));
    article(2, c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                     "The Department of Information and Communications shall "
                                     "lead and guide the departments, agencies and the People's "
                                     "Committees of the districts and cities in implementing the "
                                     "Architecture, keep it up to date, and make it the basis of "
                                     "the plans and investments in information technology of the "
                                     "agencies of the province.")));
    // The last paragraph of the body ends with "./." (Decree 30); the writers
    // print the preamble as it is.
    article(3, c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                     "This Decision takes effect from the date of its signing. "
                                     "The Chief of the Office of the Provincial People's "
                                     "Committee, the Directors of the provincial departments and "
                                     "agencies, the Chairs of the People's Committees of the "
                                     "districts and cities and the organisations and individuals "
                                     "concerned shall implement this Decision."))
                       + u"/."_s);

    d.recipientsTitle = c.t(QT_TRANSLATE_NOOP("kt::ReportBuilder", "Recipients:"));
    d.recipients = c.recipients();
    d.hasSigner = true;
    d.signer = c.signer();
    return d;
}

} // namespace kt
