#pragma once

#include "editid.h"
#include "../changeset.h"
#include "../modeldata.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace kt {

// The user gesture an edit comes from (one drag, one key held down): edits merge
// into one undo step only when they come from the same gesture. 0: none named.
using GestureId = quint64;
// A new gesture id, never 0 and never given out before in this process.
GestureId newGesture();

// One undoable change of a model. An edit holds ids and values, never pointers:
// it looks its objects up again on every apply and revert. apply() either makes
// the whole change or none of it (and says why); revert() undoes a successful
// apply() exactly. The GUI wraps edits in its one QUndoCommand adapter; the CLI
// and tests apply them through Model directly.
class Edit
{
public:
    Edit() = default;
    Edit(const Edit &) = delete;
    Edit &operator=(const Edit &) = delete;
    virtual ~Edit() = default;

    // What the edit does, for the undo history ("Move 3 nodes").
    virtual QString text() const = 0;

    virtual bool apply(ModelData &data, ChangeSet &changes, QString &error) = 0;
    virtual void revert(ModelData &data, ChangeSet &changes) = 0;

    virtual EditId mergeId() const { return EditId::None; }
    // Folds a later edit of the same mergeId into this one (both already applied).
    virtual bool mergeWith(const Edit &) { return false; }

    GestureId gesture() const { return m_gesture; }
    void setGesture(GestureId gesture) { m_gesture = gesture; }

private:
    GestureId m_gesture = 0;
};

// Checks a name or label coming from the user or a file: the NFC form, or an
// error when it is too long.
bool checkName(QString &name, QString &error);
// The same for documentation and other long texts (limits::MaxDocumentationLength).
bool checkDocumentation(QString &text, QString &error);
// Checks the bend points of a connection against the coordinate limits
// (core/limits.h), as node edits check their rectangles.
bool checkBendpoints(const QList<QPointF> &points, QString &error);

} // namespace kt
