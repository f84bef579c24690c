// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runengine.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Hookflow {

/// The deliveries of a run, one row per delivery in the order they were first reported; a
/// retry's later updates replace its row.
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
        AttemptsColumn,
        ErrorColumn,
        ColumnCount
    };
    /// The raw value, for sorting numbers as numbers.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit DeliveryModel(QObject *parent = nullptr);

    /// Adds a delivery, or updates its row when an update for the same webhook-id came before;
    /// `at` is when it arrived (now by default).
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
    QHash<QString, int> m_rowOfWebhook;
};

} // namespace Hookflow
