// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <atomic>
#include <memory>

namespace Hookflow {

/// The time source of delivery: scheduling, backoff, Retry-After dates, rate limits, breaker
/// windows and the webhook-timestamp header all ask a Clock, so tests can move time by hand
/// instead of sleeping (KeePassXC's Clock and MockClock).
class Clock
{
public:
    virtual ~Clock() = default;

    /// The wall clock, in UTC.
    virtual QDateTime now() const = 0;
    /// Monotonic milliseconds since an arbitrary origin; never goes back, unlike now().
    virtual qint64 elapsedMs() const = 0;

    /// The real clock, shared by everyone.
    static std::shared_ptr<Clock> system();
};

/// A clock that only moves when told to; safe to read and advance from several threads.
class ManualClock final : public Clock
{
public:
    /// now() starts at `start` (converted to UTC) and elapsedMs() at 0.
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

    QDateTime now() const override;
    qint64 elapsedMs() const override;

    /// Moves both now() and elapsedMs() forward by `ms` (negative values are ignored: a
    /// monotonic clock never goes back).
    void advance(qint64 ms);

private:
    const QDateTime m_start;
    std::atomic<qint64> m_elapsed{0};
};

} // namespace Hookflow
