// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targeting/condition.h"
#include "targeting/version.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Hookflow {

/// Hackle's comparison of one user value with one condition value (hackle-java-sdk:
/// ValueConverter, ValueMatcher, OperatorMatcher). Shared by the evaluator and validation so that
/// a value validation accepts is a value the evaluator can use.
namespace ValueMatch {

/// Text: strings as they are, numbers in their shortest form ("31", "2.5"), booleans as
/// "true"/"false"; nothing else.
std::optional<QString> asString(const QJsonValue &value);
/// Numbers, and strings in Java's decimal grammar (" 42 ", "-1.5e3", "7d", "NaN"); not booleans.
std::optional<double> asNumber(const QJsonValue &value);
/// Booleans, and exactly the strings "true" and "false" (case-sensitive).
std::optional<bool> asBoolean(const QJsonValue &value);
/// Strings that are semantic versions; a number is not a version.
std::optional<Version> asVersion(const QJsonValue &value);

/// Number as text the way conditions show it: integers without a fraction.
QString numberText(double number);

/// The type a condition compares as: its value_type, else inferred from the first value (a
/// number means number, a boolean boolean, anything else string); event counts are numbers.
ValueType effectiveType(const Condition &condition);

/// Whether the operator can ever hold for the type: string and json know all eight; number and
/// version know in, gt, gte, lt, lte; boolean knows only in.
bool supports(ValueType type, Operator op);

/// What comparing one user value with one condition value found.
enum class Outcome {
    Holds,
    DoesNotHold,
    UserValueUnfit,      ///< the user's value cannot be read as the type
    ConditionValueUnfit, ///< the condition's value cannot be read as the type
    OperatorUnsupported, ///< the operator never holds for the type
};
Outcome compare(ValueType type, Operator op, const QJsonValue &user, const QJsonValue &wanted);

/// Why a condition value cannot be of the type (translated), or an empty string when it can.
QString valueProblem(ValueType type, const QJsonValue &value);

} // namespace ValueMatch
} // namespace Hookflow
