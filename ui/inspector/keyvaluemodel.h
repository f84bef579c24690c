// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"

#include <QAbstractTableModel>

namespace Hookflow {

/// The name/value rows of a webhook's query parameters or headers, editable in place. The model
/// is a view of the node: an edit changes the row and reports the whole list through
/// pairsEdited(), which the editor turns into a document edit; setPairs() follows the document.
class KeyValueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueModel)

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    /// What an edit did, for the undo history: "row 2 value" (a cell, typing) or "new row".
    struct Edit
    {
        QString text;
        bool typing = false;
    };

    explicit KeyValueModel(QObject *parent = nullptr);

    /// Shows `pairs`; rows whose text is unchanged are left alone, so an open editor survives.
    void setPairs(const HeaderList &pairs);
    const HeaderList &pairs() const { return m_pairs; }

    /// Appends an empty row and reports it; returns its row.
    int appendRow();
    /// Removes a row and reports it.
    void removeRowAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// The user changed the rows.
    void pairsEdited(const Hookflow::HeaderList &pairs, const Hookflow::KeyValueModel::Edit &edit);

private:
    HeaderList m_pairs;
};

} // namespace Hookflow
