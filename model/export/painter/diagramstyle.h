#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace kt {

// The fixed look of diagrams: one named sans font with full Vietnamese coverage
// (Noto Sans, from Debian's fonts-noto-core), sizes and colours that every output
// shares, so the canvas, the exports and the reports look the same.
struct DiagramStyle
{
    static QString fontFamily();
    static QFont labelFont();     // element names
    static QFont groupFont();     // band and group titles
    static QFont badgeFont();     // security level badge
    static QFont connectionFont(); // relationship names

    static constexpr double iconSize = 14;
    static constexpr double padding = 6;
    static constexpr double badgeSize = 16;
    static constexpr double groupHeaderHeight = 24;

    static QColor lineColor() { return QColor(0x37, 0x41, 0x51); }
    // Connections a shade lighter than outlines, so that many lines crossing a
    // diagram do not drown the shapes.
    static QColor connectionColor() { return QColor(0x4b, 0x55, 0x63); }
    static QColor textColor() { return QColor(0x11, 0x18, 0x27); }
    static QColor selectionColor() { return QColor(0x25, 0x63, 0xeb); }
    // Badge colour by security level 1..5 (0: none given).
    static QColor securityLevelColor(int level);
    // The fill of a node of a layer colour, and the lighter fill of a band.
    static QColor bandFill(const QColor &layerColor);
};

} // namespace kt
