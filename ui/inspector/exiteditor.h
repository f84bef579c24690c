// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/nodeeditor.h"

namespace Hookflow {

/// The editor of an exit node: only its caption.
class ExitEditor final : public NodeEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitEditor)

public:
    ExitEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent = nullptr);

protected:
    void showNode(const Node &) override {}
};

} // namespace Hookflow
