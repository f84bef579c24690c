// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/clock.h"
#include "model/sampledata.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace Hookflow {

/// A run as stored: one test-fire of one campaign.
struct RunRecord
{
    qint64 id = 0;
    QString campaignKey;
    QString campaignTitle;
    QString mode;  ///< "dry" or "live"
    QString state; ///< "running", "finished", "failed"
    QDateTime startedAt;
    QDateTime finishedAt;
    QString message; ///< why a run failed, when it did
    // What a resumed run needs (schema 2): everything but the users, whose deliveries carry them.
    QByteArray campaign; ///< the campaign file as fired, unsaved edits included
    QJsonObject event;
    QDateTime clock;     ///< the run's clock (targeting, {{now}})
    QString target;      ///< fire --target, or empty
    QString secretsPath; ///< where the run's secrets came from (a path, never a value)
    qint64 ownerPid = 0; ///< the process that runs it; a running run whose owner is gone can resume
    int targeted = 0;
    int matched = 0;
};

/// What a new run records before its first request leaves.
struct RunStart
{
    QString campaignKey;
    QString campaignTitle;
    QString mode; ///< "dry" or "live"
    QByteArray campaign;
    QJsonObject event;
    QDateTime clock;
    QString target;
    QString secretsPath;
    int targeted = 0;
    int matched = 0;
};

/// The numbers of a run's report (DESIGN §7: fire's summary and report print the same ones).
struct RunCounts
{
    int targeted = 0;  ///< sample users the run considered
    int matched = 0;   ///< users who passed the trigger and the audience
    int sent = 0;      ///< deliveries whose request left (at least one attempt)
    int delivered = 0; ///< deliveries answered 2xx
    int failed = 0;    ///< deliveries that ended without a 2xx (including personalization errors)
    int skipped = 0;   ///< deliveries rendered but deliberately not sent (dry run)
    int pending = 0; ///< deliveries not final yet: queued, waiting for a retry, paused by a breaker
    int paused = 0;  ///< of those, paused because their host's circuit breaker is open
    int retried = 0; ///< deliveries that needed more than one attempt
};

/// A delivery as first recorded: one webhook node for one user in one run, with its rendered
/// request (already redacted) when it is never sent: a dry run's, or one that could not be
/// rendered. A sent delivery's requests are its attempts'.
struct DeliveryRow
{
    qint64 runId = 0;
    QString nodeId;
    QString userId;
    QString webhookId;
    QString state; ///< "queued", "skipped" (dry run), "failed" (could not be rendered)
    QString error;
    QString method;
    QString url;
    QList<std::pair<QString, QString>> headers;
    QString body;
    QByteArray user; ///< the user as JSON, so that a resumed run can render the request again
};

/// A delivery that still has to be (re)tried, as the dispatcher reads it.
struct PendingDelivery
{
    qint64 id = 0;
    QString nodeId;
    QString userId;
    QString webhookId;
    QByteArray user;  ///< SampleUser JSON
    int attempts = 0; ///< attempts made so far
};

/// How an attempt ended.
struct AttemptOutcome
{
    int status = 0;
    qint64 latencyMs = 0;
    QString protocol;   ///< "http/1.1", "h2"
    QString errorClass; ///< "" on success; "http", "timeout", "connection", "tls", "canceled"
    QString error;
    QList<std::pair<QString, QString>> responseHeaders;
    QString responseBody; ///< capped by the caller
    bool responseTruncated = false;
    QStringList redirects; ///< the locations followed, in order
    QString deliveryState; ///< the delivery's new state: "delivered", "failed", "waiting", "paused"
    qint64 nextAttemptAt = 0; ///< for "waiting"/"paused": when to try again (ms since the epoch)
    qint64 retryInMs = -1;    ///< the delay chosen before the next attempt (backoff or Retry-After)
};

/// One HTTP exchange as recorded (secrets and Authorization-like headers already redacted).
struct AttemptRecord
{
    qint64 id = 0;
    qint64 deliveryId = 0;
    qint64 runId = 0;
    QString nodeId;
    QString userId;
    QString webhookId;
    int number = 1;
    QDateTime startedAt;
    QString method;
    QString url;
    QList<std::pair<QString, QString>> requestHeaders;
    QString requestBody;
    int status = 0;        ///< 0 when no response came back
    qint64 latencyMs = -1; ///< -1 while the attempt has no outcome
    QString protocol;
    QString errorClass; ///< "", "http", "timeout", "connection", …
    QString error;      ///< readable reason
    QString responseBody;
    bool responseTruncated = false;
    qint64 retryInMs = -1;
};

/// The workspace's results database (SQLite, WAL) through QtSql.
///
/// A QSqlDatabase connection belongs to the thread that opened it: open one ResultsDatabase per
/// thread (each gets a unique connection name) and never share it.
class ResultsDatabase
{
public:
    static constexpr int SchemaVersion = 3;

    /// Opens (creating and migrating as needed) the database at `path`.
    static Result<std::unique_ptr<ResultsDatabase>> open(const QString &path);
    ~ResultsDatabase();
    Q_DISABLE_COPY_MOVE(ResultsDatabase)

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }

    // Sample users
    /// Inserts or replaces users by user_id, in one transaction.
    Result<int> upsertUsers(const QList<SampleUser> &users);
    Result<QList<SampleUser>> users() const;
    int userCount() const;

    // Runs, deliveries and attempts
    /// Records a new run owned by this process.
    Result<qint64> beginRun(const RunStart &start);
    /// Makes this process the run's owner (resuming it).
    Result<void> claimRun(qint64 runId);
    /// How many users the run considered and how many it targeted (known once they are read).
    Result<void> setRunCounts(qint64 runId, int targeted, int matched);
    /// Every delivery of the run that is not final fails with `reason`; returns how many.
    Result<int> cancelUnfinished(qint64 runId, const QString &reason);
    Result<void> finishRun(qint64 runId, const QString &state, const QString &message = {});
    Result<QList<RunRecord>> runs(const QString &campaignKey = {}) const;
    /// The newest run of a campaign, or 0 when it has none.
    qint64 latestRunId(const QString &campaignKey) const;
    Result<RunRecord> run(qint64 runId) const;
    Result<RunCounts> counts(qint64 runId) const;
    Result<QList<AttemptRecord>> attempts(qint64 runId) const;
    /// Runs left "running" by a process that is gone: they can be resumed.
    Result<QList<RunRecord>> interruptedRuns() const;

    Result<qint64> insertDelivery(const DeliveryRow &row);
    /// Up to `limit` queued deliveries of a run with an id above `afterId`, in id order.
    Result<QList<PendingDelivery>> queuedDeliveries(qint64 runId, qint64 afterId, int limit);
    /// Up to `limit` waiting or paused deliveries due at `nowMs` (ms since the epoch), marked
    /// "ready" so that they are read once.
    Result<QList<PendingDelivery>> claimDueDeliveries(qint64 runId, qint64 nowMs, int limit);
    /// When the next waiting or paused delivery is due (ms since the epoch), or -1 when none is.
    qint64 nextDueAt(qint64 runId) const;
    /// Deliveries of the run that are neither final nor in flight in this process.
    int unfinishedDeliveries(qint64 runId) const;
    /// After a crash: attempts without an outcome are closed as "interrupted" and their
    /// deliveries, like those read but not sent, go back to the queue. Returns how many did.
    Result<int> recoverInterrupted(qint64 runId);
    /// The intent row of an attempt, with its request as rendered (redacted), written before
    /// the request leaves. Until its outcome is recorded, the attempt marks its delivery as out.
    Result<qint64> insertAttempt(qint64 deliveryId, int number, const DeliveryRow &request);
    /// Completes an attempt, counts it on its delivery and moves the delivery to the outcome's
    /// state.
    Result<void> recordOutcome(qint64 attemptId, qint64 deliveryId, const AttemptOutcome &outcome);
    /// Moves a delivery without an attempt to `state` ("failed" when its request could not be
    /// rendered, "paused" while its host's breaker is open).
    Result<void> setDeliveryState(qint64 deliveryId,
                                  const QString &state,
                                  const QString &error,
                                  qint64 nextAttemptAt = 0);
    /// Limits the database file to `pages` pages (PRAGMA max_page_count): past it, writes fail
    /// as on a full disk. For tests of the disk-full path.
    void setPageLimit(int pages);

    /// The clock the timestamps of runs, deliveries and attempts come from (the system clock
    /// until set): a run records its own time, so a test on a manual clock gets stable rows.
    void setClock(std::shared_ptr<Clock> clock) { m_clock = std::move(clock); }

    /// Runs several statements as one IMMEDIATE transaction.
    Result<void> transaction(const std::function<Result<void>()> &work);

    /// Database errors in a form fit for a message; a full disk (SQLITE_FULL) has code "disk-full".
    Error lastError(const QString &what, const QSqlError &error = {}) const;

private:
    ResultsDatabase(QSqlDatabase db, QString path);
    Result<void> migrate();
    Result<void> migrateTo(int version);

    QString now() const;
    Result<void> moveDelivery(qint64 deliveryId,
                              const QString &state,
                              const QString &error,
                              qint64 nextAttemptAt,
                              bool countAttempt);
    /// The statement for `sql`, prepared once per connection and reused (with fresh bindings)
    /// by every later call: preparing costs more than running most of the hot statements.
    Result<QSqlQuery *> statement(const QString &sql, bool forwardOnly = false) const;
    class Statement;
    /// The same through SQLite's C API, for the statements run once or twice per request: Qt
    /// SQL's binding (a QString::arg and a hash lookup per parameter, UTF-16 text) cost more
    /// than the writes themselves.
    Result<Statement *> hot(const char *sql) const;
    Error databaseError(const QString &what, int sqliteCode, const QString &text) const;
    /// The rows of a SELECT of id, node_id, user_id, webhook_id, user, attempt_count.
    Result<QList<PendingDelivery>> readPending(Statement &select, const QString &what) const;
    QString sqliteMessage() const;

    QSqlDatabase m_db;
    /// Prepared statements by their SQL; node-based, so the pointers handed out stay valid.
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
    sqlite3 *m_handle = nullptr; ///< the connection's own, from the driver
    mutable std::unordered_map<const char *, std::unique_ptr<Statement>> m_hot;
    QString m_path;
    std::shared_ptr<Clock> m_clock = Clock::system();
    mutable qint64 m_stampMs = 0; ///< now()'s last millisecond and its text
    mutable QString m_stamp;
};

} // namespace Hookflow
