// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/campaignformat.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

/// A small valid campaign that the problem rows edit (kept in a file: moc cannot read raw strings).
const QByteArray baseCampaign = Test::readFile(
    QStringLiteral(HOOKFLOW_TEST_DATA "/campaigns/base.hookflow.json"));

/// 1-based line and column of the first occurrence of `anchor` in `text` (columns in characters).
SourceLocation locationOf(const QByteArray &text, const QByteArray &anchor)
{
    const qsizetype offset = text.indexOf(anchor);
    if (offset < 0)
        return {};
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1};
}

} // namespace

class TestCampaignFormat : public QObject
{
    Q_OBJECT

private slots:
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void saveIsAtomicAndStable();
    void problems_data();
    void problems();
    void everyProblemIsReported();
    void behaviouralWhereRoundTrips();
    void unknownFieldsSurvive();
    void diagnosticFormat();
};

void TestCampaignFormat::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("price-drop alert") << u"resources/examples/price-drop-alert.hookflow.json"_s;
    QTest::newRow("review points") << u"resources/examples/review-points.hookflow.json"_s;
    QTest::newRow("re-engagement") << u"resources/examples/re-engagement.hookflow.json"_s;
}

void TestCampaignFormat::examplesRoundTrip()
{
    QFETCH(QString, file);
    const QByteArray bytes = Test::readFile(Test::sourcePath(file));
    const CampaignLoad load = CampaignFormat::parse(bytes);
    for (const Diagnostic &d : load.diagnostics)
        qInfo().noquote() << d.format(file);
    QVERIFY(load.ok());
    // The shipped files are in canonical form: saving what was loaded gives the same bytes.
    const QByteArray saved = CampaignFormat::serialize(*load.campaign);
    QCOMPARE(QString::fromUtf8(saved), QString::fromUtf8(bytes));
    const CampaignLoad again = CampaignFormat::parse(saved);
    QVERIFY(again.ok());
    QCOMPARE(*again.campaign, *load.campaign);
}

void TestCampaignFormat::saveIsAtomicAndStable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CampaignLoad load = CampaignFormat::parse(baseCampaign);
    QVERIFY(load.ok());
    const QString path = dir.filePath(u"k.hookflow.json"_s);
    QVERIFY(CampaignFormat::save(*load.campaign, path).ok());
    const QByteArray first = Test::readFile(path);
    QVERIFY(CampaignFormat::save(*CampaignFormat::load(path).campaign, path).ok());
    QCOMPARE(Test::readFile(path), first);
    QVERIFY(first.startsWith("{\n  \"format\": 1,\n  \"key\": \"k\",\n"));
    QVERIFY(first.endsWith("}\n"));

    const Result<void> denied = CampaignFormat::save(*load.campaign,
                                                     dir.filePath(u"missing/dir/x.hookflow.json"_s));
    QVERIFY(!denied.ok());
    QVERIFY(denied.error().message.contains(u"missing/dir"_s));
}

void TestCampaignFormat::problems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("anchor"); // where the problem must be reported
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    auto edit = [](const QByteArray &from, const QByteArray &to) {
        QByteArray text = baseCampaign;
        Q_ASSERT(text.contains(from));
        return text.replace(from, to);
    };
    QTest::newRow("invalid JSON: missing value")
        << edit("\"title\": \"T\"", "\"title\": ") << QByteArray(",\n  \"nodes\"") << u"$"_s
        << u"invalid value"_s;
    QTest::newRow("invalid JSON: trailing comma")
        << edit("\"to\": \"w\" } ]", "\"to\": \"w\" }, ]") << QByteArray("]\n}") << u"$"_s
        << u"invalid value"_s;
    QTest::newRow("invalid JSON: unterminated string")
        << QByteArray("{\n  \"format\": 1,\n  \"key\": \"k\n}") << QByteArray("\n}") << u"$"_s
        << u"control character"_s;
    QTest::newRow("invalid JSON: duplicate member")
        << edit("\"title\": \"T\",", "\"title\": \"T\", \"title\": \"U\",")
        << QByteArray("\"title\": \"U\"") << u"$"_s << u"duplicate member \"title\""_s;
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << QByteArray("[") << u"$"_s << u"JSON object"_s;
    QTest::newRow("unknown node kind")
        << edit("\"kind\": \"webhook\"", "\"kind\": \"webhok\"") << QByteArray("\"webhok\"")
        << u"$.nodes[1].kind"_s << u"unknown node kind \"webhok\""_s;
    QTest::newRow("edge to a missing node")
        << edit("\"to\": \"w\"", "\"to\": \"nowhere\"") << QByteArray("\"nowhere\"")
        << u"$.edges[0].to"_s << u"\"nowhere\", which does not exist"_s;
    QTest::newRow("missing required field") << edit("  \"title\": \"T\",\n", "") << QByteArray("{")
                                            << u"$"_s << u"missing required field \"title\""_s;
    QTest::newRow("missing url") << edit("\"url\": \"https://x.test/a\", ", "")
                                 << QByteArray("{ \"body\"") << u"$.nodes[1].request"_s
                                 << u"missing required field \"url\""_s;
    QTest::newRow("wrong type") << edit("\"title\": \"T\"", "\"title\": 42") << QByteArray("42")
                                << u"$.title"_s << u"\"title\" must be a string, not a number"_s;
    QTest::newRow("wrong type of a node list")
        << edit("\"nodes\": [", "\"nodes\": {\"a\": [")
               .replace("  ],\n  \"edges\"", "  ]},\n  \"edges\"")
        << QByteArray("{\"a\"") << u"$.nodes"_s << u"must be an array"_s;
    QTest::newRow("newer format") << edit("\"format\": 1", "\"format\": 7") << QByteArray("7,")
                                  << u"$.format"_s << u"newer"_s;
    QTest::newRow("format 0") << edit("\"format\": 1", "\"format\": 0") << QByteArray("0,")
                              << u"$.format"_s << u"unsupported campaign format 0"_s;
    QTest::newRow("bad operator") << edit("\"event_key\": \"e\"",
                                          "\"event_key\": \"e\", \"filters\": [ { \"key\": { "
                                          "\"type\": \"event_property\", \"name\": \"p\" }, "
                                          "\"operator\": \"between\", \"values\": [1] } ]")
                                  << QByteArray("\"between\"")
                                  << u"$.nodes[0].filters[0].operator"_s
                                  << u"unknown operator \"between\""_s;
    QTest::newRow("url is not http")
        << edit("https://x.test/a", "file:///etc/passwd") << QByteArray("\"file:")
        << u"$.nodes[1].request.url"_s << u"only http:// and https:// URLs"_s;
    QTest::newRow("template does not parse")
        << edit("\"body\": \"{}\"", "\"body\": \"{\\\"a\\\": \\\"{{ user_properties.name \\\"}\"")
        << QByteArray("\"{\\\"a") << u"$.nodes[1].request.body"_s << u"never closed"_s;
    QTest::newRow("unknown filter")
        << edit("\"body\": \"{}\"", "\"body\": \"{\\\"a\\\": \\\"{{ user_id | shout }}\\\"}\"")
        << QByteArray("\"{\\\"a") << u"$.nodes[1].request.body"_s << u"unknown filter \"shout\""_s;
    QTest::newRow("second trigger") << edit(
        "\"kind\": \"webhook\", \"request\": { \"url\": \"https://x.test/a\", \"body\": \"{}\" }",
        "\"kind\": \"trigger\", \"event_key\": \"f\"")
                                    << QByteArray("{ \"id\": \"w\"") << u"$.nodes[1]"_s
                                    << u"exactly one trigger"_s;
    QTest::newRow("cycle") << edit("\"edges\": [ { \"from\": \"t\", \"to\": \"w\" } ]",
                                   "\"edges\": [ { \"from\": \"t\", \"to\": \"w\" }, { \"from\": "
                                   "\"w\", \"to\": \"w2\" }, "
                                   "{ \"from\": \"w2\", \"to\": \"w\" } ]")
                                  .replace("  ],\n  \"edges\"",
                                           "    ,{ \"id\": \"w2\", \"kind\": \"webhook\", "
                                           "\"request\": { \"url\": \"https://x.test/b\" } }\n"
                                           "  ],\n  \"edges\"")
                           << QByteArray("{ \"id\": \"w\"") << u"$.nodes[1]"_s << u"cycles"_s;
    QTest::newRow("where on a key that is not an event")
        << edit("\"event_key\": \"e\"",
                "\"event_key\": \"e\", \"filters\": [ { \"key\": { \"type\": \"event_property\", "
                "\"name\": \"p\" }, \"operator\": \"gte\", \"values\": [1], \"where\": [] } ]")
        << QByteArray("[] }") << u"$.nodes[0].filters[0].where"_s
        << u"behavioural conditions (key type \"event\") only"_s;
    QTest::newRow("where condition that is not an event_property")
        << edit("  \"nodes\": [\n",
                "  \"nodes\": [\n    { \"id\": \"a\", \"kind\": \"audience\", \"rules\": [ [ { "
                "\"key\": { \"type\": \"event\", \"name\": \"purchase\" }, \"operator\": "
                "\"gte\", \"values\": [1], \"where\": [ { \"key\": { \"type\": "
                "\"user_property\", \"name\": \"tier\" }, \"operator\": \"in\", \"values\": "
                "[\"gold\"] } ] } ] ] },\n")
        << QByteArray("\"user_property\"") << u"$.nodes[0].rules[0][0].where[0].key.type"_s
        << u"must be \"event_property\", not \"user_property\""_s;
    QTest::newRow("method not allowed")
        << edit("\"url\": \"https://x.test/a\"",
                "\"method\": \"TRACE\", \"url\": \"https://x.test/a\"")
        << QByteArray("\"TRACE\"") << u"$.nodes[1].request.method"_s
        << u"\"TRACE\" is not allowed"_s;
}

void TestCampaignFormat::problems()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, anchor);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const CampaignLoad load = CampaignFormat::parse(text);
    QVERIFY(!load.ok());
    const auto it = std::find_if(load.diagnostics.cbegin(),
                                 load.diagnostics.cend(),
                                 [&](const Diagnostic &d) {
                                     return d.isError() && d.message.contains(message);
                                 });
    if (it == load.diagnostics.cend()) {
        for (const Diagnostic &d : load.diagnostics)
            qInfo().noquote() << d.format(u"input"_s);
        QFAIL("the expected problem was not reported");
    }
    QCOMPARE(it->path, path);
    const SourceLocation expected = locationOf(text, anchor);
    QVERIFY(expected.isValid());
    QCOMPARE(it->location.line, expected.line);
    QCOMPARE(it->location.column, expected.column);
}

void TestCampaignFormat::everyProblemIsReported()
{
    QByteArray text = baseCampaign;
    text.replace("\"title\": \"T\"", "\"title\": false");
    text.replace("\"kind\": \"webhook\"", "\"kind\": \"hook\"");
    text.replace("\"key\": \"k\"", "\"key\": \"has space\"");
    const CampaignLoad load = CampaignFormat::parse(text);
    QStringList paths;
    for (const Diagnostic &d : load.diagnostics) {
        if (d.isError())
            paths.append(d.path);
    }
    QVERIFY2(paths.contains(u"$.title"_s), qPrintable(paths.join(u' ')));
    QVERIFY2(paths.contains(u"$.nodes[1].kind"_s), qPrintable(paths.join(u' ')));
    QVERIFY2(paths.contains(u"$.key"_s), qPrintable(paths.join(u' ')));
}

void TestCampaignFormat::behaviouralWhereRoundTrips()
{
    // Purchases of at least 50000 within 30 days, at least twice (docs/targeting.md §7).
    QByteArray text = baseCampaign;
    text.replace("  \"nodes\": [\n",
                 "  \"nodes\": [\n    { \"id\": \"a\", \"kind\": \"audience\", \"rules\": [ [ { "
                 "\"key\": { \"type\": \"event\", \"name\": \"purchase\" }, \"operator\": \"gte\", "
                 "\"values\": [2], \"within\": { \"amount\": 30, \"unit\": \"days\" }, \"where\": "
                 "[ { \"key\": { \"type\": \"event_property\", \"name\": \"price\" }, "
                 "\"operator\": \"gte\", \"values\": [50000] } ] } ] ] },\n");

    const CampaignLoad load = CampaignFormat::parse(text);
    for (const Diagnostic &d : load.diagnostics)
        qInfo().noquote() << d.format(u"input"_s);
    QVERIFY(load.ok());
    const Condition &purchases = load.campaign->nodes.at(0).rules.at(0).at(0);
    QCOMPARE(purchases.keyType, KeyType::Event);
    QCOMPARE(purchases.where.size(), 1);
    QCOMPARE(purchases.where.at(0).keyType, KeyType::EventProperty);
    QCOMPARE(purchases.where.at(0).keyName, u"price"_s);
    QCOMPARE(purchases.where.at(0).op, Operator::Gte);
    QCOMPARE(purchases.where.at(0).values, QJsonArray{50000});

    const QByteArray saved = CampaignFormat::serialize(*load.campaign);
    QVERIFY2(saved.indexOf("\"within\"") < saved.indexOf("\"where\": ["), saved.constData());
    const CampaignLoad again = CampaignFormat::parse(saved);
    QVERIFY(again.campaign.has_value());
    QCOMPARE(*again.campaign, *load.campaign);
    QCOMPARE(CampaignFormat::serialize(*again.campaign), saved);
    // A different filter is a different condition.
    Campaign changed = *again.campaign;
    changed.nodes[0].rules[0][0].where[0].values = {60000};
    QVERIFY(!(changed == *load.campaign));
}

void TestCampaignFormat::unknownFieldsSurvive()
{
    QByteArray text = baseCampaign;
    text.replace("\"event_key\": \"e\"", "\"event_key\": \"e\", \"color\": \"#ff0000\"");
    text.replace("\"title\": \"T\",", "\"title\": \"T\", \"owner\": {\"team\": \"crm\"},");
    const CampaignLoad load = CampaignFormat::parse(text);
    QVERIFY(load.ok());
    const auto warning = std::find_if(load.diagnostics.cbegin(),
                                      load.diagnostics.cend(),
                                      [](const Diagnostic &d) {
                                          return !d.isError() && d.path == u"$.nodes[0].color";
                                      });
    QVERIFY(warning != load.diagnostics.cend());
    const QByteArray saved = CampaignFormat::serialize(*load.campaign);
    QVERIFY(saved.contains("\"color\": \"#ff0000\""));
    QVERIFY(saved.contains("\"owner\": { \"team\": \"crm\" }"));
    QCOMPARE(*CampaignFormat::parse(saved).campaign, *load.campaign);
}

void TestCampaignFormat::diagnosticFormat()
{
    const Diagnostic d{Diagnostic::Severity::Error, u"$.title"_s, {}, u"bad"_s, {3, 14}};
    QCOMPARE(d.format(u"a.hookflow.json"_s), u"a.hookflow.json:3:14: error: bad ($.title)"_s);
    const Diagnostic w{Diagnostic::Severity::Warning, {}, {}, u"hm"_s, {}};
    QCOMPARE(w.format(u"f"_s), u"f: warning: hm"_s);
}

QTEST_GUILESS_MAIN(TestCampaignFormat)
#include "tst_campaignformat.moc"
