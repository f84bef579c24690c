// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/clock.h"

#include <QElapsedTimer>

namespace Hookflow {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }

    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 elapsedMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer; // monotonic where the platform has such a clock
};

} // namespace

std::shared_ptr<Clock> Clock::system()
{
    static const std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    return clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_start(start.toUTC())
{}

QDateTime ManualClock::now() const
{
    return m_start.addMSecs(m_elapsed.load());
}

qint64 ManualClock::elapsedMs() const
{
    return m_elapsed.load();
}

void ManualClock::advance(qint64 ms)
{
    if (ms > 0)
        m_elapsed.fetch_add(ms);
}

} // namespace Hookflow
