// The Vietnamese interface speaks the framework documents' words, one word for one
// concept (docs/GLOSSARY.md), and its menus can be worked from the keyboard: each
// accelerator is an ASCII letter, unique in its menu bar or menu.
#include <app/language.h>
#include <gui/contextmenus.h>
#include <gui/documentcontroller.h>
#include <gui/mainwindow.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/document/document.h>
#include <widgets/panels/validationpanel.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// One row of the glossary's Terms table.
struct Term
{
    QStringList english;   // one concept, maybe several English words
    QString vietnamese;
    QStringList forbidden; // the Not column
    QStringList allowed;   // phrases in which a forbidden word is right
    QStringList excepted;  // English sources (without &) that mean something else
};

// One message of the .ts: its translations (all plural forms).
struct Message
{
    QString context;
    QString source;
    QStringList translations;
};

QString sourcePath(const QString &relative)
{
    return QStringLiteral(KT_SOURCE_DIR) + u'/' + relative;
}

// Text as the user reads it: no accelerator marker, composed (NFC).
QString plain(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    return text.normalized(QString::NormalizationForm_C);
}

// The accelerator letter of a menu text, lower case; empty when it has none.
QString accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList backticked(const QString &cell, const QString &keyword = {})
{
    const QString prefix = keyword.isEmpty() ? QString() : QRegularExpression::escape(keyword)
                    + u"\\s+"_s;
    QStringList found;
    const QRegularExpression pattern(prefix + u"`([^`]+)`"_s);
    for (auto it = pattern.globalMatch(cell); it.hasNext();)
        found.append(it.next().captured(1).normalized(QString::NormalizationForm_C));
    return found;
}

// The rows of the table under "## <heading>" (header and rule skipped).
QList<QStringList> tableRows(const QString &markdown, const QString &heading)
{
    QList<QStringList> rows;
    bool inSection = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u"## "_s)) {
            inSection = line.mid(3).trimmed() == heading;
            continue;
        }
        if (!inSection || !line.startsWith(u'|'))
            continue;
        QStringList cells = line.trimmed().mid(1).chopped(1).split(u'|');
        for (QString &cell : cells)
            cell = cell.trimmed();
        rows.append(cells);
    }
    return rows.mid(2);
}

// An English term as a whole-word pattern; the last word may be plural.
QRegularExpression englishPattern(const QString &term)
{
    QStringList words = term.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    QString &last = words.last();
    if (last.endsWith(u'y'))
        last = last.chopped(1) + u"(?:y|ies)"_s;
    else
        last += u"(?:s|es)?"_s;
    return QRegularExpression(u"\\b"_s + words.join(u"\\s+"_s) + u"\\b"_s,
                              QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
}

QRegularExpression wordPattern(const QString &words)
{
    return QRegularExpression(u"(?<!\\w)"_s + QRegularExpression::escape(words) + u"(?!\\w)"_s,
                              QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
}

// The words of an English source that are prose: command-line options, quoted
// file-format names ("model", “diagram”) and file names (model.xml) are left out.
QString englishProse(const QString &source)
{
    static const QRegularExpression literal(
            u"--[A-Za-z][A-Za-z-]*|[“\"][A-Za-z]+[”\"]|\\b[A-Za-z]+\\.(xml|csv|ktm|archimate)\\b"_s);
    return plain(source).replace(literal, u" "_s);
}

// The forbidden words of term found in text, the allowed phrases left out.
QStringList forbiddenIn(const Term &term, QString text)
{
    for (const QString &phrase : term.allowed)
        text.replace(phrase, u" "_s, Qt::CaseInsensitive);
    QStringList found;
    for (const QString &word : term.forbidden)
        if (text.contains(wordPattern(word)))
            found.append(word);
    return found;
}

void collectNames(const QJsonValue &value, QList<std::pair<QString, QString>> &names)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectNames(item, names);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(u"vi"_s).isString() && object.value(u"en"_s).isString()) {
            names.append({object.value(u"en"_s).toString(),
                          object.value(u"vi"_s).toString().normalized(
                                  QString::NormalizationForm_C)});
            return;
        }
        for (const QJsonValue &item : object)
            collectNames(item, names);
    }
}

// The visible, non-separator actions of a menu (or menu bar) whose accelerators
// are the same letter, as "letter: text | text".
QStringList clashes(const QList<QAction *> &actions)
{
    QMap<QString, QStringList> byLetter;
    QStringList problems;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString letter = accelerator(action->text());
        if (letter.isEmpty())
            continue;
        if (letter.at(0).unicode() > 0x7f || !letter.at(0).isLetterOrNumber())
            problems.append(u"not an ASCII accelerator: "_s + action->text());
        byLetter[letter].append(action->text());
    }
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            problems.append(it.key() + u": "_s + it.value().join(u" | "_s));
    return problems;
}

// Clashes in menu and, recursively, in its submenus; where names the menu.
void menuClashes(const QMenu *menu, const QString &where, QStringList &problems)
{
    for (const QString &clash : clashes(menu->actions()))
        problems.append(where + u": "_s + clash);
    for (const QAction *action : menu->actions())
        if (action->menu() && action->isVisible())
            menuClashes(action->menu(), where + u" ▸ "_s + plain(action->text()), problems);
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void glossaryCoversTheConcepts();
    void translationsUseTheTerms();
    void profileNamesUseTheTerms();
    void noForbiddenVariant();
    void profileValuesAsTheGlossary();
    void acceleratorsAreAscii();
    void menuAccelerators_data();
    void menuAccelerators();

private:
    QList<Term> m_terms;
    QList<QStringList> m_values;
    QList<Message> m_messages;
    QList<std::pair<QString, QString>> m_profileNames;
};

void TestVocabulary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"VocabularyTest"_s);

    QFile glossary(sourcePath(u"docs/GLOSSARY.md"_s));
    QVERIFY2(glossary.open(QIODevice::ReadOnly), qPrintable(glossary.errorString()));
    const QString markdown = QString::fromUtf8(glossary.readAll());
    for (const QStringList &cells : tableRows(markdown, u"Terms"_s)) {
        QVERIFY2(cells.size() == 5, qPrintable(cells.join(u'|')));
        Term term;
        for (const QString &english : cells.at(0).split(u'/'))
            term.english.append(english.trimmed());
        term.vietnamese = cells.at(1).normalized(QString::NormalizationForm_C);
        term.forbidden = backticked(cells.at(2));
        term.allowed = backticked(cells.at(4), u"allow"_s);
        term.excepted = backticked(cells.at(4), u"except"_s);
        QVERIFY2(!term.english.contains(QString()) && !term.vietnamese.isEmpty(),
                 qPrintable(cells.join(u'|')));
        m_terms.append(term);
    }
    m_values = tableRows(markdown, u"Values"_s);
    QVERIFY(m_terms.size() >= 40);
    QVERIFY(m_values.size() >= 7);

    QFile ts(sourcePath(u"translations/kientruc_vi.ts"_s));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.errorString()));
    QXmlStreamReader xml(&ts);
    QString context;
    bool numerus = false;
    bool pending = false; // not yet translated (new strings wait for the translator) or gone
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (xml.name() == u"source") {
            m_messages.append({context, xml.readElementText(), {}});
        } else if (xml.name() == u"translation") {
            pending = !xml.attributes().value(u"type"_s).isEmpty();
            const QString text = numerus ? QString() : xml.readElementText();
            if (!pending && !text.isEmpty())
                m_messages.last().translations.append(text);
        } else if (xml.name() == u"numerusform") {
            const QString text = xml.readElementText();
            if (!pending && !text.isEmpty())
                m_messages.last().translations.append(text);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(m_messages.size() > 500);

    const QDir frameworks(sourcePath(u"resources/frameworks"_s));
    const QStringList profiles = frameworks.entryList({u"*.json"_s});
    QVERIFY(!profiles.isEmpty());
    for (const QString &name : profiles) {
        QFile file(frameworks.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(!json.isNull(), qPrintable(name + u": "_s + error.errorString()));
        collectNames(json.object(), m_profileNames);
    }
}

void TestVocabulary::cleanupTestCase()
{
    qputenv("KIENTRUC_LANG", "en");
    installTranslations();
}

// The concepts issue 9 names are in the glossary, each with its document's term.
void TestVocabulary::glossaryCoversTheConcepts()
{
    const QList<std::pair<QString, QString>> required{
            {u"layer"_s, u"thành phần"_s},
            {u"component"_s, u"thành phần"_s},
            {u"node"_s, u"hình"_s},
            {u"element"_s, u"phần tử"_s},
            {u"relationship"_s, u"quan hệ"_s},
            {u"view"_s, u"sơ đồ"_s},
            {u"diagram"_s, u"sơ đồ"_s},
            {u"overall diagram"_s, u"sơ đồ tổng thể"_s},
            {u"component architecture"_s, u"kiến trúc thành phần"_s},
            {u"validation"_s, u"kiểm tra mô hình"_s},
            {u"example"_s, u"mô hình mẫu"_s},
            {u"approving decision number"_s, u"số, ký hiệu quyết định phê duyệt"_s},
            {u"issue date"_s, u"ngày ban hành"_s},
            {u"developing agency"_s, u"cơ quan, đơn vị xây dựng"_s},
            {u"province or agency"_s, u"tỉnh, thành phố hoặc bộ, ngành"_s},
            {u"owner agency"_s, u"cơ quan chủ quản"_s},
            {u"operating unit"_s, u"đơn vị vận hành"_s},
            {u"security level"_s, u"cấp độ an toàn"_s},
            {u"level dossier"_s, u"hồ sơ đề xuất cấp độ"_s},
            {u"lifecycle status"_s, u"trạng thái"_s},
            {u"deployment level"_s, u"cấp triển khai"_s},
            {u"online public service"_s, u"dịch vụ công trực tuyến"_s},
            {u"integration and data-sharing platform"_s, u"nền tảng tích hợp, chia sẻ dữ liệu"_s},
            {u"orthogonal"_s, u"gấp khúc vuông góc"_s},
            {u"straight"_s, u"thẳng"_s},
            {u"legend"_s, u"chú giải"_s},
            {u"title block"_s, u"khung tên"_s},
            {u"edit"_s, u"chỉnh sửa"_s},
    };
    for (const auto &[english, vietnamese] : required) {
        bool found = false;
        for (const Term &term : std::as_const(m_terms))
            found |= term.english.contains(english) && term.vietnamese == vietnamese;
        QVERIFY2(found, qPrintable(english + u" → "_s + vietnamese));
    }
    for (const Term &term : std::as_const(m_terms))
        if (term.english.contains(u"layer"_s))
            QVERIFY(term.forbidden.contains(u"lớp"_s));
}

// Every message whose English has a glossary term says the term's Vietnamese.
void TestVocabulary::translationsUseTheTerms()
{
    QStringList problems;
    int checked = 0;
    for (const Term &term : std::as_const(m_terms)) {
        for (const QString &english : term.english) {
            const QRegularExpression pattern = englishPattern(english);
            for (const Message &message : std::as_const(m_messages)) {
                if (term.excepted.contains(plain(message.source))
                    || !englishProse(message.source).contains(pattern))
                    continue;
                for (const QString &translation : message.translations) {
                    ++checked;
                    if (!plain(translation).contains(term.vietnamese, Qt::CaseInsensitive))
                        problems.append(u"%1 → %2: [%3] %4 ⇒ %5"_s.arg(
                                english, term.vietnamese, message.context, message.source,
                                translation));
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(checked > 500);
}

// The Vietnamese names of the profiles (element, relationship and property
// types, layers, values) use the terms too.
void TestVocabulary::profileNamesUseTheTerms()
{
    QStringList problems;
    for (const Term &term : std::as_const(m_terms)) {
        for (const QString &english : term.english) {
            const QRegularExpression pattern = englishPattern(english);
            for (const auto &[en, vi] : std::as_const(m_profileNames))
                if (!term.excepted.contains(en) && en.contains(pattern)
                    && !vi.contains(term.vietnamese, Qt::CaseInsensitive))
                    problems.append(u"%1 → %2: %3 ⇒ %4"_s.arg(english, term.vietnamese, en, vi));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// No translation and no Vietnamese name of a profile uses a discouraged variant.
void TestVocabulary::noForbiddenVariant()
{
    QStringList problems;
    for (const Term &term : std::as_const(m_terms)) {
        for (const Message &message : std::as_const(m_messages))
            for (const QString &translation : message.translations)
                for (const QString &word : forbiddenIn(term, plain(translation)))
                    problems.append(u"“%1” (say “%2”): [%3] %4"_s.arg(
                            word, term.vietnamese, message.context, translation));
        for (const auto &[english, vietnamese] : std::as_const(m_profileNames))
            for (const QString &word : forbiddenIn(term, vietnamese))
                problems.append(u"“%1” (say “%2”): profile name %3"_s.arg(word, term.vietnamese,
                                                                          vietnamese));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The lifecycle and level-dossier values are named in the profiles as in the
// glossary.
void TestVocabulary::profileValuesAsTheGlossary()
{
    for (const QStringList &row : std::as_const(m_values)) {
        QVERIFY2(row.size() >= 2, qPrintable(row.join(u'|')));
        int found = 0;
        for (const auto &[english, vietnamese] : std::as_const(m_profileNames)) {
            if (english != row.at(0))
                continue;
            ++found;
            QCOMPARE(vietnamese, row.at(1).normalized(QString::NormalizationForm_C));
        }
        QVERIFY2(found > 0, qPrintable(row.at(0)));
    }
}

// A message with an accelerator keeps one in Vietnamese, on an ASCII letter:
// Alt and a Vietnamese letter cannot be typed.
void TestVocabulary::acceleratorsAreAscii()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        if (accelerator(message.source).isEmpty())
            continue;
        for (const QString &translation : message.translations) {
            const QString letter = accelerator(translation);
            if (letter.isEmpty() || letter.at(0).unicode() > 0x7f
                || !letter.at(0).isLetterOrNumber())
                problems.append(message.source + u" ⇒ "_s + translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// In both languages, the menu bar, every menu and submenu, and the context menus
// of the canvas, the model tree and the validation panel: no two commands share a
// letter.
void TestVocabulary::menuAccelerators_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << u"vi"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestVocabulary::menuAccelerators()
{
    QFETCH(QString, language);
    qputenv("KIENTRUC_LANG", language.toLatin1());
    QCOMPARE(installTranslations(), language);
    QSettings().clear();

    MainWindow window;
    window.show();
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    QStringList problems;
    QStringList titles;
    for (const QAction *entry : window.menuBar()->actions())
        titles.append(entry->text());
    for (const QString &clash : clashes(window.menuBar()->actions()))
        problems.append(u"menu bar: "_s + clash);
    for (const QAction *entry : window.menuBar()->actions())
        if (entry->menu())
            menuClashes(entry->menu(), plain(entry->text()), problems);

    DiagramScene *scene = window.currentScene();
    QVERIFY(scene);
    QList<NodeId> elementNodes;
    for (const ViewNode &node : scene->view()->nodes)
        if (node.kind == NodeKind::Element)
            elementNodes.append(node.id);
    QVERIFY(elementNodes.size() >= 2);
    const QList<std::pair<QString, QList<NodeId>>> selections{
            {u"canvas, empty area"_s, {}},
            {u"canvas, one node"_s, {elementNodes.at(0)}},
            {u"canvas, several nodes"_s, {elementNodes.at(0), elementNodes.at(1)}},
    };
    for (const auto &[where, nodes] : selections) {
        scene->selectNodes(nodes);
        QMenu menu;
        window.contextMenus()->fillCanvasMenu(&menu);
        QVERIFY2(!menu.isEmpty(), qPrintable(where));
        menuClashes(&menu, where, problems);
    }
    QMenu validationMenu;
    window.validation()->fillContextMenu(&validationMenu, QModelIndex());
    window.contextMenus()->fillValidationMenu(&validationMenu);
    menuClashes(&validationMenu, u"validation panel"_s, problems);
    QMenu treeMenu;
    window.contextMenus()->fillTreeMenu(&treeMenu);
    menuClashes(&treeMenu, u"model tree"_s, problems);

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    if (language == u"vi") {
        QCOMPARE(titles.first(), u"&Tệp"_s);
        QVERIFY2(titles.contains(u"&Chỉnh sửa"_s), qPrintable(titles.join(u" | "_s)));
    } else {
        QCOMPARE(titles.first(), u"&File"_s);
    }
}

QTEST_MAIN(TestVocabulary)

#include "tst_vocabulary.moc"
