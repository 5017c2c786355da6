#pragma once

#include <model/core/id.h>

#include <QGraphicsTextItem>

namespace kt {

class DiagramScene;

// In-place editing of a node's label: an element's name, or a group's or note's
// text. Enter commits (Shift+Enter for a new line in notes), Escape cancels,
// clicking elsewhere commits. Commits as one undoable edit and removes itself.
class LabelEditor : public QGraphicsTextItem
{
public:
    LabelEditor(DiagramScene *scene, const NodeId &node);
    void start();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool commit);

    DiagramScene *m_scene;
    NodeId m_node;
    bool m_done = false;
};

} // namespace kt
