#pragma once

#include "reportcontext.h"

namespace kt {

// The draft of the decision approving the architecture (dự thảo Quyết định phê
// duyệt): the Decree 30 header block, "QUYẾT ĐỊNH" and its subject, the issuing
// authority, the legal bases, Articles 1–3, the recipients and the signer.
class DecisionReport
{
public:
    static ReportDocument build(const ModelData &data, const ReportOptions &options);
};

} // namespace kt
