#pragma once

#include <model/modeldata.h>
#include <widgets/document/document.h>

#include <QDialog>
#include <QPointer>

#include <functional>

class QPushButton;
class QTreeWidget;

namespace kt {

// Model ▸ Baselines…: the named snapshots kept in the document's .ktm file
// (name, date, author, note, counts); add one from the model as it is now,
// compare with one, extract one as a new model, remove one. Errors name the file.
class BaselinesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BaselinesDialog(Document *document, QWidget *parent = nullptr);

    // Asked before adding when the document is unsaved or not a .ktm file: saves
    // it (asking where) and returns false when the user cancels.
    void setSaveFirst(std::function<bool()> saveFirst) { m_saveFirst = std::move(saveFirst); }

    QTreeWidget *list() const { return m_list; }
    void reload();

    // The steps behind the buttons, without the questions (tests call them).
    bool addBaseline(const QString &name, const QString &note, QString *error);
    bool removeBaseline(const QString &name, QString *error);
    QString currentName() const;

Q_SIGNALS:
    void compareRequested(const QString &name);
    // A baseline extracted as a model, to open as a new untitled document.
    void extracted(const kt::ModelData &data, const QString &name);

private:
    void add();
    void remove();
    void extract();
    void updateButtons();
    void showError(const QString &message);

    QPointer<Document> m_document;
    std::function<bool()> m_saveFirst;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_compare;
    QPushButton *m_extract;
    QPushButton *m_remove;
};

} // namespace kt
