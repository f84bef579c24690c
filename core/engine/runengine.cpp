// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runengine.h"

#include "delivery/requestbuilder.h"
#include "engine/flowmatcher.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

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

/// Stored responses are capped; a webhook answer is for reading, not archiving.
constexpr qsizetype MaxStoredResponse = 64 * 1024;
/// Outcomes are committed in groups: at most this many rows or FlushIntervalMs, whichever first.
constexpr int FlushRows = 200;
constexpr int FlushIntervalMs = 50;

struct Pending
{
    PreparedRequest request;
    DeliveryRow row;
};

struct InFlight
{
    qint64 deliveryId = 0;
    qint64 attemptId = 0;
    DeliveryUpdate update;
    QElapsedTimer clock;
    bool timedOut = false;
};

struct Outcome
{
    qint64 attemptId;
    qint64 deliveryId;
    AttemptOutcome outcome;
};

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

/// Lives in the run's thread: owns the network manager and the database connection.
class RunWorker final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void run(const Hookflow::RunRequest &request);
    void cancel() { m_canceled = true; }

signals:
    void runStarted(qint64 runId);
    void deliveryFinished(const Hookflow::DeliveryUpdate &update);
    void finished(const Hookflow::RunSummary &summary);

private:
    void pump();
    void onReplyFinished(QNetworkReply *reply);
    Result<void> flush();
    void finish(const QString &error);

    RunRequest m_request;
    std::unique_ptr<ResultsDatabase> m_db;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_flushTimer = nullptr;
    qint64 m_runId = 0;
    std::deque<Pending> m_queue;
    QHash<QNetworkReply *, InFlight> m_inFlight;
    QList<Outcome> m_outcomes;
    QList<DeliveryUpdate> m_updates;
    bool m_canceled = false;
    bool m_done = false;
    QString m_stopError;
};

void RunWorker::run(const RunRequest &request)
{
    m_request = request;
    if (!m_request.now.isValid())
        m_request.now = m_request.event.timestamp.isValid() ? m_request.event.timestamp
                                                            : QDateTime::currentDateTimeUtc();
    if (!m_request.event.timestamp.isValid())
        m_request.event.timestamp = m_request.now;

    if (const QString reason = refuseReason(request.campaign, request.event); !reason.isEmpty())
        return finish(reason);
    Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(request.databasePath);
    if (!db)
        return finish(db.error().message);
    m_db = std::move(db).value();
    Result<SecretStore> secrets = SecretStore::load(request.secretsPath);
    if (!secrets)
        return finish(secrets.error().message);

    QHash<QString, RequestBuilder> builders;
    for (const Node &node : request.campaign.nodes) {
        if (node.kind != NodeKind::Webhook)
            continue;
        Result<RequestBuilder> builder = RequestBuilder::compile(request.campaign, node);
        if (!builder)
            return finish(builder.error().message);
        builders.insert(node.id, *builder);
    }

    QList<std::pair<const SampleUser *, QStringList>> targets;
    for (const SampleUser &user : std::as_const(m_request.users)) {
        const UserMatch match = FlowMatcher::match(request.campaign,
                                                   user,
                                                   m_request.event,
                                                   m_request.now,
                                                   &m_request.audiences);
        if (match.matched)
            targets.append({&user, match.webhookNodes});
    }

    const bool dry = request.mode == RunMode::Dry;
    Result<qint64> runId = m_db->beginRun(request.campaign.key,
                                          request.campaign.title,
                                          dry ? u"dry"_s : u"live"_s,
                                          m_request.event.toJson(),
                                          int(m_request.users.size()),
                                          int(targets.size()));
    if (!runId)
        return finish(runId.error().message);
    m_runId = *runId;
    emit runStarted(m_runId);

    // Render every delivery up front: personalization failures and dry-run rows are final at once.
    Result<void> rendered = m_db->transaction([&]() -> Result<void> {
        for (const auto &[user, nodes] : targets) {
            for (const QString &nodeId : nodes) {
                const QString webhookId = RequestBuilder::newWebhookId();
                Result<PreparedRequest> prepared = builders[nodeId].build(*user,
                                                                          m_request.event,
                                                                          webhookId,
                                                                          *secrets,
                                                                          m_request.now);
                DeliveryRow row{m_runId, nodeId, user->userId, webhookId, {}, {}, {}, {}, {}, {}};
                DeliveryUpdate update{
                    m_runId, nodeId, user->userId, webhookId, {}, 0, -1, {}, {}, {}};
                if (!prepared) {
                    row.state = update.state = u"failed"_s;
                    row.error = update.error = prepared.error().message;
                } else {
                    row.method = update.method = prepared->method;
                    row.url = update.url = prepared->redactedUrl();
                    row.headers = prepared->redactedHeaders();
                    row.body = prepared->redactedBody();
                    row.state = dry ? u"skipped"_s : u"sending"_s;
                    if (dry) {
                        update.state = row.state;
                        update.error = Tr::tr("dry run: rendered, not sent");
                    }
                }
                if (row.state == u"sending") {
                    if (m_request.target.isValid())
                        prepared->url = RequestBuilder::retarget(prepared->url, m_request.target);
                    row.url = prepared->redactedUrl();
                    m_queue.push_back({std::move(prepared).value(), row});
                    continue;
                }
                Result<qint64> id = m_db->insertDelivery(row);
                if (!id)
                    return id.error();
                m_updates.append(update);
            }
        }
        return {};
    });
    if (!rendered)
        return finish(rendered.error().message);
    for (const DeliveryUpdate &update : std::as_const(m_updates))
        emit deliveryFinished(update);
    m_updates.clear();

    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        if (Result<void> flushed = flush(); !flushed) {
            m_stopError = flushed.error().message;
            m_canceled = true;
        }
    });
    m_flushTimer->start();
    pump();
}

void RunWorker::pump()
{
    if (m_done)
        return;
    const int free = m_request.concurrency - int(m_inFlight.size());
    if (m_canceled)
        m_queue.clear();
    if (free > 0 && !m_queue.empty()) {
        // The intent rows of this wave are committed before any of its requests leaves.
        QList<std::pair<Pending, std::pair<qint64, qint64>>> wave;
        Result<void> recorded = m_db->transaction([&]() -> Result<void> {
            while (int(wave.size()) < free && !m_queue.empty()) {
                Pending pending = std::move(m_queue.front());
                m_queue.pop_front();
                Result<qint64> delivery = m_db->insertDelivery(pending.row);
                if (!delivery)
                    return delivery.error();
                Result<qint64> attempt = m_db->insertAttempt(*delivery, 1, pending.row);
                if (!attempt)
                    return attempt.error();
                wave.append({std::move(pending), {*delivery, *attempt}});
            }
            return {};
        });
        if (!recorded) {
            // Nothing is sent that cannot be recorded.
            m_stopError = Tr::tr("the run stopped because its results could not be recorded: %1")
                              .arg(recorded.error().message);
            m_queue.clear();
            wave.clear();
        }
        for (const auto &[pending, ids] : wave) {
            const PreparedRequest &prepared = pending.request;
            QNetworkRequest request(prepared.url);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            request.setTransferTimeout(m_request.timeoutMs);
            request.setHeader(QNetworkRequest::UserAgentHeader,
                              u"Hookflow/%1"_s.arg(QStringLiteral(HOOKFLOW_VERSION)));
            for (const auto &[name, value] : prepared.headers)
                request.setRawHeader(name.toUtf8(), value.toUtf8());
            QNetworkReply *reply = m_network->sendCustomRequest(request,
                                                                prepared.method.toLatin1(),
                                                                prepared.body);
            InFlight flight;
            flight.deliveryId = ids.first;
            flight.attemptId = ids.second;
            flight.update = DeliveryUpdate{m_runId,
                                           prepared.nodeId,
                                           prepared.userId,
                                           prepared.webhookId,
                                           {},
                                           0,
                                           -1,
                                           prepared.method,
                                           pending.row.url,
                                           {}};
            flight.clock.start();
            m_inFlight.insert(reply, flight);
            // The deadline counts from dispatch; the transfer timeout above covers inactivity.
            QTimer::singleShot(m_request.timeoutMs, reply, [this, reply] {
                if (auto it = m_inFlight.find(reply); it != m_inFlight.end()) {
                    it->timedOut = true;
                    reply->abort();
                }
            });
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                onReplyFinished(reply);
            });
        }
    }
    if (m_inFlight.isEmpty() && m_queue.empty())
        finish(m_stopError);
}

void RunWorker::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    InFlight flight = *it;
    m_inFlight.erase(it);

    AttemptOutcome outcome;
    outcome.latencyMs = flight.clock.elapsed();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.protocol = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                           ? u"h2"_s
                           : u"http/1.1"_s;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        outcome.responseHeaders.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    if (reply->isOpen())
        outcome.responseBody = QString::fromUtf8(reply->read(MaxStoredResponse));
    const bool success = outcome.status >= 200 && outcome.status < 300;
    // Qt 6.4 reports its transfer (inactivity) timeout as OperationCanceledError; the engine
    // itself never cancels a request in flight.
    const bool timedOut = flight.timedOut || reply->error() == QNetworkReply::TimeoutError
                          || reply->error() == QNetworkReply::OperationCanceledError;
    if (timedOut) {
        outcome.errorClass = u"timeout"_s;
        outcome.error = Tr::tr("no answer within %1 ms").arg(m_request.timeoutMs);
    } else if (outcome.status == 0) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        outcome.errorClass = tls ? u"tls"_s : u"connection"_s;
        outcome.error = reply->errorString();
    } else if (!success) {
        outcome.errorClass = u"http"_s;
        outcome.error = Tr::tr("the server answered HTTP %1 %2")
                            .arg(outcome.status)
                            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                     .toString());
    }
    outcome.deliveryState = success ? u"delivered"_s : u"failed"_s;
    m_outcomes.append({flight.attemptId, flight.deliveryId, outcome});

    DeliveryUpdate update = flight.update;
    update.state = outcome.deliveryState;
    update.status = outcome.status;
    update.latencyMs = outcome.latencyMs;
    update.error = outcome.error;
    m_updates.append(update);

    if (m_outcomes.size() >= FlushRows) {
        if (Result<void> flushed = flush(); !flushed) {
            m_stopError = flushed.error().message;
            m_canceled = true;
        }
    }
    pump();
}

Result<void> RunWorker::flush()
{
    if (m_outcomes.isEmpty())
        return {};
    const QList<Outcome> batch = std::exchange(m_outcomes, {});
    Result<void> written = m_db->transaction([&]() -> Result<void> {
        for (const Outcome &o : batch) {
            if (Result<void> r = m_db->recordOutcome(o.attemptId, o.deliveryId, o.outcome); !r)
                return r;
        }
        return {};
    });
    if (!written)
        return written;
    // Updates go out only once their rows are committed, so the GUI never shows what is not stored.
    for (const DeliveryUpdate &update : std::exchange(m_updates, {}))
        emit deliveryFinished(update);
    return {};
}

void RunWorker::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_flushTimer)
        m_flushTimer->stop();
    RunSummary summary;
    summary.runId = m_runId;
    summary.error = error;
    if (m_db) {
        if (Result<void> flushed = flush(); !flushed && summary.error.isEmpty())
            summary.error = flushed.error().message;
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
    if (!m_runId)
        summary.counts.targeted = int(m_request.users.size());
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
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &RunWorker::cancel, Qt::QueuedConnection);
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
                                      const std::function<void(const DeliveryUpdate &)> &onUpdate)
{
    RunController controller;
    RunSummary result;
    QEventLoop loop;
    if (onUpdate)
        connect(&controller, &RunController::deliveryFinished, &loop, onUpdate);
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
