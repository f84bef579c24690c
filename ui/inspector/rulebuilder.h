// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/samplecontext.h"
#include "targeting/condition.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Hookflow {

class ConditionListEditor;

/// Hackle's OR-of-AND targeting rules: "Rule 1 — all of: …", OR, "Rule 2 — all of: …", with
/// buttons to add and remove rules and conditions. No rules at all targets everyone.
class RuleBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleBuilder)

public:
    explicit RuleBuilder(QWidget *parent = nullptr);

    void setSampleContext(const SampleContextPtr &context);
    /// Shows `rules`; the widgets of unchanged rules are kept, so typing is not disturbed.
    void setRules(const RuleSet &rules);
    const RuleSet &rules() const { return m_rules; }
    QList<ConditionListEditor *> ruleEditors() const { return m_editors; }

signals:
    /// The user changed the rules; `what` names the edit ("1/0/values", "add rule" …).
    void rulesEdited(const Hookflow::RuleSet &rules, const QString &what, bool typing);

private:
    void rebuild();
    void updateNotes();

    RuleSet m_rules;
    SampleContextPtr m_context;
    QList<ConditionListEditor *> m_editors;
    QList<QWidget *> m_widgets; ///< rule boxes and "or" separators, rebuilt together
    QVBoxLayout *m_rulesLayout = nullptr;
    QLabel *m_everyone = nullptr;
    QLabel *m_capWarning = nullptr;
    QPushButton *m_addRule = nullptr;
};

} // namespace Hookflow
