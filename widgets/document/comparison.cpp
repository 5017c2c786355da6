#include "comparison.h"
#include "document.h"

#include <QThread>

namespace kt {

Comparison::Comparison(Document *document, ModelData other, QString label, bool documentIsNew,
                       QObject *parent)
    : QObject(parent),
      m_document(document),
      m_other(std::move(other)),
      m_label(std::move(label)),
      m_documentIsNew(documentIsNew)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(RefreshDelay);
    connect(&m_refresh, &QTimer::timeout, this, &Comparison::refresh);
    if (document)
        connect(&document->model(), &Model::changed, this, [this](const ChangeSet &) {
            m_refresh.start();
        });
    refresh();
}

Comparison::~Comparison()
{
    waitForFinished();
}

void Comparison::refresh()
{
    m_refresh.stop();
    if (m_thread) {
        m_pending = true; // once the running one is in
        return;
    }
    start();
}

void Comparison::start()
{
    if (!m_document)
        return;
    m_pending = false;
    // Copies share their data with the model (implicitly shared lists): the
    // worker reads them while the model goes on changing its own.
    m_running = m_document->model().data();
    auto result = std::make_shared<ModelDiff>();
    m_result = result;
    const ModelData oldData = m_documentIsNew ? m_other : m_running;
    const ModelData newData = m_documentIsNew ? m_running : m_other;
    m_thread = QThread::create([result, oldData, newData]() {
        *result = ModelDiffer::compare(oldData, newData);
    });
    connect(m_thread, &QThread::finished, this, &Comparison::onFinished);
    Q_EMIT started();
    m_thread->start(QThread::LowPriority);
}

void Comparison::onFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_snapshot = std::move(m_running);
    m_diff = std::move(*m_result);
    m_result.reset();
    m_ready = true;
    m_otherToDocument.clear();
    for (auto it = m_diff.viewMatches.cbegin(); it != m_diff.viewMatches.cend(); ++it) {
        if (m_documentIsNew)
            m_otherToDocument.insert(it.key(), it.value());
        else
            m_otherToDocument.insert(it.value(), it.key());
    }
    m_documentOverlays.clear();
    m_otherOverlays.clear();
    Q_EMIT updated();
    if (m_pending)
        start();
}

void Comparison::waitForFinished()
{
    while (m_thread) {
        m_thread->wait();
        onFinished();
    }
}

ViewId Comparison::otherView(const ViewId &documentView) const
{
    if (!m_documentIsNew)
        return m_diff.viewMatches.value(documentView);
    return m_otherToDocument.key(documentView);
}

ViewId Comparison::documentView(const ViewId &otherView) const
{
    return m_otherToDocument.value(otherView);
}

const ViewOverlay &Comparison::overlay(QHash<ViewId, ViewOverlay> &cache, const ModelData &side,
                                      const ViewId &view, bool newSide) const
{
    auto it = cache.find(view);
    if (it == cache.end()) {
        ViewOverlay overlay;
        if (m_ready && side.views.contains(view))
            overlay = newSide ? ViewOverlay::forNewView(m_diff, oldData(), newData(), view)
                              : ViewOverlay::forOldView(m_diff, oldData(), newData(), view);
        it = cache.insert(view, overlay);
    }
    return *it;
}

const ViewOverlay &Comparison::documentOverlay(const ViewId &view) const
{
    return overlay(m_documentOverlays, m_snapshot, view, m_documentIsNew);
}

const ViewOverlay &Comparison::otherOverlay(const ViewId &view) const
{
    return overlay(m_otherOverlays, m_other, view, !m_documentIsNew);
}

} // namespace kt
