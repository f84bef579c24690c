// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/sampledata.h"
#include "targeting/evaluator.h"

#include <QJsonObject>

namespace Hookflow {

/// One node's decision for one user.
struct StepTrace
{
    QString nodeId;
    NodeKind kind = NodeKind::Exit;
    bool passed = true;
    QString summary;               ///< one sentence: "audience: rule 1 holds"
    QList<ConditionTrace> filters; ///< trigger filters
    RuleSetTrace rules;            ///< audience and branch rules
};

/// Whether a user is targeted by a flow for an event, which webhooks they reach, and why.
struct UserMatch
{
    QString userId;
    bool triggered = false;   ///< the event starts the flow (key and filters)
    bool matched = false;     ///< at least one webhook is reached
    QStringList webhookNodes; ///< in the order the flow reaches them
    QList<StepTrace> steps;
    QString reason; ///< why not, when not matched

    QJsonObject toJson() const;
};

namespace FlowMatcher {
/// Walks the flow from its trigger: the trigger's event key and filters, then audience nodes
/// (a failing one ends that path), branch nodes (following their yes or no port), webhooks.
/// `audiences` answers segment and cohort conditions (without it they never hold).
UserMatch match(const Campaign &campaign,
                const SampleUser &user,
                const Event &event,
                const QDateTime &now,
                const Audiences *audiences = nullptr);
} // namespace FlowMatcher

} // namespace Hookflow
