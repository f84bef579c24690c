// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/tracemodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
/// Rules have internal id 0; a condition has its rule's row + 1.
constexpr quintptr RuleId = 0;
} // namespace

TraceModel::TraceModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TraceModel::setTrace(const RuleSetTrace &trace)
{
    beginResetModel();
    m_trace = trace;
    endResetModel();
}

QModelIndex TraceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, RuleId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TraceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RuleId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, RuleId);
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_trace.rules.size());
    if (parent.column() != 0 || parent.internalId() != RuleId)
        return 0;
    return int(m_trace.rules.at(parent.row()).conditions.size());
}

int TraceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isRule = index.internalId() == RuleId;
    const RuleTrace &rule = m_trace.rules.at(isRule ? index.row() : int(index.internalId() - 1));
    const bool passed = isRule ? rule.passed : rule.conditions.at(index.row()).passed;
    switch (role) {
    case Qt::DisplayRole:
        if (isRule) {
            return passed ? tr("✓ Rule %1 passes: every condition holds").arg(index.row() + 1)
                          : tr("✗ Rule %1 fails").arg(index.row() + 1);
        } else {
            const ConditionTrace &c = rule.conditions.at(index.row());
            return u"%1 %2"_s.arg(passed ? u"✓"_s : u"✗"_s,
                                  c.explanation.isEmpty() ? c.subject : c.explanation);
        }
    case Qt::ToolTipRole:
        if (!isRule) {
            const ConditionTrace &c = rule.conditions.at(index.row());
            return tr("Looked at: %1\nValue seen: %2\n%3")
                .arg(c.subject, c.seen.isEmpty() ? tr("(none)") : c.seen, c.explanation);
        }
        return {};
    case Qt::ForegroundRole:
        return QBrush(passed ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x26, 0x1e));
    case PassedRole:
        return passed;
    default:
        return {};
    }
}

} // namespace Hookflow
