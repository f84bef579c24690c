// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "delivery/policy.h"
#include "delivery/signing.h"
#include "model/jsonsource.h"
#include "targeting/valuematch.h"
#include "template/template.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString nodePath(qsizetype index)
{
    return JsonSource::index(u"$.nodes"_s, index);
}

const QStringList allowedMethods{u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};

/// Hackle's editor caps a rule set at 10 rules and a rule at 10 conditions; we warn beyond.
constexpr qsizetype MaxRules = 10;
constexpr qsizetype MaxConditions = 10;

/// A condition's values must be readable as its type ("abc" is not a number, "1.x" not a
/// version); an operator the type does not know can never hold, which is worth a warning.
void checkCondition(const Condition &condition,
                    const QString &path,
                    Diagnostics &out,
                    const QString &nodeId)
{
    if (condition.keyType == KeyType::Segment || condition.keyType == KeyType::Cohort)
        return;
    const ValueType type = ValueMatch::effectiveType(condition);
    const QString valuesPath = JsonSource::member(path, u"values"_s);
    for (qsizetype k = 0; k < condition.values.size(); ++k) {
        const QString problem = ValueMatch::valueProblem(type, condition.values.at(k));
        if (!problem.isEmpty())
            out.append(
                {Diagnostic::Severity::Error, JsonSource::index(valuesPath, k), nodeId, problem, {}});
    }
    if (!ValueMatch::supports(type, condition.op))
        out.append({Diagnostic::Severity::Warning,
                    JsonSource::member(path, u"operator"_s),
                    nodeId,
                    Tr::tr("operator \"%1\" never holds for %2 values, so this condition never "
                           "matches")
                        .arg(operatorName(condition.op), valueTypeName(type)),
                    {}});
    // A behavioural condition's event filter: $.nodes[i].rules[r][c].where[k].values[m].
    const QString wherePath = JsonSource::member(path, u"where"_s);
    for (qsizetype k = 0; k < condition.where.size(); ++k)
        checkCondition(condition.where.at(k), JsonSource::index(wherePath, k), out, nodeId);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        || host.compare(u"localhost."_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// What can be told about a URL template under the Hackle profile before it is rendered: an
/// error when its literal start already breaks the rule, a warning when a tag comes before the
/// scheme and host are complete (values cannot: the template check refuses them there). Static non-http(s) URLs are reported elsewhere.
void checkHackleUrl(const QString &urlTemplate, const std::function<void(bool, QString)> &report)
{
    const QString url = urlTemplate.trimmed();
    qsizetype placeholder = -1;
    for (const QString &open : {u"{{"_s, u"{%"_s}) {
        const qsizetype at = url.indexOf(open);
        if (at >= 0 && (placeholder < 0 || at < placeholder))
            placeholder = at;
    }
    const bool isStatic = placeholder < 0;
    const QString literal = isStatic ? url : url.left(placeholder);
    const QString afterRendering = Tr::tr(
        "the Hackle profile needs an https:// URL; a tag decides this one's scheme or host, so "
        "it is checked for each user when the request is rendered");
    const qsizetype schemeEnd = literal.indexOf(u"://"_s);
    if (schemeEnd < 0) {
        if (!isStatic)
            report(false, afterRendering);
        return;
    }
    const QString scheme = literal.left(schemeEnd).toLower();
    if (scheme != u"http")
        return; // https is fine; other schemes are refused for every campaign
    const QString rest = literal.mid(schemeEnd + 3);
    qsizetype authorityEnd = -1;
    for (QChar end : {u'/', u'?', u'#'}) {
        const qsizetype at = rest.indexOf(end);
        if (at >= 0 && (authorityEnd < 0 || at < authorityEnd))
            authorityEnd = at;
    }
    if (authorityEnd < 0 && !isStatic) {
        report(false, afterRendering);
        return;
    }
    const QString problem = hackleUrlProblem(
        QUrl(u"http://"_s + (authorityEnd < 0 ? rest : rest.left(authorityEnd)) + u'/'));
    if (!problem.isEmpty())
        report(true, problem);
}

/// Hackle fixes Content-Type to application/json (UTF-8 is the only charset it sends).
bool isJsonContentType(const QString &value)
{
    const QStringList parts = value.split(u';');
    if (parts.first().trimmed().compare(u"application/json"_s, Qt::CaseInsensitive) != 0)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString parameter = parts.at(i).trimmed().toLower();
        parameter.remove(u'"');
        parameter.remove(u' ');
        if (parameter != u"charset=utf-8")
            return false;
    }
    return true;
}

} // namespace

QString hackleUrlProblem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return Tr::tr("the Hackle profile needs https://; http:// is allowed only to this "
                      "computer (localhost, 127.0.0.1 … 127.255.255.255 or ::1), not to \"%1\"")
            .arg(url.host());
    }
    return Tr::tr("the Hackle profile needs an https:// URL");
}

bool isExecutable(NodeKind kind)
{
    return kind != NodeKind::Delay && kind != NodeKind::Branch && kind != NodeKind::Limit;
}

Diagnostics validateCampaign(const Campaign &campaign)
{
    Diagnostics out;
    auto error = [&](const QString &path, const QString &message, const QString &nodeId = {}) {
        out.append({Diagnostic::Severity::Error, path, nodeId, message, {}});
    };
    auto warning = [&](const QString &path, const QString &message, const QString &nodeId = {}) {
        out.append({Diagnostic::Severity::Warning, path, nodeId, message, {}});
    };

    const DeliverySettings delivery = DeliverySettings::fromJson(campaign.delivery,
                                                                 u"$.delivery"_s,
                                                                 &out);
    const bool hackle = delivery.isHackle();

    QHash<QString, qsizetype> indexOf;
    qsizetype triggers = 0;
    for (qsizetype i = 0; i < campaign.nodes.size(); ++i) {
        const Node &node = campaign.nodes.at(i);
        const QString path = nodePath(i);
        if (indexOf.contains(node.id))
            error(path + u".id"_s, Tr::tr("node id \"%1\" is used twice").arg(node.id), node.id);
        indexOf.insert(node.id, i);
        if (node.kind == NodeKind::Trigger) {
            if (++triggers > 1)
                error(path,
                      Tr::tr("a campaign has exactly one trigger; \"%1\" is a second one")
                          .arg(node.id),
                      node.id);
            if (node.eventKey.trimmed().isEmpty())
                error(path + u".event_key"_s, Tr::tr("the trigger needs an event key"), node.id);
        }
        if (!isExecutable(node.kind)) {
            warning(
                path + u".kind"_s,
                Tr::tr("%1 node \"%2\" is checked, but this version of Hookflow cannot run it yet: "
                       "a test "
                       "fire of this campaign is refused until it can")
                    .arg(nodeKindDisplayName(node.kind), node.id),
                node.id);
        }
        if (node.kind == NodeKind::Webhook) {
            const QString requestPath = path + u".request"_s;
            if (!allowedMethods.contains(node.request.method))
                error(requestPath + u".method"_s,
                      Tr::tr("method \"%1\" is not allowed (use GET, POST, PUT, PATCH or DELETE)")
                          .arg(node.request.method),
                      node.id);
            const QString url = node.request.url.trimmed();
            if (url.isEmpty()) {
                error(requestPath + u".url"_s, Tr::tr("the webhook needs a URL"), node.id);
            } else if (!url.startsWith(u"{{"_s) && !url.startsWith(u"{%"_s) // checked per user
                       && !url.startsWith(u"http://"_s, Qt::CaseInsensitive)
                       && !url.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
                error(requestPath + u".url"_s,
                      Tr::tr("only http:// and https:// URLs can be called"),
                      node.id);
            }
            auto check = [&](const QString &text, OutputContext context, const QString &where) {
                const Result<Template> compiled = Template::compile(text, context);
                if (!compiled)
                    error(where, compiled.error().message, node.id);
            };
            check(node.request.url, OutputContext::Url, requestPath + u".url"_s);
            for (qsizetype p = 0; p < node.request.params.size(); ++p)
                check(node.request.params.at(p).second,
                      OutputContext::Text,
                      JsonSource::index(requestPath + u".params"_s, p));
            for (qsizetype h = 0; h < node.request.headers.size(); ++h)
                check(node.request.headers.at(h).second,
                      OutputContext::Header,
                      JsonSource::index(requestPath + u".headers"_s, h));
            check(node.request.body, OutputContext::Json, requestPath + u".body"_s);
            if (node.request.method == u"GET" && !node.request.body.isEmpty()) {
                if (hackle)
                    error(requestPath + u".body"_s,
                          Tr::tr("the Hackle profile sends no body with GET; remove the body or "
                                 "use another method"),
                          node.id);
                else
                    warning(requestPath + u".body"_s,
                            Tr::tr("a GET request carries no body; it will not be sent"),
                            node.id);
            }
            const bool urlHasErrors = std::any_of(out.cbegin(), out.cend(), [&](const Diagnostic &d) {
                return d.isError() && d.path == requestPath + u".url"_s;
            });
            if (hackle && !urlHasErrors) { // one problem at a time: the URL must make sense first
                checkHackleUrl(node.request.url, [&](bool isError, const QString &message) {
                    if (isError)
                        error(requestPath + u".url"_s, message, node.id);
                    else
                        warning(requestPath + u".url"_s, message, node.id);
                });
                for (qsizetype h = 0; h < node.request.headers.size(); ++h) {
                    const auto &[name, value] = node.request.headers.at(h);
                    if (name.trimmed().compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0
                        && !isJsonContentType(value))
                        error(JsonSource::index(requestPath + u".headers"_s, h),
                              Tr::tr("the Hackle profile always sends Content-Type: "
                                     "application/json; remove this header or set it to that"),
                              node.id);
                }
            }
            for (const auto &[where, message] : Signer::problems(node.signing))
                error(where.isEmpty() ? QString(path + u".signing"_s)
                                      : QString(path + u".signing."_s + where),
                      message,
                      node.id);
            if (!node.policy.isEmpty()) {
                Diagnostics policyProblems;
                DeliveryPolicy::fromJson(node.policy, path + u".policy"_s, &policyProblems);
                for (Diagnostic &problem : policyProblems) {
                    problem.nodeId = node.id;
                    out.append(problem);
                }
            }
        }
        if ((node.kind == NodeKind::Audience || node.kind == NodeKind::Branch)
            && node.rules.size() > MaxRules)
            warning(path + u".rules"_s,
                    Tr::tr("Hackle allows at most %1 rules; this node has %2")
                        .arg(MaxRules)
                        .arg(node.rules.size()),
                    node.id);
        if (node.kind == NodeKind::Trigger) {
            const QString filtersPath = path + u".filters"_s;
            for (qsizetype j = 0; j < node.filters.size(); ++j)
                checkCondition(node.filters.at(j), JsonSource::index(filtersPath, j), out, node.id);
        }
        if (node.kind == NodeKind::Audience || node.kind == NodeKind::Branch) {
            const QString rulesPath = path + u".rules"_s;
            for (qsizetype r = 0; r < node.rules.size(); ++r) {
                const Rule &rule = node.rules.at(r);
                const QString rulePath = JsonSource::index(rulesPath, r);
                if (rule.size() > MaxConditions)
                    warning(rulePath,
                            Tr::tr("Hackle allows at most %1 conditions in a rule; rule %2 has %3")
                                .arg(MaxConditions)
                                .arg(r + 1)
                                .arg(rule.size()),
                            node.id);
                for (qsizetype c = 0; c < rule.size(); ++c)
                    checkCondition(rule.at(c), JsonSource::index(rulePath, c), out, node.id);
            }
        }
    }
    if (triggers == 0)
        error(u"$.nodes"_s, Tr::tr("the campaign has no trigger node"));

    // Edges.
    QHash<QString, QStringList> successors;
    QSet<QString> seen;
    for (qsizetype i = 0; i < campaign.edges.size(); ++i) {
        const Edge &edge = campaign.edges.at(i);
        const QString path = JsonSource::index(u"$.edges"_s, i);
        const Node *from = campaign.node(edge.from);
        const Node *to = campaign.node(edge.to);
        if (!from)
            error(path + u".from"_s,
                  Tr::tr("the edge starts at node \"%1\", which does not exist").arg(edge.from));
        if (!to)
            error(path + u".to"_s,
                  Tr::tr("the edge ends at node \"%1\", which does not exist").arg(edge.to));
        if (!from || !to)
            continue;
        if (edge.from == edge.to)
            error(path, Tr::tr("node \"%1\" cannot connect to itself").arg(edge.from), edge.from);
        if (to->kind == NodeKind::Trigger)
            error(path + u".to"_s,
                  Tr::tr("nothing can lead into the trigger \"%1\"").arg(edge.to),
                  edge.to);
        if (from->kind == NodeKind::Exit)
            error(path + u".from"_s,
                  Tr::tr("an exit node \"%1\" has no outputs").arg(edge.from),
                  edge.from);
        if (from->kind == NodeKind::Branch) {
            if (edge.port != u"yes" && edge.port != u"no")
                error(path + u".port"_s,
                      Tr::tr("an edge from branch \"%1\" must say \"port\": \"yes\" or \"no\"")
                          .arg(edge.from),
                      edge.from);
        } else if (!edge.port.isEmpty()) {
            error(path + u".port"_s,
                  Tr::tr("only branch nodes have ports; remove \"port\" from this edge"),
                  edge.from);
        }
        const QString identity = edge.from + u'\x1f' + edge.to + u'\x1f' + edge.port;
        if (seen.contains(identity))
            warning(path, Tr::tr("this edge is listed twice"), edge.from);
        seen.insert(identity);
        successors[edge.from].append(edge.to);
    }

    // Cycles (iterative DFS with colours) and reachability from the trigger.
    QHash<QString, int> colour; // 0 white, 1 on stack, 2 done
    bool cycleReported = false;
    for (const Node &start : campaign.nodes) {
        if (colour.value(start.id) != 0)
            continue;
        QList<std::pair<QString, qsizetype>> stack{{start.id, 0}};
        colour[start.id] = 1;
        while (!stack.isEmpty()) {
            auto &[id, next] = stack.last();
            const QStringList &outs = successors[id];
            if (next < outs.size()) {
                const QString child = outs.at(next++);
                if (colour.value(child) == 1 && !cycleReported) {
                    error(nodePath(indexOf.value(child)),
                          Tr::tr(
                              "the flow loops back to node \"%1\"; flows must not contain cycles")
                              .arg(child),
                          child);
                    cycleReported = true;
                } else if (colour.value(child) == 0) {
                    colour[child] = 1;
                    stack.append({child, 0});
                }
            } else {
                colour[id] = 2;
                stack.removeLast();
            }
        }
    }
    if (const Node *trigger = campaign.trigger()) {
        QSet<QString> reached{trigger->id};
        QStringList queue{trigger->id};
        while (!queue.isEmpty()) {
            for (const QString &child : successors.value(queue.takeFirst())) {
                if (!reached.contains(child)) {
                    reached.insert(child);
                    queue.append(child);
                }
            }
        }
        for (qsizetype i = 0; i < campaign.nodes.size(); ++i) {
            const Node &node = campaign.nodes.at(i);
            if (!reached.contains(node.id))
                warning(nodePath(i),
                        Tr::tr("node \"%1\" cannot be reached from the trigger").arg(node.id),
                        node.id);
        }
    }
    return out;
}

} // namespace Hookflow
