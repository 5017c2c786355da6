#pragma once

#include <QString>

namespace kt {

// A text of the profile in the two languages of the product.
struct LocalizedText
{
    QString vi;
    QString en;

    // The text in the given language ("vi" or "en"), falling back to the other one.
    QString text(const QString &language) const
    {
        if (language == u"en")
            return en.isEmpty() ? vi : en;
        return vi.isEmpty() ? en : vi;
    }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace kt
