// The editor's document keeps the baselines of its .ktm: Save writes them back,
// Save As takes them to the new file (KtmStore::setBaselineSource), and an
// imported exchange file saved as .ktm starts without any.

#include <model/modelfile.h>
#include <model/store/baselinestore.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>
#include <widgets/document/document.h>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kt;

class TestDocumentBaselines : public QObject
{
    Q_OBJECT

private slots:
    void saveAndSaveAsKeepBaselines();
};

static QStringList baselineNames(const QString &path)
{
    QStringList names;
    const Result<QList<BaselineInfo>> listed = BaselineStore::list(path);
    if (listed)
        for (const BaselineInfo &info : listed.value())
            names.append(info.name);
    return names;
}

void TestDocumentBaselines::saveAndSaveAsKeepBaselines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.ktm"_s);
    const ModelData original = test::sampleModel();
    QString error;
    QVERIFY2(ModelFile::save(original, path, &error), qPrintable(error));
    BaselineInfo info;
    info.name = u"1.0"_s;
    QVERIFY(BaselineStore::add(path, original, info).ok());

    std::unique_ptr<Document> document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    QCOMPARE(baselineNames(path), QStringList{u"1.0"_s});

    const QString other = dir.filePath(u"other.ktm"_s);
    QVERIFY2(document->save(other, &error), qPrintable(error));
    QCOMPARE(baselineNames(other), QStringList{u"1.0"_s});
    KT_COMPARE_MODELS(BaselineStore::extract(other, u"1.0"_s).value(), original);
    // The document is now the other file's, and its next save keeps that file's.
    QCOMPARE(document->filePath(), QFileInfo(other).absoluteFilePath());
    QVERIFY(BaselineStore::remove(path, u"1.0"_s).ok());
    QVERIFY2(document->save(other, &error), qPrintable(error));
    QCOMPARE(baselineNames(other), QStringList{u"1.0"_s});

    // An exchange file opened and saved as a new .ktm has no baselines to take.
    const QString xml = dir.filePath(u"m.xml"_s);
    QVERIFY2(ModelFile::save(original, xml, &error), qPrintable(error));
    std::unique_ptr<Document> imported = Document::open(xml, &error);
    QVERIFY2(imported, qPrintable(error));
    const QString fresh = dir.filePath(u"fresh.ktm"_s);
    QVERIFY2(imported->save(fresh, &error), qPrintable(error));
    QVERIFY(baselineNames(fresh).isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentBaselines)
#include "tst_documentbaselines.moc"
