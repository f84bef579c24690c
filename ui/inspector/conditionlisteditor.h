// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/samplecontext.h"
#include "targeting/condition.h"

#include <QList>
#include <QWidget>

#include <optional>

class QPushButton;
class QVBoxLayout;

namespace Hookflow {

class ConditionEditor;

/// Conditions that must all hold (one rule, a trigger's filters, a behavioural condition's
/// event filter): a ConditionEditor per condition, "and" between them, and an Add button.
class ConditionListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionListEditor)

public:
    explicit ConditionListEditor(QWidget *parent = nullptr);

    void setFixedKeyType(std::optional<KeyType> type);
    void setSampleContext(const SampleContextPtr &context);
    void setAddText(const QString &text);

    /// Shows `conditions`; rows are kept (and so is the focus) unless their number changes.
    void setConditions(const QList<Condition> &conditions);
    const QList<Condition> &conditions() const { return m_conditions; }
    QList<ConditionEditor *> rows() const { return m_rows; }

signals:
    /// The user changed the list; `what` names the edit, `typing` when it came from typing.
    void conditionsEdited(const QList<Hookflow::Condition> &conditions,
                          const QString &what,
                          bool typing);

private:
    void rebuild();
    ConditionEditor *makeRow(int index);
    Condition newCondition() const;

    QList<Condition> m_conditions;
    QList<ConditionEditor *> m_rows;
    QList<QWidget *> m_separators;
    std::optional<KeyType> m_fixedKeyType;
    SampleContextPtr m_context;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Hookflow
