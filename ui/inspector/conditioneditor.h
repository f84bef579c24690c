// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/samplecontext.h"
#include "targeting/condition.h"

#include <QFrame>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Hookflow {

class ConditionListEditor;

/// One targeting condition as a marketer reads it: what is looked at (key type and name),
/// matches or not, the operator, the values and their type; for a behavioural condition also
/// "within the last N days" and which of the events count. Follows setCondition() without
/// disturbing the field being typed in; reports every user edit with edited().
class ConditionEditor final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionEditor)

public:
    explicit ConditionEditor(QWidget *parent = nullptr);
    ~ConditionEditor() override;

    /// Fixes the key type (a trigger's filters look at event properties only).
    void setFixedKeyType(std::optional<KeyType> type);
    void setSampleContext(const SampleContextPtr &context);

    void setCondition(const Condition &condition);
    const Condition &condition() const { return m_condition; }

    /// The operator as the editor offers it ("is one of", "contains" …).
    static QString operatorLabel(Operator op, KeyType keyType);
    static QString keyTypeLabel(KeyType type);

signals:
    /// The user changed `field` ("name", "values", "operator" …); typing edits are `typing`.
    void edited(const Hookflow::Condition &condition, const QString &field, bool typing);
    void removeRequested();

private:
    void userEdit(const QString &field, bool typing);
    void updateVisibility();
    void fillNames();
    void fillOperators();
    void showValuesProblem(const QString &problem);

    Condition m_condition;
    std::optional<KeyType> m_filledFor; ///< the key type the name and operator lists are for
    std::optional<KeyType> m_fixedKeyType;
    SampleContextPtr m_context;
    bool m_showing = false;

    QComboBox *m_keyType = nullptr;
    QComboBox *m_name = nullptr;
    QToolButton *m_remove = nullptr;
    QComboBox *m_match = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_values = nullptr;
    QLabel *m_times = nullptr; ///< after a behavioural condition's count
    QComboBox *m_valueType = nullptr;
    QLabel *m_valuesProblem = nullptr;
    QWidget *m_withinRow = nullptr;
    QCheckBox *m_within = nullptr;
    QSpinBox *m_withinAmount = nullptr;
    QComboBox *m_withinUnit = nullptr;
    QLabel *m_whereLabel = nullptr;
    ConditionListEditor *m_where = nullptr;
};

} // namespace Hookflow
