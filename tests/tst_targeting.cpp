// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/flowmatcher.h"
#include "targeting/evaluator.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {
SampleUser user()
{
    SampleUser u;
    u.userId = u"u1"_s;
    u.properties = QJsonObject{{u"Tier"_s, u"gold"_s},
                               {u"age"_s, 31},
                               {u"app_version"_s, u"2.10.0"_s},
                               {u"opt_in"_s, true},
                               {u"city"_s, u"서울특별시"_s},
                               {u"tags"_s, QJsonArray{u"new"_s, u"vip"_s}},
                               {u"age_text"_s, u"42"_s},
                               {u"nothing"_s, QJsonValue::Null}};
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    for (int daysAgo : {1, 3, 10, 20})
        u.events.append(Event{u"login"_s, now.addDays(-daysAgo), {}});
    u.events.append(Event{u"purchase"_s, now.addDays(-2), {}});
    return u;
}

Condition condition(KeyType type,
                    const QString &name,
                    Operator op,
                    const QJsonArray &values,
                    MatchType match = MatchType::Match,
                    ValueType valueType = ValueType::Auto)
{
    Condition c;
    c.keyType = type;
    c.keyName = name;
    c.op = op;
    c.values = values;
    c.match = match;
    c.valueType = valueType;
    return c;
}
} // namespace

Q_DECLARE_METATYPE(Hookflow::Condition)

/// The slice of the targeting engine the foundation needs; the targeting issue completes it.
class TestTargeting : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data();
    void conditions();
    void versions_data();
    void versions();
    void behaviouralWithin();
    void rulesAreOrOfAnds();
    void explainSaysWhatWasSeen();
};

void TestTargeting::conditions_data()
{
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<bool>("expected");
    const auto up = KeyType::UserProperty;
    const auto no = MatchType::NotMatch;
    QTest::newRow("in: string equal")
        << condition(up, u"tier"_s, Operator::In, {u"gold"_s}) << true;
    QTest::newRow("in: any of") << condition(up, u"tier"_s, Operator::In, {u"silver"_s, u"gold"_s})
                                << true;
    QTest::newRow("in: none of") << condition(up, u"tier"_s, Operator::In, {u"silver"_s}) << false;
    QTest::newRow("in: case-sensitive value")
        << condition(up, u"tier"_s, Operator::In, {u"GOLD"_s}) << false;
    QTest::newRow("not_match in") << condition(up, u"tier"_s, Operator::In, {u"silver"_s}, no)
                                  << true;
    QTest::newRow("property key case-insensitive")
        << condition(up, u"TIER"_s, Operator::In, {u"gold"_s}) << true;
    QTest::newRow("contains") << condition(up, u"city"_s, Operator::Contains, {u"서울"_s}) << true;
    QTest::newRow("starts_with") << condition(up, u"city"_s, Operator::StartsWith, {u"서울"_s})
                                 << true;
    QTest::newRow("ends_with") << condition(up, u"city"_s, Operator::EndsWith, {u"시"_s}) << true;
    QTest::newRow("ends_with: no")
        << condition(up, u"city"_s, Operator::EndsWith, {u"구"_s}) << false;
    QTest::newRow("number gt") << condition(up, u"age"_s, Operator::Gt, {30}) << true;
    QTest::newRow("number gte equal") << condition(up, u"age"_s, Operator::Gte, {31}) << true;
    QTest::newRow("number lt") << condition(up, u"age"_s, Operator::Lt, {31}) << false;
    QTest::newRow("number lte") << condition(up, u"age"_s, Operator::Lte, {31}) << true;
    QTest::newRow("number in") << condition(up, u"age"_s, Operator::In, {30, 31}) << true;
    QTest::newRow("numeric string vs number")
        << condition(up, u"age_text"_s, Operator::Gte, {40}) << true;
    QTest::newRow("boolean in") << condition(up, u"opt_in"_s, Operator::In, {true}) << true;
    QTest::newRow("boolean not in") << condition(up, u"opt_in"_s, Operator::In, {false}) << false;
    QTest::newRow("missing never matches")
        << condition(up, u"ghost"_s, Operator::In, {u"x"_s}) << false;
    QTest::newRow("missing never matches, even not_match")
        << condition(up, u"ghost"_s, Operator::In, {u"x"_s}, no) << false;
    QTest::newRow("null is missing")
        << condition(up, u"nothing"_s, Operator::In, {u"x"_s}, no) << false;
    QTest::newRow("list-valued: any item")
        << condition(up, u"tags"_s, Operator::In, {u"vip"_s}) << true;
    QTest::newRow("list-valued: not_match")
        << condition(up, u"tags"_s, Operator::In, {u"vip"_s}, no) << false;
    QTest::newRow("wrong type: text as number")
        << condition(up, u"city"_s, Operator::Gt, {3}) << false;
    QTest::newRow("wrong type never matches, even not_match")
        << condition(up, u"city"_s, Operator::Gt, {3}, no) << false;
    QTest::newRow("user_id") << condition(KeyType::UserId, {}, Operator::In, {u"u1"_s}) << true;
    QTest::newRow("version gte") << condition(
        up, u"app_version"_s, Operator::Gte, {u"2.9.9"_s}, MatchType::Match, ValueType::Version)
                                 << true;
    QTest::newRow("version lexically smaller but newer") << condition(
        up, u"app_version"_s, Operator::Gt, {u"2.9.0"_s}, MatchType::Match, ValueType::Version)
                                                         << true;
    QTest::newRow("version not a version")
        << condition(up, u"city"_s, Operator::Gte, {u"1.0.0"_s}, MatchType::Match, ValueType::Version)
        << false;
    QTest::newRow("segment is not defined yet")
        << condition(KeyType::Segment, u"vips"_s, Operator::In, {true}) << false;
}

void TestTargeting::conditions()
{
    QFETCH(Condition, condition);
    QFETCH(bool, expected);
    const SampleUser u = user();
    const ConditionTrace trace = Evaluator::evaluate(condition, EvaluationContext{&u, nullptr, {}});
    QVERIFY2(trace.passed == expected, qPrintable(trace.explanation));
    QVERIFY(!trace.explanation.isEmpty());
}

void TestTargeting::versions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("numeric, not lexical") << u"1.10.0"_s << u"1.9.2"_s << 1;
    QTest::newRow("equal") << u"2.4.0"_s << u"2.4.0"_s << 0;
    QTest::newRow("missing parts are zero") << u"2.4"_s << u"2.4.0"_s << 0;
    QTest::newRow("pre-release before release") << u"2.4.0-beta.1"_s << u"2.4.0"_s << -1;
    QTest::newRow("pre-release numeric ids") << u"2.4.0-beta.2"_s << u"2.4.0-beta.10"_s << -1;
    QTest::newRow("build metadata ignored") << u"2.4.0+42"_s << u"2.4.0"_s << 0;
}

void TestTargeting::versions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(Evaluator::compareVersions(a, b), std::optional<int>(order));
    QCOMPARE(Evaluator::compareVersions(b, a), std::optional<int>(-order));
    QCOMPARE(Evaluator::compareVersions(a, u"1.x"_s), std::nullopt);
}

void TestTargeting::behaviouralWithin()
{
    const SampleUser u = user();
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    Condition loggedIn = condition(KeyType::Event, u"login"_s, Operator::Gte, {1});
    loggedIn.within = Duration{7, Duration::Unit::Days};
    const EvaluationContext context{&u, nullptr, now};
    QVERIFY(Evaluator::evaluate(loggedIn, context).passed);
    loggedIn.op = Operator::Gte;
    loggedIn.values = {3};
    QVERIFY(!Evaluator::evaluate(loggedIn, context).passed); // 2 logins in the last 7 days
    loggedIn.within = Duration{30, Duration::Unit::Days};
    QVERIFY(Evaluator::evaluate(loggedIn, context).passed); // 4 in 30 days
    loggedIn.within = Duration{12, Duration::Unit::Hours};
    loggedIn.values = {1};
    loggedIn.match = MatchType::NotMatch;
    QVERIFY(Evaluator::evaluate(loggedIn, context).passed); // no login in the last 12 hours
    // The clock decides: a week later, nothing was done "within the last 7 days".
    loggedIn.within = Duration{7, Duration::Unit::Days};
    QVERIFY(Evaluator::evaluate(loggedIn, EvaluationContext{&u, nullptr, now.addDays(8)}).passed);
}

void TestTargeting::rulesAreOrOfAnds()
{
    const SampleUser u = user();
    const EvaluationContext context{&u, nullptr, {}};
    const Condition yes = condition(KeyType::UserProperty, u"tier"_s, Operator::In, {u"gold"_s});
    const Condition no = condition(KeyType::UserProperty, u"tier"_s, Operator::In, {u"bronze"_s});
    QVERIFY(Evaluator::evaluate(RuleSet{}, context).passed);
    QVERIFY(!Evaluator::evaluate(RuleSet{{yes, no}}, context).passed);
    QVERIFY(Evaluator::evaluate(RuleSet{{yes, no}, {yes}}, context).passed);
    QVERIFY(!Evaluator::evaluate(RuleSet{{no}, {no, yes}}, context).passed);
}

void TestTargeting::explainSaysWhatWasSeen()
{
    Campaign campaign;
    Node trigger;
    trigger.id = u"t"_s;
    trigger.kind = NodeKind::Trigger;
    trigger.eventKey = u"price_drop"_s;
    Node audience;
    audience.id = u"who"_s;
    audience.kind = NodeKind::Audience;
    audience.rules = {{condition(KeyType::UserProperty,
                                 u"app_version"_s,
                                 Operator::Gte,
                                 {u"2.11.0"_s},
                                 MatchType::Match,
                                 ValueType::Version)}};
    Node webhook;
    webhook.id = u"w"_s;
    webhook.kind = NodeKind::Webhook;
    campaign.nodes = {trigger, audience, webhook};
    campaign.edges = {{u"t"_s, u"who"_s, {}}, {u"who"_s, u"w"_s, {}}};

    const SampleUser u = user();
    const UserMatch wrongEvent = FlowMatcher::match(campaign, u, Event{u"login"_s, {}, {}}, {});
    QVERIFY(!wrongEvent.triggered);
    QVERIFY(wrongEvent.reason.contains(u"price_drop"_s));

    const UserMatch match = FlowMatcher::match(campaign, u, Event{u"price_drop"_s, {}, {}}, {});
    QVERIFY(match.triggered);
    QVERIFY(!match.matched);
    QVERIFY2(match.reason.contains(u"app_version is 2.10.0"_s), qPrintable(match.reason));
    QCOMPARE(match.toJson()[u"steps"_s].toArray().size(), 2);

    campaign.nodes[1].rules[0][0].values = {u"2.4.0"_s};
    const UserMatch passing = FlowMatcher::match(campaign, u, Event{u"price_drop"_s, {}, {}}, {});
    QVERIFY(passing.matched);
    QCOMPARE(passing.webhookNodes, QStringList{u"w"_s});
}

QTEST_GUILESS_MAIN(TestTargeting)
#include "tst_targeting.moc"
