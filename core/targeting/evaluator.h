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

/// Everything a condition may look at for one user.
struct EvaluationContext
{
    const SampleUser *user = nullptr;
    const Event *event = nullptr; ///< the trigger event, for event_property conditions
    QDateTime now;                ///< the run's clock, for behavioural conditions
};

/// Evaluates targeting conditions with Hackle's semantics: a missing value never matches (not
/// even with not_match), a list of values means any-of, property names compare case-insensitively.
namespace Evaluator {

ConditionTrace evaluate(const Condition &condition, const EvaluationContext &context);
RuleTrace evaluate(const Rule &rule, const EvaluationContext &context);
/// An empty rule set targets everyone.
RuleSetTrace evaluate(const RuleSet &rules, const EvaluationContext &context);

/// Compares dotted versions ("1.10.0" > "1.9.2"; a pre-release sorts before its release).
/// Returns nullopt when either side is not a version.
std::optional<int> compareVersions(const QString &a, const QString &b);

} // namespace Evaluator
} // namespace Hookflow
