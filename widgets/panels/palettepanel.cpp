#include "palettepanel.h"
#include "palettemodel.h"
#include "paletteview.h"
#include "searchfiltermodel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kt {

PalettePanel::PalettePanel(QWidget *parent)
    : QWidget(parent),
      m_filter(new QLineEdit(this)),
      m_view(new PaletteView(this)),
      m_model(new PaletteModel(this)),
      m_proxy(new SearchFilterModel(PaletteModel::SearchKeyRole, this))
{
    m_filter->setPlaceholderText(tr("Find a type (accents optional)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setIconSize(QSize(20, 20));
    m_view->setMinimumWidth(180);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, &PalettePanel::filterChanged);
    connect(m_view, &QAbstractItemView::clicked, this, &PalettePanel::rowClicked);
    // Enter chooses a row like a click (keyboard users have no drag). A
    // double-click sends one click and then this: it must not un-choose again.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(PaletteModel::IdRole).toString();
        const PaletteModel::Kind kind = PaletteModel::kindOf(index);
        if ((kind == PaletteModel::ElementTypeRow && id == m_elementType)
            || (kind == PaletteModel::RelationshipTypeRow && id == m_relationshipType))
            return;
        rowClicked(index);
    });
}

void PalettePanel::setProfile(ProfilePtr profile)
{
    clearChoice();
    m_model->setProfile(std::move(profile));
    m_view->expandAll();
}

void PalettePanel::clearChoice()
{
    m_elementType.clear();
    m_relationshipType.clear();
    m_model->setChosen(PaletteModel::ElementTypeRow, {});
}

void PalettePanel::rowClicked(const QModelIndex &proxyIndex)
{
    const PaletteModel::Kind kind = PaletteModel::kindOf(proxyIndex);
    const QString id = proxyIndex.data(PaletteModel::IdRole).toString();
    if (kind == PaletteModel::ElementTypeRow) {
        if (!m_relationshipType.isEmpty()) {
            m_relationshipType.clear();
            Q_EMIT relationshipTypeChosen({});
        }
        m_elementType = id == m_elementType ? QString() : id;
        m_model->setChosen(kind, m_elementType);
        Q_EMIT elementTypeChosen(m_elementType);
    } else if (kind == PaletteModel::RelationshipTypeRow) {
        if (!m_elementType.isEmpty()) {
            m_elementType.clear();
            Q_EMIT elementTypeChosen({});
        }
        m_relationshipType = id == m_relationshipType ? QString() : id;
        m_model->setChosen(kind, m_relationshipType);
        Q_EMIT relationshipTypeChosen(m_relationshipType);
    }
}

void PalettePanel::filterChanged(const QString &text)
{
    m_proxy->setQuery(text);
    m_view->expandAll();
}

bool PalettePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kt
