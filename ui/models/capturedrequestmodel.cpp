// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturedrequestmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Hookflow {

CapturedRequestModel::CapturedRequestModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CapturedRequestModel::append(const CapturedRequest &request)
{
    // Keep what the catcher keeps, so a long session does not grow without bound.
    if (m_requests.size() >= Catcher::MaxStoredRequests) {
        beginRemoveRows({}, 0, 0);
        m_requests.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_requests.size());
    beginInsertRows({}, row, row);
    m_requests.append(request);
    endInsertRows();
}

void CapturedRequestModel::setRequests(const QList<CapturedRequest> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

int CapturedRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int CapturedRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapturedRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapturedRequest &r = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SequenceColumn:
            return QString::number(r.sequence);
        case TimeColumn:
            return r.receivedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case MethodColumn:
            return r.method;
        case TargetColumn:
            return r.target;
        case SizeColumn:
            return QLocale().formattedDataSize(r.body.size());
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case SequenceColumn:
            return r.sequence;
        case TimeColumn:
            return r.receivedAt;
        case SizeColumn:
            return qint64(r.body.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn)
            return r.target;
        if (index.column() == TimeColumn)
            return tr("From %1").arg(r.peer);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn || index.column() == SizeColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    default:
        return {};
    }
}

QVariant CapturedRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case TargetColumn:
        return tr("Target");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace Hookflow
