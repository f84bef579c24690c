// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/nodeeditor.h"

class QComboBox;
class QSpinBox;

namespace Hookflow {

/// The editor of a limit node: at most N deliveries per user within a window of time.
class LimitEditor final : public NodeEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitEditor)

public:
    LimitEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent = nullptr);

protected:
    void showNode(const Node &node) override;

private:
    QSpinBox *m_count = nullptr;
    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
};

} // namespace Hookflow
