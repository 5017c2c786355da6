#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kt {

// A plain inventory of a model's elements for spreadsheets: one CSV file per
// component architecture of the framework ("<component id>.csv"; elements of no
// component in "other.csv"; a component without elements gets no file). Columns:
// ID, Name, Type, then the framework's properties that the component's elements
// have (named as the framework names them, values as a reader sees them: enum
// names, not ids), then Documentation. UTF-8 with BOM and CRLF, every field
// quoted, so that Excel opens the Vietnamese text as it is. Rows in model order.
class InventoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(kt::InventoryCsv)

public:
    struct File
    {
        QString name; // "applications.csv"
        QString text; // without the BOM
        qsizetype rows = 0;
    };
    // language: "vi" or "en", for type names, property names and values.
    static QList<File> compose(const ModelData &data, const QString &language);
    // Writes the files into the folder (made when missing); all or none are written.
    bool writeFolder(const ModelData &data, const QString &folder, const QString &language,
                     QList<File> *written = nullptr);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace kt
