#pragma once

#include <model/changeset.h>
#include <model/diff/modeldiff.h>
#include <model/diff/viewoverlay.h>
#include <widgets/document/document.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;

namespace kt {


// The open document compared with another version of it (a baseline of its file,
// or another file). The document is the new side unless the comparison is
// swapped. The diff is computed on a worker thread from snapshots of both
// models, and again (debounced) after every change of the document, so that the
// panel and the overlay follow edits.
class Comparison : public QObject
{
    Q_OBJECT

public:
    // other: the version the document is compared with; label: how to name it
    // ("baseline “Phiên bản 1.0”", a file name). documentIsNew false: the
    // document is the old side.
    Comparison(Document *document, ModelData other, QString label, bool documentIsNew = true,
               QObject *parent = nullptr);
    ~Comparison() override;

    Document *document() const { return m_document; }
    QString label() const { return m_label; }
    bool documentIsNew() const { return m_documentIsNew; }

    // The snapshots the current diff was computed from.
    const ModelData &oldData() const { return m_documentIsNew ? m_other : m_snapshot; }
    const ModelData &newData() const { return m_documentIsNew ? m_snapshot : m_other; }
    const ModelData &otherData() const { return m_other; }
    const ModelDiff &diff() const { return m_diff; }
    bool isReady() const { return m_ready; }
    bool isRunning() const { return m_thread != nullptr; }

    // The overlay of a view of the document, and of a view of the other version.
    const ViewOverlay &documentOverlay(const ViewId &view) const;
    const ViewOverlay &otherOverlay(const ViewId &view) const;
    // The other version's view matching a view of the document, and back (null if none).
    ViewId otherView(const ViewId &documentView) const;
    ViewId documentView(const ViewId &otherView) const;
    // The document's id of a changed element (null when it is only in the other version).
    ElementId documentElement(const ElementChange &change) const
    {
        return m_documentIsNew ? change.newId : change.oldId;
    }
    RelationshipId documentRelationship(const RelationshipChange &change) const
    {
        return m_documentIsNew ? change.newId : change.oldId;
    }
    ViewId documentView(const ViewChange &change) const
    {
        return m_documentIsNew ? change.newId : change.oldId;
    }

    // Computes the diff again now (on the worker thread).
    void refresh();
    // Blocks until the diff running now (if any) is in; for tests and closing.
    void waitForFinished();

    static constexpr int RefreshDelay = 500; // after the last edit, in ms

Q_SIGNALS:
    void started();
    // A new diff is in: the panel rebuilds and the overlays repaint.
    void updated();

private:
    void start();
    void onFinished();
    // The overlay of a view of one side (side: its snapshot), from the cache.
    const ViewOverlay &overlay(QHash<ViewId, ViewOverlay> &cache, const ModelData &side,
                               const ViewId &view, bool newSide) const;

    QPointer<Document> m_document;
    ModelData m_other;
    ModelData m_snapshot; // of the document, when the diff was started
    ModelData m_running;  // the snapshot being compared now
    QString m_label;
    bool m_documentIsNew;
    ModelDiff m_diff;
    bool m_ready = false;
    bool m_pending = false; // the document changed while a diff was running
    QThread *m_thread = nullptr;
    std::shared_ptr<ModelDiff> m_result;
    QTimer m_refresh;
    QHash<ViewId, ViewId> m_otherToDocument;
    mutable QHash<ViewId, ViewOverlay> m_documentOverlays;
    mutable QHash<ViewId, ViewOverlay> m_otherOverlays;
};

} // namespace kt
