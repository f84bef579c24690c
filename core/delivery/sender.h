// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/httpattempt.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>

class QThread;

namespace Hookflow {

class SenderCore;

/// Sends HTTP attempts on a thread of their own, so that Qt's per-request plumbing for dozens of
/// requests in flight runs beside the run's database writes and templates instead of queueing
/// behind them. Lives in the thread that owns it; `send()`, `takeFinished()` and `abortAll()`
/// are called there.
class Sender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sender)
public:
    struct Job
    {
        quint64 id = 0;
        QString host; ///< "host:port": requests to one host are spread over the managers
        PreparedRequest request;
        DeliveryPolicy policy;
        QDateTime now; ///< the run's clock at dispatch, for Retry-After dates
    };
    struct Done
    {
        quint64 id = 0;
        AttemptResult result;
    };

    /// QNetworkAccessManager opens at most this many HTTP/1.1 connections per host; more requests
    /// would wait inside it with their deadline running, so a host's requests are spread over
    /// several managers instead.
    static constexpr int ConnectionsPerManager = 6;
    /// Streams Qt runs at once on one HTTP/2 connection.
    static constexpr int StreamsPerConnection = 100;

    /// Starts the thread, with enough network managers for `hostConcurrency` requests in flight
    /// to one host.
    explicit Sender(int hostConcurrency, QObject *parent = nullptr);
    /// Aborts what is still out (without results) and stops the thread.
    ~Sender() override;

    /// Starts the attempts; each one's result comes back exactly once through takeFinished(),
    /// unless abortAll() comes first.
    void send(QList<Job> jobs);
    /// Attempts finished since the last call, in the order they finished.
    QList<Done> takeFinished();
    /// Aborts every attempt still out; none of them reports a result. Returns once they are gone.
    /// Results that arrived before stay for takeFinished().
    void abortAll();

signals:
    /// takeFinished() has something; emitted once until it is called.
    void finishedReady();

private:
    friend class SenderCore;
    void post(Done done);

    QThread *m_thread = nullptr;
    SenderCore *m_core = nullptr;
    QMutex m_mutex;
    QList<Done> m_finished; ///< guarded by m_mutex
};

} // namespace Hookflow
