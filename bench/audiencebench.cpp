// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hookflow-bench: audience counting, ours (UserStore + CompiledRules) against SQLite's WHERE scan
// over a typed table of the same users. bench/run drives it; each peer runs in its own process so
// that its memory is its own:
//   hookflow-bench ours   --users N --seed S --runs R   → one JSON object on stdout
//   hookflow-bench sqlite --users N --seed S --runs R   → one JSON object on stdout
//   hookflow-bench report OURS.json SQLITE.json MACHINE → the markdown table

#include "io/usergenerator.h"
#include "targeting/audiencecount.h"
#include "targeting/compiledrules.h"
#include "targeting/userstore.h"
#include "targeting/version.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

namespace Hookflow::Bench {

namespace {

constexpr int Chunk = 1000;
constexpr int EventsPerUser = 20;
const QDateTime Now(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);

/// The 10 of the generator's 16 properties the benchmark keeps (the stated shape).
const QStringList KeptProperties = {u"name"_s,
                                    u"age"_s,
                                    u"tier"_s,
                                    u"points"_s,
                                    u"city"_s,
                                    u"country"_s,
                                    u"app_version"_s,
                                    u"platform"_s,
                                    u"push_opt_in"_s,
                                    u"signup_date"_s};

/// 10 properties, exactly 20 events (the newest 20, or padded with app opens 8–60 days old, so
/// that "logged in during the last 7 days" stays what the generator made it); event properties
/// are dropped (no condition reads them).
void shape(SampleUser &user, int index, std::mt19937_64 &random)
{
    user.userId = u"u%1"_s.arg(index + 1, 7, 10, QChar(u'0'));
    QJsonObject kept;
    for (const QString &name : KeptProperties)
        kept.insert(name, user.properties.value(name));
    user.properties = kept;
    if (user.events.size() > EventsPerUser)
        user.events = user.events.mid(user.events.size() - EventsPerUser);
    for (Event &event : user.events)
        event.properties = {};
    while (user.events.size() < EventsPerUser) {
        const qint64 ago = 8 * 86400 + qint64(random() % (52ULL * 86400));
        user.events.prepend(Event{u"app_open"_s, Now.addSecs(-ago), {}});
    }
}

/// The same `count` users on every call: generated 1000 at a time (so they are never all held),
/// the first `n` always being the same whatever `count` is.
template<typename Sink>
void forEachUser(int count, quint64 seed, Sink &&sink)
{
    for (int start = 0; start < count; start += Chunk) {
        const int n = std::min(Chunk, count - start);
        const quint64 chunkSeed = seed * 1000003ULL + quint64(start / Chunk);
        QList<SampleUser> chunk = UserGenerator::generate(Chunk, chunkSeed, Now);
        std::mt19937_64 random(seed ^ quint64(start));
        for (int i = 0; i < n; ++i) {
            shape(chunk[i], start + i, random);
            sink(chunk.at(i));
        }
    }
}

Condition condition(const QString &name,
                    Operator op,
                    ValueType type,
                    const QJsonArray &values,
                    MatchType match = MatchType::Match)
{
    return Condition{KeyType::UserProperty, name, match, op, type, values, std::nullopt};
}

/// 3 rules × 4 conditions: numbers, strings, versions and one behavioural condition.
RuleSet benchRules()
{
    const Condition dormant{KeyType::Event,
                            u"login"_s,
                            MatchType::NotMatch,
                            Operator::Gte,
                            ValueType::Number,
                            {1},
                            Duration{7, Duration::Unit::Days}};
    return {
        {condition(u"country"_s, Operator::In, ValueType::String, {u"KR"_s}),
         condition(u"age"_s, Operator::Gte, ValueType::Number, {30}),
         condition(u"app_version"_s, Operator::Lt, ValueType::Version, {u"2.4.0"_s}),
         dormant},
        {condition(u"tier"_s, Operator::In, ValueType::String, {u"gold"_s, u"vip"_s}),
         condition(u"points"_s, Operator::Gte, ValueType::Number, {5000}),
         condition(u"platform"_s, Operator::In, ValueType::String, {u"ios"_s, u"android"_s}),
         condition(u"name"_s, Operator::Contains, ValueType::String, {u"민"_s})},
        {condition(u"country"_s, Operator::In, ValueType::String, {u"US"_s, u"GB"_s}),
         condition(u"age"_s, Operator::Lt, ValueType::Number, {25}),
         condition(u"app_version"_s, Operator::Gte, ValueType::Version, {u"2.5.0"_s}),
         condition(u"city"_s, Operator::StartsWith, ValueType::String, {u"S"_s})},
    };
}

/// The same rules for SQLite: versions pre-parsed into an integer column, the behavioural
/// condition as NOT EXISTS over an index on events(user, key, ts), the cheap tests first.
const char *const BenchSql = R"(
SELECT count(*) FROM users AS u WHERE
    (u.country = 'KR' AND u.age >= 30 AND u.app_version_key < 2004000
     AND NOT EXISTS (SELECT 1 FROM events AS e
                     WHERE e.user = u.id AND e.key = 'login' AND e.ts BETWEEN ?1 AND ?2))
 OR (u.tier IN ('gold', 'vip') AND u.points >= 5000 AND u.platform IN ('ios', 'android')
     AND instr(u.name, '민') > 0)
 OR (u.country IN ('US', 'GB') AND u.age < 25 AND u.app_version_key >= 2005000
     AND substr(u.city, 1, 1) = 'S')
)";

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

/// Peak resident set size so far, in MiB (VmHWM).
double peakRssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void print(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
}

int runOurs(int users, quint64 seed, int runs)
{
    const RuleSet rules = benchRules();
    QElapsedTimer timer;
    timer.start();
    UserStore::Builder builder;
    forEachUser(users, seed, [&](const SampleUser &user) { builder.add(user); });
    const UserStore store = builder.finish();
    const double buildSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double peakRss = peakRssMiB();

    std::vector<double> compileAndCount, countOnly;
    qsizetype matched = -1;
    for (int run = 0; run < runs + 1; ++run) {
        timer.restart();
        const Result<CompiledRules> compiled = CompiledRules::compile(rules, store);
        if (!compiled) {
            std::fprintf(stderr, "compile failed: %s\n", qPrintable(compiled.error().message));
            return 1;
        }
        const qsizetype count = compiled->count(Now);
        const double both = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const qsizetype again = compiled->count(Now);
        const double only = double(timer.nsecsElapsed()) / 1e6;
        if (count != again || (matched >= 0 && count != matched))
            return 2;
        matched = count;
        if (run > 0) { // the first run warms the caches
            compileAndCount.push_back(both);
            countOnly.push_back(only);
        }
    }

    // The GUI's case: the workspace's 100k users, recounted after each edit.
    const int small = std::min(users, 100000);
    UserStore::Builder smallBuilder;
    forEachUser(small, seed, [&](const SampleUser &user) { smallBuilder.add(user); });
    AudienceCounter counter;
    counter.setStore(smallBuilder.finish());
    std::vector<double> recount;
    qsizetype smallMatched = 0;
    for (int run = 0; run < runs + 1; ++run) {
        timer.restart();
        const Result<qsizetype> count = counter.count(rules, Now);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        smallMatched = count.ok() ? count.value() : -1;
        if (run > 0)
            recount.push_back(ms);
    }

    print(QJsonObject{{u"users"_s, users},
                      {u"matched"_s, double(matched)},
                      {u"build_s"_s, buildSeconds},
                      {u"peak_rss_mib"_s, peakRss},
                      {u"store_mib"_s, double(store.memoryUsage()) / (1024.0 * 1024.0)},
                      {u"compile_count_ms"_s, median(compileAndCount)},
                      {u"count_ms"_s, median(countOnly)},
                      {u"runs"_s, runs},
                      {u"small_users"_s, small},
                      {u"small_matched"_s, double(smallMatched)},
                      {u"recount_small_ms"_s, median(recount)}});
    return 0;
}

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

void bindText(sqlite3_stmt *statement, int index, const QJsonValue &value)
{
    const QByteArray text = value.toString().toUtf8();
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

int runSqlite(int users, quint64 seed, int runs)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return 1;
    const bool created = exec(db,
                              "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "CREATE TABLE users(id INTEGER PRIMARY KEY, user_id TEXT NOT NULL,"
                              " name TEXT, age INTEGER, tier TEXT, points INTEGER, city TEXT,"
                              " country TEXT, app_version TEXT, app_version_key INTEGER,"
                              " platform TEXT, push_opt_in INTEGER, signup_date TEXT);"
                              "CREATE TABLE events(user INTEGER NOT NULL, key TEXT NOT NULL,"
                              " ts INTEGER NOT NULL);"
                              "BEGIN;");
    if (!created)
        return 1;
    sqlite3_stmt *insertUser = nullptr;
    sqlite3_stmt *insertEvent = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO users VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                       " ?13)",
                       -1,
                       &insertUser,
                       nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO events VALUES(?1, ?2, ?3)", -1, &insertEvent, nullptr);
    QElapsedTimer timer;
    timer.start();
    qint64 id = 0;
    forEachUser(users, seed, [&](const SampleUser &user) {
        const QJsonObject &p = user.properties;
        const auto version = Version::parse(p.value(u"app_version"_s).toString());
        sqlite3_bind_int64(insertUser, 1, id);
        bindText(insertUser, 2, user.userId);
        bindText(insertUser, 3, p.value(u"name"_s));
        sqlite3_bind_int64(insertUser, 4, p.value(u"age"_s).toInteger());
        bindText(insertUser, 5, p.value(u"tier"_s));
        sqlite3_bind_int64(insertUser, 6, p.value(u"points"_s).toInteger());
        bindText(insertUser, 7, p.value(u"city"_s));
        bindText(insertUser, 8, p.value(u"country"_s));
        bindText(insertUser, 9, p.value(u"app_version"_s));
        sqlite3_bind_int64(insertUser,
                           10,
                           version ? version->major() * 1000000LL + version->minor() * 1000LL
                                         + version->patch()
                                   : -1);
        bindText(insertUser, 11, p.value(u"platform"_s));
        sqlite3_bind_int(insertUser, 12, p.value(u"push_opt_in"_s).toBool() ? 1 : 0);
        bindText(insertUser, 13, p.value(u"signup_date"_s));
        sqlite3_step(insertUser);
        sqlite3_reset(insertUser);
        for (const Event &event : user.events) {
            sqlite3_bind_int64(insertEvent, 1, id);
            bindText(insertEvent, 2, event.key);
            sqlite3_bind_int64(insertEvent, 3, event.timestamp.toSecsSinceEpoch());
            sqlite3_step(insertEvent);
            sqlite3_reset(insertEvent);
        }
        ++id;
    });
    sqlite3_finalize(insertUser);
    sqlite3_finalize(insertEvent);
    if (!exec(db, "COMMIT; CREATE INDEX events_user_key_ts ON events(user, key, ts); ANALYZE;"))
        return 1;
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;

    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(db, BenchSql, -1, &query, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    std::vector<double> times;
    qint64 matched = -1;
    for (int run = 0; run < runs + 1; ++run) {
        timer.restart();
        sqlite3_bind_int64(query, 1, Now.toSecsSinceEpoch() - 7 * 86400);
        sqlite3_bind_int64(query, 2, Now.toSecsSinceEpoch());
        sqlite3_step(query);
        const qint64 count = sqlite3_column_int64(query, 0);
        sqlite3_reset(query);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        matched = count;
        if (run > 0)
            times.push_back(ms);
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    print(QJsonObject{{u"users"_s, users},
                      {u"matched"_s, double(matched)},
                      {u"load_s"_s, loadSeconds},
                      {u"query_ms"_s, median(times)},
                      {u"runs"_s, runs},
                      {u"sqlite_version"_s, QString::fromLatin1(sqlite3_libversion())}});
    return 0;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString ms(double value)
{
    return value < 10 ? QString::number(value, 'f', 2) + u" ms"_s
                      : QString::number(value, 'f', 1) + u" ms"_s;
}

int report(const QString &oursPath, const QString &sqlitePath, const QString &machine)
{
    const QJsonObject ours = readJson(oursPath);
    const QJsonObject lite = readJson(sqlitePath);
    const int users = ours.value(u"users"_s).toInt();
    const double oursMs = ours.value(u"compile_count_ms"_s).toDouble();
    const double countMs = ours.value(u"count_ms"_s).toDouble();
    const double liteMs = lite.value(u"query_ms"_s).toDouble();
    const double rss = ours.value(u"peak_rss_mib"_s).toDouble();
    const double recount = ours.value(u"recount_small_ms"_s).toDouble();
    const bool agree = ours.value(u"matched"_s).toDouble() == lite.value(u"matched"_s).toDouble();
    const QString perMillion = ms(oursMs * 1e6 / std::max(users, 1));
    const auto verdict = [](bool ok) { return ok ? u"✅"_s : u"❌"_s; };
    const QString runs = QString::number(ours.value(u"runs"_s).toInt());
    const QString ratio = QString::number(liteMs / oursMs, 'f', 1);
    QStringList lines;
    lines
        << u"| Measure (%1 users, 3 rules × 4 conditions, one core) | Ratio | Hookflow | SQLite %2 "
           u"| Target |"_s.arg(QLocale::c().toString(users),
                               lite.value(u"sqlite_version"_s).toString())
        << u"|---|---|---|---|---|"_s
        << u"| Audience count: compile + count vs SQLite `SELECT count(*) … WHERE` (median of %1) "
           u"| **%2× faster** %3 | %4 | %5 | ≥ 10× |"_s
               .arg(runs, ratio, verdict(liteMs / oursMs >= 10))
               .arg(ms(oursMs), ms(liteMs))
        << u"| Same, per 1M users | | %1 %2 | | ≤ 100 ms |"_s
               .arg(perMillion, verdict(oursMs * 1e6 / std::max(users, 1) <= 100))
        << u"| Count only (rules already compiled) | %1× | %2 | | |"_s
               .arg(QString::number(liteMs / countMs, 'f', 1), ms(countMs))
        << u"| Recount of %1 users (AudienceCounter: compile + count) | | %2 %3 | | < 50 ms |"_s
               .arg(QLocale::c().toString(ours.value(u"small_users"_s).toInt()),
                    ms(recount),
                    verdict(recount < 50))
        << u"| Peak RSS with the %1-user store built (VmHWM) | | %2 MiB %3 | | ≤ 300 MB |"_s
               .arg(QLocale::c().toString(users),
                    QString::number(rss, 'f', 0),
                    verdict(rss * 1.048576 <= 300))
        << u"| Store's own arrays | | %1 MiB | | |"_s.arg(
               QString::number(ours.value(u"store_mib"_s).toDouble(), 'f', 0))
        << u"| Load (generate %1 users; SQLite: insert + index) | | %2 s | %3 s | |"_s
               .arg(QLocale::c().toString(users),
                    QString::number(ours.value(u"build_s"_s).toDouble(), 'f', 1),
                    QString::number(lite.value(u"load_s"_s).toDouble(), 'f', 1))
        << u"| Users matched (must agree) | %1 | %2 | %3 | equal |"_s
               .arg(agree ? u"✅ equal"_s : u"❌ differ"_s,
                    QString::number(qint64(ours.value(u"matched"_s).toDouble())),
                    QString::number(qint64(lite.value(u"matched"_s).toDouble())))
        << QString() << u"Machine: %1"_s.arg(machine);
    std::fputs(lines.join(u'\n').toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    return agree ? 0 : 3;
}

int usage()
{
    std::fputs("usage: hookflow-bench ours|sqlite --users N --seed S --runs R\n"
               "       hookflow-bench report OURS.json SQLITE.json MACHINE\n",
               stderr);
    return 64;
}

} // namespace

} // namespace Hookflow::Bench

int main(int argc, char *argv[])
{
    using namespace Hookflow::Bench;
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage();
    const QString mode = args.at(1);
    if (mode == u"report")
        return args.size() == 5 ? report(args.at(2), args.at(3), args.at(4)) : usage();
    int users = 1000000;
    quint64 seed = 1;
    int runs = 7;
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--users")
            users = args.at(i + 1).toInt();
        else if (args.at(i) == u"--seed")
            seed = args.at(i + 1).toULongLong();
        else if (args.at(i) == u"--runs")
            runs = args.at(i + 1).toInt();
        else
            return usage();
    }
    if (mode == u"ours")
        return runOurs(users, seed, runs);
    if (mode == u"sqlite")
        return runSqlite(users, seed, runs);
    return usage();
}
