// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/rulebuilder.h"

#include "inspector/conditionlisteditor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
/// Hackle allows at most this many rules, and conditions per rule; we warn, not refuse.
constexpr qsizetype HackleCap = 10;
} // namespace

RuleBuilder::RuleBuilder(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ruleBuilder"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_everyone = new QLabel(tr("No rules: every user is targeted. Add a rule to narrow the "
                               "audience down."),
                            this);
    m_everyone->setObjectName(u"ruleEveryone"_s);
    m_everyone->setWordWrap(true);
    layout->addWidget(m_everyone);
    m_rulesLayout = new QVBoxLayout;
    m_rulesLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rulesLayout);
    m_capWarning = new QLabel(this);
    m_capWarning->setObjectName(u"ruleCapWarning"_s);
    m_capWarning->setWordWrap(true);
    m_capWarning->setStyleSheet(u"color: #8a5300"_s);
    layout->addWidget(m_capWarning);
    m_addRule = new QPushButton(tr("+ Add rule (or)"), this);
    m_addRule->setObjectName(u"addRule"_s);
    m_addRule->setToolTip(tr("Users who pass any one rule are targeted"));
    layout->addWidget(m_addRule, 0, Qt::AlignLeft);
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        m_rules.append(Rule{Condition{}});
        const RuleSet rules = m_rules;
        rebuild();
        emit rulesEdited(rules, tr("new rule"), false);
    });
    updateNotes();
}

void RuleBuilder::setSampleContext(const SampleContextPtr &context)
{
    m_context = context;
    for (ConditionListEditor *editor : std::as_const(m_editors))
        editor->setSampleContext(context);
}

void RuleBuilder::setRules(const RuleSet &rules)
{
    const bool sameRules = rules.size() == m_editors.size();
    m_rules = rules;
    if (!sameRules) {
        rebuild();
        return;
    }
    for (qsizetype i = 0; i < rules.size(); ++i)
        m_editors.at(i)->setConditions(rules.at(i));
    updateNotes();
}

void RuleBuilder::rebuild()
{
    for (QWidget *widget : std::as_const(m_widgets)) {
        widget->hide();
        widget->deleteLater();
    }
    m_widgets.clear();
    m_editors.clear();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (i > 0) {
            auto *or_ = new QLabel(tr("OR"), this);
            or_->setAlignment(Qt::AlignCenter);
            or_->setStyleSheet(u"font-weight: bold; color: #5b3cc4"_s);
            m_rulesLayout->addWidget(or_);
            m_widgets.append(or_);
        }
        auto *box = new QGroupBox(this);
        box->setObjectName(u"rule"_s);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(6, 6, 6, 6);
        auto *header = new QHBoxLayout;
        auto *title = new QLabel(tr("<b>Rule %1</b> — all of:").arg(i + 1), box);
        auto *remove = new QToolButton(box);
        remove->setObjectName(u"removeRule"_s);
        remove->setText(tr("Remove rule"));
        remove->setAutoRaise(true);
        header->addWidget(title, 1);
        header->addWidget(remove);
        boxLayout->addLayout(header);
        auto *editor = new ConditionListEditor(box);
        editor->setSampleContext(m_context);
        editor->setConditions(m_rules.at(i));
        boxLayout->addWidget(editor);
        m_rulesLayout->addWidget(box);
        m_widgets.append(box);
        m_editors.append(editor);

        connect(editor,
                &ConditionListEditor::conditionsEdited,
                this,
                [this,
                 editor](const QList<Condition> &conditions, const QString &what, bool typing) {
                    const qsizetype index = m_editors.indexOf(editor);
                    if (index < 0)
                        return;
                    m_rules[index] = conditions;
                    updateNotes();
                    emit rulesEdited(m_rules, tr("rule %1, %2").arg(index + 1).arg(what), typing);
                });
        connect(remove, &QToolButton::clicked, this, [this, editor] {
            const qsizetype index = m_editors.indexOf(editor);
            if (index < 0)
                return;
            m_rules.removeAt(index);
            const RuleSet rules = m_rules;
            rebuild();
            emit rulesEdited(rules, tr("removed rule"), false);
        });
    }
    updateNotes();
}

void RuleBuilder::updateNotes()
{
    m_everyone->setVisible(m_rules.isEmpty());
    qsizetype most = 0;
    for (const Rule &rule : std::as_const(m_rules))
        most = std::max(most, rule.size());
    QStringList warnings;
    if (m_rules.size() > HackleCap)
        warnings << tr("Hackle allows at most %1 rules; this audience has %2.")
                        .arg(HackleCap)
                        .arg(m_rules.size());
    if (most > HackleCap)
        warnings << tr("Hackle allows at most %1 conditions in a rule; one rule has %2.")
                        .arg(HackleCap)
                        .arg(most);
    m_capWarning->setText(warnings.join(u'\n'));
    m_capWarning->setVisible(!warnings.isEmpty());
}

} // namespace Hookflow
