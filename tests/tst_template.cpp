// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "template/template.h"

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
        << u"{{user_properties.tags.1}}"_s << OutputContext::Text << u"b"_s;
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
    QTest::newRow("empty") << u"{{ }}"_s << u"empty placeholder"_s;
    QTest::newRow("bad path") << u"{{ user..id }}"_s << u"not a variable path"_s;
    QTest::newRow("unknown filter") << u"{{ user_id | shout }}"_s << u"unknown filter \"shout\""_s;
    QTest::newRow("default without literal")
        << u"{{ user_id | default: }}"_s << u"needs one literal"_s;
    QTest::newRow("tag") << u"{% if x %}y{% endif %}"_s << u"tags"_s;
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

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
