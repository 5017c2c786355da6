#pragma once

#include <QPlainTextEdit>

namespace kt {

// A multi-line text field that applies like a line edit: editingFinished when it
// loses focus after the user changed it (not on every key, which would make one
// undo step per letter).
class DocumentationEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DocumentationEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    // Shows the model's text; does nothing while the user has unapplied changes.
    void setText(const QString &text);
    bool isModified() const;
    // Emits editingFinished now when there is something to apply.
    void commit();

    QSize sizeHint() const override;

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace kt
