// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QString>

#include <optional>

class QRandomGenerator;

namespace Hookflow {

/// What an attempt's result means for its delivery (DESIGN §6 retry classes).
enum class Outcome { Success, Retry, Final };

/// "success", "retry", "final": the names the results database and reports use.
QString outcomeName(Outcome outcome);

/// 2xx is Success; 408, 429 and 5xx are Retry; 1xx, 3xx and every other 4xx are Final (a 3xx
/// reaches here only when redirects are off or exhausted). Codes outside 100–599 are Final.
Outcome classifyStatus(int status);

/// For an attempt that ended without an HTTP status. Timeouts, refused, reset or closed
/// connections, unknown hosts, proxy failures, temporary network failures, protocol failures
/// (a garbled or cut-off response) and cancellation (the engine aborts a reply on its own
/// deadline) are Retry; TLS handshake failures, unsupported schemes, redirect-policy refusals
/// and proxy authentication are Final. The codes QtNetwork derives from an HTTP status follow
/// classifyStatus(); NoError is Success.
Outcome classifyNetworkError(QNetworkReply::NetworkError error);

/// A Retry-After value (RFC 9110 §10.2.3) as milliseconds from `now`: delta-seconds, or an
/// HTTP-date in the IMF-fixdate form ("Sun, 06 Nov 1994 08:49:37 GMT") or one of the obsolete
/// RFC 850 and asctime forms. A date in the past gives 0; a negative number or anything else
/// gives nullopt. Not capped: DeliveryPolicy::retryDelay() applies the policy's cap.
std::optional<qint64> parseRetryAfterMs(QByteArrayView value, const QDateTime &now);

/// How a webhook may use HTTP/2.
enum class Http2Mode {
    Off,           ///< HTTP/1.1 only
    Allowed,       ///< h2 when the server offers it through ALPN over TLS; http:// stays 1.1
    PriorKnowledge ///< h2c straight away on http:// (the server must speak it), ALPN on https://
};

/// "off", "allowed", "prior-knowledge".
QString http2ModeName(Http2Mode mode);
std::optional<Http2Mode> http2ModeFromName(const QString &name);

/// A webhook node's delivery policy, `node.policy` in the campaign file (DESIGN §3): how long
/// one attempt may take, how often and when to try again. Built from a preset, with the file's
/// members on top. docs/delivery.md describes every member and both presets.
struct DeliveryPolicy
{
    static inline const QString TestFire = QStringLiteral("test-fire");
    static inline const QString Production = QStringLiteral("production");

    /// The limits the file format accepts (and the inspector offers).
    static constexpr int MaxAttemptsLimit = 50;
    static constexpr qint64 MaxTimeoutMs = 3'600'000;
    static constexpr qint64 MaxRetryAfterCapMs = 86'400'000;
    static constexpr int MaxRedirectsLimit = 5;

    QString preset = TestFire;
    int maxAttempts = 5; ///< every attempt, the first included
    /// Fixed delays before attempts 2, 3 …; the last one repeats when maxAttempts asks for more.
    /// Empty: exponential backoff with full jitter from backoffBaseMs, capped at backoffCapMs.
    QList<qint64> scheduleMs;
    /// A fixed schedule's delays vary by up to this fraction either way (Svix's server: 0.2),
    /// so deliveries that failed together do not all come back at the same moment.
    double scheduleJitter = 0;
    qint64 backoffBaseMs = 120'000;
    qint64 backoffCapMs = 960'000;
    qint64 timeoutMs = 30'000;        ///< per attempt, counted from dispatch, not from queueing
    qint64 inactivityMs = 10'000;     ///< no byte for this long fails the attempt; 0 = no limit
    qint64 retryAfterCapMs = 300'000; ///< a Retry-After longer than this waits only this long
    Http2Mode http2 = Http2Mode::Allowed;
    bool followRedirects = false;
    int maxRedirects = MaxRedirectsLimit;
    /// SHA-256 of the endpoint's DER certificate (32 bytes), empty when none is pinned.
    QByteArray pinnedSha256;

    bool operator==(const DeliveryPolicy &) const = default;

    /// "test-fire" (also for an unknown name) or "production".
    static DeliveryPolicy forPreset(const QString &name);
    static bool isPreset(const QString &name);

    /// Reads `node.policy`: the preset first, then every member on top of it. A member with a
    /// wrong type or value keeps the preset's value and adds an error to `diagnostics` (unknown
    /// members add a warning), with JSON paths under `path` ("$.nodes[2].policy"; "$" when empty).
    static DeliveryPolicy fromJson(const QJsonObject &json,
                                   const QString &path = {},
                                   Diagnostics *diagnostics = nullptr);
    /// The preset and the members that differ from it; fromJson(toJson()) gives this policy back.
    QJsonObject toJson() const;

    /// The delay before attempt `attempt` (2-based: the first retry is attempt 2; 0 for the
    /// first). Exponential: uniform in [0, min(cap, base·2^(attempt−2))] (full jitter). Fixed:
    /// the schedule's delay, ± scheduleJitter.
    qint64 delayBeforeAttempt(int attempt, QRandomGenerator &rng) const;
    /// The longest delayBeforeAttempt() can be.
    qint64 maxDelayBeforeAttempt(int attempt) const;
    /// The delay before attempt `attempt` after a response that carried Retry-After: never
    /// sooner than the backoff asks, and never later than retryAfterCapMs.
    qint64 retryDelay(int attempt, std::optional<qint64> retryAfterMs, QRandomGenerator &rng) const;
    /// The longest a delivery can wait between its first and its last attempt (Retry-After aside).
    qint64 maxTotalDelayMs() const;

    /// When the attempts go, in words: "now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h" or
    /// "now, up to 2 min, up to 4 min, up to 8 min, up to 16 min" (translated).
    QString scheduleSummary() const;
    /// "500 ms", "5 s", "5 min", "2 h", "1.5 h" (translated): for summaries and the inspector.
    static QString formatDuration(qint64 ms);
};

/// Campaign-wide delivery settings, `campaign.delivery` in the campaign file.
struct DeliverySettings
{
    static constexpr int MaxHostConcurrency = 256;
    static constexpr int MaxRateLimit = 1'000'000;
    static constexpr int MaxBreakerFailures = 10'000;
    static constexpr qint64 MaxBreakerMs = 86'400'000;
    static inline const QString HackleProfile = QStringLiteral("hackle");

    int hostConcurrency = 16;   ///< requests in flight per host:port
    int rateLimit = 0;          ///< dispatches per rateWindowMs; 0 = unlimited
    qint64 rateWindowMs = 1000; ///< 1000 (per second) or 60000 (per minute)
    int breakerFailures = 5; ///< failures in a row within breakerWindowMs that pause a host; 0 = off
    qint64 breakerWindowMs = 30'000;
    qint64 breakerCooldownMs = 30'000;
    QString profile; ///< "" or "hackle": validate the campaign against Hackle's webhook rules

    bool operator==(const DeliverySettings &) const = default;

    bool isHackle() const { return profile == HackleProfile; }

    /// Reads `campaign.delivery`; like DeliveryPolicy::fromJson, a bad member keeps its default
    /// and adds a diagnostic under `path` ("$.delivery" when empty).
    static DeliverySettings fromJson(const QJsonObject &json,
                                     const QString &path = {},
                                     Diagnostics *diagnostics = nullptr);
    /// Only the members that differ from the defaults.
    QJsonObject toJson() const;
};

} // namespace Hookflow
