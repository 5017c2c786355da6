#include "diagrampainter.h"
#include "archimatenotation.h"
#include "diagramstyle.h"
#include "shapes.h"
#include "textwrapper.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPaintEngine>
#include <QSvgRenderer>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr double ArrowSize = 9;
constexpr double MarkerSize = 14;

// The name sits right of the icon; the badge and the lifecycle marker straddle
// the node's corners, so they never cover the name.
constexpr double LabelLeft = DiagramStyle::padding + DiagramStyle::iconSize + 2;
constexpr double LabelRight = DiagramStyle::padding;

QColor parseColor(const QString &text, const QColor &fallback)
{
    if (text.isEmpty())
        return fallback;
    const QColor c = QColor::fromString(text);
    return c.isValid() ? c : fallback;
}

Qt::PenStyle penStyle(LineStyle style)
{
    switch (style) {
    case LineStyle::Dashed:
        return Qt::DashLine;
    case LineStyle::Dotted:
        return Qt::DotLine;
    case LineStyle::Solid:
        break;
    }
    return Qt::SolidLine;
}

} // namespace

DiagramPainter::DiagramPainter(const ModelData *data) : m_data(data) {}

DiagramPainter::~DiagramPainter() = default;

DiagramPainter::Detail DiagramPainter::detailForScale(double scale)
{
    return scale < 0.3 ? Detail::Outline : Detail::Full;
}

QSvgRenderer *DiagramPainter::icon(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    auto it = m_icons.find(name);
    if (it == m_icons.end()) {
        auto renderer = std::make_shared<QSvgRenderer>(u":/kientruc/icons/"_s + name + u".svg"_s);
        it = m_icons.insert(name, renderer->isValid() ? renderer : nullptr);
    }
    return it->get();
}

void DiagramPainter::paintIcon(QPainter *painter, const QString &name, const QRectF &target) const
{
    QSvgRenderer *svg = icon(name);
    if (!svg)
        return;
    // Vector outputs (SVG, PDF, print) get the vector icon; the screen gets a
    // picture rendered once per size, since rendering SVG on every paint costs.
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster) {
        svg->render(painter, target);
        return;
    }
    const QTransform t = painter->worldTransform();
    const double scale = std::sqrt(t.m11() * t.m11() + t.m12() * t.m12());
    const int pixels = std::max(1, int(std::ceil(target.width() * scale
                                                 * painter->device()->devicePixelRatioF())));
    const QString key = name + u'@' + QString::number(pixels);
    auto it = m_iconImages.find(key);
    if (it == m_iconImages.end()) {
        QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg->render(&p, QRectF(0, 0, pixels, pixels));
        p.end();
        if (m_iconImages.size() > 2000)
            m_iconImages.clear();
        it = m_iconImages.insert(key, image);
    }
    painter->drawImage(target, *it);
}

const DiagramPainter::Wrapped &DiagramPainter::wrap(const QString &text, const QFont &font,
                                                    double width) const
{
    const QString key = font.family() + u'|' + QString::number(font.pointSizeF()) + u'|'
            + QString::number(font.weight())
            + u'|' + QString::number(int(width)) + u'|' + text;
    auto it = m_wrapCache.find(key);
    if (it != m_wrapCache.end())
        return *it;

    // Word wrap by the font's metrics (TextWrapper): drawn line by line at fixed
    // positions, so every paint device places the glyphs alike.
    TextWrapper &wrapper = textWrapper(font);
    Wrapped w;
    w.lineHeight = wrapper.lineHeight();
    w.lines = wrapper.lines(text, width);
    for (const QString &line : std::as_const(w.lines)) {
        w.widths.append(wrapper.metrics().horizontalAdvance(line));
        w.width = std::max(w.width, w.widths.last());
    }
    if (m_wrapCache.size() > 100000)
        m_wrapCache.clear();
    return *m_wrapCache.insert(key, w);
}

QRectF DiagramPainter::labelRect(const QString &shape, const QRectF &bounds) const
{
    // The icon's room on the left also clears a rounded or slanted end there.
    return bounds.adjusted(LabelLeft, 4, -LabelRight, -4).intersected(shapes::labelArea(shape, bounds));
}

QSizeF DiagramPainter::textSize(const QString &text, double maxWidth) const
{
    const Wrapped &w = wrap(text, DiagramStyle::labelFont(), std::max(10.0, maxWidth));
    return QSizeF(w.width, std::max<qsizetype>(1, w.lines.size()) * w.lineHeight);
}

double DiagramPainter::textHeight(const QString &text, double maxWidth) const
{
    if (!m_labelWrapper)
        m_labelWrapper = &textWrapper(DiagramStyle::labelFont());
    return m_labelWrapper->lineCount(text, std::max(10.0, maxWidth)) * m_labelWrapper->lineHeight();
}

TextWrapper &DiagramPainter::textWrapper(const QFont &font) const
{
    std::unique_ptr<TextWrapper> &wrapper = m_wrappers[font.key()];
    if (!wrapper)
        wrapper = std::make_unique<TextWrapper>(font);
    return *wrapper;
}

QSizeF DiagramPainter::nodeSizeForLabel(const QString &label, double maxWidth) const
{
    const double textWidth = std::max(20.0, maxWidth - LabelLeft - LabelRight);
    const Wrapped &w = wrap(label, DiagramStyle::labelFont(), textWidth);
    const double lines = std::max<qsizetype>(1, w.lines.size());
    return QSizeF(std::ceil(w.width + LabelLeft + LabelRight),
                  std::ceil(std::max(lines * w.lineHeight, DiagramStyle::iconSize) + 16));
}

QColor DiagramPainter::layerColor(const QString &layerId) const
{
    // Parsed once per layer: every node of a repaint asks.
    const auto it = m_layerColors.constFind(layerId);
    if (it != m_layerColors.constEnd())
        return *it;
    const QString id = layerId.section(u'/', 0, 0);
    const Layer *layer = m_data ? m_data->profile->layer(id) : nullptr;
    const QColor color = layer ? QColor::fromString(layer->color) : QColor(0xf3, 0xf4, 0xf6);
    m_layerColors.insert(layerId, color);
    return color;
}

// Lines are placed from the widths measured when the text was wrapped. On the
// screen (a raster engine) each line is drawn from a QStaticText laid out once:
// shaping the text again on every paint cost most of a repaint of the canvas.
// Vector outputs get plain drawText(), so that their files stay as they were.
void DiagramPainter::paintText(QPainter *painter, const Wrapped &text, const QRectF &area,
                               Qt::Alignment alignment) const
{
    const QFontMetricsF metrics(painter->font());
    const QPaintEngine *engine = painter->paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    const double total = text.lines.size() * text.lineHeight;
    double y = area.top();
    if (alignment & Qt::AlignVCenter)
        y = std::max(area.top(), area.center().y() - total / 2);
    y += metrics.ascent();
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        QString line = text.lines.at(i);
        double width = text.widths.at(i);
        // The last line that fits says that more follows.
        const bool lastFitting = y - metrics.ascent() + 2 * text.lineHeight > area.bottom() + 2
                && i + 1 < text.lines.size();
        if (lastFitting) {
            line = metrics.elidedText(line + u" \u2026"_s, Qt::ElideRight, area.width());
            width = metrics.horizontalAdvance(line);
        }
        double x = area.left();
        if (alignment & Qt::AlignHCenter)
            x = area.center().x() - width / 2;
        else if (alignment & Qt::AlignRight)
            x = area.right() - width;
        if (raster)
            painter->drawStaticText(QPointF(x, y - metrics.ascent()),
                                    staticText(line, painter->font()));
        else
            painter->drawText(QPointF(x, y), line);
        y += text.lineHeight;
        if (lastFitting)
            break;
    }
}

// drawText(area, Qt::AlignCenter, text) of one line, from a QStaticText on the
// screen; placed as drawText() places it, to the pixel.
void DiagramPainter::paintCentered(QPainter *painter, const QRectF &area, const QString &text) const
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster) {
        painter->drawText(area, Qt::AlignCenter, text);
        return;
    }
    const QStaticText &line = staticText(text, painter->font());
    const double height = QFontMetricsF(painter->font()).height();
    painter->drawStaticText(QPointF(area.x() + (area.width() - line.size().width()) / 2,
                                    area.y() + (area.height() - height) / 2),
                            line);
}

const QStaticText &DiagramPainter::staticText(const QString &line, const QFont &font) const
{
    const QString key = font.key() + u'|' + line;
    auto it = m_staticTexts.find(key);
    if (it == m_staticTexts.end()) {
        if (m_staticTexts.size() > 50000)
            m_staticTexts.clear();
        QStaticText text(line);
        text.setTextFormat(Qt::PlainText); // a name with "<b>" in it is not markup
        it = m_staticTexts.insert(key, text);
    }
    return *it;
}

void DiagramPainter::paintNode(QPainter *painter, const ViewNode &node, Detail detail,
                               const NodeOptions &options) const
{
    switch (node.kind) {
    case NodeKind::Element:
        paintElementNode(painter, node, detail, options);
        break;
    case NodeKind::Group:
        paintGroupNode(painter, node, detail, options);
        break;
    case NodeKind::Note:
        paintNoteNode(painter, node, detail, options);
        break;
    case NodeKind::Legend:
        paintLegendNode(painter, node, detail, options);
        break;
    case NodeKind::TitleBlock:
        paintTitleBlockNode(painter, node, detail, options);
        break;
    }
}

QString DiagramPainter::elementShape(const ViewNode &node) const
{
    const Element *element = m_data ? m_data->elements.find(node.element) : nullptr;
    const ElementType *type = element ? m_data->profile->elementType(element->type) : nullptr;
    return type ? type->shape : u"rectangle"_s;
}

QFont DiagramPainter::labelFont(const ViewNode &node) const
{
    QFont font = node.kind == NodeKind::Group ? DiagramStyle::groupFont()
                                              : DiagramStyle::labelFont();
    if (!node.style.fontName.isEmpty())
        font.setFamily(node.style.fontName);
    if (node.style.fontSize > 0 && std::isfinite(node.style.fontSize))
        font.setPointSizeF(std::clamp(node.style.fontSize, 4.0, 72.0));
    return font;
}

QRectF DiagramPainter::labelArea(const ViewNode &node, bool container, const View *view) const
{
    const QRectF r = node.bounds;
    switch (node.kind) {
    case NodeKind::Element: {
        // ArchiMate's look has the icon in the top right corner: the name's room
        // is the framework's mirrored.
        const Element *element = m_data ? m_data->elements.find(node.element) : nullptr;
        const bool archimate = element
                && archimate::elementLook(archimateLookOf(
                                                  *element,
                                                  view ? notationFromSettings(view->settings)
                                                       : Notation::Framework))
                                .shape
                        != archimate::Shape::Unknown;
        const double left = archimate ? LabelRight : LabelLeft;
        const double right = archimate ? LabelLeft : LabelRight;
        if (container) // beside the icon, in the header strip above the children
            return QRectF(r.left() + left, r.top() + DiagramStyle::padding - 1,
                          std::max(0.0, r.width() - left - right),
                          DiagramStyle::groupHeaderHeight - DiagramStyle::padding);
        if (archimate)
            return r.adjusted(left, 4, -right, -4);
        return labelRect(elementShape(node), r);
    }
    case NodeKind::Group:
        // Close under the top edge: the layout gives a band a heading strip of
        // one line (issue 9: readable on paper needs every unit of height).
        return QRectF(r.left() + 8, r.top() + 1, std::max(0.0, r.width() - 16),
                      DiagramStyle::groupHeaderHeight - 4);
    case NodeKind::Note:
    case NodeKind::Legend:
    case NodeKind::TitleBlock:
        break;
    }
    const double fold = std::min(10.0, std::min(r.width(), r.height()) / 3);
    return r.adjusted(6, 4, -fold, -4);
}

Qt::Alignment DiagramPainter::labelAlignment(const ViewNode &node, bool container) const
{
    const bool centred = node.kind == NodeKind::Element && !container;
    Qt::Alignment alignment = centred ? Qt::AlignVCenter : Qt::AlignTop;
    switch (node.style.textAlignment) {
    case TextAlignment::Left:
        return alignment | Qt::AlignLeft;
    case TextAlignment::Center:
        return alignment | Qt::AlignHCenter;
    case TextAlignment::Right:
        return alignment | Qt::AlignRight;
    case TextAlignment::Default:
        break;
    }
    return alignment | (centred ? Qt::AlignHCenter : Qt::AlignLeft);
}

void DiagramPainter::paintElementNode(QPainter *painter, const ViewNode &node, Detail detail,
                                      const NodeOptions &options) const
{
    const Element *element = m_data ? m_data->elements.find(node.element) : nullptr;
    const ElementType *type = element ? m_data->profile->elementType(element->type) : nullptr;
    const QString shape = type ? type->shape : u"rectangle"_s;
    // ArchiMate's shape and icon for an element of a generic type, or for every
    // element in a view drawn in ArchiMate's notation (its colours too, then).
    const Notation notation =
            options.view ? notationFromSettings(options.view->settings) : Notation::Framework;
    const QString archimateType = element ? archimateLookOf(*element, notation) : QString();
    const archimate::ElementLook look = archimate::elementLook(archimateType);
    const bool archimateLook = look.shape != archimate::Shape::Unknown;
    QColor typeFill = type ? layerColor(type->layer) : QColor(0xe5, 0xe7, 0xeb);
    if (archimateLook && notation == Notation::ArchiMate)
        typeFill = look.fill;
    const QColor fill = parseColor(node.style.fillColor, typeFill);
    const QColor line = parseColor(node.style.lineColor, DiagramStyle::lineColor());
    const QString lifecycle = element ? element->properties.value(u"lifecycle"_s) : QString();
    const QRectF r = node.bounds;

    if (detail == Detail::Outline) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill.darker(108));
        painter->drawRect(r);
        return;
    }

    QPen outline = outlinePen(lifecycle, line, node.style.lineWidth);
    if (archimateLook && look.shape == archimate::Shape::Grouping)
        outline.setStyle(Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(look.shape == archimate::Shape::Grouping ? QBrush(Qt::NoBrush)
                      : archimateType == u"AndJunction" ? QBrush(line)
                      : archimateType == u"OrJunction"  ? QBrush(Qt::white)
                                                        : QBrush(fill));
    painter->drawPath(archimateLook ? archimate::outline(look.shape, r)
                                    : shapes::outline(shape, r));
    if (look.shape == archimate::Shape::Junction)
        return;

    if (archimateLook)
        archimate::paintIcon(painter, archimateType,
                             QRectF(r.right() - DiagramStyle::padding - DiagramStyle::iconSize,
                                    r.top() + DiagramStyle::padding, DiagramStyle::iconSize,
                                    DiagramStyle::iconSize),
                             // on a dark fill (a file's own colours) the icon in a light tint
                             fill.lightness() < 110 ? fill.lighter(260) : line);
    else if (type)
        paintIcon(painter, type->icon,
                  QRectF(r.left() + DiagramStyle::padding, r.top() + DiagramStyle::padding,
                         DiagramStyle::iconSize, DiagramStyle::iconSize));

    if (options.label) {
        const QString name = element ? element->name : node.element.toString();
        painter->setFont(labelFont(node));
        QColor textColor = parseColor(node.style.fontColor, DiagramStyle::textColor());
        if (lifecycle == u"retiring")
            textColor = QColor(0x6b, 0x72, 0x80);
        painter->setPen(textColor);
        const QRectF area = labelArea(node, options.container, options.view);
        paintText(painter, wrap(name, painter->font(), std::max(10.0, area.width())), area,
                  labelAlignment(node, options.container));
    }

    // Security level badge on information systems: the level, or "?" when missing.
    if (type && type->informationSystem) {
        bool ok = false;
        const int level = element->properties.value(u"securityLevel"_s).toInt(&ok);
        paintSecurityBadge(painter,
                           QRectF(r.right() - DiagramStyle::badgeSize * 0.6,
                                  r.top() - DiagramStyle::badgeSize * 0.4,
                                  DiagramStyle::badgeSize, DiagramStyle::badgeSize),
                           ok ? level : 0);
    }
    paintLifecycleMarker(painter,
                         QRectF(r.right() - MarkerSize * 0.6, r.bottom() - MarkerSize * 0.4,
                                MarkerSize, MarkerSize),
                         lifecycle);
}

QPen DiagramPainter::outlinePen(const QString &lifecycle, const QColor &color, double width)
{
    QPen pen(color, width > 0 ? width : (lifecycle == u"new" ? 2.0 : 1.0));
    if (lifecycle == u"retiring")
        pen.setStyle(Qt::DashLine);
    return pen;
}

void DiagramPainter::paintSecurityBadge(QPainter *painter, const QRectF &badge, int level) const
{
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(DiagramStyle::securityLevelColor(level));
    painter->drawEllipse(badge);
    painter->setFont(DiagramStyle::badgeFont());
    painter->setPen(Qt::white);
    paintCentered(painter, badge, level > 0 ? QString::number(level) : u"?"_s);
}

void DiagramPainter::paintLifecycleMarker(QPainter *painter, const QRectF &marker,
                                          const QString &lifecycle) const
{
    // New (+), upgraded (up arrow), retiring (cross); nothing for existing.
    QString mark;
    QColor markColor;
    if (lifecycle == u"new") {
        mark = u"+"_s;
        markColor = QColor(0x16, 0xa3, 0x4a);
    } else if (lifecycle == u"upgrade") {
        mark = QString(QChar(0x2191));
        markColor = QColor(0x25, 0x63, 0xeb);
    } else if (lifecycle == u"retiring") {
        mark = QString(QChar(0x00d7));
        markColor = QColor(0x6b, 0x72, 0x80);
    }
    if (!mark.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(markColor);
        painter->drawRoundedRect(marker, 3, 3);
        if (lifecycle == u"upgrade") {
            // Noto Sans has no arrow glyph (U+2191): drawn, it needs no fallback
            // font and looks the same in every output and on every machine.
            const QPointF c = marker.center();
            const QPolygonF arrow{{c.x(), c.y() - 4.5},     {c.x() + 3.5, c.y() - 0.5},
                                  {c.x() + 1.2, c.y() - 0.5}, {c.x() + 1.2, c.y() + 4.5},
                                  {c.x() - 1.2, c.y() + 4.5}, {c.x() - 1.2, c.y() - 0.5},
                                  {c.x() - 3.5, c.y() - 0.5}};
            painter->setBrush(Qt::white);
            painter->drawPolygon(arrow);
        } else {
            painter->setPen(Qt::white);
            painter->setFont(DiagramStyle::badgeFont());
            paintCentered(painter, marker, mark);
        }
    }
}

void DiagramPainter::paintGroupNode(QPainter *painter, const ViewNode &node, Detail detail,
                                    const NodeOptions &options) const
{
    const QColor base = layerColor(node.layer);
    const bool subBand = node.layer.contains(u'/');
    QColor fill = parseColor(node.style.fillColor,
                             subBand ? DiagramStyle::bandFill(base).lighter(104)
                                     : DiagramStyle::bandFill(base));
    QPen pen(parseColor(node.style.lineColor, base.darker(150)),
             node.style.lineWidth > 0 ? node.style.lineWidth : (subBand ? 1 : 1.5));
    if (subBand)
        pen.setStyle(Qt::DashLine);
    painter->setPen(detail == Detail::Outline ? QPen(Qt::NoPen) : pen);
    painter->setBrush(fill);
    painter->drawRect(node.bounds);
    if (options.groupTitle && options.label && detail == Detail::Full)
        paintGroupTitle(painter, node);
}

void DiagramPainter::paintGroupTitle(QPainter *painter, const ViewNode &node) const
{
    if (node.label.isEmpty())
        return;
    const QColor base = layerColor(node.layer);
    painter->setFont(labelFont(node));
    painter->setPen(parseColor(node.style.fontColor, base.darker(250)));
    const QRectF header = labelArea(node, true);
    paintText(painter, wrap(node.label, painter->font(), std::max(10.0, header.width())), header,
              labelAlignment(node, true));
}

void DiagramPainter::paintNoteNode(QPainter *painter, const ViewNode &node, Detail detail,
                                   const NodeOptions &options) const
{
    const QRectF r = node.bounds;
    const double fold = std::min(10.0, std::min(r.width(), r.height()) / 3);
    QPainterPath path;
    path.moveTo(r.topLeft());
    path.lineTo(r.right() - fold, r.top());
    path.lineTo(r.right(), r.top() + fold);
    path.lineTo(r.bottomRight());
    path.lineTo(r.bottomLeft());
    path.closeSubpath();
    painter->setPen(detail == Detail::Outline
                            ? QPen(Qt::NoPen)
                            : QPen(parseColor(node.style.lineColor, DiagramStyle::lineColor()),
                                   node.style.lineWidth > 0 ? node.style.lineWidth : 1));
    painter->setBrush(parseColor(node.style.fillColor, QColor(0xfe, 0xf9, 0xc3)));
    painter->drawPath(path);
    if (detail == Detail::Outline)
        return;
    // The folded corner: its back shows as a triangle.
    QPainterPath corner;
    corner.moveTo(r.right() - fold, r.top());
    corner.lineTo(r.right() - fold, r.top() + fold);
    corner.lineTo(r.right(), r.top() + fold);
    corner.closeSubpath();
    painter->setBrush(parseColor(node.style.fillColor, QColor(0xfe, 0xf9, 0xc3)).darker(115));
    painter->drawPath(corner);
    if (!options.label)
        return;
    painter->setFont(labelFont(node));
    painter->setPen(parseColor(node.style.fontColor, DiagramStyle::textColor()));
    const QRectF area = labelArea(node, options.container);
    paintText(painter, wrap(node.label, painter->font(), std::max(10.0, area.width())), area,
              labelAlignment(node, options.container));
}

QPolygonF DiagramPainter::connectionRoute(const View &view, const ViewConnection &c) const
{
    return connectionRoute(view, c, 0);
}

QPointF DiagramPainter::routeMiddle(const QPolygonF &route)
{
    if (route.isEmpty())
        return {};
    double length = 0;
    for (qsizetype i = 1; i < route.size(); ++i)
        length += QLineF(route.at(i - 1), route.at(i)).length();
    double left = length / 2;
    for (qsizetype i = 1; i < route.size(); ++i) {
        const QLineF segment(route.at(i - 1), route.at(i));
        if (segment.length() >= left && segment.length() > 0)
            return segment.pointAt(left / segment.length());
        left -= segment.length();
    }
    return route.last();
}

// depth counts the connections followed through ends on connections; ModelCheck
// refuses circles, the limit keeps a model that escaped it from recursing forever.
QPolygonF DiagramPainter::connectionRoute(const View &view, const ViewConnection &c,
                                          int depth) const
{
    constexpr int MaxDepth = 32;
    struct End
    {
        const ViewNode *node = nullptr;
        QPointF point; // on another connection
        bool found = false;
    };
    const auto endOf = [&](const NodeId &node, const ConnectionId &other) {
        End end;
        if (other.isNull()) {
            end.node = view.nodes.find(node);
            end.found = end.node != nullptr;
            return end;
        }
        const ViewConnection *line = view.connections.find(other);
        if (!line || line->id == c.id || depth >= MaxDepth)
            return end;
        const QPolygonF route = connectionRoute(view, *line, depth + 1);
        end.found = !route.isEmpty();
        end.point = routeMiddle(route);
        return end;
    };
    const End source = endOf(c.source, c.sourceConnection);
    const End target = endOf(c.target, c.targetConnection);
    if (!source.found || !target.found)
        return {};
    const QPointF sourceCentre = source.node ? source.node->bounds.center() : source.point;
    const QPointF targetCentre = target.node ? target.node->bounds.center() : target.point;
    const QPointF first = c.bendpoints.isEmpty() ? targetCentre : c.bendpoints.first();
    const QPointF last = c.bendpoints.isEmpty() ? sourceCentre : c.bendpoints.last();
    QPolygonF route;
    route << (source.node ? shapes::boundaryPoint(source.node->bounds, first) : source.point);
    for (const QPointF &p : c.bendpoints)
        route << p;
    route << (target.node ? shapes::boundaryPoint(target.node->bounds, last) : target.point);
    return route;
}

QString DiagramPainter::archimateLookOf(const Element &element, Notation notation) const
{
    const ElementType *type = m_data ? m_data->profile->elementType(element.type) : nullptr;
    if (!type)
        return {};
    if (type->generic)
        if (const QString kept = element.properties.value(u"archimateType"_s); !kept.isEmpty())
            return kept;
    return notation == Notation::ArchiMate ? type->archimateType : QString();
}

QString DiagramPainter::archimateLookOf(const Relationship &relationship, Notation notation) const
{
    const RelationshipType *type =
            m_data ? m_data->profile->relationshipType(relationship.type) : nullptr;
    if (!type)
        return {};
    if (type->generic)
        if (const QString kept = relationship.properties.value(u"archimateType"_s);
            !kept.isEmpty())
            return kept;
    return notation == Notation::ArchiMate ? type->archimateType : QString();
}

void DiagramPainter::paintConnection(QPainter *painter, const ViewConnection &c,
                                     const QPolygonF &route, Detail detail,
                                     Notation notation) const
{
    if (route.size() < 2)
        return;
    const Relationship *relationship =
            m_data && !c.relationship.isNull() ? m_data->relationships.find(c.relationship) : nullptr;
    const RelationshipType *type =
            relationship ? m_data->profile->relationshipType(relationship->type) : nullptr;
    const QColor color = parseColor(c.style.lineColor, DiagramStyle::connectionColor());
    if (detail == Detail::Outline) {
        // Faint but opaque: alpha-blended lines cost ten times as much to raster.
        const QColor faint = QColor::fromRgbF(1 - (1 - color.redF()) * 0.35,
                                              1 - (1 - color.greenF()) * 0.35,
                                              1 - (1 - color.blueF()) * 0.35);
        painter->setPen(QPen(faint, 0));
        painter->drawPolyline(route);
        return;
    }
    const double width = c.style.lineWidth > 0 ? c.style.lineWidth : 1.0;
    const archimate::LineLook look = relationship
            ? archimate::lineLook(archimateLookOf(*relationship, notation),
                                  relationship->archimateAttributes)
            : archimate::LineLook();
    if (look.known) {
        // A type ArchiMate reads the other way round has its ends swapped in the
        // exchange file: its notation's ends are swapped here.
        const bool reversed = type && !type->generic && type->archimateReversed;
        paintLine(painter, route, look.line, reversed ? look.target : look.source,
                  reversed ? look.source : look.target, color, width);
    } else {
        paintLine(painter, route, type, color, width);
    }

    if (relationship && !relationship->name.isEmpty()) {
        const qsizetype middle = (route.size() - 1) / 2;
        const QPointF at = (route.at(middle) + route.at(middle + 1)) / 2;
        painter->setFont(DiagramStyle::connectionFont());
        const Wrapped &w = wrap(relationship->name, painter->font(), 140);
        const QRectF box(at.x() - w.width / 2 - 2, at.y() - w.lines.size() * w.lineHeight / 2,
                         w.width + 4, w.lines.size() * w.lineHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->drawRect(box);
        painter->setPen(DiagramStyle::textColor());
        paintText(painter, w, box, Qt::AlignCenter);
    }
}

void DiagramPainter::paintLine(QPainter *painter, const QPolygonF &route,
                               const RelationshipType *type, const QColor &color,
                               double width) const
{
    paintLine(painter, route, type ? type->line : LineStyle::Solid,
              type ? type->sourceArrow : ArrowHead::None,
              type ? type->targetArrow : ArrowHead::None, color, width);
}

void DiagramPainter::paintLine(QPainter *painter, const QPolygonF &route, LineStyle style,
                               ArrowHead sourceHead, ArrowHead targetHead, const QColor &color,
                               double width) const
{
    // Shorten the line under closed arrowheads so the dash pattern does not show through.
    QPolygonF line = route;
    const auto inset = [](QPointF &end, const QPointF &from, double by) {
        const QLineF l(from, end);
        if (by > 0 && l.length() > by)
            end = l.pointAt((l.length() - by) / l.length());
    };
    inset(line.last(), line.at(line.size() - 2), shapes::arrowInset(targetHead, ArrowSize));
    inset(line.first(), line.at(1), shapes::arrowInset(sourceHead, ArrowSize));

    QPen pen(color, width, penStyle(style));
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(line);

    // Arrowheads point along the last segment that has a length.
    const auto endSegment = [&route](bool atTarget) {
        const qsizetype n = route.size();
        for (qsizetype i = 1; i < n; ++i) {
            const QPointF end = atTarget ? route.at(n - 1) : route.at(0);
            const QPointF from = atTarget ? route.at(n - 1 - i) : route.at(i);
            if (QLineF(from, end).length() > 0.5)
                return QLineF(from, end);
        }
        return QLineF(route.first(), route.last());
    };
    painter->setPen(QPen(color, std::max(1.2, width)));
    for (const auto &[head, segment] : {std::pair{targetHead, endSegment(true)},
                                        std::pair{sourceHead, endSegment(false)}}) {
        bool filled = false;
        const QPainterPath arrow = shapes::arrowHead(head, segment, ArrowSize, &filled);
        if (arrow.isEmpty())
            continue;
        painter->setBrush(filled ? QBrush(color) : QBrush(Qt::white));
        if (head == ArrowHead::Open || head == ArrowHead::Small || head == ArrowHead::Half)
            painter->setBrush(Qt::NoBrush);
        painter->drawPath(arrow);
    }
}

} // namespace kt
