#pragma once

#include <model/layout/layoutoptions.h>
#include <model/modeldata.h>

#include <QCoreApplication>

#include <optional>

namespace kt {

// "Create/update the overall diagram" as the editor and the command line do it:
// the overall layout (model/layout) measured with the DiagramPainter's fonts, so
// that names fit their nodes exactly as they are drawn.
class OverallDiagram
{
    Q_DECLARE_TR_FUNCTIONS(kt::OverallDiagram)

public:
    // The model's overall view (the first view of kind Overall), or null.
    static const View *find(const ModelData &data);
    // The connections choice of an overall view: its setting; a view without one
    // (made before the choice existed) has all when it shows any relationship,
    // so that a refresh keeps what it shows. No view: none, the default.
    static OverallConnections connectionsOf(const View *view);
    // The overall view for the model: base's nodes are kept and new elements
    // placed (a refresh), or everything laid out afresh with base's id, name and
    // settings. With no base, a new view named "Overall diagram". Connections as
    // `connections` says, else as base has them (connectionsOf).
    static View build(const ModelData &data, const View *base, bool fromScratch = false,
                      std::optional<OverallConnections> connections = std::nullopt);
    // The same for a scope (a component architecture: OverallLayout's scope); a new
    // view is named "Component architecture" unless base names it.
    static View build(const ModelData &data, const View *base, const LayoutScope &scope,
                      bool fromScratch = false,
                      std::optional<OverallConnections> connections = std::nullopt);
};

} // namespace kt
