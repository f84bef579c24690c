// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/delayeditor.h"

#include "inspector/editorhelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Hookflow {

QComboBox *DelayEditor::makeUnitCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("minutes"), int(Duration::Unit::Minutes));
    combo->addItem(tr("hours"), int(Duration::Unit::Hours));
    combo->addItem(tr("days"), int(Duration::Unit::Days));
    return combo;
}

DelayEditor::DelayEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent)
    : NodeEditor(document, nodeId, parent)
{
    auto *row = new QHBoxLayout;
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(u"delayAmount"_s);
    m_amount->setRange(0, 100000);
    m_unit = makeUnitCombo(this);
    m_unit->setObjectName(u"delayUnit"_s);
    row->addWidget(m_amount, 1);
    row->addWidget(m_unit);
    auto *label = new QLabel(tr("&Wait:"), this);
    label->setBuddy(m_amount);
    form()->addRow(label, row);
    auto *note = new QLabel(tr("Users wait this long, then go on to the next step."), this);
    note->setWordWrap(true);
    content()->addWidget(note);

    connect(m_amount, &QSpinBox::valueChanged, this, [this](int amount) {
        const Node *current = node();
        if (isRefreshing() || !current || current->wait.amount == amount)
            return;
        Node changed = *current;
        changed.wait.amount = amount;
        commit(changed, tr("wait"));
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        const Node *current = node();
        const auto unit = Duration::Unit(m_unit->currentData().toInt());
        if (isRefreshing() || !current || current->wait.unit == unit)
            return;
        Node changed = *current;
        changed.wait.unit = unit;
        commit(changed, tr("wait unit"), Step::Single);
    });
    refresh();
}

void DelayEditor::showNode(const Node &node)
{
    EditorHelpers::showValue(m_amount, int(node.wait.amount));
    EditorHelpers::showData(m_unit, int(node.wait.unit));
}

} // namespace Hookflow
