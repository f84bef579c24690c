// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

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
};

/// A delivery as first recorded: one webhook node for one user in one run, with its rendered
/// request (already redacted).
struct DeliveryRow
{
    qint64 runId = 0;
    QString nodeId;
    QString userId;
    QString webhookId;
    QString state; ///< "sending", "skipped" (dry run), "failed" (could not be rendered)
    QString error;
    QString method;
    QString url;
    QList<std::pair<QString, QString>> headers;
    QString body;
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
    QString responseBody;  ///< capped by the caller
    QString deliveryState; ///< the delivery's new state: "delivered" or "failed"
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
};

/// The workspace's results database (SQLite, WAL) through QtSql.
///
/// A QSqlDatabase connection belongs to the thread that opened it: open one ResultsDatabase per
/// thread (each gets a unique connection name) and never share it.
class ResultsDatabase
{
public:
    static constexpr int SchemaVersion = 1;

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
    Result<qint64> beginRun(const QString &campaignKey,
                            const QString &campaignTitle,
                            const QString &mode,
                            const QJsonObject &event,
                            int targeted,
                            int matched);
    Result<void> finishRun(qint64 runId, const QString &state, const QString &message = {});
    Result<QList<RunRecord>> runs(const QString &campaignKey = {}) const;
    /// The newest run of a campaign, or 0 when it has none.
    qint64 latestRunId(const QString &campaignKey) const;
    Result<RunRecord> run(qint64 runId) const;
    Result<RunCounts> counts(qint64 runId) const;
    Result<QList<AttemptRecord>> attempts(qint64 runId) const;

    Result<qint64> insertDelivery(const DeliveryRow &row);
    /// The intent row of an attempt, written before its request leaves.
    Result<qint64> insertAttempt(qint64 deliveryId, int number, const DeliveryRow &request);
    /// Completes an attempt and moves its delivery to the outcome's state.
    Result<void> recordOutcome(qint64 attemptId, qint64 deliveryId, const AttemptOutcome &outcome);

    /// Runs several statements as one IMMEDIATE transaction.
    Result<void> transaction(const std::function<Result<void>()> &work);

    /// Database errors in a form fit for a message.
    Error lastError(const QString &what, const QSqlError &error = {}) const;

private:
    ResultsDatabase(QSqlDatabase db, QString path);
    Result<void> migrate();

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace Hookflow
