#include "baselinesdialog.h"

#include <model/modelfile.h>
#include <model/store/baselinestore.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

bool isKtm(const QString &path)
{
    return !path.isEmpty() && ModelFile::formatOf(path) == ModelFile::Format::Ktm;
}

} // namespace

BaselinesDialog::BaselinesDialog(Document *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_list(new QTreeWidget(this)),
      m_add(new QPushButton(tr("&Add…"), this)),
      m_compare(new QPushButton(tr("&Compare With"), this)),
      m_extract(new QPushButton(tr("&Extract as New Model"), this)),
      m_remove(new QPushButton(tr("&Remove…"), this))
{
    setWindowTitle(tr("Baselines"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Name"), tr("Date"), tr("Author"), tr("Note"), tr("Elements"),
                             tr("Relationships"), tr("Views")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_extract, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Named snapshots of the model kept in its file, to compare the "
                                "model with later."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &BaselinesDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &BaselinesDialog::remove);
    connect(m_extract, &QPushButton::clicked, this, &BaselinesDialog::extract);
    connect(m_compare, &QPushButton::clicked, this, [this]() {
        if (const QString name = currentName(); !name.isEmpty()) {
            Q_EMIT compareRequested(name);
            accept();
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BaselinesDialog::updateButtons);
    reload();
    resize(760, 360);
}

QString BaselinesDialog::currentName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void BaselinesDialog::reload()
{
    m_list->clear();
    const QString path = m_document ? m_document->filePath() : QString();
    if (isKtm(path)) {
        const Result<QList<BaselineInfo>> list = BaselineStore::list(path);
        if (!list) {
            showError(list.error());
        } else {
            const QLocale locale;
            for (const BaselineInfo &info : list.value()) {
                auto *item = new QTreeWidgetItem(
                        m_list, {info.name, locale.toString(info.created.toLocalTime(), QLocale::ShortFormat),
                                 info.author, info.note.simplified(),
                                 locale.toString(info.elementCount),
                                 locale.toString(info.relationshipCount),
                                 locale.toString(info.viewCount)});
                item->setData(0, Qt::UserRole, info.name);
                item->setToolTip(3, info.note);
                for (int column : {4, 5, 6})
                    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    updateButtons();
}

void BaselinesDialog::updateButtons()
{
    const bool chosen = !currentName().isEmpty();
    m_add->setEnabled(m_document != nullptr);
    m_compare->setEnabled(chosen);
    m_extract->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void BaselinesDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Baselines"), message);
}

bool BaselinesDialog::addBaseline(const QString &name, const QString &note, QString *error)
{
    const QString path = m_document ? m_document->filePath() : QString();
    if (!isKtm(path)) {
        *error = tr("Save the model as a .ktm file first: baselines are kept in it.");
        return false;
    }
    BaselineInfo info;
    info.name = name.trimmed();
    info.note = note;
    info.created = QDateTime::currentDateTimeUtc();
    info.author = currentUser();
    if (info.name.isEmpty()) {
        *error = tr("A baseline needs a name.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BaselineInfo> added = BaselineStore::add(path, m_document->model().data(), info);
    QApplication::restoreOverrideCursor();
    if (!added) {
        *error = added.error();
        return false;
    }
    reload();
    return true;
}

bool BaselinesDialog::removeBaseline(const QString &name, QString *error)
{
    if (!m_document) {
        *error = tr("The model is no longer open.");
        return false;
    }
    const Result<bool> removed = BaselineStore::remove(m_document->filePath(), name);
    if (!removed) {
        *error = removed.error();
        return false;
    }
    reload();
    return true;
}

void BaselinesDialog::add()
{
    if (!m_document)
        return;
    // A baseline is the model as saved: unsaved changes or another format are saved first.
    if (m_document->isModified() || !isKtm(m_document->filePath())) {
        const auto answer = QMessageBox::question(
                this, tr("Add Baseline"),
                tr("A baseline is kept in the model's .ktm file. Save the model first?"),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !m_saveFirst || !m_saveFirst())
            return;
        if (!isKtm(m_document->filePath()))
            return;
    }
    QDialog ask(this);
    ask.setWindowTitle(tr("Add Baseline"));
    auto *name = new QLineEdit(&ask);
    name->setPlaceholderText(tr("e.g. Version 1.0, as approved"));
    auto *note = new QPlainTextEdit(&ask);
    note->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("N&ote:"), note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    ask.resize(420, 220);
    while (ask.exec() == QDialog::Accepted) {
        QString error;
        if (addBaseline(name->text(), note->toPlainText(), &error))
            return;
        showError(error);
    }
}

void BaselinesDialog::remove()
{
    const QString name = currentName();
    if (name.isEmpty() || !m_document)
        return;
    const auto answer = QMessageBox::question(
            this, tr("Remove Baseline"),
            tr("Remove the baseline “%1” from %2? This cannot be undone.")
                    .arg(name, QDir::toNativeSeparators(m_document->filePath())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!removeBaseline(name, &error))
        showError(error);
}

void BaselinesDialog::extract()
{
    const QString name = currentName();
    if (name.isEmpty() || !m_document)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ModelData> data = BaselineStore::extract(m_document->filePath(), name);
    QApplication::restoreOverrideCursor();
    if (!data) {
        showError(data.error());
        return;
    }
    Q_EMIT extracted(data.value(), name);
    accept();
}

} // namespace kt
