// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/sampledata.h"
#include "store/resultsdatabase.h"
#include "targeting/audiences.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace Hookflow {

enum class RunMode { Dry, Live };

/// Everything a run needs; copied into the worker thread.
struct RunRequest
{
    Campaign campaign;
    QList<SampleUser> users;
    Event event;
    QDateTime now; ///< the run's clock; defaults to the event's timestamp, else now
    RunMode mode = RunMode::Live;
    QUrl target; ///< when valid, every request goes here (e.g. the catcher)
    QString databasePath;
    QString secretsPath;   ///< the workspace's secrets file; may be empty
    Audiences audiences;   ///< the workspace's segments and cohorts (Audiences::load)
    int concurrency = 16;  ///< requests in flight at once
    int timeoutMs = 30000; ///< per request, from dispatch
};

/// One delivery's outcome, reported as it happens.
struct DeliveryUpdate
{
    qint64 runId = 0;
    QString nodeId;
    QString userId;
    QString webhookId;
    QString state; ///< "delivered", "failed", "skipped"
    int status = 0;
    qint64 latencyMs = -1;
    QString method;
    QString url;
    QString error;
};

/// The summary of a finished run (the numbers `fire` prints), or why it could not run.
struct RunSummary
{
    qint64 runId = 0;
    RunCounts counts;
    QString error; ///< non-empty when the run was refused or stopped
};

/// Runs one test-fire in a worker thread that owns its QNetworkAccessManager and its own
/// database connection; results reach the caller through queued signals.
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
    /// Stops dispatching new requests; requests in flight finish or time out.
    void cancel();

    /// Runs to completion, spinning a local event loop (for the CLI and tests).
    static RunSummary runBlocking(const RunRequest &request,
                                  const std::function<void(const DeliveryUpdate &)> &onUpdate = {});

signals:
    void runStarted(qint64 runId);
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
