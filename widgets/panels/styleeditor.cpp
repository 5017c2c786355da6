#include "styleeditor.h"

#include <model/edit/editgroup.h>
#include <model/edit/viewedits.h>
#include <widgets/document/document.h>

#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>

namespace kt {

using namespace Qt::StringLiterals;

StyleEditor::StyleEditor(QWidget *parent)
    : QGroupBox(tr("Appearance"), parent),
      m_form(new QFormLayout(this)),
      m_fill(new QPushButton(this)),
      m_line(new QPushButton(this)),
      m_textColor(new QPushButton(this)),
      m_lineWidth(new QSpinBox(this)),
      m_fontSize(new QDoubleSpinBox(this)),
      m_alignment(new QComboBox(this)),
      m_reset(new QPushButton(tr("Reset to type style"), this))
{
    setObjectName(u"styleEditor"_s);
    m_lineWidth->setRange(0, 20);
    m_lineWidth->setSpecialValueText(tr("Default"));
    m_lineWidth->setSuffix(tr(" px"));
    m_fontSize->setRange(0, 72);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setDecimals(1);
    m_fontSize->setSpecialValueText(tr("Default"));
    m_fontSize->setSuffix(tr(" pt"));
    // Scrolling the panel must not change a size under the pointer.
    for (QAbstractSpinBox *box : {static_cast<QAbstractSpinBox *>(m_lineWidth),
                                  static_cast<QAbstractSpinBox *>(m_fontSize)})
        box->setFocusPolicy(Qt::StrongFocus);
    m_alignment->setFocusPolicy(Qt::StrongFocus);
    m_alignment->addItem(tr("Default"), int(TextAlignment::Default));
    m_alignment->addItem(tr("Left"), int(TextAlignment::Left));
    m_alignment->addItem(tr("Centre"), int(TextAlignment::Center));
    m_alignment->addItem(tr("Right"), int(TextAlignment::Right));

    m_form->addRow(tr("Fill colour:"), m_fill);
    m_form->addRow(tr("Line colour:"), m_line);
    m_form->addRow(tr("Line width:"), m_lineWidth);
    m_form->addRow(tr("Text colour:"), m_textColor);
    m_form->addRow(tr("Font size:"), m_fontSize);
    m_form->addRow(tr("Text alignment:"), m_alignment);
    m_form->addRow(m_reset);

    m_chooser = [this](const QColor &initial, const QString &title) {
        return QColorDialog::getColor(initial, this, title);
    };
    connect(m_fill, &QPushButton::clicked, this,
            [this]() { chooseColor(&NodeStyle::fillColor, tr("Fill colour"), false); });
    connect(m_line, &QPushButton::clicked, this,
            [this]() { chooseColor(&NodeStyle::lineColor, tr("Line colour"), true); });
    connect(m_textColor, &QPushButton::clicked, this,
            [this]() { chooseColor(&NodeStyle::fontColor, tr("Text colour"), false); });
    connect(m_lineWidth, &QSpinBox::valueChanged, this, [this](int width) {
        change([width](NodeStyle &s) { s.lineWidth = width; }, true);
    });
    connect(m_fontSize, &QDoubleSpinBox::valueChanged, this, [this](double size) {
        change([size](NodeStyle &s) { s.fontSize = size; }, false);
    });
    connect(m_alignment, &QComboBox::currentIndexChanged, this, [this]() {
        const auto alignment = TextAlignment(m_alignment->currentData().toInt());
        change([alignment](NodeStyle &s) { s.textAlignment = alignment; }, false);
    });
    connect(m_reset, &QPushButton::clicked, this,
            [this]() { change([](NodeStyle &s) { s = NodeStyle(); }, true); });
    hide();
}

void StyleEditor::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(&m_document->model(), nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(&document->model(), &Model::changed, this, &StyleEditor::modelChanged);
    setTargets({}, {}, {});
}

void StyleEditor::setTargets(const ViewId &view, const QList<NodeId> &nodes,
                             const QList<ConnectionId> &connections)
{
    m_view = view;
    m_nodes = nodes;
    m_connections = connections;
    refresh();
}

const NodeStyle *StyleEditor::firstStyle() const
{
    const View *view = m_document ? m_document->model().view(m_view) : nullptr;
    if (!view)
        return nullptr;
    for (const NodeId &id : m_nodes)
        if (const ViewNode *node = view->nodes.find(id))
            return &node->style;
    for (const ConnectionId &id : m_connections)
        if (const ViewConnection *connection = view->connections.find(id))
            return &connection->style;
    return nullptr;
}

void StyleEditor::showColor(QPushButton *button, const QString &color)
{
    const QColor c = QColor::fromString(color);
    if (color.isEmpty() || !c.isValid()) {
        button->setText(tr("Default"));
        button->setIcon({});
        return;
    }
    QPixmap swatch(16, 16);
    swatch.fill(Qt::transparent);
    QPainter p(&swatch);
    p.setPen(Qt::darkGray);
    p.setBrush(c);
    p.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    p.end();
    button->setIcon(QIcon(swatch));
    button->setText(c.name(c.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
}

void StyleEditor::refresh()
{
    const View *view = m_document ? m_document->model().view(m_view) : nullptr;
    if (view) {
        m_nodes.removeIf([view](const NodeId &id) { return !view->nodes.contains(id); });
        m_connections.removeIf(
                [view](const ConnectionId &id) { return !view->connections.contains(id); });
    }
    const NodeStyle *style = firstStyle();
    if (isHidden() == bool(style)) {
        setVisible(style);
        Q_EMIT visibilityChanged();
    }
    if (!style)
        return;
    m_loading = true;
    const bool nodes = !m_nodes.isEmpty();
    for (QWidget *field : {static_cast<QWidget *>(m_fill), static_cast<QWidget *>(m_textColor),
                           static_cast<QWidget *>(m_fontSize), static_cast<QWidget *>(m_alignment)})
        m_form->setRowVisible(field, nodes);
    showColor(m_fill, style->fillColor);
    showColor(m_line, style->lineColor);
    showColor(m_textColor, style->fontColor);
    m_lineWidth->setValue(int(std::lround(style->lineWidth)));
    m_fontSize->setValue(style->fontSize);
    m_alignment->setCurrentIndex(m_alignment->findData(int(style->textAlignment)));
    m_loading = false;
}

void StyleEditor::modelChanged(const ChangeSet &changes)
{
    if (m_view.isNull() || !changes.views.changed.contains(m_view))
        return;
    if (!changes.views.removed.contains(m_view))
        refresh();
    else
        setTargets({}, {}, {});
}

void StyleEditor::chooseColor(QString NodeStyle::*field, const QString &title, bool connectionsToo)
{
    const NodeStyle *style = firstStyle();
    if (!style)
        return;
    const QColor initial = QColor::fromString(style->*field);
    const QColor chosen = m_chooser(initial.isValid() ? initial : QColor(Qt::white), title);
    if (!chosen.isValid())
        return;
    const QString name = chosen.name(chosen.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb);
    change([field, name](NodeStyle &s) { s.*field = name; }, connectionsToo);
}

void StyleEditor::change(const std::function<void(NodeStyle &)> &set, bool connectionsToo)
{
    const View *view = m_document ? m_document->model().view(m_view) : nullptr;
    if (m_loading || !view)
        return;
    auto group = std::make_unique<EditGroup>(tr("Change appearance"));
    for (const NodeId &id : std::as_const(m_nodes)) {
        if (const ViewNode *node = view->nodes.find(id)) {
            NodeStyle style = node->style;
            set(style);
            if (style != node->style)
                group->add(std::make_unique<SetNodeStyle>(m_view, id, style));
        }
    }
    if (connectionsToo) {
        for (const ConnectionId &id : std::as_const(m_connections)) {
            if (const ViewConnection *connection = view->connections.find(id)) {
                NodeStyle style = connection->style;
                set(style);
                if (style != connection->style)
                    group->add(std::make_unique<SetConnectionStyle>(m_view, id, style));
            }
        }
    }
    if (group->isEmpty())
        return;
    QString error;
    if (!m_document->push(std::move(group), &error)) {
        Q_EMIT editRefused(error);
        refresh();
    }
}

} // namespace kt
