// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catcher/catcher.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hookflow {

/// The requests the built-in catcher received: #, time, method, target and body size.
class CapturedRequestModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturedRequestModel)

public:
    enum Column { SequenceColumn, TimeColumn, MethodColumn, TargetColumn, SizeColumn, ColumnCount };
    /// The raw value, for sorting numbers as numbers.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CapturedRequestModel(QObject *parent = nullptr);

    void append(const CapturedRequest &request);
    void setRequests(const QList<CapturedRequest> &requests);
    void clear() { setRequests({}); }
    const CapturedRequest &request(int row) const { return m_requests.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CapturedRequest> m_requests;
};

} // namespace Hookflow
