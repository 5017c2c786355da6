#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace kt {

// The fonts of a printed report (Liberation Serif, the metric twin of Times New
// Roman with every Vietnamese glyph) and their measures in points. Widths of words
// are cached: a long table measures each distinct word once.
class ReportStyle
{
public:
    struct Font
    {
        double pt = 14;
        bool bold = false;
        bool italic = false;
        bool grey = false; // a draft's placeholder
    };

    ReportStyle();
    ~ReportStyle();

    static QString family();

    // The index of a font (the same index for the same font).
    int font(double pt, bool bold = false, bool italic = false, bool grey = false);
    const Font &spec(int font) const { return m_fonts.at(font).spec; }
    // The font to paint with on a device of that resolution, in a coordinate system
    // where one unit is one point.
    QFont paintFont(int font, double dpi) const;

    double width(int font, const QString &word) const; // cached; for words and short texts
    double measure(int font, const QString &text) const; // not cached
    double spaceWidth(int font) const { return m_fonts.at(font).space; }
    double ascent(int font) const { return m_fonts.at(font).ascent; }
    double descent(int font) const { return m_fonts.at(font).descent; }
    // The width of a text as the painter sets it: its words and the spaces between.
    double textWidth(int font, const QString &text) const;

private:
    struct Entry
    {
        Font spec;
        std::unique_ptr<QFontMetricsF> metrics; // at a large size, see reportstyle.cpp
        double space = 0;
        double ascent = 0;
        double descent = 0;
        mutable QHash<QString, double> widths;
    };
    // Entries are held by pointer: a QFontMetricsF is not copied when the list grows.
    struct FontList
    {
        QList<std::shared_ptr<Entry>> items;
        const Entry &at(int i) const { return *items.at(i); }
    };
    FontList m_fonts;
};

} // namespace kt
