#include "componentdiagram.h"
#include "overalldiagram.h"

#include <model/core/language.h>
#include <model/edit/editgroup.h>
#include <model/edit/replaceview.h>

namespace kt {

using namespace Qt::StringLiterals;

QString ComponentDiagram::componentSetting()
{
    return u"component"_s;
}

const View *ComponentDiagram::find(const ModelData &data, const QString &componentId)
{
    for (const View &view : data.views)
        if (view.settings.value(componentSetting()) == componentId)
            return &view;
    return nullptr;
}

LayoutScope ComponentDiagram::scopeOf(const ComponentArchitecture &component)
{
    LayoutScope scope;
    scope.overall = false;
    scope.layers = component.layers;
    scope.bands = component.bands;
    scope.elementTypes = component.elementTypes;
    return scope;
}

View ComponentDiagram::build(const ModelData &data, const ComponentArchitecture &component,
                             const View *base, bool fromScratch)
{
    View start;
    if (base) {
        start = *base;
    } else {
        start.id = ViewId::create();
        start.name = component.name.text(uiLanguage());
    }
    start.kind = ViewKind::Component;
    start.settings.insert(componentSetting(), component.id);
    if (fromScratch || !base) {
        start.nodes = {};
        start.connections = {};
    }
    LayoutOptions options;
    options.connections = OverallConnections::All;
    return withOwnIds(OverallDiagram::layout(data, start, options, scopeOf(component)),
                      component.id);
}

View ComponentDiagram::withOwnIds(View view, const QString &componentId)
{
    // The layout names nodes and connections after the model ("g-<layer>",
    // "n-<element>", "c-<relationship>"), as the overall diagram's are; an
    // exchange file wants every identifier once, so a component's get its id in
    // front. Ids the user's nodes have, and those already prefixed, stay.
    const QString prefix = componentId + u'-';
    const auto own = [&](const QString &id) {
        return !id.startsWith(prefix)
                && (id.startsWith(u"g-") || id.startsWith(u"n-") || id.startsWith(u"c-"));
    };
    const auto renamed = [&](const NodeId &id) {
        return !id.isNull() && own(id.toString()) ? NodeId(prefix + id.toString()) : id;
    };
    Collection<NodeId, ViewNode> nodes;
    for (ViewNode node : view.nodes) {
        node.id = renamed(node.id);
        node.parent = renamed(node.parent);
        nodes.append(std::move(node));
    }
    Collection<ConnectionId, ViewConnection> connections;
    for (ViewConnection connection : view.connections) {
        if (own(connection.id.toString()))
            connection.id = ConnectionId(prefix + connection.id.toString());
        connection.source = renamed(connection.source);
        connection.target = renamed(connection.target);
        connections.append(std::move(connection));
    }
    view.nodes = std::move(nodes);
    view.connections = std::move(connections);
    return view;
}

std::unique_ptr<Edit> ComponentDiagram::edit(const ModelData &data, const QString &componentId,
                                             bool fromScratch, ViewId *viewId, QString *error)
{
    const ComponentArchitecture *component =
            data.profile ? data.profile->component(componentId) : nullptr;
    if (!component) {
        if (error)
            *error = tr("The framework has no component architecture “%1” (known: %2).")
                             .arg(componentId, data.profile ? knownIds(*data.profile) : QString());
        return nullptr;
    }
    const View *existing = find(data, componentId);
    View view = build(data, *component, existing, fromScratch);
    if (viewId)
        *viewId = view.id;
    auto group = std::make_unique<EditGroup>(
            existing ? tr("Refresh the component architecture “%1”").arg(view.name)
                     : tr("Create the component architecture “%1”").arg(view.name));
    group->add(std::make_unique<ReplaceView>(std::move(view)));
    return group;
}

QString ComponentDiagram::knownIds(const Profile &profile)
{
    QStringList ids;
    for (const ComponentArchitecture &component : profile.components())
        ids.append(component.id);
    return ids.join(u", "_s);
}

} // namespace kt
