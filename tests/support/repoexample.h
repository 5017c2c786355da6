#pragma once

#include <model/modelfile.h>

#include <QtGlobal>

namespace kt::test {

// The model the repository tests publish: the Vĩnh Phúc 2.0 example.
inline ModelData repoExample()
{
    const Result<ModelData> data
        = ModelFile::load(QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-2.0.xml"));
    if (!data)
        qFatal("%s", qPrintable(data.error()));
    return data.value();
}

// The model's i-th element, to change in place.
inline Element &elementAt(ModelData &data, qsizetype i)
{
    return *data.elements.find(data.elements.at(i).id);
}

} // namespace kt::test
