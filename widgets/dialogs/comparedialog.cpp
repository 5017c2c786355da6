#include "comparedialog.h"

#include <model/modelfile.h>
#include <model/store/baselinestore.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString FolderKey = u"compare/folder"_s;

bool isKtm(const QString &path)
{
    return !path.isEmpty() && ModelFile::formatOf(path) == ModelFile::Format::Ktm;
}

} // namespace

CompareDialog::CompareDialog(Document *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_baselineChoice(new QRadioButton(tr("A &baseline of this file:"), this)),
      m_fileChoice(new QRadioButton(tr("Another &file:"), this)),
      m_baselines(new QListWidget(this)),
      m_baselineNote(new QLabel(this)),
      m_file(new QLineEdit(this)),
      m_swap(new QCheckBox(tr("&Swap: the open model is the older version"), this))
{
    setWindowTitle(tr("Compare"));
    auto *intro = new QLabel(tr("Compare the open model (the newer version) with:"), this);
    intro->setWordWrap(true);
    m_baselineNote->setWordWrap(true);
    m_file->setPlaceholderText(tr("A .ktm model or an ArchiMate exchange .xml file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_baselineChoice);
    layout->addWidget(m_baselines, 1);
    layout->addWidget(m_baselineNote);
    layout->addWidget(m_fileChoice);
    layout->addLayout(fileRow);
    layout->addWidget(m_swap);
    layout->addWidget(buttons);

    // The baselines of the document's file, newest last as the file lists them.
    const QString path = document ? document->filePath() : QString();
    if (isKtm(path)) {
        const Result<QList<BaselineInfo>> list = BaselineStore::list(path);
        if (!list) {
            m_baselineNote->setText(list.error());
        } else {
            for (const BaselineInfo &info : list.value()) {
                auto *item = new QListWidgetItem(
                        tr("%1 — %2").arg(info.name, QLocale().toString(info.created.toLocalTime(),
                                                                         QLocale::ShortFormat)),
                        m_baselines);
                item->setData(Qt::UserRole, info.name);
                item->setToolTip(info.note);
            }
            if (list->isEmpty())
                m_baselineNote->setText(tr("This file has no baselines yet: Model ▸ Baselines… "
                                           "saves the model as one."));
        }
    } else {
        m_baselineNote->setText(tr("Baselines are kept in a .ktm file: save the model as one "
                                   "to keep baselines."));
    }
    m_baselineNote->setVisible(!m_baselineNote->text().isEmpty());
    const bool haveBaselines = m_baselines->count() > 0;
    m_baselineChoice->setEnabled(haveBaselines);
    m_baselines->setVisible(haveBaselines);
    if (!haveBaselines)
        layout->insertStretch(layout->count() - 1);
    (haveBaselines ? m_baselineChoice : m_fileChoice)->setChecked(true);
    if (haveBaselines)
        m_baselines->setCurrentRow(m_baselines->count() - 1);

    connect(browse, &QPushButton::clicked, this, &CompareDialog::browse);
    connect(m_baselineChoice, &QRadioButton::toggled, this, &CompareDialog::updateState);
    connect(m_file, &QLineEdit::textEdited, this, [this]() { m_fileChoice->setChecked(true); });
    connect(m_baselines, &QListWidget::itemDoubleClicked, this, &CompareDialog::accept);
    connect(m_swap, &QCheckBox::toggled, intro, [intro](bool swapped) {
        intro->setText(swapped ? tr("Compare the open model (the older version) with:")
                               : tr("Compare the open model (the newer version) with:"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &CompareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompareDialog::reject);
    updateState();
    // What the user will type or pick first has the focus.
    if (haveBaselines)
        m_baselines->setFocus();
    else
        m_file->setFocus();
    resize(520, haveBaselines ? 420 : 240);
}

void CompareDialog::selectBaseline(const QString &name)
{
    for (int i = 0; i < m_baselines->count(); ++i) {
        if (m_baselines->item(i)->data(Qt::UserRole).toString() == name) {
            m_baselines->setCurrentRow(i);
            m_baselineChoice->setChecked(true);
            return;
        }
    }
}

void CompareDialog::selectFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_fileChoice->setChecked(true);
}

void CompareDialog::setSwapped(bool swapped)
{
    m_swap->setChecked(swapped);
}

bool CompareDialog::documentIsNew() const
{
    return !m_swap->isChecked();
}

void CompareDialog::updateState()
{
    m_baselines->setEnabled(m_baselineChoice->isChecked());
}

void CompareDialog::browse()
{
    QSettings settings;
    QString folder = settings.value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = m_document && !m_document->filePath().isEmpty()
                ? QFileInfo(m_document->filePath()).absolutePath()
                : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Compare With"), folder,
            tr("Models (*.ktm *.xml);;Kien Truc models (*.ktm);;ArchiMate Open Exchange (*.xml);;"
               "All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    selectFile(path);
}

bool CompareDialog::load(QString *error)
{
    if (m_baselineChoice->isChecked()) {
        const QListWidgetItem *item = m_baselines->currentItem();
        if (!item || !m_document) {
            *error = tr("Choose a baseline to compare with.");
            return false;
        }
        const QString name = item->data(Qt::UserRole).toString();
        Result<ModelData> data = BaselineStore::extract(m_document->filePath(), name);
        if (!data) {
            *error = data.error();
            return false;
        }
        m_other = std::move(data).value();
        m_label = tr("baseline “%1”").arg(name);
        return true;
    }
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        *error = tr("Choose a file to compare with.");
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        *error = tr("Cannot open “%1”: there is no such file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    Result<ModelData> data = ModelFile::load(path);
    if (!data) {
        *error = data.error();
        return false;
    }
    m_other = std::move(data).value();
    m_label = QFileInfo(path).fileName();
    return true;
}

void CompareDialog::accept()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool loaded = load(&error);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        QMessageBox::warning(this, tr("Compare"), error);
        return;
    }
    QDialog::accept();
}

} // namespace kt
