// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"

#include <QListView>

namespace Hookflow {

class NodeKindModel;

/// The palette along the canvas's edge: every node kind, to drag onto the canvas, or to add in the
/// middle of the view with a double-click or Enter.
class NodePalette final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodePalette)

public:
    explicit NodePalette(QWidget *parent = nullptr);

    NodeKindModel *kindModel() const { return m_model; }
    QSize sizeHint() const override;

signals:
    /// The user asked for a node of `kind` without dragging (double-click, Enter).
    void kindActivated(Hookflow::NodeKind kind);

private:
    NodeKindModel *m_model = nullptr;
};

} // namespace Hookflow
