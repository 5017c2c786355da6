#include "paletteview.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace kt {

PaletteView::PaletteView(QWidget *parent) : QTreeView(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setHeaderHidden(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void PaletteView::mousePressEvent(QMouseEvent *event)
{
    m_pressedIndex = event->button() == Qt::LeftButton ? indexAt(event->position().toPoint())
                                                       : QModelIndex();
    m_pressedPosition = event->position().toPoint();
    QTreeView::mousePressEvent(event);
}

void PaletteView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_pressedIndex.isValid()
        && (m_pressedIndex.flags() & Qt::ItemIsDragEnabled)
        && (event->position().toPoint() - m_pressedPosition).manhattanLength()
                >= QApplication::startDragDistance()) {
        const QModelIndex index = m_pressedIndex;
        m_pressedIndex = QPersistentModelIndex();
        startRowDrag(index);
        return;
    }
    QTreeView::mouseMoveEvent(event);
}

void PaletteView::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressedIndex = QPersistentModelIndex();
    QTreeView::mouseReleaseEvent(event);
}

void PaletteView::startRowDrag(const QModelIndex &index)
{
    QMimeData *data = model()->mimeData({index});
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QPixmap pixmap = icon.pixmap(32, 32);
    if (!pixmap.isNull()) {
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(pixmap.width() / 2, pixmap.height() / 2));
    }
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

} // namespace kt
