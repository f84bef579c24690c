// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Hookflow {

/// What a condition looks at (Hackle's key types, plus `event` for behavioural conditions).
enum class KeyType { UserId, UserProperty, HackleProperty, EventProperty, Segment, Cohort, Event };
/// `match` keeps users for whom the operator holds; `not_match` those for whom it does not.
enum class MatchType { Match, NotMatch };
enum class Operator { In, Contains, StartsWith, EndsWith, Gt, Gte, Lt, Lte };
/// How values compare. Auto infers from the JSON values; Version must be named.
enum class ValueType { Auto, String, Number, Boolean, Version, Json };

/// A span of time, as written in campaign files: {"amount": 7, "unit": "days"}.
struct Duration
{
    enum class Unit { Minutes, Hours, Days };
    qint64 amount = 0;
    Unit unit = Unit::Days;

    qint64 seconds() const;
    bool operator==(const Duration &) const = default;
};

/// One targeting condition: key, match type, operator and a list of values (any-of).
///
/// A behavioural condition has key type Event: it counts the user's events with that key (within
/// `within` of the run's clock, when given) and compares the count with the operator and values,
/// so "did log in within 7 days" is {event login, gte, [1], within 7 days} and "did not" is its
/// not_match. Its `where` conditions (event_property keys, all must hold) filter the events
/// counted by their own properties: "purchases of at least 50000".
struct Condition
{
    KeyType keyType = KeyType::UserProperty;
    QString keyName;
    MatchType match = MatchType::Match;
    Operator op = Operator::In;
    ValueType valueType = ValueType::Auto;
    QJsonArray values;
    std::optional<Duration> within;
    QList<Condition> where = {}; ///< for Event keys: only events whose properties pass all of these

    /// Written out: a defaulted == cannot see through the recursive `where` list.
    bool operator==(const Condition &other) const;
};

inline bool Condition::operator==(const Condition &other) const
{
    return keyType == other.keyType && keyName == other.keyName && match == other.match
           && op == other.op && valueType == other.valueType && values == other.values
           && within == other.within && where == other.where;
}

using Rule = QList<Condition>; ///< conditions combined with AND
using RuleSet = QList<Rule>;   ///< rules combined with OR; empty targets everyone

QString keyTypeName(KeyType type);
std::optional<KeyType> keyTypeFromName(const QString &name);
QString operatorName(Operator op);
std::optional<Operator> operatorFromName(const QString &name);
QString valueTypeName(ValueType type);
std::optional<ValueType> valueTypeFromName(const QString &name);
QString durationUnitName(Duration::Unit unit);
std::optional<Duration::Unit> durationUnitFromName(const QString &name);

} // namespace Hookflow
