// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Hookflow {

/// A campaign's rate limit: at most `count` dispatches in any `windowMs` (a sliding window,
/// exact: a dispatch at t is allowed when fewer than `count` went in (t − windowMs, t]).
/// Time is whatever the caller passes, normally Clock::elapsedMs().
class RateLimiter
{
public:
    /// `count` 0 means unlimited.
    RateLimiter(int count, qint64 windowMs);

    /// 0 when a dispatch may go at `nowMs`, otherwise how long until one may.
    qint64 delayUntilAllowed(qint64 nowMs) const;
    /// Counts a dispatch at `nowMs` (call it for every one that goes).
    void record(qint64 nowMs);

    int count() const { return m_count; }
    qint64 windowMs() const { return m_windowMs; }

private:
    int m_count;
    qint64 m_windowMs;
    QList<qint64> m_recent; ///< ring of the last `count` dispatch times
    qsizetype m_oldest = 0; ///< index of the oldest one once the ring is full
};

/// Pauses a failing host ("host:port"). Closed: requests go; `failures` failures in a row, all
/// within `windowMs`, open it (a success in between starts the count again). Open: nothing goes
/// for `cooldownMs`. Then half-open: one probe at a time; its success closes the breaker, its
/// failure opens it for another cooldown. Results that arrive while it is open (requests sent
/// before it opened) change nothing. `failures` 0 turns the breaker off.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };
    enum class Decision {
        Allow, ///< send
        Probe, ///< send it as the probe; report its result with recordSuccess/recordFailure
        Paused ///< do not send yet: the host is paused (see reopensAtMs)
    };

    CircuitBreaker(int failures, qint64 windowMs, qint64 cooldownMs);

    /// Whether a request to `host` may go at `nowMs`. A Probe answer reserves the one probe
    /// slot until its result is recorded or abandonProbe() is called.
    Decision decide(const QString &host, qint64 nowMs);
    void recordSuccess(const QString &host, qint64 nowMs);
    void recordFailure(const QString &host, qint64 nowMs);
    /// The probe decide() handed out was not sent after all (the run stopped, the rate limit
    /// held it back): the next decide() may hand out another.
    void abandonProbe(const QString &host);

    /// When an open host may be probed; 0 for a closed one. While a probe is in flight the
    /// host stays paused until its result, whatever this says.
    qint64 reopensAtMs(const QString &host) const;
    /// True when the host is open or half-open: normal requests do not go.
    bool isOpen(const QString &host) const;
    State state(const QString &host) const;
    bool isEnabled() const { return m_failures > 0; }

private:
    struct Host
    {
        State state = State::Closed;
        QList<qint64> failures; ///< times of the failures in a row, oldest first
        qint64 reopensAt = 0;
        bool probing = false;
    };

    void open(Host &host, qint64 nowMs);

    int m_failures;
    qint64 m_windowMs;
    qint64 m_cooldownMs;
    QHash<QString, Host> m_hosts;
};

} // namespace Hookflow
