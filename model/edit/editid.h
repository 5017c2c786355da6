#pragma once

namespace kt {

// Merge ids of edits that fold into one undo step when repeated (a drag that
// moves the same nodes many times is one "Move"). All of them live here.
enum class EditId {
    None,
    MoveNodes,
    SetNodeBounds,
    SetBendpoints,
};

} // namespace kt
