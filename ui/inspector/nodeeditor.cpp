// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/nodeeditor.h"

#include "inspector/editorhelpers.h"
#include "model/campaigndocument.h"
#include "targeting/audiencecount.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

NodeEditor::NodeEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_nodeId(nodeId)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"nodeHeading"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    // The id is what reports and other files name the node by; it changes when the user is done
    // typing (Enter or leaving the field), since half-typed ids may clash with others.
    m_id = new QLineEdit(this);
    m_id->setObjectName(u"nodeId"_s);
    m_id->setToolTip(tr("What reports, the Issues panel and the campaign file call this node"));
    m_form->addRow(tr("&Id:"), m_id);
    connect(m_id, &QLineEdit::editingFinished, this, [this] {
        const Node *current = node();
        if (isRefreshing() || !current || m_id->text() == current->id)
            return;
        const QString oldId = current->id;
        if (const Result<void> renamed = m_document->renameNode(oldId, m_id->text().trimmed());
            !renamed) {
            m_id->setText(oldId);
            emit message(renamed.error().message);
        }
    });

    m_label = new QLineEdit(this);
    m_label->setObjectName(u"nodeLabel"_s);
    m_label->setPlaceholderText(tr("Shown on the canvas"));
    m_label->setClearButtonEnabled(true);
    m_form->addRow(tr("&Caption:"), m_label);
    connect(m_label, &QLineEdit::textChanged, this, [this](const QString &text) {
        const Node *current = node();
        if (isRefreshing() || !current || current->label == text)
            return;
        Node changed = *current;
        changed.label = text;
        commit(changed, tr("caption"));
    });

    m_content = new QVBoxLayout;
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_content);
    layout->addStretch(1);

    connect(document, &CampaignDocument::nodeChanged, this, [this](const QString &id) {
        if (id == m_nodeId)
            refresh();
    });
    connect(document,
            &CampaignDocument::nodeRenamed,
            this,
            [this](const QString &oldId, const QString &newId) {
                if (oldId != m_nodeId)
                    return;
                m_nodeId = newId;
                refresh();
            });
}

NodeEditor::~NodeEditor() = default;

CampaignDocument *NodeEditor::document() const
{
    return m_document;
}

const Node *NodeEditor::node() const
{
    return m_document ? m_document->node(m_nodeId) : nullptr;
}

void NodeEditor::setSampleContext(const SampleContextPtr &context,
                                  const std::shared_ptr<const AudienceCounter> &counter)
{
    m_context = context;
    m_counter = counter;
    m_refreshing = true;
    sampleContextChanged();
    m_refreshing = false;
    refresh();
}

void NodeEditor::refresh()
{
    const Node *current = node();
    if (!current)
        return;
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    m_heading->setText(u"<b>%1</b> <span style=\"color: gray\">%2</span>"_s
                           .arg(nodeKindDisplayName(current->kind).toHtmlEscaped(),
                                tr("id %1").arg(current->id).toHtmlEscaped()));
    EditorHelpers::showText(m_id, current->id);
    EditorHelpers::showText(m_label, current->label);
    showNode(*current);
    m_refreshing = wasRefreshing;
}

void NodeEditor::commit(const Node &changed, const QString &property, Step step)
{
    if (m_refreshing || !m_document)
        return;
    m_document->updateNode(changed, property, step == Step::Typing);
    // The edit may have been refused (a running campaign the user did not pause): show again
    // what the document holds.
    if (const Node *now = node(); now && !(*now == changed)) {
        refresh();
        if (m_document->campaign().status == CampaignStatus::Running)
            emit message(tr("Not changed: the campaign is running. Pause it to edit it."));
    }
}

} // namespace Hookflow
