// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/nodeeditor.h"

class QLabel;

namespace Hookflow {

class RuleBuilder;
class WhyNotPanel;

/// The editor of an audience node (who continues) and of a branch node (who goes to "yes"):
/// the rule builder, the live count of targeted sample users and the "why not?" panel.
class AudienceEditor final : public NodeEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceEditor)

public:
    AudienceEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent = nullptr);

    RuleBuilder *ruleBuilder() const { return m_rules; }
    WhyNotPanel *whyNotPanel() const { return m_whyNot; }

protected:
    void showNode(const Node &node) override;
    void sampleContextChanged() override;

private:
    void updateCount(const Node &node);
    QString triggerEventKey() const;

    RuleBuilder *m_rules = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
    WhyNotPanel *m_whyNot = nullptr;
};

} // namespace Hookflow
