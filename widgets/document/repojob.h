#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace kt {

// Runs work (a repository operation: it opens its own connection, as a QSqlDatabase
// belongs to the thread that made it) on a thread of its own, and then done with its
// result on context's thread, unless context is gone by then. Returns the thread
// (deleted when finished) so that an owner can wait for it before it goes.
template<typename R>
QThread *runRepoJob(QObject *context, std::function<R()> work, std::function<void(R)> done)
{
    auto result = std::make_shared<R>();
    QThread *thread = QThread::create([work = std::move(work), result]() { *result = work(); });
    QPointer<QObject> guard(context);
    QObject::connect(thread, &QThread::finished, context,
                     [guard, result, done = std::move(done)]() {
                         if (guard)
                             done(std::move(*result));
                     });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace kt
