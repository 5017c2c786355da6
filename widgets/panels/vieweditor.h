#pragma once

#include "objecteditor.h"

#include <model/core/id.h>

class QLabel;
class QLineEdit;

namespace kt {

// The properties of one view (diagram): its name, and what kind of diagram it is.
class ViewEditor : public ObjectEditor
{
    Q_OBJECT

public:
    ViewEditor(Document *document, ViewId id, QWidget *parent = nullptr);

    const ViewId &viewId() const { return m_id; }
    QString title() const override;
    void refresh() override;
    bool isAffectedBy(const ChangeSet &changes) const override;
    bool isRemoved() const override;
    void commitPending() override;

private:
    void applyName();

    ViewId m_id;
    QLineEdit *m_name;
    QLabel *m_kind;
    QLabel *m_contents;
};

} // namespace kt
