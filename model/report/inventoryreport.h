#pragma once

#include "reportcontext.h"

namespace kt {

// The information-systems inventory (danh mục hệ thống thông tin và cấp độ an
// toàn thông tin): a short Báo cáo with the header block, one table per
// security level 1–5 and one for the systems without a level.
class InventoryReport
{
public:
    static ReportDocument build(const ModelData &data, const ReportOptions &options);
};

} // namespace kt
