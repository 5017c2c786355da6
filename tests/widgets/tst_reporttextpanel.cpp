// The report-text panel: a field applies its text as one undoable SetModelInfo
// edit (on leaving the field or after a pause in typing, never per key); undo and
// redo bring the fields back; a field whose text did not change keeps its cursor;
// lists ("- " lines) and paragraphs round-trip as typed.
#include "panelfixtures.h"

#include <support/samplemodel.h>

#include <model/report/reporttexts.h>
#include <widgets/document/document.h>
#include <widgets/panels/documentationedit.h>
#include <widgets/panels/reporttextpanel.h>

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace kt;
using namespace Qt::StringLiterals;

class TestReportTextPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneFieldPerSection();
    void leavingAFieldAppliesOneEdit();
    void pauseApplies();
    void undoRedoFollow();
    void cursorKeptWhenUnchanged();
    void listsAndParagraphsRoundTrip();
    void noDocumentNoEdits();

private:
    static QString stored(const Document &document, ReportTextSection section)
    {
        return ReportTexts::text(document.model().info().extraProperties, section);
    }
};

void TestReportTextPanel::oneFieldPerSection()
{
    ReportTextPanel panel;
    const QList<ReportTextSection> sections = ReportTexts::sections();
    QCOMPARE(panel.findChildren<DocumentationEdit *>().size(), sections.size());
    for (const ReportTextSection section : sections) {
        DocumentationEdit *field = panel.field(section);
        QVERIFY(field);
        QCOMPARE(field->accessibleName(), ReportTexts::title(section));
        QVERIFY(!field->isEnabled()); // no document yet
    }
}

void TestReportTextPanel::leavingAFieldAppliesOneEdit()
{
    Document document(test::sampleModel());
    ReportTextPanel panel;
    QLineEdit elsewhere;
    panel.setDocument(&document);
    panel.show();
    elsewhere.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    DocumentationEdit *field = panel.field(ReportTextSection::Purpose);
    QVERIFY(field->isEnabled());
    field->setFocus();
    test::typeText(field, u"Mục đích: kết nối"_s);
    // Typing applies nothing by itself.
    QCOMPARE(document.undoStack()->count(), 0);
    field->commit(); // as leaving the field does
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(stored(document, ReportTextSection::Purpose), u"Mục đích: kết nối"_s);
    QVERIFY(stored(document, ReportTextSection::Necessity).isEmpty());
    // Leaving again without a change adds nothing.
    field->commit();
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestReportTextPanel::pauseApplies()
{
    Document document(test::sampleModel());
    ReportTextPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    DocumentationEdit *field = panel.field(ReportTextSection::Vision);
    field->setFocus();
    test::typeText(field, u"Tầm nhìn"_s);
    QTest::qWait(ReportTextPanel::PauseMs / 3);
    test::typeText(field, u" 2030"_s);
    QCOMPARE(document.undoStack()->count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(document.undoStack()->count(), 1, ReportTextPanel::PauseMs * 3);
    QCOMPARE(stored(document, ReportTextSection::Vision), u"Tầm nhìn 2030"_s);
    // The field keeps what was typed and where the cursor was.
    QCOMPARE(field->text(), u"Tầm nhìn 2030"_s);
    QCOMPARE(field->textCursor().position(), int(field->text().size()));
}

void TestReportTextPanel::undoRedoFollow()
{
    Document document(test::sampleModel());
    ReportTextPanel panel;
    panel.setDocument(&document);
    DocumentationEdit *field = panel.field(ReportTextSection::Principles);
    field->setPlainText(u"Lấy người dân làm trung tâm"_s);
    field->document()->setModified(true);
    field->commit();
    field->setPlainText(u"Lấy người dân làm trung tâm; an toàn"_s);
    field->document()->setModified(true);
    field->commit();
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(field->text(), u"Lấy người dân làm trung tâm"_s);
    QCOMPARE(stored(document, ReportTextSection::Principles), u"Lấy người dân làm trung tâm"_s);
    document.undoStack()->undo();
    QVERIFY(field->text().isEmpty());
    QVERIFY(stored(document, ReportTextSection::Principles).isEmpty());
    document.undoStack()->redo();
    document.undoStack()->redo();
    QCOMPARE(field->text(), u"Lấy người dân làm trung tâm; an toàn"_s);
}

void TestReportTextPanel::cursorKeptWhenUnchanged()
{
    Document document(test::sampleModel());
    ReportTextPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    DocumentationEdit *scope = panel.field(ReportTextSection::Scope);
    DocumentationEdit *purpose = panel.field(ReportTextSection::Purpose);
    scope->setFocus();
    test::typeText(scope, u"Phạm vi toàn tỉnh"_s);
    scope->commit();
    QTextCursor cursor = scope->textCursor();
    cursor.setPosition(4);
    scope->setTextCursor(cursor);
    // Another field's edit (and its undo) reloads the fields: this one stays as it is.
    purpose->setPlainText(u"Mục đích"_s);
    purpose->document()->setModified(true);
    purpose->commit();
    document.undoStack()->undo();
    QCOMPARE(scope->textCursor().position(), 4);
    QVERIFY(purpose->text().isEmpty());
}

void TestReportTextPanel::listsAndParagraphsRoundTrip()
{
    Document document(test::sampleModel());
    ReportTextPanel panel;
    panel.setDocument(&document);
    const QString text = u"Đoạn một.\n\nĐoạn hai:\n- mục một;\n- mục hai."_s;
    DocumentationEdit *field = panel.field(ReportTextSection::Implementation);
    field->setPlainText(text);
    field->document()->setModified(true);
    field->commit();
    QCOMPARE(stored(document, ReportTextSection::Implementation), text);
    // A new panel on the same document shows it as stored.
    ReportTextPanel other;
    other.setDocument(&document);
    QCOMPARE(other.field(ReportTextSection::Implementation)->text(), text);
}

void TestReportTextPanel::noDocumentNoEdits()
{
    auto document = std::make_unique<Document>(test::sampleModel());
    ReportTextPanel panel;
    panel.setDocument(document.get());
    DocumentationEdit *field = panel.field(ReportTextSection::Necessity);
    field->setPlainText(u"chưa xong"_s);
    field->document()->setModified(true);
    document.reset();
    field->commit(); // the model is gone: nothing to apply it to, and no crash
    panel.setDocument(nullptr);
    QVERIFY(field->text().isEmpty());
    QVERIFY(!field->isEnabled());
}

QTEST_MAIN(TestReportTextPanel)
#include "tst_reporttextpanel.moc"
