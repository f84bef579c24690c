// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverymodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Hookflow {

DeliveryModel::DeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeliveryModel::append(const DeliveryUpdate &update, const QDateTime &at)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({at, update});
    endInsertRows();
}

void DeliveryModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
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
            return stateText(u.state);
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
            return tr("webhook-id: %1").arg(u.webhookId);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (u.state == "delivered"_L1)
            return QColor(0x1e, 0x84, 0x49);
        if (u.state == "failed"_L1)
            return QColor(0xc0, 0x39, 0x2b);
        return {};
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == StatusColumn || index.column() == LatencyColumn))
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
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

} // namespace Hookflow
