// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/clock.h"
#include "delivery/httpattempt.h"
#include "delivery/signing.h"
#include "engine/runengine.h"
#include "model/campaignformat.h"
#include "scriptserver.h"
#include "store/resultsdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Hookflow;
using Hookflow::Test::ReceivedRequest;
using Hookflow::Test::Reply;
using Hookflow::Test::ScriptServer;

namespace {

const QDateTime ClockStart(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
constexpr qint64 Minute = 60'000;

/// A webhook node and the campaign-wide delivery settings around it.
struct Hook
{
    QString url;
    QString method = u"POST"_s;
    QString body = uR"({"user_id": "{{user_id}}"})"_s;
    QList<std::pair<QString, QString>> headers;
    QStringList redactHeaders;
    QJsonObject policy;
    QJsonObject signing;
    QJsonObject delivery;
};

/// A trigger on "ping" straight into one webhook node, as a campaign file.
QJsonObject campaignJson(const Hook &hook)
{
    QJsonArray headers;
    for (const auto &[name, value] : hook.headers)
        headers.append(QJsonArray{name, value});
    QJsonObject request{{u"method"_s, hook.method},
                        {u"url"_s, hook.url},
                        {u"headers"_s, headers},
                        {u"body"_s, hook.body}};
    if (!hook.redactHeaders.isEmpty())
        request.insert(u"redact_headers"_s, QJsonArray::fromStringList(hook.redactHeaders));
    QJsonObject webhook{{u"id"_s, u"hook"_s},
                        {u"kind"_s, u"webhook"_s},
                        {u"position"_s, QJsonArray{280, 0}},
                        {u"request"_s, request}};
    if (!hook.policy.isEmpty())
        webhook.insert(u"policy"_s, hook.policy);
    if (!hook.signing.isEmpty())
        webhook.insert(u"signing"_s, hook.signing);
    const QJsonObject trigger{{u"id"_s, u"start"_s},
                              {u"kind"_s, u"trigger"_s},
                              {u"position"_s, QJsonArray{0, 0}},
                              {u"event_key"_s, u"ping"_s}};
    QJsonObject file{{u"format"_s, 1},
                     {u"key"_s, u"delivery-suite"_s},
                     {u"title"_s, u"Delivery suite"_s},
                     {u"status"_s, u"ready"_s},
                     {u"nodes"_s, QJsonArray{trigger, webhook}},
                     {u"edges"_s,
                      QJsonArray{QJsonObject{{u"from"_s, u"start"_s}, {u"to"_s, u"hook"_s}}}}};
    if (!hook.delivery.isEmpty())
        file.insert(u"delivery"_s, hook.delivery);
    return file;
}

/// campaignJson() read through the campaign file format, which must accept it.
Campaign campaignFor(const Hook &hook)
{
    const CampaignLoad load = CampaignFormat::parse(QJsonDocument(campaignJson(hook)).toJson());
    if (!load.ok()) {
        for (const Diagnostic &problem : load.diagnostics)
            qWarning("%s: %s", qPrintable(problem.path), qPrintable(problem.message));
        qFatal("the suite's campaign does not load");
    }
    return *load.campaign;
}

QJsonObject breakerOff(QJsonObject delivery = {})
{
    delivery.insert(u"circuit_breaker"_s, QJsonObject{{u"failures"_s, 0}});
    return delivery;
}

QList<SampleUser> usersWith(int count, const QJsonObject &properties = {})
{
    QList<SampleUser> users;
    for (int i = 0; i < count; ++i)
        users.append(SampleUser{u"u%1"_s.arg(i, 3, 10, QChar(u'0')), properties, {}});
    return users;
}

/// An RFC 9110 IMF-fixdate.
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

/// The body bytes exactly as they came over the wire.
QByteArray rawBody(const ReceivedRequest &request)
{
    const qsizetype end = request.raw.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : request.raw.mid(end + 4);
}

std::unique_ptr<ResultsDatabase> openDatabase(const QString &path)
{
    Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(path);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message));
    return std::move(db).value();
}

QVariant scalar(const ResultsDatabase &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

QStringList column(const ResultsDatabase &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

/// Resident memory of this process, in bytes (0 where it cannot be told).
qint64 residentBytes()
{
#ifdef Q_OS_LINUX
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
#else
    return 0;
#endif
}

/// Moves a manual clock forward from the main thread while a run spins its event loop there,
/// so that backoff, Retry-After and cooldowns pass at once.
class ClockDriver
{
public:
    ClockDriver(std::shared_ptr<ManualClock> clock, qint64 stepMs)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [clock, stepMs] {
            clock->advance(stepMs);
        });
        m_timer.start(5);
    }

private:
    QTimer m_timer;
};

/// What a run reported.
struct Fired
{
    RunSummary summary;
    QList<DeliveryUpdate> updates;

    QList<DeliveryUpdate> updatesOf(const QString &webhookId) const
    {
        QList<DeliveryUpdate> result;
        for (const DeliveryUpdate &update : updates) {
            if (update.webhookId == webhookId)
                result.append(update);
        }
        return result;
    }
};

Fired fire(const RunRequest &request, const std::function<void(const DeliveryUpdate &)> &also = {})
{
    Fired fired;
    fired.summary = RunController::runBlocking(request, [&](const DeliveryUpdate &update) {
        fired.updates.append(update);
        if (also)
            also(update);
    });
    return fired;
}

/// A run started with RunController::start, for tests that act while it runs.
class AsyncRun
{
public:
    explicit AsyncRun(const RunRequest &request)
    {
        QObject::connect(&m_controller,
                         &RunController::runStarted,
                         &m_controller,
                         [this](qint64 runId, int planned) {
                             m_runId = runId;
                             m_planned = planned;
                         });
        QObject::connect(&m_controller,
                         &RunController::deliveryFinished,
                         &m_controller,
                         [this](const DeliveryUpdate &update) { m_updates.append(update); });
        QObject::connect(&m_controller,
                         &RunController::finished,
                         &m_controller,
                         [this](const RunSummary &summary) { m_summary = summary; });
        m_controller.start(request);
    }

    bool waitForFinished(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return m_summary.has_value(); }, timeoutMs);
    }
    void cancel() { m_controller.cancel(); }
    bool isFinished() const { return m_summary.has_value(); }
    const RunSummary &summary() const { return *m_summary; }
    qint64 runId() const { return m_runId; }
    int planned() const { return m_planned; }
    const QList<DeliveryUpdate> &updates() const { return m_updates; }

private:
    RunController m_controller;
    std::optional<RunSummary> m_summary;
    QList<DeliveryUpdate> m_updates;
    qint64 m_runId = 0;
    int m_planned = 0;
};

QString headerValue(const QList<std::pair<QString, QString>> &headers, const QString &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray newSecret()
{
    QByteArray key(24, Qt::Uninitialized);
    for (char &byte : key)
        byte = char(QRandomGenerator::global()->bounded(256));
    return "whsec_" + key.toBase64();
}

QByteArray certificateSha256(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

} // namespace

/// The delivery engine end to end: campaigns fired through RunController at real loopback
/// servers (ScriptServer on 127.0.0.1 and 127.0.0.2), checking what the servers received and
/// what the results database recorded.
class TestDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void statusClassification_data();
    void statusClassification();
    void interimStatusWithoutAFinalOneIsRetried();
    void brokenConnectionsAreRetried_data();
    void brokenConnectionsAreRetried();
    void retryAfterIsHonouredAndCapped_data();
    void retryAfterIsHonouredAndCapped();
    void deadlineCountsFromDispatch_data();
    void deadlineCountsFromDispatch();
    void slowServerTimesOut();
    void hostConcurrencyIsObservedByTheServer_data();
    void hostConcurrencyIsObservedByTheServer();
    void rateLimitHoldsDispatchesUntilTheWindowMoves();
    void circuitBreakerPausesProbesAndResumes();
    void signaturesVerifyOverTheRawBytes_data();
    void signaturesVerifyOverTheRawBytes();
    void redirectsAreNotFollowedByDefault();
    void crossHostRedirectDropsCredentials();
    void sameHostRedirectKeepsCredentials();
    void moreThanFiveRedirectsFail();
    void httpsToHttpRedirectIsRefused();
    void tlsAndPinning_data();
    void tlsAndPinning();
    void nonHttpUrlsNeverReachTheNetwork_data();
    void nonHttpUrlsNeverReachTheNetwork();
    void valueChosenUrlIsRefusedBeforeTheRun();
    void redirectToFileIsRefused();
    void largeResponseIsStoredTruncated();
    void hugeResponseIsCutOffAt10MiB();
    void diskFullStopsTheRunAndResumeFinishesIt();
    void cancelLeavesNothingUnfinished();
    void stopWhilePlanningRecordsNothing();
    void stopDuringADryRunEndsAtTheNextBatch();
    void schemaOneDatabaseIsMigrated();
    void failedMigrationChangesNothing();
    void http2Policy_data();
    void http2Policy();
    void http2WithARealServer_data();
    void http2WithARealServer();
    void priorKnowledgeRequestsShareOneConnection();

private:
    RunRequest requestFor(const Hook &hook, int users, const QJsonObject &properties = {});
    QString newDatabasePath();

    QTemporaryDir m_dir;
    int m_databases = 0;
    std::shared_ptr<ManualClock> m_clock;
};

void TestDelivery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOOKFLOW_SECRET_API_TOKEN", "s3cret-api-token");
    qputenv("HOOKFLOW_SECRET_TIMESTAMP_KEY", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
}

QString TestDelivery::newDatabasePath()
{
    return m_dir.filePath(u"run-%1.db"_s.arg(++m_databases));
}

RunRequest TestDelivery::requestFor(const Hook &hook, int users, const QJsonObject &properties)
{
    RunRequest request;
    request.campaign = campaignFor(hook);
    request.users = usersWith(users, properties);
    request.event = Event{u"ping"_s, ClockStart, {}};
    request.databasePath = newDatabasePath();
    m_clock = std::make_shared<ManualClock>(ClockStart);
    request.clock = m_clock;
    return request;
}

// --- 1. status classes ------------------------------------------------------------------------

void TestDelivery::statusClassification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("state");
    for (int status : {200, 201, 204, 299})
        QTest::addRow("%d delivered", status) << status << 1 << u"delivered"_s;
    for (int status : {408, 429, 500, 502, 503, 504, 599})
        QTest::addRow("%d retried", status) << status << 3 << u"failed"_s;
    for (int status : {301, 302, 304, 400, 401, 404, 410, 422})
        QTest::addRow("%d final", status) << status << 1 << u"failed"_s;
}

void TestDelivery::statusClassification()
{
    QFETCH(int, status);
    QFETCH(int, attempts);
    QFETCH(QString, state);

    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply::withStatus(status));
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"max_attempts"_s, 3}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 2);
    const ClockDriver driver(m_clock, 10 * Minute);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));

    QCOMPARE(server.requestCount(), 2 * attempts);
    const bool delivered = state == u"delivered";
    QCOMPARE(fired.summary.counts.delivered, delivered ? 2 : 0);
    QCOMPARE(fired.summary.counts.failed, delivered ? 0 : 2);
    QCOMPARE(fired.summary.counts.pending, 0);
    QCOMPARE(fired.summary.counts.retried, attempts > 1 ? 2 : 0);

    const auto db = openDatabase(request.databasePath);
    const QList<AttemptRecord> records = db->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 2 * attempts);
    QHash<QString, int> perDelivery;
    for (const AttemptRecord &record : records) {
        QCOMPARE(record.status, status);
        QCOMPARE(record.errorClass, delivered ? QString() : u"http"_s);
        QVERIFY(record.latencyMs >= 0);
        QCOMPARE(record.protocol, u"http/1.1"_s);
        QCOMPARE(record.number, ++perDelivery[record.webhookId]);
        // A retry's delay is recorded; the last attempt has none.
        QCOMPARE(record.retryInMs >= 0, record.number < attempts);
    }
    QCOMPARE(perDelivery.size(), 2);

    // The window hears "waiting" for each retry, then the final state.
    for (const QString &webhookId : perDelivery.keys()) {
        const QList<DeliveryUpdate> updates = fired.updatesOf(webhookId);
        QCOMPARE(updates.size(), attempts);
        for (int i = 0; i < attempts - 1; ++i) {
            QCOMPARE(updates.at(i).state, u"waiting"_s);
            QVERIFY(updates.at(i).retryInMs >= 0);
        }
        QCOMPARE(updates.last().state, state);
        QCOMPARE(updates.last().attempt, attempts);
        QCOMPARE(updates.last().status, status);
        if (attempts > 1)
            QVERIFY2(updates.last().error.contains(u"3 attempt"_s),
                     qPrintable(updates.last().error));
    }
}

void TestDelivery::interimStatusWithoutAFinalOneIsRetried()
{
    // A 1xx is never an answer: a server that sends "103" and hangs up has not answered, which
    // is a broken connection (retried), not a final status.
    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply::withStatus(103));
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"max_attempts"_s, 2}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 1);
    const ClockDriver driver(m_clock, 10 * Minute);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.failed, 1);
    const auto db = openDatabase(request.databasePath);
    const QList<AttemptRecord> records = db->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 2);
    for (const AttemptRecord &record : records) {
        QVERIFY2(record.status == 0 || record.status >= 200, qPrintable(record.error));
        QVERIFY2(!record.errorClass.isEmpty(), qPrintable(record.error));
    }
}

void TestDelivery::brokenConnectionsAreRetried_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("error");
    // QNAM itself sends a request again once after a reset before any answer (same bytes, same
    // webhook-id): the attempt fails only when that second try is reset too.
    QTest::newRow("reset") << int(Reply::Fault::Reset) << u""_s;
    // The head says 200, but half the body came: not an answer (Qt 6.4 sometimes calls it one).
    QTest::newRow("closed mid-body") << int(Reply::Fault::CloseMidBody) << u"broke off"_s;
}

void TestDelivery::brokenConnectionsAreRetried()
{
    QFETCH(int, fault);
    QFETCH(QString, error);
    ScriptServer server;
    QVERIFY(server.listen());
    const Reply broken{.status = 200, .body = QByteArray(4096, 'x'), .fault = Reply::Fault(fault)};
    server.enqueue(broken);
    if (broken.fault == Reply::Fault::Reset)
        server.enqueue(broken);
    server.setDefault(Reply::withStatus(200));
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"max_attempts"_s, 2}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 1);
    const ClockDriver driver(m_clock, 10 * Minute);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 1);
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).errorClass, u"connection"_s);
    QVERIFY2(records.at(0).error.contains(error), qPrintable(records.at(0).error));
    QVERIFY(records.at(0).retryInMs >= 0);
    QCOMPARE(records.at(1).status, 200);
    QVERIFY(records.at(1).errorClass.isEmpty());
}

// --- 2. Retry-After ---------------------------------------------------------------------------

void TestDelivery::retryAfterIsHonouredAndCapped_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("asDate");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<qint64>("expectedMs");
    // The first retry's own backoff is at most 2 min (test-fire): these values decide alone.
    QTest::newRow("503 seconds") << 503 << false << 600 << qint64(600'000);
    QTest::newRow("503 HTTP-date") << 503 << true << 600 << qint64(600'000);
    QTest::newRow("429 seconds") << 429 << false << 720 << qint64(720'000);
    QTest::newRow("429 HTTP-date") << 429 << true << 720 << qint64(720'000);
    QTest::newRow("seconds past the cap") << 503 << false << 7200 << qint64(900'000);
    QTest::newRow("HTTP-date past the cap") << 503 << true << 7200 << qint64(900'000);
}

void TestDelivery::retryAfterIsHonouredAndCapped()
{
    QFETCH(int, status);
    QFETCH(bool, asDate);
    QFETCH(int, seconds);
    QFETCH(qint64, expectedMs);

    ScriptServer server;
    QVERIFY(server.listen());
    std::shared_ptr<ManualClock> clock;
    server.setHandler([&](const ReceivedRequest &) {
        if (server.requestCount() > 1)
            return Reply::withStatus(200);
        // The date is relative to the engine's clock, which stands still until the retry is due.
        return Reply::retryAfter(status,
                                 asDate ? httpDate(clock->now().addSecs(seconds))
                                        : QByteArray::number(seconds));
    });
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"max_attempts"_s, 2}, {u"retry_after_cap_ms"_s, 900'000}};
    // Signed, so each attempt carries its webhook-timestamp.
    hook.signing = {{u"scheme"_s, u"standard-webhooks"_s}, {u"secret"_s, u"TIMESTAMP_KEY"_s}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 1);
    clock = m_clock;

    std::unique_ptr<ResultsDatabase> watcher;
    qint64 nextAttemptAt = -1;
    qint64 clockAtWait = -1;
    int requestsJustBeforeDue = -1;
    QTimer nudge;
    nudge.setSingleShot(true);
    const Fired fired = fire(request, [&](const DeliveryUpdate &update) {
        if (update.state != u"waiting")
            return;
        watcher = openDatabase(request.databasePath);
        nextAttemptAt = scalar(*watcher,
                               u"SELECT next_attempt_at FROM deliveries WHERE webhook_id = '%1'"_s
                                   .arg(update.webhookId))
                            .toLongLong();
        clockAtWait = clock->now().toMSecsSinceEpoch();
        // One second short of the delay nothing goes; at the delay the retry does.
        clock->advance(update.retryInMs - 1000);
        QTimer::singleShot(150, &nudge, [&] {
            requestsJustBeforeDue = server.requestCount();
            clock->advance(1000);
        });
    });
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 1);
    QCOMPARE(fired.summary.counts.retried, 1);
    QCOMPARE(requestsJustBeforeDue, 1);
    QCOMPARE(server.requestCount(), 2);

    QCOMPARE(fired.updates.size(), 2);
    QCOMPARE(fired.updates.first().state, u"waiting"_s);
    QCOMPARE(fired.updates.first().status, status);
    QCOMPARE(fired.updates.first().retryInMs, expectedMs);
    QCOMPARE(nextAttemptAt, clockAtWait + expectedMs);

    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).retryInMs, expectedMs);
    QCOMPARE(records.at(0).status, status);
    QCOMPARE(records.at(1).status, 200);
    // The database records the run's clock too.
    QCOMPARE(records.at(0).startedAt.toSecsSinceEpoch(), ClockStart.toSecsSinceEpoch());
    QCOMPARE(records.at(1).startedAt.toSecsSinceEpoch(),
             ClockStart.toSecsSinceEpoch() + expectedMs / 1000);
    QCOMPARE(openDatabase(request.databasePath)->run(fired.summary.runId)->startedAt,
             records.at(0).startedAt);

    // webhook-timestamp is per attempt, on the engine's clock.
    const QList<ReceivedRequest> received = server.requests();
    QCOMPARE(received.at(0).header("webhook-id"), received.at(1).header("webhook-id"));
    QCOMPARE(received.at(0).header("webhook-timestamp").toLongLong(), ClockStart.toSecsSinceEpoch());
    QCOMPARE(received.at(1).header("webhook-timestamp").toLongLong(),
             ClockStart.toSecsSinceEpoch() + expectedMs / 1000);
}

// --- 3. deadlines -----------------------------------------------------------------------------

void TestDelivery::deadlineCountsFromDispatch_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("deliveries");
    // Every delivery fits its deadline (1 s) from dispatch, while the run as a whole takes
    // longer than that: deliveries that wait for a slot must not have spent theirs.
    QTest::newRow("2 at a time") << 2 << 200 << 16;
    // More than one QNetworkAccessManager's 6 connections: none waits inside a manager.
    QTest::newRow("12 at a time") << 12 << 600 << 24;
}

void TestDelivery::deadlineCountsFromDispatch()
{
    QFETCH(int, concurrency);
    QFETCH(int, delayMs);
    QFETCH(int, deliveries);

    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply{.status = 200, .delayMs = delayMs});
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"max_attempts"_s, 1}, {u"timeout_ms"_s, 1000}};
    hook.delivery = breakerOff({{u"host_concurrency"_s, concurrency}});
    const RunRequest request = requestFor(hook, deliveries);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    for (const DeliveryUpdate &update : fired.updates)
        QVERIFY2(update.state == u"delivered", qPrintable(update.error));
    QCOMPARE(fired.summary.counts.delivered, deliveries);
    QCOMPARE(server.requestCount(), deliveries);
    QVERIFY(server.maxRequestsInFlight() <= concurrency);
}

void TestDelivery::slowServerTimesOut()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply{.fault = Reply::Fault::Hang});
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"max_attempts"_s, 2}, {u"timeout_ms"_s, 300}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 2);
    const ClockDriver driver(m_clock, 10 * Minute);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.failed, 2);
    QCOMPARE(server.requestCount(), 4); // a timeout is retried
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 4);
    for (const AttemptRecord &record : records) {
        QCOMPARE(record.errorClass, u"timeout"_s);
        QCOMPARE(record.status, 0);
        QVERIFY2(record.error.contains(u"300 ms"_s), qPrintable(record.error));
    }
}

// --- 4. concurrency and rate ------------------------------------------------------------------

void TestDelivery::hostConcurrencyIsObservedByTheServer_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("3") << 3;
    QTest::newRow("8") << 8;
}

void TestDelivery::hostConcurrencyIsObservedByTheServer()
{
    QFETCH(int, limit);
    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply{.status = 200, .delayMs = 100});
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.delivery = breakerOff({{u"host_concurrency"_s, limit}});
    const RunRequest request = requestFor(hook, 4 * limit);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 4 * limit);
    QCOMPARE(server.requestCount(), 4 * limit);
    QCOMPARE(server.maxRequestsInFlight(), limit);
}

void TestDelivery::rateLimitHoldsDispatchesUntilTheWindowMoves()
{
    ScriptServer server;
    QVERIFY(server.listen());
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.delivery = breakerOff(
        {{u"rate_limit"_s, QJsonObject{{u"count"_s, 3}, {u"per"_s, u"second"_s}}}});
    const RunRequest request = requestFor(hook, 7);
    AsyncRun run(request);
    // The engine's clock stands still: three requests go, the rest wait for the window.
    QVERIFY(server.waitForRequests(3));
    QTest::qWait(200);
    QCOMPARE(server.requestCount(), 3);
    m_clock->advance(1000);
    QVERIFY(server.waitForRequests(6));
    QTest::qWait(200);
    QCOMPARE(server.requestCount(), 6);
    m_clock->advance(1000);
    QVERIFY(run.waitForFinished());
    QVERIFY2(run.summary().error.isEmpty(), qPrintable(run.summary().error));
    QCOMPARE(run.summary().counts.delivered, 7);
    QCOMPARE(server.requestCount(), 7);
}

// --- 5. circuit breaker -----------------------------------------------------------------------

void TestDelivery::circuitBreakerPausesProbesAndResumes()
{
    constexpr int Users = 9;
    constexpr int Failing = 3;
    ScriptServer server;
    QVERIFY(server.listen());
    // The clock stands still until the pause has been seen; then it runs, and the first request
    // after that is the probe, answered slowly so that anything sent beside it would show.
    bool released = false;
    qint64 probe = 0;
    server.setHandler([&](const ReceivedRequest &request) {
        if (request.sequence <= Failing)
            return Reply::withStatus(503);
        if (released && !probe) {
            probe = request.sequence;
            return Reply{.status = 200, .delayMs = 100};
        }
        return Reply::withStatus(200);
    });
    struct Arrival
    {
        qint64 sequence;
        int inFlight; ///< this request included
        int completed;
    };
    QList<Arrival> arrivals;
    connect(&server, &ScriptServer::requestReceived, this, [&](const ReceivedRequest &request) {
        arrivals.append({request.sequence, server.requestsInFlight(), server.completedReplies()});
    });
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.delivery = {{u"host_concurrency"_s, Failing},
                     {u"circuit_breaker"_s,
                      QJsonObject{{u"failures"_s, Failing},
                                  {u"window_ms"_s, 600'000},
                                  {u"cooldown_ms"_s, 60'000}}}};
    const RunRequest request = requestFor(hook, Users);

    std::optional<RunCounts> whilePaused;
    int requestsWhenPaused = -1;
    int requestsAfterPause = -1;
    int pausedUpdates = 0;
    std::unique_ptr<ClockDriver> driver;
    QObject context;
    const Fired fired = fire(request, [&](const DeliveryUpdate &update) {
        if (update.state != u"paused")
            return;
        ++pausedUpdates;
        QVERIFY2(update.error.contains(u"circuit breaker"_s), qPrintable(update.error));
        if (whilePaused)
            return;
        const auto db = openDatabase(request.databasePath);
        whilePaused = db->counts(update.runId).value();
        // Every request has its intent row before it leaves: what was sent (or is on its way).
        requestsWhenPaused = scalar(*db, u"SELECT COUNT(*) FROM attempts"_s).toInt();
        QTimer::singleShot(100, &context, [&] {
            requestsAfterPause = server.requestCount();
            released = true;
            driver = std::make_unique<ClockDriver>(m_clock, 2000);
        });
    });
    driver.reset();
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));

    // Paused, not failed, and nothing sent while the host was paused.
    QVERIFY(whilePaused.has_value());
    QVERIFY(whilePaused->paused > 0);
    QCOMPARE(whilePaused->failed, 0);
    QCOMPARE(requestsAfterPause, requestsWhenPaused);
    QVERIFY(pausedUpdates >= Users - requestsWhenPaused);
    // A paused delivery is recorded paused, not again and again while the probe is out.
    QVERIFY2(pausedUpdates <= 2 * Users, qPrintable(QString::number(pausedUpdates)));

    // The probe went alone, and nothing followed it before its answer was complete.
    QVERIFY(probe > 0);
    const auto at = std::find_if(arrivals.cbegin(), arrivals.cend(), [&](const Arrival &a) {
        return a.sequence == probe;
    });
    QVERIFY(at != arrivals.cend());
    QCOMPARE(at->inFlight, 1);
    QVERIFY(at + 1 != arrivals.cend());
    QVERIFY((at + 1)->completed > at->completed);

    QCOMPARE(fired.summary.counts.delivered, Users);
    QCOMPARE(fired.summary.counts.failed, 0);
    QCOMPARE(fired.summary.counts.paused, 0);
    QCOMPARE(server.requestCount(), Users + Failing);
}

// --- 6. signing -------------------------------------------------------------------------------

void TestDelivery::signaturesVerifyOverTheRawBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("secrets");
    QTest::addColumn<bool>("github");
    QTest::newRow("ascii") << u"plain"_s << 1 << false;
    QTest::newRow("korean and emoji") << u"안녕하세요 👋 \"따옴표\" \\ 🎉\n줄바꿈"_s << 1 << true;
    QString large;
    while (large.toUtf8().size() < 1'000'000)
        large += u"가나다라마바사 🙂 abc "_s;
    QTest::newRow("1 MB") << large << 1 << false;
    QTest::newRow("two secrets while rotating") << u"회전 🔑"_s << 2 << true;
}

void TestDelivery::signaturesVerifyOverTheRawBytes()
{
    QFETCH(QString, text);
    QFETCH(int, secrets);
    QFETCH(bool, github);

    const QByteArray newKey = newSecret();
    const QByteArray oldKey = newSecret();
    qputenv("HOOKFLOW_SECRET_SIGNING_NEW", newKey);
    qputenv("HOOKFLOW_SECRET_SIGNING_OLD", oldKey);
    const QByteArray newBytes = StandardWebhooks::decodeSecret(QString::fromLatin1(newKey)).value();
    const QByteArray oldBytes = StandardWebhooks::decodeSecret(QString::fromLatin1(oldKey)).value();
    const QByteArray strangerBytes = StandardWebhooks::decodeSecret(QString::fromLatin1(newSecret()))
                                         .value();

    ScriptServer server;
    QVERIFY(server.listen());
    // Each delivery's first attempt is told to come back in 4 minutes (under test-fire's 5-minute
    // cap, over its first backoff of at most 2); the second succeeds.
    QSet<QByteArray> seen;
    server.setHandler([&](const ReceivedRequest &request) {
        const QByteArray id = request.header("webhook-id");
        if (seen.contains(id))
            return Reply::withStatus(200);
        seen.insert(id);
        return Reply::retryAfter(503, "240");
    });
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.body = uR"({"user_id": "{{user_id}}", "text": "{{user_properties.text}}"})"_s;
    hook.signing = {{u"scheme"_s, u"standard-webhooks"_s}};
    if (secrets == 1)
        hook.signing.insert(u"secret"_s, u"SIGNING_NEW"_s);
    else
        hook.signing.insert(u"secrets"_s, QJsonArray{u"SIGNING_NEW"_s, u"SIGNING_OLD"_s});
    if (github)
        hook.signing.insert(u"github"_s, true);
    hook.policy = {{u"max_attempts"_s, 2}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 2, {{u"text"_s, text}});
    // Both first attempts are answered on the same (still) clock; then time jumps to their retry.
    int waiting = 0;
    const Fired fired = fire(request, [&](const DeliveryUpdate &update) {
        if (update.state == u"waiting" && ++waiting == 2)
            m_clock->advance(update.retryInMs);
    });
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 2);

    const QList<ReceivedRequest> received = server.requests();
    QCOMPARE(received.size(), 4);
    QHash<QByteArray, QList<qint64>> timestamps;
    for (const ReceivedRequest &got : received) {
        const QByteArray body = rawBody(got);
        QCOMPARE(body, got.body);
        QCOMPARE(qint64(body.size()), got.header("Content-Length").toLongLong());
        // The bytes the receiver got are the bytes rendered: valid JSON with the text intact.
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QCOMPARE(json.value(u"text"_s).toString(), text);

        const QByteArray id = got.header("webhook-id");
        const QByteArray timestamp = got.header("webhook-timestamp");
        const QByteArray signature = got.header("webhook-signature");
        QVERIFY(id.startsWith("msg_"));
        QCOMPARE(int(signature.count("v1,")), secrets);
        QVERIFY(StandardWebhooks::verify({newBytes}, id, timestamp, body, signature));
        QCOMPARE(StandardWebhooks::verify({oldBytes}, id, timestamp, body, signature), secrets == 2);
        QVERIFY(!StandardWebhooks::verify({strangerBytes}, id, timestamp, body, signature));
        QVERIFY(
            !StandardWebhooks::verify({newBytes}, id, timestamp, QByteArray(body + ' '), signature));
        if (github)
            QCOMPARE(got.header("X-Hub-Signature-256"), githubSignature(newBytes, body));
        else
            QVERIFY(!got.hasHeader("X-Hub-Signature-256"));
        timestamps[id].append(timestamp.toLongLong());
    }
    // The same webhook-id on the retry, a new timestamp (the retry went 240 s later).
    QCOMPARE(timestamps.size(), 2);
    for (const QList<qint64> &pair : std::as_const(timestamps)) {
        QCOMPARE(pair.size(), 2);
        QCOMPARE(pair.at(1) - pair.at(0), qint64(240));
    }

    // The database keeps no signature.
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 4);
    for (const AttemptRecord &record : records) {
        QCOMPARE(headerValue(record.requestHeaders, u"webhook-signature"_s), u"[redacted]"_s);
        if (github)
            QCOMPARE(headerValue(record.requestHeaders, u"X-Hub-Signature-256"_s), u"[redacted]"_s);
    }
}

// --- 7. redirects -----------------------------------------------------------------------------

namespace {

Hook credentialedHook(const QUrl &url)
{
    Hook hook;
    hook.url = url.toString();
    hook.headers = {{u"Authorization"_s, u"Bearer {{secrets.api_token}}"_s},
                    {u"X-Tenant-Token"_s, u"tenant-42"_s},
                    {u"X-Plain"_s, u"kept"_s}};
    hook.redactHeaders = {u"X-Tenant-Token"_s};
    hook.signing = {{u"scheme"_s, u"standard-webhooks"_s}, {u"secret"_s, u"SIGNING_NEW"_s}};
    hook.delivery = breakerOff();
    return hook;
}

QStringList redirectsOf(const ResultsDatabase &db, qint64 runId)
{
    return column(db,
                  u"SELECT a.redirects FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"
                  " WHERE d.run_id = %1 ORDER BY a.id"_s.arg(runId));
}

} // namespace

void TestDelivery::redirectsAreNotFollowedByDefault()
{
    qputenv("HOOKFLOW_SECRET_SIGNING_NEW", newSecret());
    ScriptServer first;
    ScriptServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen(QHostAddress(u"127.0.0.2"_s)));
    first.setDefault(Reply::redirect(302, second.url(u"/elsewhere"_s)));
    const RunRequest request = requestFor(credentialedHook(first.url(u"/hook"_s)), 1);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.failed, 1);
    QCOMPARE(first.requestCount(), 1);
    QCOMPARE(second.requestCount(), 0);
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().status, 302);
    QCOMPARE(records.first().errorClass, u"http"_s);
    QVERIFY2(records.first().error.contains(u"redirect"_s), qPrintable(records.first().error));
}

void TestDelivery::crossHostRedirectDropsCredentials()
{
    qputenv("HOOKFLOW_SECRET_SIGNING_NEW", newSecret());
    ScriptServer first;
    ScriptServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen(QHostAddress(u"127.0.0.2"_s)));
    const QUrl target = second.url(u"/moved"_s);
    first.setDefault(Reply::redirect(307, target));
    Hook hook = credentialedHook(first.url(u"/hook"_s));
    hook.policy = {{u"redirects"_s, QJsonObject{{u"follow"_s, true}}}};
    const RunRequest request = requestFor(hook, 1);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 1);

    QCOMPARE(first.requestCount(), 1);
    const ReceivedRequest there = *first.lastRequest();
    QCOMPARE(there.header("Authorization"), QByteArray("Bearer s3cret-api-token"));
    QCOMPARE(there.header("X-Tenant-Token"), QByteArray("tenant-42"));
    QVERIFY(there.hasHeader("webhook-signature"));

    QCOMPARE(second.requestCount(), 1);
    const ReceivedRequest moved = *second.lastRequest();
    QCOMPARE(moved.target, QByteArray("/moved"));
    QCOMPARE(moved.method, QByteArray("POST")); // 307 keeps the method and the body
    QCOMPARE(moved.body, there.body);
    QVERIFY(!moved.hasHeader("Authorization"));
    QVERIFY(!moved.hasHeader("X-Tenant-Token"));
    QVERIFY(!moved.hasHeader("webhook-signature"));
    QVERIFY(!moved.raw.contains("s3cret-api-token"));
    QVERIFY(!moved.raw.contains("tenant-42"));
    QCOMPARE(moved.header("X-Plain"), QByteArray("kept"));

    const auto db = openDatabase(request.databasePath);
    const QList<AttemptRecord> records = db->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().status, 200);
    QCOMPARE(redirectsOf(*db, fired.summary.runId),
             QStringList{QString::fromUtf8(
                 QJsonDocument(QJsonArray{target.toString()}).toJson(QJsonDocument::Compact))});
}

void TestDelivery::sameHostRedirectKeepsCredentials()
{
    qputenv("HOOKFLOW_SECRET_SIGNING_NEW", newSecret());
    ScriptServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const ReceivedRequest &request) {
        if (request.target == "/hook")
            return Reply::redirect(308, server.url(u"/moved"_s));
        return Reply::withStatus(200);
    });
    Hook hook = credentialedHook(server.url(u"/hook"_s));
    hook.policy = {{u"redirects"_s, QJsonObject{{u"follow"_s, true}}}};
    const RunRequest request = requestFor(hook, 1);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 1);
    const QList<ReceivedRequest> received = server.requests();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).target, QByteArray("/moved"));
    for (const ReceivedRequest &got : received) {
        QCOMPARE(got.header("Authorization"), QByteArray("Bearer s3cret-api-token"));
        QCOMPARE(got.header("X-Tenant-Token"), QByteArray("tenant-42"));
        QVERIFY(got.hasHeader("webhook-signature"));
    }
}

void TestDelivery::moreThanFiveRedirectsFail()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const ReceivedRequest &request) {
        return Reply::redirect(302, server.url(u"/hop%1"_s.arg(request.sequence)));
    });
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"redirects"_s, QJsonObject{{u"follow"_s, true}}}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 1);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.failed, 1);
    QCOMPARE(server.requestCount(), 6); // the request and five hops
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 1); // not retried
    QCOMPARE(records.first().errorClass, u"redirect"_s);
    QVERIFY2(records.first().error.contains(u"5"_s), qPrintable(records.first().error));
}

void TestDelivery::httpsToHttpRedirectIsRefused()
{
    ScriptServer secure;
    ScriptServer plain;
    QVERIFY(secure.listenTls(ScriptServer::testCertificate(), ScriptServer::testKey()));
    QVERIFY(plain.listen(QHostAddress(u"127.0.0.2"_s)));
    secure.setDefault(Reply::redirect(307, plain.url(u"/downgraded"_s)));
    Hook hook;
    hook.url = secure.url(u"/hook"_s).toString();
    hook.policy = {{u"redirects"_s, QJsonObject{{u"follow"_s, true}}},
                   {u"pinned_certificate_sha256"_s,
                    QString::fromLatin1(
                        certificateSha256(ScriptServer::testCertificate()).toHex())}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 1);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.failed, 1);
    QCOMPARE(secure.requestCount(), 1);
    QCOMPARE(plain.requestCount(), 0);
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().errorClass, u"redirect"_s);
    QVERIFY2(records.first().error.contains(u"https"_s), qPrintable(records.first().error));
}

// --- 8. TLS -----------------------------------------------------------------------------------

void TestDelivery::tlsAndPinning_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("delivered");
    const QByteArray right = certificateSha256(ScriptServer::testCertificate(0));
    const QByteArray wrong = certificateSha256(ScriptServer::testCertificate(1));
    QTest::newRow("self-signed, no pin") << QString() << false;
    QTest::newRow("pinned, hex") << QString::fromLatin1(right.toHex()) << true;
    QTest::newRow("pinned, base64") << QString::fromLatin1(right.toBase64()) << true;
    QTest::newRow("another certificate pinned") << QString::fromLatin1(wrong.toHex()) << false;
}

void TestDelivery::tlsAndPinning()
{
    QFETCH(QString, pin);
    QFETCH(bool, delivered);
    ScriptServer server;
    QVERIFY(server.listenTls(ScriptServer::testCertificate(0), ScriptServer::testKey(0)));
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    if (!pin.isEmpty())
        hook.policy = {{u"pinned_certificate_sha256"_s, pin}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 1);
    const ClockDriver driver(m_clock, 10 * Minute);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 1); // a TLS failure is final
    if (delivered) {
        QCOMPARE(fired.summary.counts.delivered, 1);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(server.lastRequest()->tls);
        QCOMPARE(records.first().status, 200);
    } else {
        QCOMPARE(fired.summary.counts.failed, 1);
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(records.first().errorClass, u"tls"_s);
        QCOMPARE(records.first().status, 0);
        QVERIFY2(records.first().error.size() > 20, qPrintable(records.first().error));
        QVERIFY2(records.first().error.contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(records.first().error));
    }
}

// --- 9. URLs that are not http(s) -------------------------------------------------------------

void TestDelivery::nonHttpUrlsNeverReachTheNetwork_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("file") << u"file://%1"_s;
    QTest::newRow("file, localhost") << u"file://localhost%1"_s;
    QTest::newRow("qrc") << u"qrc:/examples/price-drop-alert.hookflow.json"_s;
    QTest::newRow("data") << u"data:text/plain;base64,aGVsbG8="_s;
    QTest::newRow("unix+http") << u"unix+http://%2Fvar%2Frun%2Fdocker.sock/containers/json"_s;
    QTest::newRow("no scheme") << u"127.0.0.1/hook"_s;
    QTest::newRow("scheme-relative") << u"//127.0.0.1/hook"_s;
    QTest::newRow("http without a host") << u"http:///hook"_s;
}

void TestDelivery::nonHttpUrlsNeverReachTheNetwork()
{
    QFETCH(QString, url);
    QTemporaryDir files;
    const QString victim = files.filePath(u"victim.txt"_s);
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("untouched");
    }
    const QDateTime modified = QFileInfo(victim).lastModified();
    if (url.contains(u"%1"_s))
        url = url.arg(victim);

    Hook hook;
    // Literal text inside a tag is not checked when the campaign is validated: only rendering
    // tells what the URL is.
    hook.url = u"{% if true %}"_s + url + u"{% endif %}"_s;
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 2);
    const qint64 createdBefore = SafeNetworkAccessManager::requestsCreated();
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(SafeNetworkAccessManager::requestsCreated(), createdBefore);
    QCOMPARE(fired.summary.counts.failed, 2);
    QCOMPARE(fired.summary.counts.sent, 0);
    QCOMPARE(Test::readFile(victim), QByteArray("untouched"));
    QCOMPARE(QFileInfo(victim).lastModified(), modified);
    QCOMPARE(fired.updates.size(), 2);
    for (const DeliveryUpdate &update : fired.updates) {
        QCOMPARE(update.state, u"failed"_s);
        QCOMPARE(update.attempt, 0);
        QVERIFY2(update.error.contains(u"http://"_s), qPrintable(update.error));
    }
    const auto db = openDatabase(request.databasePath);
    QVERIFY(db->attempts(fired.summary.runId)->isEmpty());
    for (const QString &error :
         column(*db, u"SELECT error FROM deliveries WHERE run_id = %1"_s.arg(fired.summary.runId)))
        QVERIFY2(error.contains(u"http://"_s), qPrintable(error));
}

void TestDelivery::valueChosenUrlIsRefusedBeforeTheRun()
{
    // A value cannot choose the scheme or host: validation refuses the template itself…
    Hook hook;
    hook.url = u"{{user_properties.url}}"_s;
    const CampaignLoad load = CampaignFormat::parse(QJsonDocument(campaignJson(hook)).toJson());
    QVERIFY(load.campaign.has_value());
    QVERIFY(!load.ok());
    // …and a run of it is refused before anything is recorded or sent.
    RunRequest request;
    request.campaign = *load.campaign;
    request.users = usersWith(1, {{u"url"_s, u"file:///etc/passwd"_s}});
    request.event = Event{u"ping"_s, ClockStart, {}};
    request.databasePath = newDatabasePath();
    const qint64 createdBefore = SafeNetworkAccessManager::requestsCreated();
    const RunSummary summary = RunController::runBlocking(request);
    QVERIFY(!summary.error.isEmpty());
    QCOMPARE(summary.runId, 0);
    QCOMPARE(SafeNetworkAccessManager::requestsCreated(), createdBefore);
}

void TestDelivery::redirectToFileIsRefused()
{
    QTemporaryDir files;
    const QString victim = files.filePath(u"victim.txt"_s);
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("untouched");
    }
    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply::redirect(307, QUrl::fromLocalFile(victim)));
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"redirects"_s, QJsonObject{{u"follow"_s, true}}}};
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 1);
    const qint64 createdBefore = SafeNetworkAccessManager::requestsCreated();
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.failed, 1);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(SafeNetworkAccessManager::requestsCreated(), createdBefore + 1);
    QCOMPARE(Test::readFile(victim), QByteArray("untouched"));
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().errorClass, u"redirect"_s);
}

// --- 10. response caps ------------------------------------------------------------------------

void TestDelivery::largeResponseIsStoredTruncated()
{
    ScriptServer server;
    QVERIFY(server.listen());
    const QByteArray body = ScriptServer::generatedBody(0, 100 * 1024);
    server.setDefault(Reply::withStatus(200, body));
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 1);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 1);
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().status, 200);
    QVERIFY(records.first().responseTruncated);
    QCOMPARE(records.first().responseBody.toLatin1(), body.left(64 * 1024));
    QVERIFY(records.first().errorClass.isEmpty());
}

void TestDelivery::hugeResponseIsCutOffAt10MiB()
{
    ScriptServer server;
    QVERIFY(server.listen());
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.delivery = breakerOff();
    // A first, 1 MiB download warms up what any run allocates once (the network thread, TLS
    // and SQLite caches), so that what follows measures the download alone.
    server.setDefault(Reply{.status = 200, .hugeBodyBytes = 1024 * 1024});
    QCOMPARE(fire(requestFor(hook, 1)).summary.counts.delivered, 1);
    server.setDefault(Reply{.status = 200, .hugeBodyBytes = 40 * 1024 * 1024});
    const RunRequest request = requestFor(hook, 1);

    const qint64 before = residentBytes();
    qint64 peak = before;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, &sampler, [&] { peak = qMax(peak, residentBytes()); });
    sampler.start(1);
    const Fired fired = fire(request);
    sampler.stop();
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 1);
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 1);
    const AttemptRecord &record = records.first();
    QCOMPARE(record.status, 200);
    QVERIFY(record.responseTruncated);
    QCOMPARE(record.responseBody.toLatin1(), ScriptServer::generatedBody(0, 64 * 1024));
    QVERIFY2(record.error.contains(u"10 MiB"_s), qPrintable(record.error));
    // The download stopped past 10 MiB, and was never held whole.
    QCOMPARE(server.completedReplies(), 1); // the warm-up's
    qInfo("resident memory grew by %lld KiB", (peak - before) / 1024);
    // Qt 6.4's HTTP thread reads ahead of the reply (setReadBufferSize does not hold it back:
    // massif shows ~4 MiB there and ~4 MiB in one readAll()), and the allocator's arenas move
    // resident memory by several MiB more: 2-20 MiB measured. Holding the 40 MiB answer whole
    // would show above this bound.
    QVERIFY2(peak - before < 28 * 1024 * 1024, qPrintable(QString::number(peak - before)));
}

// --- 11, 12. a full disk, resuming, canceling -------------------------------------------------

void TestDelivery::diskFullStopsTheRunAndResumeFinishesIt()
{
    constexpr int Users = 120;
    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply{.status = 200, .delayMs = 5});
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.body = uR"({"user_id": "{{user_id}}", "padding": "{{user_properties.padding}}"})"_s;
    hook.delivery = breakerOff({{u"host_concurrency"_s, 4}});
    const QJsonObject properties{{u"padding"_s, QString(1500, u'x')}};

    // How many pages the run and its deliveries take before the first request.
    RunRequest calibration = requestFor(hook, Users, properties);
    int plannedPages = 0;
    const RunSummary calibrated = RunController::runBlocking(calibration, {}, [&](qint64, int) {
        plannedPages = scalar(*openDatabase(calibration.databasePath), u"PRAGMA page_count"_s)
                           .toInt();
    });
    QVERIFY2(calibrated.error.isEmpty(), qPrintable(calibrated.error));
    QVERIFY(plannedPages > 0);
    server.clearRequests();

    RunRequest request = requestFor(hook, Users, properties);
    request.databasePageLimit = plannedPages + 12;
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.contains(u"full"_s), qPrintable(fired.summary.error));
    QVERIFY(fired.summary.runId > 0);
    const int sentBeforeFull = server.requestCount();
    QVERIFY(sentBeforeFull > 0);
    QVERIFY(sentBeforeFull < Users);

    QStringList plannedIds;
    {
        const auto db = openDatabase(request.databasePath);
        const RunCounts counts = db->counts(fired.summary.runId).value();
        QVERIFY(counts.pending > 0);
        QCOMPARE(counts.failed, 0);
        // Nothing reached the server that the database does not hold as an attempt.
        QHash<QString, int> recorded;
        for (const AttemptRecord &record : db->attempts(fired.summary.runId).value())
            ++recorded[record.webhookId];
        QHash<QString, int> received;
        for (const ReceivedRequest &got : server.requests())
            ++received[QString::fromLatin1(got.header("webhook-id"))];
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            QVERIFY2(recorded.value(it.key()) >= it.value(), qPrintable(it.key()));
        plannedIds = column(*db,
                            u"SELECT webhook_id FROM deliveries WHERE run_id = %1 ORDER BY id"_s.arg(
                                fired.summary.runId));
        QCOMPARE(plannedIds.size(), Users);
    }

    // Room again: the run resumes where it stopped.
    RunRequest resume;
    resume.databasePath = request.databasePath;
    resume.resumeRunId = fired.summary.runId;
    resume.clock = std::make_shared<ManualClock>(ClockStart);
    const Fired resumed = fire(resume);
    QVERIFY2(resumed.summary.error.isEmpty(), qPrintable(resumed.summary.error));
    QCOMPARE(resumed.summary.runId, fired.summary.runId);
    QCOMPARE(resumed.summary.counts.delivered, Users);
    QCOMPARE(resumed.summary.counts.pending, 0);
    QCOMPARE(resumed.summary.counts.failed, 0);

    const auto db = openDatabase(request.databasePath);
    QCOMPARE(column(*db,
                    u"SELECT webhook_id FROM deliveries WHERE run_id = %1 ORDER BY id"_s.arg(
                        fired.summary.runId)),
             plannedIds);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM attempts WHERE finished_at IS NULL"_s).toInt(), 0);
    QCOMPARE(db->run(fired.summary.runId)->state, u"finished"_s);
    const QSet<QString> planned(plannedIds.cbegin(), plannedIds.cend());
    QSet<QString> reached;
    for (const ReceivedRequest &got : server.requests()) {
        const QString id = QString::fromLatin1(got.header("webhook-id"));
        QVERIFY2(planned.contains(id), qPrintable(id));
        reached.insert(id);
    }
    QCOMPARE(reached, planned);
}

void TestDelivery::cancelLeavesNothingUnfinished()
{
    constexpr int Users = 20;
    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply{.status = 200, .delayMs = 300});
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.delivery = breakerOff({{u"host_concurrency"_s, 4}});
    const RunRequest request = requestFor(hook, Users);
    AsyncRun run(request);
    QVERIFY(server.waitForRequests(4));
    run.cancel();
    QVERIFY(run.waitForFinished());
    QVERIFY2(run.summary().error.isEmpty(), qPrintable(run.summary().error));
    QVERIFY(server.requestCount() < Users);

    // RunController::cancel(): every unfinished delivery is recorded as failed ("canceled").
    const auto db = openDatabase(request.databasePath);
    const qint64 runId = run.summary().runId;
    QCOMPARE(db->run(runId)->state, u"canceled"_s);
    const RunCounts counts = db->counts(runId).value();
    QCOMPARE(counts.pending, 0);
    QCOMPARE(counts.delivered + counts.failed, Users);
    QCOMPARE(column(*db,
                    u"SELECT state FROM deliveries WHERE run_id = %1"
                    " AND state NOT IN ('delivered', 'failed')"_s.arg(runId)),
             QStringList());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM attempts WHERE finished_at IS NULL"_s).toInt(), 0);
}

void TestDelivery::stopWhilePlanningRecordsNothing()
{
    // Planning does not return to the event loop until every user is matched; Stop reaches it
    // between batches all the same, and the run's single planning transaction is rolled back.
    constexpr int Users = 5000;
    ScriptServer server;
    QVERIFY(server.listen());
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    const RunRequest request = requestFor(hook, Users);
    AsyncRun run(request);
    run.cancel();
    QVERIFY(run.waitForFinished());
    QVERIFY2(run.summary().error.contains(u"stopped while the users were being matched"_s),
             qPrintable(run.summary().error));
    QCOMPARE(server.requestCount(), 0);
    const auto db = openDatabase(request.databasePath);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM runs"_s).toInt(), 0);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM deliveries"_s).toInt(), 0);
}

void TestDelivery::stopDuringADryRunEndsAtTheNextBatch()
{
    constexpr int Users = 5000;
    Hook hook;
    hook.url = u"http://127.0.0.1:9/hook"_s; // a dry run sends nothing
    RunRequest request = requestFor(hook, Users);
    request.mode = RunMode::Dry;
    AsyncRun run(request);
    run.cancel();
    QVERIFY(run.waitForFinished());
    QVERIFY2(run.summary().error.isEmpty(), qPrintable(run.summary().error));
    const auto db = openDatabase(request.databasePath);
    const qint64 runId = run.summary().runId;
    QCOMPARE(db->run(runId)->state, u"canceled"_s);
    const RunCounts counts = db->counts(runId).value();
    QVERIFY2(counts.skipped > 0 && counts.skipped < Users,
             qPrintable(QString::number(counts.skipped)));
    QCOMPARE(counts.pending, 0);
}

// --- 13. schema migration ---------------------------------------------------------------------

namespace {

// Schema 1 as Hookflow 0.x created it (core/store/resultsdatabase.cpp, schemaV1).
const char *const SchemaOne[] = {
    "CREATE TABLE users ("
    " user_id TEXT PRIMARY KEY,"
    " properties TEXT NOT NULL,"
    " events TEXT NOT NULL,"
    " imported_at TEXT NOT NULL)",
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY,"
    " campaign_key TEXT NOT NULL,"
    " campaign_title TEXT NOT NULL DEFAULT '',"
    " mode TEXT NOT NULL CHECK (mode IN ('dry', 'live')),"
    " event TEXT NOT NULL,"
    " targeted INTEGER NOT NULL DEFAULT 0,"
    " matched INTEGER NOT NULL DEFAULT 0,"
    " state TEXT NOT NULL,"
    " message TEXT NOT NULL DEFAULT '',"
    " started_at TEXT NOT NULL,"
    " finished_at TEXT)",
    "CREATE INDEX runs_by_campaign ON runs (campaign_key, id)",
    "CREATE TABLE deliveries ("
    " id INTEGER PRIMARY KEY,"
    " run_id INTEGER NOT NULL REFERENCES runs (id),"
    " node_id TEXT NOT NULL,"
    " user_id TEXT NOT NULL,"
    " webhook_id TEXT NOT NULL UNIQUE,"
    " state TEXT NOT NULL,"
    " error TEXT NOT NULL DEFAULT '',"
    " method TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '',"
    " request_headers TEXT NOT NULL DEFAULT '[]',"
    " request_body TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " finished_at TEXT)",
    "CREATE INDEX deliveries_by_run ON deliveries (run_id, state)",
    "CREATE TABLE attempts ("
    " id INTEGER PRIMARY KEY,"
    " delivery_id INTEGER NOT NULL REFERENCES deliveries (id),"
    " number INTEGER NOT NULL,"
    " started_at TEXT NOT NULL,"
    " method TEXT NOT NULL,"
    " url TEXT NOT NULL,"
    " request_headers TEXT NOT NULL,"
    " request_body TEXT NOT NULL,"
    " status INTEGER,"
    " latency_ms INTEGER,"
    " error_class TEXT NOT NULL DEFAULT '',"
    " error TEXT NOT NULL DEFAULT '',"
    " response_headers TEXT NOT NULL DEFAULT '[]',"
    " response_body TEXT NOT NULL DEFAULT '',"
    " protocol TEXT NOT NULL DEFAULT '',"
    " finished_at TEXT)",
    "CREATE INDEX attempts_by_delivery ON attempts (delivery_id)",
};

const char *const SchemaOneRows[] = {
    "INSERT INTO users VALUES ('u-old', '{\"plan\":\"pro\"}', '[]', '2025-06-01T00:00:00Z')",
    "INSERT INTO runs VALUES (1, 'old-campaign', 'Old campaign', 'live',"
    " '{\"event_key\":\"ping\",\"properties\":{}}', 2, 1, 'finished', '',"
    " '2025-06-01T00:00:00Z', '2025-06-01T00:01:00Z')",
    "INSERT INTO deliveries VALUES (1, 1, 'hook', 'u-old', 'msg_old', 'delivered', '', 'POST',"
    " 'http://127.0.0.1:9/hook', '[[\"Content-Type\",\"application/json\"]]', '{\"a\":1}',"
    " '2025-06-01T00:00:00Z', '2025-06-01T00:00:01Z')",
    "INSERT INTO attempts VALUES (1, 1, 1, '2025-06-01T00:00:00Z', 'POST',"
    " 'http://127.0.0.1:9/hook', '[[\"Content-Type\",\"application/json\"]]', '{\"a\":1}', 200,"
    " 12, '', '', '[]', 'ok', 'http/1.1', '2025-06-01T00:00:01Z')",
};

/// Writes a schema-1 database at `path`, with `extra` statements run after the rows.
void writeSchemaOne(const QString &path, const QList<QString> &extra = {})
{
    const QString name = u"schema-one-%1"_s.arg(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        QSqlQuery query(db);
        QStringList statements;
        for (const char *statement : SchemaOne)
            statements.append(QString::fromLatin1(statement));
        for (const char *statement : SchemaOneRows)
            statements.append(QString::fromLatin1(statement));
        statements += extra;
        statements.append(u"PRAGMA user_version = 1"_s);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Reads one value from a database without migrating it.
QVariant peek(const QString &path, const QString &sql)
{
    const QString name = u"peek-%1"_s.arg(path);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        value = query.value(0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

void TestDelivery::schemaOneDatabaseIsMigrated()
{
    const QString path = newDatabasePath();
    writeSchemaOne(path);
    {
        const auto db = openDatabase(path);
        QCOMPARE(scalar(*db, u"PRAGMA user_version"_s).toInt(), 3);
        QCOMPARE(ResultsDatabase::SchemaVersion, 3);
        // Schema 3 dropped the index that deliveries_due's prefix covers.
        QCOMPARE(scalar(*db,
                        u"SELECT count(*) FROM sqlite_master WHERE name = 'deliveries_by_run'"_s)
                     .toInt(),
                 0);

        const QList<SampleUser> users = db->users().value();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().userId, u"u-old"_s);
        QCOMPARE(users.first().properties.value(u"plan"_s).toString(), u"pro"_s);

        const RunRecord run = db->run(1).value();
        QCOMPARE(run.campaignKey, u"old-campaign"_s);
        QCOMPARE(run.state, u"finished"_s);
        QCOMPARE(run.targeted, 2);
        QCOMPARE(run.matched, 1);
        QVERIFY(run.campaign.isEmpty()); // schema 2's columns have their defaults

        const QList<AttemptRecord> attempts = db->attempts(1).value();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().webhookId, u"msg_old"_s);
        QCOMPARE(attempts.first().status, 200);
        QCOMPARE(attempts.first().latencyMs, qint64(12));
        QCOMPARE(attempts.first().responseBody, u"ok"_s);
        QCOMPARE(attempts.first().protocol, u"http/1.1"_s);
        QVERIFY(!attempts.first().responseTruncated);
        QCOMPARE(attempts.first().retryInMs, qint64(-1));

        const RunCounts counts = db->counts(1).value();
        QCOMPARE(counts.delivered, 1);
        QCOMPARE(counts.sent, 1);
        QCOMPARE(counts.pending, 0);
    }
    // Opening again changes nothing.
    QCOMPARE(scalar(*openDatabase(path), u"PRAGMA user_version"_s).toInt(), 3);

    // A run recorded by schema 1 cannot be resumed: it has no campaign to resume from.
    RunRequest resume;
    resume.databasePath = path;
    resume.resumeRunId = 1;
    const RunSummary summary = RunController::runBlocking(resume);
    QVERIFY2(summary.error.contains(u"older Hookflow"_s), qPrintable(summary.error));
}

void TestDelivery::failedMigrationChangesNothing()
{
    // A column that schema 2 adds late in its migration already exists: the migration fails
    // there, and the statements before it are undone with it.
    const QString path = newDatabasePath();
    writeSchemaOne(path, {u"ALTER TABLE attempts ADD COLUMN retry_in_ms INTEGER"_s});
    const Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(u"schema 2"_s), qPrintable(db.error().message));
    QCOMPARE(peek(path, u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(peek(path, u"SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'campaign'"_s)
                 .toInt(),
             0);
    QCOMPARE(peek(path, u"SELECT count(*) FROM runs"_s).toInt(), 1);
}

// --- 14. HTTP/2 policy ------------------------------------------------------------------------

void TestDelivery::http2Policy_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("tls");
    QTest::newRow("off") << u"off"_s << false;
    QTest::newRow("off, https") << u"off"_s << true;
    // Allowed offers h2 through ALPN; this server answers only http/1.1, and http:// stays 1.1.
    QTest::newRow("allowed") << u"allowed"_s << false;
    QTest::newRow("allowed, https") << u"allowed"_s << true;
}

void TestDelivery::http2Policy()
{
    QFETCH(QString, mode);
    QFETCH(bool, tls);
    ScriptServer server;
    QVERIFY(tls ? server.listenTls(ScriptServer::testCertificate(), ScriptServer::testKey())
                : server.listen());
    Hook hook;
    hook.url = server.url(u"/hook"_s).toString();
    hook.policy = {{u"http2"_s, mode}};
    if (tls)
        hook.policy.insert(u"pinned_certificate_sha256"_s,
                           QString::fromLatin1(
                               certificateSha256(ScriptServer::testCertificate()).toHex()));
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 2);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 2);
    for (const ReceivedRequest &got : server.requests())
        QCOMPARE(got.httpVersion, QByteArray("HTTP/1.1"));
    for (const DeliveryUpdate &update : fired.updates)
        QCOMPARE(update.protocol, u"http/1.1"_s);
    for (const AttemptRecord &record :
         openDatabase(request.databasePath)->attempts(fired.summary.runId).value())
        QCOMPARE(record.protocol, u"http/1.1"_s);
}

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// nginx on loopback, a real HTTP/2 server (ScriptServer speaks HTTP/1.1 only): one port for
/// h2c, which answers HTTP/2 with prior knowledge and nothing else, and one for TLS, which
/// offers h2 and http/1.1 by ALPN. Started in the foreground from its own folder; stopped when
/// this goes.
class Nginx
{
public:
    QString start()
    {
        const QString nginx = QStandardPaths::findExecutable(u"nginx"_s,
                                                             {u"/usr/sbin"_s, u"/usr/bin"_s});
        if (nginx.isEmpty())
            return u"nginx is not installed (./test installs it)"_s;
        if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(u"logs"_s))
            return u"no temporary folder"_s;
        h2cPort = freeLoopbackPort();
        tlsPort = freeLoopbackPort();
        const QString dir = m_dir.path();
        const QString data = QStringLiteral(HOOKFLOW_TEST_DATA "/tls");
        QFile conf(dir + u"/nginx.conf"_s);
        if (!conf.open(QIODevice::WriteOnly))
            return conf.errorString();
        conf.write(u"daemon off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                   "error_log %1/logs/error.log warn;\nevents { worker_connections 64; }\n"
                   "http {\n access_log off;\n log_format connection '$connection';\n"
                   " client_body_temp_path %1/body;\n"
                   " proxy_temp_path %1/proxy;\n fastcgi_temp_path %1/fastcgi;\n"
                   " uwsgi_temp_path %1/uwsgi;\n scgi_temp_path %1/scgi;\n"
                   " server { listen 127.0.0.1:%2 http2;\n"
                   "  access_log %1/logs/h2c.log connection;\n"
                   "  location / { return 200 \"{\\\"ok\\\":true}\"; } }\n"
                   " server { listen 127.0.0.1:%3 ssl http2;\n"
                   "  ssl_certificate %4/server0.pem; ssl_certificate_key %4/server0.key;\n"
                   "  location / { return 200 \"{\\\"ok\\\":true}\"; } }\n}\n"_s.arg(dir)
                       .arg(h2cPort)
                       .arg(tlsPort)
                       .arg(data)
                       .toUtf8());
        conf.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            nginx, {u"-p"_s, dir, u"-c"_s, conf.fileName(), u"-e"_s, dir + u"/logs/error.log"_s});
        if (!m_process.waitForStarted())
            return m_process.errorString();
        for (int tries = 0; tries < 100; ++tries) {
            if (m_process.state() != QProcess::Running)
                break;
            if (accepts(h2cPort) && accepts(tlsPort))
                return {};
            QTest::qWait(50);
        }
        QFile log(dir + u"/logs/error.log"_s);
        log.open(QIODevice::ReadOnly);
        return u"nginx did not start: "_s + QString::fromUtf8(m_process.readAll() + log.readAll());
    }

    ~Nginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished();
        }
    }

    /// The connection number of each request the h2c server answered, in order.
    QStringList h2cConnections() const
    {
        QFile log(m_dir.path() + u"/logs/h2c.log"_s);
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    quint16 h2cPort = 0;
    quint16 tlsPort = 0;

private:
    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    }

    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace

void TestDelivery::http2WithARealServer_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("prior-knowledge, h2c") << u"prior-knowledge"_s << false << u"h2"_s;
    QTest::newRow("allowed, https: h2 by ALPN") << u"allowed"_s << true << u"h2"_s;
    QTest::newRow("prior-knowledge, https: h2 by ALPN") << u"prior-knowledge"_s << true << u"h2"_s;
    QTest::newRow("off, https: http/1.1 though h2 is offered") << u"off"_s << true << u"http/1.1"_s;
}

void TestDelivery::http2WithARealServer()
{
    QFETCH(QString, mode);
    QFETCH(bool, tls);
    QFETCH(QString, protocol);
    Nginx nginx;
    const QString problem = nginx.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Hook hook;
    hook.url = tls ? u"https://127.0.0.1:%1/hook"_s.arg(nginx.tlsPort)
                   : u"http://127.0.0.1:%1/hook"_s.arg(nginx.h2cPort);
    hook.policy = {{u"http2"_s, mode}};
    if (tls) // the test certificate is self-signed: pinned, it is the one accepted
        hook.policy.insert(u"pinned_certificate_sha256"_s,
                           QString::fromLatin1(
                               certificateSha256(ScriptServer::testCertificate()).toHex()));
    hook.delivery = breakerOff();
    const RunRequest request = requestFor(hook, 3);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 3);
    const QList<AttemptRecord>
        records = openDatabase(request.databasePath)->attempts(fired.summary.runId).value();
    QCOMPARE(records.size(), 3);
    for (const AttemptRecord &record : records) {
        QCOMPARE(record.status, 200);
        QCOMPARE(record.protocol, protocol);
    }
}

void TestDelivery::priorKnowledgeRequestsShareOneConnection()
{
    // HTTP/1.1 needs a connection per request in flight; HTTP/2 multiplexes up to 100 streams on
    // one, so 40 requests at once to an h2c endpoint go over a single connection.
    Nginx nginx;
    const QString problem = nginx.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Hook hook;
    hook.url = u"http://127.0.0.1:%1/hook"_s.arg(nginx.h2cPort);
    hook.policy = {{u"http2"_s, u"prior-knowledge"_s}};
    hook.delivery = breakerOff();
    hook.delivery.insert(u"host_concurrency"_s, 64);
    const RunRequest request = requestFor(hook, 40);
    const Fired fired = fire(request);
    QVERIFY2(fired.summary.error.isEmpty(), qPrintable(fired.summary.error));
    QCOMPARE(fired.summary.counts.delivered, 40);
    const QStringList connections = nginx.h2cConnections();
    QCOMPARE(connections.size(), 40);
    QCOMPARE(QSet<QString>(connections.cbegin(), connections.cend()).size(), 1);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
