// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
struct KindName
{
    NodeKind kind;
    QString name;
};
const KindName kindNames[] = {
    {NodeKind::Trigger, u"trigger"_s},
    {NodeKind::Audience, u"audience"_s},
    {NodeKind::Webhook, u"webhook"_s},
    {NodeKind::Delay, u"delay"_s},
    {NodeKind::Branch, u"branch"_s},
    {NodeKind::Limit, u"limit"_s},
    {NodeKind::Exit, u"exit"_s},
};
const QString statusNames[] = {u"ready"_s, u"running"_s, u"paused"_s, u"ended"_s};
} // namespace

QString nodeKindName(NodeKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

std::optional<NodeKind> nodeKindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QString nodeKindDisplayName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Trigger:
        return QCoreApplication::translate("NodeKind", "Trigger");
    case NodeKind::Audience:
        return QCoreApplication::translate("NodeKind", "Audience");
    case NodeKind::Webhook:
        return QCoreApplication::translate("NodeKind", "Webhook");
    case NodeKind::Delay:
        return QCoreApplication::translate("NodeKind", "Delay");
    case NodeKind::Branch:
        return QCoreApplication::translate("NodeKind", "Branch");
    case NodeKind::Limit:
        return QCoreApplication::translate("NodeKind", "Limit");
    case NodeKind::Exit:
        return QCoreApplication::translate("NodeKind", "Exit");
    }
    return {};
}

QString campaignStatusName(CampaignStatus status)
{
    return statusNames[int(status)];
}

std::optional<CampaignStatus> campaignStatusFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (statusNames[i] == name)
            return CampaignStatus(i);
    }
    return std::nullopt;
}

const Node *Campaign::node(const QString &id) const
{
    for (const Node &candidate : nodes) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Node *Campaign::trigger() const
{
    for (const Node &candidate : nodes) {
        if (candidate.kind == NodeKind::Trigger)
            return &candidate;
    }
    return nullptr;
}

QList<Edge> Campaign::outgoing(const QString &id) const
{
    QList<Edge> result;
    for (const Edge &edge : edges) {
        if (edge.from == id)
            result.append(edge);
    }
    return result;
}

} // namespace Hookflow
