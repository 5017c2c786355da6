#pragma once

#include <model/modeldata.h>

namespace kt::test {

// Where two models differ first, in words, or an empty string when they are equal.
// Tests print it so that a failed round trip says what was lost.
QString firstDifference(const ModelData &expected, const ModelData &actual);

// The values of the properties named key, in their order.
QStringList valuesOf(const PropertyList &list, const QString &key);

} // namespace kt::test

// QCOMPARE-like check of two models that prints the first difference.
#define KT_COMPARE_MODELS(actual, expected)                                                        \
    do {                                                                                           \
        const QString kt_difference = kt::test::firstDifference((expected), (actual));             \
        if (!kt_difference.isEmpty())                                                              \
            QFAIL(qPrintable(kt_difference));                                                      \
    } while (false)
