// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/scheduling.h"

#include <algorithm>

namespace Hookflow {

// ---- RateLimiter ----------------------------------------------------------------------------

RateLimiter::RateLimiter(int count, qint64 windowMs)
    : m_count(std::max(0, count))
    , m_windowMs(std::max<qint64>(0, windowMs))
{}

qint64 RateLimiter::delayUntilAllowed(qint64 nowMs) const
{
    if (m_count == 0 || m_recent.size() < m_count)
        return 0;
    // The count-th most recent dispatch must have left the window.
    return std::max<qint64>(0, m_recent.at(m_oldest) + m_windowMs - nowMs);
}

void RateLimiter::record(qint64 nowMs)
{
    if (m_count == 0)
        return;
    if (m_recent.size() < m_count) {
        m_recent.append(nowMs);
        return;
    }
    m_recent[m_oldest] = nowMs;
    m_oldest = (m_oldest + 1) % m_count;
}

// ---- CircuitBreaker -------------------------------------------------------------------------

CircuitBreaker::CircuitBreaker(int failures, qint64 windowMs, qint64 cooldownMs)
    : m_failures(std::max(0, failures))
    , m_windowMs(std::max<qint64>(0, windowMs))
    , m_cooldownMs(std::max<qint64>(0, cooldownMs))
{}

void CircuitBreaker::open(Host &host, qint64 nowMs)
{
    host.state = State::Open;
    host.reopensAt = nowMs + m_cooldownMs;
    host.probing = false;
    host.failures.clear();
}

CircuitBreaker::Decision CircuitBreaker::decide(const QString &host, qint64 nowMs)
{
    if (!isEnabled())
        return Decision::Allow;
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || it->state == State::Closed)
        return Decision::Allow;
    if (it->state == State::Open) {
        if (nowMs < it->reopensAt)
            return Decision::Paused;
        it->state = State::HalfOpen;
    }
    if (it->probing)
        return Decision::Paused;
    it->probing = true;
    return Decision::Probe;
}

void CircuitBreaker::recordSuccess(const QString &host, qint64 nowMs)
{
    Q_UNUSED(nowMs)
    if (!isEnabled())
        return;
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || it->state == State::Open)
        return;
    // Closed: the failures are no longer in a row. Half-open: the probe got through.
    m_hosts.erase(it);
}

void CircuitBreaker::recordFailure(const QString &host, qint64 nowMs)
{
    if (!isEnabled())
        return;
    Host &state = m_hosts[host];
    switch (state.state) {
    case State::Open:
        return;
    case State::HalfOpen:
        open(state, nowMs);
        return;
    case State::Closed:
        state.failures.append(nowMs);
        while (!state.failures.isEmpty() && state.failures.first() <= nowMs - m_windowMs)
            state.failures.removeFirst();
        if (state.failures.size() >= m_failures)
            open(state, nowMs);
        return;
    }
}

void CircuitBreaker::abandonProbe(const QString &host)
{
    auto it = m_hosts.find(host);
    if (it != m_hosts.end() && it->state == State::HalfOpen)
        it->probing = false;
}

qint64 CircuitBreaker::reopensAtMs(const QString &host) const
{
    const auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() || it->state == State::Closed ? 0 : it->reopensAt;
}

bool CircuitBreaker::isOpen(const QString &host) const
{
    return state(host) != State::Closed;
}

CircuitBreaker::State CircuitBreaker::state(const QString &host) const
{
    const auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? State::Closed : it->state;
}

} // namespace Hookflow
