// The mouse wheel over the Properties panel scrolls the form; it never changes
// the value of a combo box or spin box that the user has not clicked into.
#include "panelfixtures.h"

#include <support/samplemodel.h>

#include <model/core/language.h>
#include <model/edit/elementedits.h>
#include <widgets/document/document.h>
#include <widgets/panels/propertiespanel.h>
#include <widgets/panels/wheelguard.h>

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QtTest/qtestspontaneevent.h>
#include <QUndoStack>

using namespace kt;
using namespace Qt::StringLiterals;

class TestWheelGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wheelScrollsInsteadOfChanging_data();
    void wheelScrollsInsteadOfChanging();
    void editorsCreatedLaterAreGuarded();
    void focusedEditorTakesTheWheel();

private:
    // Turns the wheel one notch over the middle of widget, away from the end the
    // scroll bar is at; answers whether the form scrolled.
    static bool turnWheel(QWidget *widget, QScrollBar *bar);
};

void TestWheelGuard::initTestCase()
{
    setUiLanguage(u"en"_s);
}

bool TestWheelGuard::turnWheel(QWidget *widget, QScrollBar *bar)
{
    const int before = bar->value();
    const int notch = before < bar->maximum() ? -120 : 120; // negative: down
    const QPointF at = QRectF(widget->rect()).center();
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, notch), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    // As from the mouse (as QTest sends keys): Qt passes only such events on to
    // the parents, and gives focus on the wheel to widgets that take it so.
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(widget, &wheel);
    return bar->value() != before;
}

void TestWheelGuard::wheelScrollsInsteadOfChanging_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<ElementId>("element");
    QTest::newRow("type") << u"type"_s << test::portal;
    QTest::newRow("lifecycle") << u"lifecycle"_s << test::portal;
    QTest::newRow("security level") << u"securityLevel"_s << test::application;
}

void TestWheelGuard::wheelScrollsInsteadOfChanging()
{
    QFETCH(QString, editor);
    QFETCH(ElementId, element);
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.resize(320, 180); // short: the form has to scroll
    panel.show();
    panel.showElement(element);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *scroll = panel.findChild<QScrollArea *>();
    QWidget *field = panel.findChild<QWidget *>(editor);
    QVERIFY(scroll && field);
    QVERIFY2(scroll->verticalScrollBar()->maximum() > 0, "the form does not scroll");
    scroll->ensureWidgetVisible(field);
    QVERIFY(!field->hasFocus());
    const auto valueOf = [field]() -> QVariant {
        if (auto *combo = qobject_cast<QComboBox *>(field))
            return combo->currentIndex();
        return qobject_cast<QSpinBox *>(field)->value();
    };
    const QVariant before = valueOf();
    const ModelData data = document.model().data();

    QVERIFY2(turnWheel(field, scroll->verticalScrollBar()), "the form did not scroll");
    QCOMPARE(valueOf(), before);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.model().element(element)->properties,
             data.elements.find(element)->properties);
    QCOMPARE(document.model().element(element)->type, data.elements.find(element)->type);
    QCOMPARE(field->focusPolicy(), Qt::StrongFocus); // nor does the wheel give it focus
}

void TestWheelGuard::editorsCreatedLaterAreGuarded()
{
    // A type change rebuilds the rows of the form: the new spin box is guarded too.
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.resize(320, 180);
    panel.show();
    panel.showElement(test::application);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    document.push(std::make_unique<SetElementType>(test::application, u"online-service"_s));
    QTRY_VERIFY(!panel.findChild<QSpinBox *>(u"securityLevel"_s));
    document.undoStack()->undo();
    QTRY_VERIFY(panel.findChild<QSpinBox *>(u"securityLevel"_s));
    auto *spin = panel.findChild<QSpinBox *>(u"securityLevel"_s);
    QTRY_VERIFY(spin->isVisible());
    auto *scroll = panel.findChild<QScrollArea *>();
    scroll->ensureWidgetVisible(spin);
    const int count = document.undoStack()->count();
    turnWheel(spin, scroll->verticalScrollBar());
    QCOMPARE(spin->value(), 3);
    QCOMPARE(document.model().element(test::application)->property(u"securityLevel"_s), u"3"_s);
    QCOMPARE(document.undoStack()->count(), count);
}

void TestWheelGuard::focusedEditorTakesTheWheel()
{
    // Clicked into (keyboard focus), a field does take the wheel, as in any form.
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.show();
    panel.showElement(test::application);
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto *spin = panel.findChild<QSpinBox *>(u"securityLevel"_s);
    QVERIFY(spin);
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    const QPointF at = QRectF(spin->rect()).center();
    QWheelEvent wheel(at, spin->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(spin, &wheel);
    QCOMPARE(spin->value(), 4);
    QCOMPARE(document.model().element(test::application)->property(u"securityLevel"_s), u"4"_s);
    QVERIFY(WheelGuard::isValueEditor(spin));
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
