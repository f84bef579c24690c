// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "template/template.h"
#include "template/variablecatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Hookflow;

Q_DECLARE_METATYPE(Hookflow::OutputContext)

namespace {
QJsonObject context()
{
    return QJsonObject{{u"user_id"_s, u"u1"_s},
                       {u"user_properties"_s,
                        QJsonObject{{u"name"_s, u"김민지 \"MJ\""_s},
                                    {u"age"_s, 31},
                                    {u"ratio"_s, 0.25},
                                    {u"vip"_s, true},
                                    {u"empty"_s, u""_s},
                                    {u"tags"_s, QJsonArray{u"a"_s, u"b"_s}},
                                    {u"phone number"_s, u"+821012345678"_s}}},
                       {u"event_properties"_s,
                        QJsonObject{{u"price"_s, 12900}, {u"q"_s, u"a&b=c/d?e#f+g"_s}}},
                       {u"campaign"_s, QJsonObject{{u"key"_s, u"k"_s}}}};
}
} // namespace

/// The placeholder core of the personalization language and its output contexts (DESIGN §4).
class TestTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void syntaxErrors_data();
    void syntaxErrors();
    void jsonStringsRoundTripAnyText();
    void urlValuesDecodeToTheInput();
    void headerRefusesControlCharacters_data();
    void headerRefusesControlCharacters();
    void jsonValidityIsCheckedForEveryShapeOfValue_data();
    void jsonValidityIsCheckedForEveryShapeOfValue();
    void urlValuesCannotChangeTheHost_data();
    void urlValuesCannotChangeTheHost();
    void renderErrorsSayWhere();
    void limitsStopHostileTemplates_data();
    void limitsStopHostileTemplates();
    void diagnosticsLocateProblems();
    void unknownVariablesAreWarnings();
    void catalogueDescribesTheSamples();
    void dateUsesTheRunsClock();
};

void TestTemplate::render_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<OutputContext>("mode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text: plain") << u"no placeholders"_s << OutputContext::Text
                                 << u"no placeholders"_s;
    QTest::newRow("text: dot path")
        << u"Hi {{user_properties.name}}!"_s << OutputContext::Text << u"Hi 김민지 \"MJ\"!"_s;
    QTest::newRow("text: spaces inside") << u"{{  user_id  }}"_s << OutputContext::Text << u"u1"_s;
    QTest::newRow("text: bracket path")
        << u"{{user_properties[\"phone number\"]}}"_s << OutputContext::Text << u"+821012345678"_s;
    QTest::newRow("text: number") << u"{{user_properties.age}}"_s << OutputContext::Text << u"31"_s;
    QTest::newRow("text: decimal")
        << u"{{user_properties.ratio}}"_s << OutputContext::Text << u"0.25"_s;
    QTest::newRow("text: boolean")
        << u"{{user_properties.vip}}"_s << OutputContext::Text << u"true"_s;
    QTest::newRow("text: missing is empty")
        << u"[{{user_properties.nope}}]"_s << OutputContext::Text << u"[]"_s;
    QTest::newRow("text: default on missing") << u"{{user_properties.nope | default: \"friend\"}}"_s
                                              << OutputContext::Text << u"friend"_s;
    QTest::newRow("text: default on empty")
        << u"{{user_properties.empty | default: 'x'}}"_s << OutputContext::Text << u"x"_s;
    QTest::newRow("text: default not used")
        << u"{{user_id | default: \"x\"}}"_s << OutputContext::Text << u"u1"_s;
    QTest::newRow("text: array joins")
        << u"{{user_properties.tags}}"_s << OutputContext::Text << u"ab"_s;
    QTest::newRow("text: array index")
        << u"{{user_properties.tags[1]}}"_s << OutputContext::Text << u"b"_s;
    QTest::newRow("text: tags and filters")
        << u"{% if user_properties.age >= 30 %}{{ user_properties.name | upcase }}{% else %}young{% endif %}"_s
        << OutputContext::Text << u"김민지 \"MJ\""_s;
    QTest::newRow("text: for with forloop")
        << u"{% for t in user_properties.tags %}{{ forloop.index }}={{ t }}{% unless forloop.last %},{% endunless %}{% endfor %}"_s
        << OutputContext::Text << u"1=a,2=b"_s;
    QTest::newRow("json: a loop builds an array")
        << u"{\"t\": [{% for t in user_properties.tags %}{{ t }}{% unless forloop.last %}, {% endunless %}{% endfor %}]}"_s
        << OutputContext::Json << u"{\"t\": [\"a\", \"b\"]}"_s;
    QTest::newRow("json: a capture is escaped where it lands")
        << u"{% capture m %}Hi \"{{ user_id }}\"{% endcapture %}{\"m\": \"{{ m }}\", \"n\": {{ m }}}"_s
        << OutputContext::Json << u"{\"m\": \"Hi \\\"u1\\\"\", \"n\": \"Hi \\\"u1\\\"\"}"_s;
    QTest::newRow("json: the json filter inserts JSON")
        << u"{\"c\": {{ campaign | json }}}"_s << OutputContext::Json
        << u"{\"c\": {\"key\":\"k\"}}"_s;
    QTest::newRow("json: assigned numbers stay numbers")
        << u"{% assign total = event_properties.price | times: 2 %}{\"total\": {{ total }}}"_s
        << OutputContext::Json << u"{\"total\": 25800}"_s;
    QTest::newRow("json: floats as Ruby prints them")
        << u"{\"r\": {{ user_properties.ratio }}, \"s\": \"{{ user_properties.ratio }}\"}"_s
        << OutputContext::Json << u"{\"r\": 0.25, \"s\": \"0.25\"}"_s;
    QTest::newRow("url: url_encode is not encoded twice")
        << u"https://x.test/s?q={{ event_properties.q | url_encode }}"_s << OutputContext::Url
        << u"https://x.test/s?q=a%26b%3Dc%2Fd%3Fe%23f%2Bg"_s;
    QTest::newRow("url: a tag may choose the path")
        << u"https://x.test/{% if user_properties.vip %}vip{% else %}std{% endif %}/{{ user_id }}"_s
        << OutputContext::Url << u"https://x.test/vip/u1"_s;
    QTest::newRow("text: whitespace control")
        << u"a  {%- if true -%}  b  {%- endif -%}  c"_s << OutputContext::Text << u"abc"_s;
    QTest::newRow("text: raw") << u"{% raw %}{{ user_id }}{% endraw %}"_s << OutputContext::Text
                               << u"{{ user_id }}"_s;
    QTest::newRow("text: case")
        << u"{% case user_properties.age %}{% when 30, 31 %}thirties{% else %}other{% endcase %}"_s
        << OutputContext::Text << u"thirties"_s;
    QTest::newRow("json: inside a string")
        << u"{\"n\": \"{{user_properties.name}}\"}"_s << OutputContext::Json
        << u"{\"n\": \"김민지 \\\"MJ\\\"\"}"_s;
    QTest::newRow("json: number stays a number")
        << u"{\"p\": {{event_properties.price}}}"_s << OutputContext::Json << u"{\"p\": 12900}"_s;
    QTest::newRow("json: string in value position is quoted")
        << u"{\"n\": {{user_properties.name}}}"_s << OutputContext::Json
        << u"{\"n\": \"김민지 \\\"MJ\\\"\"}"_s;
    QTest::newRow("json: missing is null")
        << u"{\"x\": {{user_properties.nope}}}"_s << OutputContext::Json << u"{\"x\": null}"_s;
    QTest::newRow("json: default in value position")
        << u"{\"x\": {{user_properties.nope | default: 0}}}"_s << OutputContext::Json
        << u"{\"x\": 0}"_s;
    QTest::newRow("json: array value") << u"{\"t\": {{user_properties.tags}}}"_s
                                       << OutputContext::Json << u"{\"t\": [\"a\",\"b\"]}"_s;
    QTest::newRow("json: escaped quote before placeholder")
        << u"{\"a\": \"say \\\"{{user_id}}\\\"\"}"_s << OutputContext::Json
        << u"{\"a\": \"say \\\"u1\\\"\"}"_s;
    QTest::newRow("json: second string after a value")
        << u"{\"a\": {{user_properties.age}}, \"b\": \"{{user_id}}\"}"_s << OutputContext::Json
        << u"{\"a\": 31, \"b\": \"u1\"}"_s;
    QTest::newRow("json: empty body") << u""_s << OutputContext::Json << u""_s;
    QTest::newRow("url: reserved characters encoded")
        << u"https://x.test/s?q={{event_properties.q}}"_s << OutputContext::Url
        << u"https://x.test/s?q=a%26b%3Dc%2Fd%3Fe%23f%2Bg"_s;
    QTest::newRow("url: unicode encoded")
        << u"https://x.test/u/{{user_properties.name}}"_s << OutputContext::Url
        << u"https://x.test/u/%EA%B9%80%EB%AF%BC%EC%A7%80%20%22MJ%22"_s;
    QTest::newRow("header: value")
        << u"Bearer {{user_id}}"_s << OutputContext::Header << u"Bearer u1"_s;
}

void TestTemplate::render()
{
    QFETCH(QString, source);
    QFETCH(OutputContext, mode);
    QFETCH(QString, expected);
    const Result<Template> compiled = Template::compile(source, mode);
    QVERIFY2(compiled.ok(), compiled.ok() ? "" : qPrintable(compiled.error().message));
    const Result<QString> rendered = compiled->render(context());
    QVERIFY2(rendered.ok(), rendered.ok() ? "" : qPrintable(rendered.error().message));
    QCOMPARE(*rendered, expected);
}

void TestTemplate::syntaxErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed") << u"a\nb {{ user_id"_s
                              << u"line 2, column 3: \"{{\" is never closed"_s;
    QTest::newRow("bad path") << u"{{ user..id }}"_s << u"line 1, column 8: unexpected \"..\""_s;
    QTest::newRow("unknown filter")
        << u"{{ user_id | shout }}"_s << u"line 1, column 14: unknown filter \"shout\""_s;
    QTest::newRow("filter without its argument")
        << u"{{ user_id | default: }}"_s << u"a value is missing here"_s;
    QTest::newRow("wrong argument count")
        << u"{{ user_id | upcase: 1 }}"_s << u"filter \"upcase\" takes 0 argument(s), not 1"_s;
    QTest::newRow("unknown tag") << u"{% iff x %}"_s << u"unknown tag \"iff\""_s;
    QTest::newRow("unclosed if") << u"{% if x %}y"_s
                                 << u"line 1, column 1: \"if\" is never closed"_s;
    QTest::newRow("stray endif") << u"x{% endif %}"_s << u"\"endif\" does not belong here"_s;
    QTest::newRow("unclosed tag") << u"{% if x"_s << u"\"{%\" is never closed"_s;
    QTest::newRow("unclosed string") << u"{{ 'abc }}"_s << u"never closed"_s;
    QTest::newRow("non-ASCII name") << u"{{ 이름 }}"_s << u"unexpected character"_s;
    QTest::newRow("for without in") << u"{% for x of y %}{% endfor %}"_s << u"for item in"_s;
    QTest::newRow("deep nesting") << QString(u"{% if true %}"_s).repeated(200)
                                  << u"nested more than 64 levels"_s;
}

void TestTemplate::syntaxErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    const Result<Template> compiled = Template::compile(source, OutputContext::Text);
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().code, u"template-syntax"_s);
    QVERIFY2(compiled.error().message.contains(message), qPrintable(compiled.error().message));
}

void TestTemplate::jsonStringsRoundTripAnyText()
{
    // Quotes, backslashes, every control character, U+2028/2029, emoji and CJK: inserted inside
    // a JSON string, the body always parses and gives back exactly the original text.
    const Result<Template> compiled = Template::compile(u"{\"v\": \"<{{user_properties.v}}>\"}"_s,
                                                        OutputContext::Json);
    QVERIFY(compiled.ok());
    const QList<char32_t> alphabet = [] {
        QList<char32_t> chars{
            u'"', u'\\', u'/', u'\'', u'{', u'}', 0x2028, 0x2029, 0x1F600, 0xAC00, u'a', u' '};
        for (char32_t c = 0; c < 0x20; ++c)
            chars.append(c);
        return chars;
    }();
    QRandomGenerator random(20261127);
    for (int round = 0; round < 2000; ++round) {
        QString value;
        const int length = random.bounded(0, 24);
        for (int i = 0; i < length; ++i) {
            const char32_t c = alphabet.at(random.bounded(alphabet.size()));
            value += QString::fromUcs4(&c, 1);
        }
        const QJsonObject vars{{u"user_properties"_s, QJsonObject{{u"v"_s, value}}}};
        const Result<QString> rendered = compiled->render(vars);
        QVERIFY(rendered.ok());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(rendered->toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(*rendered));
        QCOMPARE(document.object().value(u"v"_s).toString(), u'<' + value + u'>');
    }
}

void TestTemplate::urlValuesDecodeToTheInput()
{
    const Result<Template> compiled = Template::compile(u"https://x.test/a/{{v}}?q={{v}}"_s,
                                                        OutputContext::Url);
    QVERIFY(compiled.ok());
    for (const QString &value :
         {u"a b"_s, u"a/b?c#d&e=f+g"_s, u"100%"_s, u"김민지"_s, u"😀"_s, u"..%2F.."_s}) {
        const QUrl url(*compiled->render(QJsonObject{{u"v"_s, value}}), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), u"x.test"_s);
        QCOMPARE(url.path(QUrl::FullyDecoded), u"/a/"_s + value);
        QCOMPARE(url.query(QUrl::FullyDecoded), u"q="_s + value);
    }
}

void TestTemplate::headerRefusesControlCharacters_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("LF") << u"a\nInjected: 1"_s;
    QTest::newRow("CR") << u"a\rb"_s;
    QTest::newRow("NUL") << u"a"_s + QChar(0) + u"b"_s;
}

void TestTemplate::headerRefusesControlCharacters()
{
    QFETCH(QString, value);
    const Result<Template> compiled = Template::compile(u"X {{v}}"_s, OutputContext::Header);
    QVERIFY(compiled.ok());
    const Result<QString> rendered = compiled->render(QJsonObject{{u"v"_s, value}});
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().code, u"personalization"_s);
}

void TestTemplate::jsonValidityIsCheckedForEveryShapeOfValue_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QJsonValue>("good");
    QTest::addColumn<QJsonValue>("bad");
    // The renderer remembers which shapes of output it has already seen parse; a value of
    // another shape must still be checked and refused.
    QTest::newRow("a value as an object key")
        << u"{ {{ v }}: 1 }"_s << QJsonValue(u"k"_s) << QJsonValue(5);
    QTest::newRow("a value glued to a number")
        << u"{\"a\": 1{{ v }}}"_s << QJsonValue(2) << QJsonValue(u"x"_s);
    QTest::newRow("a value right after a backslash")
        << u"{\"a\": \"\\{{ v }}\"}"_s << QJsonValue(u"n"_s) << QJsonValue(u"q"_s);
    QTest::newRow("a value before a number")
        << u"{\"a\": {{ v }}5}"_s << QJsonValue(-1) << QJsonValue(u"x"_s);
    QTest::newRow("a branch that drops a comma")
        << u"{\"a\": 1{% if v %},{% endif %} \"b\": 2}"_s << QJsonValue(true) << QJsonValue(false);
}

void TestTemplate::jsonValidityIsCheckedForEveryShapeOfValue()
{
    QFETCH(QString, source);
    QFETCH(QJsonValue, good);
    QFETCH(QJsonValue, bad);
    const Result<Template> compiled = Template::compile(source, OutputContext::Json);
    QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().message));
    for (int round = 0; round < 3; ++round) {
        const Result<QString> ok = compiled->render(QJsonObject{{u"v"_s, good}});
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        QVERIFY(!QJsonDocument::fromJson(ok->toUtf8()).isNull());
        const Result<QString> refused = compiled->render(QJsonObject{{u"v"_s, bad}});
        QVERIFY2(!refused.ok(), qPrintable(refused.ok() ? *refused : QString()));
        QCOMPARE(refused.error().code, u"personalization"_s);
        QVERIFY2(refused.error().message.contains(u"not valid JSON"_s),
                 qPrintable(refused.error().message));
    }
}

void TestTemplate::urlValuesCannotChangeTheHost_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("host") << u"https://{{ v }}/path"_s;
    QTest::newRow("part of the host") << u"https://api.{{ v }}.test/path"_s;
    QTest::newRow("port") << u"https://x.test:{{ v }}/path"_s;
    QTest::newRow("scheme") << u"{{ v }}://x.test/path"_s;
    QTest::newRow("whole URL") << u"{{ v }}"_s;
    QTest::newRow("host chosen in a tag") << u"https://{% if true %}{{ v }}{% endif %}/path"_s;
}

void TestTemplate::urlValuesCannotChangeTheHost()
{
    QFETCH(QString, source);
    // Refused when the template compiles if the literal text shows it, else when it renders.
    const Result<Template> compiled = Template::compile(source, OutputContext::Url);
    const Result<QString> rendered = compiled
                                         ? compiled->render(QJsonObject{{u"v"_s, u"evil.test"_s}})
                                         : Result<QString>(compiled.error());
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().code, compiled ? u"personalization"_s : u"template-syntax"_s);
    QCOMPARE(compiled.ok(), QTest::currentDataTag() == QByteArray("host chosen in a tag"));
    QVERIFY2(rendered.error().message.contains(u"scheme or host"_s),
             qPrintable(rendered.error().message));
}

void TestTemplate::renderErrorsSayWhere()
{
    const Result<Template> compiled = Template::compile(
        u"a\n  {{ user_properties.age | divided_by: 0 }}"_s, OutputContext::Text);
    QVERIFY(compiled.ok());
    const Result<QString> rendered = compiled->render(context());
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().code, u"template-render"_s);
    QVERIFY2(rendered.error().message.startsWith(u"line 2, column 28: filter \"divided_by\""_s),
             qPrintable(rendered.error().message));

    const Result<Template> compared = Template::compile(u"{% if user_id > 3 %}x{% endif %}"_s,
                                                        OutputContext::Text);
    QVERIFY(compared.ok());
    const Result<QString> failed = compared->render(context());
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(u"cannot compare"_s),
             qPrintable(failed.error().message));
}

void TestTemplate::limitsStopHostileTemplates_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::newRow("a huge loop") << u"{% for i in (1..1000000000) %}x{% endfor %}"_s
                                 << u"loops ran more than"_s;
    QTest::newRow("nested loops")
        << u"{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}"_s
        << u"loops ran more than"_s;
    QTest::newRow("a huge output")
        << u"{% for i in (1..100000) %}{{ user_properties.name }}{{ user_properties.name }}{% endfor %}"_s
        << u"output is longer than"_s;
    QTest::newRow("a string that doubles")
        << u"{% assign s = 'ab' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}"_s
        << u"longer than"_s;
    QTest::newRow("a huge range in a filter")
        << u"{{ (1..1000000000) | join: ',' }}"_s << u"range of more than"_s;
}

void TestTemplate::limitsStopHostileTemplates()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    const Result<Template> compiled = Template::compile(source, OutputContext::Text);
    QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().message));
    const Result<QString> rendered = compiled->render(context());
    QVERIFY(!rendered.ok());
    QVERIFY2(rendered.error().message.contains(message), qPrintable(rendered.error().message));
}

void TestTemplate::diagnosticsLocateProblems()
{
    const QList<TemplateDiagnostic> diagnostics = Template::check(
        u"{\n  \"a\": {{ user_id | upcse }}\n}"_s, OutputContext::Json);
    QCOMPARE(diagnostics.size(), 1);
    const TemplateDiagnostic &d = diagnostics.first();
    QCOMPARE(d.severity, TemplateDiagnostic::Severity::Error);
    QCOMPARE(d.line, 2);
    QCOMPARE(d.column, 21);
    QCOMPARE(d.length, 5);
    QVERIFY(d.message.contains(u"upcse"_s));
    QVERIFY(Template::check(u"{{ user_id }}"_s, OutputContext::Text).isEmpty());
    const QList<TemplateDiagnostic> host = Template::check(u"https://{{ user_id }}.example.com/"_s,
                                                           OutputContext::Url);
    QCOMPARE(host.size(), 1);
    QCOMPARE(host.first().column, 9);
    QCOMPARE(host.first().length, 13);
}

void TestTemplate::unknownVariablesAreWarnings()
{
    SampleUser user;
    user.userId = u"u1"_s;
    user.properties = QJsonObject{{u"name"_s, u"Minji"_s}, {u"tier"_s, u"gold"_s}};
    Event event;
    event.key = u"price_drop"_s;
    event.properties = QJsonObject{{u"price"_s, 1000}};
    const VariableCatalogue catalogue = VariableCatalogue::fromSamples({user}, {event});
    const QString source
        = u"{{ user_properties.nmae }} {{ event_properties.price }} {{ usr_id }} "
          u"{% assign x = 1 %}{{ x }}{% for t in user_properties.tier %}{{ t }}{% endfor %}"_s;
    const QList<TemplateDiagnostic> diagnostics = Template::check(source,
                                                                  OutputContext::Text,
                                                                  &catalogue);
    QCOMPARE(diagnostics.size(), 2);
    QCOMPARE(diagnostics.at(0).severity, TemplateDiagnostic::Severity::Warning);
    QCOMPARE(diagnostics.at(0).column, 4);
    QVERIFY2(diagnostics.at(0).message.contains(u"Did you mean \"name\""_s),
             qPrintable(diagnostics.at(0).message));
    QVERIFY2(diagnostics.at(1).message.contains(u"did you mean \"user_id\""_s),
             qPrintable(diagnostics.at(1).message));
}

void TestTemplate::catalogueDescribesTheSamples()
{
    SampleUser a;
    a.userId = u"u1"_s;
    a.properties = QJsonObject{{u"name"_s, u"김민지"_s}, {u"age"_s, 31}};
    SampleUser b;
    b.userId = u"u2"_s;
    b.properties = QJsonObject{{u"name"_s, u"Jane"_s}, {u"age"_s, u"n/a"_s}};
    const VariableCatalogue catalogue = VariableCatalogue::fromSamples({a, b}, {}, {u"token"_s});
    const CatalogueEntry *name = catalogue.find(u"user_properties.name"_s);
    QVERIFY(name);
    QCOMPARE(name->type, u"string"_s);
    QCOMPARE(name->examples, (QStringList{u"\"김민지\""_s, u"\"Jane\""_s}));
    QCOMPARE(name->seenIn, 2);
    QCOMPARE(catalogue.find(u"user_properties.age"_s)->type, u"mixed"_s);
    QVERIFY(catalogue.find(u"secrets.token"_s));
    QVERIFY(catalogue.find(u"webhook.id"_s));
    QVERIFY(!catalogue.find(u"user_properties.nope"_s));
}

void TestTemplate::dateUsesTheRunsClock()
{
    const Result<Template> compiled = Template::compile(
        u"{{ \"now\" | date: \"%Y년 %m월 %d일\" }}"_s, OutputContext::Text);
    QVERIFY(compiled.ok());
    const Result<QString> rendered = compiled->render(
        QJsonObject{{u"now"_s, u"2026-11-27T09:00:00Z"_s}});
    QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().message));
    QCOMPARE(*rendered, u"2026년 11월 27일"_s);
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
