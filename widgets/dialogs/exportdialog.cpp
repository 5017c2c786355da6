#include "exportdialog.h"

#include <model/export/exporters/exportfilenames.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>

namespace kt {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const QStringList &viewNames, int currentView, bool hasSelection,
                           QWidget *parent)
    : QDialog(parent),
      m_viewNames(viewNames),
      m_hasSelection(hasSelection),
      m_format(new QComboBox(this)),
      m_view(new QComboBox(this)),
      m_scale(new QDoubleSpinBox(this)),
      m_dpi(new QSpinBox(this)),
      m_background(new QComboBox(this)),
      m_selectionOnly(new QCheckBox(tr("Only the selected elements"), this)),
      m_paper(new QComboBox(this)),
      m_orientation(new QComboBox(this)),
      m_destination(new QLineEdit(this)),
      m_destinationLabel(new QLabel(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Diagram"));
    m_format->setObjectName(u"format"_s);
    m_view->setObjectName(u"view"_s);
    m_destination->setObjectName(u"destination"_s);

    m_format->addItem(tr("SVG: vector image for web pages and editing"), u"svg"_s);
    m_format->addItem(tr("PNG: picture for documents and slides"), u"png"_s);
    m_format->addItem(tr("PDF: vector document for printing"), u"pdf"_s);
    for (qsizetype i = 0; i < viewNames.size(); ++i)
        m_view->addItem(viewNames.at(i), int(i));
    m_view->addItem(tr("All views, one file each, into a folder"), -1);
    m_view->setCurrentIndex(std::clamp(currentView, 0, int(viewNames.size())));

    m_scale->setRange(10, 1000);
    m_scale->setDecimals(0);
    m_scale->setSuffix(tr(" %"));
    m_scale->setValue(100);
    m_dpi->setRange(24, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(96);
    // One size, two ways to say it: 100% is 96 dpi.
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        const QSignalBlocker block(m_dpi);
        m_dpi->setValue(qRound(percent * ExportOptions::UnitsPerInch / 100));
    });
    connect(m_dpi, &QSpinBox::valueChanged, this, [this](int dpi) {
        const QSignalBlocker block(m_scale);
        m_scale->setValue(dpi * 100 / ExportOptions::UnitsPerInch);
    });
    m_background->addItem(tr("White"), int(ExportBackground::White));
    m_background->addItem(tr("Transparent"), int(ExportBackground::Transparent));
    m_paper->addItem(tr("Page fitted to the diagram"), QString());
    m_paper->addItem(tr("A4"), u"A4"_s);
    m_paper->addItem(tr("A3"), u"A3"_s);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&View:"), m_view);
    form->addRow(QString(), m_selectionOnly);
    form->addRow(tr("&Size:"), m_scale);
    form->addRow(tr("&Resolution (PNG):"), m_dpi);
    form->addRow(tr("&Background:"), m_background);
    form->addRow(tr("&Paper (PDF):"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    m_destinationLabel->setBuddy(m_destination);
    form->addRow(m_destinationLabel, destination);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    restoreChoices();
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() {
        updateControls();
        updateExtension();
    });
    // Typing another format's extension chooses that format.
    connect(m_destination, &QLineEdit::textEdited, this, &ExportDialog::followExtension);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this]() {
        updateControls();
        updateDestination();
    });
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    updateControls();
    updateDestination();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

bool ExportDialog::allViews() const
{
    return m_view->currentData().toInt() < 0;
}

void ExportDialog::updateControls()
{
    const bool png = format() == u"png";
    const bool pdf = format() == u"pdf";
    m_dpi->setEnabled(png);
    m_paper->setEnabled(pdf);
    m_orientation->setEnabled(pdf && !m_paper->currentData().toString().isEmpty());
    m_scale->setEnabled(!pdf || m_paper->currentData().toString().isEmpty());
    m_selectionOnly->setEnabled(m_hasSelection && !allViews());
    m_destinationLabel->setText(allViews() ? tr("Fol&der:") : tr("Fi&le:"));
}

void ExportDialog::updateDestination()
{
    // Keep the folder of what the user typed or chose.
    const QString typed = QDir::fromNativeSeparators(m_destination->text().trimmed());
    if (!typed.isEmpty())
        m_folder = m_destinationIsFolder ? typed : QFileInfo(typed).absolutePath();
    m_destinationIsFolder = allViews();
    if (allViews()) {
        m_destination->setText(QDir::toNativeSeparators(m_folder));
        return;
    }
    const int index = m_view->currentData().toInt();
    const QString stem = ExportFileNames::safeStem(m_viewNames.value(index));
    m_destination->setText(
            QDir::toNativeSeparators(QDir(m_folder).filePath(stem + u'.' + format())));
}

QString ExportDialog::formatOfFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const QString &known : {u"svg"_s, u"png"_s, u"pdf"_s})
        if (suffix == known)
            return known;
    return {};
}

QString ExportDialog::withExtension(const QString &path, const QString &format)
{
    if (path.isEmpty())
        return path;
    const QFileInfo info(path);
    QString result = path;
    if (!formatOfFile(path).isEmpty()) // replace a known extension, keep any other
        result.chop(info.suffix().size() + 1);
    return result + u'.' + format;
}

void ExportDialog::updateExtension()
{
    if (allViews())
        return;
    const QString typed = QDir::fromNativeSeparators(m_destination->text().trimmed());
    if (typed.isEmpty() || QFileInfo(typed).suffix().toLower() == format())
        return;
    m_destination->setText(QDir::toNativeSeparators(withExtension(typed, format())));
}

void ExportDialog::followExtension()
{
    if (allViews())
        return;
    const QString named = formatOfFile(QDir::fromNativeSeparators(m_destination->text().trimmed()));
    const int index = named.isEmpty() ? -1 : m_format->findData(named);
    if (index >= 0 && index != m_format->currentIndex())
        m_format->setCurrentIndex(index);
}

void ExportDialog::browse()
{
    QString chosen;
    if (allViews()) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export All Views To"), m_folder);
    } else {
        const QString filter = format() == u"svg" ? tr("SVG images (*.svg)")
                : format() == u"png"              ? tr("PNG images (*.png)")
                                                  : tr("PDF documents (*.pdf)");
        chosen = QFileDialog::getSaveFileName(this, tr("Export Diagram"),
                                              QDir::fromNativeSeparators(m_destination->text()),
                                              filter);
    }
    if (chosen.isEmpty())
        return;
    m_folder = allViews() ? chosen : QFileInfo(chosen).absolutePath();
    m_destination->setText(QDir::toNativeSeparators(chosen));
    followExtension();
    updateExtension();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = format();
    r.viewIndex = m_view->currentData().toInt();
    r.destination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    r.selectionOnly = m_selectionOnly->isEnabled() && m_selectionOnly->isChecked();
    r.options.scale = m_scale->value() / 100;
    if (r.format == u"png")
        r.options.dpi = m_dpi->value();
    r.options.background = ExportBackground(m_background->currentData().toInt());
    const QString paper = m_paper->currentData().toString();
    if (r.format == u"pdf" && !paper.isEmpty()) {
        r.options.paperSize = QPageSize(paper == u"A3" ? QPageSize::A3 : QPageSize::A4);
        r.options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    }
    return r;
}

void ExportDialog::accept()
{
    if (m_destination->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             allViews() ? tr("Choose a folder to export to.")
                                        : tr("Choose a file to export to."));
        return;
    }
    // The file's name says what it holds: a PDF is never written into a .png.
    followExtension();
    updateExtension();
    saveChoices();
    QDialog::accept();
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    const auto select = [](QComboBox *combo, const QVariant &value) {
        const int i = combo->findData(value);
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    select(m_format, settings.value(u"export/format"_s, u"png"_s).toString());
    if (settings.value(u"export/allViews"_s, false).toBool())
        select(m_view, -1);
    m_scale->setValue(settings.value(u"export/scale"_s, 100).toDouble());
    m_dpi->setValue(settings.value(u"export/dpi"_s, 96).toInt());
    select(m_background, settings.value(u"export/background"_s, 0).toInt());
    m_selectionOnly->setChecked(settings.value(u"export/selectionOnly"_s, false).toBool());
    select(m_paper, settings.value(u"export/paper"_s, QString()).toString());
    select(m_orientation,
           settings.value(u"export/orientation"_s, int(QPageLayout::Landscape)).toInt());
    m_folder = settings.value(u"export/folder"_s).toString();
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (m_folder.isEmpty())
        m_folder = QDir::homePath();
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(u"export/format"_s, format());
    settings.setValue(u"export/allViews"_s, allViews());
    settings.setValue(u"export/scale"_s, m_scale->value());
    settings.setValue(u"export/dpi"_s, m_dpi->value());
    settings.setValue(u"export/background"_s, m_background->currentData());
    settings.setValue(u"export/selectionOnly"_s, m_selectionOnly->isChecked());
    settings.setValue(u"export/paper"_s, m_paper->currentData());
    settings.setValue(u"export/orientation"_s, m_orientation->currentData());
    const QString destination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    settings.setValue(u"export/folder"_s,
                      allViews() ? destination : QFileInfo(destination).absolutePath());
}

} // namespace kt
