#pragma once

#include "objecteditor.h"

#include <model/types/modelinfo.h>

#include <functional>

class QLabel;
class QLineEdit;

namespace kt {

class DateField;
class DocumentationEdit;

// What the model is: name, province or agency, version label, approving decision
// and its date, author, description; the framework is shown, not edited (changing
// it is a conversion of the model).
class ModelInfoEditor : public ObjectEditor
{
    Q_OBJECT

public:
    explicit ModelInfoEditor(Document *document, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool isAffectedBy(const ChangeSet &changes) const override;
    bool isRemoved() const override { return false; }
    void commitPending() override;

private:
    QLineEdit *addTextRow(const QString &label, const QString &objectName,
                          QString ModelInfo::*field);
    void applyText(QLineEdit *edit, QString ModelInfo::*field);
    // Pushes the model information with one field changed by change().
    void applyInfo(const std::function<void(ModelInfo &)> &change);

    QList<std::pair<QLineEdit *, QString ModelInfo::*>> m_texts;
    DateField *m_decisionDate;
    DocumentationEdit *m_documentation;
    QLabel *m_framework;
};

} // namespace kt
