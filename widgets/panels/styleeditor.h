#pragma once

#include <model/changeset.h>
#include <model/core/id.h>
#include <model/types/view.h>

#include <QGroupBox>
#include <QPointer>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QPushButton;
class QSpinBox;

namespace kt {

class Document;

// The appearance of the nodes and connections selected on a canvas: fill, line
// and text colour, font size and text alignment of nodes, line colour and width
// of connections, and a reset to the type's style. The first selected item's
// style is shown; a change sets that one field on every selected item, as one
// undoable edit. Items that a field does not apply to (a connection's fill) keep
// theirs.
class StyleEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit StyleEditor(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // What the style applies to; hidden when both are empty.
    void setTargets(const ViewId &view, const QList<NodeId> &nodes,
                    const QList<ConnectionId> &connections);
    const QList<NodeId> &nodes() const { return m_nodes; }
    const QList<ConnectionId> &connections() const { return m_connections; }

    // Asks for a colour (invalid: cancelled); QColorDialog unless a test replaces it.
    using ColorChooser = std::function<QColor(const QColor &initial, const QString &title)>;
    void setColorChooser(ColorChooser chooser) { m_chooser = std::move(chooser); }

    // The controls, for tests.
    QPushButton *fillButton() const { return m_fill; }
    QPushButton *lineButton() const { return m_line; }
    QPushButton *textColorButton() const { return m_textColor; }
    QSpinBox *lineWidthBox() const { return m_lineWidth; }
    QDoubleSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *alignmentBox() const { return m_alignment; }
    QPushButton *resetButton() const { return m_reset; }

Q_SIGNALS:
    void editRefused(const QString &message);
    // Shown or hidden as the targets come and go.
    void visibilityChanged();

private:
    void refresh();
    void modelChanged(const ChangeSet &changes);
    // Sets one field (by the setter) on every target, as one edit.
    void change(const std::function<void(NodeStyle &)> &set, bool connectionsToo);
    void chooseColor(QString NodeStyle::*field, const QString &title, bool connectionsToo);
    const NodeStyle *firstStyle() const;
    void showColor(QPushButton *button, const QString &color);

    QPointer<Document> m_document;
    ViewId m_view;
    QList<NodeId> m_nodes;
    QList<ConnectionId> m_connections;
    ColorChooser m_chooser;
    bool m_loading = false;

    QFormLayout *m_form;
    QPushButton *m_fill;
    QPushButton *m_line;
    QPushButton *m_textColor;
    QSpinBox *m_lineWidth;
    QDoubleSpinBox *m_fontSize;
    QComboBox *m_alignment;
    QPushButton *m_reset;
};

} // namespace kt
