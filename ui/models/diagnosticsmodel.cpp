// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsmodel.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Hookflow {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiagnosticsModel::setDiagnostics(const Diagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return d.isError() ? tr("Error") : tr("Warning");
        case PlaceColumn:
            if (d.location.isValid())
                return u"%1:%2"_s.arg(d.location.line).arg(d.location.column);
            return d.path;
        case MessageColumn:
            return d.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return QApplication::style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!d.path.isEmpty())
            lines << tr("Path: %1").arg(d.path);
        if (!d.nodeId.isEmpty())
            lines << tr("Node: %1").arg(d.nodeId);
        lines << d.message;
        return lines.join(u'\n');
    }
    case NodeIdRole:
        return d.nodeId;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PlaceColumn:
        return tr("Place");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Hookflow
