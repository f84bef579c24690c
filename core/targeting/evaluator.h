// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"
#include "targeting/condition.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Hookflow {

/// What one condition saw and decided, in words a marketer understands.
struct ConditionTrace
{
    bool passed = false;
    QString subject;     ///< "user property app_version"
    QString seen;        ///< "2.3.9", or empty when missing
    QString explanation; ///< "app_version 2.3.9 is below 2.4.0"
};

struct RuleTrace
{
    bool passed = false;
    QList<ConditionTrace> conditions;
};

/// The outcome of a rule set (OR of ANDs) with every rule's trace.
struct RuleSetTrace
{
    bool passed = false;
    QList<RuleTrace> rules;
};

class Audiences;

/// Everything a condition may look at for one user.
struct EvaluationContext
{
    const SampleUser *user = nullptr;
    const Event *event = nullptr;         ///< the trigger event, for event_property conditions
    QDateTime now;                        ///< the run's clock, for behavioural conditions
    const Audiences *audiences = nullptr; ///< the workspace's segments and cohorts, if any
};

/// Evaluates targeting conditions with Hackle's semantics (docs/targeting.md states every rule):
/// a missing or null value never matches, not even with not_match; the condition's values are
/// any-of, and so are the items of a list-valued property; not_match negates that result, so a
/// value of the wrong type fails `match` and passes `not_match`; property names compare
/// case-insensitively, values case-sensitively.
namespace Evaluator {

/// One condition, with what it saw and why it passed or failed.
ConditionTrace evaluate(const Condition &condition, const EvaluationContext &context);
/// All conditions of the rule must pass (AND); every condition is traced.
RuleTrace evaluate(const Rule &rule, const EvaluationContext &context);
/// An empty rule set targets everyone.
RuleSetTrace evaluate(const RuleSet &rules, const EvaluationContext &context);

/// Compares semantic versions ("1.10.0" > "1.9.2"; a pre-release sorts before its release; build
/// metadata is ignored): -1, 0 or 1. nullopt when either side is not a version (see Version).
std::optional<int> compareVersions(const QString &a, const QString &b);

} // namespace Evaluator
} // namespace Hookflow
