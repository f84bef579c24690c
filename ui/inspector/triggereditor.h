// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/nodeeditor.h"

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace Hookflow {

class ConditionListEditor;

/// The editor of a trigger node: the event that starts a user through the flow, with completion
/// from the events in the sample data, and conditions on that event's properties.
class TriggerEditor final : public NodeEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerEditor)

public:
    TriggerEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent = nullptr);

    ConditionListEditor *filters() const { return m_filters; }

protected:
    void showNode(const Node &node) override;
    void sampleContextChanged() override;

private:
    void updateMatches(const Node &node);

    QLineEdit *m_eventKey = nullptr;
    QLabel *m_matches = nullptr;
    QStringListModel *m_eventKeys = nullptr;
    ConditionListEditor *m_filters = nullptr;
};

} // namespace Hookflow
