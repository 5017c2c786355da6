#pragma once

#include "geometry.h"

#include <model/modeldata.h>

#include <QCoreApplication>
#include <QList>
#include <QPointF>

#include <memory>

class QMimeData;

namespace kt {

class Edit;

// Copy, paste and duplicate of a part of a diagram. A copied fragment carries
// everything it needs (nodes with their nested nodes, the elements they show,
// the relationships between those elements, the connections between the nodes)
// so that it can be pasted into another view or another model, even after the
// source has changed. Cut is copy followed by RemoveNodes; the scene does that.
class DiagramClipboard
{
    Q_DECLARE_TR_FUNCTIONS(kt::DiagramClipboard)

public:
    // The MIME type of a fragment: JSON (see diagramclipboard.cpp for its fields).
    static QString mimeType();

    // The fragment of the given nodes (and the nodes nested in them) of the view,
    // with the element names as plain text for other programs; nullptr when there
    // is nothing to copy. The caller owns the result (QClipboard takes it).
    static QMimeData *copy(const ModelData &data, const ViewId &view, const QList<NodeId> &nodes);

    static bool canPaste(const QMimeData *mime);

    // The edit that pastes a fragment into the view, its top left at `at` snapped
    // to the grid, or nullptr with *error saying why. Nodes and connections always
    // get new ids. In the model it was copied from, an element or relationship the
    // view does not show yet is shown again (no new element); one the view shows
    // already is copied (new id, "(copy)" name). In another model everything gets
    // new ids. A node whose group is not pasted with it nests in the innermost
    // group of the view that holds its new rectangle. *newNodes receives the new
    // node ids in view order (groups before their nested nodes).
    static std::unique_ptr<Edit> paste(const ModelData &target, const ViewId &view,
                                       const QMimeData *mime, const QPointF &at,
                                       QList<NodeId> *newNodes, QString *error);

    // Copy and paste in the same view, offset by (20, 20) without snapping.
    static std::unique_ptr<Edit> duplicate(const ModelData &data, const ViewId &view,
                                           const QList<NodeId> &nodes, QList<NodeId> *newNodes);

    static constexpr double DuplicateOffset = geometry::CascadeOffset;
    static constexpr double PasteGrid = geometry::GridSize;
};

} // namespace kt
