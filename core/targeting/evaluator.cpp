// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator.h"

#include "template/template.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hookflow::Evaluator {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Targeting)
};

struct Version
{
    QList<qint64> core;
    QStringList prerelease;
};

std::optional<Version> parseVersion(const QString &text)
{
    static const QRegularExpression pattern(
        u"\\A(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?\\z"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    Version version;
    for (int i = 1; i <= 3; ++i)
        version.core.append(match.captured(i).isEmpty() ? 0 : match.captured(i).toLongLong());
    if (!match.captured(4).isEmpty())
        version.prerelease = match.captured(4).split(u'.');
    return version;
}

/// Looks a property up, with Hackle's case-insensitive key comparison.
QJsonValue property(const QJsonObject &object, const QString &name)
{
    const QJsonValue exact = object.value(name);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

ValueType inferType(const Condition &condition)
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

std::optional<double> asNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<QString> asString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return valueToText(value);
    return std::nullopt;
}

std::optional<bool> asBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true")
            return true;
        if (text == u"false")
            return false;
    }
    return std::nullopt;
}

template<typename T>
std::optional<bool> ordered(Operator op, const T &seen, const T &wanted)
{
    switch (op) {
    case Operator::In:
        return seen == wanted;
    case Operator::Gt:
        return seen > wanted;
    case Operator::Gte:
        return seen >= wanted;
    case Operator::Lt:
        return seen < wanted;
    case Operator::Lte:
        return seen <= wanted;
    default:
        return std::nullopt;
    }
}

/// One user value against one condition value; nullopt when the types do not fit.
std::optional<bool> matchOne(ValueType type,
                             Operator op,
                             const QJsonValue &seen,
                             const QJsonValue &wanted)
{
    switch (type) {
    case ValueType::Number: {
        const auto a = asNumber(seen);
        const auto b = asNumber(wanted);
        if (!a || !b)
            return std::nullopt;
        return ordered(op, *a, *b);
    }
    case ValueType::Boolean: {
        const auto a = asBool(seen);
        const auto b = asBool(wanted);
        if (!a || !b || op != Operator::In)
            return std::nullopt;
        return *a == *b;
    }
    case ValueType::Version: {
        const auto a = asString(seen);
        const auto b = asString(wanted);
        if (!a || !b)
            return std::nullopt;
        const auto order = compareVersions(*a, *b);
        if (!order)
            return std::nullopt;
        return ordered(op, *order, 0);
    }
    case ValueType::Json: {
        if (op != Operator::In)
            return std::nullopt;
        return seen == wanted;
    }
    case ValueType::String:
    case ValueType::Auto: {
        const auto a = asString(seen);
        const auto b = asString(wanted);
        if (!a || !b)
            return std::nullopt;
        switch (op) {
        case Operator::Contains:
            return a->contains(*b);
        case Operator::StartsWith:
            return a->startsWith(*b);
        case Operator::EndsWith:
            return a->endsWith(*b);
        default:
            return ordered(op, *a, *b);
        }
    }
    }
    return std::nullopt;
}

QString operatorWords(Operator op)
{
    switch (op) {
    case Operator::In:
        return Tr::tr("is one of");
    case Operator::Contains:
        return Tr::tr("contains");
    case Operator::StartsWith:
        return Tr::tr("starts with");
    case Operator::EndsWith:
        return Tr::tr("ends with");
    case Operator::Gt:
        return Tr::tr("is greater than");
    case Operator::Gte:
        return Tr::tr("is at least");
    case Operator::Lt:
        return Tr::tr("is less than");
    case Operator::Lte:
        return Tr::tr("is at most");
    }
    return {};
}

QString valuesText(const QJsonArray &values)
{
    QStringList parts;
    for (const QJsonValue &value : values)
        parts.append(value.isString() ? value.toString() : valueToText(value));
    return parts.join(u", "_s);
}

} // namespace

std::optional<int> compareVersions(const QString &a, const QString &b)
{
    const auto va = parseVersion(a);
    const auto vb = parseVersion(b);
    if (!va || !vb)
        return std::nullopt;
    for (int i = 0; i < 3; ++i) {
        if (va->core[i] != vb->core[i])
            return va->core[i] < vb->core[i] ? -1 : 1;
    }
    if (va->prerelease.isEmpty() || vb->prerelease.isEmpty())
        return int(va->prerelease.isEmpty()) - int(vb->prerelease.isEmpty());
    for (qsizetype i = 0; i < qMin(va->prerelease.size(), vb->prerelease.size()); ++i) {
        const QString &x = va->prerelease[i];
        const QString &y = vb->prerelease[i];
        bool xn = false, yn = false;
        const qint64 xi = x.toLongLong(&xn);
        const qint64 yi = y.toLongLong(&yn);
        if (xn && yn && xi != yi)
            return xi < yi ? -1 : 1;
        if (xn != yn)
            return xn ? -1 : 1;
        if (!xn && x != y)
            return x < y ? -1 : 1;
    }
    const qsizetype dx = va->prerelease.size(), dy = vb->prerelease.size();
    return dx == dy ? 0 : (dx < dy ? -1 : 1);
}

ConditionTrace evaluate(const Condition &condition, const EvaluationContext &context)
{
    ConditionTrace trace;
    QJsonValue seen(QJsonValue::Undefined);
    switch (condition.keyType) {
    case KeyType::UserId:
        trace.subject = Tr::tr("user id");
        if (context.user)
            seen = context.user->userId;
        break;
    case KeyType::UserProperty:
        trace.subject = Tr::tr("user property %1").arg(condition.keyName);
        if (context.user)
            seen = property(context.user->properties, condition.keyName);
        break;
    case KeyType::HackleProperty:
        trace.subject = Tr::tr("Hackle property %1").arg(condition.keyName);
        if (context.user)
            seen = property(context.user->properties, condition.keyName);
        break;
    case KeyType::EventProperty:
        trace.subject = Tr::tr("event property %1").arg(condition.keyName);
        if (context.event)
            seen = property(context.event->properties, condition.keyName);
        break;
    case KeyType::Event: {
        const QDateTime since = condition.within && context.now.isValid()
                                    ? context.now.addSecs(-condition.within->seconds())
                                    : QDateTime();
        qint64 count = 0;
        if (context.user) {
            for (const Event &event : context.user->events) {
                if (event.key != condition.keyName)
                    continue;
                if (since.isValid()
                    && (!event.timestamp.isValid() || event.timestamp < since
                        || event.timestamp > context.now))
                    continue;
                ++count;
            }
        }
        trace.subject = condition.within ? Tr::tr("times %1 happened in the last %n day(s)",
                                                  nullptr,
                                                  int(condition.within->seconds() / 86400))
                                               .arg(condition.keyName)
                                         : Tr::tr("times %1 happened").arg(condition.keyName);
        if (condition.within && condition.within->seconds() % 86400)
            trace.subject = Tr::tr("times %1 happened in the last %n hour(s)",
                                   nullptr,
                                   int(condition.within->seconds() / 3600))
                                .arg(condition.keyName);
        seen = double(count);
        break;
    }
    case KeyType::Segment:
    case KeyType::Cohort:
        trace.subject = condition.keyType == KeyType::Segment
                            ? Tr::tr("segment %1").arg(condition.keyName)
                            : Tr::tr("cohort %1").arg(condition.keyName);
        trace.explanation = Tr::tr("%1 is not defined in this workspace").arg(trace.subject);
        return trace;
    }

    const QString expectation = (condition.match == MatchType::NotMatch ? Tr::tr("not: %1 %2")
                                                                        : Tr::tr("%1 %2"))
                                    .arg(operatorWords(condition.op), valuesText(condition.values));
    if (seen.isUndefined() || seen.isNull()) {
        trace.explanation = Tr::tr("%1 is missing, so the condition \"%2\" does not hold")
                                .arg(trace.subject, expectation);
        return trace;
    }
    trace.seen = valueToText(seen);

    const ValueType type = inferType(condition);
    // A list-valued property matches when any of its items does.
    const QJsonArray seenItems = seen.isArray() ? seen.toArray() : QJsonArray{seen};
    bool matched = false;
    bool typeMismatch = true;
    for (const QJsonValue &item : seenItems) {
        for (const QJsonValue &wanted : condition.values) {
            const auto result = matchOne(type, condition.op, item, wanted);
            if (result.has_value())
                typeMismatch = false;
            if (result.value_or(false))
                matched = true;
        }
    }
    if (typeMismatch && !condition.values.isEmpty()) {
        trace.explanation = Tr::tr("%1 is \"%2\", which cannot be compared as %3")
                                .arg(trace.subject, trace.seen, valueTypeName(type));
        return trace;
    }
    trace.passed = condition.match == MatchType::Match ? matched : !matched;
    trace.explanation = trace.passed
                            ? Tr::tr("%1 is %2: %3 holds").arg(trace.subject, trace.seen, expectation)
                            : Tr::tr("%1 is %2: %3 does not hold")
                                  .arg(trace.subject, trace.seen, expectation);
    return trace;
}

RuleTrace evaluate(const Rule &rule, const EvaluationContext &context)
{
    RuleTrace trace;
    trace.passed = true;
    for (const Condition &condition : rule) {
        trace.conditions.append(evaluate(condition, context));
        trace.passed = trace.passed && trace.conditions.last().passed;
    }
    return trace;
}

RuleSetTrace evaluate(const RuleSet &rules, const EvaluationContext &context)
{
    RuleSetTrace trace;
    trace.passed = rules.isEmpty();
    for (const Rule &rule : rules) {
        trace.rules.append(evaluate(rule, context));
        trace.passed = trace.passed || trace.rules.last().passed;
    }
    return trace;
}

} // namespace Hookflow::Evaluator
