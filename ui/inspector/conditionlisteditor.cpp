// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/conditionlisteditor.h"

#include "inspector/conditioneditor.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

ConditionListEditor::ConditionListEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
    m_add = new QPushButton(tr("+ Add condition"), this);
    m_add->setObjectName(u"addCondition"_s);
    m_add->setFlat(true);
    m_add->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QList<Condition> conditions = m_conditions;
        conditions.append(newCondition());
        m_conditions = conditions;
        rebuild();
        emit conditionsEdited(conditions, tr("new condition"), false);
        if (!m_rows.isEmpty())
            m_rows.last()->setFocus();
    });
}

void ConditionListEditor::setFixedKeyType(std::optional<KeyType> type)
{
    m_fixedKeyType = type;
    for (ConditionEditor *row : std::as_const(m_rows))
        row->setFixedKeyType(type);
}

void ConditionListEditor::setSampleContext(const SampleContextPtr &context)
{
    m_context = context;
    for (ConditionEditor *row : std::as_const(m_rows))
        row->setSampleContext(context);
}

void ConditionListEditor::setAddText(const QString &text)
{
    m_add->setText(text);
}

void ConditionListEditor::setConditions(const QList<Condition> &conditions)
{
    const bool sameRows = conditions.size() == m_rows.size();
    m_conditions = conditions;
    if (!sameRows) {
        rebuild();
        return;
    }
    for (qsizetype i = 0; i < conditions.size(); ++i)
        m_rows.at(i)->setCondition(conditions.at(i));
}

void ConditionListEditor::rebuild()
{
    // deleteLater: the row asking for its own removal is still in its click handler.
    for (ConditionEditor *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    for (QWidget *separator : std::as_const(m_separators)) {
        separator->hide();
        separator->deleteLater();
    }
    m_rows.clear();
    m_separators.clear();
    for (qsizetype i = 0; i < m_conditions.size(); ++i) {
        if (i > 0) {
            auto *and_ = new QLabel(tr("and"), this);
            and_->setStyleSheet(u"color: gray; font-size: small"_s);
            and_->setAlignment(Qt::AlignCenter);
            m_rowsLayout->addWidget(and_);
            m_separators.append(and_);
        }
        m_rowsLayout->addWidget(makeRow(int(i)));
    }
}

ConditionEditor *ConditionListEditor::makeRow(int index)
{
    auto *row = new ConditionEditor(this);
    row->setFixedKeyType(m_fixedKeyType);
    row->setSampleContext(m_context);
    row->setCondition(m_conditions.at(index));
    m_rows.append(row);
    connect(row,
            &ConditionEditor::edited,
            this,
            [this, row](const Condition &condition, const QString &field, bool typing) {
                const qsizetype i = m_rows.indexOf(row);
                if (i < 0)
                    return;
                m_conditions[i] = condition;
                emit conditionsEdited(m_conditions,
                                      tr("condition %1 %2").arg(i + 1).arg(field),
                                      typing);
            });
    connect(row, &ConditionEditor::removeRequested, this, [this, row] {
        const qsizetype i = m_rows.indexOf(row);
        if (i < 0)
            return;
        m_conditions.removeAt(i);
        const QList<Condition> conditions = m_conditions;
        rebuild();
        emit conditionsEdited(conditions, tr("removed condition"), false);
    });
    return row;
}

Condition ConditionListEditor::newCondition() const
{
    Condition condition;
    condition.keyType = m_fixedKeyType.value_or(KeyType::UserProperty);
    return condition;
}

} // namespace Hookflow
