// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowmatcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowMatcher)
};

QJsonObject conditionJson(const ConditionTrace &trace)
{
    return QJsonObject{{u"passed"_s, trace.passed},
                       {u"subject"_s, trace.subject},
                       {u"seen"_s, trace.seen},
                       {u"explanation"_s, trace.explanation}};
}

QString rulesSummary(const QString &nodeId, const RuleSetTrace &trace, bool emptyRules)
{
    if (emptyRules)
        return Tr::tr("%1: no rules, everyone passes").arg(nodeId);
    for (qsizetype i = 0; i < trace.rules.size(); ++i) {
        if (trace.rules.at(i).passed)
            return Tr::tr("%1: rule %2 holds").arg(nodeId).arg(i + 1);
    }
    return Tr::tr("%1: no rule holds").arg(nodeId);
}

} // namespace

QJsonObject UserMatch::toJson() const
{
    QJsonArray stepArray;
    for (const StepTrace &step : steps) {
        QJsonObject json{{u"node"_s, step.nodeId},
                         {u"kind"_s, nodeKindName(step.kind)},
                         {u"passed"_s, step.passed},
                         {u"summary"_s, step.summary}};
        if (!step.filters.isEmpty()) {
            QJsonArray filters;
            for (const ConditionTrace &c : step.filters)
                filters.append(conditionJson(c));
            json.insert(u"filters"_s, filters);
        }
        if (!step.rules.rules.isEmpty()) {
            QJsonArray rules;
            for (const RuleTrace &rule : step.rules.rules) {
                QJsonArray conditions;
                for (const ConditionTrace &c : rule.conditions)
                    conditions.append(conditionJson(c));
                rules.append(QJsonObject{{u"passed"_s, rule.passed}, {u"conditions"_s, conditions}});
            }
            json.insert(u"rules"_s, rules);
        }
        stepArray.append(json);
    }
    return QJsonObject{{u"user_id"_s, userId},
                       {u"triggered"_s, triggered},
                       {u"matched"_s, matched},
                       {u"webhooks"_s, QJsonArray::fromStringList(webhookNodes)},
                       {u"reason"_s, reason},
                       {u"steps"_s, stepArray}};
}

UserMatch FlowMatcher::match(const Campaign &campaign,
                             const SampleUser &user,
                             const Event &event,
                             const QDateTime &now,
                             const Audiences *audiences)
{
    UserMatch result;
    result.userId = user.userId;
    const EvaluationContext context{&user, &event, now, audiences};

    const Node *trigger = campaign.trigger();
    if (!trigger) {
        result.reason = Tr::tr("the campaign has no trigger");
        return result;
    }
    StepTrace triggerStep{trigger->id, NodeKind::Trigger, true, {}, {}, {}};
    if (event.key != trigger->eventKey) {
        triggerStep.passed = false;
        triggerStep.summary = Tr::tr("%1: the event is \"%2\", the trigger waits for \"%3\"")
                                  .arg(trigger->id, event.key, trigger->eventKey);
    } else {
        for (const Condition &filter : trigger->filters) {
            triggerStep.filters.append(Evaluator::evaluate(filter, context));
            triggerStep.passed = triggerStep.passed && triggerStep.filters.last().passed;
        }
        triggerStep.summary
            = triggerStep.passed
                  ? Tr::tr("%1: event \"%2\" starts the flow").arg(trigger->id, event.key)
                  : Tr::tr("%1: the event's properties do not pass the trigger's filters")
                        .arg(trigger->id);
    }
    result.steps.append(triggerStep);
    if (!triggerStep.passed) {
        result.reason = triggerStep.summary;
        for (const ConditionTrace &filter : triggerStep.filters) {
            if (!filter.passed) {
                result.reason = filter.explanation;
                break;
            }
        }
        return result;
    }
    result.triggered = true;

    QStringList queue;
    QSet<QString> visited{trigger->id};
    auto follow = [&](const QString &from, const QString &port) {
        for (const Edge &edge : campaign.outgoing(from)) {
            if ((port.isEmpty() || edge.port == port) && !visited.contains(edge.to)) {
                visited.insert(edge.to);
                queue.append(edge.to);
            }
        }
    };
    follow(trigger->id, {});
    QString firstRefusal;
    while (!queue.isEmpty()) {
        const Node *node = campaign.node(queue.takeFirst());
        if (!node)
            continue;
        StepTrace step{node->id, node->kind, true, {}, {}, {}};
        switch (node->kind) {
        case NodeKind::Audience:
            step.rules = Evaluator::evaluate(node->rules, context);
            step.passed = step.rules.passed;
            step.summary = rulesSummary(node->id, step.rules, node->rules.isEmpty());
            if (step.passed) {
                follow(node->id, {});
            } else if (firstRefusal.isEmpty()) {
                // The first failing condition of the first rule says it best.
                firstRefusal = step.summary;
                for (const RuleTrace &rule : step.rules.rules) {
                    for (const ConditionTrace &c : rule.conditions) {
                        if (!c.passed) {
                            firstRefusal = c.explanation;
                            break;
                        }
                    }
                    break;
                }
            }
            break;
        case NodeKind::Branch:
            step.rules = Evaluator::evaluate(node->rules, context);
            step.summary = step.rules.passed ? Tr::tr("%1: yes").arg(node->id)
                                             : Tr::tr("%1: no").arg(node->id);
            follow(node->id, step.rules.passed ? u"yes"_s : u"no"_s);
            break;
        case NodeKind::Webhook:
            result.webhookNodes.append(node->id);
            step.summary = Tr::tr("%1: receives this webhook").arg(node->id);
            follow(node->id, {});
            break;
        case NodeKind::Delay:
        case NodeKind::Limit:
            step.summary = Tr::tr("%1: passes on").arg(node->id);
            follow(node->id, {});
            break;
        case NodeKind::Exit:
            step.summary = Tr::tr("%1: leaves the flow").arg(node->id);
            break;
        case NodeKind::Trigger:
            break;
        }
        result.steps.append(step);
    }
    result.matched = !result.webhookNodes.isEmpty();
    if (!result.matched)
        result.reason = firstRefusal.isEmpty() ? Tr::tr("the flow reaches no webhook")
                                               : firstRefusal;
    return result;
}

} // namespace Hookflow
