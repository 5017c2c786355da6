#include "vieweditor.h"

#include <model/edit/viewedits.h>
#include <model/model.h>

#include <QLabel>
#include <QLineEdit>

namespace kt {

using namespace Qt::StringLiterals;

ViewEditor::ViewEditor(Document *document, ViewId id, QWidget *parent)
    : ObjectEditor(document, parent),
      m_id(std::move(id)),
      m_name(new QLineEdit(this)),
      m_kind(new QLabel(this)),
      m_contents(new QLabel(this))
{
    m_name->setObjectName(u"name"_s);
    m_kind->setWordWrap(true);
    m_contents->setWordWrap(true);
    addRow(tr("Name"), m_name);
    addRow(tr("Kind"), m_kind);
    addRow(tr("Contents"), m_contents);
    connect(m_name, &QLineEdit::editingFinished, this, &ViewEditor::applyName);
    refresh();
}

bool ViewEditor::isAffectedBy(const ChangeSet &changes) const
{
    return changes.views.changed.contains(m_id);
}

bool ViewEditor::isRemoved() const
{
    return !model().view(m_id);
}

void ViewEditor::refresh()
{
    const View *view = model().view(m_id);
    if (!view)
        return;
    showText(m_name, view->name);
    switch (view->kind) {
    case ViewKind::Overall: m_kind->setText(tr("Overall diagram")); break;
    case ViewKind::Component: m_kind->setText(tr("Component architecture")); break;
    case ViewKind::Free: m_kind->setText(tr("Free diagram")); break;
    }
    int elements = 0;
    for (const ViewNode &node : view->nodes)
        if (node.kind == NodeKind::Element)
            ++elements;
    m_contents->setText(tr("%n element(s)", nullptr, elements) + u", "_s
                        + tr("%n connection(s)", nullptr, int(view->connections.size())));
}

void ViewEditor::commitPending()
{
    if (m_name->isModified())
        applyName();
}

void ViewEditor::applyName()
{
    if (!isLive())
        return;
    const View *view = model().view(m_id);
    if (!view)
        return;
    m_name->setModified(false);
    if (m_name->text() != view->name)
        push(std::make_unique<SetViewName>(m_id, m_name->text()));
}

QString ViewEditor::title() const
{
    return tr("View");
}

} // namespace kt
