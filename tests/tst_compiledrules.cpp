// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/usergenerator.h"
#include "targeting/audiencecount.h"
#include "targeting/compiledrules.h"
#include "targeting/evaluator.h"
#include "targeting/userstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);

Event event(const QString &key, const QDateTime &time)
{
    return Event{key, time, {}};
}

/// Users that stress the corners: missing, null, wrongly typed, list-valued, odd versions,
/// several spellings of one key, odd timestamps.
QList<SampleUser> edgeUsers()
{
    const auto json = [](const char *text) {
        return QJsonDocument::fromJson(QByteArray(text)).object();
    };
    QList<SampleUser> users;
    users.append({u"edge-empty"_s, {}, {}});
    users.append({u""_s, json(R"({"age": null, "tier": null, "app_version": null})"), {}});
    users.append({u"edge-types"_s,
                  json(R"({"age": "42", "tier": 3, "app_version": 2.4, "platform": true,
                           "points": "abc", "marketing_opt_in": "TRUE", "country": {"a": 1}})"),
                  {}});
    users.append({u"edge-lists"_s,
                  json(R"({"age": [17, "30", null], "tier": ["gold", "vip"], "app_version":
                           ["2.3.9", "2.10.0"], "platform": [], "points": [[1], {"x": 2}],
                           "country": ["KR", 82]})"),
                  {}});
    users.append({u"edge-versions"_s,
                  json(R"({"app_version": "2.4.0-beta.1", "tier": " 2.4.0 ", "city": "1.x",
                           "platform": "v2", "country": "2.4.0+build.7", "language": "2.4"})"),
                  {}});
    users.append({u"edge-numbers"_s,
                  json(R"({"age": 1000000, "points": 9007199254740993, "tier": -0.0,
                           "city": 1e21, "country": 0.1, "language": 2.5e-7,
                           "platform": " 12 ", "app_version": 2})"),
                  {}});
    users.append({u"edge-case"_s, json(R"({"Tier": "gold", "TIER": "vip", "AGE": 31})"), {}});
    users.append({u"edge-case2"_s, json(R"({"tier": "silver", "Tier": "gold", "Age": "x"})"), {}});
    users.append(
        {u"edge-unicode"_s,
         json(R"({"name": "김민지", "city": "Straße", "tier": "GOLD", "language": "tRUe "})"),
         {}});
    users.append({u"edge-events"_s,
                  {},
                  {event(u"login"_s, Now.addSecs(-7 * 86400)),
                   event(u"login"_s, Now.addSecs(-7 * 86400 - 1)),
                   event(u"login"_s, Now.addMSecs(-3600 * 1000 + 1)),
                   event(u"login"_s, Now.addSecs(3600)),
                   event(u"login"_s, QDateTime()),
                   event(u"purchase"_s, QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC)),
                   event(u"purchase"_s, QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC)),
                   event(u"purchase"_s, Now.addMSecs(-1500)),
                   event(u"Login"_s, Now.addSecs(-60))}});
    users.append({u"edge-hackle"_s,
                  json(R"({"hackle_properties": {"osName": "iOS", "versionName": "3.0.0"},
                           "os_name": "android", "App-Version": "2.4.1", "platform": "ios"})"),
                  {}});
    users.append({u"edge-hackle2"_s,
                  json(R"({"Hackle_Properties": "not an object", "OS": "web", "appversion": 7,
                           "app_version": "2.5.0"})"),
                  {}});
    users.append(
        {u"edge-untimed"_s, {}, {event(u"login"_s, QDateTime()), event(u"login"_s, QDateTime())}});
    QList<Event> many;
    for (int i = 0; i < 30; ++i)
        many.append(event(u"app_open"_s, Now.addSecs(-i * 3600 * 7)));
    users.append({u"edge-busy"_s, json(R"({"age": 40})"), many});
    return users;
}

QList<SampleUser> testUsers()
{
    QList<SampleUser> users = UserGenerator::generate(400, 7, Now);
    users.append(edgeUsers());
    return users;
}

/// Random conditions over every key type, operator, value type and match type.
class ConditionMaker
{
public:
    explicit ConditionMaker(quint64 seed)
        : m_random(seed)
    {}

    int between(int low, int high) { return low + int(m_random() % quint64(high - low + 1)); }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }

    QJsonValue value()
    {
        static const QList<QJsonValue> values = {u"gold"_s,
                                                 u"vip"_s,
                                                 u"silver"_s,
                                                 u"bronze"_s,
                                                 u"GOLD"_s,
                                                 u"KR"_s,
                                                 u"US"_s,
                                                 u"ko"_s,
                                                 u"서울"_s,
                                                 u"London"_s,
                                                 u"ios"_s,
                                                 u"android"_s,
                                                 u"web"_s,
                                                 u"2.4.0"_s,
                                                 u"2.3.9"_s,
                                                 u"2.10.0"_s,
                                                 u"2.4"_s,
                                                 u"2"_s,
                                                 u"2.4.0-beta.1"_s,
                                                 u"2.4.0-beta"_s,
                                                 u"1.x"_s,
                                                 u"abc"_s,
                                                 u""_s,
                                                 u"o"_s,
                                                 u"n"_s,
                                                 u"0"_s,
                                                 u"30"_s,
                                                 u" 42 "_s,
                                                 u"true"_s,
                                                 u"false"_s,
                                                 u"u0001"_s,
                                                 u"u00012"_s,
                                                 u"edge"_s,
                                                 u"김"_s,
                                                 u"@example"_s,
                                                 u"-0"_s,
                                                 u"1e21"_s,
                                                 u"Straße"_s,
                                                 u"STRASSE"_s,
                                                 0,
                                                 1,
                                                 2,
                                                 3,
                                                 18,
                                                 30,
                                                 30.5,
                                                 42,
                                                 70,
                                                 1000,
                                                 5000,
                                                 -1,
                                                 1000000,
                                                 9007199254740993.0,
                                                 0.1,
                                                 2.4,
                                                 true,
                                                 false,
                                                 QJsonValue(QJsonValue::Null),
                                                 QJsonArray{u"gold"_s, u"vip"_s},
                                                 QJsonArray{17, u"30"_s, QJsonValue()},
                                                 QJsonArray{},
                                                 QJsonObject{{u"a"_s, 1}},
                                                 QJsonArray{1}};
        return pick(values);
    }

    QJsonArray values(int low = 0, int high = 3)
    {
        QJsonArray out;
        const int count = between(low, high);
        for (int i = 0; i < count; ++i)
            out.append(value());
        return out;
    }

    Condition condition()
    {
        static const QList<QString> names = {u"age"_s,
                                             u"tier"_s,
                                             u"points"_s,
                                             u"app_version"_s,
                                             u"platform"_s,
                                             u"country"_s,
                                             u"city"_s,
                                             u"language"_s,
                                             u"marketing_opt_in"_s,
                                             u"push_opt_in"_s,
                                             u"signup_date"_s,
                                             u"name"_s,
                                             u"email"_s,
                                             u"TIER"_s,
                                             u"Age"_s,
                                             u"tIeR"_s,
                                             u"nothing"_s,
                                             u"osName"_s,
                                             u"os"_s,
                                             u"versionName"_s,
                                             u"app-version"_s,
                                             u"hackle_properties"_s,
                                             u"OS_NAME"_s};
        static const QList<QString> eventKeys = {u"login"_s,
                                                 u"app_open"_s,
                                                 u"purchase"_s,
                                                 u"view_product"_s,
                                                 u"write_review"_s,
                                                 u"Login"_s,
                                                 u"never_seen"_s};
        Condition c;
        const int kind = between(0, 9);
        c.keyType = kind < 5   ? KeyType::UserProperty
                    : kind < 6 ? KeyType::HackleProperty
                    : kind < 7 ? KeyType::UserId
                    : kind < 8 ? KeyType::EventProperty
                               : KeyType::Event;
        c.keyName = c.keyType == KeyType::Event ? pick(eventKeys) : pick(names);
        c.match = between(0, 1) ? MatchType::Match : MatchType::NotMatch;
        c.op = Operator(between(0, 7));
        c.valueType = ValueType(between(0, 5));
        if (c.keyType == KeyType::Event) {
            if (between(0, 2))
                c.valueType = ValueType::Auto;
            c.values = {};
            const int count = between(0, 2);
            for (int i = 0; i < count; ++i)
                c.values.append(between(0, 5) ? QJsonValue(between(0, 6)) : value());
            const int window = between(0, 4);
            if (window == 1)
                c.within = Duration{7, Duration::Unit::Days};
            else if (window == 2)
                c.within = Duration{1, Duration::Unit::Hours};
            else if (window == 3)
                c.within = Duration{90, Duration::Unit::Minutes};
            else if (window == 4)
                c.within = Duration{30, Duration::Unit::Days};
        } else {
            c.values = values();
        }
        return c;
    }

    RuleSet rules()
    {
        RuleSet set;
        const int rules = between(0, 4);
        for (int r = 0; r < rules; ++r) {
            Rule rule;
            const int conditions = between(1, 4);
            for (int i = 0; i < conditions; ++i)
                rule.append(condition());
            set.append(rule);
        }
        return set;
    }

private:
    std::mt19937_64 m_random;
};

QString describe(const Condition &c)
{
    QJsonObject o{{u"key"_s, QString(keyTypeName(c.keyType) + u':' + c.keyName)},
                  {u"match"_s, c.match == MatchType::Match ? u"match"_s : u"not_match"_s},
                  {u"operator"_s, operatorName(c.op)},
                  {u"type"_s, valueTypeName(c.valueType)},
                  {u"values"_s, QJsonValue(c.values)}};
    if (c.within)
        o.insert(u"within_s"_s, c.within->seconds());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString describe(const RuleSet &rules)
{
    QStringList parts;
    for (const Rule &rule : rules) {
        QStringList conditions;
        for (const Condition &c : rule)
            conditions.append(describe(c));
        parts.append(u"("_s + conditions.join(u" AND "_s) + u')');
    }
    return parts.join(u" OR "_s);
}

/// The first user on whom the compiled rules and Evaluator disagree, or an empty string.
QString firstDisagreement(const RuleSet &rules,
                          const QList<SampleUser> &users,
                          const UserStore &store,
                          const QDateTime &now,
                          const Event *trigger = nullptr)
{
    CompileOptions options;
    options.event = trigger;
    const Result<CompiledRules> compiled = CompiledRules::compile(rules, store, options);
    if (!compiled)
        return u"compile failed: "_s + compiled.error().message;
    const std::vector<quint64> bits = compiled->evaluate(now);
    qsizetype expectedCount = 0;
    for (qsizetype i = 0; i < users.size(); ++i) {
        EvaluationContext context;
        context.user = &users.at(i);
        context.event = trigger;
        context.now = now;
        const bool expected = Evaluator::evaluate(rules, context).passed;
        expectedCount += expected;
        const bool bulk = (bits[size_t(i / 64)] >> (i % 64)) & 1u;
        const bool single = compiled->matches(i, now);
        if (bulk != expected || single != expected) {
            return u"user %1 (%2): evaluator %3, compiled bulk %4 / single %5; user %6; rules %7"_s
                .arg(i)
                .arg(users.at(i).userId)
                .arg(expected)
                .arg(bulk)
                .arg(single)
                .arg(QString::fromUtf8(
                         QJsonDocument(users.at(i).properties).toJson(QJsonDocument::Compact))
                         + u" with %1 events"_s.arg(users.at(i).events.size()),
                     describe(rules));
        }
    }
    if (compiled->count(now) != expectedCount)
        return u"count %1, expected %2"_s.arg(compiled->count(now)).arg(expectedCount);
    return {};
}

} // namespace

class TestCompiledRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_users = testUsers();
        m_store = UserStore::fromUsers(m_users);
        QCOMPARE(m_store.size(), m_users.size());
    }

    void storeKeepsValues()
    {
        QCOMPARE(m_store.userId(0), m_users.first().userId);
        QCOMPARE(m_store.userId(m_users.size() - 1), m_users.last().userId);
        QVERIFY(m_store.memoryUsage() > 0);
    }

    void everyOperatorTypeAndMatch_data()
    {
        QTest::addColumn<Condition>("condition");
        const QList<QPair<KeyType, QString>> keys = {{KeyType::UserProperty, u"age"_s},
                                                     {KeyType::UserProperty, u"tier"_s},
                                                     {KeyType::UserProperty, u"app_version"_s},
                                                     {KeyType::UserProperty, u"platform"_s},
                                                     {KeyType::UserProperty, u"country"_s},
                                                     {KeyType::UserProperty, u"TIER"_s},
                                                     {KeyType::HackleProperty, u"points"_s},
                                                     {KeyType::UserId, u"$userId"_s},
                                                     {KeyType::Event, u"login"_s}};
        const QList<QJsonArray> valueSets = {
            {u"gold"_s, u"2.4.0"_s}, {30, 2.4}, {true}, {u"2.3.9"_s}, {u"o"_s}, {}};
        for (const auto &key : keys) {
            for (int op = 0; op < 8; ++op) {
                for (int type = 0; type < 6; ++type) {
                    for (int m = 0; m < 2; ++m) {
                        for (qsizetype v = 0; v < valueSets.size(); ++v) {
                            Condition c;
                            c.keyType = key.first;
                            c.keyName = key.second;
                            c.op = Operator(op);
                            c.valueType = ValueType(type);
                            c.match = m ? MatchType::NotMatch : MatchType::Match;
                            c.values = valueSets.at(v);
                            if (key.first == KeyType::Event && v % 2)
                                c.within = Duration{7, Duration::Unit::Days};
                            const QString name = u"%1 %2 %3 %4 values#%5"_s.arg(key.second,
                                                                                operatorName(c.op),
                                                                                valueTypeName(
                                                                                    c.valueType),
                                                                                m ? u"not_match"_s
                                                                                  : u"match"_s,
                                                                                QString::number(v));
                            QTest::newRow(name.toUtf8().constData()) << c;
                        }
                    }
                }
            }
        }
    }

    void everyOperatorTypeAndMatch()
    {
        QFETCH(Condition, condition);
        const QString problem = firstDisagreement({{condition}}, m_users, m_store, Now);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void randomConditions()
    {
        ConditionMaker maker(20261120);
        for (int i = 0; i < 3000; ++i) {
            const Condition c = maker.condition();
            const QString problem = firstDisagreement({{c}}, m_users, m_store, Now);
            QVERIFY2(problem.isEmpty(), qPrintable(u"#%1: %2"_s.arg(i).arg(problem)));
        }
    }

    void randomRuleSets()
    {
        ConditionMaker maker(42);
        const QList<QDateTime> clocks = {Now,
                                         Now.addSecs(3 * 86400 + 17),
                                         Now.addMSecs(-999),
                                         QDateTime()};
        for (int i = 0; i < 400; ++i) {
            const RuleSet rules = maker.rules();
            const QDateTime &now = clocks.at(i % clocks.size());
            const QString problem = firstDisagreement(rules, m_users, m_store, now);
            QVERIFY2(problem.isEmpty(), qPrintable(u"#%1: %2"_s.arg(i).arg(problem)));
        }
    }

    void eventPropertiesUseTheTrigger()
    {
        const Event trigger{u"purchase"_s, Now, {{u"price"_s, 49.5}, {u"currency"_s, u"KRW"_s}}};
        ConditionMaker maker(9);
        for (const QString &name : {u"price"_s, u"currency"_s, u"PRICE"_s, u"missing"_s}) {
            for (int i = 0; i < 40; ++i) {
                Condition c = maker.condition();
                c.keyType = KeyType::EventProperty;
                c.keyName = name;
                const QString problem = firstDisagreement({{c}}, m_users, m_store, Now, &trigger);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
    }

    void streamedStoreAgrees()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"users.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        int written = 0;
        for (const SampleUser &user : m_users) {
            // Only users a file can hold (an empty id, for one, cannot be read back).
            if (!SampleUser::fromJson(user.toJson()).ok())
                continue;
            file.write(QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact) + '\n');
            ++written;
        }
        file.close();
        QVERIFY(written > 400);
        // What the file says is what Evaluator sees too (numbers come back as JSON wrote them).
        QList<SampleUser> reread;
        QVERIFY(file.open(QIODevice::ReadOnly));
        while (!file.atEnd()) {
            const Result<SampleUser> user = SampleUser::fromJson(
                QJsonDocument::fromJson(file.readLine()).object());
            QVERIFY(user.ok());
            reread.append(user.value());
        }
        const Result<UserStore> store = UserStore::fromJsonLines(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE(store->size(), reread.size());
        QVERIFY(store->users().isEmpty());
        ConditionMaker maker(77);
        for (int i = 0; i < 300; ++i) {
            const RuleSet rules = maker.rules();
            const QString problem = firstDisagreement(rules, reread, store.value(), Now);
            QVERIFY2(problem.isEmpty(), qPrintable(u"#%1: %2"_s.arg(i).arg(problem)));
        }
    }

    void badJsonLineIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"user_id\": \"a\"}\n\nnot json\n");
        file.close();
        const Result<UserStore> store = UserStore::fromJsonLines(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().detail, u"3"_s);
        QVERIFY(!UserStore::fromJsonLines(dir.filePath(u"none.jsonl"_s)).ok());
    }

    void segmentsAndCohortsFallBack()
    {
        for (const KeyType type : {KeyType::Segment, KeyType::Cohort}) {
            for (const MatchType match : {MatchType::Match, MatchType::NotMatch}) {
                Condition c;
                c.keyType = type;
                c.keyName = u"vip"_s;
                c.match = match;
                c.values = {true};
                Condition age{KeyType::UserProperty,
                              u"age"_s,
                              MatchType::Match,
                              Operator::Gte,
                              ValueType::Number,
                              {30},
                              std::nullopt};
                const RuleSet rules{{age, c}, {c}};
                const QString problem = firstDisagreement(rules, m_users, m_store, Now);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                // A store without its users cannot answer them, and says so.
                UserStore::Builder builder;
                for (const SampleUser &user : m_users)
                    builder.add(user);
                const UserStore streamed = builder.finish();
                const Result<CompiledRules> compiled = CompiledRules::compile(rules, streamed);
                QVERIFY(!compiled.ok());
                QCOMPARE(compiled.error().code, u"targeting.unsupported"_s);
            }
        }
    }

    void behaviouralWhereFallsBack_data()
    {
        QTest::addColumn<RuleSet>("rules");
        const auto behavioural = [](const QString &key,
                                    MatchType match,
                                    Operator op,
                                    const QJsonArray &values,
                                    std::optional<Duration> within,
                                    const QList<Condition> &where) {
            Condition c{KeyType::Event, key, match, op, ValueType::Auto, values, within};
            c.where = where;
            return c;
        };
        const auto property = [](const QString &name,
                                 Operator op,
                                 const QJsonArray &values,
                                 MatchType match = MatchType::Match) {
            return Condition{
                KeyType::EventProperty, name, match, op, ValueType::Auto, values, std::nullopt};
        };
        const Duration month{30, Duration::Unit::Days};
        const Duration week{7, Duration::Unit::Days};
        const Condition rich = property(u"price"_s, Operator::Gte, {50000});
        QTest::newRow("at least one purchase of 50000 within 30 days") << RuleSet{
            {behavioural(u"purchase"_s, MatchType::Match, Operator::Gte, {1}, month, {rich})}};
        QTest::newRow("no purchase in KRW within 7 days")
            << RuleSet{{behavioural(u"purchase"_s,
                                    MatchType::NotMatch,
                                    Operator::Gte,
                                    {1},
                                    week,
                                    {property(u"currency"_s, Operator::In, {u"KRW"_s})})}};
        QTest::newRow("purchases without a window, price not below 100, case-insensitive key")
            << RuleSet{
                   {behavioural(u"purchase"_s,
                                MatchType::Match,
                                Operator::In,
                                {1, 2},
                                std::nullopt,
                                {property(u"PRICE"_s, Operator::Lt, {100}, MatchType::NotMatch)})}};
        QTest::newRow("two filters, login by kakao or a busy viewer") << RuleSet{
            {behavioural(u"login"_s,
                         MatchType::Match,
                         Operator::Gte,
                         {2},
                         month,
                         {property(u"method"_s, Operator::In, {u"kakao"_s, u"email"_s}),
                          property(u"method"_s, Operator::EndsWith, {u"o"_s})})},
            {Condition{KeyType::UserProperty,
                       u"age"_s,
                       MatchType::Match,
                       Operator::Gte,
                       ValueType::Number,
                       {30},
                       std::nullopt},
             behavioural(u"view_product"_s,
                         MatchType::Match,
                         Operator::Gt,
                         {2},
                         std::nullopt,
                         {property(u"currency"_s, Operator::In, {u"KRW"_s}, MatchType::NotMatch)})}};
        QTest::newRow("an event nobody has, not_match") << RuleSet{
            {behavioural(u"never_seen"_s, MatchType::NotMatch, Operator::Gte, {1}, week, {rich})}};
    }

    /// A behavioural condition with `where` needs each event's properties, which the columnar
    /// event arrays do not keep: it goes through Evaluator per user and must agree exactly.
    void behaviouralWhereFallsBack()
    {
        QFETCH(RuleSet, rules);
        for (const QDateTime &now : {Now, Now.addSecs(3 * 86400 + 17), QDateTime()}) {
            const QString problem = firstDisagreement(rules, m_users, m_store, now);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const Result<CompiledRules> compiled = CompiledRules::compile(rules, m_store);
        QVERIFY(compiled.ok());
        // A store without its users cannot answer them, and says so.
        UserStore::Builder builder;
        for (const SampleUser &user : m_users)
            builder.add(user);
        const UserStore streamed = builder.finish();
        const Result<CompiledRules> refused = CompiledRules::compile(rules, streamed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"targeting.unsupported"_s);
    }

    void emptyRulesTargetEveryone()
    {
        const Result<CompiledRules> all = CompiledRules::compile({}, m_store);
        QVERIFY(all.ok());
        QCOMPARE(all->count(Now), m_store.size());
        const Result<CompiledRules> emptyRule = CompiledRules::compile({Rule{}}, m_store);
        QVERIFY(emptyRule.ok());
        QCOMPARE(emptyRule->count(Now), m_store.size());
        const Result<CompiledRules> none = CompiledRules::compile({}, UserStore());
        QVERIFY(none.ok());
        QCOMPARE(none->count(Now), 0);
    }

    void audienceCounterCounts()
    {
        AudienceCounter counter;
        QCOMPARE(counter.userCount(), 0);
        counter.setUsers(m_users);
        QCOMPARE(counter.userCount(), m_users.size());
        // "Users who haven't logged in for 7 days" (the generator makes about 30% of them).
        const Condition dormant{KeyType::Event,
                                u"login"_s,
                                MatchType::NotMatch,
                                Operator::Gte,
                                ValueType::Auto,
                                {1},
                                Duration{7, Duration::Unit::Days}};
        const Condition korean{KeyType::UserProperty,
                               u"country"_s,
                               MatchType::Match,
                               Operator::In,
                               ValueType::String,
                               {u"KR"_s},
                               std::nullopt};
        const RuleSet rules{{dormant, korean}};
        qsizetype expected = 0;
        for (const SampleUser &user : m_users) {
            EvaluationContext context;
            context.user = &user;
            context.now = Now;
            expected += Evaluator::evaluate(rules, context).passed;
        }
        const Result<qsizetype> count = counter.count(rules, Now);
        QVERIFY(count.ok());
        QCOMPARE(count.value(), expected);
        QVERIFY(expected > 0);
    }

private:
    QList<SampleUser> m_users;
    UserStore m_store;
};

QTEST_GUILESS_MAIN(TestCompiledRules)
#include "tst_compiledrules.moc"
