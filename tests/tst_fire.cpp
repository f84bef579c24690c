// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catcher/catcher.h"
#include "engine/runengine.h"
#include "model/campaignformat.h"
#include "store/resultsdatabase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

using namespace Qt::StringLiterals;
using namespace Hookflow;

/// The vertical slice end to end: example (a) fired at a real loopback HTTP server, every
/// request checked as the server received it, every attempt checked in the database.
class TestFire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void priceDropReachesExactlyTheTargetedUsers();
    void dryRunRendersWithoutSending();
    void serverErrorsAreRecordedAsFailures();
    void unreachableServerIsAConnectionFailure();
    void slowServerTimesOut();
    void headerWithLineBreakFailsOnlyThatUser();
    void renderedUrlThatIsNotHttpIsNeverCalled();
    void flowWithDelayIsRefused();

private:
    RunRequest exampleRequest(const QString &name) const;
    static QList<SampleUser> demoUsers();

    QTemporaryDir m_dir;
    Catcher m_catcher;
};

QList<SampleUser> TestFire::demoUsers()
{
    QList<SampleUser> users;
    const QJsonArray array = QJsonDocument::fromJson(
                                 Test::readFile(Test::sourcePath(u"resources/demo/users.json"_s)))
                                 .array();
    for (const QJsonValue &value : array)
        users.append(SampleUser::fromJson(value.toObject()).value());
    return users;
}

RunRequest TestFire::exampleRequest(const QString &name) const
{
    RunRequest request;
    const CampaignLoad load = CampaignFormat::load(
        Test::sourcePath(u"resources/examples/%1.hookflow.json"_s.arg(name)));
    Q_ASSERT(load.ok());
    request.campaign = *load.campaign;
    const QJsonObject event = QJsonDocument::fromJson(
                                  Test::readFile(Test::sourcePath(
                                      u"resources/examples/%1.event.json"_s.arg(name))))
                                  .object();
    request.event = Event::fromJson(event).value();
    request.users = demoUsers();
    request.target = m_catcher.url();
    request.databasePath = m_dir.filePath(u"hookflow.db"_s);
    request.timeoutMs = 10000;
    // These cases are about one attempt and how it is recorded: no retries, no breaker (the
    // delivery suite covers both).
    request.maxAttempts = 1;
    request.campaign.delivery.insert(u"circuit_breaker"_s, QJsonObject{{u"failures"_s, 0}});
    return request;
}

void TestFire::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_catcher.listen(QHostAddress::LocalHost).ok());
    qputenv("HOOKFLOW_SECRET_ALIMTALK_TOKEN", "test-alimtalk-token");
}

void TestFire::init()
{
    m_catcher.clear();
    m_catcher.setResponseStatus(200);
    m_catcher.setResponseDelay(0);
}

void TestFire::priceDropReachesExactlyTheTargetedUsers()
{
    const RunRequest request = exampleRequest(u"price-drop-alert"_s);
    QVERIFY(request.users.size() >= 200);

    // The oracle, written from the campaign's rules rather than through the engine:
    // marketing_opt_in is true and app_version >= 2.4.0 (percent 5 passes the trigger filter).
    QHash<QString, SampleUser> expected;
    for (const SampleUser &user : request.users) {
        const QVersionNumber version = QVersionNumber::fromString(
            user.properties.value(u"app_version"_s).toString());
        if (user.properties.value(u"marketing_opt_in"_s).toBool()
            && version >= QVersionNumber(2, 4, 0))
            expected.insert(user.userId, user);
    }
    QVERIFY(expected.contains(u"u-quotes"_s));
    QVERIFY(!expected.contains(u"u-old-app"_s));
    QVERIFY(!expected.contains(u"u-opted-out"_s));
    QVERIFY(expected.size() < request.users.size());

    const RunSummary summary = RunController::runBlocking(request);
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.counts.targeted, int(request.users.size()));
    QCOMPARE(summary.counts.matched, int(expected.size()));
    QCOMPARE(summary.counts.sent, int(expected.size()));
    QCOMPARE(summary.counts.delivered, int(expected.size()));
    QCOMPARE(summary.counts.failed, 0);

    // What the server saw: exactly one request per targeted user, each a valid JSON body with
    // that user's own values.
    const QList<CapturedRequest> received = m_catcher.requests();
    QCOMPARE(received.size(), expected.size());
    QSet<QString> seen;
    for (const CapturedRequest &captured : received) {
        QCOMPARE(captured.method, u"POST"_s);
        QCOMPARE(captured.target, u"/v1/alimtalk?campaign=price-drop-alert"_s);
        QCOMPARE(captured.header("Authorization"), QByteArray("Bearer test-alimtalk-token"));
        QCOMPARE(captured.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(captured.header("webhook-id").startsWith("msg_"));
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(captured.body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, captured.body.constData());
        const QString userId = body.value(u"user_id"_s).toString();
        QVERIFY2(expected.contains(userId), qPrintable(userId));
        QVERIFY2(!seen.contains(userId), qPrintable(userId));
        seen.insert(userId);
        const SampleUser &user = expected[userId];
        QCOMPARE(body.value(u"name"_s).toString(), user.properties.value(u"name"_s).toString());
        QCOMPARE(body.value(u"to"_s).toString(), user.properties.value(u"phone"_s).toString());
        QCOMPARE(body.value(u"percent"_s), QJsonValue(5));
        QCOMPARE(body.value(u"message"_s).toString(),
                 u"The price of [Apple MacBook Pro] you saved has dropped by 5%!"_s);
    }
    QCOMPARE(seen.size(), expected.size());
    const CapturedRequest quotes = *std::find_if(received.cbegin(),
                                                 received.cend(),
                                                 [](const CapturedRequest &r) {
                                                     return r.body.contains("\"u-quotes\"");
                                                 });
    QCOMPARE(QJsonDocument::fromJson(quotes.body).object().value(u"name"_s).toString(),
             u"Jane \"JJ\" O\\Brien\n\U0001F600 Smile"_s);

    // What the database holds: one attempt per request, with its status, secrets redacted.
    auto db = ResultsDatabase::open(request.databasePath);
    QVERIFY(db.ok());
    const QList<AttemptRecord> attempts = (*db)->attempts(summary.runId).value();
    QCOMPARE(attempts.size(), received.size());
    QSet<QString> recordedUsers;
    for (const AttemptRecord &attempt : attempts) {
        QCOMPARE(attempt.status, 200);
        QVERIFY(attempt.latencyMs >= 0);
        QVERIFY(attempt.errorClass.isEmpty());
        QCOMPARE(attempt.method, u"POST"_s);
        QVERIFY(attempt.url.startsWith(m_catcher.url().toString(QUrl::StripTrailingSlash)));
        QVERIFY(!attempt.requestBody.isEmpty());
        const auto auth = std::find_if(attempt.requestHeaders.cbegin(),
                                       attempt.requestHeaders.cend(),
                                       [](const auto &h) { return h.first == u"Authorization"; });
        QVERIFY(auth != attempt.requestHeaders.cend());
        QCOMPARE(auth->second, u"[redacted]"_s);
        recordedUsers.insert(attempt.userId);
    }
    QCOMPARE(recordedUsers, seen);
    const RunCounts stored = (*db)->counts(summary.runId).value();
    QCOMPARE(stored.delivered, summary.counts.delivered);
    QCOMPARE((*db)->run(summary.runId)->state, u"finished"_s);
}

void TestFire::dryRunRendersWithoutSending()
{
    RunRequest request = exampleRequest(u"price-drop-alert"_s);
    request.mode = RunMode::Dry;
    const RunSummary summary = RunController::runBlocking(request);
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QVERIFY(summary.counts.matched > 0);
    QCOMPARE(summary.counts.skipped, summary.counts.matched);
    QCOMPARE(summary.counts.sent, 0);
    QCOMPARE(m_catcher.requestCount(), 0);
}

void TestFire::serverErrorsAreRecordedAsFailures()
{
    m_catcher.setResponseStatus(503);
    const RunRequest request = exampleRequest(u"price-drop-alert"_s);
    QList<DeliveryUpdate> updates;
    const RunSummary summary = RunController::runBlocking(request, [&](const DeliveryUpdate &u) {
        updates.append(u);
    });
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QVERIFY(summary.counts.matched > 0);
    QCOMPARE(summary.counts.failed, summary.counts.matched);
    QCOMPARE(summary.counts.delivered, 0);
    QCOMPARE(summary.counts.sent, summary.counts.matched);
    QCOMPARE(updates.size(), summary.counts.matched);
    QCOMPARE(updates.first().status, 503);
    QVERIFY(updates.first().error.contains(u"503"_s));
    auto db = ResultsDatabase::open(request.databasePath);
    for (const AttemptRecord &attempt : (*db)->attempts(summary.runId).value()) {
        QCOMPARE(attempt.status, 503);
        QCOMPARE(attempt.errorClass, u"http"_s);
    }
}

void TestFire::unreachableServerIsAConnectionFailure()
{
    Catcher closed;
    QVERIFY(closed.listen().ok());
    const QUrl url = closed.url();
    closed.close();
    RunRequest request = exampleRequest(u"price-drop-alert"_s);
    request.target = url;
    const RunSummary summary = RunController::runBlocking(request);
    QCOMPARE(summary.counts.failed, summary.counts.matched);
    auto db = ResultsDatabase::open(request.databasePath);
    const QList<AttemptRecord> attempts = (*db)->attempts(summary.runId).value();
    QCOMPARE(attempts.size(), summary.counts.matched);
    QCOMPARE(attempts.first().errorClass, u"connection"_s);
    QCOMPARE(attempts.first().status, 0);
}

void TestFire::slowServerTimesOut()
{
    m_catcher.setResponseDelay(3000);
    RunRequest request = exampleRequest(u"price-drop-alert"_s);
    request.users = request.users.mid(0, 5);
    request.timeoutMs = 200;
    const RunSummary summary = RunController::runBlocking(request);
    QVERIFY(summary.counts.matched > 0);
    QCOMPARE(summary.counts.failed, summary.counts.matched);
    auto db = ResultsDatabase::open(request.databasePath);
    for (const AttemptRecord &attempt : (*db)->attempts(summary.runId).value())
        QCOMPARE(attempt.errorClass, u"timeout"_s);
}

void TestFire::headerWithLineBreakFailsOnlyThatUser()
{
    RunRequest request = exampleRequest(u"price-drop-alert"_s);
    for (Node &node : request.campaign.nodes) {
        if (node.kind == NodeKind::Webhook)
            node.request.headers.append({u"X-Customer-Name"_s, u"{{user_properties.name}}"_s});
    }
    const RunSummary summary = RunController::runBlocking(request);
    QCOMPARE(summary.counts.failed, 1); // u-quotes: its name has a line break
    QCOMPARE(summary.counts.delivered, summary.counts.matched - 1);
    QCOMPARE(m_catcher.requestCount(), summary.counts.matched - 1);
    for (const CapturedRequest &captured : m_catcher.requests())
        QVERIFY(!captured.body.contains("u-quotes"));
    auto db = ResultsDatabase::open(request.databasePath);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(
        u"SELECT user_id, error FROM deliveries WHERE run_id = %1 AND state = 'failed'"_s.arg(
            summary.runId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"u-quotes"_s);
    QVERIFY2(query.value(1).toString().contains(u"line break"_s),
             qPrintable(query.value(1).toString()));
}

void TestFire::renderedUrlThatIsNotHttpIsNeverCalled()
{
    QTemporaryDir files;
    const QString victim = files.filePath(u"victim.txt"_s);
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("untouched");
    }
    RunRequest request = exampleRequest(u"price-drop-alert"_s);
    request.target = QUrl();
    request.users = request.users.mid(0, 3);
    for (SampleUser &user : request.users) {
        user.properties.insert(u"marketing_opt_in"_s, true);
        user.properties.insert(u"app_version"_s, u"2.5.0"_s);
        user.properties.insert(u"endpoint"_s, QUrl::fromLocalFile(victim).toString());
    }
    auto withUrl = [&](const QString &url) {
        RunRequest changed = request;
        for (Node &node : changed.campaign.nodes) {
            if (node.kind == NodeKind::Webhook)
                node.request.url = url;
        }
        return changed;
    };
    // A URL that a value chooses is refused before the run starts when the template shows it…
    const RunSummary refused = RunController::runBlocking(
        withUrl(u"{{user_properties.endpoint}}"_s));
    QVERIFY2(refused.error.contains(u"scheme or host"_s), qPrintable(refused.error));
    QCOMPARE(refused.runId, 0);
    // …and per user, before any request, when only rendering can tell.
    request = withUrl(u"{% if true %}{{user_properties.endpoint}}{% endif %}"_s);
    const RunSummary summary = RunController::runBlocking(request);
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.counts.failed, 3);
    QCOMPARE(summary.counts.sent, 0);
    QCOMPARE(Test::readFile(victim), QByteArray("untouched"));
    auto db = ResultsDatabase::open(request.databasePath);
    QVERIFY((*db)->attempts(summary.runId)->isEmpty());
}

void TestFire::flowWithDelayIsRefused()
{
    const RunRequest request = exampleRequest(u"re-engagement"_s);
    const RunSummary summary = RunController::runBlocking(request);
    QVERIFY(summary.error.contains(u"wait-sms"_s));
    QCOMPARE(summary.runId, 0);
    QCOMPARE(m_catcher.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestFire)
#include "tst_fire.moc"
