#pragma once

#include "repotestbed.h"

#include <model/repo/repository.h>
#include <widgets/document/document.h>
#include <widgets/document/repolink.h>

#include <QSignalSpy>
#include <QString>
#include <QtTest>

#include <memory>

namespace kt::test {

// How long the editor's repository tests wait for a commit or an arrival: a guard
// against a hang; arrivals take milliseconds.
inline constexpr int RepoWait = 10000;

// A repository document as RepoActions::openCheckout makes it, without a window.
struct OpenDocument
{
    std::unique_ptr<Document> document;
    RepoLink *link = nullptr;
};

// The model checked out of the bed's repository as user, open and following others'
// commits (the test stops on failure).
inline OpenDocument openRepoDocument(const RepoTestBed &bed, const QString &user,
                                     const QString &model)
{
    OpenDocument out;
    RepoCheckout checkout;
    if (!bed.checkout(user, model, checkout))
        qFatal("cannot check %s out", qPrintable(model));
    out.document = std::make_unique<Document>(checkout.data);
    out.link = new RepoLink(out.document.get(), bed.url(user), checkout);
    out.document->setRepoLink(out.link);
    QString error;
    if (!out.link->watch(&error))
        qFatal("%s", qPrintable(error));
    return out;
}

// Commits the document's local changes; true once committed without conflicts.
inline bool commitAndWait(RepoLink *link, const QString &message)
{
    QSignalSpy done(link, &RepoLink::committed);
    QSignalSpy failed(link, &RepoLink::failed);
    QSignalSpy conflicts(link, &RepoLink::conflictsFound);
    if (!link->commit(message))
        return false;
    return QTest::qWaitFor([&] { return done.size() + failed.size() + conflicts.size() > 0; },
                           RepoWait)
            && done.size() == 1;
}

} // namespace kt::test
