#include "modelactions.h"
#include "documentcontroller.h"
#include "mainwindow.h"

#include <model/compose/frameworkupgrade.h>
#include <model/core/language.h>
#include <model/meta/profileregistry.h>
#include <widgets/document/document.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The first framework the open document's model can be upgraded to, or null.
ProfilePtr upgradeTarget(const Document *document)
{
    if (!document)
        return nullptr;
    const QStringList targets
        = FrameworkUpgrade::targetsFor(document->model().data().info.frameworkId);
    if (targets.isEmpty())
        return nullptr;
    const Result<ProfilePtr> profile = ProfileRegistry::profile(targets.first());
    return profile ? profile.value() : nullptr;
}

} // namespace

ModelActions::ModelActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_menu = window->menuBar()->addMenu(tr("&Model"));
    m_menu->setObjectName(u"menuModel"_s);
    m_upgrade = m_menu->addAction(tr("&Upgrade to Framework…"));
    m_upgrade->setObjectName(u"actionUpgradeFramework"_s);
    m_upgrade->setStatusTip(tr("Make a model of the newer framework from this one, keeping its "
                               "ids, and list what could not be mapped"));
    connect(m_upgrade, &QAction::triggered, this, &ModelActions::upgrade);
    connect(
        window->controller(), &DocumentController::documentChanged, this, &ModelActions::update);
    update();
}

void ModelActions::update()
{
    const ProfilePtr target = upgradeTarget(m_window->document());
    m_upgrade->setEnabled(target != nullptr);
    m_upgrade->setText(target ? tr("&Upgrade to Framework %1…").arg(target->version())
                              : tr("&Upgrade to Framework…"));
}

bool ModelActions::upgrade()
{
    Document *document = m_window->document();
    const ProfilePtr target = upgradeTarget(document);
    if (!target)
        return false;
    const QString title = tr("Upgrade to framework %1").arg(target->version());
    const QString sourceName = document->displayName();
    const bool sample = document->isSample();
    Result<UpgradeResult> upgraded = FrameworkUpgrade::upgrade(document->model().data(), target);
    if (!upgraded) {
        QMessageBox::warning(m_window, title, upgraded.error());
        return false;
    }
    const QList<UpgradeIssue> unmapped = upgraded->unmapped;
    if (!m_window->controller()->openNew(std::move(upgraded->model), sample))
        return false;

    // Not modal to the application: the planner reads the list beside the new model.
    auto *box = new QMessageBox(m_window);
    box->setObjectName(u"upgradeReport"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(title);
    const QString frameworkName = target->name().text(uiLanguage());
    if (unmapped.isEmpty()) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("Every element and relationship of “%1” was mapped to %2. The upgraded "
                        "model is open as a new, unsaved document.")
                         .arg(sourceName, frameworkName));
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("The upgraded model of “%1” is open as a new, unsaved document. "
                        "%n element(s) or relationship(s) could not be mapped to %2: they "
                        "became generic types.",
            nullptr, int(unmapped.size()))
                         .arg(sourceName, frameworkName));
        QStringList lines;
        for (const UpgradeIssue &issue : unmapped)
            lines.append(
                (issue.kind == UpgradeIssue::Kind::Element ? tr("Element") : tr("Relationship"))
                + u' ' + issue.name + u" (" + issue.id + u"): " + issue.reason);
        box->setInformativeText(
            lines.mid(0, 10).join(u'\n') + (lines.size() > 10 ? u"\n…"_s : QString()));
        box->setDetailedText(lines.join(u'\n'));
    }
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
    return true;
}

} // namespace kt
