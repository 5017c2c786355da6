#pragma once

#include <model/core/id.h>
#include <model/validate/finding.h>

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QModelIndex;
class QTimer;
class QTreeView;

namespace kt {

class Document;
class FindingModel;

// The validation dock: what kt::Validator finds in the document's model (errors
// and warnings) and, first, what the file the document was opened from held that
// the model could not take (Document::importFindings, kind "Import"), filterable
// by severity or kind, with a summary line. It checks again
// 400 ms after the last change, so that a burst of edits (a drag) costs one run.
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    int importCount() const { return m_imports; }
    const QList<Finding> &findings() const;
    // "3 errors, 12 warnings, 2 import findings", as the summary line shows it.
    QString summary() const;

    QTreeView *list() const { return m_list; }
    FindingModel *findingModel() const { return m_model; }
    // All problems, errors only, warnings only, import findings only (FindingModel::Show).
    QComboBox *severityFilter() const { return m_show; }

    // The context menu of the finding at index (or of the list): go to the
    // finding's object, copy its message, dismiss the import findings, check again.
    void fillContextMenu(QMenu *menu, const QModelIndex &index);

public Q_SLOTS:
    // Validates now (the timer calls it after changes).
    void revalidate();

Q_SIGNALS:
    void elementActivated(const kt::ElementId &id);
    void relationshipActivated(const kt::RelationshipId &id);
    void viewActivated(const kt::ViewId &id);
    // After every run, for the status bar.
    void validated(int errors, int warnings);
    // The context menu with the panel's own commands, before it shows.
    void contextMenuAboutToShow(QMenu *menu);

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    QPointer<Document> m_document;
    QComboBox *m_show;
    QLabel *m_summary;
    QTreeView *m_list;
    FindingModel *m_model;
    QTimer *m_timer;
    int m_errors = 0;
    int m_warnings = 0;
    int m_imports = 0;
};

} // namespace kt
