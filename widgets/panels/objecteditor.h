#pragma once

#include <model/changeset.h>

#include <QPointer>
#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace kt {

class Document;
class Edit;
class Model;

// The form of one object in the properties panel (an element, a relationship, a
// view or the model information). It shows the model's values and turns what the
// user changes into edits pushed on the document; after every edit, undo or
// refusal it loads the model's values again (refresh), so it never shows a value
// the model does not hold.
class ObjectEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectEditor(Document *document, QWidget *parent = nullptr);

    // What the form shows, for the panel's heading ("Element: Information system").
    virtual QString title() const = 0;
    // Loads every field from the model.
    virtual void refresh() = 0;
    // True when the changes touch what the form shows.
    virtual bool isAffectedBy(const ChangeSet &changes) const = 0;
    // True when the object shown no longer exists.
    virtual bool isRemoved() const = 0;
    // Applies what was typed and not yet applied (text fields apply on focus out,
    // which may never come when the panel switches to another object).
    virtual void commitPending() {}

Q_SIGNALS:
    void editApplied();
    void editRefused(const QString &message);

protected:
    Document *document() const;
    // False once the document is gone (the form is then being thrown away, and
    // a focus-out must not apply anything).
    bool isLive() const;
    const Model &model() const;
    QFormLayout *form() const { return m_form; }

    // Pushes the edit; when the model refuses it, says why and reloads the form.
    bool push(std::unique_ptr<Edit> edit);

    // Adds a labelled row; the label ends with ":" and a required one is bold
    // with a "*".
    QLabel *addRow(const QString &name, QWidget *field, bool required = false);
    // A label of the same look for rows built elsewhere.
    static QLabel *createLabel(const QString &name, bool required, QWidget *parent);
    // A bold line that starts a group of rows ("Properties").
    void addSection(const QString &title);

    // Shows the model's text in a line edit, its beginning in view, unless the
    // user is typing into it.
    static void showText(QLineEdit *edit, const QString &text);

    static constexpr int FieldMinimumWidth = 160;

private:
    QPointer<Document> m_document;
    QFormLayout *m_form;
};

} // namespace kt
