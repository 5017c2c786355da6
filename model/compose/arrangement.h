#pragma once

#include <model/modeldata.h>

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace kt {

class Edit;

// Align, distribute and same-size of nodes of a view, each as one SetNodesBounds
// edit (nullptr when there is too little to arrange or nothing would change).
// A node nested in another node of the list is left to its ancestor: it moves
// with it, as every node nested in a moved node does (same delta). Results are
// whole numbers.
//
// Alignment is to the bounding box of the nodes (left edges to the leftmost
// edge, centres to the box's centre, ...), so it does not depend on the order of
// the list: the scene lists its selection in view order, not in the order the
// user clicked. Same size takes the size of the first node of the list.
class Arrangement
{
    Q_DECLARE_TR_FUNCTIONS(kt::Arrangement)

public:
    enum class Alignment { Left, Centre, Right, Top, Middle, Bottom };
    enum class Sizing { Width, Height, Both };

    // Needs two nodes or more.
    static std::unique_ptr<Edit> align(const ModelData &data, const ViewId &view,
                                       const QList<NodeId> &nodes, Alignment alignment);
    // Equal gaps between the nodes, the outermost two staying where they are
    // (nodes ordered by their centres); needs three nodes or more.
    static std::unique_ptr<Edit> distribute(const ModelData &data, const ViewId &view,
                                            const QList<NodeId> &nodes,
                                            Qt::Orientation orientation);
    // The width, height or both of the first node for the others (top-left kept);
    // needs two nodes or more.
    static std::unique_ptr<Edit> makeSameSize(const ModelData &data, const ViewId &view,
                                              const QList<NodeId> &nodes, Sizing sizing);
};

} // namespace kt
