// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/clock.h"
#include "io/userimport.h"
#include "model/campaign.h"
#include "model/sampledata.h"
#include "store/resultsdatabase.h"
#include "targeting/audiences.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace Hookflow {

enum class RunMode { Dry, Live };

/// Everything a run needs; copied into the worker thread.
struct RunRequest
{
    Campaign campaign;
    QList<SampleUser> users;
    /// When set, the users come from here a batch at a time instead of from `users`, so that a
    /// run over a large file holds only a batch (the CLI streams JSON Lines this way).
    std::shared_ptr<UserStream> userStream;
    Event event;
    QDateTime now; ///< the run's clock; defaults to the event's timestamp, else now
    RunMode mode = RunMode::Live;
    QUrl target; ///< when valid, every request goes here (e.g. the catcher)
    QString databasePath;
    QString secretsPath; ///< the workspace's secrets file; may be empty
    Audiences audiences; ///< the workspace's segments and cohorts (Audiences::load)
    /// When set, continues that run (killed or stopped) instead of starting one: its campaign,
    /// event, clock and target come from the database; the fields above except the database and
    /// secrets are ignored.
    qint64 resumeRunId = 0;
    /// Overrides of the campaign's delivery policy (0 = as the campaign says).
    int concurrency = 0; ///< requests in flight per host
    int timeoutMs = 0;   ///< deadline per attempt, from dispatch
    int maxAttempts = 0; ///< attempts per delivery, the first included
    /// Time for scheduling: retries, Retry-After dates, rate limits, breakers, signatures.
    std::shared_ptr<Clock> clock = Clock::system();
    /// Whether deliveryFinished() reports deliveries as they are delivered; off for a caller
    /// that shows only the others (failed, waiting, paused): one queued signal fewer per request.
    bool reportDelivered = true;
    /// For tests of the disk-full path: the database's page limit (0 = none).
    int databasePageLimit = 0;
};

/// One attempt's outcome (or a delivery's final state), reported once it is recorded.
struct DeliveryUpdate
{
    qint64 runId = 0;
    QString nodeId;
    QString userId;
    QString webhookId;
    QString state; ///< "delivered", "failed", "skipped", "waiting" (a retry is due), "paused"
    int status = 0;
    qint64 latencyMs = -1;
    QString method;
    QString url;
    QString error;
    int attempt = 0;       ///< 1-based; 0 when nothing was sent
    qint64 retryInMs = -1; ///< for "waiting": when the next attempt goes
    QString protocol;      ///< "http/1.1" or "h2"
};

/// The summary of a finished run (the numbers `fire` prints), or why it could not run.
struct RunSummary
{
    qint64 runId = 0;
    RunCounts counts;
    QString error; ///< non-empty when the run was refused or stopped
};

/// Runs one test-fire in a worker thread that owns its network access and its own database
/// connection; results reach the caller through queued signals.
class RunController final : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;
    Q_DISABLE_COPY_MOVE(RunController)

    /// Starts the run; false (with finished() emitted) when one is already running.
    void start(const RunRequest &request);
    bool isRunning() const;
    /// Stops dispatching; requests in flight are abandoned and every unfinished delivery is
    /// recorded as failed ("canceled").
    void cancel();

    /// Runs to completion, spinning a local event loop (for the CLI and tests). `onStarted`
    /// is called once the run and its deliveries are recorded.
    static RunSummary runBlocking(
        const RunRequest &request,
        const std::function<void(const DeliveryUpdate &)> &onUpdate = {},
        const std::function<void(qint64 runId, int planned)> &onStarted = {});

signals:
    /// The run and its deliveries are recorded; `planned` deliveries are to be sent.
    void runStarted(qint64 runId, int planned);
    void deliveryFinished(const Hookflow::DeliveryUpdate &update);
    void finished(const Hookflow::RunSummary &summary);

private:
    QThread *m_thread = nullptr;
    class RunWorker *m_worker = nullptr;
};

/// Checks a request before it runs: executable node kinds, a trigger for the event. Empty when fine.
QString refuseReason(const Campaign &campaign, const Event &event);

} // namespace Hookflow

Q_DECLARE_METATYPE(Hookflow::DeliveryUpdate)
Q_DECLARE_METATYPE(Hookflow::RunSummary)
