// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catcher/catcher.h"
#include "delivery/curlcommand.h"
#include "inspector/requestpreview.h"
#include "inspector/samplecontext.h"
#include "inspector/templateeditor.h"
#include "inspector/templatelexer.h"
#include "inspector/userpickermodel.h"
#include "inspector/variablepicker.h"
#include "model/campaigndocument.h"
#include "model/campaignformat.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

constexpr auto TokenVariable = "HOOKFLOW_SECRET_ALIMTALK_TOKEN";
const QString Token = u"tok-'secret'-123"_s;

/// The body part of RequestPreview::previewText(): everything after the first empty line.
QString previewBody(const QString &text)
{
    const qsizetype blank = text.indexOf(u"\n\n"_s);
    return blank < 0 ? QString() : text.mid(blank + 2);
}

/// Runs `command` in sh with a `curl` function that prints each of its arguments followed by a
/// NUL byte (reading stdin for "@-"), and returns those arguments: what curl would receive.
QList<QByteArray> curlArguments(const QString &command)
{
    QProcess shell;
    const QString script = u"curl() { for a in \"$@\"; do if [ \"$a\" = @- ]; then "
                           "printf '%s' \"$a\"; printf '\\0'; cat; else printf '%s' \"$a\"; fi; "
                           "printf '\\0'; done; }\n"_s
                           + command;
    shell.start(u"sh"_s, {u"-c"_s, script});
    if (!shell.waitForFinished(30000) || shell.exitCode() != 0)
        return {};
    QList<QByteArray> arguments = shell.readAllStandardOutput().split('\0');
    if (!arguments.isEmpty() && arguments.last().isEmpty())
        arguments.removeLast();
    return arguments;
}

} // namespace

/// Drives the template editor, the variable picker and the request preview offscreen.
class TestGuiTemplateEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // TemplateEditor
    void syntaxErrorIsMarkedAndCleared();
    void diagnosticsAreDebounced();
    void unknownVariableWarns();
    void lexerStylesPlaceholdersApart_data();
    void lexerStylesPlaceholdersApart();
    void lexerOnlyHighlightsPlaceholdersOutsideJson();
    void lexerFoldsJsonAndBlocks();
    void lexerKnowsRawAndComments();
    void lexerCoversAnyText();
    void pickerInsertsVariableAtCursor();
    void typingBraceOffersPicker();
    void pickerModelIsSound();
    void completionOffersUserProperties();
    void completionOffersFilters();
    void completionOffersTagNames();
    void diagnosticTooltips();
    void variableExpressionQuotesOddNames();
    void setTemplateTextDoesNotEmitButTypingDoes();

    // RequestPreview
    void previewShowsRequestForDemoUser();
    void previewOfHostileUserIsValidJson();
    void previewShowsRenderFailure_data();
    void previewShowsRenderFailure();
    void previewFollowsDocument();
    void previewUserModelIsSound();
    void previewUserPickerSearches();
    void prettyJsonKeepsOrderAndText();
    void curlCommandRoundTripsExactBytes();
    void curlCommandFeedsAtBodiesThroughStdin();
    void copyAsCurlFillsClipboard();
    void curlReachesCatcherWithExactBytes();

    void widgetsRenderInLightAndDark_data();
    void widgetsRenderInLightAndDark();

private:
    QList<SampleUser> m_users;
    QList<Event> m_events;
    std::shared_ptr<SampleContext> m_context;
    Campaign m_example;

    std::unique_ptr<QWidget> m_window;
    TemplateEditor *m_editor = nullptr;

    std::unique_ptr<CampaignDocument> m_document;
    std::unique_ptr<RequestPreview> m_preview;

    const SampleUser &user(const QString &id) const;
    int bytePosition(const QString &text, qsizetype utf16Offset) const
    {
        return int(text.left(utf16Offset).toUtf8().size());
    }
    int styleAt(int position) const
    {
        return int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT,
                                           static_cast<unsigned long>(position)));
    }
    bool indicatorAt(int indicator, int position) const
    {
        return m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                       static_cast<unsigned long>(indicator),
                                       static_cast<long>(position))
               != 0;
    }
    int cursorPosition() const
    {
        return int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
    }
    void setCursor(int position)
    {
        m_editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS,
                                static_cast<unsigned long>(position));
    }
    bool completionActive() const
    {
        return m_editor->SendScintilla(QsciScintillaBase::SCI_AUTOCACTIVE) != 0;
    }
};

const SampleUser &TestGuiTemplateEditor::user(const QString &id) const
{
    for (const SampleUser &candidate : m_users) {
        if (candidate.userId == id)
            return candidate;
    }
    qFatal("no sample user %s", qPrintable(id));
}

void TestGuiTemplateEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QJsonArray users = QJsonDocument::fromJson(
                                 Test::readFile(Test::sourcePath(u"resources/demo/users.json"_s)))
                                 .array();
    QVERIFY(!users.isEmpty());
    for (const QJsonValue &value : users) {
        Result<SampleUser> user = SampleUser::fromJson(value.toObject());
        QVERIFY(user.ok());
        m_users.append(*user);
    }
    // A name no shell quoting may break: quotes of both kinds, a line break, $ and backticks.
    SampleUser apostrophe;
    apostrophe.userId = u"u-apostrophe"_s;
    apostrophe.properties = QJsonObject{{u"name"_s, u"Conan O'Brien's \"show\"\n$HOME `id` \\"_s},
                                        {u"phone"_s, u"+1 555 'x'"_s}};
    m_users.append(apostrophe);

    Result<Event> event = Event::fromJson(
        QJsonDocument::fromJson(
            Test::readFile(Test::sourcePath(u"resources/examples/price-drop-alert.event.json"_s)))
            .object());
    QVERIFY(event.ok());
    m_events.append(*event);

    m_context = std::make_shared<SampleContext>();
    m_context->users = m_users;
    m_context->events = m_events;
    m_context->catalogue = VariableCatalogue::fromSamples(m_users, m_events, {u"alimtalk_token"_s});
    m_context->now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());

    const CampaignLoad load = CampaignFormat::load(
        Test::sourcePath(u"resources/examples/price-drop-alert.hookflow.json"_s));
    QVERIFY(load.ok());
    m_example = *load.campaign;
}

void TestGuiTemplateEditor::init()
{
    qputenv(TokenVariable, Token.toUtf8());
    m_window = std::make_unique<QWidget>();
    m_window->resize(700, 500);
    m_editor = new TemplateEditor(m_window.get());
    m_editor->resize(700, 500);
    m_editor->setCatalogue(m_context->catalogue);
    m_editor->setOutputContext(OutputContext::Json);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_editor->setFocus();

    m_document = std::make_unique<CampaignDocument>();
    m_document->reset(m_example);
    m_preview = std::make_unique<RequestPreview>();
    m_preview->resize(600, 600);
    m_preview->setDocument(m_document.get());
    m_preview->setSampleContext(m_context);
    m_preview->setNodeId(u"alimtalk"_s);
}

void TestGuiTemplateEditor::cleanup()
{
    m_editor->variablePicker()->hide();
    m_preview.reset();
    m_document.reset();
    m_window.reset();
    m_editor = nullptr;
}

// ---- TemplateEditor ---------------------------------------------------------------------------

void TestGuiTemplateEditor::syntaxErrorIsMarkedAndCleared()
{
    // Korean text before the fault: QScintilla counts UTF-8 bytes, the template UTF-16 units.
    const QString broken = u"{\n  \"greeting\": \"안녕 {{ user_properties.name | upcse }}\"\n}"_s;
    m_editor->setTemplateText(broken);
    m_editor->checkNow();

    const QList<TemplateDiagnostic> diagnostics = m_editor->diagnostics();
    QCOMPARE(diagnostics.size(), 1);
    const TemplateDiagnostic &error = diagnostics.first();
    QCOMPARE(error.severity, TemplateDiagnostic::Severity::Error);
    QCOMPARE(error.line, 2);
    const qsizetype fault = broken.indexOf(u"upcse"_s);
    QCOMPARE(error.offset, fault);

    const int start = bytePosition(broken, fault);
    QVERIFY(indicatorAt(TemplateEditor::ErrorIndicator, start));
    QVERIFY(indicatorAt(TemplateEditor::ErrorIndicator, start + 4));
    QVERIFY(!indicatorAt(TemplateEditor::ErrorIndicator, start - 2));
    QVERIFY(!indicatorAt(TemplateEditor::WarningIndicator, start));
    QCOMPARE(m_editor->markersAtLine(1) & (1 << TemplateEditor::ErrorMarker),
             1 << TemplateEditor::ErrorMarker);
    QCOMPARE(m_editor->markersAtLine(0), 0u);
    QCOMPARE(m_editor->markersAtLine(2), 0u);

    QSignalSpy changed(m_editor, &TemplateEditor::diagnosticsChanged);
    QString fixed = broken;
    fixed.replace(u"upcse"_s, u"upcase"_s);
    m_editor->setTemplateText(fixed);
    m_editor->checkNow();
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_editor->diagnostics().isEmpty());
    for (int position = 0; position < m_editor->length(); ++position) {
        QVERIFY(!indicatorAt(TemplateEditor::ErrorIndicator, position));
        QVERIFY(!indicatorAt(TemplateEditor::WarningIndicator, position));
    }
    QCOMPARE(m_editor->markersAtLine(1), 0u);
}

void TestGuiTemplateEditor::diagnosticsAreDebounced()
{
    QSignalSpy changed(m_editor, &TemplateEditor::diagnosticsChanged);
    m_editor->setTemplateText(u"{\"a\": \"x\"}"_s);
    m_editor->checkNow();
    changed.clear();
    setCursor(m_editor->length());
    QTest::keyClicks(m_editor, u"{% if"_s);
    QCOMPARE(changed.count(), 0); // not at once: the check waits for a pause in typing
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 2000);
    QVERIFY(!m_editor->diagnostics().isEmpty());
    QCOMPARE(m_editor->diagnostics().first().severity, TemplateDiagnostic::Severity::Error);
    QVERIFY(m_editor->markersAtLine(0) & (1 << TemplateEditor::ErrorMarker));
}

void TestGuiTemplateEditor::unknownVariableWarns()
{
    const QString text = u"{\"name\": \"{{ user_properties.nmae }}\"}"_s;
    m_editor->setTemplateText(text);
    m_editor->checkNow();
    const QList<TemplateDiagnostic> diagnostics = m_editor->diagnostics();
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, TemplateDiagnostic::Severity::Warning);
    QVERIFY2(diagnostics.first().message.contains(u"name"_s),
             qPrintable(diagnostics.first().message));
    const int position = bytePosition(text, text.indexOf(u"nmae"_s));
    QVERIFY(indicatorAt(TemplateEditor::WarningIndicator, position));
    QVERIFY(!indicatorAt(TemplateEditor::ErrorIndicator, position));
    QCOMPARE(m_editor->markersAtLine(0), static_cast<unsigned>(1 << TemplateEditor::WarningMarker));

    m_editor->setTemplateText(u"{\"name\": \"{{ user_properties.name }}\"}"_s);
    m_editor->checkNow();
    QVERIFY(m_editor->diagnostics().isEmpty());

    // Without sample data there is nothing to compare with, so nothing to warn about.
    m_editor->setCatalogue({});
    m_editor->setTemplateText(text);
    m_editor->checkNow();
    QVERIFY(m_editor->diagnostics().isEmpty());
}

void TestGuiTemplateEditor::lexerStylesPlaceholdersApart_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("style");
    QTest::newRow("key") << u"\"name\""_s << int(TemplateLexer::JsonKey);
    QTest::newRow("string value") << u"Hi "_s << int(TemplateLexer::JsonString);
    QTest::newRow("output braces in a string")
        << u"{{ user"_s << int(TemplateLexer::OutputDelimiter);
    QTest::newRow("variable in a string")
        << u"user_properties.name"_s << int(TemplateLexer::OutputVariable);
    QTest::newRow("filter") << u"upcase"_s << int(TemplateLexer::OutputFilter);
    QTest::newRow("filter argument") << u"'x'"_s << int(TemplateLexer::OutputLiteral);
    QTest::newRow("value placeholder")
        << u"{{event_properties.percent}}"_s << int(TemplateLexer::OutputDelimiter);
    QTest::newRow("number") << u"42"_s << int(TemplateLexer::JsonNumber);
    QTest::newRow("keyword") << u"true"_s << int(TemplateLexer::JsonKeyword);
    QTest::newRow("punctuation") << u"["_s << int(TemplateLexer::JsonPunctuation);
    QTest::newRow("tag braces") << u"{% if"_s << int(TemplateLexer::TagDelimiter);
    QTest::newRow("tag name") << u"if user"_s << int(TemplateLexer::TagName);
    QTest::newRow("tag keyword") << u"contains"_s << int(TemplateLexer::TagKeyword);
    QTest::newRow("end tag") << u"endif"_s << int(TemplateLexer::TagName);
    QTest::newRow("text after a tag") << u"VIP"_s << int(TemplateLexer::JsonString);
}

void TestGuiTemplateEditor::lexerStylesPlaceholdersApart()
{
    QFETCH(QString, needle);
    QFETCH(int, style);
    const QString text
        = u"{\n  \"name\": \"Hi {{ user_properties.name | upcase | append: 'x' }}\",\n"
          "  \"n\": 42, \"ok\": true, \"list\": [{{event_properties.percent}}],\n"
          "  \"tier\": \"{% if user_properties.tags contains 'vip' %}VIP{% endif %}\"\n}"_s;
    m_editor->setTemplateText(text);
    m_editor->recolor();
    const qsizetype index = text.indexOf(needle);
    QVERIFY(index >= 0);
    QCOMPARE(styleAt(bytePosition(text, index)), style);
    // A placeholder is never styled like the JSON string around it.
    QVERIFY(styleAt(bytePosition(text, text.indexOf(u"user_properties.name"_s)))
            != styleAt(bytePosition(text, text.indexOf(u"Hi"_s))));
}

void TestGuiTemplateEditor::lexerOnlyHighlightsPlaceholdersOutsideJson()
{
    const QString text = u"Bearer \"{{ secrets.alimtalk_token }}\" 42"_s;
    m_editor->setOutputContext(OutputContext::Header);
    m_editor->setTemplateText(text);
    m_editor->recolor();
    QCOMPARE(styleAt(bytePosition(text, text.indexOf(u"\"{{"_s))), int(TemplateLexer::Default));
    QCOMPARE(styleAt(bytePosition(text, text.indexOf(u"42"_s))), int(TemplateLexer::Default));
    QCOMPARE(styleAt(bytePosition(text, text.indexOf(u"{{"_s))),
             int(TemplateLexer::OutputDelimiter));
    QCOMPARE(styleAt(bytePosition(text, text.indexOf(u"secrets"_s))),
             int(TemplateLexer::OutputVariable));
}

void TestGuiTemplateEditor::lexerFoldsJsonAndBlocks()
{
    const QByteArray text = "{\n  \"a\": [\n    1\n  ],\n  \"b\": \"{% if x %}\n  y\n  {% endif "
                            "%}\"\n}";
    const TemplateLexer::Scan scan = TemplateLexer::scan(text, true);
    QCOMPARE(scan.foldLevels.size(), 8);
    constexpr int base = 0x400;
    constexpr int header = 0x2000;
    QCOMPARE(scan.foldLevels[0], base | header);       // {
    QCOMPARE(scan.foldLevels[1], (base + 1) | header); // "a": [
    QCOMPARE(scan.foldLevels[2], base + 2);            // 1
    QCOMPARE(scan.foldLevels[3], base + 2);            // ],
    QCOMPARE(scan.foldLevels[4], (base + 1) | header); // "b": "{% if x %}
    QCOMPARE(scan.foldLevels[5], base + 2);            // y
    QCOMPARE(scan.foldLevels[6], base + 2);            // {% endif %}"
    QCOMPARE(scan.foldLevels[7], base + 1);            // }
    QCOMPARE(scan.endRegion, TemplateLexer::Region::Outside);

    // The editor hands the levels to QScintilla.
    m_editor->setTemplateText(QString::fromUtf8(text));
    m_editor->recolor();
    QCOMPARE(int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, 1UL)),
             (base + 1) | header);
}

void TestGuiTemplateEditor::lexerKnowsRawAndComments()
{
    const QString text = u"{\"a\": \"{% raw %}{{ not }}{% endraw %}{% comment %}note{% endcomment "
                         "%}{%# inline %}{{ x -}}\"}"_s;
    m_editor->setTemplateText(text);
    m_editor->recolor();
    auto at = [&](const QString &needle) {
        return styleAt(bytePosition(text, text.indexOf(needle)));
    };
    QCOMPARE(at(u"{{ not"_s), int(TemplateLexer::Raw));
    QCOMPARE(at(u"endraw"_s), int(TemplateLexer::TagName));
    QCOMPARE(at(u"note"_s), int(TemplateLexer::Comment));
    QCOMPARE(at(u"# inline"_s), int(TemplateLexer::Comment));
    QCOMPARE(at(u"x -}}"_s), int(TemplateLexer::OutputVariable));
    QCOMPARE(at(u"-}}"_s), int(TemplateLexer::OutputDelimiter));
    QCOMPARE(at(u"\"}"_s), int(TemplateLexer::JsonString)); // back in the string afterwards

    // Where the end of a text lies, for completion.
    QCOMPARE(TemplateLexer::scan("{\"a\": \"x", true).endRegion, TemplateLexer::Region::JsonString);
    QCOMPARE(TemplateLexer::scan("{{ a | ", true).endRegion, TemplateLexer::Region::Output);
    QVERIFY(TemplateLexer::scan("{{ a | ", true).endAfterPipe);
    QVERIFY(TemplateLexer::scan("{% ", false).endAtTagName);
    QCOMPARE(TemplateLexer::scan("{% raw %}{{", false).endRegion, TemplateLexer::Region::Raw);
}

void TestGuiTemplateEditor::lexerCoversAnyText()
{
    // Whatever is typed, every byte gets exactly one style and every line a fold level.
    QRandomGenerator random(20261127);
    const QByteArray alphabet = "{}%\"'\\-|:,.[]# \nab1eEnulltrueifendif\xea\xb9\x80";
    for (int round = 0; round < 3000; ++round) {
        QByteArray text;
        const int length = random.bounded(40);
        for (int i = 0; i < length; ++i)
            text.append(alphabet.at(random.bounded(int(alphabet.size()))));
        for (bool json : {true, false}) {
            const TemplateLexer::Scan scan = TemplateLexer::scan(text, json);
            qsizetype next = 0;
            for (const TemplateLexer::Span &span : scan.spans) {
                QCOMPARE(span.start, next);
                QVERIFY(span.length > 0);
                QVERIFY(span.style >= 0 && span.style < TemplateLexer::StyleCount);
                next += span.length;
            }
            QCOMPARE(next, text.size());
            QCOMPARE(scan.foldLevels.size(), text.count('\n') + 1);
        }
    }
}

void TestGuiTemplateEditor::pickerInsertsVariableAtCursor()
{
    m_editor->setTemplateText(u"{\"to\": \"\", \"n\": 1}"_s);
    setCursor(8); // between the quotes of "to"'s value
    QSignalSpy edited(m_editor, &TemplateEditor::templateEdited);

    m_editor->showVariablePicker();
    VariablePicker *picker = m_editor->variablePicker();
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->searchField(), u"phone"_s);
    QCOMPARE(picker->filteredModel()->rowCount(), 1);
    QVERIFY(picker->filteredModel()->index(0, 0).data().toString().startsWith(
        u"user_properties.phone — string — +"_s));
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    QVERIFY(!picker->isVisible());

    QCOMPARE(m_editor->templateText(), u"{\"to\": \"{{user_properties.phone}}\", \"n\": 1}"_s);
    QCOMPARE(cursorPosition(), 8 + int(qstrlen("{{user_properties.phone}}")));
    QCOMPARE(edited.count(), 1);

    // In JSON value position too (values are typed there), and through the toolbar button.
    m_editor->setTemplateText(u"{\"n\": }"_s);
    setCursor(6);
    QTest::mouseClick(m_editor->variableButton(), Qt::LeftButton);
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->searchField(), u"percent"_s);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    QCOMPARE(m_editor->templateText(), u"{\"n\": {{event_properties.percent}}}"_s);

    // Inside a placeholder only the path goes in.
    m_editor->setTemplateText(u"{{  }}"_s);
    setCursor(3);
    m_editor->insertVariable(u"user_id"_s);
    QCOMPARE(m_editor->templateText(), u"{{ user_id }}"_s);
}

void TestGuiTemplateEditor::typingBraceOffersPicker()
{
    m_editor->setTemplateText(u"{\"to\": \"\"}"_s);
    setCursor(8);
    QTest::keyClick(m_editor, Qt::Key_BraceLeft, Qt::NoModifier);
    QCOMPARE(m_editor->templateText(), u"{\"to\": \"{\"}"_s);
    QVERIFY(completionActive()); // the "Insert variable…" list
    QTest::keyClick(m_editor, Qt::Key_Return);
    VariablePicker *picker = m_editor->variablePicker();
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->searchField(), u"user_properties.name"_s);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    // The '{' that opened the picker became the placeholder.
    QCOMPARE(m_editor->templateText(), u"{\"to\": \"{{user_properties.name}}\"}"_s);

    // Outside a string a '{' opens an object: Enter makes a new line.
    m_editor->setTemplateText(u"{\"data\": }"_s);
    setCursor(9);
    QTest::keyClick(m_editor, Qt::Key_BraceLeft, Qt::NoModifier);
    QVERIFY(!completionActive());
    QTest::keyClick(m_editor, Qt::Key_Return);
    QVERIFY(!picker->isVisible());
    QVERIFY(m_editor->templateText().startsWith(u"{\"data\": {\n"_s));

    // Ctrl+Shift+Space opens it too.
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClick(picker->searchField(), Qt::Key_Escape);
    QVERIFY(!picker->isVisible());
}

void TestGuiTemplateEditor::pickerModelIsSound()
{
    VariableListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalogue(m_context->catalogue);
    QVERIFY(model.rowCount() > 10);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(VariableListModel::PathRole).toString() == u"user_properties.name") {
            found = true;
            const QString text = index.data().toString();
            QVERIFY2(text.startsWith(u"user_properties.name — string — "_s), qPrintable(text));
            QVERIFY2(text.endsWith(u", …"_s), qPrintable(text));
            // Examples without their JSON quotes.
            QVERIFY2(text.contains(u", 김민지, "_s), qPrintable(text));
        }
    }
    QVERIFY(found);
    model.setCatalogue({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiTemplateEditor::completionOffersUserProperties()
{
    m_editor->setTemplateText(u"{\"to\": \"\"}"_s);
    setCursor(8);
    QTest::keyClicks(m_editor, u"{{user_properties."_s);
    QVERIFY(completionActive());
    const QStringList shown = m_editor->shownCompletions();
    QVERIFY(shown.contains(u"user_properties.name"_s));
    QVERIFY(shown.contains(u"user_properties.phone"_s));
    for (const QString &item : shown)
        QVERIFY2(item.startsWith(u"user_properties."_s), qPrintable(item));

    QTest::keyClicks(m_editor, u"ph"_s);
    QVERIFY(completionActive());
    QCOMPARE(m_editor->shownCompletions(), QStringList{u"user_properties.phone"_s});
    // Beside the list: the type and examples of the highlighted variable, as the picker shows.
    const QString detail = m_editor->completionDetail(u"user_properties.phone"_s);
    QVERIFY2(detail.startsWith(u"string — +12125550123, +821012345678"_s), qPrintable(detail));
    QTRY_COMPARE(QToolTip::text(), detail);
    QTest::keyClick(m_editor, Qt::Key_Return);
    QVERIFY(!completionActive());
    // The completion closes the placeholder it completed.
    QCOMPARE(m_editor->templateText(), u"{\"to\": \"{{user_properties.phone}}\"}"_s);
    QCOMPARE(cursorPosition(), 8 + int(qstrlen("{{user_properties.phone}}")));

    // Right after "{{" everything is offered; outside a placeholder nothing is.
    const QString text = m_editor->templateText();
    QVERIFY(m_editor->completionsAt(10).contains(u"user_id"_s));
    QVERIFY(m_editor->completionsAt(10).contains(u"event_properties.percent"_s));
    QVERIFY(m_editor->completionsAt(3).isEmpty());
}

void TestGuiTemplateEditor::completionOffersFilters()
{
    const QString text = u"{{ user_properties.name | up }}"_s;
    m_editor->setTemplateText(text);
    const int position = bytePosition(text, text.indexOf(u"up }}"_s) + 2);
    int prefix = 0;
    const QStringList filters = m_editor->completionsAt(position, &prefix);
    QCOMPARE(prefix, 2);
    QVERIFY(filters.contains(u"upcase"_s));
    QCOMPARE(m_editor->completionDetail(u"upcase"_s), u"filter without arguments"_s);
    QVERIFY(m_editor->completionDetail(u"default"_s).contains(u"allow_false"_s));
    for (const QString &name : filters)
        QVERIFY2(name.startsWith(u"up"_s), qPrintable(name));

    m_editor->setTemplateText(u"{{ user_properties.name }}"_s);
    setCursor(int(qstrlen("{{ user_properties.name")));
    QTest::keyClicks(m_editor, u" | "_s);
    QVERIFY(completionActive());
    QVERIFY(m_editor->shownCompletions().contains(u"default"_s));
    QVERIFY(!m_editor->shownCompletions().contains(u"user_id"_s));
}

void TestGuiTemplateEditor::completionOffersTagNames()
{
    m_editor->setTemplateText(QString());
    QTest::keyClicks(m_editor, u"{% en"_s);
    QVERIFY(completionActive());
    const QStringList shown = m_editor->shownCompletions();
    QVERIFY(shown.contains(u"endif"_s));
    QVERIFY(shown.contains(u"endfor"_s));
    QVERIFY(!shown.contains(u"if"_s));
    // After the tag's name come variables again.
    m_editor->setTemplateText(u"{% if user_prop"_s);
    QVERIFY(m_editor->completionsAt(m_editor->length()).contains(u"user_properties.tier"_s));
}

void TestGuiTemplateEditor::diagnosticTooltips()
{
    const QString text = u"{\"a\": \"{{ user_properties.nmae }}\"}"_s;
    m_editor->setTemplateText(text);
    m_editor->checkNow();
    QCOMPARE(m_editor->diagnostics().size(), 1);
    const QString message = m_editor->diagnostics().first().message;
    m_editor->recolor();

    const int position = bytePosition(text, text.indexOf(u"nmae"_s)) + 1;
    const QPoint onText(int(m_editor->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION,
                                                    0UL,
                                                    static_cast<long>(position))),
                        int(m_editor->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION,
                                                    0UL,
                                                    static_cast<long>(position)))
                            + 4);
    QHelpEvent overText(QEvent::ToolTip, onText, m_editor->viewport()->mapToGlobal(onText));
    QCoreApplication::sendEvent(m_editor->viewport(), &overText);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), message);
    QToolTip::hideText();

    // The margin marker says the same.
    const QPoint onMargin(m_editor->marginWidth(0) + 4, onText.y());
    QHelpEvent overMargin(QEvent::ToolTip, onMargin, m_editor->viewport()->mapToGlobal(onMargin));
    QCoreApplication::sendEvent(m_editor->viewport(), &overMargin);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), message);
    QToolTip::hideText();
}

void TestGuiTemplateEditor::variableExpressionQuotesOddNames()
{
    QCOMPARE(TemplateEditor::variableExpression(u"user_properties.name"_s),
             u"user_properties.name"_s);
    QCOMPARE(TemplateEditor::variableExpression(u"campaign.key"_s), u"campaign.key"_s);
    QCOMPARE(TemplateEditor::variableExpression(u"user_properties.phone number"_s),
             u"user_properties[\"phone number\"]"_s);
    QCOMPARE(TemplateEditor::variableExpression(u"event_properties.a.b"_s),
             u"event_properties[\"a.b\"]"_s);
    QCOMPARE(TemplateEditor::variableExpression(u"user_properties.say \"hi\""_s),
             u"user_properties['say \"hi\"']"_s);
}

void TestGuiTemplateEditor::setTemplateTextDoesNotEmitButTypingDoes()
{
    QSignalSpy edited(m_editor, &TemplateEditor::templateEdited);
    m_editor->setTemplateText(u"{\"a\": 1}"_s);
    QCOMPARE(edited.count(), 0);
    QVERIFY(!m_editor->isUndoAvailable()); // QScintilla's own history stays empty
    QCOMPARE(m_editor->templateText(), u"{\"a\": 1}"_s);

    setCursor(7);
    QTest::keyClicks(m_editor, u"2"_s);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().first().toString(), u"{\"a\": 12}"_s);

    // Setting what is already there changes nothing, not even the cursor.
    const int cursor = cursorPosition();
    m_editor->setTemplateText(u"{\"a\": 12}"_s);
    QCOMPARE(cursorPosition(), cursor);
    QCOMPARE(edited.count(), 1);

    // New text (an undo in the main window) leaves the cursor where it was, if it can.
    m_editor->setTemplateText(u"{\"a\": 123}"_s);
    QCOMPARE(cursorPosition(), cursor);
    m_editor->setTemplateText(u"{}"_s);
    QCOMPARE(cursorPosition(), 2);
    QCOMPARE(edited.count(), 1);
}

// ---- RequestPreview ---------------------------------------------------------------------------

void TestGuiTemplateEditor::previewShowsRequestForDemoUser()
{
    m_preview->setUserId(u"u-kim"_s);
    QCOMPARE(m_preview->userId(), u"u-kim"_s);
    QVERIFY2(m_preview->errorText().isEmpty(), qPrintable(m_preview->errorText()));
    QVERIFY(m_preview->request().has_value());

    const QString text = m_preview->previewText();
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.first(), u"POST https://api.example.com/v1/alimtalk?campaign=price-drop-alert"_s);
    QVERIFY(lines.contains(u"Authorization: [redacted]"_s));
    QVERIFY(lines.contains(u"Content-Type: application/json"_s));
    QVERIFY(lines.contains(u"webhook-id: "_s + m_preview->request()->webhookId));
    QVERIFY(!text.contains(Token));

    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(previewBody(text).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.value(u"name"_s).toString(), u"김민지"_s);
    QCOMPARE(body.value(u"to"_s).toString(), u"+821012345678"_s);
    QCOMPARE(body.value(u"percent"_s).toInt(), 5); // the trigger event's properties
    QCOMPARE(body.value(u"user_id"_s).toString(), u"u-kim"_s);
    // Pretty-printed: one member per line, in the template's order.
    QVERIFY(previewBody(text).startsWith(u"{\n  \"to\": \"+821012345678\",\n  \"template_code\""_s));

    // The trigger event whose properties went in is named.
    const QString event = m_preview->findChild<QLabel *>(u"previewEvent"_s)->text();
    QVERIFY2(event.contains(u"price_drop"_s) && event.contains(u"2026-11-27T01:00:00Z"_s),
             qPrintable(event));

    m_preview->setSecretsShown(true);
    QVERIFY(m_preview->previewText().contains(u"Authorization: Bearer "_s + Token));
    m_preview->setSecretsShown(false);
    QVERIFY(!m_preview->previewText().contains(Token));
}

void TestGuiTemplateEditor::previewOfHostileUserIsValidJson()
{
    m_preview->setUserId(u"u-quotes"_s);
    QVERIFY2(m_preview->errorText().isEmpty(), qPrintable(m_preview->errorText()));
    const QString body = previewBody(m_preview->previewText());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(body.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"name"_s).toString(),
             user(u"u-quotes"_s).properties.value(u"name"_s).toString());
    // The same bytes as the request that would be sent, only indented.
    QCOMPARE(QJsonDocument::fromJson(m_preview->request()->body).object(), object);
}

void TestGuiTemplateEditor::previewShowsRenderFailure_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing secret") << QString() << QString() << false << u"alimtalk_token"_s;
    QTest::newRow("line break in a header")
        << u"{{user_properties.name}}"_s << QString() << true << u"X-Name"_s;
    QTest::newRow("invalid JSON") << QString() << u"{\"name\": \"{{user_properties.name}}\",}"_s
                                  << true << u"body"_s;
    QTest::newRow("template error")
        << QString() << u"{\"name\": \"{{user_properties.name | nope}}\"}"_s << true << u"nope"_s;
}

void TestGuiTemplateEditor::previewShowsRenderFailure()
{
    QFETCH(QString, header);
    QFETCH(QString, body);
    QFETCH(bool, withToken);
    QFETCH(QString, expected);
    if (!withToken)
        qunsetenv(TokenVariable);
    Node node = *m_document->node(u"alimtalk"_s);
    if (!header.isEmpty())
        node.request.headers.append({u"X-Name"_s, header});
    if (!body.isEmpty())
        node.request.body = body;
    m_document->updateNode(node, u"request"_s);
    m_preview->setUserId(u"u-quotes"_s);
    m_preview->refreshNow();

    QVERIFY(!m_preview->request().has_value());
    const QString error = m_preview->errorText();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(m_preview->curlCommand().isEmpty());
    QVERIFY(!m_preview->findChild<QPushButton *>(u"copyAsCurl"_s)->isEnabled());
}

void TestGuiTemplateEditor::previewFollowsDocument()
{
    m_preview->setUserId(u"u-kim"_s);
    QSignalSpy refreshed(m_preview.get(), &RequestPreview::refreshed);
    Node node = *m_document->node(u"alimtalk"_s);
    node.request.url = u"https://api.example.com/v2/{{user_id}}"_s;
    m_document->updateNode(node, u"url"_s);
    QTRY_VERIFY(refreshed.count() > 0);
    QVERIFY(m_preview->previewText().startsWith(
        u"POST https://api.example.com/v2/u-kim?campaign=price-drop-alert\n"_s));

    // Not a webhook: nothing to preview, said so.
    m_preview->setNodeId(u"start"_s);
    QVERIFY(!m_preview->request().has_value());
    QVERIFY(!m_preview->errorText().isEmpty());
    m_preview->setNodeId(u"alimtalk"_s);
    QVERIFY(m_preview->request().has_value());

    // New sample data keeps the chosen user.
    m_preview->setSampleContext(m_context);
    QCOMPARE(m_preview->userId(), u"u-kim"_s);
}

void TestGuiTemplateEditor::previewUserModelIsSound()
{
    UserPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(m_users);
    QCOMPARE(model.rowCount(), int(m_users.size()));
    const int row = model.rowOf(u"u-kim"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data().toString(), u"u-kim · 김민지"_s);
    QCOMPARE(model.index(row, 0).data(UserPickerModel::UserIdRole).toString(), u"u-kim"_s);
    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiTemplateEditor::previewUserPickerSearches()
{
    m_preview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_preview.get()));
    auto *combo = m_preview->findChild<QComboBox *>(u"previewUser"_s);
    QVERIFY(combo && combo->isEditable());
    combo->setFocus();
    combo->lineEdit()->clear();
    // Part of a name, not its beginning.
    QTest::keyClicks(combo->lineEdit(), u"Bennett"_s);
    QAbstractItemView *popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(combo->completer()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(m_preview->userId(), u"u-opted-out"_s);
    QVERIFY(m_preview->request().has_value());
    QCOMPARE(m_preview->request()->userId, u"u-opted-out"_s);
}

void TestGuiTemplateEditor::prettyJsonKeepsOrderAndText()
{
    const QByteArray body = R"({"z":1,"a":{"b":[1,2.50,{}],"c":[]},"s":"x\"y\n{[,:]}","n":1e3})";
    const std::optional<QString> pretty = RequestPreview::prettyJson(body);
    QVERIFY(pretty.has_value());
    QCOMPARE(*pretty, uR"({
  "z": 1,
  "a": {
    "b": [
      1,
      2.50,
      {}
    ],
    "c": []
  },
  "s": "x\"y\n{[,:]}",
  "n": 1e3
})"_s);
    QVERIFY(!RequestPreview::prettyJson("{\"a\": 1,}").has_value());
    QVERIFY(!RequestPreview::prettyJson("plain text").has_value());
}

void TestGuiTemplateEditor::curlCommandRoundTripsExactBytes()
{
    m_preview->setUserId(u"u-apostrophe"_s);
    m_preview->setSecretsShown(true);
    QVERIFY(m_preview->request().has_value());
    const PreparedRequest &request = *m_preview->request();
    QVERIFY(request.body.contains('\''));
    QVERIFY(request.body.contains("\\n"));

    const QList<QByteArray> arguments = curlArguments(m_preview->curlCommand());
    QVERIFY(!arguments.isEmpty());
    QList<QByteArray> expected{"--globoff",
                               "-X",
                               "POST",
                               request.url.toString(QUrl::FullyEncoded).toUtf8()};
    for (const auto &[name, value] : request.headers)
        expected << "-H" << (name + u": "_s + value).toUtf8();
    expected << "--data-binary" << request.body;
    QCOMPARE(arguments, expected);
    QVERIFY(arguments.contains(QString(u"Authorization: Bearer "_s + Token).toUtf8()));

    // Redacted while secrets are hidden.
    m_preview->setSecretsShown(false);
    const QList<QByteArray> redacted = curlArguments(m_preview->curlCommand());
    QVERIFY(redacted.contains("Authorization: [redacted]"));
    QVERIFY(!m_preview->curlCommand().contains(Token));
}

void TestGuiTemplateEditor::curlCommandFeedsAtBodiesThroughStdin()
{
    PreparedRequest request;
    request.method = u"PUT"_s;
    request.url = QUrl(u"http://127.0.0.1:9/x?a=[1]&b='c'"_s);
    request.headers = {{u"X-Empty"_s, QString()}, {u"X-Quote"_s, u"it's"_s}};
    request.body = "@/etc/passwd 'quoted' \"double\" $HOME `date` \\ \n end";
    const QList<QByteArray> arguments = curlArguments(curlCommand(request));
    QCOMPARE(arguments,
             (QList<QByteArray>{"--globoff",
                                "-X",
                                "PUT",
                                request.url.toString(QUrl::FullyEncoded).toUtf8(),
                                "-H",
                                "X-Empty;",
                                "-H",
                                "X-Quote: it's",
                                "--data-binary",
                                "@-",
                                request.body}));
    QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
}

void TestGuiTemplateEditor::copyAsCurlFillsClipboard()
{
    m_preview->setUserId(u"u-kim"_s);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_preview->findChild<QPushButton *>(u"copyAsCurl"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_preview->curlCommand());
    QVERIFY(m_preview->curlCommand().startsWith(u"curl "_s));
}

void TestGuiTemplateEditor::curlReachesCatcherWithExactBytes()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QFAIL("curl is not installed (./test installs it); the copied command cannot be run");
    Catcher catcher;
    QVERIFY(catcher.listen(QHostAddress::LocalHost, 0).ok());

    m_preview->setUserId(u"u-apostrophe"_s);
    m_preview->setSecretsShown(true);
    QVERIFY(m_preview->request().has_value());
    PreparedRequest request = *m_preview->request();
    request.url = RequestBuilder::retarget(request.url, catcher.url());
    QVERIFY(request.url.host() == u"127.0.0.1"_s);

    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s, curlCommand(request) + u" --silent --show-error"_s});
    QTRY_COMPARE_WITH_TIMEOUT(catcher.requestCount(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(shell.state(), QProcess::NotRunning, 30000);
    QCOMPARE(shell.exitCode(), 0);

    const CapturedRequest captured = catcher.requests().first();
    QCOMPARE(captured.method, u"POST"_s);
    QCOMPARE(captured.target, u"/v1/alimtalk?campaign=price-drop-alert"_s);
    QCOMPARE(captured.body, request.body);
    for (const auto &[name, value] : request.headers)
        QCOMPARE(captured.header(name.toUtf8()), value.toUtf8());
}

void TestGuiTemplateEditor::widgetsRenderInLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

/// Renders the editor, the picker and the preview with the example's body. With
/// HOOKFLOW_GRAB_DIR set the pictures are written there as PNG files, to look at them.
void TestGuiTemplateEditor::widgetsRenderInLightAndDark()
{
    QFETCH(bool, dark);
    QPalette palette = m_window->palette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    }
    m_window->setPalette(palette);
    m_preview->setPalette(palette);
    QCOMPARE(m_editor->templateLexer()->isDarkTheme(), dark);

    QString body = m_example.node(u"alimtalk"_s)->request.body;
    body.replace(u"{{user_properties.name}}"_s, u"{{ user_properties.nmae | default: \"고객\" }}"_s);
    body.replace(
        u"\"user_id\""_s,
        u"\"tier\": \"{% if user_properties.tier == 'gold' %}VIP{% endif %}\",\n  \"user_id\""_s);
    m_editor->setTemplateText(body);
    m_editor->checkNow();
    m_editor->recolor();
    QVERIFY(!m_editor->diagnostics().isEmpty());

    m_preview->setUserId(u"u-kim"_s);
    m_preview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_preview.get()));

    m_editor->showVariablePicker();
    QTest::keyClicks(m_editor->variablePicker()->searchField(), u"user_prop"_s);
    const QImage editor = m_editor->grab().toImage();
    const QImage picker = m_editor->variablePicker()->grab().toImage();
    const QImage preview = m_preview->grab().toImage();
    QVERIFY(!editor.isNull() && !picker.isNull() && !preview.isNull());
    // The background follows the palette.
    const QColor background = editor.pixelColor(editor.width() / 2, editor.height() - 5);
    QCOMPARE(background.lightness() < 128, dark);

    m_editor->variablePicker()->hide();

    // A syntax error, and a user whose name cannot go into a header.
    m_editor->setTemplateText(body.replace(u"default:"_s, u"| defualt:"_s));
    m_editor->checkNow();
    m_editor->recolor();
    QCOMPARE(m_editor->diagnostics().size(), 1);
    const QImage editorError = m_editor->grab().toImage();
    Node node = *m_document->node(u"alimtalk"_s);
    node.request.headers.append({u"X-Name"_s, u"{{user_properties.name}}"_s});
    m_document->updateNode(node, u"headers"_s);
    m_preview->setUserId(u"u-quotes"_s);
    m_preview->refreshNow();
    QVERIFY(!m_preview->errorText().isEmpty());
    const QImage previewError = m_preview->grab().toImage();

    const QString folder = qEnvironmentVariable("HOOKFLOW_GRAB_DIR");
    if (!folder.isEmpty()) {
        const QString suffix = dark ? u"-dark.png"_s : u"-light.png"_s;
        QVERIFY(editor.save(folder + u"/templateeditor"_s + suffix));
        QVERIFY(editorError.save(folder + u"/templateeditor-error"_s + suffix));
        QVERIFY(picker.save(folder + u"/variablepicker"_s + suffix));
        QVERIFY(preview.save(folder + u"/requestpreview"_s + suffix));
        QVERIFY(previewError.save(folder + u"/requestpreview-error"_s + suffix));
    }
}

QTEST_MAIN(TestGuiTemplateEditor)
#include "tst_gui_templateeditor.moc"
