#pragma once

#include <model/edit/edit.h>
#include <model/layout/layoutoptions.h>
#include <model/modeldata.h>

#include <QCoreApplication>

#include <memory>

namespace kt {

// "Create component architecture" as the editor and the command line do it: the
// view of one component of the profile (business, data, applications, ...) with
// the elements it shows and every relationship among them (routed
// orthogonally), laid out by the overall layout's engine measured with the
// DiagramPainter's fonts. The view remembers its component in the view setting
// componentSetting() (= the component's id), so that a second run refreshes it
// and keeps what the user moved.
class ComponentDiagram
{
    Q_DECLARE_TR_FUNCTIONS(kt::ComponentDiagram)

public:
    static QString componentSetting();
    // The model's view of that component (the first view that remembers it), or null.
    static const View *find(const ModelData &data, const QString &componentId);
    // What the component shows, as the layout takes it.
    static LayoutScope scopeOf(const ComponentArchitecture &component);
    // The component's view: base's nodes kept and new elements placed (a
    // refresh), or everything laid out afresh with base's id and settings. With
    // no base, a new view named after the component.
    static View build(const ModelData &data, const ComponentArchitecture &component,
                      const View *base, bool fromScratch = false);
    // The whole command as one undoable edit: refreshes the model's view of the
    // component, else adds a new one. Null with `error` set when the profile has
    // no such component (the message lists the known ones).
    static std::unique_ptr<Edit> edit(const ModelData &data, const QString &componentId,
                                      bool fromScratch, ViewId *viewId, QString *error);
    // "business, data, ..." for messages.
    static QString knownIds(const Profile &profile);

private:
    static View withOwnIds(View view, const QString &componentId);
};

} // namespace kt
