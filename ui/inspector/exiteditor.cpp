// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/exiteditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Hookflow {

ExitEditor::ExitEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent)
    : NodeEditor(document, nodeId, parent)
{
    auto *note = new QLabel(tr("Users who reach this step leave the campaign."), this);
    note->setWordWrap(true);
    content()->addWidget(note);
    refresh();
}

} // namespace Hookflow
