// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "hookflow.store", QtWarningMsg)

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsDatabase)
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"hookflow-results-%1-%2"_s.arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
}

/// A null QString binds as SQL NULL; text columns want "".
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Schema version 1. Each entry of `migrations` takes the schema from version i to i + 1.
const char *const schemaV1[] = {
    "CREATE TABLE users ("
    " user_id TEXT PRIMARY KEY,"
    " properties TEXT NOT NULL,"
    " events TEXT NOT NULL,"
    " imported_at TEXT NOT NULL)",
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY,"
    " campaign_key TEXT NOT NULL,"
    " campaign_title TEXT NOT NULL DEFAULT '',"
    " mode TEXT NOT NULL CHECK (mode IN ('dry', 'live')),"
    " event TEXT NOT NULL,"
    " targeted INTEGER NOT NULL DEFAULT 0,"
    " matched INTEGER NOT NULL DEFAULT 0,"
    " state TEXT NOT NULL,"
    " message TEXT NOT NULL DEFAULT '',"
    " started_at TEXT NOT NULL,"
    " finished_at TEXT)",
    "CREATE INDEX runs_by_campaign ON runs (campaign_key, id)",
    "CREATE TABLE deliveries ("
    " id INTEGER PRIMARY KEY,"
    " run_id INTEGER NOT NULL REFERENCES runs (id),"
    " node_id TEXT NOT NULL,"
    " user_id TEXT NOT NULL,"
    " webhook_id TEXT NOT NULL UNIQUE,"
    " state TEXT NOT NULL,"
    " error TEXT NOT NULL DEFAULT '',"
    " method TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '',"
    " request_headers TEXT NOT NULL DEFAULT '[]',"
    " request_body TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " finished_at TEXT)",
    "CREATE INDEX deliveries_by_run ON deliveries (run_id, state)",
    "CREATE TABLE attempts ("
    " id INTEGER PRIMARY KEY,"
    " delivery_id INTEGER NOT NULL REFERENCES deliveries (id),"
    " number INTEGER NOT NULL,"
    " started_at TEXT NOT NULL,"
    " method TEXT NOT NULL,"
    " url TEXT NOT NULL,"
    " request_headers TEXT NOT NULL,"
    " request_body TEXT NOT NULL,"
    " status INTEGER,"
    " latency_ms INTEGER,"
    " error_class TEXT NOT NULL DEFAULT '',"
    " error TEXT NOT NULL DEFAULT '',"
    " response_headers TEXT NOT NULL DEFAULT '[]',"
    " response_body TEXT NOT NULL DEFAULT '',"
    " protocol TEXT NOT NULL DEFAULT '',"
    " finished_at TEXT)",
    "CREATE INDEX attempts_by_delivery ON attempts (delivery_id)",
};

} // namespace

ResultsDatabase::ResultsDatabase(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

ResultsDatabase::~ResultsDatabase()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error ResultsDatabase::lastError(const QString &what, const QSqlError &error) const
{
    const QSqlError actual = error.isValid() ? error : m_db.lastError();
    return Error{u"database"_s,
                 Tr::tr("%1 failed in %2: %3").arg(what, m_path, actual.text()),
                 actual.nativeErrorCode()};
}

Result<std::unique_ptr<ResultsDatabase>> ResultsDatabase::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{u"database"_s, Tr::tr("cannot create the folder %1").arg(info.absolutePath())};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, uniqueConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    std::unique_ptr<ResultsDatabase> database(new ResultsDatabase(db, path));
    if (!database->m_db.open())
        return database->lastError(Tr::tr("opening the database"));
    QSqlQuery query(database->m_db);
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return database->lastError(QString::fromLatin1(pragma), query.lastError());
    }
    if (Result<void> migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

Result<void> ResultsDatabase::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return lastError(Tr::tr("reading the schema version"), query.lastError());
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return Error{u"database"_s,
                     Tr::tr("%1 was written by a newer Hookflow (schema %2; this version knows %3)")
                         .arg(m_path)
                         .arg(version)
                         .arg(SchemaVersion)};
    if (version == SchemaVersion)
        return {};
    // Version 0 → 1; later migrations append their own step, each in its own transaction.
    return transaction([&]() -> Result<void> {
        for (const char *statement : schemaV1) {
            if (!query.exec(QString::fromLatin1(statement)))
                return lastError(Tr::tr("creating the schema"), query.lastError());
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)))
            return lastError(Tr::tr("creating the schema"), query.lastError());
        return {};
    });
}

Result<void> ResultsDatabase::transaction(const std::function<Result<void>()> &work)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return lastError(Tr::tr("starting a transaction"), query.lastError());
    Result<void> result = work();
    if (!result) {
        query.exec(u"ROLLBACK"_s);
        return result;
    }
    if (!query.exec(u"COMMIT"_s)) {
        Error error = lastError(Tr::tr("committing"), query.lastError());
        query.exec(u"ROLLBACK"_s);
        return error;
    }
    return {};
}

Result<int> ResultsDatabase::upsertUsers(const QList<SampleUser> &users)
{
    int written = 0;
    const QString now = formatTimestamp(QDateTime::currentDateTimeUtc());
    Result<void> done = transaction([&]() -> Result<void> {
        QSqlQuery query(m_db);
        query.prepare(
            u"INSERT INTO users (user_id, properties, events, imported_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET properties = excluded.properties, "
            "events = excluded.events, imported_at = excluded.imported_at"_s);
        for (const SampleUser &user : users) {
            const QJsonObject json = user.toJson();
            query.bindValue(0, user.userId);
            query.bindValue(1, jsonText(json.value(u"properties"_s).toObject()));
            query.bindValue(2, jsonText(json.value(u"events"_s).toArray()));
            query.bindValue(3, now);
            if (!query.exec())
                return lastError(Tr::tr("saving user %1").arg(user.userId), query.lastError());
            ++written;
        }
        return {};
    });
    if (!done)
        return done.error();
    return written;
}

Result<QList<SampleUser>> ResultsDatabase::users() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT user_id, properties, events FROM users ORDER BY rowid"_s))
        return lastError(Tr::tr("reading users"), query.lastError());
    QList<SampleUser> result;
    while (query.next()) {
        QJsonObject object{{u"user_id"_s, query.value(0).toString()},
                           {u"properties"_s,
                            QJsonDocument::fromJson(query.value(1).toByteArray()).object()},
                           {u"events"_s,
                            QJsonDocument::fromJson(query.value(2).toByteArray()).array()}};
        Result<SampleUser> user = SampleUser::fromJson(object);
        if (user)
            result.append(std::move(user).value());
        else
            qCWarning(lcStore) << "skipping unreadable stored user" << query.value(0).toString()
                               << user.error().message;
    }
    return result;
}

int ResultsDatabase::userCount() const
{
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT count(*) FROM users"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

Result<qint64> ResultsDatabase::beginRun(const QString &campaignKey,
                                         const QString &campaignTitle,
                                         const QString &mode,
                                         const QJsonObject &event,
                                         int targeted,
                                         int matched)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO runs (campaign_key, campaign_title, mode, event, targeted, matched, state, "
        "started_at) VALUES (?, ?, ?, ?, ?, ?, 'running', ?)"_s);
    query.addBindValue(campaignKey);
    query.addBindValue(text(campaignTitle));
    query.addBindValue(mode);
    query.addBindValue(jsonText(event));
    query.addBindValue(targeted);
    query.addBindValue(matched);
    query.addBindValue(formatTimestamp(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return lastError(Tr::tr("recording the run"), query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<void> ResultsDatabase::finishRun(qint64 runId, const QString &state, const QString &message)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE runs SET state = ?, message = ?, finished_at = ? WHERE id = ?"_s);
    query.addBindValue(state);
    query.addBindValue(text(message));
    query.addBindValue(formatTimestamp(QDateTime::currentDateTimeUtc()));
    query.addBindValue(runId);
    if (!query.exec())
        return lastError(Tr::tr("finishing the run"), query.lastError());
    return {};
}

namespace {
QString headersText(const QList<std::pair<QString, QString>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{name, value});
    return jsonText(array);
}
} // namespace

Result<qint64> ResultsDatabase::insertDelivery(const DeliveryRow &row)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO deliveries (run_id, node_id, user_id, webhook_id, state, error, method, url,"
        " request_headers, request_body, created_at, finished_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString now = formatTimestamp(QDateTime::currentDateTimeUtc());
    query.addBindValue(row.runId);
    query.addBindValue(text(row.nodeId));
    query.addBindValue(text(row.userId));
    query.addBindValue(text(row.webhookId));
    query.addBindValue(text(row.state));
    query.addBindValue(text(row.error));
    query.addBindValue(text(row.method));
    query.addBindValue(text(row.url));
    query.addBindValue(headersText(row.headers));
    query.addBindValue(text(row.body));
    query.addBindValue(now);
    query.addBindValue(row.state == u"sending" ? QVariant() : QVariant(now));
    if (!query.exec())
        return lastError(Tr::tr("recording a delivery"), query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<qint64> ResultsDatabase::insertAttempt(qint64 deliveryId,
                                              int number,
                                              const DeliveryRow &request)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO attempts (delivery_id, number, started_at, method, url, request_headers,"
        " request_body) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(deliveryId);
    query.addBindValue(number);
    query.addBindValue(formatTimestamp(QDateTime::currentDateTimeUtc()));
    query.addBindValue(text(request.method));
    query.addBindValue(text(request.url));
    query.addBindValue(headersText(request.headers));
    query.addBindValue(text(request.body));
    if (!query.exec())
        return lastError(Tr::tr("recording an attempt"), query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<void> ResultsDatabase::recordOutcome(qint64 attemptId,
                                            qint64 deliveryId,
                                            const AttemptOutcome &outcome)
{
    const QString now = formatTimestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE attempts SET status = ?, latency_ms = ?, protocol = ?, error_class = ?, error = ?,"
        " response_headers = ?, response_body = ?, finished_at = ? WHERE id = ?"_s);
    query.addBindValue(outcome.status ? QVariant(outcome.status) : QVariant());
    query.addBindValue(outcome.latencyMs);
    query.addBindValue(text(outcome.protocol));
    query.addBindValue(text(outcome.errorClass));
    query.addBindValue(text(outcome.error));
    query.addBindValue(headersText(outcome.responseHeaders));
    query.addBindValue(text(outcome.responseBody));
    query.addBindValue(now);
    query.addBindValue(attemptId);
    if (!query.exec())
        return lastError(Tr::tr("recording an attempt's outcome"), query.lastError());
    query.prepare(u"UPDATE deliveries SET state = ?, error = ?, finished_at = ? WHERE id = ?"_s);
    query.addBindValue(text(outcome.deliveryState));
    query.addBindValue(text(outcome.error));
    query.addBindValue(now);
    query.addBindValue(deliveryId);
    if (!query.exec())
        return lastError(Tr::tr("recording a delivery's outcome"), query.lastError());
    return {};
}

namespace {
RunRecord runFromQuery(const QSqlQuery &query)
{
    RunRecord run;
    run.id = query.value(0).toLongLong();
    run.campaignKey = query.value(1).toString();
    run.campaignTitle = query.value(2).toString();
    run.mode = query.value(3).toString();
    run.state = query.value(4).toString();
    run.startedAt = parseTimestamp(query.value(5).toString());
    run.finishedAt = parseTimestamp(query.value(6).toString());
    run.message = query.value(7).toString();
    return run;
}
const QString runColumns
    = u"id, campaign_key, campaign_title, mode, state, started_at, finished_at, message"_s;
} // namespace

Result<QList<RunRecord>> ResultsDatabase::runs(const QString &campaignKey) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT %1 FROM runs WHERE ? = '' OR campaign_key = ? ORDER BY id DESC"_s.arg(runColumns));
    query.addBindValue(campaignKey);
    query.addBindValue(campaignKey);
    if (!query.exec())
        return lastError(Tr::tr("reading runs"), query.lastError());
    QList<RunRecord> result;
    while (query.next())
        result.append(runFromQuery(query));
    return result;
}

qint64 ResultsDatabase::latestRunId(const QString &campaignKey) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT max(id) FROM runs WHERE campaign_key = ?"_s);
    query.addBindValue(campaignKey);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

Result<RunRecord> ResultsDatabase::run(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM runs WHERE id = ?"_s.arg(runColumns));
    query.addBindValue(runId);
    if (!query.exec())
        return lastError(Tr::tr("reading run %1").arg(runId), query.lastError());
    if (!query.next())
        return Error{u"not-found"_s, Tr::tr("there is no run %1 in %2").arg(runId).arg(m_path)};
    return runFromQuery(query);
}

Result<RunCounts> ResultsDatabase::counts(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT r.targeted, r.matched,"
        " (SELECT count(*) FROM deliveries d WHERE d.run_id = r.id"
        "   AND EXISTS (SELECT 1 FROM attempts a WHERE a.delivery_id = d.id)),"
        " (SELECT count(*) FROM deliveries d WHERE d.run_id = r.id AND d.state = 'delivered'),"
        " (SELECT count(*) FROM deliveries d WHERE d.run_id = r.id AND d.state = 'failed'),"
        " (SELECT count(*) FROM deliveries d WHERE d.run_id = r.id AND d.state = 'skipped')"
        " FROM runs r WHERE r.id = ?"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return lastError(Tr::tr("counting run %1").arg(runId), query.lastError());
    if (!query.next())
        return Error{u"not-found"_s, Tr::tr("there is no run %1 in %2").arg(runId).arg(m_path)};
    RunCounts counts;
    counts.targeted = query.value(0).toInt();
    counts.matched = query.value(1).toInt();
    counts.sent = query.value(2).toInt();
    counts.delivered = query.value(3).toInt();
    counts.failed = query.value(4).toInt();
    counts.skipped = query.value(5).toInt();
    return counts;
}

Result<QList<AttemptRecord>> ResultsDatabase::attempts(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT a.id, a.delivery_id, d.run_id, d.node_id, d.user_id, d.webhook_id, a.number,"
        " a.started_at, a.method, a.url, a.request_headers, a.request_body, a.status, a.latency_ms,"
        " a.error_class, a.error, a.response_body, a.protocol"
        " FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"
        " WHERE d.run_id = ? ORDER BY a.id"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return lastError(Tr::tr("reading attempts of run %1").arg(runId), query.lastError());
    QList<AttemptRecord> result;
    while (query.next()) {
        AttemptRecord a;
        a.id = query.value(0).toLongLong();
        a.deliveryId = query.value(1).toLongLong();
        a.runId = query.value(2).toLongLong();
        a.nodeId = query.value(3).toString();
        a.userId = query.value(4).toString();
        a.webhookId = query.value(5).toString();
        a.number = query.value(6).toInt();
        a.startedAt = parseTimestamp(query.value(7).toString());
        a.method = query.value(8).toString();
        a.url = query.value(9).toString();
        for (const QJsonValue &pair : QJsonDocument::fromJson(query.value(10).toByteArray()).array())
            a.requestHeaders.append(
                {pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
        a.requestBody = query.value(11).toString();
        a.status = query.value(12).isNull() ? 0 : query.value(12).toInt();
        a.latencyMs = query.value(13).isNull() ? -1 : query.value(13).toLongLong();
        a.errorClass = query.value(14).toString();
        a.error = query.value(15).toString();
        a.responseBody = query.value(16).toString();
        a.protocol = query.value(17).toString();
        result.append(a);
    }
    return result;
}

} // namespace Hookflow
