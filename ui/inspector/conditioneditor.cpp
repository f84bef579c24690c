// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/conditioneditor.h"

#include "inspector/conditionlisteditor.h"
#include "inspector/conditionvalues.h"
#include "inspector/editorhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr KeyType AllKeyTypes[] = {KeyType::UserProperty,
                                   KeyType::EventProperty,
                                   KeyType::Event,
                                   KeyType::Segment,
                                   KeyType::Cohort,
                                   KeyType::UserId,
                                   KeyType::HackleProperty};
constexpr Operator AllOperators[] = {Operator::In,
                                     Operator::Contains,
                                     Operator::StartsWith,
                                     Operator::EndsWith,
                                     Operator::Gt,
                                     Operator::Gte,
                                     Operator::Lt,
                                     Operator::Lte};
constexpr Operator CountOperators[] = {Operator::Gte,
                                       Operator::Lte,
                                       Operator::In,
                                       Operator::Gt,
                                       Operator::Lt};

bool isAudience(KeyType type)
{
    return type == KeyType::Segment || type == KeyType::Cohort;
}

/// The properties Hackle's SDKs send with every user, which hackle_property conditions read.
QStringList hacklePropertyNames()
{
    return {u"platform"_s,
            u"osName"_s,
            u"osVersion"_s,
            u"appVersion"_s,
            u"deviceModel"_s,
            u"deviceVendor"_s,
            u"language"_s};
}

} // namespace

QString ConditionEditor::keyTypeLabel(KeyType type)
{
    switch (type) {
    case KeyType::UserId:
        return tr("User ID");
    case KeyType::UserProperty:
        return tr("User property");
    case KeyType::HackleProperty:
        return tr("Hackle property");
    case KeyType::EventProperty:
        return tr("Event property");
    case KeyType::Segment:
        return tr("Segment");
    case KeyType::Cohort:
        return tr("Cohort");
    case KeyType::Event:
        return tr("Did event");
    }
    return {};
}

QString ConditionEditor::operatorLabel(Operator op, KeyType keyType)
{
    if (keyType == KeyType::Event) {
        switch (op) {
        case Operator::In:
            return tr("exactly");
        case Operator::Gt:
            return tr("more than");
        case Operator::Gte:
            return tr("at least");
        case Operator::Lt:
            return tr("fewer than");
        case Operator::Lte:
            return tr("at most");
        default:
            break;
        }
    }
    switch (op) {
    case Operator::In:
        return tr("be one of");
    case Operator::Contains:
        return tr("contain");
    case Operator::StartsWith:
        return tr("start with");
    case Operator::EndsWith:
        return tr("end with");
    case Operator::Gt:
        return tr("be greater than");
    case Operator::Gte:
        return tr("be at least");
    case Operator::Lt:
        return tr("be less than");
    case Operator::Lte:
        return tr("be at most");
    }
    return {};
}

ConditionEditor::ConditionEditor(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"condition"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *keyRow = new QHBoxLayout;
    m_keyType = new QComboBox(this);
    m_keyType->setObjectName(u"conditionKeyType"_s);
    m_keyType->setToolTip(tr("What the condition looks at"));
    for (KeyType type : AllKeyTypes)
        m_keyType->addItem(keyTypeLabel(type), int(type));
    m_name = new QComboBox(this);
    m_name->setObjectName(u"conditionName"_s);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_name->setMinimumContentsLength(6);
    m_name->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_name->completer()->setFilterMode(Qt::MatchContains);
    m_name->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(u"conditionRemove"_s);
    m_remove->setText(u"✕"_s);
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this condition"));
    keyRow->addWidget(m_keyType);
    keyRow->addWidget(m_name, 1);
    keyRow->addWidget(m_remove);
    layout->addLayout(keyRow);

    auto *operatorRow = new QHBoxLayout;
    m_match = new QComboBox(this);
    m_match->setObjectName(u"conditionMatch"_s);
    m_operator = new QComboBox(this);
    m_operator->setObjectName(u"conditionOperator"_s);
    operatorRow->addWidget(m_match);
    operatorRow->addWidget(m_operator, 1);
    layout->addLayout(operatorRow);

    auto *valuesRow = new QHBoxLayout;
    m_values = new QLineEdit(this);
    m_values->setObjectName(u"conditionValues"_s);
    m_values->setToolTip(tr("Separate several values with commas; any of them matches"));
    m_valueType = new QComboBox(this);
    m_valueType->setObjectName(u"conditionValueType"_s);
    m_valueType->setToolTip(tr("How the values compare"));
    m_valueType->addItem(tr("Auto"), int(ValueType::Auto));
    m_valueType->addItem(tr("Text"), int(ValueType::String));
    m_valueType->addItem(tr("Number"), int(ValueType::Number));
    m_valueType->addItem(tr("True/false"), int(ValueType::Boolean));
    m_valueType->addItem(tr("Version"), int(ValueType::Version));
    m_valueType->addItem(tr("JSON"), int(ValueType::Json));
    m_times = new QLabel(tr("time(s)"), this);
    valuesRow->addWidget(m_values, 1);
    valuesRow->addWidget(m_times);
    valuesRow->addWidget(m_valueType);
    layout->addLayout(valuesRow);

    m_valuesProblem = new QLabel(this);
    m_valuesProblem->setObjectName(u"conditionValuesProblem"_s);
    m_valuesProblem->setWordWrap(true);
    m_valuesProblem->setStyleSheet(u"color: #b3261e"_s);
    m_valuesProblem->hide();
    layout->addWidget(m_valuesProblem);

    m_withinRow = new QWidget(this);
    auto *withinLayout = new QHBoxLayout(m_withinRow);
    withinLayout->setContentsMargins(0, 0, 0, 0);
    m_within = new QCheckBox(tr("within the last"), m_withinRow);
    m_within->setObjectName(u"conditionWithin"_s);
    m_withinAmount = new QSpinBox(m_withinRow);
    m_withinAmount->setObjectName(u"conditionWithinAmount"_s);
    m_withinAmount->setRange(1, 3650);
    m_withinUnit = new QComboBox(m_withinRow);
    m_withinUnit->setObjectName(u"conditionWithinUnit"_s);
    m_withinUnit->addItem(tr("minutes"), int(Duration::Unit::Minutes));
    m_withinUnit->addItem(tr("hours"), int(Duration::Unit::Hours));
    m_withinUnit->addItem(tr("days"), int(Duration::Unit::Days));
    withinLayout->addWidget(m_within);
    withinLayout->addWidget(m_withinAmount);
    withinLayout->addWidget(m_withinUnit);
    withinLayout->addStretch(1);
    layout->addWidget(m_withinRow);

    m_whereLabel = new QLabel(tr("Only count events where:"), this);
    layout->addWidget(m_whereLabel);
    m_where = new ConditionListEditor(this);
    m_where->setObjectName(u"conditionWhere"_s);
    m_where->setFixedKeyType(KeyType::EventProperty);
    m_where->setAddText(tr("Only count events where…"));
    m_where->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_where);

    m_filledFor = m_condition.keyType;
    // The row has no form labels; screen readers get these names instead.
    m_keyType->setAccessibleName(tr("What the condition looks at"));
    m_name->setAccessibleName(tr("Name"));
    m_match->setAccessibleName(tr("Must or must not"));
    m_operator->setAccessibleName(tr("Operator"));
    m_values->setAccessibleName(tr("Values"));
    m_valueType->setAccessibleName(tr("Value type"));
    m_withinAmount->setAccessibleName(tr("Time window length"));
    m_withinUnit->setAccessibleName(tr("Time window unit"));
    m_remove->setAccessibleName(tr("Remove this condition"));

    fillOperators();
    updateVisibility();

    connect(m_keyType, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        const auto type = KeyType(m_keyType->currentData().toInt());
        if (type == m_condition.keyType)
            return;
        m_condition.keyType = type;
        if (type == KeyType::UserId)
            m_condition.keyName.clear();
        if (type != KeyType::Event) {
            m_condition.within.reset();
            m_condition.where.clear();
        } else if (m_condition.values.isEmpty()) {
            // "did the event at least once" is what a new behavioural condition usually means
            m_condition.op = Operator::Gte;
            m_condition.values = QJsonArray{1};
        }
        setCondition(m_condition);
        userEdit(tr("what it looks at"), false);
    });
    connect(m_name, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (m_showing || text == m_condition.keyName)
            return;
        m_condition.keyName = text;
        userEdit(tr("name"), true);
    });
    connect(m_match, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        m_condition.match = MatchType(m_match->currentData().toInt());
        userEdit(tr("must or must not"), false);
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        m_condition.op = Operator(m_operator->currentData().toInt());
        userEdit(tr("operator"), false);
    });
    connect(m_valueType, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        m_condition.valueType = ValueType(m_valueType->currentData().toInt());
        // The typed text stays; read again as the new type.
        if (const auto values = ConditionValues::parse(m_values->text(), m_condition.valueType)) {
            m_condition.values = *values;
            showValuesProblem({});
        } else {
            showValuesProblem(values.error().message);
        }
        userEdit(tr("value type"), false);
    });
    connect(m_values, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_showing)
            return;
        const auto values = ConditionValues::parse(text, m_condition.valueType);
        if (!values) {
            showValuesProblem(values.error().message);
            return;
        }
        showValuesProblem({});
        if (*values == m_condition.values)
            return;
        m_condition.values = *values;
        userEdit(tr("values"), true);
    });
    auto withinEdited = [this](bool typing) {
        if (m_showing)
            return;
        if (m_within->isChecked())
            m_condition.within = Duration{m_withinAmount->value(),
                                          Duration::Unit(m_withinUnit->currentData().toInt())};
        else
            m_condition.within.reset();
        m_withinAmount->setEnabled(m_within->isChecked());
        m_withinUnit->setEnabled(m_within->isChecked());
        userEdit(tr("time window"), typing);
    };
    connect(m_within, &QCheckBox::toggled, this, [withinEdited] { withinEdited(false); });
    connect(m_withinAmount, &QSpinBox::valueChanged, this, [withinEdited] { withinEdited(true); });
    connect(m_withinUnit, &QComboBox::currentIndexChanged, this, [withinEdited] {
        withinEdited(false);
    });
    connect(m_where,
            &ConditionListEditor::conditionsEdited,
            this,
            [this](const QList<Condition> &where, const QString &what, bool typing) {
                m_condition.where = where;
                userEdit(tr("event filter: %1").arg(what), typing);
            });
    connect(m_remove, &QToolButton::clicked, this, &ConditionEditor::removeRequested);
}

ConditionEditor::~ConditionEditor() = default;

void ConditionEditor::setFixedKeyType(std::optional<KeyType> type)
{
    m_fixedKeyType = type;
    updateVisibility();
}

void ConditionEditor::setSampleContext(const SampleContextPtr &context)
{
    m_context = context;
    m_where->setSampleContext(context);
    const bool wasShowing = m_showing;
    m_showing = true;
    fillNames();
    m_showing = wasShowing;
}

void ConditionEditor::setCondition(const Condition &condition)
{
    const bool wasShowing = m_showing;
    m_showing = true;
    const bool typeChanged = m_filledFor != condition.keyType;
    m_condition = condition;
    m_filledFor = condition.keyType;
    EditorHelpers::showData(m_keyType, int(condition.keyType));
    if (typeChanged) {
        fillNames();
        fillOperators();
    }
    EditorHelpers::showEditText(m_name, condition.keyName);
    EditorHelpers::showData(m_match, int(condition.match));
    EditorHelpers::showData(m_operator, int(condition.op));
    EditorHelpers::showData(m_valueType, int(condition.valueType));
    // The text being typed may read as these values already ("5," is [5]): leave it alone then.
    const auto typed = ConditionValues::parse(m_values->text(), condition.valueType);
    if (!typed || *typed != condition.values)
        EditorHelpers::showText(m_values,
                                ConditionValues::format(condition.values, condition.valueType));
    // Values the type cannot read ("9.0.0" as a number) stay pointed out.
    const auto shown = ConditionValues::parse(m_values->text(), condition.valueType);
    showValuesProblem(shown ? QString() : shown.error().message);
    m_within->setChecked(condition.within.has_value());
    if (condition.within) {
        EditorHelpers::showValue(m_withinAmount, int(condition.within->amount));
        EditorHelpers::showData(m_withinUnit, int(condition.within->unit));
    }
    m_withinAmount->setEnabled(condition.within.has_value());
    m_withinUnit->setEnabled(condition.within.has_value());
    m_where->setConditions(condition.where);
    updateVisibility();
    m_showing = wasShowing;
}

void ConditionEditor::userEdit(const QString &field, bool typing)
{
    emit edited(m_condition, field, typing);
}

void ConditionEditor::updateVisibility()
{
    const KeyType type = m_condition.keyType;
    m_keyType->setVisible(!m_fixedKeyType);
    m_name->setVisible(type != KeyType::UserId);
    const bool audience = isAudience(type);
    m_operator->setVisible(!audience);
    m_values->setVisible(!audience);
    m_valueType->setVisible(!audience && type != KeyType::Event);
    m_times->setVisible(type == KeyType::Event);
    m_withinRow->setVisible(type == KeyType::Event);
    m_whereLabel->setVisible(type == KeyType::Event && !m_condition.where.isEmpty());
    m_where->setVisible(type == KeyType::Event);
    m_name->lineEdit()->setPlaceholderText(type == KeyType::Event ? tr("event key, e.g. purchase")
                                           : type == KeyType::Segment ? tr("segment")
                                           : type == KeyType::Cohort  ? tr("cohort")
                                                                      : tr("property name"));
    m_values->setPlaceholderText(type == KeyType::Event ? tr("times, e.g. 1")
                                 : m_condition.valueType == ValueType::Json
                                     ? tr("[\"a\", 1]")
                                     : tr("values, separated by commas"));
}

void ConditionEditor::fillNames()
{
    const QString text = m_name->currentText();
    m_name->clear();
    if (m_context) {
        auto addEntries = [this](const QString &prefix) {
            for (const CatalogueEntry &entry : m_context->catalogue.entries()) {
                if (!entry.path.startsWith(prefix))
                    continue;
                m_name->addItem(entry.path.mid(prefix.size()));
                if (!entry.examples.isEmpty())
                    m_name->setItemData(m_name->count() - 1,
                                        tr("e.g. %1").arg(entry.examples.join(u", "_s)),
                                        Qt::ToolTipRole);
            }
        };
        switch (m_condition.keyType) {
        case KeyType::UserProperty:
            addEntries(u"user_properties."_s);
            break;
        case KeyType::EventProperty:
            addEntries(u"event_properties."_s);
            break;
        case KeyType::HackleProperty:
            m_name->addItems(hacklePropertyNames());
            break;
        case KeyType::Segment:
            for (const QString &name : m_context->audiences.segmentNames())
                m_name->addItem(name);
            break;
        case KeyType::Cohort:
            for (const QString &name : m_context->audiences.cohortNames())
                m_name->addItem(name);
            break;
        case KeyType::Event:
            m_name->addItems(m_context->eventKeys());
            break;
        case KeyType::UserId:
            break;
        }
    } else if (m_condition.keyType == KeyType::HackleProperty) {
        m_name->addItems(hacklePropertyNames());
    }
    m_name->setCurrentIndex(-1);
    m_name->setEditText(text);
}

void ConditionEditor::fillOperators()
{
    const KeyType type = m_condition.keyType;
    m_match->clear();
    if (type == KeyType::Event) {
        m_match->addItem(tr("did"), int(MatchType::Match));
        m_match->addItem(tr("did not"), int(MatchType::NotMatch));
    } else if (isAudience(type)) {
        m_match->addItem(tr("is in"), int(MatchType::Match));
        m_match->addItem(tr("is not in"), int(MatchType::NotMatch));
    } else {
        // "must" + "be at least" reads as a sentence: app_version must be at least 2.4.0.
        m_match->addItem(tr("must"), int(MatchType::Match));
        m_match->addItem(tr("must not"), int(MatchType::NotMatch));
    }
    m_operator->clear();
    if (type == KeyType::Event) {
        for (Operator op : CountOperators)
            m_operator->addItem(operatorLabel(op, type), int(op));
    } else {
        for (Operator op : AllOperators)
            m_operator->addItem(operatorLabel(op, type), int(op));
    }
    // A file may hold an operator this list does not offer for the type; keep it visible.
    if (m_operator->findData(int(m_condition.op)) < 0)
        m_operator->addItem(operatorLabel(m_condition.op, KeyType::UserProperty),
                            int(m_condition.op));
    m_match->setCurrentIndex(m_match->findData(int(m_condition.match)));
    m_operator->setCurrentIndex(m_operator->findData(int(m_condition.op)));
}

void ConditionEditor::showValuesProblem(const QString &problem)
{
    m_valuesProblem->setText(problem);
    m_valuesProblem->setVisible(!problem.isEmpty());
}

} // namespace Hookflow
