// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/triggereditor.h"

#include "inspector/conditionlisteditor.h"
#include "inspector/editorhelpers.h"

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
    m_filters = new ConditionListEditor(this);
    m_filters->setObjectName(u"triggerFilters"_s);
    m_filters->setFixedKeyType(KeyType::EventProperty);
    m_filters->setAddText(tr("+ Add event condition"));
    content()->addWidget(m_filters);
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
}

void TriggerEditor::sampleContextChanged()
{
    m_eventKeys->setStringList(sampleContext() ? sampleContext()->eventKeys() : QStringList());
    m_filters->setSampleContext(sampleContext());
}

} // namespace Hookflow
