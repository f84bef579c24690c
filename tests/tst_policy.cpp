// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/clock.h"
#include "delivery/policy.h"
#include "delivery/scheduling.h"
#include "model/campaignformat.h"
#include "model/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <QMetaEnum>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;

QJsonObject json(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    Q_ASSERT(document.isObject());
    return document.object();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.path + u": "_s + d.message;
    return lines.join(u'\n');
}

/// A trigger and one webhook node ("w", at $.nodes[1]) sending `request`.
Campaign webhookCampaign(const RequestTemplate &request, const QJsonObject &delivery = {})
{
    Campaign campaign;
    campaign.key = u"k"_s;
    campaign.title = u"T"_s;
    Node trigger;
    trigger.id = u"t"_s;
    trigger.kind = NodeKind::Trigger;
    trigger.eventKey = u"e"_s;
    Node webhook;
    webhook.id = u"w"_s;
    webhook.kind = NodeKind::Webhook;
    webhook.request = request;
    campaign.nodes = {trigger, webhook};
    campaign.edges = {Edge{u"t"_s, u"w"_s, {}}};
    campaign.delivery = delivery;
    return campaign;
}

const QJsonObject hackle{{u"profile"_s, u"hackle"_s}};

} // namespace

Q_DECLARE_METATYPE(Hookflow::Outcome)

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    // Clock
    void manualClock();
    void manualClockAcrossThreads();
    void systemClock();
    // Classification
    void classifyEveryStatus_data();
    void classifyEveryStatus();
    void classifyNetworkErrors_data();
    void classifyNetworkErrors();
    // Retry-After
    void retryAfter_data();
    void retryAfter();
    void retryAfterRfc850Century();
    void retryAfterIsCapped();
    // Presets and schedules
    void productionSchedule();
    void testFireSchedule();
    void exponentialBeyondThePreset();
    void scheduleSummary_data();
    void scheduleSummary();
    void formatDuration_data();
    void formatDuration();
    // File format
    void policyRoundTrip_data();
    void policyRoundTrip();
    void policyDiagnostics_data();
    void policyDiagnostics();
    void pinnedCertificateForms();
    void settingsRoundTrip();
    void settingsDiagnostics_data();
    void settingsDiagnostics();
    // Validation
    void hackleProfile_data();
    void hackleProfile();
    void hackleRenderedUrls_data();
    void hackleRenderedUrls();
    void validationReportsPolicyAndDelivery();
    void validationLocatesPolicyProblemsInTheFile();
    void validationReportsSigningProblems();
    // Scheduling
    void rateLimiterPerSecond();
    void rateLimiterSlidingWindow();
    void rateLimiterUnlimited();
    void breakerOpensAfterFailuresInARow();
    void breakerWindow();
    void breakerProbes();
    void breakerReopensWhenProbeFails();
    void breakerIgnoresLateResults();
    void breakerAbandonedProbe();
    void breakerOff();
    void breakerHostsAreIndependent();
};

// ---- Clock -------------------------------------------------------------------------------------

void TestPolicy::manualClock()
{
    const QDateTime start(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.now(), start);
    QCOMPARE(clock.elapsedMs(), 0);
    clock.advance(1500);
    QCOMPARE(clock.now(), start.addMSecs(1500));
    QCOMPARE(clock.elapsedMs(), 1500);
    clock.advance(-10'000); // a monotonic clock never goes back
    QCOMPARE(clock.elapsedMs(), 1500);
    // A local start time is kept as the same instant, in UTC.
    const QDateTime seoul(QDate(2026, 11, 20), QTime(18, 30), QTimeZone(9 * 3600));
    ManualClock local(seoul);
    QCOMPARE(local.now(), start);
    QCOMPARE(local.now().timeSpec(), Qt::UTC);
}

void TestPolicy::manualClockAcrossThreads()
{
    ManualClock clock;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&clock] {
            for (int i = 0; i < 10'000; ++i)
                clock.advance(1);
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(30'000));
    QCOMPARE(clock.elapsedMs(), 40'000);
}

void TestPolicy::systemClock()
{
    const std::shared_ptr<Clock> clock = Clock::system();
    QCOMPARE(clock, Clock::system());
    QCOMPARE(clock->now().timeSpec(), Qt::UTC);
    const qint64 first = clock->elapsedMs();
    QVERIFY(clock->elapsedMs() >= first);
}

// ---- Classification ----------------------------------------------------------------------------

void TestPolicy::classifyEveryStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Outcome>("expected");
    for (int status = 100; status <= 599; ++status) {
        Outcome expected = Outcome::Final;
        if (status / 100 == 2)
            expected = Outcome::Success;
        else if (status == 408 || status == 429 || status / 100 == 5)
            expected = Outcome::Retry;
        QTest::addRow("%d", status) << status << expected;
    }
    QTest::newRow("0 (no status)") << 0 << Outcome::Final;
    QTest::newRow("600") << 600 << Outcome::Final;
    QTest::newRow("-1") << -1 << Outcome::Final;
}

void TestPolicy::classifyEveryStatus()
{
    QFETCH(int, status);
    QFETCH(Outcome, expected);
    QCOMPARE(classifyStatus(status), expected);
}

void TestPolicy::classifyNetworkErrors_data()
{
    using E = QNetworkReply::NetworkError;
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Outcome>("expected");
    const std::pair<E, Outcome> rows[] = {
        {E::NoError, Outcome::Success},
        {E::ConnectionRefusedError, Outcome::Retry},
        {E::RemoteHostClosedError, Outcome::Retry},
        {E::HostNotFoundError, Outcome::Retry},
        {E::TimeoutError, Outcome::Retry},
        {E::OperationCanceledError, Outcome::Retry},
        {E::SslHandshakeFailedError, Outcome::Final},
        {E::TemporaryNetworkFailureError, Outcome::Retry},
        {E::NetworkSessionFailedError, Outcome::Retry},
        {E::BackgroundRequestNotAllowedError, Outcome::Final},
        {E::TooManyRedirectsError, Outcome::Final},
        {E::InsecureRedirectError, Outcome::Final},
        {E::UnknownNetworkError, Outcome::Retry},
        {E::ProxyConnectionRefusedError, Outcome::Retry},
        {E::ProxyConnectionClosedError, Outcome::Retry},
        {E::ProxyNotFoundError, Outcome::Retry},
        {E::ProxyTimeoutError, Outcome::Retry},
        {E::ProxyAuthenticationRequiredError, Outcome::Final},
        {E::UnknownProxyError, Outcome::Retry},
        {E::ContentAccessDenied, Outcome::Final},
        {E::ContentOperationNotPermittedError, Outcome::Final},
        {E::ContentNotFoundError, Outcome::Final},
        {E::AuthenticationRequiredError, Outcome::Final},
        {E::ContentReSendError, Outcome::Final},
        {E::ContentConflictError, Outcome::Final},
        {E::ContentGoneError, Outcome::Final},
        {E::UnknownContentError, Outcome::Final},
        {E::ProtocolUnknownError, Outcome::Final},
        {E::ProtocolInvalidOperationError, Outcome::Final},
        {E::ProtocolFailure, Outcome::Retry},
        {E::InternalServerError, Outcome::Retry},
        {E::OperationNotImplementedError, Outcome::Retry},
        {E::ServiceUnavailableError, Outcome::Retry},
        {E::UnknownServerError, Outcome::Retry},
    };
    const QMetaEnum meta = QMetaEnum::fromType<QNetworkReply::NetworkError>();
    QCOMPARE(int(std::size(rows)), meta.keyCount()); // every value Qt 6.4 has
    for (const auto &[error, expected] : rows)
        QTest::newRow(meta.valueToKey(error)) << error << expected;
}

void TestPolicy::classifyNetworkErrors()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Outcome, expected);
    QCOMPARE(classifyNetworkError(error), expected);
}

// ---- Retry-After -------------------------------------------------------------------------------

void TestPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: nullopt
    // now = Sun, 06 Nov 1994 08:49:37 GMT (RFC 9110's example date)
    QTest::newRow("delta 0") << QByteArray("0") << qint64(0);
    QTest::newRow("delta 120") << QByteArray("120") << 120 * Second;
    QTest::newRow("delta with spaces") << QByteArray("  30 \t") << 30 * Second;
    QTest::newRow("delta leading zeros") << QByteArray("007") << 7 * Second;
    QTest::newRow("delta huge saturates")
        << QByteArray("99999999999999999999999999") << 366LL * 24 * Hour;
    QTest::newRow("IMF-fixdate in 1 min") << QByteArray("Sun, 06 Nov 1994 08:50:37 GMT") << Minute;
    QTest::newRow("IMF-fixdate next day")
        << QByteArray("Mon, 07 Nov 1994 08:49:37 GMT") << 24 * Hour;
    QTest::newRow("IMF-fixdate now") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
    QTest::newRow("IMF-fixdate in the past")
        << QByteArray("Sat, 05 Nov 1994 08:49:37 GMT") << qint64(0);
    QTest::newRow("IMF-fixdate long past")
        << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << qint64(0);
    QTest::newRow("RFC 850 in 2 h") << QByteArray("Sunday, 06-Nov-94 10:49:37 GMT") << 2 * Hour;
    QTest::newRow("asctime in 10 s") << QByteArray("Sun Nov  6 08:49:47 1994") << 10 * Second;
    QTest::newRow("asctime two-digit day")
        << QByteArray("Thu Nov 10 08:49:37 1994") << 4 * 24 * Hour;
    QTest::newRow("leap second") << QByteArray("Sun, 06 Nov 1994 08:50:60 GMT") << 82 * Second;
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("blank") << QByteArray("   ") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("hex") << QByteArray("0x10") << qint64(-1);
    QTest::newRow("word") << QByteArray("soon") << qint64(-1);
    QTest::newRow("number then word") << QByteArray("5 seconds") << qint64(-1);
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << qint64(-1);
    QTest::newRow("bad month") << QByteArray("Sun, 06 Nox 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("bad day name") << QByteArray("Sum, 06 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("31 November") << QByteArray("Wed, 31 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT") << qint64(-1);
    QTest::newRow("one-digit day in IMF")
        << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z") << qint64(-1);
    QTest::newRow("RFC 850 with short day name")
        << QByteArray("Sun, 06-Nov-94 08:49:37 GMT") << qint64(-1);
    QTest::newRow("time without seconds") << QByteArray("Sun, 06 Nov 1994 08:49 GMT") << qint64(-1);
}

void TestPolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    const std::optional<qint64> parsed = parseRetryAfterMs(value, now);
    if (expected < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
    }
}

void TestPolicy::retryAfterRfc850Century()
{
    // RFC 9110: a two-digit year more than 50 years ahead means the century before.
    const QDateTime now(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(parseRetryAfterMs("Tuesday, 03-Mar-26 00:00:00 GMT", now), 2 * 24 * Hour);
    QCOMPARE(parseRetryAfterMs("Sunday, 06-Nov-94 08:49:37 GMT", now), 0); // 1994: past
    const auto in2076 = parseRetryAfterMs("Sunday, 01-Mar-76 00:00:00 GMT", now);
    QVERIFY(in2076 && *in2076 > 0); // exactly 50 years ahead stays in this century
}

void TestPolicy::retryAfterIsCapped()
{
    QRandomGenerator rng(7);
    DeliveryPolicy production = DeliveryPolicy::forPreset(DeliveryPolicy::Production);
    production.scheduleJitter = 0; // exact numbers
    // Longer than the backoff and under the cap: honoured.
    QCOMPARE(production.retryDelay(2, 90 * Second, rng), 90 * Second);
    // Shorter than the backoff: the schedule still holds.
    QCOMPARE(production.retryDelay(3, 10 * Second, rng), 5 * Minute);
    // Longer than the cap (1 h in production): the cap.
    QCOMPARE(production.retryDelay(2, 5 * Hour, rng), Hour);
    QCOMPARE(production.retryDelay(2, std::nullopt, rng), 5 * Second);
    // Test-fire caps Retry-After at 5 min.
    const DeliveryPolicy testFire;
    QCOMPARE(testFire.retryAfterCapMs, 5 * Minute);
    const qint64 capped = testFire.retryDelay(2, Hour, rng);
    QCOMPARE(capped, 5 * Minute); // the backoff of attempt 2 is at most 2 min
    // A cap of 0 ignores Retry-After.
    DeliveryPolicy ignoring = production;
    ignoring.retryAfterCapMs = 0;
    QCOMPARE(ignoring.retryDelay(2, Hour, rng), 5 * Second);
    // Parsed and capped together, as the engine does it.
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(production.retryDelay(2, parseRetryAfterMs("Thu, 01 Jan 2026 03:00:00 GMT", now), rng),
             Hour);
}

// ---- Presets and schedules ---------------------------------------------------------------------

void TestPolicy::productionSchedule()
{
    const DeliveryPolicy policy = DeliveryPolicy::forPreset(u"production"_s);
    QCOMPARE(policy.preset, u"production"_s);
    QCOMPARE(policy.maxAttempts, 8);
    // Svix: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
    const QList<qint64> svix{
        5 * Second, 5 * Minute, 30 * Minute, 2 * Hour, 5 * Hour, 10 * Hour, 10 * Hour};
    QCOMPARE(policy.scheduleMs, svix);
    QCOMPARE(policy.scheduleJitter, 0.2);
    QCOMPARE(policy.timeoutMs, 30 * Second);
    QCOMPARE(policy.inactivityMs, 10 * Second);
    QCOMPARE(policy.retryAfterCapMs, Hour);
    QCOMPARE(policy.http2, Http2Mode::Allowed);
    QVERIFY(!policy.followRedirects);

    QRandomGenerator rng(42);
    QCOMPARE(policy.delayBeforeAttempt(1, rng), 0);
    for (int attempt = 2; attempt <= 8; ++attempt) {
        const qint64 nominal = svix.at(attempt - 2);
        qint64 lowest = std::numeric_limits<qint64>::max(), highest = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 delay = policy.delayBeforeAttempt(attempt, rng);
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
        }
        QVERIFY2(lowest >= nominal * 8 / 10, qPrintable(QString::number(lowest)));
        QVERIFY2(highest <= nominal * 12 / 10, qPrintable(QString::number(highest)));
        // The jitter really spreads them (not all at one end).
        QVERIFY(lowest < nominal * 9 / 10);
        QVERIFY(highest > nominal * 11 / 10);
    }
    // Without jitter the schedule is exact; beyond it the last delay repeats.
    DeliveryPolicy exact = policy;
    exact.scheduleJitter = 0;
    exact.maxAttempts = 10;
    for (int attempt = 2; attempt <= 8; ++attempt)
        QCOMPARE(exact.delayBeforeAttempt(attempt, rng), svix.at(attempt - 2));
    QCOMPARE(exact.delayBeforeAttempt(9, rng), 10 * Hour);
    QCOMPARE(exact.delayBeforeAttempt(10, rng), 10 * Hour);
    // 5 s + 5 min + 30 min + 2 h + 5 h + 10 h + 10 h
    QCOMPARE(policy.maxTotalDelayMs(), (5 * Second + 5 * Minute + 30 * Minute + 27 * Hour) * 6 / 5);
}

void TestPolicy::testFireSchedule()
{
    const DeliveryPolicy policy;
    QCOMPARE(policy, DeliveryPolicy::forPreset(u"test-fire"_s));
    QCOMPARE(DeliveryPolicy::forPreset(u"no such preset"_s), policy);
    QCOMPARE(policy.preset, u"test-fire"_s);
    QCOMPARE(policy.maxAttempts, 5);
    QVERIFY(policy.scheduleMs.isEmpty());
    QCOMPARE(policy.backoffBaseMs, 2 * Minute);
    QCOMPARE(policy.backoffCapMs, 16 * Minute);
    QCOMPARE(policy.timeoutMs, 30 * Second);
    QCOMPARE(policy.retryAfterCapMs, 5 * Minute);
    // Full jitter: attempt n waits uniform(0, min(cap, base·2^(n−2))): 2, 4, 8, 16 min at most.
    const qint64 ceilings[] = {2 * Minute, 4 * Minute, 8 * Minute, 16 * Minute};
    for (int attempt = 2; attempt <= 5; ++attempt)
        QCOMPARE(policy.maxDelayBeforeAttempt(attempt), ceilings[attempt - 2]);
    QCOMPARE(policy.maxTotalDelayMs(), 30 * Minute); // "5 attempts within about 30 minutes"

    QRandomGenerator rng(20261120);
    qint64 longestTotal = 0;
    std::array<qint64, 4> lowest{}, highest{}, sum{};
    lowest.fill(std::numeric_limits<qint64>::max());
    constexpr int Samples = 10'000;
    for (int sample = 0; sample < Samples; ++sample) {
        qint64 total = 0;
        for (int attempt = 2; attempt <= 5; ++attempt) {
            const qint64 delay = policy.delayBeforeAttempt(attempt, rng);
            const int i = attempt - 2;
            QVERIFY(delay >= 0);
            QVERIFY(delay <= ceilings[i]);
            lowest[i] = std::min(lowest[i], delay);
            highest[i] = std::max(highest[i], delay);
            sum[i] += delay;
            total += delay;
        }
        longestTotal = std::max(longestTotal, total);
    }
    QVERIFY(longestTotal <= 30 * Minute);
    for (int i = 0; i < 4; ++i) {
        // Spread over the whole range, with the mean near the middle (full jitter).
        QVERIFY(lowest[i] < ceilings[i] / 20);
        QVERIFY(highest[i] > ceilings[i] * 19 / 20);
        const double mean = double(sum[i]) / Samples;
        QVERIFY2(mean > ceilings[i] * 0.45 && mean < ceilings[i] * 0.55,
                 qPrintable(QString::number(mean)));
    }
}

void TestPolicy::exponentialBeyondThePreset()
{
    DeliveryPolicy policy;
    policy.maxAttempts = DeliveryPolicy::MaxAttemptsLimit;
    // The cap holds for every later attempt, and nothing overflows.
    for (int attempt = 6; attempt <= policy.maxAttempts; ++attempt)
        QCOMPARE(policy.maxDelayBeforeAttempt(attempt), 16 * Minute);
    policy.backoffBaseMs = 0;
    QRandomGenerator rng(1);
    QCOMPARE(policy.delayBeforeAttempt(3, rng), 0);
    policy.backoffBaseMs = 10 * Minute;
    policy.backoffCapMs = Minute; // a cap below the base
    QCOMPARE(policy.maxDelayBeforeAttempt(2), Minute);
}

void TestPolicy::scheduleSummary_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("summary");
    QTest::newRow("test-fire") << QByteArray("{}")
                               << u"now, up to 2 min, up to 4 min, up to 8 min, up to 16 min"_s;
    QTest::newRow("production") << QByteArray(R"({"preset": "production"})")
                                << u"now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each retry ±20%)"_s;
    QTest::newRow("production, 3 attempts")
        << QByteArray(R"({"preset": "production", "max_attempts": 3})")
        << u"now, 5 s, 5 min (each retry ±20%)"_s;
    QTest::newRow("one attempt") << QByteArray(R"({"max_attempts": 1})") << u"now (no retries)"_s;
    QTest::newRow("test-fire, 7 attempts")
        << QByteArray(R"({"max_attempts": 7})")
        << u"now, up to 2 min, up to 4 min, up to 8 min, up to 16 min, up to 16 min, up to 16 min"_s;
}

void TestPolicy::scheduleSummary()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, summary);
    QCOMPARE(DeliveryPolicy::fromJson(json(policy)).scheduleSummary(), summary);
}

void TestPolicy::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << u"0 ms"_s;
    QTest::newRow("250 ms") << qint64(250) << u"250 ms"_s;
    QTest::newRow("1 s") << Second << u"1 s"_s;
    QTest::newRow("1.5 s") << qint64(1500) << u"1.5 s"_s;
    QTest::newRow("1234 ms") << qint64(1234) << u"1234 ms"_s;
    QTest::newRow("90 s") << 90 * Second << u"1.5 min"_s;
    QTest::newRow("100 s") << 100 * Second << u"100 s"_s;
    QTest::newRow("5 min") << 5 * Minute << u"5 min"_s;
    QTest::newRow("90 min") << 90 * Minute << u"1.5 h"_s;
    QTest::newRow("10 h") << 10 * Hour << u"10 h"_s;
    QTest::newRow("48 h") << 48 * Hour << u"48 h"_s;
}

void TestPolicy::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(DeliveryPolicy::formatDuration(ms), text);
}

// ---- File format -------------------------------------------------------------------------------

void TestPolicy::policyRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("written"); // what toJson() gives, compact
    QTest::newRow("empty") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("test-fire named") << QByteArray(R"({"preset":"test-fire"})") << QByteArray("{}");
    QTest::newRow("production") << QByteArray(R"({"preset":"production"})")
                                << QByteArray(R"({"preset":"production"})");
    QTest::newRow("production's own values are left out")
        << QByteArray(R"({"preset":"production","max_attempts":8,"retry_after_cap_ms":3600000})")
        << QByteArray(R"({"preset":"production"})");
    QTest::newRow("everything")
        << QByteArray(
               R"({"preset":"production","max_attempts":3,"timeout_ms":15000,)"
               R"("inactivity_timeout_ms":0,"retry_after_cap_ms":60000,"http2":"prior-knowledge",)"
               R"("redirects":{"follow":true,"max_hops":2},)"
               R"("pinned_certificate_sha256":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"})")
        << QByteArray(
               R"({"http2":"prior-knowledge","inactivity_timeout_ms":0,"max_attempts":3,)"
               R"("pinned_certificate_sha256":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",)"
               R"("preset":"production","redirects":{"follow":true,"max_hops":2},)"
               R"("retry_after_cap_ms":60000,"timeout_ms":15000})");
    QTest::newRow("http2 off, redirects followed")
        << QByteArray(R"({"http2":"off","redirects":{"follow":true}})")
        << QByteArray(R"({"http2":"off","redirects":{"follow":true}})");
}

void TestPolicy::policyRoundTrip()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, written);
    Diagnostics diagnostics;
    const DeliveryPolicy policy = DeliveryPolicy::fromJson(json(text), u"$.p"_s, &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics)));
    const QJsonObject out = policy.toJson();
    QCOMPARE(QJsonDocument(out).toJson(QJsonDocument::Compact), written);
    QCOMPARE(DeliveryPolicy::fromJson(out), policy);
}

void TestPolicy::policyDiagnostics_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("warning");
    QTest::newRow("preset not a string")
        << QByteArray(R"({"preset": 1})") << u"$.nodes[2].policy.preset"_s
        << u"\"preset\" must be a string"_s << false;
    QTest::newRow("unknown preset")
        << QByteArray(R"({"preset": "patient"})") << u"$.nodes[2].policy.preset"_s
        << u"unknown preset \"patient\""_s << false;
    QTest::newRow("attempts 0") << QByteArray(R"({"max_attempts": 0})")
                                << u"$.nodes[2].policy.max_attempts"_s
                                << u"\"max_attempts\" must be a whole number from 1 to 50"_s
                                << false;
    QTest::newRow("attempts 51") << QByteArray(R"({"max_attempts": 51})")
                                 << u"$.nodes[2].policy.max_attempts"_s << u"from 1 to 50"_s
                                 << false;
    QTest::newRow("attempts fraction")
        << QByteArray(R"({"max_attempts": 2.5})") << u"$.nodes[2].policy.max_attempts"_s
        << u"whole number"_s << false;
    QTest::newRow("attempts as text")
        << QByteArray(R"({"max_attempts": "3"})") << u"$.nodes[2].policy.max_attempts"_s
        << u"whole number"_s << false;
    QTest::newRow("timeout 0") << QByteArray(R"({"timeout_ms": 0})")
                               << u"$.nodes[2].policy.timeout_ms"_s
                               << u"\"timeout_ms\" must be a whole number of milliseconds from 1 "
                                  u"to 3600000"_s
                               << false;
    QTest::newRow("timeout negative") << QByteArray(R"({"timeout_ms": -5})")
                                      << u"$.nodes[2].policy.timeout_ms"_s << u"from 1"_s << false;
    QTest::newRow("inactivity negative")
        << QByteArray(R"({"inactivity_timeout_ms": -1})")
        << u"$.nodes[2].policy.inactivity_timeout_ms"_s << u"from 0 to 3600000"_s << false;
    QTest::newRow("retry-after cap too long")
        << QByteArray(R"({"retry_after_cap_ms": 86400001})")
        << u"$.nodes[2].policy.retry_after_cap_ms"_s << u"from 0 to 86400000"_s << false;
    QTest::newRow("unknown http2")
        << QByteArray(R"({"http2": "h2c"})") << u"$.nodes[2].policy.http2"_s
        << u"unknown HTTP/2 mode \"h2c\""_s << false;
    QTest::newRow("http2 not a string")
        << QByteArray(R"({"http2": true})") << u"$.nodes[2].policy.http2"_s << u"must be a string"_s
        << false;
    QTest::newRow("redirects not an object")
        << QByteArray(R"({"redirects": true})") << u"$.nodes[2].policy.redirects"_s
        << u"\"redirects\" must be an object"_s << false;
    QTest::newRow("follow not a bool") << QByteArray(R"({"redirects": {"follow": "yes"}})")
                                       << u"$.nodes[2].policy.redirects.follow"_s
                                       << u"\"follow\" must be true or false"_s << false;
    QTest::newRow("six hops") << QByteArray(R"({"redirects": {"follow": true, "max_hops": 6}})")
                              << u"$.nodes[2].policy.redirects.max_hops"_s << u"from 1 to 5"_s
                              << false;
    QTest::newRow("unknown redirects member")
        << QByteArray(R"({"redirects": {"follow": true, "keep_auth": true}})")
        << u"$.nodes[2].policy.redirects.keep_auth"_s << u"unknown member \"keep_auth\""_s << true;
    QTest::newRow("pin too short")
        << QByteArray(R"({"pinned_certificate_sha256": "abcd"})")
        << u"$.nodes[2].policy.pinned_certificate_sha256"_s << u"SHA-256"_s << false;
    QTest::newRow("pin not hex") << QByteArray(
        R"({"pinned_certificate_sha256": "zz112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"})")
                                 << u"$.nodes[2].policy.pinned_certificate_sha256"_s << u"SHA-256"_s
                                 << false;
    QTest::newRow("unknown member")
        << QByteArray(R"({"retries": 3})") << u"$.nodes[2].policy.retries"_s
        << u"unknown member \"retries\""_s << true;
}

void TestPolicy::policyDiagnostics()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(bool, warning);
    Diagnostics diagnostics;
    const DeliveryPolicy policy = DeliveryPolicy::fromJson(json(text),
                                                           u"$.nodes[2].policy"_s,
                                                           &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    const Diagnostic &d = diagnostics.first();
    QCOMPARE(d.path, path);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    QCOMPARE(d.isError(), !warning);
    // A bad member keeps the preset's value.
    const DeliveryPolicy preset = DeliveryPolicy::forPreset(
        json(text).value(u"preset"_s).toString());
    if (!warning) {
        QCOMPARE(policy.maxAttempts, preset.maxAttempts);
        QCOMPARE(policy.timeoutMs, preset.timeoutMs);
        QCOMPARE(policy.http2, preset.http2);
        QCOMPARE(policy.maxRedirects, preset.maxRedirects);
        QVERIFY(policy.pinnedSha256.isEmpty());
    }
    // Without a list to report to, the same policy comes back, quietly.
    QCOMPARE(DeliveryPolicy::fromJson(json(text)), policy);
}

void TestPolicy::pinnedCertificateForms()
{
    const QByteArray digest = QByteArray::fromHex(
        "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const QString forms[] = {
        QString::fromLatin1(digest.toHex()),
        QString::fromLatin1(digest.toHex().toUpper()),
        QString::fromLatin1(digest.toHex(':')),
        QString::fromLatin1(digest.toBase64()),
    };
    for (const QString &form : forms) {
        Diagnostics diagnostics;
        const DeliveryPolicy policy = DeliveryPolicy::fromJson(
            QJsonObject{{u"pinned_certificate_sha256"_s, form}}, {}, &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics)));
        QCOMPARE(policy.pinnedSha256, digest);
    }
}

void TestPolicy::settingsRoundTrip()
{
    const DeliverySettings defaults;
    QCOMPARE(defaults.hostConcurrency, 16);
    QCOMPARE(defaults.rateLimit, 0);
    QCOMPARE(defaults.breakerFailures, 5);
    QCOMPARE(defaults.breakerWindowMs, 30 * Second);
    QCOMPARE(defaults.breakerCooldownMs, 30 * Second);
    QVERIFY(defaults.toJson().isEmpty());
    QCOMPARE(DeliverySettings::fromJson({}), defaults);

    const QByteArray text(
        R"({"circuit_breaker":{"cooldown_ms":60000,"failures":3,"window_ms":10000},)"
        R"("host_concurrency":4,"profile":"hackle","rate_limit":{"count":100,"per":"minute"}})");
    Diagnostics diagnostics;
    const DeliverySettings settings = DeliverySettings::fromJson(json(text), {}, &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics)));
    QCOMPARE(settings.hostConcurrency, 4);
    QCOMPARE(settings.rateLimit, 100);
    QCOMPARE(settings.rateWindowMs, Minute);
    QCOMPARE(settings.breakerFailures, 3);
    QCOMPARE(settings.breakerWindowMs, 10 * Second);
    QCOMPARE(settings.breakerCooldownMs, Minute);
    QVERIFY(settings.isHackle());
    QCOMPARE(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact), text);

    const DeliverySettings perSecond = DeliverySettings::fromJson(
        json(R"({"rate_limit": {"count": 5}, "circuit_breaker": {"failures": 0}})"));
    QCOMPARE(perSecond.rateLimit, 5);
    QCOMPARE(perSecond.rateWindowMs, Second);
    QCOMPARE(perSecond.breakerFailures, 0);
    QCOMPARE(DeliverySettings::fromJson(perSecond.toJson()), perSecond);
}

void TestPolicy::settingsDiagnostics_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("warning");
    QTest::newRow("concurrency 0")
        << QByteArray(R"({"host_concurrency": 0})") << u"$.delivery.host_concurrency"_s
        << u"from 1 to 256"_s << false;
    QTest::newRow("concurrency 257")
        << QByteArray(R"({"host_concurrency": 257})") << u"$.delivery.host_concurrency"_s
        << u"from 1 to 256"_s << false;
    QTest::newRow("rate limit not an object")
        << QByteArray(R"({"rate_limit": 100})") << u"$.delivery.rate_limit"_s
        << u"must be an object"_s << false;
    QTest::newRow("rate without count")
        << QByteArray(R"({"rate_limit": {"per": "second"}})") << u"$.delivery.rate_limit.count"_s
        << u"needs a \"count\""_s << false;
    QTest::newRow("rate count 0") << QByteArray(R"({"rate_limit": {"count": 0}})")
                                  << u"$.delivery.rate_limit.count"_s << u"from 1 to 1000000"_s
                                  << false;
    QTest::newRow("rate per hour")
        << QByteArray(R"({"rate_limit": {"count": 5, "per": "hour"}})")
        << u"$.delivery.rate_limit.per"_s << u"unknown rate period \"hour\""_s << false;
    QTest::newRow("unknown rate member")
        << QByteArray(R"({"rate_limit": {"count": 5, "burst": 2}})")
        << u"$.delivery.rate_limit.burst"_s << u"unknown member \"burst\""_s << true;
    QTest::newRow("breaker failures negative")
        << QByteArray(R"({"circuit_breaker": {"failures": -1}})")
        << u"$.delivery.circuit_breaker.failures"_s << u"from 0 to 10000"_s << false;
    QTest::newRow("breaker window 0") << QByteArray(R"({"circuit_breaker": {"window_ms": 0}})")
                                      << u"$.delivery.circuit_breaker.window_ms"_s
                                      << u"milliseconds from 1 to 86400000"_s << false;
    QTest::newRow("breaker cooldown text")
        << QByteArray(R"({"circuit_breaker": {"cooldown_ms": "30s"}})")
        << u"$.delivery.circuit_breaker.cooldown_ms"_s << u"whole number"_s << false;
    QTest::newRow("unknown breaker member")
        << QByteArray(R"({"circuit_breaker": {"half_open": 2}})")
        << u"$.delivery.circuit_breaker.half_open"_s << u"unknown member"_s << true;
    QTest::newRow("unknown profile")
        << QByteArray(R"({"profile": "braze"})") << u"$.delivery.profile"_s
        << u"unknown validation profile \"braze\""_s << false;
    QTest::newRow("unknown member") << QByteArray(R"({"redirects": true})")
                                    << u"$.delivery.redirects"_s << u"unknown member"_s << true;
}

void TestPolicy::settingsDiagnostics()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(bool, warning);
    Diagnostics diagnostics;
    const DeliverySettings settings = DeliverySettings::fromJson(json(text), {}, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().path, path);
    QVERIFY2(diagnostics.first().message.contains(message), qPrintable(diagnostics.first().message));
    QCOMPARE(diagnostics.first().isError(), !warning);
    // Bad members keep the defaults.
    const DeliverySettings defaults;
    QCOMPARE(settings.hostConcurrency, defaults.hostConcurrency);
    QCOMPARE(settings.breakerFailures, defaults.breakerFailures);
    QCOMPARE(settings.breakerWindowMs, defaults.breakerWindowMs);
    QCOMPARE(settings.breakerCooldownMs, defaults.breakerCooldownMs);
    QVERIFY(settings.profile.isEmpty());
    if (!warning && !path.endsWith(u".per"_s))
        QCOMPARE(settings.rateLimit, 0);
}

// ---- Validation --------------------------------------------------------------------------------

void TestPolicy::hackleProfile_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("contentType"); // empty: no Content-Type header
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("profile");
    QTest::addColumn<QString>("path"); // empty: no diagnostic expected
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("message");

    const QString url = u"$.nodes[1].request.url"_s;
    const QString https = u"needs https://"_s;
    const QString later = u"checked for each user"_s;
    auto row = [](const char *name,
                  const QString &method,
                  const QString &url,
                  const QString &path = {},
                  bool isError = true,
                  const QString &message = {}) {
        QTest::newRow(name) << method << url << QString() << u"{}"_s << true << path << isError
                            << message;
    };
    row("https", u"POST"_s, u"https://api.example.com/v1/hook"_s);
    row("https, any case", u"POST"_s, u"HTTPS://api.example.com/v1/hook"_s);
    row("http to a host", u"POST"_s, u"http://api.example.com/v1/hook"_s, url, true, https);
    row("http without a path", u"POST"_s, u"http://10.0.0.1"_s, url, true, u"\"10.0.0.1\""_s);
    row("http to 127.0.0.1", u"POST"_s, u"http://127.0.0.1:8080/hook"_s);
    row("http to 127.9.9.9", u"POST"_s, u"http://127.9.9.9/"_s);
    row("http to 128.0.0.1", u"POST"_s, u"http://128.0.0.1/"_s, url, true, https);
    row("http to localhost", u"POST"_s, u"http://localhost/hook"_s);
    row("http to LOCALHOST", u"POST"_s, u"HTTP://LOCALHOST:80?x=1"_s);
    row("http to ::1", u"POST"_s, u"http://[::1]:9000/hook"_s);
    row("http to a localhost look-alike",
        u"POST"_s,
        u"http://localhost.example.com/"_s,
        url,
        true,
        https);
    row("http with credentials to loopback", u"POST"_s, u"http://user:pw@127.0.0.1/"_s);
    // A value in the scheme or host is refused for every campaign; reported once.
    const QString noValue = u"cannot be part of the URL's scheme or host"_s;
    row("placeholder first", u"POST"_s, u"{{ base_url }}/hook"_s, url, true, noValue);
    row("placeholder in the host", u"POST"_s, u"http://{{ host }}/hook"_s, url, true, noValue);
    row("placeholder after https", u"POST"_s, u"https://{{ host }}/hook"_s, url, true, noValue);
    // Tags are allowed there and only decided per user.
    row("tag first",
        u"POST"_s,
        u"{% if true %}https://a.test{% else %}http://b.test{% endif %}/x"_s,
        url,
        false,
        later);
    row("tag in the host",
        u"POST"_s,
        u"http://{% if true %}a{% endif %}.test/x"_s,
        url,
        false,
        later);
    row("placeholder in a loopback path", u"POST"_s, u"http://127.0.0.1/{{ user_id }}"_s);
    row("placeholder in a remote path",
        u"POST"_s,
        u"http://api.example.com/{{ user_id }}"_s,
        url,
        true,
        https);
    row("PUT", u"PUT"_s, u"https://x.test/"_s);
    row("PATCH", u"PATCH"_s, u"https://x.test/"_s);
    row("DELETE", u"DELETE"_s, u"https://x.test/"_s);
    row("HEAD",
        u"HEAD"_s,
        u"https://x.test/"_s,
        u"$.nodes[1].request.method"_s,
        true,
        u"\"HEAD\" is not allowed"_s);

    const QString headers = u"$.nodes[1].request.headers[0]"_s;
    const QString json = u"always sends Content-Type: application/json"_s;
    auto header = [&](const char *name, const QString &value, bool ok) {
        QTest::newRow(name) << u"POST"_s << u"https://x.test/"_s << value << u"{}"_s << true
                            << (ok ? QString() : headers) << true << (ok ? QString() : json);
    };
    header("Content-Type application/json", u"application/json"_s, true);
    header("Content-Type in capitals", u"Application/JSON"_s, true);
    header("Content-Type with UTF-8", u"application/json; charset=utf-8"_s, true);
    header("Content-Type with quoted UTF-8", u"application/json;charset=\"UTF-8\""_s, true);
    header("Content-Type text/plain", u"text/plain"_s, false);
    header("Content-Type with Latin-1", u"application/json; charset=iso-8859-1"_s, false);
    header("Content-Type from a template", u"{{ content_type }}"_s, false);

    QTest::newRow("GET with a body")
        << u"GET"_s << u"https://x.test/"_s << QString() << u"{}"_s << true
        << u"$.nodes[1].request.body"_s << true << u"no body with GET"_s;
    QTest::newRow("GET without a body") << u"GET"_s << u"https://x.test/"_s << QString()
                                        << QString() << true << QString() << true << QString();
    // Without the profile none of it is an error.
    QTest::newRow("no profile: http") << u"POST"_s << u"http://api.example.com/"_s << QString()
                                      << u"{}"_s << false << QString() << true << QString();
    QTest::newRow("no profile: Content-Type")
        << u"POST"_s << u"https://x.test/"_s << u"text/plain"_s << u"{}"_s << false << QString()
        << true << QString();
    QTest::newRow("no profile: GET with a body")
        << u"GET"_s << u"https://x.test/"_s << QString() << u"{}"_s << false
        << u"$.nodes[1].request.body"_s << false << u"carries no body"_s;
}

void TestPolicy::hackleProfile()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QString, contentType);
    QFETCH(QString, body);
    QFETCH(bool, profile);
    QFETCH(QString, path);
    QFETCH(bool, isError);
    QFETCH(QString, message);

    RequestTemplate request;
    request.method = method;
    request.url = url;
    request.body = body;
    if (!contentType.isEmpty())
        request.headers = {{u"content-type"_s, contentType}};
    const Diagnostics diagnostics = validateCampaign(
        webhookCampaign(request, profile ? hackle : QJsonObject()));
    if (path.isEmpty()) {
        QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics)));
        return;
    }
    QVERIFY2(diagnostics.size() == 1, qPrintable(describe(diagnostics)));
    const Diagnostic &d = diagnostics.first();
    QCOMPARE(d.path, path);
    QCOMPARE(d.isError(), isError);
    QCOMPARE(d.nodeId, u"w"_s);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
}

void TestPolicy::hackleRenderedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << u"https://api.example.com/x"_s << true;
    QTest::newRow("http remote") << u"http://api.example.com/x"_s << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:1234/x"_s << true;
    QTest::newRow("http 127.0.0.2") << u"http://127.0.0.2/x"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]/x"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/"_s << true;
    QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0/"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("no scheme") << u"api.example.com/x"_s << false;
}

void TestPolicy::hackleRenderedUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const QString problem = hackleUrlProblem(QUrl(url));
    QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
}

void TestPolicy::validationReportsPolicyAndDelivery()
{
    RequestTemplate request;
    request.url = u"https://x.test/"_s;
    request.body = u"{}"_s;
    Campaign campaign = webhookCampaign(request,
                                        QJsonObject{{u"host_concurrency"_s, 0},
                                                    {u"profile"_s, u"hackle"_s}});
    campaign.nodes[1].policy = QJsonObject{{u"preset"_s, u"production"_s},
                                           {u"max_attempts"_s, 0},
                                           {u"http2"_s, u"h3"_s},
                                           {u"later"_s, true}};
    const Diagnostics diagnostics = validateCampaign(campaign);
    QStringList seen;
    for (const Diagnostic &d : diagnostics)
        seen << (d.isError() ? u"error "_s : u"warning "_s) + d.path + u' ' + d.nodeId;
    seen.sort();
    QCOMPARE(seen,
             (QStringList{u"error $.delivery.host_concurrency "_s,
                          u"error $.nodes[1].policy.http2 w"_s,
                          u"error $.nodes[1].policy.max_attempts w"_s,
                          u"warning $.nodes[1].policy.later w"_s}));
    // A valid policy and valid settings say nothing.
    campaign.nodes[1].policy = QJsonObject{{u"preset"_s, u"production"_s}, {u"timeout_ms"_s, 5000}};
    campaign.delivery = QJsonObject{{u"rate_limit"_s, QJsonObject{{u"count"_s, 10}}}};
    QVERIFY2(validateCampaign(campaign).isEmpty(), qPrintable(describe(validateCampaign(campaign))));
}

void TestPolicy::validationLocatesPolicyProblemsInTheFile()
{
    const QByteArray file
        = "{\n"
          "  \"format\": 1,\n"
          "  \"key\": \"k\",\n"
          "  \"title\": \"T\",\n"
          "  \"delivery\": { \"profile\": \"hackle\", \"rate_limit\": { \"count\": "
          "10, \"per\": \"hour\" } },\n"
          "  \"nodes\": [\n"
          "    { \"id\": \"t\", \"kind\": \"trigger\", \"event_key\": \"e\" },\n"
          "    { \"id\": \"w\", \"kind\": \"webhook\", \"request\": { \"url\": "
          "\"http://x.test/a\" },\n"
          "      \"policy\": { \"max_attempts\": 99 } }\n"
          "  ],\n"
          "  \"edges\": [ { \"from\": \"t\", \"to\": \"w\" } ]\n"
          "}\n";
    const CampaignLoad load = CampaignFormat::parse(file);
    QVERIFY(load.campaign);
    QVERIFY(!load.ok());
    auto find = [&](const QString &path) -> const Diagnostic * {
        for (const Diagnostic &d : load.diagnostics) {
            if (d.path == path)
                return &d;
        }
        return nullptr;
    };
    const Diagnostic *attempts = find(u"$.nodes[1].policy.max_attempts"_s);
    QVERIFY2(attempts, qPrintable(describe(load.diagnostics)));
    QCOMPARE(attempts->location.line, 9);
    QCOMPARE(attempts->location.column, 35);
    const Diagnostic *per = find(u"$.delivery.rate_limit.per"_s);
    QVERIFY(per);
    QCOMPARE(per->location.line, 5);
    const Diagnostic *url = find(u"$.nodes[1].request.url"_s);
    QVERIFY(url);
    QVERIFY(url->isError());
    QCOMPARE(url->location.line, 8);
}

void TestPolicy::validationReportsSigningProblems()
{
    RequestTemplate request;
    request.url = u"https://x.test/"_s;
    request.body = u"{}"_s;
    Campaign campaign = webhookCampaign(request);
    campaign.nodes[1].signing = QJsonObject{{u"scheme"_s, u"standard-webhooks"_s},
                                            {u"secret"_s, u"signing_key"_s}};
    QVERIFY2(validateCampaign(campaign).isEmpty(), qPrintable(describe(validateCampaign(campaign))));
    // No secret is looked up: only the object's shape is checked, each problem at its place.
    campaign.nodes[1].signing = QJsonObject{{u"scheme"_s, u"hmac"_s},
                                            {u"secrets"_s, QJsonArray{u"new_key"_s, u"1bad"_s}}};
    QStringList seen;
    for (const Diagnostic &d : validateCampaign(campaign))
        seen << (d.isError() ? u"error "_s : u"warning "_s) + d.path + u' ' + d.nodeId;
    seen.sort();
    QCOMPARE(seen,
             (QStringList{u"error $.nodes[1].signing.scheme w"_s,
                          u"error $.nodes[1].signing.secrets[1] w"_s}));
    campaign.nodes[1].signing = QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}};
    const Diagnostics missing = validateCampaign(campaign);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().path, u"$.nodes[1].signing"_s);
}

// ---- Scheduling --------------------------------------------------------------------------------

void TestPolicy::rateLimiterPerSecond()
{
    ManualClock clock;
    RateLimiter limiter(3, Second);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.delayUntilAllowed(clock.elapsedMs()), 0);
        limiter.record(clock.elapsedMs());
        clock.advance(100);
    }
    // Three went at 0, 100 and 200 ms; the fourth may go when the first leaves the window.
    QCOMPARE(clock.elapsedMs(), 300);
    QCOMPARE(limiter.delayUntilAllowed(clock.elapsedMs()), 700);
    clock.advance(699);
    QCOMPARE(limiter.delayUntilAllowed(clock.elapsedMs()), 1);
    clock.advance(1);
    QCOMPARE(limiter.delayUntilAllowed(clock.elapsedMs()), 0);
    limiter.record(clock.elapsedMs());                           // at 1000
    QCOMPARE(limiter.delayUntilAllowed(clock.elapsedMs()), 100); // the one at 100 leaves at 1100
}

void TestPolicy::rateLimiterSlidingWindow()
{
    // Whatever the pattern, no window of `window` ms ever holds more than `count` dispatches.
    constexpr int Count = 7;
    constexpr qint64 Window = Minute;
    RateLimiter limiter(Count, Window);
    QCOMPARE(limiter.count(), Count);
    QCOMPARE(limiter.windowMs(), Window);
    QRandomGenerator rng(5);
    ManualClock clock;
    QList<qint64> sent;
    while (sent.size() < 500) {
        const qint64 wait = limiter.delayUntilAllowed(clock.elapsedMs());
        if (wait > 0) {
            clock.advance(wait);
            QCOMPARE(limiter.delayUntilAllowed(clock.elapsedMs()), 0);
        }
        limiter.record(clock.elapsedMs());
        sent.append(clock.elapsedMs());
        clock.advance(rng.bounded(3) == 0 ? qint64(rng.bounded(20'000)) : 0);
    }
    for (qsizetype i = Count; i < sent.size(); ++i)
        QVERIFY2(sent.at(i) - sent.at(i - Count) >= Window, qPrintable(QString::number(i)));
    // Time only moves forward.
    QVERIFY(std::adjacent_find(sent.cbegin(), sent.cend(), std::greater<>()) == sent.cend());
}

void TestPolicy::rateLimiterUnlimited()
{
    RateLimiter limiter(0, Second);
    for (int i = 0; i < 10'000; ++i)
        limiter.record(0);
    QCOMPARE(limiter.delayUntilAllowed(0), 0);
}

void TestPolicy::breakerOpensAfterFailuresInARow()
{
    ManualClock clock;
    CircuitBreaker breaker(3, 30 * Second, 10 * Second);
    const QString host = u"127.0.0.1:8080"_s;
    QVERIFY(breaker.isEnabled());
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Closed);
    breaker.recordFailure(host, clock.elapsedMs());
    breaker.recordFailure(host, clock.elapsedMs());
    // A success in between starts the count again.
    breaker.recordSuccess(host, clock.elapsedMs());
    breaker.recordFailure(host, clock.elapsedMs());
    breaker.recordFailure(host, clock.elapsedMs());
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Allow);
    QVERIFY(!breaker.isOpen(host));
    QCOMPARE(breaker.reopensAtMs(host), 0);
    clock.advance(Second);
    breaker.recordFailure(host, clock.elapsedMs());
    QVERIFY(breaker.isOpen(host));
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Open);
    QCOMPARE(breaker.reopensAtMs(host), 11 * Second);
    // Paused for the whole cooldown.
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Paused);
    clock.advance(10 * Second - 1);
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Paused);
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Open);
}

void TestPolicy::breakerWindow()
{
    ManualClock clock;
    CircuitBreaker breaker(3, 10 * Second, 10 * Second);
    const QString host = u"h:1"_s;
    breaker.recordFailure(host, clock.elapsedMs()); // at 0: out of the window at 10 s
    clock.advance(5 * Second);
    breaker.recordFailure(host, clock.elapsedMs());
    clock.advance(5 * Second);
    breaker.recordFailure(host, clock.elapsedMs()); // only two within (0, 10 s]
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Closed);
    clock.advance(Second);
    breaker.recordFailure(host, clock.elapsedMs()); // 5, 10, 11 s: three within 10 s
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Open);
}

void TestPolicy::breakerProbes()
{
    ManualClock clock;
    CircuitBreaker breaker(2, 30 * Second, 10 * Second);
    const QString host = u"h:1"_s;
    breaker.recordFailure(host, clock.elapsedMs());
    breaker.recordFailure(host, clock.elapsedMs());
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Open);
    clock.advance(10 * Second);
    // Half-open: one probe, everything else waits for its result.
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Probe);
    QCOMPARE(breaker.state(host), CircuitBreaker::State::HalfOpen);
    QVERIFY(breaker.isOpen(host));
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Paused);
    clock.advance(Minute);
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Paused);
    breaker.recordSuccess(host, clock.elapsedMs());
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Closed);
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Allow);
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Allow);
    // Closed again with a fresh count: one failure does not reopen it.
    breaker.recordFailure(host, clock.elapsedMs());
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Closed);
}

void TestPolicy::breakerReopensWhenProbeFails()
{
    ManualClock clock;
    CircuitBreaker breaker(1, 30 * Second, 10 * Second);
    const QString host = u"h:1"_s;
    breaker.recordFailure(host, clock.elapsedMs());
    for (int round = 1; round <= 3; ++round) {
        QCOMPARE(breaker.state(host), CircuitBreaker::State::Open);
        clock.advance(10 * Second);
        QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Probe);
        clock.advance(2 * Second); // the probe takes a while and fails
        breaker.recordFailure(host, clock.elapsedMs());
        QCOMPARE(breaker.state(host), CircuitBreaker::State::Open);
        // Another whole cooldown from the probe's failure.
        QCOMPARE(breaker.reopensAtMs(host), clock.elapsedMs() + 10 * Second);
        QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Paused);
    }
    clock.advance(10 * Second);
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Probe);
    breaker.recordSuccess(host, clock.elapsedMs());
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Allow);
}

void TestPolicy::breakerIgnoresLateResults()
{
    ManualClock clock;
    CircuitBreaker breaker(2, 30 * Second, 10 * Second);
    const QString host = u"h:1"_s;
    breaker.recordFailure(host, clock.elapsedMs());
    breaker.recordFailure(host, clock.elapsedMs());
    const qint64 reopens = breaker.reopensAtMs(host);
    // Requests sent before it opened finish while it is open: neither kind changes anything.
    clock.advance(Second);
    breaker.recordFailure(host, clock.elapsedMs());
    breaker.recordSuccess(host, clock.elapsedMs());
    QCOMPARE(breaker.state(host), CircuitBreaker::State::Open);
    QCOMPARE(breaker.reopensAtMs(host), reopens);
}

void TestPolicy::breakerAbandonedProbe()
{
    ManualClock clock;
    CircuitBreaker breaker(1, 30 * Second, 10 * Second);
    const QString host = u"h:1"_s;
    breaker.recordFailure(host, clock.elapsedMs());
    clock.advance(10 * Second);
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Probe);
    breaker.abandonProbe(host);
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Probe);
    QCOMPARE(breaker.decide(host, clock.elapsedMs()), CircuitBreaker::Decision::Paused);
    breaker.abandonProbe(u"other:1"_s); // unknown hosts are fine
}

void TestPolicy::breakerOff()
{
    CircuitBreaker breaker(0, 30 * Second, 10 * Second);
    QVERIFY(!breaker.isEnabled());
    for (int i = 0; i < 100; ++i)
        breaker.recordFailure(u"h:1"_s, 0);
    QCOMPARE(breaker.decide(u"h:1"_s, 0), CircuitBreaker::Decision::Allow);
    QVERIFY(!breaker.isOpen(u"h:1"_s));
}

void TestPolicy::breakerHostsAreIndependent()
{
    CircuitBreaker breaker(2, 30 * Second, 10 * Second);
    breaker.recordFailure(u"a:443"_s, 0);
    breaker.recordFailure(u"a:443"_s, 0);
    breaker.recordFailure(u"b:443"_s, 0);
    QCOMPARE(breaker.decide(u"a:443"_s, 0), CircuitBreaker::Decision::Paused);
    QCOMPARE(breaker.decide(u"b:443"_s, 0), CircuitBreaker::Decision::Allow);
    QCOMPARE(breaker.decide(u"a:8443"_s, 0), CircuitBreaker::Decision::Allow);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
