// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/audienceeditor.h"

#include "inspector/rulebuilder.h"
#include "inspector/whynotpanel.h"
#include "model/campaigndocument.h"
#include "targeting/audiencecount.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

AudienceEditor::AudienceEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent)
    : NodeEditor(document, nodeId, parent)
{
    const Node *current = node();
    const bool branch = current && current->kind == NodeKind::Branch;
    auto *intro = new QLabel(branch ? tr("Users who pass the rules go on through <b>Yes</b>; "
                                         "everyone else through <b>No</b>.")
                                    : tr("Only users who pass the rules continue."),
                             this);
    intro->setWordWrap(true);
    content()->addWidget(intro);

    m_count = new QLabel(this);
    m_count->setObjectName(u"audienceCount"_s);
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::RichText);
    m_count->setStyleSheet(u"QLabel { background: #efeaff; border-radius: 4px; padding: 6px; }"_s);
    content()->addWidget(m_count);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"audienceProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e"_s);
    m_problem->hide();
    content()->addWidget(m_problem);

    m_rules = new RuleBuilder(this);
    content()->addWidget(m_rules);
    connect(m_rules,
            &RuleBuilder::rulesEdited,
            this,
            [this](const RuleSet &rules, const QString &what, bool typing) {
                const Node *current = node();
                if (isRefreshing() || !current)
                    return;
                Node changed = *current;
                changed.rules = rules;
                commit(changed, what, typing ? Step::Typing : Step::Single);
            });

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    content()->addWidget(line);
    m_whyNot = new WhyNotPanel(this);
    content()->addWidget(m_whyNot);

    // Counts and traces depend on the trigger's event too (event_property conditions).
    connect(document, &CampaignDocument::changed, this, [this] {
        if (const Node *current = node())
            updateCount(*current);
    });

    refresh();
}

void AudienceEditor::showNode(const Node &node)
{
    m_rules->setRules(node.rules);
    updateCount(node);
}

void AudienceEditor::sampleContextChanged()
{
    m_rules->setSampleContext(sampleContext());
    m_whyNot->setSampleContext(sampleContext());
}

QString AudienceEditor::triggerEventKey() const
{
    const Campaign &campaign = document()->campaign();
    const Node *trigger = campaign.trigger();
    return trigger ? trigger->eventKey : QString();
}

void AudienceEditor::updateCount(const Node &node)
{
    const QString eventKey = triggerEventKey();
    m_whyNot->setRules(node.rules, eventKey);
    const SampleContextPtr context = sampleContext();
    const AudienceCounter *counter = audienceCounter();
    if (!context || !counter) {
        m_count->setText(tr("Load sample users to see how many this targets."));
        m_problem->hide();
        return;
    }
    const Event event = context->eventFor(eventKey);
    CompileOptions options;
    options.event = &event;
    options.audiences = &context->audiences;
    const auto count = counter->count(node.rules, context->now, options);
    if (!count) {
        m_count->setText(tr("Cannot count the audience yet."));
        m_problem->setText(count.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    const bool branch = node.kind == NodeKind::Branch;
    const QString text = branch ? tr("Yes for <b>%1</b> of %n sample user(s)",
                                     nullptr,
                                     int(counter->userCount()))
                                : tr("Targets <b>%1</b> of %n sample user(s)",
                                     nullptr,
                                     int(counter->userCount()));
    m_count->setText(text.arg(*count));
}

} // namespace Hookflow
