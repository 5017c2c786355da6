#pragma once

#include "canvastool.h"

#include <model/core/id.h>

#include <QString>

class QGraphicsLineItem;

namespace kt {

// Draws a relationship: press on an element, drag to another, release. Offers
// only the relationship types the framework allows between the two (a menu when
// several fit) and refuses the rest with a status-bar message.
class ConnectTool : public CanvasTool
{
public:
    ConnectTool(DiagramScene *scene, QString relationshipType);
    ~ConnectTool() override;
    bool mousePress(QGraphicsSceneMouseEvent *event) override;
    bool mouseMove(QGraphicsSceneMouseEvent *event) override;
    bool mouseRelease(QGraphicsSceneMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

private:
    void clearLine();

    QString m_type;
    NodeId m_source;
    QGraphicsLineItem *m_line = nullptr;
};

} // namespace kt
