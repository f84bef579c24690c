// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"

#include <QAbstractListModel>

namespace Hookflow {

/// The seven node kinds (DESIGN §1) for the palette: translated names, colour icons, a tooltip
/// that says what each does, and drag data (FlowView::nodeKindMimeType(), the kind's name).
class NodeKindModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeKindModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< the NodeKind as int
        KindNameRole,                ///< "webhook"
    };

    explicit NodeKindModel(QObject *parent = nullptr);

    NodeKind kind(const QModelIndex &index) const;
    QModelIndex indexOf(NodeKind kind) const;
    /// What the kind does, in a sentence.
    static QString description(NodeKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QList<NodeKind> m_kinds;
};

} // namespace Hookflow
