// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runengine.h"

#include "delivery/policy.h"
#include "delivery/requestbuilder.h"
#include "delivery/scheduling.h"
#include "delivery/sender.h"
#include "delivery/signing.h"
#include "engine/flowmatcher.h"
#include "model/campaignformat.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <atomic>
#include <deque>

using namespace Qt::StringLiterals;

// Warnings by default: the CLI's stderr is for diagnostics; QT_LOGGING_RULES turns the rest on.
Q_LOGGING_CATEGORY(lcEngine, "hookflow.engine", QtWarningMsg)

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunEngine)
};

/// A dry run is matched, rendered and recorded this many users per transaction.
constexpr int DryBatch = 500;
/// Users matched at a time while a live run is planned.
constexpr int UserBatch = 1000;
/// Deliveries read from the database and rendered ahead of their dispatch.
constexpr int ReadAhead = 256;

/// A webhook node, compiled once per run.
struct NodeRuntime
{
    RequestBuilder builder;
    RequestBuilder::Scope scope; ///< the event, campaign, `now` and secrets, converted once
    Signer signer;
    DeliveryPolicy policy;
};

/// A delivery read from the database and rendered, waiting for a free slot.
struct Ready
{
    PendingDelivery delivery;
    PreparedRequest request;
    QString host; ///< "host:port": the unit of concurrency and of the breaker
};

struct InFlight
{
    Ready ready;
    qint64 attemptId = 0;
    int number = 1;
    bool probe = false;
    QString url; ///< redacted, as recorded
};

/// A database write waiting for the next commit.
struct Write
{
    qint64 attemptId = 0; ///< 0: a delivery's state only
    qint64 deliveryId = 0;
    AttemptOutcome outcome;
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString refuseReason(const Campaign &campaign, const Event &event)
{
    const Diagnostics problems = validateCampaign(campaign);
    for (const Diagnostic &problem : problems) {
        if (problem.isError())
            return Tr::tr("the campaign has errors; fix them first: %1").arg(problem.message);
    }
    for (const Node &node : campaign.nodes) {
        if (!isExecutable(node.kind))
            return Tr::tr("%1 node \"%2\" cannot be run by this version of Hookflow yet, so the "
                          "campaign cannot be "
                          "test-fired; validation checks it already")
                .arg(nodeKindDisplayName(node.kind), node.id);
    }
    if (event.key.isEmpty())
        return Tr::tr("the trigger event has no event_key");
    return {};
}

/// Lives in the run's thread: owns the network managers and the database connection.
class RunWorker final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void run(const Hookflow::RunRequest &request);
    void cancel();
    /// Thread-safe: seen by planning and the dry run between batches, which run without
    /// returning to the event loop (so a queued cancel() would arrive only after them).
    void requestCancel() { m_cancelRequested.store(true, std::memory_order_relaxed); }

signals:
    void runStarted(qint64 runId, int planned);
    void deliveryFinished(const Hookflow::DeliveryUpdate &update);
    void finished(const Hookflow::RunSummary &summary);

private:
    Result<void> prepare();
    Result<void> resume();
    Result<int> plan();
    Result<void> dryRun();
    void startDispatch();
    void pump();
    Result<void> refill();
    void render(const PendingDelivery &delivery);
    void dispatch(QList<InFlight> &wave);
    void onAttemptsFinished();
    void onAttemptFinished(quint64 key, const AttemptResult &result);
    Result<void> commit(QList<InFlight> *wave = nullptr);
    void abandonInFlight();
    void cancelInFlight();
    void stop(const QString &error);
    void finish(const QString &error);
    qint64 nowEpochMs() const { return m_request.clock->now().toMSecsSinceEpoch(); }
    UserMatch match(const SampleUser &user) const;
    DeliveryRow deliveryRow(const SampleUser &user, const QString &nodeId) const;
    DeliveryUpdate updateFor(const Ready &ready) const;

    RunRequest m_request;
    std::unique_ptr<ResultsDatabase> m_db;
    SecretStore m_secrets;
    QHash<QString, NodeRuntime> m_nodes;
    DeliverySettings m_settings;
    std::unique_ptr<RateLimiter> m_rate;
    std::unique_ptr<CircuitBreaker> m_breaker;
    QRandomGenerator m_rng{QRandomGenerator::securelySeeded()};

    std::unique_ptr<Sender> m_sender;
    QHash<QString, int> m_hostLoad; ///< per host: requests in flight
    QHash<quint64, InFlight> m_inFlight;
    quint64 m_lastFlight = 0; ///< the key of the last attempt handed to the sender
    std::deque<Ready> m_ready;
    qint64 m_cursor = 0; ///< the last queued delivery read
    bool m_queueExhausted = false;
    QList<Write> m_writes;
    QList<DeliveryUpdate> m_updates;

    QTimer *m_wakeTimer = nullptr;
    qint64 m_runId = 0;
    bool m_canceled = false;
    std::atomic_bool m_cancelRequested{false};
    bool m_done = false;
    QString m_stopError;
};

void RunWorker::cancel()
{
    if (m_canceled || m_done)
        return;
    m_canceled = true;
    if (m_wakeTimer) // dispatching: look at once (otherwise the first pump sees the flag)
        m_wakeTimer->start(0);
}

void RunWorker::run(const RunRequest &request)
{
    m_request = request;
    if (!m_request.clock)
        m_request.clock = Clock::system();
    if (!m_request.userStream)
        m_request.userStream = UserStream::fromList(std::exchange(m_request.users, {}));
    Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(request.databasePath);
    if (!db)
        return finish(db.error().message);
    m_db = std::move(db).value();
    m_db->setClock(m_request.clock);
    if (m_request.databasePageLimit > 0)
        m_db->setPageLimit(m_request.databasePageLimit);
    Result<SecretStore> secrets = SecretStore::load(request.secretsPath);
    if (!secrets)
        return finish(secrets.error().message);
    m_secrets = std::move(secrets).value();

    if (m_request.resumeRunId) {
        if (Result<void> resumed = resume(); !resumed)
            return finish(resumed.error().message);
    } else {
        if (!m_request.now.isValid())
            m_request.now = m_request.event.timestamp.isValid() ? m_request.event.timestamp
                                                                : m_request.clock->now();
        if (!m_request.event.timestamp.isValid())
            m_request.event.timestamp = m_request.now;
        if (const QString reason = refuseReason(m_request.campaign, m_request.event);
            !reason.isEmpty())
            return finish(reason);
    }
    if (Result<void> prepared = prepare(); !prepared)
        return finish(prepared.error().message);

    if (m_request.mode == RunMode::Dry) {
        Result<void> dry = dryRun();
        return finish(dry ? QString() : dry.error().message);
    }
    int planned = 0;
    if (!m_request.resumeRunId) {
        Result<int> recorded = plan();
        if (!recorded)
            return finish(recorded.error().message);
        planned = *recorded;
    } else {
        planned = m_db->unfinishedDeliveries(m_runId);
    }
    emit runStarted(m_runId, planned);
    startDispatch();
}

Result<void> RunWorker::resume()
{
    Result<RunRecord> record = m_db->run(m_request.resumeRunId);
    if (!record)
        return record.error();
    const RunRecord &run = *record;
    if (run.campaign.isEmpty())
        return Error{u"resume"_s,
                     Tr::tr("run %1 was recorded by an older Hookflow and cannot be resumed")
                         .arg(run.id)};
    if (run.mode != u"live")
        return Error{u"resume"_s,
                     Tr::tr("run %1 is a dry run; there is nothing to resume").arg(run.id)};
    CampaignLoad load = CampaignFormat::parse(run.campaign);
    if (!load.readCompletely || !load.campaign)
        return Error{u"resume"_s,
                     Tr::tr("the campaign recorded with run %1 cannot be read").arg(run.id)};
    Result<Event> event = Event::fromJson(run.event);
    if (!event)
        return event.error();
    m_request.campaign = *load.campaign;
    m_request.event = *event;
    m_request.now = run.clock;
    m_request.target = run.target.isEmpty() ? QUrl() : QUrl(run.target);
    m_request.mode = RunMode::Live;
    if (m_request.secretsPath.isEmpty())
        m_request.secretsPath = run.secretsPath;
    m_runId = run.id;
    if (Result<void> claimed = m_db->claimRun(m_runId); !claimed)
        return claimed;
    Result<int> recovered = m_db->recoverInterrupted(m_runId);
    if (!recovered)
        return recovered.error();
    qCInfo(lcEngine) << "resuming run" << m_runId << "recovered" << *recovered;
    return {};
}

Result<void> RunWorker::prepare()
{
    Diagnostics ignored;
    m_settings = DeliverySettings::fromJson(m_request.campaign.delivery, {}, &ignored);
    if (m_request.concurrency > 0)
        m_settings.hostConcurrency = m_request.concurrency;
    m_rate = std::make_unique<RateLimiter>(m_settings.rateLimit, m_settings.rateWindowMs);
    m_breaker = std::make_unique<CircuitBreaker>(m_settings.breakerFailures,
                                                 m_settings.breakerWindowMs,
                                                 m_settings.breakerCooldownMs);
    for (const Node &node : std::as_const(m_request.campaign.nodes)) {
        if (node.kind != NodeKind::Webhook)
            continue;
        Result<RequestBuilder> builder = RequestBuilder::compile(m_request.campaign, node);
        if (!builder)
            return builder.error();
        Result<Signer> signer = Signer::create(node.signing, m_secrets);
        if (!signer)
            return Error{u"signing"_s,
                         Tr::tr("webhook \"%1\" cannot be signed: %2")
                             .arg(node.id, signer.error().message)};
        DeliveryPolicy policy = DeliveryPolicy::fromJson(node.policy, {}, &ignored);
        if (m_request.timeoutMs > 0)
            policy.timeoutMs = m_request.timeoutMs;
        if (m_request.maxAttempts > 0)
            policy.maxAttempts = m_request.maxAttempts;
        RequestBuilder::Scope scope = builder->scope(m_request.event, m_secrets, m_request.now);
        m_nodes.insert(node.id, NodeRuntime{*builder, std::move(scope), *signer, policy});
    }
    return {};
}

UserMatch RunWorker::match(const SampleUser &user) const
{
    return FlowMatcher::match(m_request.campaign,
                              user,
                              m_request.event,
                              m_request.now,
                              &m_request.audiences);
}

/// A new delivery of this run: its own webhook-id, kept on every retry and resume.
DeliveryRow RunWorker::deliveryRow(const SampleUser &user, const QString &nodeId) const
{
    DeliveryRow row;
    row.runId = m_runId;
    row.nodeId = nodeId;
    row.userId = user.userId;
    row.webhookId = RequestBuilder::newWebhookId();
    return row;
}

Result<int> RunWorker::plan()
{
    RunStart start;
    start.campaignKey = m_request.campaign.key;
    start.campaignTitle = m_request.campaign.title;
    start.mode = u"live"_s;
    start.campaign = CampaignFormat::serialize(m_request.campaign);
    start.event = m_request.event.toJson();
    start.clock = m_request.now;
    start.target = m_request.target.isValid() ? m_request.target.toString() : QString();
    start.secretsPath = m_request.secretsPath;
    // The run and all its deliveries are one transaction: a run killed before it commits has
    // sent nothing and left nothing behind. Users are matched a batch at a time, so that memory
    // does not grow with the size of the run.
    int planned = 0;
    int matched = 0;
    Result<void> recorded = m_db->transaction([&]() -> Result<void> {
        Result<qint64> runId = m_db->beginRun(start);
        if (!runId)
            return runId.error();
        m_runId = *runId;
        for (;;) {
            Result<QList<SampleUser>> users = m_request.userStream->next(UserBatch);
            if (!users)
                return users.error();
            if (users->isEmpty())
                break;
            if (m_cancelRequested.load(std::memory_order_relaxed)) // rolls the whole run back
                return Error{u"canceled"_s,
                             Tr::tr("stopped while the users were being matched; nothing was "
                                    "sent or recorded")};
            for (const SampleUser &user : std::as_const(*users)) {
                const UserMatch match = this->match(user);
                if (!match.matched)
                    continue;
                ++matched;
                const QByteArray json = QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact);
                for (const QString &nodeId : match.webhookNodes) {
                    DeliveryRow row = deliveryRow(user, nodeId);
                    row.state = u"queued"_s;
                    row.user = json;
                    if (Result<qint64> id = m_db->insertDelivery(row); !id)
                        return id.error();
                    ++planned;
                }
            }
        }
        return m_db->setRunCounts(m_runId, int(m_request.userStream->count()), matched);
    });
    if (!recorded) {
        m_runId = 0;
        return recorded.error();
    }
    return planned;
}

Result<void> RunWorker::dryRun()
{
    RunStart start;
    start.campaignKey = m_request.campaign.key;
    start.campaignTitle = m_request.campaign.title;
    start.mode = u"dry"_s;
    start.event = m_request.event.toJson();
    start.clock = m_request.now;
    Result<qint64> runId = m_db->beginRun(start);
    if (!runId)
        return runId.error();
    m_runId = *runId;
    emit runStarted(m_runId, 0);

    // Users are matched, rendered and recorded a batch at a time, so that memory does not grow
    // with the size of the run.
    int matched = 0;
    for (;;) {
        Result<QList<SampleUser>> users = m_request.userStream->next(DryBatch);
        if (!users)
            return users.error();
        if (users->isEmpty())
            break;
        Result<void> batch = m_db->transaction([&]() -> Result<void> {
            for (const SampleUser &user : std::as_const(*users)) {
                const UserMatch match = this->match(user);
                if (!match.matched)
                    continue;
                ++matched;
                for (const QString &nodeId : match.webhookNodes) {
                    DeliveryRow row = deliveryRow(user, nodeId);
                    DeliveryUpdate update;
                    update.runId = m_runId;
                    update.nodeId = nodeId;
                    update.userId = user.userId;
                    update.webhookId = row.webhookId;
                    const NodeRuntime &node = m_nodes[nodeId];
                    Result<PreparedRequest> prepared = node.builder.build(user,
                                                                          row.webhookId,
                                                                          node.scope);
                    if (!prepared) {
                        row.state = update.state = u"failed"_s;
                        row.error = update.error = prepared.error().message;
                    } else {
                        if (m_request.target.isValid())
                            prepared->url = RequestBuilder::retarget(prepared->url,
                                                                     m_request.target);
                        row.state = update.state = u"skipped"_s;
                        row.method = update.method = prepared->method;
                        row.url = update.url = prepared->redactedUrl();
                        row.headers = prepared->redactedHeaders();
                        row.body = prepared->redactedBody();
                        update.error = Tr::tr("dry run: rendered, not sent");
                    }
                    if (Result<qint64> id = m_db->insertDelivery(row); !id)
                        return id.error();
                    m_updates.append(update);
                }
            }
            return {};
        });
        if (!batch)
            return batch;
        for (const DeliveryUpdate &update : std::exchange(m_updates, {}))
            emit deliveryFinished(update);
        if (m_cancelRequested.load(std::memory_order_relaxed)) {
            m_canceled = true;
            break;
        }
    }
    return m_db->setRunCounts(m_runId, int(m_request.userStream->count()), matched);
}

void RunWorker::startDispatch()
{
    m_sender = std::make_unique<Sender>(m_settings.hostConcurrency);
    connect(m_sender.get(), &Sender::finishedReady, this, &RunWorker::onAttemptsFinished);
    m_wakeTimer = new QTimer(this);
    m_wakeTimer->setSingleShot(true);
    connect(m_wakeTimer, &QTimer::timeout, this, &RunWorker::pump);
    pump();
}

DeliveryUpdate RunWorker::updateFor(const Ready &ready) const
{
    DeliveryUpdate update;
    update.runId = m_runId;
    update.nodeId = ready.delivery.nodeId;
    update.userId = ready.delivery.userId;
    update.webhookId = ready.delivery.webhookId;
    update.method = ready.request.method;
    update.url = ready.request.redactedUrl();
    return update;
}

void RunWorker::render(const PendingDelivery &delivery)
{
    auto fail = [&](const QString &error) {
        Write write;
        write.deliveryId = delivery.id;
        write.outcome.deliveryState = u"failed"_s;
        write.outcome.error = error;
        m_writes.append(write);
        DeliveryUpdate update;
        update.runId = m_runId;
        update.nodeId = delivery.nodeId;
        update.userId = delivery.userId;
        update.webhookId = delivery.webhookId;
        update.state = u"failed"_s;
        update.error = error;
        update.attempt = delivery.attempts;
        m_updates.append(update);
    };
    const auto node = m_nodes.constFind(delivery.nodeId);
    if (node == m_nodes.cend())
        return fail(Tr::tr("the campaign has no webhook node \"%1\" any more").arg(delivery.nodeId));
    Result<SampleUser> user = SampleUser::fromJson(QJsonDocument::fromJson(delivery.user).object());
    if (!user)
        return fail(user.error().message);
    Result<PreparedRequest> prepared = node->builder.build(*user, delivery.webhookId, node->scope);
    if (!prepared)
        return fail(prepared.error().message);
    if (m_request.target.isValid())
        prepared->url = RequestBuilder::retarget(prepared->url, m_request.target);
    // Checked after rendering: a value cannot smuggle in another scheme.
    if (const QString reason = unsafeUrlReason(prepared->url); !reason.isEmpty())
        return fail(reason);
    if (m_settings.isHackle() && prepared->url.scheme() != u"https"
        && !isLoopbackHost(prepared->url.host()))
        return fail(Tr::tr("the Hackle profile sends only to https:// URLs (loopback aside); "
                           "this one is %1")
                        .arg(prepared->redactedUrl()));
    const QUrl &url = prepared->url;
    const QString host = url.host().toLower() + u':'
                         + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
    m_ready.push_back(Ready{delivery, std::move(prepared).value(), host});
}

Result<void> RunWorker::refill()
{
    if (qsizetype(m_ready.size()) >= ReadAhead / 2)
        return {};
    const qint64 now = nowEpochMs();
    const qint64 due = m_db->nextDueAt(m_runId);
    if (due >= 0 && due <= now) {
        Result<QList<PendingDelivery>> claimed = m_db->claimDueDeliveries(m_runId, now, ReadAhead);
        if (!claimed)
            return claimed.error();
        for (const PendingDelivery &delivery : std::as_const(*claimed))
            render(delivery);
    }
    if (!m_queueExhausted && qsizetype(m_ready.size()) < ReadAhead) {
        const int want = ReadAhead - int(m_ready.size());
        Result<QList<PendingDelivery>> queued = m_db->queuedDeliveries(m_runId, m_cursor, want);
        if (!queued)
            return queued.error();
        if (queued->size() < want)
            m_queueExhausted = true;
        for (const PendingDelivery &delivery : std::as_const(*queued)) {
            m_cursor = delivery.id;
            render(delivery);
        }
    }
    return {};
}

void RunWorker::pump()
{
    if (m_done)
        return;
    if (m_canceled) {
        cancelInFlight();
        m_ready.clear();
        if (Result<void> written = commit(); !written)
            return finish(written.error().message);
        if (Result<int> canceled = m_db->cancelUnfinished(
                m_runId, Tr::tr("the run was canceled before this was delivered"));
            !canceled)
            return finish(canceled.error().message);
        return finish({});
    }
    if (Result<void> read = refill(); !read)
        return stop(read.error().message);

    // Choose what may go now: a free slot on its host, a closed (or probing) breaker, and room
    // in the campaign's rate limit.
    const qint64 nowMs = m_request.clock->elapsedMs();
    qint64 wakeInMs = -1;
    QList<InFlight> wave;
    std::deque<Ready> waiting;
    while (!m_ready.empty()) {
        Ready ready = std::move(m_ready.front());
        m_ready.pop_front();
        int &hostLoad = m_hostLoad[ready.host];
        if (hostLoad >= m_settings.hostConcurrency) {
            waiting.push_back(std::move(ready));
            continue;
        }
        const CircuitBreaker::Decision decision = m_breaker->decide(ready.host, nowMs);
        if (decision == CircuitBreaker::Decision::Paused
            && m_breaker->state(ready.host) == CircuitBreaker::State::HalfOpen) {
            // The probe is out: the others wait for its answer here, not as new paused rows.
            waiting.push_back(std::move(ready));
            continue;
        }
        if (decision == CircuitBreaker::Decision::Paused) {
            // Recorded as paused, not failed: it goes again once the host may be probed.
            const qint64 reopensIn = qMax<qint64>(m_breaker->reopensAtMs(ready.host) - nowMs, 0);
            Write write;
            write.deliveryId = ready.delivery.id;
            write.outcome.deliveryState = u"paused"_s;
            write.outcome.nextAttemptAt = nowEpochMs() + reopensIn;
            write.outcome.error = Tr::tr("%1 is paused by its circuit breaker after repeated "
                                         "failures; trying again in %2")
                                      .arg(ready.host, DeliveryPolicy::formatDuration(reopensIn));
            m_writes.append(write);
            DeliveryUpdate update = updateFor(ready);
            update.state = u"paused"_s;
            update.error = write.outcome.error;
            update.attempt = ready.delivery.attempts;
            m_updates.append(update);
            continue;
        }
        if (const qint64 delay = m_rate->delayUntilAllowed(nowMs); delay > 0) {
            if (decision == CircuitBreaker::Decision::Probe)
                m_breaker->abandonProbe(ready.host);
            wakeInMs = delay;
            waiting.push_back(std::move(ready));
            while (!m_ready.empty()) {
                waiting.push_back(std::move(m_ready.front()));
                m_ready.pop_front();
            }
            break;
        }
        m_rate->record(nowMs);
        ++hostLoad;
        InFlight flight;
        flight.number = ready.delivery.attempts + 1;
        flight.probe = decision == CircuitBreaker::Decision::Probe;
        flight.ready = std::move(ready);
        wave.append(std::move(flight));
    }
    m_ready = std::move(waiting);

    if (!wave.isEmpty() || !m_writes.isEmpty()) {
        if (Result<void> written = commit(&wave); !written) {
            // Nothing is sent that cannot be recorded.
            for (const InFlight &flight : std::as_const(wave)) {
                --m_hostLoad[flight.ready.host];
                if (flight.probe)
                    m_breaker->abandonProbe(flight.ready.host);
            }
            return stop(Tr::tr("the run stopped because its results could not be recorded: %1")
                            .arg(written.error().message));
        }
        dispatch(wave);
    }

    if (m_inFlight.isEmpty() && m_ready.empty() && m_queueExhausted
        && m_db->unfinishedDeliveries(m_runId) == 0)
        return finish({});

    // Sleep until something is due: a retry, a paused host's probe, the rate limit.
    const qint64 due = m_db->nextDueAt(m_runId);
    if (due >= 0) {
        const qint64 dueIn = qMax<qint64>(due - nowEpochMs(), 0);
        wakeInMs = wakeInMs < 0 ? dueIn : qMin(wakeInMs, dueIn);
    }
    if (wakeInMs >= 0) {
        // A test's manual clock moves without timers: look again often.
        const qint64 longest = m_request.clock == Clock::system() ? 60'000 : 20;
        m_wakeTimer->start(int(qBound<qint64>(0, wakeInMs, longest)));
    }
}

void RunWorker::dispatch(QList<InFlight> &wave)
{
    QList<Sender::Job> jobs;
    jobs.reserve(wave.size());
    const QDateTime now = m_request.clock->now();
    for (InFlight &flight : wave) {
        const quint64 key = ++m_lastFlight;
        jobs.append(Sender::Job{key,
                                flight.ready.host,
                                flight.ready.request,
                                m_nodes[flight.ready.delivery.nodeId].policy,
                                now});
        m_inFlight.insert(key, std::move(flight));
    }
    m_sender->send(std::move(jobs));
}

Result<void> RunWorker::commit(QList<InFlight> *wave)
{
    const QList<Write> writes = std::exchange(m_writes, {});
    Result<void> written = m_db->transaction([&]() -> Result<void> {
        for (const Write &write : writes) {
            Result<void> r = write.attemptId ? m_db->recordOutcome(write.attemptId,
                                                                   write.deliveryId,
                                                                   write.outcome)
                                             : m_db->setDeliveryState(write.deliveryId,
                                                                      write.outcome.deliveryState,
                                                                      write.outcome.error,
                                                                      write.outcome.nextAttemptAt);
            if (!r)
                return r;
        }
        if (!wave)
            return {};
        // The intent row of every attempt of this wave is committed before its request leaves.
        const qint64 timestamp = m_request.clock->now().toSecsSinceEpoch();
        for (InFlight &flight : *wave) {
            Ready &ready = flight.ready;
            const NodeRuntime &node = m_nodes[ready.delivery.nodeId];
            // Signed per attempt (a fresh timestamp) over exactly the bytes sent; the id stays.
            node.signer.apply(ready.request.headers,
                              ready.delivery.webhookId,
                              timestamp,
                              ready.request.body);
            DeliveryRow row;
            row.method = ready.request.method;
            row.url = ready.request.redactedUrl();
            row.headers = ready.request.redactedHeaders();
            row.body = ready.request.redactedBody();
            flight.url = row.url;
            Result<qint64> attempt = m_db->insertAttempt(ready.delivery.id, flight.number, row);
            if (!attempt)
                return attempt.error();
            flight.attemptId = *attempt;
        }
        return {};
    });
    if (!written) {
        m_writes = writes + m_writes;
        return written;
    }
    // Updates go out only once their rows are committed: the window never shows what is not stored.
    for (const DeliveryUpdate &update : std::exchange(m_updates, {}))
        emit deliveryFinished(update);
    return {};
}

void RunWorker::onAttemptsFinished()
{
    if (!m_sender || m_done)
        return;
    const QList<Sender::Done> finished = m_sender->takeFinished();
    for (const Sender::Done &done : finished)
        onAttemptFinished(done.id, done.result);
    // Replies that finished together share one commit.
    if (!finished.isEmpty())
        pump();
}

void RunWorker::onAttemptFinished(quint64 key, const AttemptResult &result)
{
    const auto it = m_inFlight.find(key);
    if (it == m_inFlight.end())
        return;
    const InFlight flight = std::move(*it);
    m_inFlight.erase(it);
    const Ready &ready = flight.ready;
    --m_hostLoad[ready.host];
    const NodeRuntime &node = m_nodes[ready.delivery.nodeId];
    const qint64 nowMs = m_request.clock->elapsedMs();

    // The breaker counts what says the host is in trouble: 5xx, 408, timeouts, broken
    // connections. A 429 or a 4xx is the host answering.
    const bool hostTrouble = result.outcome == Outcome::Retry && result.status != 429;
    if (hostTrouble)
        m_breaker->recordFailure(ready.host, nowMs);
    else if (result.errorClass != u"canceled")
        m_breaker->recordSuccess(ready.host, nowMs);
    else if (flight.probe)
        m_breaker->abandonProbe(ready.host);

    AttemptOutcome outcome;
    outcome.status = result.status;
    outcome.latencyMs = result.latencyMs;
    outcome.protocol = result.protocol;
    outcome.errorClass = result.errorClass;
    outcome.error = result.error;
    outcome.responseHeaders = result.responseHeaders;
    outcome.responseBody = QString::fromUtf8(result.responseBody);
    outcome.responseTruncated = result.responseTruncated;
    outcome.redirects = result.redirects;
    if (result.outcome == Outcome::Success) {
        outcome.deliveryState = u"delivered"_s;
    } else if (result.outcome == Outcome::Retry && flight.number < node.policy.maxAttempts) {
        const qint64 delay = node.policy.retryDelay(flight.number + 1, result.retryAfterMs, m_rng);
        outcome.deliveryState = u"waiting"_s;
        outcome.retryInMs = delay;
        outcome.nextAttemptAt = nowEpochMs() + delay;
    } else {
        outcome.deliveryState = u"failed"_s;
        if (result.outcome == Outcome::Retry)
            outcome.error = Tr::tr("%1 (gave up after %n attempt(s))", nullptr, flight.number)
                                .arg(result.error);
    }
    m_writes.append(Write{flight.attemptId, ready.delivery.id, outcome});
    if (!m_request.reportDelivered && result.outcome == Outcome::Success)
        return;

    DeliveryUpdate update = updateFor(ready);
    update.url = flight.url;
    update.state = outcome.deliveryState;
    update.status = outcome.status;
    update.latencyMs = outcome.latencyMs;
    update.error = outcome.error;
    update.attempt = flight.number;
    update.retryInMs = outcome.retryInMs;
    update.protocol = outcome.protocol;
    m_updates.append(update);
}

void RunWorker::abandonInFlight()
{
    // Their intent rows stay without an outcome: a resumed run closes them as interrupted and
    // sends again with the same webhook-id.
    if (m_sender)
        m_sender->abortAll();
    m_inFlight.clear();
}

void RunWorker::cancelInFlight()
{
    // Canceled by the user: what finished meanwhile is recorded as it went; each request still
    // out gets its outcome now, for it may have arrived.
    if (m_sender) {
        m_sender->abortAll();
        for (const Sender::Done &done : m_sender->takeFinished())
            onAttemptFinished(done.id, done.result);
    }
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        const InFlight &flight = it.value();
        AttemptOutcome outcome;
        outcome.errorClass = u"canceled"_s;
        outcome.error = Tr::tr("canceled while the request was on its way; the server may have "
                               "received it");
        outcome.deliveryState = u"failed"_s;
        m_writes.append(Write{flight.attemptId, flight.ready.delivery.id, outcome});
        DeliveryUpdate update = updateFor(flight.ready);
        update.url = flight.url;
        update.state = outcome.deliveryState;
        update.error = outcome.error;
        update.attempt = flight.number;
        m_updates.append(update);
    }
    m_inFlight.clear();
}

void RunWorker::stop(const QString &error)
{
    abandonInFlight();
    m_ready.clear();
    finish(error);
}

void RunWorker::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_sender) {
        // Nothing is out any more. The sender goes (with its thread) once control is back in the
        // event loop: its own signal may be what called this.
        m_sender->abortAll();
        m_sender.release()->deleteLater();
    }
    if (m_wakeTimer)
        m_wakeTimer->stop();
    RunSummary summary;
    summary.runId = m_runId;
    summary.error = error;
    if (m_db) {
        if (!m_writes.isEmpty()) {
            if (Result<void> written = commit(); !written && summary.error.isEmpty())
                summary.error = written.error().message;
        }
        if (m_runId) {
            const QString state = summary.error.isEmpty()
                                      ? (m_canceled ? u"canceled"_s : u"finished"_s)
                                      : u"failed"_s;
            if (Result<void> r = m_db->finishRun(m_runId, state, summary.error);
                !r && summary.error.isEmpty())
                summary.error = r.error().message;
            if (Result<RunCounts> counts = m_db->counts(m_runId))
                summary.counts = *counts;
        }
    }
    if (!m_runId && m_request.userStream)
        summary.counts.targeted = int(m_request.userStream->count());
    qCInfo(lcEngine) << "run" << m_runId << "finished" << summary.error;
    emit finished(summary);
}

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Hookflow::DeliveryUpdate>();
    qRegisterMetaType<Hookflow::RunSummary>();
}

RunController::~RunController()
{
    if (m_thread) {
        cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

bool RunController::isRunning() const
{
    return m_thread != nullptr;
}

void RunController::cancel()
{
    if (m_worker) {
        m_worker->requestCancel();
        QMetaObject::invokeMethod(m_worker, &RunWorker::cancel, Qt::QueuedConnection);
    }
}

void RunController::start(const RunRequest &request)
{
    if (m_thread) {
        emit finished(RunSummary{0, {}, Tr::tr("a run is already in progress")});
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(u"hookflow-run"_s);
    m_worker = new RunWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunWorker::runStarted, this, &RunController::runStarted);
    connect(m_worker, &RunWorker::deliveryFinished, this, &RunController::deliveryFinished);
    connect(m_worker, &RunWorker::finished, this, [this](const RunSummary &summary) {
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        m_worker = nullptr;
        emit finished(summary);
    });
    m_thread->start();
    RunWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

RunSummary RunController::runBlocking(const RunRequest &request,
                                      const std::function<void(const DeliveryUpdate &)> &onUpdate,
                                      const std::function<void(qint64, int)> &onStarted)
{
    RunController controller;
    RunSummary result;
    QEventLoop loop;
    if (onUpdate)
        connect(&controller, &RunController::deliveryFinished, &loop, onUpdate);
    if (onStarted)
        connect(&controller, &RunController::runStarted, &loop, onStarted);
    connect(&controller, &RunController::finished, &loop, [&](const RunSummary &summary) {
        result = summary;
        loop.quit();
    });
    controller.start(request);
    loop.exec();
    return result;
}

} // namespace Hookflow

#include "runengine.moc"
