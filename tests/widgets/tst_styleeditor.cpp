// The appearance section of the properties panel: what is selected on a canvas
// gets its fill, line and text colour, font size, alignment and line width set as
// undoable edits, and goes back to the type's style with one button.

#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <widgets/document/document.h>
#include <widgets/panels/propertiespanel.h>
#include <widgets/panels/styleeditor.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kt;

namespace {

const ViewId Overall(u"id-v-1"_s);
const NodeId App(u"id-n-3"_s);
const NodeId Portal(u"id-n-2"_s); // styled in the sample model
const ConnectionId Line(u"id-c-2"_s);

struct Panel
{
    Panel() : document(test::sampleModel())
    {
        panel.setDocument(&document);
        panel.resize(300, 700);
        panel.show();
        style()->setColorChooser([this](const QColor &, const QString &) { return chosen; });
    }
    StyleEditor *style() const { return panel.styleEditor(); }
    const View &view() const { return *document.model().view(Overall); }
    const NodeStyle &nodeStyle(const NodeId &id) const { return view().nodes.find(id)->style; }
    const NodeStyle &lineStyle() const { return view().connections.find(Line)->style; }

    Document document;
    PropertiesPanel panel;
    QColor chosen = QColor(0xff, 0, 0);
};

} // namespace

class TestStyleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenWithoutSelection()
    {
        Panel p;
        QVERIFY(p.style()->isHidden());
        p.panel.showDiagramSelection(Overall, {App}, {});
        QVERIFY(p.style()->isVisible());
        p.panel.showDiagramSelection(Overall, {}, {});
        QVERIFY(p.style()->isHidden());
    }

    // At 1366×768 the panel is short: the element's form and the appearance
    // scroll together as one page instead of squeezing the form to two rows.
    void appearanceScrollsWithTheForm()
    {
        Panel p;
        p.panel.resize(300, 260);
        const ElementId element = p.view().nodes.find(App)->element;
        p.panel.showElement(element);
        p.panel.showDiagramSelection(Overall, {App}, {});
        auto *scroll = p.panel.findChild<QScrollArea *>();
        QVERIFY(scroll && scroll->isVisible());
        QVERIFY(scroll->widget()->isAncestorOf(p.style()));
        QVERIFY(p.style()->isVisible());
        // The form keeps its full height (its first field is not squeezed away).
        QWidget *page = scroll->widget();
        QTRY_VERIFY(page->height() >= page->minimumSizeHint().height());
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        // Without an element form the appearance alone is shown, not the hint.
        p.panel.clear();
        p.panel.showDiagramSelection(Overall, {App}, {});
        QVERIFY(scroll->isVisible());
        p.panel.showDiagramSelection(Overall, {}, {});
        QVERIFY(!scroll->isVisible());
    }

    void nodeFieldsAreUndoableEdits()
    {
        Panel p;
        const ModelData before = p.document.model().data();
        p.panel.showDiagramSelection(Overall, {App}, {});
        QTest::mouseClick(p.style()->fillButton(), Qt::LeftButton);
        QCOMPARE(p.nodeStyle(App).fillColor, u"#ff0000"_s);
        p.chosen = QColor(0, 0, 0x80);
        QTest::mouseClick(p.style()->lineButton(), Qt::LeftButton);
        QCOMPARE(p.nodeStyle(App).lineColor, u"#000080"_s);
        QTest::mouseClick(p.style()->textColorButton(), Qt::LeftButton);
        QCOMPARE(p.nodeStyle(App).fontColor, u"#000080"_s);
        p.style()->fontSizeBox()->setValue(14);
        QCOMPARE(p.nodeStyle(App).fontSize, 14.0);
        p.style()->alignmentBox()->setCurrentIndex(
                p.style()->alignmentBox()->findData(int(TextAlignment::Right)));
        QCOMPARE(p.nodeStyle(App).textAlignment, TextAlignment::Right);
        p.style()->lineWidthBox()->setValue(3);
        QCOMPARE(p.nodeStyle(App).lineWidth, 3.0);
        // The form shows what the model holds, also after undo.
        QCOMPARE(p.style()->fillButton()->text(), u"#ff0000"_s);
        QCOMPARE(p.document.undoStack()->count(), 6);
        while (p.document.undoStack()->canUndo())
            p.document.undoStack()->undo();
        KT_COMPARE_MODELS(p.document.model().data(), before);
        QCOMPARE(p.style()->fillButton()->text(), u"Default"_s);
        QCOMPARE(p.style()->fontSizeBox()->value(), 0.0);
    }

    void cancelledColourChangesNothing()
    {
        Panel p;
        p.panel.showDiagramSelection(Overall, {App}, {});
        p.chosen = QColor();
        QTest::mouseClick(p.style()->fillButton(), Qt::LeftButton);
        QCOMPARE(p.document.undoStack()->count(), 0);
    }

    void connectionGetsLineColourAndWidth()
    {
        Panel p;
        p.panel.showDiagramSelection(Overall, {}, {Line});
        QVERIFY(p.style()->isVisible());
        QVERIFY(p.style()->fillButton()->isHidden());
        QVERIFY(p.style()->fontSizeBox()->isHidden());
        QVERIFY(!p.style()->lineWidthBox()->isHidden());
        QTest::mouseClick(p.style()->lineButton(), Qt::LeftButton);
        p.style()->lineWidthBox()->setValue(4);
        QCOMPARE(p.lineStyle().lineColor, u"#ff0000"_s);
        QCOMPARE(p.lineStyle().lineWidth, 4.0);
    }

    void oneEditForTheWholeSelection()
    {
        Panel p;
        p.panel.showDiagramSelection(Overall, {App, Portal}, {Line});
        p.style()->lineWidthBox()->setValue(2);
        QCOMPARE(p.document.undoStack()->count(), 1);
        QCOMPARE(p.nodeStyle(App).lineWidth, 2.0);
        QCOMPARE(p.nodeStyle(Portal).lineWidth, 2.0);
        QCOMPARE(p.lineStyle().lineWidth, 2.0);
        // The portal keeps the rest of its own style.
        QCOMPARE(p.nodeStyle(Portal).fillColor, u"#ffeeaa"_s);
        // Fill is a node's only.
        QTest::mouseClick(p.style()->fillButton(), Qt::LeftButton);
        QCOMPARE(p.nodeStyle(App).fillColor, u"#ff0000"_s);
        QVERIFY(p.lineStyle().fillColor.isEmpty());
    }

    void resetToTypeStyle()
    {
        Panel p;
        const ModelData before = p.document.model().data();
        QVERIFY(!p.nodeStyle(Portal).isEmpty());
        p.panel.showDiagramSelection(Overall, {Portal}, {});
        QCOMPARE(p.style()->fillButton()->text(), u"#ffeeaa"_s);
        QTest::mouseClick(p.style()->resetButton(), Qt::LeftButton);
        QVERIFY(p.nodeStyle(Portal).isEmpty());
        QCOMPARE(p.style()->fillButton()->text(), u"Default"_s);
        p.document.undoStack()->undo();
        KT_COMPARE_MODELS(p.document.model().data(), before);
    }
};

QTEST_MAIN(TestStyleEditor)
#include "tst_styleeditor.moc"
