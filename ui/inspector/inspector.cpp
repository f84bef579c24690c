// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspector.h"

#include "inspector/audienceeditor.h"
#include "inspector/campaigneditor.h"
#include "inspector/delayeditor.h"
#include "inspector/exiteditor.h"
#include "inspector/limiteditor.h"
#include "inspector/triggereditor.h"
#include "inspector/webhookeditor.h"
#include "model/campaigndocument.h"
#include "targeting/audiencecount.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

/// The audience counter of a sample context, built once per context and shared by the inspectors
/// of every open campaign (the counter copies the users into a column store).
std::shared_ptr<const AudienceCounter> counterFor(const SampleContextPtr &context)
{
    static std::weak_ptr<const SampleContext> cachedContext;
    static std::weak_ptr<const AudienceCounter> cachedCounter;
    if (!context)
        return {};
    if (cachedContext.lock() == context) {
        if (auto counter = cachedCounter.lock())
            return counter;
    }
    auto counter = std::make_shared<AudienceCounter>();
    counter->setUsers(context->users);
    cachedContext = context;
    cachedCounter = counter;
    return counter;
}

} // namespace

Inspector::Inspector(CampaignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"inspector"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll);

    connect(document, &CampaignDocument::nodeRemoved, this, [this](const QString &id) {
        if (!m_selection.contains(id))
            return;
        m_selection.removeAll(id);
        rebuild();
    });
    connect(document,
            &CampaignDocument::nodeRenamed,
            this,
            [this](const QString &oldId, const QString &newId) {
                const qsizetype at = m_selection.indexOf(oldId);
                if (at < 0)
                    return;
                m_selection[at] = newId;
                // The editor follows the rename itself (it may be the one that asked for it).
            });
    connect(document, &CampaignDocument::documentReset, this, [this] {
        m_selection.clear();
        rebuild();
    });
    rebuild();
}

Inspector::~Inspector() = default;

void Inspector::setSelection(const QStringList &nodeIds)
{
    if (nodeIds == m_selection && m_editor)
        return;
    m_selection = nodeIds;
    rebuild();
}

void Inspector::setSampleContext(SampleContextPtr context)
{
    m_context = std::move(context);
    m_counter = counterFor(m_context);
    if (auto *editor = qobject_cast<NodeEditor *>(m_editor))
        editor->setSampleContext(m_context, m_counter);
}

void Inspector::rebuild()
{
    // The old editor may be the sender of the signal that brought us here (undo of an add).
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_editor = makeEditor();
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_editor);
    m_scroll->setWidget(page);
}

QWidget *Inspector::makeEditor()
{
    if (!m_document)
        return new QLabel;
    if (m_selection.size() > 1) {
        auto *label = new QLabel(tr("%n node(s) selected", nullptr, int(m_selection.size())));
        label->setObjectName(u"inspectorSelectionCount"_s);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        return label;
    }
    const Node *node = m_selection.isEmpty() ? nullptr : m_document->node(m_selection.first());
    if (!node) {
        auto *editor = new CampaignEditor(m_document);
        connect(editor, &CampaignEditor::message, this, &Inspector::message);
        return editor;
    }

    NodeEditor *editor = nullptr;
    switch (node->kind) {
    case NodeKind::Trigger:
        editor = new TriggerEditor(m_document, node->id);
        break;
    case NodeKind::Audience:
    case NodeKind::Branch:
        editor = new AudienceEditor(m_document, node->id);
        break;
    case NodeKind::Webhook:
        editor = new WebhookEditor(m_document, node->id);
        break;
    case NodeKind::Delay:
        editor = new DelayEditor(m_document, node->id);
        break;
    case NodeKind::Limit:
        editor = new LimitEditor(m_document, node->id);
        break;
    case NodeKind::Exit:
        editor = new ExitEditor(m_document, node->id);
        break;
    }
    connect(editor, &NodeEditor::message, this, &Inspector::message);
    editor->setSampleContext(m_context, m_counter);
    return editor;
}

} // namespace Hookflow
