// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/limiteditor.h"

#include "inspector/delayeditor.h"
#include "inspector/editorhelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Hookflow {

LimitEditor::LimitEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent)
    : NodeEditor(document, nodeId, parent)
{
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"limitCount"_s);
    m_count->setRange(1, 100000);
    m_count->setSuffix(tr(" message(s)"));
    form()->addRow(tr("&At most:"), m_count);
    auto *row = new QHBoxLayout;
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(u"limitWindowAmount"_s);
    m_amount->setRange(1, 100000);
    m_unit = DelayEditor::makeUnitCombo(this);
    m_unit->setObjectName(u"limitWindowUnit"_s);
    row->addWidget(m_amount, 1);
    row->addWidget(m_unit);
    auto *label = new QLabel(tr("&Per:"), this);
    label->setBuddy(m_amount);
    form()->addRow(label, row);
    auto *note = new QLabel(tr("A user who already got this many messages in the window stops "
                               "here."),
                            this);
    note->setWordWrap(true);
    content()->addWidget(note);

    connect(m_count, &QSpinBox::valueChanged, this, [this](int count) {
        const Node *current = node();
        if (isRefreshing() || !current || current->limit.count == count)
            return;
        Node changed = *current;
        changed.limit.count = count;
        commit(changed, tr("message cap"));
    });
    connect(m_amount, &QSpinBox::valueChanged, this, [this](int amount) {
        const Node *current = node();
        if (isRefreshing() || !current || current->limit.window.amount == amount)
            return;
        Node changed = *current;
        changed.limit.window.amount = amount;
        commit(changed, tr("window"));
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        const Node *current = node();
        const auto unit = Duration::Unit(m_unit->currentData().toInt());
        if (isRefreshing() || !current || current->limit.window.unit == unit)
            return;
        Node changed = *current;
        changed.limit.window.unit = unit;
        commit(changed, tr("window unit"), Step::Single);
    });
    refresh();
}

void LimitEditor::showNode(const Node &node)
{
    EditorHelpers::showValue(m_count, node.limit.count);
    EditorHelpers::showValue(m_amount, int(node.limit.window.amount));
    EditorHelpers::showData(m_unit, int(node.limit.window.unit));
}

} // namespace Hookflow
