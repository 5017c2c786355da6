#include "diagramstyle.h"

namespace kt {

using namespace Qt::StringLiterals;

QString DiagramStyle::fontFamily()
{
    return u"Noto Sans"_s;
}

static QFont font(double pointSize, QFont::Weight weight = QFont::Normal)
{
    QFont f(DiagramStyle::fontFamily());
    f.setPointSizeF(pointSize);
    f.setWeight(weight);
    // Same glyph positions on screen, in SVG and in PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QFont DiagramStyle::labelFont()
{
    return font(9);
}

QFont DiagramStyle::groupFont()
{
    return font(10, QFont::Bold);
}

QFont DiagramStyle::badgeFont()
{
    return font(7.5, QFont::Bold);
}

QFont DiagramStyle::connectionFont()
{
    return font(7.5);
}

QColor DiagramStyle::securityLevelColor(int level)
{
    switch (level) {
    case 1:
        return QColor(0x16, 0xa3, 0x4a);
    case 2:
        return QColor(0x65, 0xa3, 0x0d);
    case 3:
        return QColor(0xd9, 0x77, 0x06);
    case 4:
        return QColor(0xdc, 0x26, 0x26);
    case 5:
        return QColor(0x7f, 0x1d, 0x1d);
    default:
        return QColor(0x9c, 0xa3, 0xaf);
    }
}

QColor DiagramStyle::bandFill(const QColor &layerColor)
{
    QColor c = layerColor;
    c.setHsl(c.hslHue(), c.hslSaturation(), std::min(255, c.lightness() + (255 - c.lightness()) / 2));
    return c;
}

} // namespace kt
