#include "reportoptionsform.h"

#include <model/report/reportbuilder.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The date edit's lowest value stands for "no date": printed as blanks to fill in.
const QDate NoDate(2000, 1, 1);

QFormLayout *newForm(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    // Long labels in a narrow column: the field goes under its label.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

void select(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

ReportOptionsForm::ReportOptionsForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *reportBox = new QGroupBox(tr("Report"), this);
    QFormLayout *reportForm = newForm(reportBox);
    m_kind = new QComboBox(reportBox);
    m_kind->setObjectName(u"reportKind"_s);
    m_kind->addItem(tr("Architecture document"), int(ReportKind::Architecture));
    m_kind->addItem(tr("Approving decision (draft)"), int(ReportKind::Decision));
    m_kind->addItem(tr("Inventory of information systems"), int(ReportKind::Inventory));
    reportForm->addRow(tr("&Report:"), m_kind);
    m_language = new QComboBox(reportBox);
    m_language->setObjectName(u"reportLanguage"_s);
    m_language->addItem(tr("Vietnamese"), u"vi"_s);
    m_language->addItem(tr("English"), u"en"_s);
    reportForm->addRow(tr("&Language:"), m_language);
    m_finalChoice = new QComboBox(reportBox);
    m_finalChoice->setObjectName(u"reportFinal"_s);
    m_finalChoice->addItem(tr("Draft: reminders for empty sections"), false);
    m_finalChoice->addItem(tr("Final: empty sections left out"), true);
    reportForm->addRow(tr("Draft or &final:"), m_finalChoice);
    layout->addWidget(reportBox);

    auto *headerBox = new QGroupBox(tr("Document"), this);
    QFormLayout *headerForm = newForm(headerBox);
    m_parentBody = addLine(headerForm, tr("Parent &body:"), u"parentBody"_s);
    m_issuingBody = addLine(headerForm, tr("&Issuing body:"), u"issuingBody"_s);
    m_number = addLine(headerForm, tr("&Number:"), u"documentNumber"_s);
    m_number->setPlaceholderText(tr("blank, to be filled in"));
    m_symbol = addLine(headerForm, tr("S&ymbol:"), u"documentSymbol"_s);
    m_place = addLine(headerForm, tr("Plac&e:"), u"place"_s);
    auto *dateRow = new QWidget(headerBox);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    m_date = new QDateEdit(dateRow);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_date->setMinimumDate(NoDate);
    m_date->setSpecialValueText(tr("blank"));
    m_date->setToolTip(tr("The date printed in the header; “blank” leaves it to be filled in "
                          "by hand."));
    m_today = new QCheckBox(tr("T&oday"), dateRow);
    m_today->setObjectName(u"today"_s);
    m_today->setToolTip(tr("The day the report is made. Otherwise the same model and options "
                           "always give the same file."));
    dateLayout->addWidget(m_date, 1);
    dateLayout->addWidget(m_today);
    headerForm->addRow(tr("&Date:"), dateRow);
    qobject_cast<QLabel *>(headerForm->labelForField(dateRow))->setBuddy(m_date);
    layout->addWidget(headerBox);

    auto *signerBox = new QGroupBox(tr("Signer"), this);
    QFormLayout *signerForm = newForm(signerBox);
    m_signerAuthority = addLine(signerForm, tr("&Authority:"), u"signerAuthority"_s);
    m_signerDeputy = addLine(signerForm, tr("Dep&uty:"), u"signerDeputy"_s);
    m_signerTitle = addLine(signerForm, tr("&Title:"), u"signerTitle"_s);
    m_signerName = addLine(signerForm, tr("Na&me:"), u"signerName"_s);
    m_recipients = new QPlainTextEdit(signerBox);
    m_recipients->setObjectName(u"recipients"_s);
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("One recipient per line"));
    m_recipients->setFixedHeight(m_recipients->fontMetrics().lineSpacing() * 5 + 12);
    signerForm->addRow(tr("Recipient&s:"), m_recipients);
    connect(m_recipients, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    layout->addWidget(signerBox);

    auto *chapterBox = new QGroupBox(tr("C&hapters"), this);
    auto *chapterLayout = new QVBoxLayout(chapterBox);
    m_chapters = new QListWidget(chapterBox);
    m_chapters->setObjectName(u"chapters"_s);
    m_chapters->setMinimumHeight(m_chapters->fontMetrics().lineSpacing() * 6);
    chapterLayout->addWidget(m_chapters);
    connect(m_chapters, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    layout->addWidget(chapterBox);

    auto *pageBox = new QGroupBox(tr("Page"), this);
    QFormLayout *pageForm = newForm(pageBox);
    m_paper = new QComboBox(pageBox);
    m_paper->setObjectName(u"paper"_s);
    m_paper->addItem(u"A4"_s, u"A4"_s);
    m_paper->addItem(u"A3"_s, u"A3"_s);
    pageForm->addRow(tr("Paper si&ze:"), m_paper);
    m_top = addMargin(pageForm, tr("Top mar&gin:"), TopMargin);
    m_bottom = addMargin(pageForm, tr("Bottom margin:"), BottomMargin);
    m_left = addMargin(pageForm, tr("Left margin:"), LeftMargin);
    m_right = addMargin(pageForm, tr("Right margin:"), RightMargin);
    m_bodySize = new QComboBox(pageBox);
    m_bodySize->setObjectName(u"bodySize"_s);
    m_bodySize->addItem(tr("13 pt"), 13.0);
    m_bodySize->addItem(tr("14 pt"), 14.0);
    pageForm->addRow(tr("Body text:"), m_bodySize);
    layout->addWidget(pageBox);
    layout->addStretch(1);

    for (QComboBox *combo : {m_kind, m_language, m_finalChoice, m_paper, m_bodySize})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            updateEnabled();
            Q_EMIT changed();
        });
    // The chapter titles are in the report's language.
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const bool filling = m_filling;
        m_filling = true;
        fillChapters(checkedChapters());
        m_filling = filling;
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    connect(m_today, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        if (!m_filling)
            Q_EMIT changed();
    });
    setOptions(ReportOptions());
    // What the report prints for an empty field follows the report and its language.
    connect(this, &ReportOptionsForm::changed, this, &ReportOptionsForm::updatePlaceholders);
}

void ReportOptionsForm::setModelInfo(const ModelInfo &info)
{
    m_info = info;
    updatePlaceholders();
}

void ReportOptionsForm::updatePlaceholders()
{
    const ReportOptions shown = options();
    const ReportOptions resolved = shown.resolved(m_info);
    for (const auto &[edit, value] : {std::pair{m_issuingBody, &ReportOptions::issuingBody},
                                      std::pair{m_place, &ReportOptions::place},
                                      std::pair{m_symbol, &ReportOptions::documentSymbol},
                                      std::pair{m_signerAuthority, &ReportOptions::signerAuthority},
                                      std::pair{m_signerDeputy, &ReportOptions::signerDeputy},
                                      std::pair{m_signerTitle, &ReportOptions::signerTitle}}) {
        const QString printed = (shown.*value).isEmpty() ? resolved.*value : QString();
        edit->setPlaceholderText(printed);
        // The whole of a long default, which the field may cut.
        edit->setToolTip(printed.isEmpty() ? QString()
                                           : tr("Left empty, the report prints “%1”.").arg(printed));
    }
}

QLineEdit *ReportOptionsForm::addLine(QFormLayout *form, const QString &label,
                                      const QString &objectName)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    return edit;
}

QDoubleSpinBox *ReportOptionsForm::addMargin(QFormLayout *form, const QString &label, Range range)
{
    auto *spin = new QDoubleSpinBox(form->parentWidget());
    spin->setRange(range.min, range.max);
    spin->setDecimals(1);
    spin->setSingleStep(1);
    spin->setSuffix(tr(" mm"));
    spin->setToolTip(tr("Decree 30/2020: from %1 to %2 mm.").arg(range.min).arg(range.max));
    form->addRow(label, spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    return spin;
}

void ReportOptionsForm::fillChapters(const QStringList &checked)
{
    const QString language = m_language->currentData().toString();
    m_chapters->clear();
    for (const QString &id : ReportBuilder::chapterIds()) {
        auto *item = new QListWidgetItem(ReportBuilder::chapterTitle(id, language), m_chapters);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        // No chapters named means all of them.
        item->setCheckState(checked.isEmpty() || checked.contains(id) ? Qt::Checked
                                                                        : Qt::Unchecked);
    }
}

QStringList ReportOptionsForm::checkedChapters() const
{
    QStringList ids;
    for (int i = 0; i < m_chapters->count(); ++i)
        if (m_chapters->item(i)->checkState() == Qt::Checked)
            ids.append(m_chapters->item(i)->data(Qt::UserRole).toString());
    return ids;
}

void ReportOptionsForm::updateEnabled()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    m_chapters->setEnabled(kind == ReportKind::Architecture);
    m_date->setEnabled(!m_today->isChecked());
}

ReportOptions ReportOptionsForm::options() const
{
    ReportOptions o = m_base;
    o.kind = ReportKind(m_kind->currentData().toInt());
    o.language = m_language->currentData().toString();
    o.final = m_finalChoice->currentData().toBool();
    o.parentBody = m_parentBody->text().trimmed();
    o.issuingBody = m_issuingBody->text().trimmed();
    o.documentNumber = m_number->text().trimmed();
    o.documentSymbol = m_symbol->text().trimmed();
    o.place = m_place->text().trimmed();
    o.date = m_date->date() == NoDate ? QDate() : m_date->date();
    o.useToday = m_today->isChecked();
    o.signerAuthority = m_signerAuthority->text().trimmed();
    o.signerDeputy = m_signerDeputy->text().trimmed();
    o.signerTitle = m_signerTitle->text().trimmed();
    o.signerName = m_signerName->text().trimmed();
    o.recipients.clear();
    for (const QString &line : m_recipients->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            o.recipients.append(line.trimmed());
    }
    const QStringList checked = checkedChapters();
    // All checked is stored as "all", so that chapters added later are included.
    o.chapters = checked.size() == m_chapters->count() ? QStringList() : checked;
    o.page.paper = m_paper->currentData().toString();
    o.page.topMm = m_top->value();
    o.page.bottomMm = m_bottom->value();
    o.page.leftMm = m_left->value();
    o.page.rightMm = m_right->value();
    o.page.bodyPt = m_bodySize->currentData().toDouble();
    return o;
}

void ReportOptionsForm::setOptions(const ReportOptions &o)
{
    m_filling = true;
    m_base = o;
    select(m_kind, int(o.kind));
    select(m_language, o.language);
    select(m_finalChoice, o.final);
    m_parentBody->setText(o.parentBody);
    m_issuingBody->setText(o.issuingBody);
    m_number->setText(o.documentNumber);
    m_symbol->setText(o.documentSymbol);
    m_place->setText(o.place);
    m_date->setDate(o.date.isValid() ? o.date : NoDate);
    m_today->setChecked(o.useToday);
    m_signerAuthority->setText(o.signerAuthority);
    m_signerDeputy->setText(o.signerDeputy);
    m_signerTitle->setText(o.signerTitle);
    m_signerName->setText(o.signerName);
    m_recipients->setPlainText(o.recipients.join(u'\n'));
    fillChapters(o.chapters);
    select(m_paper, o.page.paper);
    m_top->setValue(o.page.topMm);
    m_bottom->setValue(o.page.bottomMm);
    m_left->setValue(o.page.leftMm);
    m_right->setValue(o.page.rightMm);
    select(m_bodySize, o.page.bodyPt);
    updateEnabled();
    m_filling = false;
    updatePlaceholders();
}

} // namespace kt
