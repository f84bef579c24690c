// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catcher/catcher.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

constexpr int UserCount = 2000;
constexpr int Rounds = 20;

/// What a loopback server that de-duplicates by `webhook-id` has seen.
struct Seen
{
    int requests = 0;
    QHash<QByteArray, int> perWebhookId;         ///< sightings of each webhook-id
    QHash<QString, QSet<QByteArray>> idsPerUser; ///< user_id (from the body) → webhook-ids
    QList<QByteArray> malformed;                 ///< requests without a webhook-id or a user_id

    void clear() { *this = Seen(); }
};

/// How one hookflow-cli process ended.
struct Ended
{
    bool killed = false; ///< we sent SIGKILL before it exited on its own
    int exitCode = -1;   ///< when it exited on its own
    QByteArray err;
    qint64 runId = 0; ///< from "run <ID> started", 0 when the line never came
    int deliveries = -1;
};

/// When to kill a process: never, a moment after it starts, or a moment after its run line.
struct KillPlan
{
    enum class From { Never, Start, RunLine };
    From from = From::Never;
    int delayMs = 0;
};

const QRegularExpression &runLine()
{
    static const QRegularExpression line(u"hookflow-cli: run (\\d+) started: (\\d+) deliveries"_s);
    return line;
}

} // namespace

/// Crash safety (issue 5): `fire` killed with SIGKILL at random moments, then `fire --resume`
/// (itself killed now and then) until it finishes. After every round the database is intact, the
/// server has seen every targeted user exactly once when de-duplicating by `webhook-id`, and no
/// attempt is left without an outcome.
class TestCrashResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedFireResumesWithoutLossOrDuplicates();

private:
    Ended runCli(const QStringList &args, const KillPlan &plan);
    QStringList fireArgs(const QString &db) const;
    void verifyRound(const QString &db, qint64 runId, const QString &round);
    void verifyNoRun(const QString &db, const QString &what);
    static QSqlDatabase openDatabase(const QString &path, const QString &connection);

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    Catcher m_server;
    Seen m_seen;
    QString m_campaign;
    QString m_users;
    QSet<QString> m_userIds;
    // Measured once on a fire that is not killed, to spread the kills over the whole run.
    qint64 m_runLineMs = 0;
    qint64 m_sendingMs = 0;
};

void TestCrashResume::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"HOOKFLOW_WORKSPACE"_s, m_dir.filePath(u"workspace"_s));
    m_env.insert(u"HOOKFLOW_LANG"_s, u"en"_s);

    // A fast server with a small delay per response, so that a fire takes a few seconds.
    QVERIFY(m_server.listen(QHostAddress::LocalHost).ok());
    m_server.setResponseDelay(2);
    connect(&m_server, &Catcher::requestCaptured, this, [this](const CapturedRequest &request) {
        ++m_seen.requests;
        const QByteArray webhookId = request.header("webhook-id");
        const QString userId = QJsonDocument::fromJson(request.body)
                                   .object()
                                   .value(u"user_id"_s)
                                   .toString();
        if (webhookId.isEmpty() || userId.isEmpty()) {
            m_seen.malformed.append(request.body.left(200));
            return;
        }
        ++m_seen.perWebhookId[webhookId];
        m_seen.idsPerUser[userId].insert(webhookId);
        // The catcher's own list is not needed: keep its memory flat over the rounds.
        m_server.clear();
    });

    // Every user is targeted: the trigger has no filter and there is no audience node.
    m_campaign = m_dir.filePath(u"crash.hookflow.json"_s);
    {
        const QJsonObject webhook{
            {u"id"_s, u"hook"_s},
            {u"kind"_s, u"webhook"_s},
            {u"position"_s, QJsonArray{280, 0}},
            {u"request"_s,
             QJsonObject{{u"method"_s, u"POST"_s},
                         {u"url"_s, u"https://hooks.example.com/crash"_s},
                         {u"body"_s,
                          u"{\"user_id\": \"{{user_id}}\", \"n\": {{user_properties.n}}}"_s}}}};
        const QJsonObject campaign{{u"format"_s, 1},
                                   {u"key"_s, u"crash-resume"_s},
                                   {u"title"_s, u"Crash and resume"_s},
                                   {u"nodes"_s,
                                    QJsonArray{QJsonObject{{u"id"_s, u"start"_s},
                                                           {u"kind"_s, u"trigger"_s},
                                                           {u"position"_s, QJsonArray{0, 0}},
                                                           {u"event_key"_s, u"crash_test"_s}},
                                               webhook}},
                                   {u"edges"_s,
                                    QJsonArray{QJsonObject{{u"from"_s, u"start"_s},
                                                           {u"to"_s, u"hook"_s}}}}};
        QFile file(m_campaign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(campaign).toJson());
    }
    m_users = m_dir.filePath(u"users.jsonl"_s);
    {
        QFile file(m_users);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 1; i <= UserCount; ++i) {
            const QString id = u"u%1"_s.arg(i, 5, 10, QLatin1Char('0'));
            m_userIds.insert(id);
            file.write(QJsonDocument(QJsonObject{{u"user_id"_s, id},
                                                 {u"properties"_s, QJsonObject{{u"n"_s, i}}}})
                           .toJson(QJsonDocument::Compact)
                       + '\n');
        }
    }

    // One fire that runs to the end: it must be correct too, and it tells how long the parts of
    // a fire take on this machine (only to choose kill moments; nothing is asserted about time).
    const QString db = m_dir.filePath(u"calibration.db"_s);
    m_seen.clear();
    QElapsedTimer clock;
    clock.start();
    qint64 lineAt = -1;
    QProcess process;
    process.setProcessEnvironment(m_env);
    QByteArray err;
    connect(&process, &QProcess::readyReadStandardError, this, [&] {
        err += process.readAllStandardError();
        if (lineAt < 0 && runLine().match(QString::fromUtf8(err)).hasMatch())
            lineAt = clock.elapsed();
    });
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(HOOKFLOW_CLI), fireArgs(db));
    QVERIFY(process.waitForStarted());
    loop.exec();
    err += process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             err.right(2000).constData());
    const QRegularExpressionMatch match = runLine().match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.right(2000).constData());
    QCOMPARE(match.captured(2).toInt(), UserCount);
    m_runLineMs = lineAt;
    m_sendingMs = qMax<qint64>(clock.elapsed() - lineAt, 100);
    qInfo("uninterrupted fire: run line after %lld ms, then %lld ms sending",
          m_runLineMs,
          m_sendingMs);
    verifyRound(db, match.captured(1).toLongLong(), u"calibration"_s);
}

QStringList TestCrashResume::fireArgs(const QString &db) const
{
    return {u"fire"_s,
            m_campaign,
            u"--users"_s,
            m_users,
            u"--event"_s,
            u"{\"event_key\": \"crash_test\", \"timestamp\": \"2026-11-27T01:00:00Z\"}"_s,
            u"--db"_s,
            db,
            u"--target"_s,
            m_server.url().toString(),
            u"--concurrency"_s,
            u"4"_s,
            u"--quiet"_s};
}

Ended TestCrashResume::runCli(const QStringList &args, const KillPlan &plan)
{
    Ended ended;
    QProcess process;
    process.setProcessEnvironment(m_env);
    QEventLoop loop;
    QTimer killer;
    killer.setSingleShot(true);
    connect(&killer, &QTimer::timeout, &process, [&] {
        if (process.state() == QProcess::Running) {
            ended.killed = true;
            process.kill(); // SIGKILL
        }
    });
    connect(&process, &QProcess::readyReadStandardError, this, [&] {
        ended.err += process.readAllStandardError();
        if (ended.runId || !runLine().match(QString::fromUtf8(ended.err)).hasMatch())
            return;
        const QRegularExpressionMatch match = runLine().match(QString::fromUtf8(ended.err));
        ended.runId = match.captured(1).toLongLong();
        ended.deliveries = match.captured(2).toInt();
        if (plan.from == KillPlan::From::RunLine)
            killer.start(plan.delayMs);
    });
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(120000);
    process.start(QStringLiteral(HOOKFLOW_CLI), args);
    if (!process.waitForStarted()) {
        ended.err = "hookflow-cli did not start";
        return ended;
    }
    if (plan.from == KillPlan::From::Start)
        killer.start(plan.delayMs);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        ended.err += "\n(test) hookflow-cli did not finish within two minutes";
        ended.killed = false;
        ended.exitCode = -1;
        return ended;
    }
    ended.err += process.readAllStandardError();
    if (!ended.runId) {
        const QRegularExpressionMatch match = runLine().match(QString::fromUtf8(ended.err));
        if (match.hasMatch()) {
            ended.runId = match.captured(1).toLongLong();
            ended.deliveries = match.captured(2).toInt();
        }
    }
    // A kill that came after the process had exited by itself does not count as one.
    if (process.exitStatus() == QProcess::NormalExit) {
        ended.killed = false;
        ended.exitCode = process.exitCode();
    }
    return ended;
}

QSqlDatabase TestCrashResume::openDatabase(const QString &path, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    if (!db.open())
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
    return db;
}

void TestCrashResume::verifyNoRun(const QString &db, const QString &what)
{
    // Killed before the run line: nothing was planned, so no run may exist (the file itself may
    // or may not exist yet).
    if (!QFile::exists(db))
        return;
    const QString connection = u"crashresume-norun"_s;
    {
        QSqlDatabase sql = openDatabase(db, connection);
        QVERIFY(sql.isOpen());
        QSqlQuery query(sql);
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
        // The schema may not even exist yet when the kill came during its creation.
        if (query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'runs'"_s) && query.next()
            && query.value(0).toInt() == 1) {
            QVERIFY(query.exec(u"SELECT count(*) FROM runs"_s) && query.next());
            QVERIFY2(query.value(0).toInt() == 0,
                     qPrintable(
                         u"%1: killed before its run line, yet a run was recorded"_s.arg(what)));
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestCrashResume::verifyRound(const QString &db, qint64 runId, const QString &round)
{
    const QString connection = u"crashresume-verify"_s;
    {
        QSqlDatabase sql = openDatabase(db, connection);
        QVERIFY(sql.isOpen());
        QSqlQuery query(sql);
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s));
        QStringList problems;
        while (query.next())
            problems.append(query.value(0).toString());
        QVERIFY2(problems == QStringList{u"ok"_s},
                 qPrintable(round + u": integrity_check: "_s + problems.join(u"; "_s)));

        QVERIFY(query.exec(u"SELECT count(*) FROM runs"_s) && query.next());
        QVERIFY2(query.value(0).toInt() == 1,
                 qPrintable(
                     u"%1: %2 runs in a fresh database"_s.arg(round).arg(query.value(0).toInt())));
        query.prepare(u"SELECT state FROM runs WHERE id = ?"_s);
        query.addBindValue(runId);
        QVERIFY(query.exec() && query.next());
        QVERIFY2(query.value(0).toString() == u"finished"_s,
                 qPrintable(round + u": run state "_s + query.value(0).toString()));

        // The run's deliveries: one per targeted user, each delivered, each with its own id.
        query.prepare(u"SELECT user_id, webhook_id, state FROM deliveries WHERE run_id = ?"_s);
        query.addBindValue(runId);
        QVERIFY(query.exec());
        QHash<QString, QByteArray> webhookIdOfUser;
        QSet<QByteArray> planned;
        while (query.next()) {
            const QString user = query.value(0).toString();
            const QByteArray webhookId = query.value(1).toString().toUtf8();
            QVERIFY2(!webhookIdOfUser.contains(user),
                     qPrintable(u"%1: user %2 has two deliveries"_s.arg(round, user)));
            webhookIdOfUser.insert(user, webhookId);
            planned.insert(webhookId);
            QVERIFY2(query.value(2).toString() == u"delivered"_s,
                     qPrintable(
                         u"%1: delivery of %2 is %3"_s.arg(round, user, query.value(2).toString())));
        }
        QCOMPARE(webhookIdOfUser.size(), UserCount);
        QCOMPARE(QSet<QString>(webhookIdOfUser.keyBegin(), webhookIdOfUser.keyEnd()), m_userIds);
        QCOMPARE(planned.size(), UserCount);

        // No attempt without an outcome: a response (status and latency) or an error class,
        // "interrupted" for the attempts a kill cut off, which resume closes.
        QVERIFY(query.exec(u"SELECT count(*) FROM attempts WHERE finished_at IS NULL"
                           " OR (error_class = '' AND (status IS NULL OR latency_ms IS NULL))"_s)
                && query.next());
        QVERIFY2(query.value(0).toInt() == 0,
                 qPrintable(
                     u"%1: %2 attempts have no outcome"_s.arg(round).arg(query.value(0).toInt())));

        // Every request that left had its intent row first: the server never saw a webhook-id
        // more often than the database has attempts for it.
        QHash<QByteArray, int> attemptsOf;
        query.prepare(u"SELECT d.webhook_id, count(a.id) FROM deliveries d"
                      " LEFT JOIN attempts a ON a.delivery_id = d.id WHERE d.run_id = ?"
                      " GROUP BY d.id"_s);
        query.addBindValue(runId);
        QVERIFY(query.exec());
        while (query.next())
            attemptsOf.insert(query.value(0).toString().toUtf8(), query.value(1).toInt());

        // What the server saw, de-duplicated by webhook-id: every user exactly once, under the
        // webhook-id of their delivery, and nothing else.
        // (QVERIFY2 evaluates its message even when the check passes.)
        QVERIFY2(m_seen.malformed.isEmpty(), m_seen.malformed.value(0).constData());
        for (auto it = m_seen.perWebhookId.cbegin(); it != m_seen.perWebhookId.cend(); ++it) {
            QVERIFY2(planned.contains(it.key()),
                     qPrintable(u"%1: the server saw webhook-id %2, which is not in the run"_s
                                    .arg(round, QString::fromUtf8(it.key()))));
            QVERIFY2(it.value() <= attemptsOf.value(it.key()),
                     qPrintable(u"%1: webhook-id %2 reached the server %3 times with %4 attempts "
                                "recorded"_s.arg(round, QString::fromUtf8(it.key()))
                                    .arg(it.value())
                                    .arg(attemptsOf.value(it.key()))));
        }
        QCOMPARE(m_seen.perWebhookId.size(), UserCount);
        for (auto it = webhookIdOfUser.cbegin(); it != webhookIdOfUser.cend(); ++it) {
            const QSet<QByteArray> ids = m_seen.idsPerUser.value(it.key());
            QVERIFY2(ids.size() == 1,
                     qPrintable(u"%1: user %2 reached the server under %3 webhook-ids"_s
                                    .arg(round, it.key())
                                    .arg(ids.size())));
            QVERIFY2(ids.contains(it.value()),
                     qPrintable(u"%1: user %2 reached the server under another webhook-id"_s
                                    .arg(round, it.key())));
        }
        QCOMPARE(m_seen.idsPerUser.size(), UserCount);
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestCrashResume::killedFireResumesWithoutLossOrDuplicates()
{
    // Seeded so that a failure can be replayed; HOOKFLOW_CRASH_SEED picks another sequence.
    const quint32 seed = qEnvironmentVariableIsSet("HOOKFLOW_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("HOOKFLOW_CRASH_SEED"))
                             : 20261127u;
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    auto between = [&rng](qint64 from, qint64 to) {
        return int(from + qint64(rng.bounded(1.0) * double(qMax<qint64>(to - from, 1))));
    };

    int killsBeforeLine = 0, killsAfterLine = 0, resumeKills = 0, roundsWithoutKill = 0;
    for (int round = 1; round <= Rounds; ++round) {
        const QString name = u"round %1"_s.arg(round);
        const QString db = m_dir.filePath(u"round-%1.db"_s.arg(round));
        m_seen.clear();

        // Where this round's kill lands, in turn: before the run line (start-up, reading users,
        // planning), right after it (the first requests), in the middle of sending, near the end.
        KillPlan plan;
        switch (round % 4) {
        case 1:
            plan = {KillPlan::From::Start, between(0, m_runLineMs)};
            break;
        case 2:
            plan = {KillPlan::From::RunLine, between(0, 30)};
            break;
        case 3:
            plan = {KillPlan::From::RunLine, between(m_sendingMs / 10, m_sendingMs * 8 / 10)};
            break;
        default:
            plan = {KillPlan::From::RunLine, between(m_sendingMs * 8 / 10, m_sendingMs)};
            break;
        }

        Ended fired = runCli(fireArgs(db), plan);
        while (fired.killed && !fired.runId) {
            // Nothing was planned, so nothing may have been recorded (or sent: the server's
            // webhook-ids are checked against the run's at the end). Fire again.
            ++killsBeforeLine;
            verifyNoRun(db, name);
            if (QTest::currentTestFailed())
                return;
            fired = runCli(fireArgs(db),
                           {KillPlan::From::RunLine, between(0, m_sendingMs * 8 / 10)});
        }
        QVERIFY2(fired.runId > 0, qPrintable(name + u": "_s + QString::fromUtf8(fired.err)));
        QCOMPARE(fired.deliveries, UserCount);
        if (!fired.killed) {
            // The kill came too late; the run is complete and is checked like the others.
            ++roundsWithoutKill;
            QVERIFY2(fired.exitCode == 0, qPrintable(name + u": "_s + QString::fromUtf8(fired.err)));
        } else {
            ++killsAfterLine;
        }

        // Resume until a resume finishes; a third of the resumes are killed too (at most three
        // per round, so that every round ends).
        int resumes = 0;
        bool finished = !fired.killed;
        while (!finished) {
            ++resumes;
            QVERIFY2(resumes <= 10, qPrintable(name + u": the run never finished"_s));
            KillPlan resumePlan;
            if (resumes <= 3 && rng.bounded(3) == 0)
                resumePlan = {KillPlan::From::Start, between(0, m_runLineMs + m_sendingMs)};
            const Ended resumed = runCli({u"fire"_s,
                                          u"--resume"_s,
                                          QString::number(fired.runId),
                                          u"--db"_s,
                                          db,
                                          u"--quiet"_s},
                                         resumePlan);
            if (resumed.killed) {
                ++resumeKills;
                continue;
            }
            QVERIFY2(resumed.exitCode == 0,
                     qPrintable(u"%1: resume exited %2: %3"_s.arg(name)
                                    .arg(resumed.exitCode)
                                    .arg(QString::fromUtf8(resumed.err.right(2000)))));
            finished = true;
        }
        verifyRound(db, fired.runId, name);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d kills before the run line, %d after it, %d resumes killed, %d rounds where the kill "
          "came after the end",
          killsBeforeLine,
          killsAfterLine,
          resumeKills,
          roundsWithoutKill);
    // The rounds must really have crashed: most kills land while the run is going.
    QVERIFY(killsAfterLine >= Rounds / 2);
    QVERIFY(killsBeforeLine >= 1);
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
