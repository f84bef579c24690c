// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targeting/evaluator.h"

#include <QAbstractItemModel>

namespace Hookflow {

/// A rule set's evaluation for one user as a tree: each rule (passed or failed), under it each
/// condition with ✓ or ✗, what it looked at, the value seen and why it decided so.
class TraceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceModel)

public:
    static constexpr int PassedRole = Qt::UserRole + 1; ///< bool

    explicit TraceModel(QObject *parent = nullptr);

    void setTrace(const RuleSetTrace &trace);
    const RuleSetTrace &trace() const { return m_trace; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    RuleSetTrace m_trace;
};

} // namespace Hookflow
