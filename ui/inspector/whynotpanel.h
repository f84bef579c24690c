// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/samplecontext.h"
#include "targeting/condition.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Hookflow {

class UserPickerModel;
class TraceModel;

/// "Why (not)?": pick a sample user and see how the rules decide for them: which rule passes,
/// which condition fails, the value seen and why, in words a marketer reads.
class WhyNotPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhyNotPanel)

public:
    explicit WhyNotPanel(QWidget *parent = nullptr);

    void setSampleContext(const SampleContextPtr &context);
    /// The rules and the trigger event key (for event_property conditions).
    void setRules(const RuleSet &rules, const QString &eventKey);
    /// Shows the evaluation for this user; false when there is no such sample user.
    bool setUser(const QString &userId);
    QString userId() const;

    TraceModel *traceModel() const { return m_traceModel; }

private:
    void evaluate();
    void showTrace();

    SampleContextPtr m_context;
    RuleSet m_rules;
    QString m_eventKey;
    UserPickerModel *m_users = nullptr;
    TraceModel *m_traceModel = nullptr;
    QComboBox *m_user = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_trace = nullptr;
};

} // namespace Hookflow
