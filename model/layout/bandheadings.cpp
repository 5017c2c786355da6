#include "bandheadings.h"
#include "../core/language.h"
#include "../edit/editgroup.h"
#include "../edit/viewedits.h"

#include <QCoreApplication>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The names a group of this key may carry from the layout, in every language the
// profile gives: the layer's, or (a full-width band) the sub-band's.
const LocalizedText *nameOf(const Profile &profile, const QString &key, bool *isBand)
{
    const qsizetype slash = key.indexOf(u'/');
    const Layer *layer = profile.layer(slash < 0 ? key : key.left(slash));
    if (!layer)
        return nullptr;
    const LocalizedText *text = &layer->name;
    *isBand = slash >= 0 || layer->placement == LayerPlacement::Band;
    if (slash >= 0) {
        const QString band = key.mid(slash + 1);
        const auto it = std::find_if(layer->bands.begin(), layer->bands.end(),
                                     [&](const Band &b) { return b.id == band; });
        if (it == layer->bands.end())
            return nullptr;
        text = &it->name;
    }
    return text;
}

bool isHeadingOf(const QString &label, const LocalizedText &text)
{
    QStringList names{text.vi, text.en};
    names.removeAll(QString());
    QStringView rest(label);
    qsizetype digits = 0;
    while (digits < rest.size() && rest.at(digits).isDigit())
        ++digits;
    if (digits > 0 && rest.mid(digits).startsWith(u". "))
        rest = rest.mid(digits + 2);
    return std::any_of(names.begin(), names.end(), [&](const QString &name) {
        return label == name || rest == name.toUpper();
    });
}

} // namespace

QString BandHeadings::setting()
{
    return u"headingStyle"_s;
}

bool BandHeadings::numbered(const QMap<QString, QString> &settings, ViewKind kind)
{
    const QString style = settings.value(setting());
    if (style == u"numbered")
        return true;
    if (style == u"plain")
        return false;
    return kind == ViewKind::Overall;
}

QString BandHeadings::styleName(bool numbered)
{
    return numbered ? u"numbered"_s : u"plain"_s;
}

QString BandHeadings::heading(const QString &name, int number)
{
    if (number <= 0)
        return name;
    return QString::number(number) + u". "_s + name.toUpper();
}

QList<std::pair<NodeId, QString>> BandHeadings::labels(const Profile &profile, const View &view,
                                                       bool numbered)
{
    struct Entry
    {
        const ViewNode *node;
        bool band;
        const LocalizedText *name;
        bool ours; // the label is one the layout gives
    };
    QList<Entry> entries;
    for (const ViewNode &node : view.nodes) {
        if (node.kind != NodeKind::Group || !node.parent.isNull() || node.layer.isEmpty())
            continue;
        bool band = true;
        const LocalizedText *name = nameOf(profile, node.layer, &band);
        if (name)
            entries.append(Entry{&node, band || view.kind != ViewKind::Overall, name,
                                 isHeadingOf(node.label, *name)});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.band != b.band)
            return a.band;
        const QRectF &ra = a.node->bounds;
        const QRectF &rb = b.node->bounds;
        return a.band ? std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left())
                      : std::pair(ra.left(), ra.top()) < std::pair(rb.left(), rb.top());
    });
    const QString language = uiLanguage();
    QList<std::pair<NodeId, QString>> result;
    int number = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        // A band carved out of a layer (the portal services, the LGSP) is part of
        // that layer's component: its heading in capitals, with no number.
        const bool part = e.node->layer.contains(u'/');
        const QString name = e.name->text(language);
        const QString label = !numbered ? name
                : part                  ? name.toUpper()
                                        : heading(name, ++number);
        if (e.ours && label != e.node->label)
            result.append({e.node->id, label});
    }
    return result;
}

void BandHeadings::apply(const Profile &profile, View &view)
{
    for (const auto &[id, label] : labels(profile, view, numbered(view.settings, view.kind)))
        view.nodes.find(id)->label = label;
}

std::unique_ptr<Edit> BandHeadings::styleEdit(const ModelData &data, const ViewId &viewId,
                                              bool numberedStyle)
{
    auto group = std::make_unique<EditGroup>(
            numberedStyle ? QCoreApplication::translate("kt::BandHeadings", "Number Band Headings")
                          : QCoreApplication::translate("kt::BandHeadings",
                                                        "Plain Band Headings"));
    group->add(std::make_unique<SetViewSetting>(viewId, setting(), styleName(numberedStyle)));
    if (const View *view = data.views.find(viewId))
        for (const auto &[id, label] : labels(*data.profile, *view, numberedStyle))
            group->add(std::make_unique<SetNodeLabel>(viewId, id, label));
    return group;
}

} // namespace kt
