// The validation panel lists what an opened file held that the model could not take
// (issue 12): findings of their own kind, "Import", before the validator's, with a
// filter of their own, counted in the summary, until they are dismissed.
#include <model/io/exchangereader.h>
#include <widgets/document/document.h>
#include <widgets/panels/findingmodel.h>
#include <widgets/panels/validationpanel.h>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestValidationImport : public QObject
{
    Q_OBJECT

private:
    static QString dataPath(const QString &name)
    {
        return QStringLiteral(KT_TEST_DATA_DIR "/") + name;
    }
    static int rowsOfKind(const FindingModel *model, FindingKind kind)
    {
        int rows = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            rows += model->findingAt(row).kind == kind ? 1 : 0;
        return rows;
    }
    static void selectShow(ValidationPanel &panel, FindingModel::Show show)
    {
        QComboBox *filter = panel.severityFilter();
        filter->setCurrentIndex(filter->findData(int(show)));
        QCOMPARE(panel.findingModel()->show(), show);
    }

private Q_SLOTS:
    void listsImportFindings_data();
    void listsImportFindings();
    void dismisses();
    void nativeModelHasNone();
};

void TestValidationImport::listsImportFindings_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("exchange") << u"exchange/partial-unsupported.xml"_s;
    QTest::newRow("exchange-node") << u"exchange/partial-node-element.xml"_s;
    QTest::newRow("archimate") << u"archimate/hostile.archimate"_s;
}

void TestValidationImport::listsImportFindings()
{
    QFETCH(QString, file);
    QString error;
    std::unique_ptr<Document> document = Document::open(dataPath(file), &error);
    QVERIFY2(document, qPrintable(error));
    const QStringList expected = document->importFindings();
    QVERIFY(!expected.isEmpty());
    if (file.endsWith(u".xml")) {
        // The reader on its own says the same.
        ModelData data;
        ExchangeReader reader;
        QVERIFY(reader.readFile(dataPath(file), data));
        QCOMPARE(reader.findings(), expected);
    }

    ValidationPanel panel;
    panel.setDocument(document.get());
    QCOMPARE(panel.importCount(), int(expected.size()));
    FindingModel *model = panel.findingModel();
    // First, in the file's order, each naming the file.
    const QString fileName = file.section(u'/', -1);
    for (int row = 0; row < expected.size(); ++row) {
        const Finding &finding = model->findingAt(row);
        QCOMPARE(finding.kind, FindingKind::Import);
        QCOMPARE(finding.rule, u"import"_s);
        QCOMPARE(finding.message, expected.at(row));
        QVERIFY2(finding.message.contains(fileName), qPrintable(finding.message));
        QCOMPARE(model->index(row, FindingModel::SeverityColumn).data().toString(),
                 u"Import"_s);
        QCOMPARE(model->index(row, FindingModel::MessageColumn).data().toString(),
                 expected.at(row));
    }
    // The validator's findings follow, counted apart.
    const int checks = rowsOfKind(model, FindingKind::Check);
    QCOMPARE(checks, panel.errorCount() + panel.warningCount());
    QCOMPARE(model->rowCount(), int(expected.size()) + checks);
    QVERIFY2(panel.summary().contains(
                     u"%1 import finding"_s.arg(expected.size())),
             qPrintable(panel.summary()));

    selectShow(panel, FindingModel::Show::Imports);
    QCOMPARE(model->rowCount(), int(expected.size()));
    QCOMPARE(rowsOfKind(model, FindingKind::Import), int(expected.size()));
    selectShow(panel, FindingModel::Show::Warnings);
    QCOMPARE(rowsOfKind(model, FindingKind::Import), 0);
    QCOMPARE(model->rowCount(), panel.warningCount());
    selectShow(panel, FindingModel::Show::Errors);
    QCOMPARE(rowsOfKind(model, FindingKind::Import), 0);
    QCOMPARE(model->rowCount(), panel.errorCount());

    // A change of the model checks again; the import findings stay.
    panel.revalidate();
    QCOMPARE(panel.importCount(), int(expected.size()));
}

void TestValidationImport::dismisses()
{
    QString error;
    std::unique_ptr<Document> document =
            Document::open(dataPath(u"exchange/partial-unsupported.xml"_s), &error);
    QVERIFY2(document, qPrintable(error));
    ValidationPanel panel;
    panel.setDocument(document.get());
    QVERIFY(panel.importCount() > 0);
    const int checks = panel.errorCount() + panel.warningCount();

    QMenu menu;
    panel.fillContextMenu(&menu, {});
    auto *dismiss = menu.findChild<QAction *>(u"actionDismissImportFindings"_s);
    QVERIFY(dismiss);
    QVERIFY(dismiss->isEnabled());
    dismiss->trigger();
    QCOMPARE(panel.importCount(), 0);
    QVERIFY(document->importFindings().isEmpty());
    QCOMPARE(rowsOfKind(panel.findingModel(), FindingKind::Import), 0);
    QCOMPARE(panel.errorCount() + panel.warningCount(), checks);
    QVERIFY(!panel.summary().contains(u"import"_s));
    // Not a change of the model: nothing to undo.
    QCOMPARE(document->undoStack()->count(), 0);

    QMenu again;
    panel.fillContextMenu(&again, {});
    auto *none = again.findChild<QAction *>(u"actionDismissImportFindings"_s);
    QVERIFY(none);
    QVERIFY(!none->isEnabled());
}

void TestValidationImport::nativeModelHasNone()
{
    QString error;
    std::unique_ptr<Document> document =
            Document::open(dataPath(u"exchange/good-base.xml"_s), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->importFindings().isEmpty());
    ValidationPanel panel;
    panel.setDocument(document.get());
    QCOMPARE(panel.importCount(), 0);
    QCOMPARE(rowsOfKind(panel.findingModel(), FindingKind::Import), 0);
}

QTEST_MAIN(TestValidationImport)
#include "tst_validationimport.moc"
