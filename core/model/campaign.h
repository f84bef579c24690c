// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targeting/condition.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <utility>

namespace Hookflow {

enum class NodeKind { Trigger, Audience, Webhook, Delay, Branch, Limit, Exit };
/// Hackle's campaign lifecycle.
enum class CampaignStatus { Ready, Running, Paused, Ended };

QString nodeKindName(NodeKind kind);
std::optional<NodeKind> nodeKindFromName(const QString &name);
QString campaignStatusName(CampaignStatus status);
std::optional<CampaignStatus> campaignStatusFromName(const QString &name);
/// The translated, human name of a node kind ("Webhook", "웹훅").
QString nodeKindDisplayName(NodeKind kind);
/// "Ready", "Running", "Paused", "Ended", translated.
QString campaignStatusDisplayName(CampaignStatus status);

using HeaderList = QList<std::pair<QString, QString>>;

/// The request a webhook node sends, before personalization.
struct RequestTemplate
{
    QString method = QStringLiteral("POST");
    QString url;
    HeaderList params;
    HeaderList headers;
    QString body;
    /// Header names the user flagged as sensitive: redacted like Authorization wherever the
    /// request is stored or shown.
    QStringList redactHeaders;

    bool operator==(const RequestTemplate &) const = default;
};

/// Frequency cap of a limit node: at most `count` deliveries per user within `window`.
struct FrequencyLimit
{
    int count = 1;
    Duration window{1, Duration::Unit::Days};

    bool operator==(const FrequencyLimit &) const = default;
};

/// One node of a flow. Fields that do not apply to the node's kind stay empty; fields this
/// version does not know are kept in `extra` so that files from newer tools survive a round trip.
struct Node
{
    QString id;
    NodeKind kind = NodeKind::Exit;
    QPointF position;
    QString label; ///< optional caption shown on the canvas

    // trigger
    QString eventKey;
    QList<Condition> filters;
    // audience, branch
    RuleSet rules;
    // webhook
    RequestTemplate request;
    QJsonObject policy;
    QJsonObject signing;
    // delay
    Duration wait{1, Duration::Unit::Days};
    // limit
    FrequencyLimit limit;

    QJsonObject extra;

    bool operator==(const Node &) const = default;
};

/// A connection from one node's output (a branch node's "yes" or "no" port) to another's input.
struct Edge
{
    QString from;
    QString to;
    QString port; ///< empty, or "yes" / "no" from a branch node

    bool operator==(const Edge &) const = default;
};

/// A campaign: one file, one flow.
struct Campaign
{
    static constexpr int CurrentFormat = 1;

    QString key;
    QString title;
    QString description;
    CampaignStatus status = CampaignStatus::Ready;
    QList<Node> nodes;
    QList<Edge> edges;
    /// Campaign-wide delivery settings (rate limit, per-host concurrency, circuit breaker,
    /// redirects), read by DeliverySettings::fromJson.
    QJsonObject delivery;
    QJsonObject extra;

    const Node *node(const QString &id) const;
    /// The first trigger node, or nullptr.
    const Node *trigger() const;
    /// Edges leaving `id`, in file order.
    QList<Edge> outgoing(const QString &id) const;

    bool operator==(const Campaign &) const = default;
};

} // namespace Hookflow
