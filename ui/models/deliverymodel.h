// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runengine.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Hookflow {

/// The deliveries of a run, one row per DeliveryUpdate, in the order they finished.
class DeliveryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryModel)

public:
    enum Column {
        TimeColumn,
        UserColumn,
        NodeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        LatencyColumn,
        StateColumn,
        ErrorColumn,
        ColumnCount
    };
    /// The raw value, for sorting numbers as numbers.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit DeliveryModel(QObject *parent = nullptr);

    /// Appends one delivery; `at` is when it arrived (now by default).
    void append(const DeliveryUpdate &update, const QDateTime &at = QDateTime::currentDateTime());
    void clear();
    const DeliveryUpdate &update(int row) const { return m_rows.at(row).update; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDateTime at;
        DeliveryUpdate update;
    };

    QString stateText(const QString &state) const;

    QList<Row> m_rows;
};

} // namespace Hookflow
