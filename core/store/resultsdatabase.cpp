// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsdatabase.h"

#include "template/jsonwriter.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <iterator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

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

// Schema version 2: what a run needs to be resumed after a crash, retries and their schedule.
const char *const schemaV2[] = {
    "ALTER TABLE runs ADD COLUMN campaign TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN clock TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN target TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN secrets_path TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN owner_pid INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE deliveries ADD COLUMN user TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE deliveries ADD COLUMN attempt_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE deliveries ADD COLUMN next_attempt_at INTEGER",
    "ALTER TABLE attempts ADD COLUMN response_truncated INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE attempts ADD COLUMN redirects TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE attempts ADD COLUMN retry_in_ms INTEGER",
    "CREATE INDEX deliveries_due ON deliveries (run_id, state, next_attempt_at)",
};

// Schema version 3: deliveries_due's (run_id, state) prefix serves every lookup the older index
// did, so a delivery's change of state updates one index fewer.
const char *const schemaV3[] = {
    "DROP INDEX deliveries_by_run",
};

struct Migration
{
    const char *const *begin;
    const char *const *end;
};
// migrations[i] takes the schema from version i to i + 1, each in one transaction.
const Migration migrations[] = {
    {std::begin(schemaV1), std::end(schemaV1)},
    {std::begin(schemaV2), std::end(schemaV2)},
    {std::begin(schemaV3), std::end(schemaV3)},
};
static_assert(std::size(migrations) == ResultsDatabase::SchemaVersion);

bool processIsAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true;
#endif
}

} // namespace

/// A prepared statement of SQLite's own, bound by position in the order the parameters appear.
class ResultsDatabase::Statement
{
public:
    explicit Statement(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    ~Statement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Statement)

    Statement &bind(qint64 value)
    {
        sqlite3_bind_int64(m_statement, ++m_index, value);
        return *this;
    }
    Statement &bind(const QString &value) { return bindUtf8(value.toUtf8()); }
    /// Text already in UTF-8; kept alive until reset(), so SQLite need not copy it.
    Statement &bindUtf8(const QByteArray &value)
    {
        m_keep.append(value);
        const QByteArray &kept = m_keep.constLast();
        // Never a null pointer: that would bind NULL, and these columns hold text ("" at least).
        sqlite3_bind_text(m_statement,
                          ++m_index,
                          kept.isNull() ? "" : kept.constData(),
                          int(kept.size()),
                          SQLITE_STATIC);
        return *this;
    }
    Statement &bindNull()
    {
        sqlite3_bind_null(m_statement, ++m_index);
        return *this;
    }
    /// Runs a statement that returns no rows; SQLITE_DONE on success.
    int run()
    {
        const int rc = sqlite3_step(m_statement);
        reset();
        return rc;
    }
    /// Steps through rows: SQLITE_ROW while there is one, then SQLITE_DONE (or an error).
    int next() { return sqlite3_step(m_statement); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QByteArray utf8(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArray(text, sqlite3_column_bytes(m_statement, column));
    }
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_index = 0;
        m_keep.clear();
    }

private:
    sqlite3_stmt *m_statement;
    int m_index = 0;
    QList<QByteArray> m_keep;
};

ResultsDatabase::ResultsDatabase(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

ResultsDatabase::~ResultsDatabase()
{
    m_statements.clear(); // finalized before their connection closes
    m_hot.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error ResultsDatabase::lastError(const QString &what, const QSqlError &error) const
{
    const QSqlError actual = error.isValid() ? error : m_db.lastError();
    return databaseError(what, actual.nativeErrorCode().toInt(), actual.text());
}

Error ResultsDatabase::databaseError(const QString &what, int sqliteCode, const QString &text) const
{
    const QString code = QString::number(sqliteCode);
    // SQLITE_FULL: the disk, or the database's page limit, is full.
    if ((sqliteCode & 0xff) == SQLITE_FULL)
        return Error{u"disk-full"_s,
                     Tr::tr("%1 failed: the disk holding %2 is full. Nothing more is sent until it "
                            "can be recorded; free some space, then resume the run.")
                         .arg(what, m_path),
                     code};
    return Error{u"database"_s, Tr::tr("%1 failed in %2: %3").arg(what, m_path, text), code};
}

Result<std::unique_ptr<ResultsDatabase>> ResultsDatabase::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{u"database"_s, Tr::tr("cannot create the folder %1").arg(info.absolutePath())};
    // No copy of the connection outlives `database`: closing it on a failure below would
    // otherwise find the connection still in use.
    std::unique_ptr<ResultsDatabase> database(
        new ResultsDatabase(QSqlDatabase::addDatabase(u"QSQLITE"_s, uniqueConnectionName()), path));
    database->m_db.setDatabaseName(path);
    database->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!database->m_db.open())
        return database->lastError(Tr::tr("opening the database"));
    // The driver's own connection, for hot(): the plugin and we link the same system SQLite.
    if (const QVariant handle = database->m_db.driver()->handle();
        handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        database->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!database->m_handle)
        return Error{u"database"_s,
                     Tr::tr("opening the database failed in %1: Qt's SQLite driver gave no "
                            "connection handle")
                         .arg(path)};
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
    query.finish(); // an open statement would keep DROP INDEX from running
    if (version > SchemaVersion)
        return Error{u"database"_s,
                     Tr::tr("%1 was written by a newer Hookflow (schema %2; this version knows %3)")
                         .arg(m_path)
                         .arg(version)
                         .arg(SchemaVersion)};
    for (int next = version + 1; next <= SchemaVersion; ++next) {
        if (Result<void> migrated = migrateTo(next); !migrated)
            return migrated;
    }
    return {};
}

Result<void> ResultsDatabase::migrateTo(int version)
{
    const Migration &migration = migrations[version - 1];
    return transaction([&]() -> Result<void> {
        QSqlQuery query(m_db);
        for (auto statement = migration.begin; statement != migration.end; ++statement) {
            if (!query.exec(QString::fromLatin1(*statement)))
                return lastError(Tr::tr("updating the database to schema %1").arg(version),
                                 query.lastError());
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
            return lastError(Tr::tr("updating the database to schema %1").arg(version),
                             query.lastError());
        return {};
    });
}

void ResultsDatabase::setPageLimit(int pages)
{
    QSqlQuery query(m_db);
    query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

Result<QSqlQuery *> ResultsDatabase::statement(const QString &sql, bool forwardOnly) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(forwardOnly);
        if (!query.prepare(sql))
            return lastError(Tr::tr("preparing a statement"), query.lastError());
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return &it->second;
}

QString ResultsDatabase::sqliteMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

Result<ResultsDatabase::Statement *> ResultsDatabase::hot(const char *sql) const
{
    auto it = m_hot.find(sql);
    if (it == m_hot.end()) {
        sqlite3_stmt *statement = nullptr;
        if (const int rc = sqlite3_prepare_v3(
                m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
            rc != SQLITE_OK)
            return databaseError(Tr::tr("preparing a statement"), rc, sqliteMessage());
        it = m_hot.emplace(sql, std::make_unique<Statement>(statement)).first;
    }
    return it->second.get();
}

Result<void> ResultsDatabase::transaction(const std::function<Result<void>()> &work)
{
    Result<QSqlQuery *> begin = statement(u"BEGIN IMMEDIATE"_s);
    Result<QSqlQuery *> commit = statement(u"COMMIT"_s);
    Result<QSqlQuery *> rollback = statement(u"ROLLBACK"_s);
    if (!begin || !commit || !rollback)
        return !begin ? begin.error() : !commit ? commit.error() : rollback.error();
    if (!(*begin)->exec())
        return lastError(Tr::tr("starting a transaction"), (*begin)->lastError());
    Result<void> result = work();
    if (!result) {
        (*rollback)->exec();
        return result;
    }
    if (!(*commit)->exec()) {
        Error error = lastError(Tr::tr("committing"), (*commit)->lastError());
        (*rollback)->exec();
        return error;
    }
    return {};
}

QString ResultsDatabase::now() const
{
    // Rows written in the same millisecond (most of a commit's) share one formatted stamp.
    const QDateTime time = m_clock->now();
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms != m_stampMs || m_stamp.isNull()) {
        m_stamp = formatTimestamp(time);
        m_stampMs = ms;
    }
    return m_stamp;
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

Result<qint64> ResultsDatabase::beginRun(const RunStart &run)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO runs (campaign_key, campaign_title, mode, event, targeted, matched, state, "
        "started_at, campaign, clock, target, secrets_path, owner_pid)"
        " VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(run.campaignKey);
    query.addBindValue(text(run.campaignTitle));
    query.addBindValue(run.mode);
    query.addBindValue(jsonText(run.event));
    query.addBindValue(run.targeted);
    query.addBindValue(run.matched);
    query.addBindValue(now());
    query.addBindValue(text(QString::fromUtf8(run.campaign)));
    query.addBindValue(text(formatTimestamp(run.clock)));
    query.addBindValue(text(run.target));
    query.addBindValue(text(run.secretsPath));
    query.addBindValue(QCoreApplication::applicationPid());
    if (!query.exec())
        return lastError(Tr::tr("recording the run"), query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<void> ResultsDatabase::claimRun(qint64 runId)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE runs SET owner_pid = ?, state = 'running', finished_at = NULL,"
                  " message = '' WHERE id = ?"_s);
    query.addBindValue(QCoreApplication::applicationPid());
    query.addBindValue(runId);
    if (!query.exec())
        return lastError(Tr::tr("resuming run %1").arg(runId), query.lastError());
    return {};
}

Result<void> ResultsDatabase::setRunCounts(qint64 runId, int targeted, int matched)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE runs SET targeted = ?, matched = ? WHERE id = ?"_s);
    query.addBindValue(targeted);
    query.addBindValue(matched);
    query.addBindValue(runId);
    if (!query.exec())
        return lastError(Tr::tr("recording the run"), query.lastError());
    return {};
}

Result<int> ResultsDatabase::cancelUnfinished(qint64 runId, const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE deliveries SET state = 'failed', error = ?, finished_at = ?,"
                  " next_attempt_at = NULL WHERE run_id = ?"
                  " AND state IN ('queued', 'ready', 'waiting', 'paused')"_s);
    query.addBindValue(reason);
    query.addBindValue(now());
    query.addBindValue(runId);
    if (!query.exec())
        return lastError(Tr::tr("recording the canceled deliveries"), query.lastError());
    return query.numRowsAffected();
}

Result<void> ResultsDatabase::finishRun(qint64 runId, const QString &state, const QString &message)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE runs SET state = ?, message = ?, finished_at = ? WHERE id = ?"_s);
    query.addBindValue(state);
    query.addBindValue(text(message));
    query.addBindValue(now());
    query.addBindValue(runId);
    if (!query.exec())
        return lastError(Tr::tr("finishing the run"), query.lastError());
    return {};
}

namespace {
/// [[name, value], …] as compact JSON, written directly: a QJsonArray per row written cost
/// 7 % of a run's worker thread.
QString headersText(const QList<std::pair<QString, QString>> &headers)
{
    QString out;
    out.reserve(2 + headers.size() * 48);
    out.append(u'[');
    for (const auto &[name, value] : headers) {
        if (out.size() > 1)
            out.append(u',');
        out.append(u"[\""_s);
        JsonWriter::appendJsonStringContent(out, name);
        out.append(u"\",\""_s);
        JsonWriter::appendJsonStringContent(out, value);
        out.append(u"\"]"_s);
    }
    out.append(u']');
    return out;
}
} // namespace

Result<qint64> ResultsDatabase::insertDelivery(const DeliveryRow &row)
{
    Result<Statement *> prepared = hot(
        "INSERT INTO deliveries (run_id, node_id, user_id, webhook_id, state, error, method, url,"
        " request_headers, request_body, created_at, finished_at, user)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!prepared)
        return prepared.error();
    Statement &insert = **prepared;
    const QString stamp = now();
    insert.bind(row.runId)
        .bind(row.nodeId)
        .bind(row.userId)
        .bind(row.webhookId)
        .bind(row.state)
        .bind(row.error)
        .bind(row.method)
        .bind(row.url)
        .bind(headersText(row.headers))
        .bind(row.body)
        .bind(stamp);
    if (row.state == u"queued")
        insert.bindNull();
    else
        insert.bind(stamp);
    insert.bindUtf8(row.user);
    if (const int rc = insert.run(); rc != SQLITE_DONE)
        return databaseError(Tr::tr("recording a delivery"), rc, sqliteMessage());
    return sqlite3_last_insert_rowid(m_handle);
}

Result<qint64> ResultsDatabase::insertAttempt(qint64 deliveryId,
                                              int number,
                                              const DeliveryRow &request)
{
    Result<Statement *> prepared = hot(
        "INSERT INTO attempts (delivery_id, number, started_at, method, url, request_headers,"
        " request_body) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!prepared)
        return prepared.error();
    Statement &insert = (**prepared)
                            .bind(deliveryId)
                            .bind(number)
                            .bind(now())
                            .bind(request.method)
                            .bind(request.url)
                            .bind(headersText(request.headers))
                            .bind(request.body);
    if (const int rc = insert.run(); rc != SQLITE_DONE)
        return databaseError(Tr::tr("recording an attempt"), rc, sqliteMessage());
    // The delivery row is not touched: an attempt without an outcome is what marks it as out,
    // and its outcome counts it (one write of the delivery row per attempt, not two).
    return sqlite3_last_insert_rowid(m_handle);
}

Result<QList<PendingDelivery>> ResultsDatabase::readPending(Statement &select,
                                                            const QString &what) const
{
    QList<PendingDelivery> pending;
    int rc = SQLITE_ROW;
    while ((rc = select.next()) == SQLITE_ROW) {
        pending.append(PendingDelivery{select.integer(0),
                                       select.text(1),
                                       select.text(2),
                                       select.text(3),
                                       select.utf8(4),
                                       int(select.integer(5))});
    }
    select.reset();
    if (rc != SQLITE_DONE)
        return databaseError(what, rc, sqliteMessage());
    return pending;
}

Result<QList<PendingDelivery>> ResultsDatabase::queuedDeliveries(qint64 runId,
                                                                 qint64 afterId,
                                                                 int limit)
{
    Result<Statement *> prepared = hot(
        "SELECT id, node_id, user_id, webhook_id, user, attempt_count FROM deliveries"
        " WHERE run_id = ? AND state = 'queued' AND next_attempt_at IS NULL AND id > ?"
        " ORDER BY id LIMIT ?");
    if (!prepared)
        return prepared.error();
    return readPending((**prepared).bind(runId).bind(afterId).bind(limit),
                       Tr::tr("reading queued deliveries"));
}

Result<QList<PendingDelivery>> ResultsDatabase::claimDueDeliveries(qint64 runId,
                                                                   qint64 nowMs,
                                                                   int limit)
{
    QList<PendingDelivery> due;
    Result<void> claimed = transaction([&]() -> Result<void> {
        Result<Statement *> select = hot(
            "SELECT id, node_id, user_id, webhook_id, user, attempt_count FROM deliveries"
            " WHERE run_id = ? AND state IN ('waiting', 'paused') AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?");
        if (!select)
            return select.error();
        Result<QList<PendingDelivery>> read = readPending(
            (**select).bind(runId).bind(nowMs).bind(limit),
            Tr::tr("reading deliveries due for a retry"));
        if (!read)
            return read.error();
        due = std::move(read).value();
        Result<Statement *> update = hot("UPDATE deliveries SET state = 'ready' WHERE id = ?");
        if (!update)
            return update.error();
        for (const PendingDelivery &delivery : std::as_const(due)) {
            if (const int rc = (**update).bind(delivery.id).run(); rc != SQLITE_DONE)
                return databaseError(Tr::tr("claiming a delivery due for a retry"),
                                     rc,
                                     sqliteMessage());
        }
        return {};
    });
    if (!claimed)
        return claimed.error();
    return due;
}

qint64 ResultsDatabase::nextDueAt(qint64 runId) const
{
    Result<QSqlQuery *> prepared = statement(
        u"SELECT min(next_attempt_at) FROM deliveries WHERE run_id = ?"
        " AND state IN ('waiting', 'paused')"_s,
        true);
    if (!prepared)
        return -1;
    QSqlQuery &query = **prepared;
    query.addBindValue(runId);
    qint64 due = -1;
    if (query.exec() && query.next() && !query.value(0).isNull())
        due = query.value(0).toLongLong();
    query.finish();
    return due;
}

int ResultsDatabase::unfinishedDeliveries(qint64 runId) const
{
    Result<QSqlQuery *> prepared = statement(
        u"SELECT count(*) FROM deliveries WHERE run_id = ?"
        " AND state IN ('queued', 'ready', 'sending', 'waiting', 'paused')"_s,
        true);
    if (!prepared)
        return 0;
    QSqlQuery &query = **prepared;
    query.addBindValue(runId);
    int unfinished = 0;
    if (query.exec() && query.next())
        unfinished = query.value(0).toInt();
    query.finish();
    return unfinished;
}

Result<int> ResultsDatabase::recoverInterrupted(qint64 runId)
{
    int recovered = 0;
    Result<void> done = transaction([&]() -> Result<void> {
        QSqlQuery query(m_db);
        // Deliveries with an attempt out go back to the queue. An interrupted attempt is not
        // counted against its delivery's attempts: it is re-sent with the same webhook-id and
        // the receiver de-duplicates. (Schema 2 marked such a delivery "sending" and counted
        // the attempt when it left.)
        query.prepare(u"UPDATE deliveries SET state = 'queued', next_attempt_at = NULL,"
                      " attempt_count = max(attempt_count - (state = 'sending'), 0)"
                      " WHERE run_id = ? AND (state = 'sending' OR id IN"
                      " (SELECT delivery_id FROM attempts WHERE finished_at IS NULL))"_s);
        query.addBindValue(runId);
        if (!query.exec())
            return lastError(Tr::tr("re-queueing interrupted deliveries"), query.lastError());
        recovered += query.numRowsAffected();
        query.prepare(u"UPDATE attempts SET error_class = 'interrupted', error = ?, finished_at = ?"
                      " WHERE finished_at IS NULL AND delivery_id IN"
                      " (SELECT id FROM deliveries WHERE run_id = ?)"_s);
        query.addBindValue(Tr::tr("the run stopped before this attempt's outcome was recorded; "
                                  "it was sent again on resume"));
        query.addBindValue(now());
        query.addBindValue(runId);
        if (!query.exec())
            return lastError(Tr::tr("closing interrupted attempts"), query.lastError());
        recovered += query.numRowsAffected();
        query.prepare(u"UPDATE deliveries SET state = 'queued', next_attempt_at = NULL"
                      " WHERE run_id = ? AND state = 'ready'"_s);
        query.addBindValue(runId);
        if (!query.exec())
            return lastError(Tr::tr("re-queueing interrupted deliveries"), query.lastError());
        recovered += query.numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    return recovered;
}

Result<void> ResultsDatabase::setDeliveryState(qint64 deliveryId,
                                               const QString &state,
                                               const QString &error,
                                               qint64 nextAttemptAt)
{
    return moveDelivery(deliveryId, state, error, nextAttemptAt, false);
}

Result<void> ResultsDatabase::moveDelivery(qint64 deliveryId,
                                           const QString &state,
                                           const QString &error,
                                           qint64 nextAttemptAt,
                                           bool countAttempt)
{
    const bool final = state == u"failed" || state == u"delivered" || state == u"skipped";
    Result<Statement *> prepared = hot(
        countAttempt ? "UPDATE deliveries SET state = ?, error = ?, next_attempt_at = ?,"
                       " finished_at = ?, attempt_count = attempt_count + 1 WHERE id = ?"
                     : "UPDATE deliveries SET state = ?, error = ?, next_attempt_at = ?,"
                       " finished_at = ? WHERE id = ?");
    if (!prepared)
        return prepared.error();
    Statement &update = (**prepared).bind(state).bind(error);
    if (nextAttemptAt > 0)
        update.bind(nextAttemptAt);
    else
        update.bindNull();
    if (final)
        update.bind(now());
    else
        update.bindNull();
    update.bind(deliveryId);
    if (const int rc = update.run(); rc != SQLITE_DONE)
        return databaseError(Tr::tr("recording a delivery's state"), rc, sqliteMessage());
    return {};
}

Result<void> ResultsDatabase::recordOutcome(qint64 attemptId,
                                            qint64 deliveryId,
                                            const AttemptOutcome &outcome)
{
    Result<Statement *> prepared = hot(
        "UPDATE attempts SET status = ?, latency_ms = ?, protocol = ?, error_class = ?, error = ?,"
        " response_headers = ?, response_body = ?, finished_at = ?, response_truncated = ?,"
        " redirects = ?, retry_in_ms = ? WHERE id = ?");
    if (!prepared)
        return prepared.error();
    Statement &update = **prepared;
    if (outcome.status)
        update.bind(outcome.status);
    else
        update.bindNull();
    update.bind(outcome.latencyMs)
        .bind(outcome.protocol)
        .bind(outcome.errorClass)
        .bind(outcome.error)
        .bind(headersText(outcome.responseHeaders))
        .bind(outcome.responseBody)
        .bind(now())
        .bind(outcome.responseTruncated ? 1 : 0)
        .bind(outcome.redirects.isEmpty()
                  ? u"[]"_s
                  : jsonText(QJsonArray::fromStringList(outcome.redirects)));
    if (outcome.retryInMs >= 0)
        update.bind(outcome.retryInMs);
    else
        update.bindNull();
    update.bind(attemptId);
    if (const int rc = update.run(); rc != SQLITE_DONE)
        return databaseError(Tr::tr("recording an attempt's outcome"), rc, sqliteMessage());
    return moveDelivery(deliveryId,
                        outcome.deliveryState,
                        outcome.error,
                        outcome.nextAttemptAt,
                        true);
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
    run.campaign = query.value(8).toByteArray();
    run.event = QJsonDocument::fromJson(query.value(9).toByteArray()).object();
    run.clock = parseTimestamp(query.value(10).toString());
    run.target = query.value(11).toString();
    run.secretsPath = query.value(12).toString();
    run.ownerPid = query.value(13).toLongLong();
    run.targeted = query.value(14).toInt();
    run.matched = query.value(15).toInt();
    return run;
}
const QString runColumns
    = u"id, campaign_key, campaign_title, mode, state, started_at, finished_at,"
      " message, campaign, event, clock, target, secrets_path, owner_pid,"
      " targeted, matched"_s;
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

Result<QList<RunRecord>> ResultsDatabase::interruptedRuns() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT %1 FROM runs WHERE state = 'running' AND campaign != ''"
                    " ORDER BY id"_s.arg(runColumns)))
        return lastError(Tr::tr("reading runs"), query.lastError());
    QList<RunRecord> result;
    while (query.next()) {
        RunRecord run = runFromQuery(query);
        if (run.ownerPid != QCoreApplication::applicationPid() && !processIsAlive(run.ownerPid))
            result.append(run);
    }
    return result;
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
        " (SELECT count(*) FROM deliveries d WHERE d.run_id = r.id AND d.state = 'skipped'),"
        " (SELECT count(*) FROM deliveries d WHERE d.run_id = r.id"
        "   AND d.state IN ('queued', 'ready', 'sending', 'waiting', 'paused')),"
        " (SELECT count(*) FROM deliveries d WHERE d.run_id = r.id AND d.state = 'paused'),"
        " (SELECT count(*) FROM deliveries d WHERE d.run_id = r.id AND d.attempt_count > 1)"
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
    counts.pending = query.value(6).toInt();
    counts.paused = query.value(7).toInt();
    counts.retried = query.value(8).toInt();
    return counts;
}

Result<QList<AttemptRecord>> ResultsDatabase::attempts(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT a.id, a.delivery_id, d.run_id, d.node_id, d.user_id, d.webhook_id, a.number,"
        " a.started_at, a.method, a.url, a.request_headers, a.request_body, a.status, a.latency_ms,"
        " a.error_class, a.error, a.response_body, a.protocol, a.response_truncated, a.retry_in_ms"
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
        a.responseTruncated = query.value(18).toBool();
        a.retryInMs = query.value(19).isNull() ? -1 : query.value(19).toLongLong();
        result.append(a);
    }
    return result;
}

} // namespace Hookflow
