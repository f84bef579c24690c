// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sender.h"

#include <QHash>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hookflow {

/// The sender thread's half: the network managers and the attempts in flight.
class SenderCore final : public QObject
{
    Q_OBJECT
public:
    SenderCore(Sender *owner, int hostConcurrency)
        : m_owner(owner)
        , m_managerCount(qMax(1,
                              (hostConcurrency + Sender::ConnectionsPerManager - 1)
                                  / Sender::ConnectionsPerManager))
        , m_h2cManagers(qMax(1,
                             (hostConcurrency + Sender::StreamsPerConnection - 1)
                                 / Sender::StreamsPerConnection))
    {}

    void start(QList<Sender::Job> jobs)
    {
        if (m_managers.isEmpty()) { // created here, so that they belong to this thread
            for (int i = 0; i < m_managerCount; ++i) {
                auto *network = new SafeNetworkAccessManager(this);
                network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
                network->setCookieJar(nullptr);
                m_managers.append(network);
            }
        }
        for (Sender::Job &job : jobs) {
            // The host's least busy manager keeps each under its connection limit. Prior-knowledge
            // HTTP/2 multiplexes: its requests share as few connections as their streams allow.
            const bool h2c = job.policy.http2 == Http2Mode::PriorKnowledge
                             && job.request.url.scheme() == u"http";
            QList<int> &load = m_load[job.host];
            load.resize(m_managers.size());
            const auto end = load.cbegin() + (h2c ? qMin(m_h2cManagers, load.size()) : load.size());
            const int lane = int(std::min_element(load.cbegin(), end) - load.cbegin());
            ++load[lane];
            auto *attempt = new HttpAttempt(m_managers.at(lane),
                                            std::move(job.request),
                                            job.policy,
                                            job.now,
                                            this);
            connect(attempt, &HttpAttempt::finished, this, [this, attempt] { finish(attempt); });
            m_inFlight.insert(attempt, Flight{job.id, job.host, lane});
            attempt->start();
        }
    }

    void abortAll()
    {
        const QList<HttpAttempt *> attempts = m_inFlight.keys();
        m_inFlight.clear();
        m_load.clear();
        for (HttpAttempt *attempt : attempts) {
            attempt->disconnect(this);
            delete attempt;
        }
    }

private:
    struct Flight
    {
        quint64 id;
        QString host;
        int lane;
    };

    void finish(HttpAttempt *attempt)
    {
        attempt->deleteLater();
        const auto it = m_inFlight.constFind(attempt);
        if (it == m_inFlight.cend())
            return;
        --m_load[it->host][it->lane];
        m_owner->post(Sender::Done{it->id, attempt->result()});
        m_inFlight.erase(it);
    }

    Sender *m_owner;
    int m_managerCount;
    int m_h2cManagers;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QString, QList<int>> m_load; ///< per host: requests in flight on each manager
    QHash<HttpAttempt *, Flight> m_inFlight;
};

Sender::Sender(int hostConcurrency, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_core(new SenderCore(this, hostConcurrency))
{
    m_thread->setObjectName(u"hookflow-send"_s);
    m_core->moveToThread(m_thread);
    m_thread->start();
}

Sender::~Sender()
{
    abortAll();
    // The core and its managers go with the thread's last deferred deletes.
    connect(m_thread, &QThread::finished, m_core, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void Sender::send(QList<Job> jobs)
{
    if (jobs.isEmpty())
        return;
    SenderCore *core = m_core;
    QMetaObject::invokeMethod(
        core,
        [core, jobs = std::move(jobs)]() mutable { core->start(std::move(jobs)); },
        Qt::QueuedConnection);
}

QList<Sender::Done> Sender::takeFinished()
{
    const QMutexLocker lock(&m_mutex);
    return std::exchange(m_finished, {});
}

void Sender::abortAll()
{
    QMetaObject::invokeMethod(m_core, &SenderCore::abortAll, Qt::BlockingQueuedConnection);
}

void Sender::post(Done done)
{
    // One wake-up per batch: the owner takes everything that finished meanwhile.
    bool first = false;
    {
        const QMutexLocker lock(&m_mutex);
        first = m_finished.isEmpty();
        m_finished.append(std::move(done));
    }
    if (first)
        QMetaObject::invokeMethod(this, &Sender::finishedReady, Qt::QueuedConnection);
}

} // namespace Hookflow

#include "sender.moc"
