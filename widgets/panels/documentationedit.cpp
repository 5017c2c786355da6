#include "documentationedit.h"

#include <QFontMetrics>
#include <QTextDocument>

namespace kt {

DocumentationEdit::DocumentationEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().lineSpacing() * 4 + 2 * frameWidth() + 8);
}

QSize DocumentationEdit::sizeHint() const
{
    // About six lines: room to read, without pushing the properties out of view.
    const QSize hint = QPlainTextEdit::sizeHint();
    return QSize(hint.width(), fontMetrics().lineSpacing() * 6 + 2 * frameWidth() + 8);
}

void DocumentationEdit::setText(const QString &text)
{
    if (isModified() && hasFocus())
        return; // do not throw away what the user is typing
    if (toPlainText() != text)
        setPlainText(text);
    document()->setModified(false);
}

bool DocumentationEdit::isModified() const
{
    return document()->isModified();
}

void DocumentationEdit::commit()
{
    if (!isModified())
        return;
    document()->setModified(false);
    Q_EMIT editingFinished();
}

void DocumentationEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    commit();
}

} // namespace kt
