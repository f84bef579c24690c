// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catcher/catcher.h"
#include "store/resultsdatabase.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hookflow;

/// hookflow-cli as scripts use it (DESIGN §7): the real binary, its exit codes, its output.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateExamples();
    void validateReportsPlaceAndExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void fireThenReportAgree();
    void fireStreamsJsonLinesAndReportsSkippedRows();
    void fireRefusesUnsupportedNodes();
    void renderPrintsTheExactRequest();
    void matchExplains();
    void templateModes_data();
    void templateModes();
    void reportOfUnknownCampaign();
    void killedMidRunKeepsEveryRecord();

private:
    Test::CliResult cli(const QStringList &args) { return Test::runCli(args, m_env); }
    static QString example(const QString &file)
    {
        return Test::sourcePath(u"resources/examples/"_s + file);
    }
    static QString demoUsers() { return Test::sourcePath(u"resources/demo/users.json"_s); }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    Catcher m_catcher;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env.insert(u"HOOKFLOW_WORKSPACE"_s, m_dir.filePath(u"workspace"_s));
    m_env.insert(u"HOOKFLOW_SECRET_ALIMTALK_TOKEN"_s, u"cli-secret-token"_s);
    m_env.insert(u"HOOKFLOW_LANG"_s, u"en"_s);
    QVERIFY(m_catcher.listen().ok());
}

void TestCli::validateExamples()
{
    const QStringList files{example(u"price-drop-alert.hookflow.json"_s),
                            example(u"review-points.hookflow.json"_s),
                            example(u"re-engagement.hookflow.json"_s)};
    const Test::CliResult result = cli(QStringList{u"--json"_s, u"validate"_s} + files);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray reported = QJsonDocument::fromJson(result.out)
                                    .object()
                                    .value(u"files"_s)
                                    .toArray();
    QCOMPARE(reported.size(), 3);
    for (const QJsonValue &file : reported) {
        QVERIFY(file[u"ok"_s].toBool());
        QVERIFY(file[u"errors"_s].toArray().isEmpty());
    }
    // The delay nodes are named plainly, not silently accepted.
    const QJsonArray warnings = reported.at(2)[u"warnings"_s].toArray();
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0)[u"message"_s].toString().contains(u"cannot run it yet"_s));
    QVERIFY(warnings.at(0)[u"line"_s].toInt() > 0);
}

void TestCli::validateReportsPlaceAndExitsOne()
{
    const QString path = m_dir.filePath(u"broken.hookflow.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": 1,\n  \"key\": \"broken\",\n  \"title\": \"B\",\n  \"nodes\": [\n"
               "    { \"id\": \"t\", \"kind\": \"trigger\", \"event_key\": \"e\" },\n"
               "    { \"id\": \"x\", \"kind\": \"teleport\" }\n  ],\n  \"edges\": [ { \"from\": "
               "\"t\", \"to\": \"y\" } ]\n}\n");
    file.close();
    const Test::CliResult text = cli({u"validate"_s, path});
    QCOMPARE(text.exitCode, 1);
    const QString err = QString::fromUtf8(text.err);
    QVERIFY2(err.contains(path + u":7:26: error: unknown node kind \"teleport\""_s),
             qPrintable(err));

    const Test::CliResult json = cli({u"validate"_s, u"--json"_s, path});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject reported = QJsonDocument::fromJson(json.out)
                                     .object()[u"files"_s]
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(reported[u"ok"_s].toBool(), false);
    const QJsonObject error = reported[u"errors"_s].toArray().at(0).toObject();
    QCOMPARE(error[u"line"_s].toInt(), 7);
    QCOMPARE(error[u"column"_s].toInt(), 26);
    QCOMPARE(error[u"path"_s].toString(), u"$.nodes[1].kind"_s);
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"launch"_s};
    QTest::newRow("validate without files") << QStringList{u"validate"_s};
    QTest::newRow("fire without event")
        << QStringList{u"fire"_s, example(u"price-drop-alert.hookflow.json"_s)};
    QTest::newRow("fire at a file: target")
        << QStringList{u"fire"_s,
                       example(u"price-drop-alert.hookflow.json"_s),
                       u"--event"_s,
                       u"{}"_s,
                       u"--target"_s,
                       u"file:///etc/passwd"_s};
    QTest::newRow("unknown option") << QStringList{u"report"_s, u"k"_s, u"--colour"_s};
    QTest::newRow("bad report format") << QStringList{u"report"_s, u"k"_s, u"--format"_s, u"pdf"_s};
    QTest::newRow("option without value") << QStringList{u"report"_s, u"k"_s, u"--db"_s};
    QTest::newRow("bad template mode")
        << QStringList{u"template"_s, u"--text"_s, u"x"_s, u"--mode"_s, u"xml"_s};
    QTest::newRow("bad --now") << QStringList{u"match"_s,
                                              example(u"price-drop-alert.hookflow.json"_s),
                                              u"--now"_s,
                                              u"yesterday"_s};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const Test::CliResult result = cli(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCli::fireThenReportAgree()
{
    m_catcher.clear();
    const QString db = m_dir.filePath(u"fire.db"_s);
    const QStringList fireArgs{u"fire"_s,
                               example(u"price-drop-alert.hookflow.json"_s),
                               u"--users"_s,
                               demoUsers(),
                               u"--event"_s,
                               example(u"price-drop-alert.event.json"_s),
                               u"--target"_s,
                               m_catcher.url().toString(),
                               u"--db"_s,
                               db};
    const Test::CliResult fired = cli(QStringList{u"--json"_s} + fireArgs);
    QVERIFY2(fired.exitCode == 0, fired.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(fired.out).object();
    const int delivered = summary[u"delivered"_s].toInt();
    QVERIFY(delivered > 100);
    QCOMPARE(summary[u"targeted"_s].toInt(), 205);
    QCOMPARE(summary[u"matched"_s].toInt(), delivered);
    QCOMPARE(summary[u"sent"_s].toInt(), delivered);
    QCOMPARE(summary[u"failed"_s].toInt(), 0);
    QCOMPARE(m_catcher.requestCount(), delivered);
    QCOMPARE(m_catcher.requests().first().header("Authorization"),
             QByteArray("Bearer cli-secret-token"));

    const Test::CliResult report = cli(
        {u"report"_s, u"price-drop-alert"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject numbers = QJsonDocument::fromJson(report.out).object();
    for (const QString &key : {u"run_id"_s,
                               u"targeted"_s,
                               u"matched"_s,
                               u"sent"_s,
                               u"delivered"_s,
                               u"failed"_s,
                               u"skipped"_s})
        QCOMPARE(numbers[key].toInteger(), summary[key].toInteger());
    QCOMPARE(numbers[u"nodes"_s].toArray().at(0)[u"node"_s].toString(), u"alimtalk"_s);
    QCOMPARE(numbers[u"nodes"_s].toArray().at(0)[u"delivered"_s].toInt(), delivered);

    // The text forms print the same numbers on the same line.
    const Test::CliResult textFire = cli(fireArgs + QStringList{u"--quiet"_s});
    QCOMPARE(textFire.exitCode, 0);
    static const QRegularExpression line(
        u"targeted \\d+, matched \\d+, sent \\d+, delivered \\d+, failed \\d+, skipped \\d+"_s);
    const QString firedLine = line.match(QString::fromUtf8(textFire.out)).captured();
    QVERIFY(!firedLine.isEmpty());
    const Test::CliResult textReport = cli({u"report"_s, u"price-drop-alert"_s, u"--db"_s, db});
    QCOMPARE(line.match(QString::fromUtf8(textReport.out)).captured(), firedLine);

    const Test::CliResult csv = cli(
        {u"report"_s, u"price-drop-alert"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
    QVERIFY(csv.out.startsWith(
        "campaign,run_id,node,targeted,matched,sent,delivered,failed,skipped\n"));
    const Test::CliResult html = cli(
        {u"report"_s, u"price-drop-alert"_s, u"--db"_s, db, u"--format"_s, u"html"_s});
    QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
}

void TestCli::fireStreamsJsonLinesAndReportsSkippedRows()
{
    // The demo users as JSON Lines, with a broken line 3 and a repeated user at the end.
    QFile demo(demoUsers());
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QJsonArray users = QJsonDocument::fromJson(demo.readAll()).array();
    QByteArray lines;
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (i == 2)
            lines += "{\"user_id\": \"broken\n";
        lines += QJsonDocument(users.at(i).toObject()).toJson(QJsonDocument::Compact) + '\n';
    }
    lines += QJsonDocument(users.at(0).toObject()).toJson(QJsonDocument::Compact) + '\n';
    const QString path = m_dir.filePath(u"demo.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines);
    file.close();

    m_catcher.clear();
    const Test::CliResult fired = cli({u"--json"_s,
                                       u"fire"_s,
                                       example(u"price-drop-alert.hookflow.json"_s),
                                       u"--users"_s,
                                       path,
                                       u"--event"_s,
                                       example(u"price-drop-alert.event.json"_s),
                                       u"--target"_s,
                                       m_catcher.url().toString(),
                                       u"--db"_s,
                                       m_dir.filePath(u"stream.db"_s)});
    QVERIFY2(fired.exitCode == 0, fired.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(fired.out).object();
    QCOMPARE(summary[u"targeted"_s].toInt(), 205);
    QCOMPARE(m_catcher.requestCount(), summary[u"delivered"_s].toInt());
    const QString err = QString::fromUtf8(fired.err);
    QVERIFY2(err.contains(path + u":3: error: invalid JSON"_s), fired.err.constData());
    QVERIFY2(err.contains(u"%1:%2: error: user_id"_s.arg(path).arg(users.size() + 2)),
             fired.err.constData());
    QVERIFY2(err.contains(u"2 rows of the users file were skipped"_s), fired.err.constData());
}

void TestCli::fireRefusesUnsupportedNodes()
{
    m_catcher.clear();
    const Test::CliResult result = cli({u"fire"_s,
                                        example(u"re-engagement.hookflow.json"_s),
                                        u"--users"_s,
                                        demoUsers(),
                                        u"--event"_s,
                                        example(u"re-engagement.event.json"_s),
                                        u"--target"_s,
                                        m_catcher.url().toString(),
                                        u"--db"_s,
                                        m_dir.filePath(u"refused.db"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Delay node \"wait-sms\" cannot be run"), result.err.constData());
    QCOMPARE(m_catcher.requestCount(), 0);
}

void TestCli::renderPrintsTheExactRequest()
{
    const QString user
        = u"{\"user_id\": \"u-q\", \"properties\": {\"name\": \"A \\\"B\\\" \\\\ C\\n😀\", "
          "\"phone\": \"+821000000000\"}}"_s;
    const QStringList args{u"render"_s,
                           example(u"price-drop-alert.hookflow.json"_s),
                           u"--user"_s,
                           user,
                           u"--event"_s,
                           example(u"price-drop-alert.event.json"_s)};
    const Test::CliResult result = cli(QStringList{u"--json"_s} + args);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray requests = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests.at(0).toObject();
    QCOMPARE(request[u"node"_s].toString(), u"alimtalk"_s);
    QCOMPARE(request[u"method"_s].toString(), u"POST"_s);
    QCOMPARE(request[u"url"_s].toString(),
             u"https://api.example.com/v1/alimtalk?campaign=price-drop-alert"_s);
    QCOMPARE(request[u"headers"_s].toArray().at(0),
             QJsonValue(QJsonArray{u"Authorization"_s, u"[redacted]"_s}));
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request[u"body"_s].toString().toUtf8(), &error)
                                 .object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body[u"name"_s].toString(), u"A \"B\" \\ C\n😀"_s);
    QCOMPARE(body[u"price"_s].toInt(), 2270500);
    // Not targeted (no opt-in), and it says so, but the request is still shown.
    QVERIFY(result.err.contains("not targeted"));

    const Test::CliResult secret = cli(args + QStringList{u"--show-secrets"_s});
    QVERIFY(secret.out.contains("Authorization: Bearer cli-secret-token"));
}

void TestCli::matchExplains()
{
    const Test::CliResult result = cli({u"--json"_s,
                                        u"match"_s,
                                        example(u"re-engagement.hookflow.json"_s),
                                        u"--users"_s,
                                        demoUsers(),
                                        u"--event"_s,
                                        example(u"re-engagement.event.json"_s),
                                        u"--now"_s,
                                        u"2026-11-27T09:00:00Z"_s,
                                        u"--explain"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json[u"total"_s].toInt(), 205);
    const QJsonArray matched = json[u"matched"_s].toArray();
    QVERIFY(matched.contains(u"u-inactive"_s));
    QVERIFY(!matched.contains(u"u-kim"_s));
    QVERIFY(!matched.contains(u"u-opted-out"_s));
    const QJsonObject kim = json[u"explain"_s].toObject()[u"u-kim"_s].toObject();
    QCOMPARE(kim[u"matched"_s].toBool(), false);
    QVERIFY2(kim[u"reason"_s].toString().contains(u"login"_s),
             qPrintable(kim[u"reason"_s].toString()));

    const Test::CliResult text = cli({u"match"_s,
                                      example(u"price-drop-alert.hookflow.json"_s),
                                      u"--users"_s,
                                      demoUsers(),
                                      u"--event"_s,
                                      example(u"price-drop-alert.event.json"_s),
                                      u"--explain"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("u-old-app: user property app_version is 2.3.9"),
             text.out.left(2000).constData());
}

void TestCli::templateModes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    const QString name = u"{\"user_properties\": {\"name\": \"a\\\"b\\nc\", \"n\": 3}}"_s;
    QTest::newRow("text") << u"Hi {{ user_properties.name }}"_s << u"text"_s << 0
                          << QByteArray("Hi a\"b\nc");
    QTest::newRow("json string") << u"{\"x\": \"{{user_properties.name}}\"}"_s << u"json"_s << 0
                                 << QByteArray("{\"x\": \"a\\\"b\\nc\"}");
    QTest::newRow("json value") << u"{\"n\": {{user_properties.n}}, \"m\": {{user_properties.missing}}}"_s
                                << u"json"_s << 0 << QByteArray("{\"n\": 3, \"m\": null}");
    QTest::newRow("url") << u"/p/{{user_properties.name}}"_s << u"url"_s << 0
                         << QByteArray("/p/a%22b%0Ac");
    QTest::newRow("header refuses a line break")
        << u"{{user_properties.name}}"_s << u"header"_s << 1 << QByteArray();
    QTest::newRow("does not parse")
        << u"{{ user_properties.name "_s << u"text"_s << 1 << QByteArray();
    QTest::newRow("invalid JSON result")
        << u"{\"x\": {{user_properties.name}}"_s << u"json"_s << 1 << QByteArray("not valid JSON");
    QTest::newRow("tags and filters")
        << u"{% for t in (1..3) %}{{ t | times: user_properties.n }}{% unless forloop.last %},{% endunless %}{% endfor %}"_s
        << u"text"_s << 0 << QByteArray("3,6,9");
    // Where the template is wrong: the message, the line and a caret under the markup.
    QTest::newRow("unknown filter is underlined")
        << u"{\n  \"a\": {{ user_properties.n | tims: 2 }}\n}"_s << u"json"_s << 1
        << QByteArray("line 2, column 31: unknown filter \"tims\"\n"
                      "    \"a\": {{ user_properties.n | tims: 2 }}\n"
                      "                                ^^^^\n");
    QTest::newRow("a value in the host") << u"https://{{user_properties.n}}.example.com/"_s
                                         << u"url"_s << 1 << QByteArray("scheme or host");
}

void TestCli::templateModes()
{
    QFETCH(QString, text);
    QFETCH(QString, mode);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    const QString context = u"{\"user_properties\": {\"name\": \"a\\\"b\\nc\", \"n\": 3}}"_s;
    const Test::CliResult result = cli(
        {u"template"_s, u"--text"_s, text, u"--context"_s, context, u"--mode"_s, mode});
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 0)
        QCOMPARE(result.out, output);
    else
        QVERIFY2(result.err.contains("error: ") && result.err.contains(output),
                 result.err.constData());
}

void TestCli::reportOfUnknownCampaign()
{
    const QString db = m_dir.filePath(u"fire.db"_s);
    const Test::CliResult result = cli({u"report"_s, u"no-such-campaign"_s, u"--db"_s, db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("no runs"));
}

void TestCli::killedMidRunKeepsEveryRecord()
{
    // A slow server keeps requests in flight; the CLI is killed while they are.
    m_catcher.clear();
    m_catcher.setResponseDelay(300);
    const QString db = m_dir.filePath(u"killed.db"_s);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(m_env);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HOOKFLOW_CLI),
                  {u"fire"_s,
                   example(u"price-drop-alert.hookflow.json"_s),
                   u"--users"_s,
                   demoUsers(),
                   u"--event"_s,
                   example(u"price-drop-alert.event.json"_s),
                   u"--target"_s,
                   m_catcher.url().toString(),
                   u"--db"_s,
                   db,
                   u"--concurrency"_s,
                   u"4"_s,
                   u"--quiet"_s});
    QTRY_VERIFY_WITH_TIMEOUT(m_catcher.requestCount() >= 8, 20000);
    process.kill();
    QVERIFY(process.waitForFinished());
    m_catcher.setResponseDelay(0);
    const int received = m_catcher.requestCount();

    auto opened = ResultsDatabase::open(db);
    QVERIFY(opened.ok());
    ResultsDatabase &results = **opened;
    QSqlQuery query(results.connection());
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    // Every request the server saw had its intent row committed before it left.
    const qint64 runId = results.latestRunId(u"price-drop-alert"_s);
    QVERIFY(runId > 0);
    const QList<AttemptRecord> attempts = results.attempts(runId).value();
    QVERIFY2(attempts.size() >= received,
             qPrintable(u"%1 attempts, %2 received"_s.arg(attempts.size()).arg(received)));
    QSet<QString> recorded;
    for (const AttemptRecord &attempt : attempts)
        recorded.insert(attempt.webhookId);
    for (const CapturedRequest &request : m_catcher.requests())
        QVERIFY(recorded.contains(QString::fromUtf8(request.header("webhook-id"))));
    QCOMPARE(results.run(runId)->state, u"running"_s);

    // The report still reads, and says the run never finished.
    const Test::CliResult report = cli(
        {u"report"_s, u"price-drop-alert"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(report.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(report.out).object()[u"state"_s].toString(), u"running"_s);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
