// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/nodeeditor.h"

class QComboBox;
class QSpinBox;

namespace Hookflow {

/// The editor of a delay node: how long users wait before the next step.
class DelayEditor final : public NodeEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelayEditor)

public:
    DelayEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent = nullptr);

    /// A combo box of minutes, hours and days (the unit's enum value as item data).
    static QComboBox *makeUnitCombo(QWidget *parent);

protected:
    void showNode(const Node &node) override;

private:
    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
};

} // namespace Hookflow
