// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/triggereditor.h"

#include "inspector/conditionlisteditor.h"
#include "inspector/editorhelpers.h"
#include "targeting/evaluator.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

TriggerEditor::TriggerEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent)
    : NodeEditor(document, nodeId, parent)
    , m_eventKeys(new QStringListModel(this))
{
    m_eventKey = new QLineEdit(this);
    m_eventKey->setObjectName(u"triggerEventKey"_s);
    m_eventKey->setPlaceholderText(tr("e.g. purchase"));
    auto *completer = new QCompleter(m_eventKeys, m_eventKey);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_eventKey->setCompleter(completer);
    form()->addRow(tr("When &event:"), m_eventKey);
    connect(m_eventKey, &QLineEdit::textChanged, this, [this](const QString &text) {
        const Node *current = node();
        if (isRefreshing() || !current || current->eventKey == text)
            return;
        Node changed = *current;
        changed.eventKey = text;
        commit(changed, tr("event"));
    });

    auto *filtersLabel = new QLabel(tr("Only when the event's properties match all of:"), this);
    filtersLabel->setWordWrap(true);
    content()->addWidget(filtersLabel);
    m_matches = new QLabel(this);
    m_matches->setObjectName(u"triggerMatches"_s);
    m_matches->setWordWrap(true);
    m_matches->setStyleSheet(u"QLabel { background: #efeaff; border-radius: 4px; padding: 6px; }"_s);
    m_filters = new ConditionListEditor(this);
    m_filters->setObjectName(u"triggerFilters"_s);
    m_filters->setFixedKeyType(KeyType::EventProperty);
    m_filters->setAddText(tr("+ Add event condition"));
    content()->addWidget(m_filters);
    content()->addWidget(m_matches);
    connect(m_filters,
            &ConditionListEditor::conditionsEdited,
            this,
            [this](const QList<Condition> &conditions, const QString &what, bool typing) {
                const Node *current = node();
                if (isRefreshing() || !current)
                    return;
                Node changed = *current;
                changed.filters = conditions;
                commit(changed, tr("filter %1").arg(what), typing ? Step::Typing : Step::Single);
            });

    refresh();
}

void TriggerEditor::showNode(const Node &node)
{
    EditorHelpers::showText(m_eventKey, node.eventKey);
    m_filters->setConditions(node.filters);
    updateMatches(node);
}

void TriggerEditor::updateMatches(const Node &node)
{
    const SampleContextPtr context = sampleContext();
    if (!context || node.eventKey.isEmpty()) {
        m_matches->hide();
        return;
    }
    // The sample events with this key: the demo trigger events and the users' histories.
    qsizetype seen = 0;
    qsizetype passed = 0;
    auto count = [&](const Event &event) {
        if (event.key != node.eventKey)
            return;
        ++seen;
        EvaluationContext evaluation;
        evaluation.event = &event;
        evaluation.now = context->now;
        passed += Evaluator::evaluate(node.filters, evaluation).passed ? 1 : 0;
    };
    for (const Event &event : context->events)
        count(event);
    for (const SampleUser &user : context->users) {
        for (const Event &event : user.events)
            count(event);
    }
    m_matches->setText(
        seen == 0
            ? tr("No sample data has a \"%1\" event yet; a test fire sends one without "
                 "properties.")
                  .arg(node.eventKey)
            : tr("The conditions hold for %1 of %n sample \"%2\" event(s).", nullptr, int(seen))
                  .arg(passed)
                  .arg(node.eventKey));
    m_matches->show();
}

void TriggerEditor::sampleContextChanged()
{
    m_eventKeys->setStringList(sampleContext() ? sampleContext()->eventKeys() : QStringList());
    m_filters->setSampleContext(sampleContext());
    if (const Node *current = node())
        updateMatches(*current);
}

} // namespace Hookflow
