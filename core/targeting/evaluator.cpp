// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator.h"

#include "targeting/properties.h"

#include "targeting/audiences.h"
#include "targeting/valuematch.h"
#include "targeting/version.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Hookflow::Evaluator {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Targeting)
};

using ValueMatch::Outcome;

const QJsonValue missing(QJsonValue::Undefined);

QString rawText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        return {};
    default:
        return ValueMatch::asString(value).value_or(QString());
    }
}

bool quotes(ValueType type)
{
    return type == ValueType::String || type == ValueType::Json || type == ValueType::Auto;
}

/// A user value as a sentence shows it: text in quotes when the condition compares text.
QString shown(const QJsonValue &value, ValueType type)
{
    if (value.isString() && quotes(type))
        return u"\"%1\""_s.arg(value.toString());
    return rawText(value);
}

QString valuesList(const QJsonArray &values, const QString &separator)
{
    QStringList parts;
    for (const QJsonValue &value : values)
        parts.append(rawText(value));
    return parts.join(separator);
}

QString typeNoun(ValueType type)
{
    switch (type) {
    case ValueType::Number:
        return Tr::tr("a number");
    case ValueType::Boolean:
        return Tr::tr("true or false");
    case ValueType::Version:
        return Tr::tr("a version");
    case ValueType::Json:
    case ValueType::String:
    case ValueType::Auto:
        return Tr::tr("text");
    }
    return {};
}

QString typePlural(ValueType type)
{
    switch (type) {
    case ValueType::Number:
        return Tr::tr("numbers");
    case ValueType::Boolean:
        return Tr::tr("booleans");
    case ValueType::Version:
        return Tr::tr("versions");
    case ValueType::Json:
    case ValueType::String:
    case ValueType::Auto:
        return Tr::tr("texts");
    }
    return {};
}

/// What the operator asks, as the end of a sentence ("one of gold, vip", "at least 2.4.0").
QString requirement(Operator op, const QJsonArray &values)
{
    const bool several = values.size() > 1;
    const QString any = valuesList(values, Tr::tr(" or "));
    switch (op) {
    case Operator::In:
        return several ? Tr::tr("one of %1").arg(valuesList(values, u", "_s))
                       : Tr::tr("equal to %1").arg(any);
    case Operator::Contains:
        return Tr::tr("containing %1").arg(any);
    case Operator::StartsWith:
        return Tr::tr("starting with %1").arg(any);
    case Operator::EndsWith:
        return Tr::tr("ending with %1").arg(any);
    case Operator::Gt:
        return Tr::tr("greater than %1").arg(any);
    case Operator::Gte:
        return Tr::tr("at least %1").arg(any);
    case Operator::Lt:
        return Tr::tr("less than %1").arg(any);
    case Operator::Lte:
        return Tr::tr("at most %1").arg(any);
    }
    return {};
}

/// How one scalar user value relates to the condition's values, stated as a fact:
/// "one of gold, vip", "not one of gold, vip", "below 2.4.0", "which contains \"서울\"".
QString relation(
    ValueType type, Operator op, const QJsonValue &seen, const QJsonArray &values, bool holds)
{
    const bool several = values.size() > 1;
    const QString list = valuesList(values, u", "_s);
    const QString any = valuesList(values, Tr::tr(" or "));
    switch (op) {
    case Operator::In:
        if (several)
            return holds ? Tr::tr("one of %1").arg(list) : Tr::tr("not one of %1").arg(list);
        return holds ? Tr::tr("equal to %1").arg(list) : Tr::tr("not %1").arg(list);
    case Operator::Contains:
        return holds ? Tr::tr("which contains %1").arg(any)
                     : Tr::tr("which does not contain %1").arg(any);
    case Operator::StartsWith:
        return holds ? Tr::tr("which starts with %1").arg(any)
                     : Tr::tr("which does not start with %1").arg(any);
    case Operator::EndsWith:
        return holds ? Tr::tr("which ends with %1").arg(any)
                     : Tr::tr("which does not end with %1").arg(any);
    case Operator::Gt:
    case Operator::Gte:
    case Operator::Lt:
    case Operator::Lte:
        break;
    }
    if (several)
        return holds ? requirement(op, values) : Tr::tr("not %1").arg(requirement(op, values));
    // One value: say where the user's value lies, whichever way the operator points.
    const QJsonValue wanted = values.first();
    const bool text = quotes(type);
    if (ValueMatch::compare(type, Operator::In, seen, wanted) == Outcome::Holds)
        return Tr::tr("equal to %1").arg(list);
    if (ValueMatch::compare(type, Operator::Lt, seen, wanted) == Outcome::Holds)
        return text ? Tr::tr("which sorts before %1").arg(list) : Tr::tr("below %1").arg(list);
    return text ? Tr::tr("which sorts after %1").arg(list) : Tr::tr("above %1").arg(list);
}

QString windowText(const Duration &within)
{
    const int amount = int(within.amount);
    switch (within.unit) {
    case Duration::Unit::Minutes:
        return Tr::tr("in the last %n minute(s)", nullptr, amount);
    case Duration::Unit::Hours:
        return Tr::tr("in the last %n hour(s)", nullptr, amount);
    case Duration::Unit::Days:
        return Tr::tr("in the last %n day(s)", nullptr, amount);
    }
    return {};
}

QString agoText(qint64 seconds)
{
    if (seconds >= 86400)
        return Tr::tr("%n day(s) ago", nullptr, int(seconds / 86400));
    if (seconds >= 3600)
        return Tr::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    if (seconds >= 60)
        return Tr::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    return Tr::tr("just now");
}

ConditionTrace valueCondition(const Condition &condition,
                              ConditionTrace trace,
                              const QJsonValue &seen,
                              const QString &missingReason)
{
    const bool negated = condition.match == MatchType::NotMatch;
    // hackle-java-sdk: UserConditionMatcher returns false before match/not_match is applied when
    // the value is missing, and Hackle's properties never hold null.
    if (seen.isUndefined()) {
        trace.explanation = missingReason.isEmpty()
                                ? Tr::tr("%1 is not set, so the condition does not hold")
                                      .arg(trace.subject)
                                : missingReason;
        return trace;
    }
    if (seen.isNull()) {
        trace.seen = u"null"_s;
        trace.explanation = Tr::tr("%1 is null, which counts as not set, so the condition does not "
                                   "hold")
                                .arg(trace.subject);
        return trace;
    }
    trace.seen = rawText(seen);

    const ValueType type = ValueMatch::effectiveType(condition);
    const Operator op = condition.op;
    if (condition.values.isEmpty()) {
        trace.passed = negated;
        trace.explanation = Tr::tr("%1 is %2, and the condition lists no values to compare with")
                                .arg(trace.subject, shown(seen, type));
        return trace;
    }
    if (!ValueMatch::supports(type, op)) {
        trace.passed = negated;
        trace.explanation = Tr::tr("%1 is %2, but %3 cannot be compared with \"%4\", so it "
                                   "never matches")
                                .arg(trace.subject,
                                     shown(seen, type),
                                     typePlural(type),
                                     operatorName(op));
        return trace;
    }

    // hackle-java-sdk: ValueOperatorMatcher: a list-valued user value matches when any of its
    // items does; the values of the condition are any-of; not_match negates the result.
    const bool isList = seen.isArray();
    const QJsonArray items = isList ? seen.toArray() : QJsonArray{seen};
    bool matched = false;
    bool userFits = false;
    for (const QJsonValue &item : items) {
        for (const QJsonValue &wanted : condition.values) {
            const Outcome outcome = ValueMatch::compare(type, op, item, wanted);
            if (outcome != Outcome::UserValueUnfit)
                userFits = true;
            if (outcome == Outcome::Holds)
                matched = true;
        }
    }
    trace.passed = negated ? !matched : matched;

    if (isList) {
        QStringList parts;
        for (const QJsonValue &item : items)
            parts.append(rawText(item));
        const QString list = u"[%1]"_s.arg(parts.join(u", "_s));
        if (items.isEmpty())
            trace.explanation = Tr::tr("%1 is an empty list, so no item is %2")
                                    .arg(trace.subject, requirement(op, condition.values));
        else if (matched)
            trace.explanation = Tr::tr("%1 is the list %2, and an item is %3")
                                    .arg(trace.subject, list, requirement(op, condition.values));
        else if (!userFits)
            trace.explanation = Tr::tr("%1 is the list %2, and no item is %3, so none is %4")
                                    .arg(trace.subject,
                                         list,
                                         typeNoun(type),
                                         requirement(op, condition.values));
        else
            trace.explanation = Tr::tr("%1 is the list %2, and no item is %3")
                                    .arg(trace.subject, list, requirement(op, condition.values));
        return trace;
    }
    if (!userFits) {
        // Text is quoted here whatever the type: it is exactly what does not fit.
        const QString what = seen.isObject()   ? Tr::tr("an object")
                             : seen.isString() ? u"\"%1\""_s.arg(seen.toString())
                                               : rawText(seen);
        trace.explanation = Tr::tr("%1 is %2, which is not %3, so it is not %4")
                                .arg(trace.subject,
                                     what,
                                     typeNoun(type),
                                     requirement(op, condition.values));
        return trace;
    }
    trace.explanation = Tr::tr("%1 is %2, %3")
                            .arg(trace.subject,
                                 shown(seen, type),
                                 relation(type, op, seen, condition.values, matched));
    return trace;
}

/// A behavioural condition's event filter in a few words: "price at least 50000".
QString filterText(const QList<Condition> &where)
{
    QStringList parts;
    for (const Condition &c : where) {
        const QString wanted = requirement(c.op, c.values);
        parts.append(c.match == MatchType::NotMatch ? Tr::tr("%1 not %2").arg(c.keyName, wanted)
                                                    : Tr::tr("%1 %2").arg(c.keyName, wanted));
    }
    return parts.join(Tr::tr(" and "));
}

/// Whether one history event passes every `where` condition, judged as event_property
/// conditions with that event as the context's event.
bool passesFilter(const Condition &condition, const EvaluationContext &context, const Event &event)
{
    EvaluationContext own = context;
    own.event = &event;
    for (const Condition &filter : condition.where) {
        if (!evaluate(filter, own).passed)
            return false;
    }
    return true;
}

ConditionTrace eventCondition(const Condition &condition, const EvaluationContext &context)
{
    ConditionTrace trace;
    // With a filter, the sentences name the events it keeps: "purchase with price at least 5".
    const QString key = condition.where.isEmpty()
                            ? condition.keyName
                            : Tr::tr("%1 with %2")
                                  .arg(condition.keyName, filterText(condition.where));
    const bool clock = context.now.isValid();
    const QDateTime since = condition.within && clock
                                ? context.now.addSecs(-condition.within->seconds())
                                : QDateTime();
    qint64 count = 0;
    QDateTime last;
    if (context.user) {
        for (const Event &event : context.user->events) {
            if (event.key != condition.keyName)
                continue;
            // Nothing after the run's clock has happened yet.
            if (clock && event.timestamp.isValid() && event.timestamp > context.now)
                continue;
            if (!condition.where.isEmpty() && !passesFilter(condition, context, event))
                continue;
            if (event.timestamp.isValid() && (!last.isValid() || event.timestamp > last))
                last = event.timestamp;
            if (since.isValid() && (!event.timestamp.isValid() || event.timestamp < since))
                continue;
            ++count;
        }
    }
    const QString window = condition.within ? windowText(*condition.within) : QString();
    trace.subject = window.isEmpty() ? Tr::tr("times %1 happened").arg(key)
                                     : Tr::tr("times %1 happened %2").arg(key, window);
    trace.seen = QString::number(count);

    QString fact;
    if (count == 0)
        fact = window.isEmpty() ? Tr::tr("%1 never happened").arg(key)
                                : Tr::tr("no %1 %2").arg(key, window);
    else
        fact = window.isEmpty()
                   ? Tr::tr("%1 happened %n time(s)", nullptr, int(count)).arg(key)
                   : Tr::tr("%1 happened %n time(s) %2", nullptr, int(count)).arg(key, window);
    if (last.isValid() && clock)
        fact = Tr::tr("%1 (last one %2)").arg(fact, agoText(last.secsTo(context.now)));

    const ValueType type = ValueMatch::effectiveType(condition);
    bool matched = false;
    bool comparable = false;
    for (const QJsonValue &wanted : condition.values) {
        const Outcome outcome = ValueMatch::compare(type, condition.op, double(count), wanted);
        comparable = comparable || outcome == Outcome::Holds || outcome == Outcome::DoesNotHold;
        matched = matched || outcome == Outcome::Holds;
    }
    trace.passed = condition.match == MatchType::NotMatch ? !matched : matched;
    if (!comparable) {
        trace.explanation = Tr::tr("%1, but the condition's values are not counts, so it never "
                                   "matches")
                                .arg(fact);
        return trace;
    }
    // "did" (at least once) needs no more words than the fact.
    const bool did = condition.values.size() == 1
                     && ((condition.op == Operator::Gte
                          && ValueMatch::asNumber(condition.values.first()) == 1.0)
                         || (condition.op == Operator::Gt
                             && ValueMatch::asNumber(condition.values.first()) == 0.0));
    trace.explanation = did ? fact
                            : Tr::tr("%1: %2").arg(fact,
                                                   relation(ValueType::Number,
                                                            condition.op,
                                                            double(count),
                                                            condition.values,
                                                            matched));
    return trace;
}

ConditionTrace audienceCondition(const Condition &condition, const EvaluationContext &context)
{
    ConditionTrace trace;
    const bool segment = condition.keyType == KeyType::Segment;
    // Our files name the audience in key.name; Hackle's list segment keys as values (any-of).
    QStringList names;
    if (!condition.keyName.isEmpty()) {
        names.append(condition.keyName);
    } else {
        for (const QJsonValue &value : condition.values) {
            if (value.isString())
                names.append(value.toString());
        }
    }
    const QString nameList = names.join(Tr::tr(" or "));
    trace.subject = segment ? Tr::tr("segment %1").arg(nameList)
                            : Tr::tr("cohort %1").arg(nameList);
    bool member = false;
    bool defined = false;
    QString memberOf;
    for (const QString &name : names) {
        if (!context.audiences)
            break;
        if (segment) {
            const auto rules = context.audiences->evaluateSegment(name, context);
            defined = defined || rules.has_value();
            if (rules && rules->passed && !member) {
                member = true;
                memberOf = name;
            }
        } else {
            const auto in = context.audiences->inCohort(name, context);
            defined = defined || in.has_value();
            if (in.value_or(false) && !member) {
                member = true;
                memberOf = name;
            }
        }
    }
    if (!defined) {
        trace.explanation = names.isEmpty()
                                ? Tr::tr("the condition names no %1")
                                      .arg(segment ? Tr::tr("segment") : Tr::tr("cohort"))
                            : segment
                                ? Tr::tr("segment %1 is not defined in this workspace").arg(nameList)
                                : Tr::tr("cohort %1 is not defined in this workspace").arg(nameList);
        return trace;
    }
    trace.seen = member ? u"true"_s : u"false"_s;
    trace.passed = condition.match == MatchType::NotMatch ? !member : member;
    if (segment)
        trace.explanation = member ? Tr::tr("the user is in segment %1").arg(memberOf)
                                   : Tr::tr("the user is not in segment %1").arg(nameList);
    else
        trace.explanation = member ? Tr::tr("the user is in cohort %1").arg(memberOf)
                                   : Tr::tr("the user is not in cohort %1").arg(nameList);
    return trace;
}

} // namespace

std::optional<int> compareVersions(const QString &a, const QString &b)
{
    const auto va = Version::parse(a);
    const auto vb = Version::parse(b);
    if (!va || !vb)
        return std::nullopt;
    const int order = va->compare(*vb);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

ConditionTrace evaluate(const Condition &condition, const EvaluationContext &context)
{
    ConditionTrace trace;
    const SampleUser *user = context.user;
    switch (condition.keyType) {
    case KeyType::UserId: {
        trace.subject = Tr::tr("user id");
        const QJsonValue seen = user && !user->userId.isEmpty() ? QJsonValue(user->userId)
                                                                : missing;
        return valueCondition(condition, trace, seen, {});
    }
    case KeyType::UserProperty:
        trace.subject = Tr::tr("user property %1").arg(condition.keyName);
        return valueCondition(condition,
                              trace,
                              user ? Properties::lookup(user->properties, condition.keyName)
                                   : missing,
                              {});
    case KeyType::HackleProperty:
        trace.subject = Tr::tr("Hackle property %1").arg(condition.keyName);
        return valueCondition(condition,
                              trace,
                              user ? Properties::hackleProperty(user->properties, condition.keyName)
                                   : missing,
                              {});
    case KeyType::EventProperty:
        trace.subject = Tr::tr("event property %1").arg(condition.keyName);
        if (!context.event)
            return valueCondition(condition,
                                  trace,
                                  missing,
                                  Tr::tr("there is no event, so %1 is not set and the condition "
                                         "does not hold")
                                      .arg(trace.subject));
        return valueCondition(condition,
                              trace,
                              Properties::lookup(context.event->properties, condition.keyName),
                              {});
    case KeyType::Event:
        return eventCondition(condition, context);
    case KeyType::Segment:
    case KeyType::Cohort:
        return audienceCondition(condition, context);
    }
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
