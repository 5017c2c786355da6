#include "editactions.h"
#include "documentcontroller.h"
#include "actionicon.h"
#include "mainwindow.h"

#include <model/compose/diagramclipboard.h>
#include <model/compose/modeldeletion.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QClipboard>
#include <QGraphicsItem>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QToolBar>

namespace kt {

using namespace Qt::StringLiterals;

EditActions::EditActions(MainWindow *window) : QObject(window), m_window(window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Edit"));
    QToolBar *toolbar = window->addToolBar(tr("Edit"));
    toolbar->setObjectName(u"editToolbar"_s);
    const auto add = [&](const QString &text, const QKeySequence &key, const QString &icon,
                         auto slot) {
        QAction *action = menu->addAction(actionIcon(icon), text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_undo = add(tr("&Undo"), QKeySequence::Undo, u"edit-undo"_s, [this]() {
        if (Document *doc = m_window->document())
            doc->undo();
    });
    m_redo = add(tr("&Redo"), QKeySequence::Redo, u"edit-redo"_s, [this]() {
        if (Document *doc = m_window->document())
            doc->redo();
    });
    menu->addSeparator();
    m_cut = add(tr("Cu&t"), QKeySequence::Cut, u"edit-cut"_s, &EditActions::cut);
    m_copy = add(tr("&Copy"), QKeySequence::Copy, u"edit-copy"_s, &EditActions::copy);
    m_paste = add(tr("&Paste"), QKeySequence::Paste, u"edit-paste"_s, &EditActions::paste);
    m_duplicate = add(tr("Dup&licate"), QKeySequence(Qt::CTRL | Qt::Key_D), QString(),
                      &EditActions::duplicate);
    menu->addSeparator();
    m_delete = add(tr("&Delete from View"), QKeySequence::Delete, u"edit-delete"_s,
                   &EditActions::deleteFromView);
    m_deleteFromModel = add(tr("Delete from &Model"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                            QString(), &EditActions::deleteFromModel);
    menu->addSeparator();
    m_selectAll = add(tr("Select &All"), QKeySequence::SelectAll, u"edit-select-all"_s, [this]() {
        if (DiagramScene *scene = m_window->currentScene())
            for (QGraphicsItem *item : scene->items())
                if (item->flags() & QGraphicsItem::ItemIsSelectable)
                    item->setSelected(true);
    });
    m_rename = add(tr("Re&name"), QKeySequence(Qt::Key_F2), QString(), [this]() {
        DiagramScene *scene = m_window->currentScene();
        const QList<NodeId> nodes = scene ? scene->selectedNodeIds() : QList<NodeId>();
        if (nodes.size() == 1)
            scene->editLabel(nodes.first());
    });
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    // Ctrl+Y redoes too, as in most Windows and Vietnamese office programs.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redo->setShortcuts(redoKeys);
    // Named for the context menus (ContextMenus) and tests.
    m_undo->setObjectName(u"actionUndo"_s);
    m_redo->setObjectName(u"actionRedo"_s);
    m_cut->setObjectName(u"actionCut"_s);
    m_copy->setObjectName(u"actionCopy"_s);
    m_paste->setObjectName(u"actionPaste"_s);
    m_duplicate->setObjectName(u"actionDuplicate"_s);
    m_delete->setObjectName(u"actionDeleteFromView"_s);
    m_deleteFromModel->setObjectName(u"actionDeleteFromModel"_s);
    m_selectAll->setObjectName(u"actionSelectAll"_s);
    m_rename->setObjectName(u"actionRename"_s);

    connect(window->controller(), &DocumentController::documentChanged, this,
            [this](Document *document) {
                if (document) {
                    connect(document->undoStack(), &QUndoStack::indexChanged, this,
                            &EditActions::update);
                    // Queued: Qt 6.4's QUndoStack::undo() of an obsolete step (one
                    // overtaken by another's commit) deletes it and says cleanChanged
                    // before it moves its index, when undoText() would read past the list.
                    connect(document->undoStack(), &QUndoStack::cleanChanged, this,
                            &EditActions::update, Qt::QueuedConnection);
                }
                update();
            });
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &EditActions::update);
}

void EditActions::update()
{
    Document *doc = m_window->document();
    DiagramScene *scene = m_window->currentScene();
    const bool nodes = scene && !scene->selectedNodeIds().isEmpty();
    const bool any = nodes || (scene && !scene->selectedConnectionIds().isEmpty());
    m_undo->setEnabled(doc && doc->undoStack()->canUndo());
    m_redo->setEnabled(doc && doc->undoStack()->canRedo());
    m_undo->setText(doc && doc->undoStack()->canUndo()
                            ? tr("&Undo %1").arg(doc->undoStack()->undoText())
                            : tr("&Undo"));
    m_redo->setText(doc && doc->undoStack()->canRedo()
                            ? tr("&Redo %1").arg(doc->undoStack()->redoText())
                            : tr("&Redo"));
    m_cut->setEnabled(nodes);
    m_copy->setEnabled(nodes);
    m_duplicate->setEnabled(nodes);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    m_paste->setEnabled(scene && DiagramClipboard::canPaste(mime));
    m_delete->setEnabled(any);
    m_deleteFromModel->setEnabled(any);
    m_selectAll->setEnabled(scene);
    m_rename->setEnabled(scene && scene->selectedNodeIds().size() == 1);
}

void EditActions::copy()
{
    DiagramScene *scene = m_window->currentScene();
    if (!scene || scene->selectedNodeIds().isEmpty())
        return;
    QApplication::clipboard()->setMimeData(DiagramClipboard::copy(
            m_window->document()->model().data(), scene->viewId(), scene->selectedNodeIds()));
}

void EditActions::cut()
{
    DiagramScene *scene = m_window->currentScene();
    if (!scene || scene->selectedNodeIds().isEmpty())
        return;
    copy();
    scene->push(scene->composer().removeFromView(scene->selectedNodeIds(), {}));
}

void EditActions::paste()
{
    DiagramScene *scene = m_window->currentScene();
    DiagramView *view = m_window->currentView();
    if (!scene)
        return;
    // Where the mouse is, if it is over the canvas; else the middle of the view.
    QPointF at = view->mapToScene(view->viewport()->rect().center());
    const QPoint cursor = view->viewport()->mapFromGlobal(QCursor::pos());
    if (view->viewport()->rect().contains(cursor))
        at = view->mapToScene(cursor);
    QList<NodeId> added;
    QString error;
    std::unique_ptr<Edit> edit =
            DiagramClipboard::paste(m_window->document()->model().data(), scene->viewId(),
                                    QApplication::clipboard()->mimeData(), at, &added, &error);
    if (!edit) {
        m_window->showStatus(error);
        return;
    }
    if (scene->push(std::move(edit)))
        scene->selectNodes(added);
}

void EditActions::duplicate()
{
    DiagramScene *scene = m_window->currentScene();
    if (!scene || scene->selectedNodeIds().isEmpty())
        return;
    QList<NodeId> added;
    std::unique_ptr<Edit> edit = DiagramClipboard::duplicate(
            m_window->document()->model().data(), scene->viewId(), scene->selectedNodeIds(), &added);
    if (edit && scene->push(std::move(edit)))
        scene->selectNodes(added);
}

void EditActions::deleteFromView()
{
    DiagramScene *scene = m_window->currentScene();
    if (!scene)
        return;
    scene->push(scene->composer().removeFromView(scene->selectedNodeIds(),
                                                 scene->selectedConnectionIds()));
}

void EditActions::deleteFromModel()
{
    DiagramScene *scene = m_window->currentScene();
    if (!scene)
        return;
    const ModelData &data = m_window->document()->model().data();
    const DiagramComposer composer = scene->composer();
    const QList<ElementId> elements = composer.elementsOf(scene->selectedNodeIds());
    const QList<RelationshipId> relationships =
            composer.relationshipsOf(scene->selectedConnectionIds());
    if (elements.isEmpty() && relationships.isEmpty()) {
        deleteFromView(); // groups and notes live only in the view
        return;
    }
    // Ask when an element also appears in another view (as Archi does).
    const int elsewhere =
            ModelDeletion::placesOutside(ModelDeletion::usage(data, elements), scene->viewId());
    if (elsewhere > 0
        && QMessageBox::question(m_window, tr("Delete from model"),
                                 tr("The selected elements also appear in other views (%n "
                                    "place(s)). Delete them from the model and every view?",
                                    nullptr, elsewhere))
                != QMessageBox::Yes)
        return;
    scene->push(ModelDeletion::deleteFromModel(data, elements, relationships));
}

} // namespace kt
