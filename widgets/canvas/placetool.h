#pragma once

#include "canvastool.h"

#include <QString>

namespace kt {

// Places an element of the chosen type where the user clicks, then returns to
// the selection tool (Shift keeps placing).
class PlaceTool : public CanvasTool
{
public:
    PlaceTool(DiagramScene *scene, QString elementType);
    bool mousePress(QGraphicsSceneMouseEvent *event) override;
    bool mouseRelease(QGraphicsSceneMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    QCursor cursor() const override { return Qt::CrossCursor; }
    const QString &elementType() const { return m_type; }

private:
    QString m_type;
};

} // namespace kt
