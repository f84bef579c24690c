// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverymodel.h"

#include "delivery/policy.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Hookflow {

DeliveryModel::DeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeliveryModel::append(const DeliveryUpdate &update, const QDateTime &at)
{
    if (const auto known = m_rowOfWebhook.constFind(update.webhookId);
        !update.webhookId.isEmpty() && known != m_rowOfWebhook.cend()) {
        m_rows[*known] = {at, update};
        emit dataChanged(index(*known, 0), index(*known, ColumnCount - 1));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({at, update});
    if (!update.webhookId.isEmpty())
        m_rowOfWebhook.insert(update.webhookId, row);
    endInsertRows();
}

void DeliveryModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOfWebhook.clear();
    endResetModel();
}

int DeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryModel::stateText(const QString &state) const
{
    if (state == "delivered"_L1)
        return tr("Delivered");
    if (state == "failed"_L1)
        return tr("Failed");
    if (state == "skipped"_L1)
        return tr("Skipped");
    if (state == "waiting"_L1)
        return tr("Retrying");
    if (state == "paused"_L1)
        return tr("Paused");
    return state;
}

QVariant DeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const DeliveryUpdate &u = row.update;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return row.at.toString(u"HH:mm:ss.zzz"_s);
        case UserColumn:
            return u.userId;
        case NodeColumn:
            return u.nodeId;
        case MethodColumn:
            return u.method;
        case UrlColumn:
            return u.url;
        case StatusColumn:
            return u.status > 0 ? QString::number(u.status) : QString();
        case LatencyColumn:
            return u.latencyMs >= 0 ? tr("%1 ms").arg(QLocale().toString(u.latencyMs)) : QString();
        case StateColumn:
            if (u.state == "waiting"_L1 && u.retryInMs >= 0)
                return tr("Retrying in %1").arg(DeliveryPolicy::formatDuration(u.retryInMs));
            return stateText(u.state);
        case AttemptsColumn:
            return u.attempt > 0 ? QLocale().toString(u.attempt) : QString();
        case ErrorColumn:
            return u.error;
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return row.at;
        case StatusColumn:
            return u.status;
        case LatencyColumn:
            return u.latencyMs;
        case AttemptsColumn:
            return u.attempt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == UrlColumn)
            return u.url;
        if (index.column() == ErrorColumn && !u.error.isEmpty())
            return u.error;
        if (index.column() == StateColumn && !u.webhookId.isEmpty())
            return u.protocol.isEmpty()
                       ? tr("webhook-id: %1").arg(u.webhookId)
                       : tr("webhook-id: %1\nprotocol: %2").arg(u.webhookId, u.protocol);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (u.state == "delivered"_L1)
            return QColor(0x1e, 0x84, 0x49);
        if (u.state == "failed"_L1)
            return QColor(0xc0, 0x39, 0x2b);
        if (u.state == "waiting"_L1 || u.state == "paused"_L1)
            return QColor(0xb9, 0x77, 0x0e);
        return {};
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == StatusColumn || index.column() == LatencyColumn
            || index.column() == AttemptsColumn))
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    return {};
}

QVariant DeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case NodeColumn:
        return tr("Node");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

} // namespace Hookflow
