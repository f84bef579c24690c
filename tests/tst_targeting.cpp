// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/flowmatcher.h"
#include "model/campaignformat.h"
#include "targeting/evaluator.h"
#include "targeting/valuematch.h"
#include "targeting/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

const QDateTime clock0 = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

/// One user with a property of every shape the rules care about.
SampleUser user()
{
    SampleUser u;
    u.userId = u"u1"_s;
    u.properties = QJsonObject{
        {u"Tier"_s, u"gold"_s},
        {u"age"_s, 31},
        {u"score"_s, 2.5},
        {u"zero"_s, 0},
        {u"age_text"_s, u"42"_s},
        {u"padded"_s, u" 42 "_s},
        {u"sci"_s, u"1e3"_s},
        {u"suffixed"_s, u"7d"_s},
        {u"opt_in"_s, true},
        {u"opt_text"_s, u"true"_s},
        {u"opt_upper"_s, u"TRUE"_s},
        {u"city"_s, u"서울특별시"_s},
        {u"name"_s, u"Kim"_s},
        {u"empty"_s, u""_s},
        {u"app_version"_s, u"2.10.0"_s},
        {u"beta_version"_s, u"2.4.0-beta.2"_s},
        {u"build_version"_s, u"2.4.0+42"_s},
        {u"short_version"_s, u"2.4"_s},
        {u"bad_version"_s, u"2.x"_s},
        {u"v_version"_s, u"v2.4.0"_s},
        {u"number_version"_s, 3},
        {u"tags"_s, QJsonArray{u"new"_s, u"vip"_s}},
        {u"scores"_s, QJsonArray{10, 20}},
        {u"mixed"_s, QJsonArray{u"abc"_s, 7}},
        {u"empty_list"_s, QJsonArray{}},
        {u"nothing"_s, QJsonValue::Null},
        {u"prefs"_s, QJsonObject{{u"a"_s, 1}}},
        {u"payload"_s, u"{\"a\":1}"_s},
        {u"platform"_s, u"android"_s},
        {u"os_version"_s, u"17.1"_s},
        {u"hackle_properties"_s,
         QJsonObject{{u"osName"_s, u"iOS"_s}, {u"versionName"_s, u"2.6.0"_s}}},
    };
    for (int daysAgo : {1, 3, 10, 20})
        u.events.append(Event{u"login"_s, clock0.addDays(-daysAgo), {}});
    u.events.append(Event{u"login"_s, clock0.addDays(1), {}}); // after the clock: not yet
    u.events.append(Event{u"purchase"_s,
                          clock0.addDays(-2),
                          QJsonObject{{u"price"_s, 60000}, {u"Coupon"_s, u"SPRING"_s}}});
    u.events.append(Event{u"purchase"_s,
                          clock0.addDays(-7),
                          QJsonObject{{u"price"_s, 30000}}});       // exactly 7 days before
    u.events.append(Event{u"purchase"_s, clock0.addDays(-15), {}}); // no price
    u.events.append(Event{u"undated"_s, {}, {}});
    return u;
}

Event triggerEvent()
{
    return Event{u"price_drop"_s,
                 clock0,
                 QJsonObject{{u"percent"_s, 12}, {u"source"_s, u"push"_s}, {u"Sku"_s, u"A-1"_s}}};
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

Condition within(Condition c, qint64 amount, Duration::Unit unit)
{
    c.within = Duration{amount, unit};
    return c;
}

Condition where(Condition c, const QList<Condition> &filters)
{
    c.where = filters;
    return c;
}

/// A campaign file with one trigger (its filters) and one audience (its rules).
QByteArray campaignText(const QJsonArray &filters, const QJsonArray &rules)
{
    const QJsonObject trigger{{u"id"_s, u"start"_s},
                              {u"kind"_s, u"trigger"_s},
                              {u"position"_s, QJsonArray{0, 0}},
                              {u"event_key"_s, u"price_drop"_s},
                              {u"filters"_s, filters}};
    const QJsonObject audience{{u"id"_s, u"who"_s},
                               {u"kind"_s, u"audience"_s},
                               {u"position"_s, QJsonArray{260, 0}},
                               {u"rules"_s, rules}};
    const QJsonObject exit{{u"id"_s, u"done"_s},
                           {u"kind"_s, u"exit"_s},
                           {u"position"_s, QJsonArray{520, 0}}};
    const QJsonObject campaign{{u"format"_s, 1},
                               {u"key"_s, u"validation-test"_s},
                               {u"title"_s, u"Validation test"_s},
                               {u"status"_s, u"ready"_s},
                               {u"nodes"_s, QJsonArray{trigger, audience, exit}},
                               {u"edges"_s,
                                QJsonArray{QJsonObject{{u"from"_s, u"start"_s}, {u"to"_s, u"who"_s}},
                                           QJsonObject{{u"from"_s, u"who"_s},
                                                       {u"to"_s, u"done"_s}}}}};
    return QJsonDocument(campaign).toJson();
}

QJsonObject conditionJson(const QString &name,
                          const QString &op,
                          const QJsonArray &values,
                          const QString &valueType = {})
{
    QJsonObject c{{u"key"_s, QJsonObject{{u"type"_s, u"user_property"_s}, {u"name"_s, name}}},
                  {u"match"_s, u"match"_s},
                  {u"operator"_s, op},
                  {u"values"_s, values}};
    if (!valueType.isEmpty())
        c.insert(u"value_type"_s, valueType);
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Hookflow::Condition)

/// Hackle's targeting semantics, row by row (docs/targeting.md names each rule's source).
class TestTargeting : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data();
    void conditions();
    void behavioural_data();
    void behavioural();
    void versions_data();
    void versions();
    void notVersions_data();
    void notVersions();
    void validation_data();
    void validation();
    void rulesAreOrOfAnds();
    void explainSaysWhatWasSeen();
};

void TestTargeting::conditions_data()
{
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("explanation"); ///< a part of the explanation, when it matters

    const auto up = KeyType::UserProperty;
    const auto yes = MatchType::Match;
    const auto no = MatchType::NotMatch;
    const auto str = ValueType::String;
    const auto num = ValueType::Number;
    const auto boo = ValueType::Boolean;
    const auto ver = ValueType::Version;
    const auto jsn = ValueType::Json;
    const auto row =
        [](const char *name, const Condition &c, bool expected, const QString &why = {}) {
            QTest::newRow(name) << c << expected << why;
        };

    // string × in
    row("string in: equal",
        condition(up, u"tier"_s, Operator::In, {u"gold"_s}),
        true,
        u"user property tier is \"gold\", equal to gold"_s);
    row("string in: any of", condition(up, u"tier"_s, Operator::In, {u"silver"_s, u"gold"_s}), true);
    row("string in: none of",
        condition(up, u"tier"_s, Operator::In, {u"silver"_s, u"vip"_s}),
        false,
        u"tier is \"gold\", not one of silver, vip"_s);
    row("string in: value case-sensitive",
        condition(up, u"tier"_s, Operator::In, {u"GOLD"_s}),
        false);
    row("string in: key case-insensitive",
        condition(up, u"TIER"_s, Operator::In, {u"gold"_s}),
        true);
    row("string in: not_match, other value",
        condition(up, u"tier"_s, Operator::In, {u"silver"_s}, no),
        true);
    row("string in: not_match, same value",
        condition(up, u"tier"_s, Operator::In, {u"gold"_s}, no),
        false);
    row("string in: explicit type",
        condition(up, u"tier"_s, Operator::In, {u"gold"_s}, yes, str),
        true);
    row("string in: number property as text",
        condition(up, u"age"_s, Operator::In, {u"31"_s}, yes, str),
        true);
    row("string in: number condition value as text",
        condition(up, u"age"_s, Operator::In, {31}, yes, str),
        true);
    row("string in: decimal as text", condition(up, u"score"_s, Operator::In, {u"2.5"_s}), true);
    row("string in: boolean property as text",
        condition(up, u"opt_in"_s, Operator::In, {u"true"_s}, yes, str),
        true);
    row("string in: empty string", condition(up, u"empty"_s, Operator::In, {u""_s}), true);
    row("string in: no values", condition(up, u"tier"_s, Operator::In, {}), false);
    row("string in: no values, not_match", condition(up, u"tier"_s, Operator::In, {}, no), true);
    // string × contains / starts_with / ends_with
    row("string contains", condition(up, u"city"_s, Operator::Contains, {u"서울"_s}), true);
    row("string contains: no",
        condition(up, u"city"_s, Operator::Contains, {u"부산"_s}),
        false,
        u"which does not contain 부산"_s);
    row("string contains: case-sensitive",
        condition(up, u"name"_s, Operator::Contains, {u"kim"_s}),
        false);
    row("string contains: any of",
        condition(up, u"name"_s, Operator::Contains, {u"x"_s, u"im"_s}),
        true);
    row("string contains: empty needle",
        condition(up, u"name"_s, Operator::Contains, {u""_s}),
        true);
    row("string contains: not_match",
        condition(up, u"city"_s, Operator::Contains, {u"부산"_s}, no),
        true);
    row("string contains: number property",
        condition(up, u"age"_s, Operator::Contains, {u"3"_s}),
        true);
    row("string starts_with", condition(up, u"city"_s, Operator::StartsWith, {u"서울"_s}), true);
    row("string starts_with: no", condition(up, u"name"_s, Operator::StartsWith, {u"im"_s}), false);
    row("string starts_with: not_match",
        condition(up, u"name"_s, Operator::StartsWith, {u"K"_s}, no),
        false);
    row("string ends_with", condition(up, u"city"_s, Operator::EndsWith, {u"시"_s}), true);
    row("string ends_with: no", condition(up, u"city"_s, Operator::EndsWith, {u"구"_s}), false);
    row("string ends_with: not_match",
        condition(up, u"city"_s, Operator::EndsWith, {u"구"_s}, no),
        true);
    // string × ordering: lexicographic by UTF-16 code unit
    row("string gt: lexicographic",
        condition(up, u"name"_s, Operator::Gt, {u"Jo"_s}),
        true,
        u"which sorts after Jo"_s);
    row("string gt: digits as text",
        condition(up, u"age_text"_s, Operator::Gt, {u"5"_s}, yes, str),
        false,
        u"which sorts before 5"_s);
    row("string gte: equal", condition(up, u"name"_s, Operator::Gte, {u"Kim"_s}), true);
    row("string lt: capitals sort first", condition(up, u"name"_s, Operator::Lt, {u"kim"_s}), true);
    row("string lte: no", condition(up, u"name"_s, Operator::Lte, {u"Jo"_s}), false);
    row("string gt: not_match", condition(up, u"name"_s, Operator::Gt, {u"Jo"_s}, no), false);
    row("string lt: not_match", condition(up, u"name"_s, Operator::Lt, {u"Jo"_s}, no), true);
    row("string in: object property is not text",
        condition(up, u"prefs"_s, Operator::In, {u"{\"a\":1}"_s}),
        false,
        u"an object"_s);
    row("string in: object property, not_match",
        condition(up, u"prefs"_s, Operator::In, {u"x"_s}, no),
        true);

    // number
    row("number in", condition(up, u"age"_s, Operator::In, {30, 31}), true);
    row("number in: no", condition(up, u"age"_s, Operator::In, {30}), false, u"age is 31, not 30"_s);
    row("number in: not_match", condition(up, u"age"_s, Operator::In, {30}, no), true);
    row("number in: decimal", condition(up, u"score"_s, Operator::In, {2.5}), true);
    row("number in: zero", condition(up, u"zero"_s, Operator::In, {0}), true);
    row("number gt", condition(up, u"age"_s, Operator::Gt, {30}), true, u"age is 31, above 30"_s);
    row("number gt: equal is not greater",
        condition(up, u"age"_s, Operator::Gt, {31}),
        false,
        u"equal to 31"_s);
    row("number gte: equal", condition(up, u"age"_s, Operator::Gte, {31}), true);
    row("number gte: below",
        condition(up, u"age"_s, Operator::Gte, {32}),
        false,
        u"age is 31, below 32"_s);
    row("number lt", condition(up, u"age"_s, Operator::Lt, {32}), true);
    row("number lt: equal is not less", condition(up, u"age"_s, Operator::Lt, {31}), false);
    row("number lte: equal", condition(up, u"age"_s, Operator::Lte, {31}), true);
    row("number lte: above", condition(up, u"age"_s, Operator::Lte, {30}), false);
    row("number gt: any of", condition(up, u"age"_s, Operator::Gt, {40, 30}), true);
    row("number gt: not_match", condition(up, u"age"_s, Operator::Gt, {30}, no), false);
    row("number lt: not_match", condition(up, u"age"_s, Operator::Lt, {30}, no), true);
    row("number gte: numeric text property",
        condition(up, u"age_text"_s, Operator::Gte, {40}),
        true);
    row("number in: text with spaces",
        condition(up, u"padded"_s, Operator::In, {42}, yes, num),
        true);
    row("number in: exponent text", condition(up, u"sci"_s, Operator::In, {1000}, yes, num), true);
    row("number in: Java suffix text",
        condition(up, u"suffixed"_s, Operator::In, {7}, yes, num),
        true);
    row("number in: numeric text condition value",
        condition(up, u"age"_s, Operator::In, {u"31"_s}, yes, num),
        true);
    row("number gt: text property is not a number",
        condition(up, u"city"_s, Operator::Gt, {3}),
        false,
        u"city is \"서울특별시\", which is not a number"_s);
    row("number gt: text property, not_match negates",
        condition(up, u"city"_s, Operator::Gt, {3}, no),
        true);
    row("number in: boolean property is not a number",
        condition(up, u"opt_in"_s, Operator::In, {1}, yes, num),
        false);
    row("number contains: never",
        condition(up, u"age"_s, Operator::Contains, {3}),
        false,
        u"numbers cannot be compared with \"contains\""_s);
    row("number contains: not_match", condition(up, u"age"_s, Operator::Contains, {3}, no), true);
    row("number starts_with: never", condition(up, u"age"_s, Operator::StartsWith, {3}), false);
    row("number ends_with: never", condition(up, u"age"_s, Operator::EndsWith, {1}), false);
    row("number in: unreadable condition value",
        condition(up, u"age"_s, Operator::In, {u"abc"_s}, yes, num),
        false);

    // boolean
    row("boolean in: true",
        condition(up, u"opt_in"_s, Operator::In, {true}),
        true,
        u"opt_in is true, equal to true"_s);
    row("boolean in: false", condition(up, u"opt_in"_s, Operator::In, {false}), false);
    row("boolean in: not_match", condition(up, u"opt_in"_s, Operator::In, {false}, no), true);
    row("boolean in: not_match same", condition(up, u"opt_in"_s, Operator::In, {true}, no), false);
    row("boolean in: text property \"true\"",
        condition(up, u"opt_text"_s, Operator::In, {true}),
        true);
    row("boolean in: \"TRUE\" is not a boolean",
        condition(up, u"opt_upper"_s, Operator::In, {true}),
        false,
        u"which is not true or false"_s);
    row("boolean in: \"TRUE\", not_match",
        condition(up, u"opt_upper"_s, Operator::In, {true}, no),
        true);
    row("boolean in: number is not a boolean",
        condition(up, u"age"_s, Operator::In, {true}, yes, boo),
        false);
    row("boolean in: text condition value",
        condition(up, u"opt_in"_s, Operator::In, {u"true"_s}, yes, boo),
        true);
    row("boolean gt: never", condition(up, u"opt_in"_s, Operator::Gt, {false}), false);
    row("boolean gt: not_match", condition(up, u"opt_in"_s, Operator::Gt, {false}, no), true);
    row("boolean contains: never", condition(up, u"opt_in"_s, Operator::Contains, {true}), false);
    row("boolean lte: never", condition(up, u"opt_in"_s, Operator::Lte, {true}), false);

    // version
    row("version gte", condition(up, u"app_version"_s, Operator::Gte, {u"2.9.9"_s}, yes, ver), true);
    row("version gt: numeric, not lexical",
        condition(up, u"app_version"_s, Operator::Gt, {u"2.9.0"_s}, yes, ver),
        true,
        u"app_version is 2.10.0, above 2.9.0"_s);
    row("version lt: no",
        condition(up, u"app_version"_s, Operator::Lt, {u"2.9.0"_s}, yes, ver),
        false);
    row("version lte: equal",
        condition(up, u"app_version"_s, Operator::Lte, {u"2.10.0"_s}, yes, ver),
        true);
    row("version gte: below",
        condition(up, u"app_version"_s, Operator::Gte, {u"2.11.0"_s}, yes, ver),
        false,
        u"app_version is 2.10.0, below 2.11.0"_s);
    row("version in: equal",
        condition(up, u"app_version"_s, Operator::In, {u"2.10.0"_s}, yes, ver),
        true);
    row("version in: missing parts are zero",
        condition(up, u"short_version"_s, Operator::In, {u"2.4.0"_s}, yes, ver),
        true);
    row("version in: build metadata ignored",
        condition(up, u"build_version"_s, Operator::In, {u"2.4.0"_s}, yes, ver),
        true);
    row("version lt: pre-release before release",
        condition(up, u"beta_version"_s, Operator::Lt, {u"2.4.0"_s}, yes, ver),
        true);
    row("version gt: pre-release numeric ids",
        condition(up, u"beta_version"_s, Operator::Gt, {u"2.4.0-beta.10"_s}, yes, ver),
        false);
    row("version gt: pre-release after lower core",
        condition(up, u"beta_version"_s, Operator::Gt, {u"2.3.9"_s}, yes, ver),
        true);
    row("version in: any of",
        condition(up, u"app_version"_s, Operator::In, {u"1.0"_s, u"2.10"_s}, yes, ver),
        true);
    row("version gte: not_match",
        condition(up, u"app_version"_s, Operator::Gte, {u"2.9.9"_s}, no, ver),
        false);
    row("version lt: not_match",
        condition(up, u"app_version"_s, Operator::Lt, {u"2.9.9"_s}, no, ver),
        true);
    row("version gte: property not a version",
        condition(up, u"bad_version"_s, Operator::Gte, {u"1.0.0"_s}, yes, ver),
        false,
        u"bad_version is \"2.x\", which is not a version"_s);
    row("version gte: not a version, not_match",
        condition(up, u"bad_version"_s, Operator::Gte, {u"1.0.0"_s}, no, ver),
        true);
    row("version gte: v prefix is not a version",
        condition(up, u"v_version"_s, Operator::Gte, {u"1.0.0"_s}, yes, ver),
        false);
    row("version gte: a number is not a version",
        condition(up, u"number_version"_s, Operator::Gte, {u"1.0.0"_s}, yes, ver),
        false);
    row("version gte: text property",
        condition(up, u"city"_s, Operator::Gte, {u"1.0.0"_s}, yes, ver),
        false);
    row("version contains: never",
        condition(up, u"app_version"_s, Operator::Contains, {u"2"_s}, yes, ver),
        false);
    row("version starts_with: not_match",
        condition(up, u"app_version"_s, Operator::StartsWith, {u"2"_s}, no, ver),
        true);
    row("version in: unreadable condition value",
        condition(up, u"app_version"_s, Operator::In, {u"2.x"_s}, yes, ver),
        false);
    row("version gte: no value type compares as text",
        condition(up, u"app_version"_s, Operator::Gte, {u"2.9.0"_s}),
        false);

    // json: compared as text
    row("json in: same text",
        condition(up, u"payload"_s, Operator::In, {u"{\"a\":1}"_s}, yes, jsn),
        true);
    row("json contains",
        condition(up, u"payload"_s, Operator::Contains, {u"\"a\""_s}, yes, jsn),
        true);
    row("json in: object property is not text",
        condition(up, u"prefs"_s, Operator::In, {u"{\"a\":1}"_s}, yes, jsn),
        false);
    row("json in: object property, not_match",
        condition(up, u"prefs"_s, Operator::In, {u"{\"a\":1}"_s}, no, jsn),
        true);
    row("json gt: lexicographic",
        condition(up, u"payload"_s, Operator::Gt, {u"{"_s}, yes, jsn),
        true);
    row("json starts_with: not_match",
        condition(up, u"payload"_s, Operator::StartsWith, {u"["_s}, no, jsn),
        true);

    // missing and null: never match, not even with not_match
    row("missing: string in",
        condition(up, u"ghost"_s, Operator::In, {u"x"_s}),
        false,
        u"user property ghost is not set"_s);
    row("missing: string in, not_match",
        condition(up, u"ghost"_s, Operator::In, {u"x"_s}, no),
        false);
    row("missing: contains, not_match",
        condition(up, u"ghost"_s, Operator::Contains, {u"x"_s}, no),
        false);
    row("missing: number gt", condition(up, u"ghost"_s, Operator::Gt, {1}), false);
    row("missing: number lt, not_match", condition(up, u"ghost"_s, Operator::Lt, {1}, no), false);
    row("missing: boolean, not_match", condition(up, u"ghost"_s, Operator::In, {true}, no), false);
    row("missing: version, not_match",
        condition(up, u"ghost"_s, Operator::Gte, {u"1.0"_s}, no, ver),
        false);
    row("missing: no values, not_match", condition(up, u"ghost"_s, Operator::In, {}, no), false);
    row("null: string in",
        condition(up, u"nothing"_s, Operator::In, {u"x"_s}),
        false,
        u"counts as not set"_s);
    row("null: not_match", condition(up, u"nothing"_s, Operator::In, {u"x"_s}, no), false);
    row("null: number, not_match", condition(up, u"nothing"_s, Operator::Gt, {1}, no), false);
    row("null: boolean, not_match", condition(up, u"nothing"_s, Operator::In, {false}, no), false);

    // list-valued properties: any item
    row("list: in, an item matches",
        condition(up, u"tags"_s, Operator::In, {u"vip"_s}),
        true,
        u"tags is the list [new, vip], and an item is equal to vip"_s);
    row("list: in, not_match", condition(up, u"tags"_s, Operator::In, {u"vip"_s}, no), false);
    row("list: in, no item",
        condition(up, u"tags"_s, Operator::In, {u"old"_s}),
        false,
        u"no item is equal to old"_s);
    row("list: in, no item, not_match",
        condition(up, u"tags"_s, Operator::In, {u"old"_s}, no),
        true);
    row("list: contains on items", condition(up, u"tags"_s, Operator::Contains, {u"ip"_s}), true);
    row("list: ends_with, not_match",
        condition(up, u"tags"_s, Operator::EndsWith, {u"w"_s}, no),
        false);
    row("list: numbers gt", condition(up, u"scores"_s, Operator::Gt, {15}), true);
    row("list: numbers lt", condition(up, u"scores"_s, Operator::Lt, {5}), false);
    row("list: numbers in, not_match", condition(up, u"scores"_s, Operator::In, {20}, no), false);
    row("list: mixed, the fitting item counts", condition(up, u"mixed"_s, Operator::Gte, {5}), true);
    row("list: text items as numbers",
        condition(up, u"tags"_s, Operator::Gt, {1}),
        false,
        u"no item is a number"_s);
    row("list: empty",
        condition(up, u"empty_list"_s, Operator::In, {u"x"_s}),
        false,
        u"empty list"_s);
    row("list: empty, not_match", condition(up, u"empty_list"_s, Operator::In, {u"x"_s}, no), true);

    // user_id: the name is ignored
    row("user_id in", condition(KeyType::UserId, {}, Operator::In, {u"u1"_s}), true);
    row("user_id in: Hackle's name",
        condition(KeyType::UserId, u"$userId"_s, Operator::In, {u"u1"_s}),
        true);
    row("user_id in: other", condition(KeyType::UserId, {}, Operator::In, {u"u2"_s}), false);
    row("user_id in: not_match", condition(KeyType::UserId, {}, Operator::In, {u"u2"_s}, no), true);
    row("user_id starts_with", condition(KeyType::UserId, {}, Operator::StartsWith, {u"u"_s}), true);
    row("user_id case-sensitive", condition(KeyType::UserId, {}, Operator::In, {u"U1"_s}), false);

    // hackle_property
    const auto hp = KeyType::HackleProperty;
    row("hackle property from hackle_properties",
        condition(hp, u"osName"_s, Operator::In, {u"iOS"_s}),
        true);
    row("hackle property: snake_case name",
        condition(hp, u"os_name"_s, Operator::In, {u"iOS"_s}),
        true);
    row("hackle property: value case-sensitive",
        condition(hp, u"osName"_s, Operator::In, {u"ios"_s}),
        false);
    row("hackle property: versionName as version",
        condition(hp, u"versionName"_s, Operator::Gte, {u"2.5.0"_s}, yes, ver),
        true);
    row("hackle property: appVersion is versionName",
        condition(hp, u"appVersion"_s, Operator::In, {u"2.6.0"_s}, yes, ver),
        true);
    row("hackle property: falls back to user property",
        condition(hp, u"platform"_s, Operator::In, {u"android"_s}),
        true);
    row("hackle property: osVersion from os_version",
        condition(hp, u"osVersion"_s, Operator::Gte, {u"17"_s}, yes, ver),
        true);
    row("hackle property: missing, not_match",
        condition(hp, u"deviceModel"_s, Operator::In, {u"x"_s}, no),
        false,
        u"is not set"_s);

    // event_property: the trigger event's properties
    const auto ep = KeyType::EventProperty;
    row("event property gte", condition(ep, u"percent"_s, Operator::Gte, {5}), true);
    row("event property lt", condition(ep, u"percent"_s, Operator::Lt, {5}), false);
    row("event property in",
        condition(ep, u"source"_s, Operator::In, {u"push"_s, u"email"_s}),
        true);
    row("event property: key case-insensitive",
        condition(ep, u"sku"_s, Operator::StartsWith, {u"A-"_s}),
        true);
    row("event property: not_match",
        condition(ep, u"source"_s, Operator::In, {u"email"_s}, no),
        true);
    row("event property: missing, not_match",
        condition(ep, u"ghost"_s, Operator::In, {u"x"_s}, no),
        false);

    // segments and cohorts without a workspace's audiences
    row("segment: undefined",
        condition(KeyType::Segment, u"vips"_s, Operator::In, {true}),
        false,
        u"segment vips is not defined in this workspace"_s);
    row("segment: undefined, not_match",
        condition(KeyType::Segment, u"vips"_s, Operator::In, {true}, no),
        false);
    row("segment: Hackle style, names as values",
        condition(KeyType::Segment, {}, Operator::In, {u"vips"_s}),
        false,
        u"segment vips is not defined"_s);
    row("cohort: undefined",
        condition(KeyType::Cohort, u"beta"_s, Operator::In, {true}),
        false,
        u"cohort beta is not defined in this workspace"_s);
    row("cohort: undefined, not_match",
        condition(KeyType::Cohort, u"beta"_s, Operator::In, {true}, no),
        false);
}

void TestTargeting::conditions()
{
    QFETCH(Condition, condition);
    QFETCH(bool, expected);
    QFETCH(QString, explanation);
    const SampleUser u = user();
    const Event event = triggerEvent();
    const ConditionTrace trace = Evaluator::evaluate(condition,
                                                     EvaluationContext{&u, &event, clock0, nullptr});
    QVERIFY2(trace.passed == expected, qPrintable(trace.explanation));
    QVERIFY(!trace.explanation.isEmpty());
    QVERIFY(!trace.subject.isEmpty());
    if (!explanation.isEmpty())
        QVERIFY2(trace.explanation.contains(explanation), qPrintable(trace.explanation));
}

void TestTargeting::behavioural_data()
{
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<int>("daysLater"); ///< the run's clock, in days after the fixed clock
    QTest::addColumn<bool>("expected");
    /// A part of the explanation; plural words are cut short because tests load no translation,
    /// so "%n day(s)" stays as it is.
    QTest::addColumn<QString>("explanation");

    const auto ev = KeyType::Event;
    const auto no = MatchType::NotMatch;
    const auto days = Duration::Unit::Days;
    const Condition login = condition(ev, u"login"_s, Operator::Gte, {1});
    const auto row =
        [](const char *name, const Condition &c, int later, bool expected, const QString &why = {}) {
            QTest::newRow(name) << c << later << expected << why;
        };
    row("did, within 7 days", within(login, 7, days), 0, true, u"login happened 2 time"_s);
    row("at least 3 within 7 days",
        within(condition(ev, u"login"_s, Operator::Gte, {3}), 7, days),
        0,
        false,
        u": below 3"_s);
    row("at least 3 within 30 days",
        within(condition(ev, u"login"_s, Operator::Gte, {3}), 30, days),
        0,
        true);
    row("exactly 2 within 7 days",
        within(condition(ev, u"login"_s, Operator::In, {2}), 7, days),
        0,
        true,
        u"equal to 2"_s);
    row("at most 1 within 7 days",
        within(condition(ev, u"login"_s, Operator::Lte, {1}), 7, days),
        0,
        false);
    row("did not, within 12 hours",
        within(condition(ev, u"login"_s, Operator::Gte, {1}, no), 12, Duration::Unit::Hours),
        0,
        true,
        u"no login in the last 12 hour"_s);
    row("did not, within 30 minutes",
        within(condition(ev, u"purchase"_s, Operator::Gte, {1}, no), 30, Duration::Unit::Minutes),
        0,
        true);
    row("nine days later: nothing within 7 days",
        within(condition(ev, u"login"_s, Operator::Gte, {1}, no), 7, days),
        9,
        true,
        u"(last one 8 day"_s);
    row("twelve days later: last one shown",
        within(condition(ev, u"login"_s, Operator::Gte, {1}, no), 7, days),
        11,
        true,
        u"(last one 10 day"_s);
    row("no window counts the whole history",
        condition(ev, u"login"_s, Operator::In, {4}),
        0,
        true,
        u"login happened 4 time"_s);
    row("events after the clock have not happened",
        condition(ev, u"login"_s, Operator::Gte, {5}),
        0,
        false);
    row("a day later the future event counts",
        condition(ev, u"login"_s, Operator::Gte, {5}),
        1,
        true);
    row("window edge is inclusive",
        within(condition(ev, u"purchase"_s, Operator::In, {2}), 7, days),
        0,
        true);
    row("never happened",
        condition(ev, u"signup"_s, Operator::Gte, {1}),
        0,
        false,
        u"signup never happened"_s);
    row("never happened, not_match", condition(ev, u"signup"_s, Operator::Gte, {1}, no), 0, true);
    row("undated events count without a window",
        condition(ev, u"undated"_s, Operator::Gte, {1}),
        0,
        true);
    row("undated events never fall in a window",
        within(condition(ev, u"undated"_s, Operator::Gte, {1}), 7, days),
        0,
        false);
    row("event key is case-sensitive", condition(ev, u"Login"_s, Operator::Gte, {1}), 0, false);
    row("gt 0 means did", within(condition(ev, u"purchase"_s, Operator::Gt, {0}), 3, days), 0, true);
    row("less than 2 purchases within 3 days",
        within(condition(ev, u"purchase"_s, Operator::Lt, {2}), 3, days),
        0,
        true);

    // Only events whose own properties pass every `where` condition count.
    const auto ep = KeyType::EventProperty;
    const Condition rich = condition(ep, u"price"_s, Operator::Gte, {50000});
    row("where: matching event property",
        where(within(condition(ev, u"purchase"_s, Operator::Gte, {1}), 30, days), {rich}),
        0,
        true,
        u"purchase with price at least 50000 happened 1 time"_s);
    row("where: only matching events count",
        where(within(condition(ev, u"purchase"_s, Operator::Gte, {2}), 30, days), {rich}),
        0,
        false,
        u": below 2"_s);
    row("where: no event matches",
        where(within(condition(ev, u"purchase"_s, Operator::Gte, {1}), 30, days),
              {condition(ep, u"price"_s, Operator::Gte, {100000})}),
        0,
        false,
        u"no purchase with price at least 100000 in the last 30 day"_s);
    row("where: missing event property does not count, even with not_match",
        where(within(condition(ev, u"purchase"_s, Operator::In, {1}), 30, days),
              {condition(ep, u"price"_s, Operator::Gte, {50000}, no)}),
        0,
        true,
        u"price not at least 50000"_s);
    row("where: without a window, an event without the property does not count",
        where(condition(ev, u"purchase"_s, Operator::In, {2}),
              {condition(ep, u"price"_s, Operator::Gt, {0})}),
        0,
        true);
    row("where: every condition must hold",
        where(within(condition(ev, u"purchase"_s, Operator::In, {1}), 30, days),
              {rich, condition(ep, u"coupon"_s, Operator::In, {u"SPRING"_s})}),
        0,
        true,
        u"and coupon equal to SPRING"_s);
    row("where: one condition fails",
        where(within(condition(ev, u"purchase"_s, Operator::Gte, {1}), 30, days),
              {rich, condition(ep, u"coupon"_s, Operator::In, {u"SUMMER"_s})}),
        0,
        false);
    row("where: did not, not_match",
        where(within(condition(ev, u"purchase"_s, Operator::Gte, {1}, no), 30, days),
              {condition(ep, u"price"_s, Operator::Gte, {100000})}),
        0,
        true);
    row("where: did, not_match fails",
        where(within(condition(ev, u"purchase"_s, Operator::Gte, {1}, no), 30, days), {rich}),
        0,
        false);
    row("where: the window still applies",
        where(within(condition(ev, u"purchase"_s, Operator::Gte, {1}), 1, days), {rich}),
        0,
        false,
        u"(last one 2 day"_s);
}

void TestTargeting::behavioural()
{
    QFETCH(Condition, condition);
    QFETCH(int, daysLater);
    QFETCH(bool, expected);
    QFETCH(QString, explanation);
    const SampleUser u = user();
    const ConditionTrace trace = Evaluator::evaluate(
        condition, EvaluationContext{&u, nullptr, clock0.addDays(daysLater), nullptr});
    QVERIFY2(trace.passed == expected, qPrintable(trace.explanation));
    if (!explanation.isEmpty())
        QVERIFY2(trace.explanation.contains(explanation), qPrintable(trace.explanation));
}

void TestTargeting::versions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("numeric, not lexical") << u"1.10.0"_s << u"1.9.2"_s << 1;
    QTest::newRow("equal") << u"2.4.0"_s << u"2.4.0"_s << 0;
    QTest::newRow("missing parts are zero") << u"2.4"_s << u"2.4.0"_s << 0;
    QTest::newRow("major only") << u"2"_s << u"2.0.0"_s << 0;
    QTest::newRow("major decides") << u"2.0.0"_s << u"1.99.99"_s << 1;
    QTest::newRow("patch decides") << u"2.4.1"_s << u"2.4.0"_s << 1;
    QTest::newRow("pre-release before release") << u"2.4.0-beta.1"_s << u"2.4.0"_s << -1;
    QTest::newRow("pre-release numeric ids") << u"2.4.0-beta.2"_s << u"2.4.0-beta.10"_s << -1;
    QTest::newRow("pre-release shorter first") << u"1.0.0-alpha"_s << u"1.0.0-alpha.1"_s << -1;
    QTest::newRow("pre-release text ids") << u"1.0.0-alpha.1"_s << u"1.0.0-alpha.beta"_s << -1;
    QTest::newRow("pre-release rc before release") << u"1.0.0-rc.1"_s << u"1.0.0"_s << -1;
    QTest::newRow("pre-release beyond int compares as text")
        << u"1.0.0-9999999999"_s << u"1.0.0-10000000000"_s << 1;
    QTest::newRow("build metadata ignored") << u"2.4.0+42"_s << u"2.4.0"_s << 0;
    QTest::newRow("different builds are equal") << u"1.0.0+a"_s << u"1.0.0+b"_s << 0;
    QTest::newRow("pre-release with build") << u"1.0.0-rc.1+7"_s << u"1.0.0-rc.1"_s << 0;
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

void TestTargeting::notVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("letters in a part") << u"1.x"_s;
    QTest::newRow("v prefix") << u"v1.0.0"_s;
    QTest::newRow("leading space") << u" 1.0.0"_s;
    QTest::newRow("leading zero") << u"01.0.0"_s;
    QTest::newRow("four parts") << u"1.0.0.0"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("empty pre-release") << u"1.0.0-"_s;
    QTest::newRow("pre-release leading zero") << u"1.0.0-01"_s;
    QTest::newRow("empty part") << u"1..0"_s;
    QTest::newRow("beyond an int") << u"99999999999.0.0"_s;
}

void TestTargeting::notVersions()
{
    QFETCH(QString, text);
    QVERIFY(!Version::parse(text).has_value());
    QCOMPARE(Evaluator::compareVersions(text, u"1.0.0"_s), std::nullopt);
}

void TestTargeting::validation_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("error"); ///< an error, else a warning
    QTest::addColumn<QString>("message");

    const auto rules = [](const QJsonArray &conditions) { return QJsonArray{conditions}; };
    const auto rule = [&](const char *name,
                          const QJsonObject &c,
                          const QString &path,
                          bool error,
                          const QString &message) {
        QTest::newRow(name) << campaignText({}, rules({c})) << path << error << message;
    };
    rule("number: text that is not a number",
         conditionJson(u"age"_s, u"gt"_s, {u"abc"_s}, u"number"_s),
         u"$.nodes[1].rules[0][0].values[0]"_s,
         true,
         u"\"abc\" is not a number"_s);
    rule("number: inferred from the first value",
         conditionJson(u"age"_s, u"gt"_s, {5, u"abc"_s}),
         u"$.nodes[1].rules[0][0].values[1]"_s,
         true,
         u"not a number"_s);
    rule("number: a boolean",
         conditionJson(u"age"_s, u"in"_s, {true}, u"number"_s),
         u"$.nodes[1].rules[0][0].values[0]"_s,
         true,
         u"needs numbers"_s);
    rule("version: 1.x",
         conditionJson(u"app_version"_s, u"gte"_s, {u"1.x"_s}, u"version"_s),
         u"$.nodes[1].rules[0][0].values[0]"_s,
         true,
         u"\"1.x\" is not a version"_s);
    rule("version: a number",
         conditionJson(u"app_version"_s, u"gte"_s, {2}, u"version"_s),
         u"$.nodes[1].rules[0][0].values[0]"_s,
         true,
         u"write versions as text"_s);
    rule("boolean: yes",
         conditionJson(u"opt_in"_s, u"in"_s, {u"yes"_s}, u"boolean"_s),
         u"$.nodes[1].rules[0][0].values[0]"_s,
         true,
         u"true or false"_s);
    rule("boolean: TRUE is case-sensitive",
         conditionJson(u"opt_in"_s, u"in"_s, {u"TRUE"_s}, u"boolean"_s),
         u"$.nodes[1].rules[0][0].values[0]"_s,
         true,
         u"true or false"_s);
    rule("string: an object value",
         conditionJson(u"tier"_s, u"in"_s, {u"gold"_s, QJsonObject{{u"a"_s, 1}}}),
         u"$.nodes[1].rules[0][0].values[1]"_s,
         true,
         u"not a list or object"_s);
    rule("null value",
         conditionJson(u"tier"_s, u"in"_s, {QJsonValue::Null}, u"string"_s),
         u"$.nodes[1].rules[0][0].values[0]"_s,
         true,
         u"cannot be null"_s);
    rule("operator the type does not know",
         conditionJson(u"age"_s, u"contains"_s, {3}),
         u"$.nodes[1].rules[0][0].operator"_s,
         false,
         u"never holds for number"_s);

    QTest::newRow("second condition of a later rule")
        << campaignText(
               {},
               QJsonArray{QJsonArray{conditionJson(u"tier"_s, u"in"_s, {u"gold"_s})},
                          QJsonArray{conditionJson(u"tier"_s, u"in"_s, {u"gold"_s}),
                                     conditionJson(u"age"_s, u"lt"_s, {u"x"_s}, u"number"_s)}})
        << u"$.nodes[1].rules[1][1].values[0]"_s << true << u"\"x\" is not a number"_s;
    QJsonObject filter = conditionJson(u"percent"_s, u"gte"_s, {u"five"_s}, u"number"_s);
    filter.insert(u"key"_s,
                  QJsonObject{{u"type"_s, u"event_property"_s}, {u"name"_s, u"percent"_s}});
    QTest::newRow("trigger filter")
        << campaignText({filter}, {}) << u"$.nodes[0].filters[0].values[0]"_s << true
        << u"\"five\" is not a number"_s;

    QJsonObject filtered{{u"key"_s,
                          QJsonObject{{u"type"_s, u"event"_s}, {u"name"_s, u"purchase"_s}}},
                         {u"operator"_s, u"gte"_s},
                         {u"values"_s, QJsonArray{2}},
                         {u"where"_s,
                          QJsonArray{QJsonObject{{u"key"_s,
                                                  QJsonObject{{u"type"_s, u"event_property"_s},
                                                              {u"name"_s, u"price"_s}}},
                                                 {u"operator"_s, u"gte"_s},
                                                 {u"values"_s, QJsonArray{50000}}},
                                     QJsonObject{{u"key"_s,
                                                  QJsonObject{{u"type"_s, u"event_property"_s},
                                                              {u"name"_s, u"paid"_s}}},
                                                 {u"operator"_s, u"in"_s},
                                                 {u"value_type"_s, u"number"_s},
                                                 {u"values"_s, QJsonArray{1, u"lots"_s}}}}}};
    rule("behavioural where: a value that is not a number",
         filtered,
         u"$.nodes[1].rules[0][0].where[1].values[1]"_s,
         true,
         u"\"lots\" is not a number"_s);

    QJsonArray eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(conditionJson(u"age"_s, u"gt"_s, {i}));
    QTest::newRow("more than 10 conditions in a rule")
        << campaignText({}, QJsonArray{eleven}) << u"$.nodes[1].rules[0]"_s << false
        << u"at most 10 conditions"_s;
    QJsonArray elevenRules;
    for (int i = 0; i < 11; ++i)
        elevenRules.append(QJsonArray{conditionJson(u"age"_s, u"gt"_s, {i})});
    QTest::newRow("more than 10 rules")
        << campaignText({}, elevenRules) << u"$.nodes[1].rules"_s << false << u"at most 10 rules"_s;
    // Values that are fine produce nothing at their path.
    QTest::newRow("numeric text is a number")
        << campaignText({}, rules({conditionJson(u"age"_s, u"gt"_s, {u"42"_s}, u"number"_s)}))
        << QString() << true << QString();
    QTest::newRow("pre-release is a version")
        << campaignText({},
                        rules({conditionJson(u"v"_s, u"gte"_s, {u"2.4.0-beta.1"_s}, u"version"_s)}))
        << QString() << true << QString();
}

void TestTargeting::validation()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, path);
    QFETCH(bool, error);
    QFETCH(QString, message);
    const CampaignLoad load = CampaignFormat::parse(file);
    QVERIFY(load.campaign.has_value());
    QStringList all;
    for (const Diagnostic &d : load.diagnostics)
        all.append(d.path + u": "_s + d.message);
    if (path.isEmpty()) {
        QVERIFY2(load.ok(), qPrintable(all.join(u'\n')));
        return;
    }
    bool found = false;
    for (const Diagnostic &d : load.diagnostics) {
        if (d.path == path && d.isError() == error && d.message.contains(message))
            found = true;
    }
    QVERIFY2(found, qPrintable(all.join(u'\n')));
    QCOMPARE(load.ok(), !error);
}

void TestTargeting::rulesAreOrOfAnds()
{
    const SampleUser u = user();
    const EvaluationContext context{&u, nullptr, {}, nullptr};
    const Condition yes = condition(KeyType::UserProperty, u"tier"_s, Operator::In, {u"gold"_s});
    const Condition no = condition(KeyType::UserProperty, u"tier"_s, Operator::In, {u"bronze"_s});
    QVERIFY(Evaluator::evaluate(RuleSet{}, context).passed);
    QVERIFY(!Evaluator::evaluate(RuleSet{{yes, no}}, context).passed);
    QVERIFY(Evaluator::evaluate(RuleSet{{yes, no}, {yes}}, context).passed);
    QVERIFY(!Evaluator::evaluate(RuleSet{{no}, {no, yes}}, context).passed);
    // Every condition is traced, even after the first failure.
    QCOMPARE(Evaluator::evaluate(RuleSet{{no, yes}}, context).rules.first().conditions.size(), 2);
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
    QVERIFY2(match.reason.contains(u"app_version is 2.10.0, below 2.11.0"_s),
             qPrintable(match.reason));
    QCOMPARE(match.toJson()[u"steps"_s].toArray().size(), 2);

    campaign.nodes[1].rules[0][0].values = {u"2.4.0"_s};
    const UserMatch passing = FlowMatcher::match(campaign, u, Event{u"price_drop"_s, {}, {}}, {});
    QVERIFY(passing.matched);
    QCOMPARE(passing.webhookNodes, QStringList{u"w"_s});
}

QTEST_GUILESS_MAIN(TestTargeting)
#include "tst_targeting.moc"
