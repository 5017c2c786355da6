#pragma once

#include <QPersistentModelIndex>
#include <QPoint>
#include <QTreeView>

namespace kt {

// The palette's list. It selects nothing (the chosen type is shown by the model)
// yet drags the row under the mouse, which QAbstractItemView does only for
// selected rows.
class PaletteView : public QTreeView
{
    Q_OBJECT

public:
    explicit PaletteView(QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void startRowDrag(const QModelIndex &index);

    QPersistentModelIndex m_pressedIndex;
    QPoint m_pressedPosition;
};

} // namespace kt
