#include "kindnames.h"

#include <array>
#include <utility>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, QStringView>, N>;

constexpr Table<ViewKind, 3> ViewKinds{{{ViewKind::Overall, u"overall"},
                                        {ViewKind::Component, u"component"},
                                        {ViewKind::Free, u"free"}}};
constexpr Table<NodeKind, 5> NodeKinds{{{NodeKind::Element, u"element"},
                                        {NodeKind::Group, u"group"},
                                        {NodeKind::Note, u"note"},
                                        {NodeKind::Legend, u"legend"},
                                        {NodeKind::TitleBlock, u"titleBlock"}}};

template<typename Enum, std::size_t N>
QString nameOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return name.toString();
    return table.front().second.toString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &table, const QString &name)
{
    for (const auto &[v, n] : table)
        if (n == name)
            return v;
    return std::nullopt;
}

} // namespace

QString viewKindName(ViewKind kind)
{
    return nameOf(ViewKinds, kind);
}

std::optional<ViewKind> viewKindFromName(const QString &name)
{
    return valueOf(ViewKinds, name);
}

QString nodeKindName(NodeKind kind)
{
    return nameOf(NodeKinds, kind);
}

std::optional<NodeKind> nodeKindFromName(const QString &name)
{
    return valueOf(NodeKinds, name);
}

} // namespace kt
