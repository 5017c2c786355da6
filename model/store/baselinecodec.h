#pragma once

#include "../core/result.h"
#include "../modeldata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kt {

// The compact form of a model kept in a baseline of a .ktm file (docs/FILE-FORMATS.md):
// the model as a QDataStream of its values, references written as the position of
// what they refer to rather than its id text, compressed with zlib (qCompress).
//
// Not the exchange XML: that rounds geometry to whole numbers (a baseline must give
// back the model exactly), and writing and compressing it took several times longer
// (a baseline of 20,000 elements must be taken in under a second).
class BaselineCodec
{
    Q_DECLARE_TR_FUNCTIONS(kt::BaselineCodec)

public:
    // The number stored beside the data; a file's data of another number is refused.
    static constexpr int FormatVersion = 1;

    // Fails (naming the id) on a reference to something the model does not hold.
    static Result<QByteArray> encode(const ModelData &data);
    // The model without its profile (the caller finds it from info.frameworkId);
    // fails with the reason on data this program did not write.
    static Result<ModelData> decode(const QByteArray &bytes);
};

} // namespace kt
