#pragma once

#include <QString>

namespace kt {

// The product's name, a proper noun shown in both languages as it is.
inline QString productName()
{
    return QString::fromUtf8("Ki\xe1\xba\xbfn Tr\xc3\xba\x63 Studio");
}

} // namespace kt
