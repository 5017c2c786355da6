#pragma once

#include <QSizeF>
#include <QString>

#include <functional>
#include <type_traits>

namespace kt {

// Measures a label: the size it needs when word-wrapped to at most maxWidth
// (diagram units, in the diagram's node font). The model library has no fonts
// (no QtGui), so the caller passes this in: the canvas and exporters measure with
// QFontMetricsF, headless code with estimatedTextMeasure().
//
// Called like a function for the size. The layout sizes every node of a model by
// the height of its name alone; a measure that can tell the height without laying
// out the lines (their widths cost most) passes that too.
class TextMeasure
{
public:
    using Size = std::function<QSizeF(const QString &text, double maxWidth)>;
    using Height = std::function<double(const QString &text, double maxWidth)>;

    TextMeasure() = default;
    template<typename F>
        requires(!std::is_same_v<std::remove_cvref_t<F>, TextMeasure>
                 && std::is_invocable_r_v<QSizeF, F, const QString &, double>)
    TextMeasure(F size) : m_size(std::move(size))
    {
    }
    TextMeasure(Size size, Height height) : m_size(std::move(size)), m_height(std::move(height)) {}

    QSizeF operator()(const QString &text, double maxWidth) const { return m_size(text, maxWidth); }
    // The same as operator()(text, maxWidth).height().
    double height(const QString &text, double maxWidth) const
    {
        return m_height ? m_height(text, maxWidth) : m_size(text, maxWidth).height();
    }
    explicit operator bool() const { return bool(m_size); }

    // The width a name has in a node of an element type and width, where the
    // caller knows how it draws one (the icon's room, a shape's round ends); the
    // layout's own estimate (LayoutOptions) otherwise.
    using LabelWidth = std::function<double(const QString &elementType, double nodeWidth)>;
    void setLabelWidth(LabelWidth labelWidth) { m_labelWidth = std::move(labelWidth); }
    bool knowsLabelWidth() const { return bool(m_labelWidth); }
    double labelWidth(const QString &elementType, double nodeWidth) const
    {
        return m_labelWidth(elementType, nodeWidth);
    }

private:
    Size m_size;
    Height m_height;
    LabelWidth m_labelWidth;
};

// A font-free estimate for a 9 pt font: an average glyph 0.55 em wide, lines
// 1.3 em apart, greedy word wrap (a word longer than a line is broken), hard
// line breaks kept. Close enough for Latin and Vietnamese text to size nodes.
TextMeasure estimatedTextMeasure();

} // namespace kt
