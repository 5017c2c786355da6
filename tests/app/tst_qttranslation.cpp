// Qt's own dialogs speak Vietnamese when the program does: our translations/qt_vi.ts
// is compiled into the program and installed by kt::installTranslations().
#include <app/language.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A label or menu text as the user reads it: no accelerator marker, no shortcut.
QString plain(QString text)
{
    text = text.section(u'\t', 0, 0);
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    return text;
}

template<typename Widget>
QSet<QString> texts(const QObject &parent)
{
    QSet<QString> result;
    for (const Widget *widget : parent.findChildren<Widget *>())
        result.insert(plain(widget->text()));
    return result;
}

QSet<QString> actionTexts(const QObject &parent)
{
    QSet<QString> result;
    for (const QAction *action : parent.findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        result.insert(plain(action->text()));
        result.insert(plain(action->toolTip()));
    }
    return result;
}

QString missing(const QSet<QString> &shown, const QStringList &expected)
{
    QStringList absent;
    for (const QString &text : expected)
        if (!shown.contains(text))
            absent.append(text);
    return absent.isEmpty() ? QString()
                            : u"missing: "_s + absent.join(u" | "_s) + u"; shown: "_s
                    + QStringList(shown.cbegin(), shown.cend()).join(u" | "_s);
}

} // namespace

class TestQtTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void standardButtons_data();
    void standardButtons();
    void messageBoxSavePrompt();
    void lineEditContextMenu();
    void fileDialog();
    void printPreviewToolbar();
    void colorDialog();
    void fontDialog();
    void undoHistory();
    void fileErrors();
    void englishStaysEnglish();
    void translationFileComplete();
};

void TestQtTranslation::initTestCase()
{
    qputenv("KIENTRUC_LANG", "vi");
    QCOMPARE(kt::installTranslations(), u"vi"_s);
}

void TestQtTranslation::cleanupTestCase()
{
    qputenv("KIENTRUC_LANG", "en");
    kt::installTranslations();
}

void TestQtTranslation::standardButtons_data()
{
    QTest::addColumn<QDialogButtonBox::StandardButton>("button");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Ok") << QDialogButtonBox::Ok << u"OK"_s;
    QTest::newRow("Cancel") << QDialogButtonBox::Cancel << u"Hủy"_s;
    QTest::newRow("Yes") << QDialogButtonBox::Yes << u"Có"_s;
    QTest::newRow("No") << QDialogButtonBox::No << u"Không"_s;
    QTest::newRow("Save") << QDialogButtonBox::Save << u"Lưu"_s;
    QTest::newRow("Discard") << QDialogButtonBox::Discard << u"Không lưu"_s;
    QTest::newRow("Close") << QDialogButtonBox::Close << u"Đóng"_s;
    QTest::newRow("Apply") << QDialogButtonBox::Apply << u"Áp dụng"_s;
    QTest::newRow("Help") << QDialogButtonBox::Help << u"Trợ giúp"_s;
    QTest::newRow("Open") << QDialogButtonBox::Open << u"Mở"_s;
    QTest::newRow("RestoreDefaults") << QDialogButtonBox::RestoreDefaults
                                     << u"Khôi phục mặc định"_s;
}

void TestQtTranslation::standardButtons()
{
    QFETCH(QDialogButtonBox::StandardButton, button);
    QFETCH(QString, expected);
    QDialogButtonBox box(button);
    QVERIFY(box.button(button));
    QCOMPARE(plain(box.button(button)->text()), expected);
}

// The prompt the editor shows before closing a changed model.
void TestQtTranslation::messageBoxSavePrompt()
{
    QMessageBox box(QMessageBox::Warning, u"t"_s, u"m"_s,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    QCOMPARE(plain(box.button(QMessageBox::Save)->text()), u"Lưu"_s);
    QCOMPARE(plain(box.button(QMessageBox::Discard)->text()), u"Không lưu"_s);
    QCOMPARE(plain(box.button(QMessageBox::Cancel)->text()), u"Hủy"_s);
}

void TestQtTranslation::lineEditContextMenu()
{
    QLineEdit edit(u"văn bản"_s);
    edit.selectAll();
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QSet<QString> shown;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator())
            shown.insert(plain(action->text()));
    const QString absent = missing(shown, {u"Hoàn tác"_s, u"Làm lại"_s, u"Cắt"_s, u"Sao chép"_s,
                                           u"Dán"_s, u"Xóa"_s, u"Chọn tất cả"_s});
    QVERIFY2(absent.isEmpty(), qPrintable(absent));
    QVERIFY(!shown.contains(u"Copy"_s));
}

void TestQtTranslation::fileDialog()
{
    QFileDialog dialog(nullptr, u"Mở"_s, QDir::tempPath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    const QString labels = missing(texts<QLabel>(dialog),
                                   {u"Tìm trong:"_s, u"Tên tệp:"_s, u"Loại tệp:"_s});
    QVERIFY2(labels.isEmpty(), qPrintable(labels));
    QSet<QString> tips;
    for (const QToolButton *button : dialog.findChildren<QToolButton *>())
        tips.insert(button->toolTip());
    const QString tools = missing(tips, {u"Quay lại"_s, u"Tiến tới"_s, u"Thư mục cha"_s,
                                         u"Tạo thư mục mới"_s, u"Xem danh sách"_s,
                                         u"Xem chi tiết"_s});
    QVERIFY2(tools.isEmpty(), qPrintable(tools));
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(plain(buttons->button(QDialogButtonBox::Save)->text()), u"Lưu"_s);
    QCOMPARE(plain(buttons->button(QDialogButtonBox::Cancel)->text()), u"Hủy"_s);
}

void TestQtTranslation::printPreviewToolbar()
{
    QPrintPreviewDialog dialog;
    const QSet<QString> shown = actionTexts(dialog);
    const QString absent = missing(
            shown, {u"Trang đầu"_s, u"Trang trước"_s, u"Trang sau"_s, u"Trang cuối"_s,
                    u"Vừa chiều rộng"_s, u"Vừa trang"_s, u"Phóng to"_s, u"Thu nhỏ"_s,
                    u"Khổ dọc"_s, u"Khổ ngang"_s, u"Hiện từng trang"_s,
                    u"Hiện hai trang đối diện"_s, u"Hiện tổng quan mọi trang"_s,
                    u"Thiết lập trang"_s, u"In"_s});
    QVERIFY2(absent.isEmpty(), qPrintable(absent));
    QVERIFY(!shown.contains(u"Next page"_s));
    QCOMPARE(dialog.windowTitle(), u"Xem trước khi in"_s);
}

void TestQtTranslation::colorDialog()
{
    QColorDialog dialog;
    dialog.setOption(QColorDialog::DontUseNativeDialog);
    QCOMPARE(dialog.windowTitle(), u"Chọn màu"_s);
    const QString labels = missing(texts<QLabel>(dialog),
                                   {u"Màu cơ bản"_s, u"Màu tự chọn"_s, u"Sắc độ (E):"_s,
                                    u"Độ bão hòa:"_s, u"Độ sáng:"_s, u"Đỏ (R):"_s, u"Lục (G):"_s,
                                    u"Lam (U):"_s, u"Kênh alpha:"_s});
    QVERIFY2(labels.isEmpty(), qPrintable(labels));
    const QString buttons = missing(texts<QPushButton>(dialog),
                                    {u"Thêm vào màu tự chọn"_s, u"Lấy màu trên màn hình"_s,
                                     u"OK"_s, u"Hủy"_s});
    QVERIFY2(buttons.isEmpty(), qPrintable(buttons));
}

void TestQtTranslation::fontDialog()
{
    QFontDialog dialog;
    dialog.setOption(QFontDialog::DontUseNativeDialog);
    QCOMPARE(dialog.windowTitle(), u"Chọn phông chữ"_s);
    const QString labels = missing(texts<QLabel>(dialog), {u"Phông chữ"_s, u"Kiểu chữ"_s,
                                                           u"Cỡ chữ"_s, u"Hệ chữ viết"_s});
    QVERIFY2(labels.isEmpty(), qPrintable(labels));
    QSet<QString> groups;
    for (const QGroupBox *box : dialog.findChildren<QGroupBox *>())
        groups.insert(box->title());
    const QString titles = missing(groups, {u"Hiệu ứng"_s, u"Mẫu"_s});
    QVERIFY2(titles.isEmpty(), qPrintable(titles));
    const QString checks = missing(texts<QCheckBox>(dialog), {u"Gạch ngang"_s, u"Gạch chân"_s});
    QVERIFY2(checks.isEmpty(), qPrintable(checks));
}

void TestQtTranslation::undoHistory()
{
    QUndoStack stack;
    QUndoView view(&stack);
    QCOMPARE(view.model()->index(0, 0).data().toString(), u"<trống>"_s);
    const std::unique_ptr<QAction> undo(stack.createUndoAction(nullptr));
    const std::unique_ptr<QAction> redo(stack.createRedoAction(nullptr));
    QCOMPARE(undo->text(), u"Hoàn tác"_s);
    stack.push(new QUndoCommand(u"Đổi tên"_s));
    QCOMPARE(undo->text(), u"Hoàn tác: Đổi tên"_s);
    stack.undo();
    QCOMPARE(redo->text(), u"Làm lại: Đổi tên"_s);
}

// Errors of Qt's readers reach the user inside our messages ("line 3: ...").
void TestQtTranslation::fileErrors()
{
    QXmlStreamReader xml(u"<model><elements>"_s);
    while (!xml.atEnd())
        xml.readNext();
    QCOMPARE(xml.errorString(), u"Tài liệu kết thúc đột ngột."_s);
    QFile missing(QDir::temp().filePath(u"khong-co-thu-muc/khong-co.xml"_s));
    QVERIFY(!missing.open(QIODevice::ReadOnly));
    QCOMPARE(missing.errorString(), u"Không có tệp hoặc thư mục này"_s);
}

// In English the Vietnamese file must not be installed.
void TestQtTranslation::englishStaysEnglish()
{
    qputenv("KIENTRUC_LANG", "en");
    QCOMPARE(kt::installTranslations(), u"en"_s);
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Discard);
    QCOMPARE(plain(box.button(QDialogButtonBox::Cancel)->text()), u"Cancel"_s);
    QCOMPARE(plain(box.button(QDialogButtonBox::Discard)->text()), u"Discard"_s);
    qputenv("KIENTRUC_LANG", "vi");
    QCOMPARE(kt::installTranslations(), u"vi"_s);
    QCOMPARE(plain(QDialogButtonBox(QDialogButtonBox::Cancel)
                           .button(QDialogButtonBox::Cancel)
                           ->text()),
             u"Hủy"_s);
}

// Every message of our file is translated: nothing unfinished, nothing empty, and
// the contexts of the dialogs the program shows are all there.
void TestQtTranslation::translationFileComplete()
{
    QFile file(QStringLiteral(KT_SOURCE_DIR) + u"/translations/qt_vi.ts"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QXmlStreamReader xml(&file);
    QSet<QString> contexts;
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            QCOMPARE(xml.attributes().value(u"language"_s).toString(), u"vi_VN"_s);
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
            contexts.insert(context);
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QStringView type = xml.attributes().value(u"type"_s);
            const QString translation = xml.readElementText(
                    QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append(context + u": "_s + source + u" is "_s + type.toString());
            if (translation.trimmed().isEmpty())
                problems.append(context + u": "_s + source + u" has no translation"_s);
            // Alt + a Vietnamese letter cannot be typed: accelerators stay ASCII.
            const QString bare = QString(translation).remove(u"&&"_s);
            const qsizetype amp = bare.indexOf(u'&');
            if (amp >= 0 && (amp + 1 >= bare.size() || bare.at(amp + 1).unicode() > 0x7f))
                problems.append(context + u": "_s + translation + u" has no ASCII accelerator"_s);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(messages > 500);
    const QStringList required{
            u"QPlatformTheme"_s, u"QDialogButtonBox"_s, u"QMessageBox"_s, u"QFileDialog"_s,
            u"QFileSystemModel"_s, u"QPrintPreviewDialog"_s, u"QPrintDialog"_s,
            u"QPageSetupWidget"_s, u"QPrintPropertiesDialog"_s, u"QPrintWidget"_s,
            u"QColorDialog"_s, u"QFontDialog"_s, u"QLineEdit"_s, u"QWidgetTextControl"_s,
            u"QUndoModel"_s, u"QUndoStack"_s, u"QUndoGroup"_s, u"QAbstractSpinBox"_s,
            u"QScrollBar"_s, u"QDockWidget"_s, u"QTabBar"_s, u"QDateTimeEdit"_s,
            u"QXmlStream"_s, u"QIODevice"_s};
    for (const QString &name : required)
        QVERIFY2(contexts.contains(name), qPrintable(name));
}

QTEST_MAIN(TestQtTranslation)

#include "tst_qttranslation.moc"
