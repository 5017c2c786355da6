#pragma once

#include <model/report/reportoptions.h>
#include <model/types/modelinfo.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace kt {

// The options of a report as a form: which report, the header block (issuing and
// parent body, number and symbol, place and date), the signer, the recipients,
// the chapters of the architecture document, language, paper, margins within the
// ranges of Decree 30, body size, draft or final. changed() after every change.
class ReportOptionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ReportOptionsForm(QWidget *parent = nullptr);

    ReportOptions options() const;
    void setOptions(const ReportOptions &options);
    // The model whose information fills what is left empty (issuing body, place,
    // symbol, signer): shown as the empty fields' placeholders.
    void setModelInfo(const ModelInfo &info);

    QComboBox *reportChoice() const { return m_kind; }
    QListWidget *chapterList() const { return m_chapters; }
    QCheckBox *todayCheck() const { return m_today; }

    // Decree 30's margins (mm): what the spin boxes allow.
    struct Range
    {
        double min;
        double max;
    };
    static constexpr Range TopMargin{20, 25};
    static constexpr Range BottomMargin{20, 25};
    static constexpr Range LeftMargin{30, 35};
    static constexpr Range RightMargin{15, 20};

Q_SIGNALS:
    void changed();

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &objectName);
    QDoubleSpinBox *addMargin(QFormLayout *form, const QString &label, Range range);
    void fillChapters(const QStringList &checked);
    QStringList checkedChapters() const;
    void updateEnabled();
    void updatePlaceholders();

    // The options shown, for what the form does not edit (kept as they were).
    ReportOptions m_base;
    ModelInfo m_info;
    bool m_filling = false;
    QComboBox *m_kind;
    QComboBox *m_language;
    QComboBox *m_finalChoice;
    QLineEdit *m_parentBody;
    QLineEdit *m_issuingBody;
    QLineEdit *m_number;
    QLineEdit *m_symbol;
    QLineEdit *m_place;
    QDateEdit *m_date;
    QCheckBox *m_today;
    QLineEdit *m_signerAuthority;
    QLineEdit *m_signerDeputy;
    QLineEdit *m_signerTitle;
    QLineEdit *m_signerName;
    QPlainTextEdit *m_recipients;
    QListWidget *m_chapters;
    QComboBox *m_paper;
    QDoubleSpinBox *m_top;
    QDoubleSpinBox *m_bottom;
    QDoubleSpinBox *m_left;
    QDoubleSpinBox *m_right;
    QComboBox *m_bodySize;
};

} // namespace kt
