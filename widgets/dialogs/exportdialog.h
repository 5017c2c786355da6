#pragma once

#include <model/export/exporters/exportoptions.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kt {

// What the user asked the export dialog for. The exporting itself is done by
// the caller through DiagramExporter; the dialog only asks.
struct ExportRequest
{
    QString format;     // "svg", "png" or "pdf"
    int viewIndex = -1; // into the names given to the dialog; -1: all views
    QString destination; // a file, or the folder for all views
    bool selectionOnly = false;
    ExportOptions options; // without the selection, which the caller knows
};

// The export dialog: format, one view or all, scale or DPI, background,
// selection only, paper for PDF, and the destination. It remembers the last
// choices (QSettings) for the next time.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QStringList &viewNames, int currentView, bool hasSelection,
                 QWidget *parent = nullptr);

    ExportRequest request() const;

    void accept() override;

    // "svg", "png" or "pdf" when the file's extension names one of them.
    static QString formatOfFile(const QString &path);
    // path with the extension of format, replacing another format's extension.
    static QString withExtension(const QString &path, const QString &format);

private:
    QString format() const;
    bool allViews() const;
    void updateControls();
    void updateDestination();
    void updateExtension();
    void followExtension();
    void browse();
    void restoreChoices();
    void saveChoices() const;

    QStringList m_viewNames;
    bool m_hasSelection;
    QComboBox *m_format;
    QComboBox *m_view;
    QDoubleSpinBox *m_scale;
    QSpinBox *m_dpi;
    QComboBox *m_background;
    QCheckBox *m_selectionOnly;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QLineEdit *m_destination;
    QLabel *m_destinationLabel;
    QString m_folder; // the last folder exported to
    bool m_destinationIsFolder = false;
};

} // namespace kt
