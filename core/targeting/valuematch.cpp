// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuematch.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hookflow::ValueMatch {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Targeting)
};

template<typename T>
Outcome ordered(Operator op, const T &user, const T &wanted)
{
    bool holds = false;
    switch (op) {
    case Operator::In:
        holds = user == wanted;
        break;
    case Operator::Gt:
        holds = wanted < user;
        break;
    case Operator::Gte:
        holds = !(user < wanted) && (user == wanted || wanted < user);
        break;
    case Operator::Lt:
        holds = user < wanted;
        break;
    case Operator::Lte:
        holds = user < wanted || user == wanted;
        break;
    case Operator::Contains:
    case Operator::StartsWith:
    case Operator::EndsWith:
        return Outcome::OperatorUnsupported;
    }
    return holds ? Outcome::Holds : Outcome::DoesNotHold;
}

struct VersionOrder
{
    Version version;
    bool operator==(const VersionOrder &other) const { return version.compare(other.version) == 0; }
    bool operator<(const VersionOrder &other) const { return version.compare(other.version) < 0; }
};

Outcome compareStrings(Operator op, const QString &user, const QString &wanted)
{
    // Hackle compares strings as Kotlin does: case-sensitive, by UTF-16 code unit.
    switch (op) {
    case Operator::Contains:
        return user.contains(wanted) ? Outcome::Holds : Outcome::DoesNotHold;
    case Operator::StartsWith:
        return user.startsWith(wanted) ? Outcome::Holds : Outcome::DoesNotHold;
    case Operator::EndsWith:
        return user.endsWith(wanted) ? Outcome::Holds : Outcome::DoesNotHold;
    default:
        break;
    }
    const int order = user.compare(wanted, Qt::CaseSensitive);
    return ordered(op, order, 0);
}

} // namespace

QString numberText(double number)
{
    if (std::isfinite(number) && number == std::trunc(number) && std::abs(number) < 1e15)
        return QString::number(static_cast<qint64>(number));
    if (std::isnan(number))
        return u"NaN"_s;
    if (std::isinf(number))
        return number > 0 ? u"Infinity"_s : u"-Infinity"_s;
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

std::optional<QString> asString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return std::nullopt;
    }
}

std::optional<double> asNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    // Java's Double.valueOf grammar without hexadecimal forms: surrounding control characters and
    // spaces, a sign, NaN/Infinity or a decimal with an optional exponent and f/d suffix.
    static const QRegularExpression pattern(
        u"\\A[\\x00-\\x20]*([+-]?)(NaN|Infinity|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)"
        "[fFdD]?[\\x00-\\x20]*\\z"_s);
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QString body = match.captured(2);
    const bool negative = match.captured(1) == u"-";
    if (body == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (body == u"Infinity")
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    bool ok = false;
    const double number = body.toDouble(&ok);
    if (!ok) // out of range: Java gives infinity, and so do we
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    return negative ? -number : number;
}

std::optional<bool> asBoolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString();
        if (text == u"true")
            return true;
        if (text == u"false")
            return false;
    }
    return std::nullopt;
}

std::optional<Version> asVersion(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return Version::parse(value.toString());
}

ValueType effectiveType(const Condition &condition)
{
    if (condition.valueType != ValueType::Auto)
        return condition.valueType;
    if (condition.keyType == KeyType::Event)
        return ValueType::Number;
    const QJsonValue first = condition.values.isEmpty() ? QJsonValue() : condition.values.first();
    if (first.isDouble())
        return ValueType::Number;
    if (first.isBool())
        return ValueType::Boolean;
    return ValueType::String;
}

bool supports(ValueType type, Operator op)
{
    switch (type) {
    case ValueType::Auto:
    case ValueType::String:
    case ValueType::Json:
        return true;
    case ValueType::Boolean:
        return op == Operator::In;
    case ValueType::Number:
    case ValueType::Version:
        return op != Operator::Contains && op != Operator::StartsWith && op != Operator::EndsWith;
    }
    return false;
}

Outcome compare(ValueType type, Operator op, const QJsonValue &user, const QJsonValue &wanted)
{
    switch (type) {
    case ValueType::Number: {
        const auto a = asNumber(user);
        if (!a)
            return Outcome::UserValueUnfit;
        const auto b = asNumber(wanted);
        if (!b)
            return Outcome::ConditionValueUnfit;
        return ordered(op, *a, *b);
    }
    case ValueType::Boolean: {
        const auto a = asBoolean(user);
        if (!a)
            return Outcome::UserValueUnfit;
        const auto b = asBoolean(wanted);
        if (!b)
            return Outcome::ConditionValueUnfit;
        if (op != Operator::In)
            return Outcome::OperatorUnsupported;
        return *a == *b ? Outcome::Holds : Outcome::DoesNotHold;
    }
    case ValueType::Version: {
        const auto a = asVersion(user);
        if (!a)
            return Outcome::UserValueUnfit;
        const auto b = asVersion(wanted);
        if (!b)
            return Outcome::ConditionValueUnfit;
        return ordered(op, VersionOrder{*a}, VersionOrder{*b});
    }
    case ValueType::Auto:
    case ValueType::String:
    case ValueType::Json: {
        const auto a = asString(user);
        if (!a)
            return Outcome::UserValueUnfit;
        const auto b = asString(wanted);
        if (!b)
            return Outcome::ConditionValueUnfit;
        return compareStrings(op, *a, *b);
    }
    }
    return Outcome::DoesNotHold;
}

QString valueProblem(ValueType type, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return Tr::tr("a condition value cannot be null");
    switch (type) {
    case ValueType::Number:
        if (!asNumber(value))
            return value.isString()
                       ? Tr::tr("\"%1\" is not a number").arg(value.toString())
                       : Tr::tr("a number condition needs numbers, not %1")
                             .arg(value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s)
                                                 : Tr::tr("a list or object"));
        return {};
    case ValueType::Boolean:
        if (!asBoolean(value))
            return Tr::tr("a boolean condition needs true or false, not %1")
                .arg(value.isString()   ? u"\"%1\""_s.arg(value.toString())
                     : value.isDouble() ? numberText(value.toDouble())
                                        : Tr::tr("a list or object"));
        return {};
    case ValueType::Version:
        if (!value.isString())
            return value.isDouble() ? Tr::tr("write versions as text: \"%1\", not %1")
                                          .arg(numberText(value.toDouble()))
                                    : Tr::tr("a version condition needs versions written as text");
        if (!asVersion(value))
            return Tr::tr("\"%1\" is not a version (write MAJOR.MINOR.PATCH, e.g. \"2.4.0\")")
                .arg(value.toString());
        return {};
    case ValueType::Auto:
    case ValueType::String:
    case ValueType::Json:
        if (!asString(value))
            return Tr::tr("a condition value must be text, a number or a boolean, not a list "
                          "or object");
        return {};
    }
    return {};
}

} // namespace Hookflow::ValueMatch
