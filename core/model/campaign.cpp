// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign.h"

#include "util/enumnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
const EnumNames<NodeKind, 7> kindNames{{
    {NodeKind::Trigger, u"trigger"_s},
    {NodeKind::Audience, u"audience"_s},
    {NodeKind::Webhook, u"webhook"_s},
    {NodeKind::Delay, u"delay"_s},
    {NodeKind::Branch, u"branch"_s},
    {NodeKind::Limit, u"limit"_s},
    {NodeKind::Exit, u"exit"_s},
}};
const EnumNames<CampaignStatus, 4> statusNames{{
    {CampaignStatus::Ready, u"ready"_s},
    {CampaignStatus::Running, u"running"_s},
    {CampaignStatus::Paused, u"paused"_s},
    {CampaignStatus::Ended, u"ended"_s},
}};
} // namespace

QString nodeKindName(NodeKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<NodeKind> nodeKindFromName(const QString &name)
{
    return valueOf(kindNames, name);
}

QString campaignStatusDisplayName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Ready:
        return QCoreApplication::translate("CampaignStatus", "Ready");
    case CampaignStatus::Running:
        return QCoreApplication::translate("CampaignStatus", "Running");
    case CampaignStatus::Paused:
        return QCoreApplication::translate("CampaignStatus", "Paused");
    case CampaignStatus::Ended:
        return QCoreApplication::translate("CampaignStatus", "Ended");
    }
    return {};
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
    return nameOf(statusNames, status);
}

std::optional<CampaignStatus> campaignStatusFromName(const QString &name)
{
    return valueOf(statusNames, name);
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
