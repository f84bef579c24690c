// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/whynotpanel.h"

#include "inspector/tracemodel.h"
#include "inspector/userpickermodel.h"
#include "targeting/evaluator.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

WhyNotPanel::WhyNotPanel(QWidget *parent)
    : QWidget(parent)
    , m_users(new UserPickerModel(this))
    , m_traceModel(new TraceModel(this))
{
    setObjectName(u"whyNot"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("<b>Why in, why out?</b> Pick a sample user to see how the "
                                "rules decide for them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_user = new QComboBox(this);
    m_user->setObjectName(u"whyNotUser"_s);
    m_user->setAccessibleName(tr("Sample user"));
    m_user->setModel(m_users);
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->setMaxVisibleItems(15);
    m_user->lineEdit()->setPlaceholderText(tr("Search by user id or name"));
    m_user->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_user->completer()->setFilterMode(Qt::MatchContains);
    m_user->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    layout->addWidget(m_user);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"whyNotSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    // A label rather than a tree view: explanations are sentences and must wrap in a
    // narrow dock. It shows what the trace model holds.
    m_trace = new QLabel(this);
    m_trace->setObjectName(u"whyNotTrace"_s);
    m_trace->setWordWrap(true);
    m_trace->setTextFormat(Qt::RichText);
    m_trace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trace->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_trace);

    connect(m_user, &QComboBox::currentIndexChanged, this, &WhyNotPanel::evaluate);
    connect(m_traceModel, &QAbstractItemModel::modelReset, this, &WhyNotPanel::showTrace);
}

void WhyNotPanel::setSampleContext(const SampleContextPtr &context)
{
    const QString current = userId();
    m_context = context;
    {
        const QSignalBlocker blocker(m_user);
        m_users->setUsers(context ? context->users : QList<SampleUser>{});
        const int row = m_users->rowOf(current);
        m_user->setCurrentIndex(row >= 0 ? row : (m_users->rowCount() > 0 ? 0 : -1));
    }
    evaluate();
}

void WhyNotPanel::setRules(const RuleSet &rules, const QString &eventKey)
{
    if (rules == m_rules && eventKey == m_eventKey && m_traceModel->rowCount() > 0)
        return;
    m_rules = rules;
    m_eventKey = eventKey;
    evaluate();
}

bool WhyNotPanel::setUser(const QString &userId)
{
    const int row = m_users->rowOf(userId);
    if (row < 0)
        return false;
    m_user->setCurrentIndex(row);
    evaluate();
    return true;
}

QString WhyNotPanel::userId() const
{
    return m_user->currentData(UserPickerModel::UserIdRole).toString();
}

void WhyNotPanel::evaluate()
{
    const int row = m_user->currentIndex();
    if (!m_context || row < 0 || row >= m_users->rowCount()) {
        m_traceModel->setTrace({});
        m_summary->setText(m_context && m_context->users.isEmpty()
                               ? tr("There are no sample users. Import or generate some.")
                               : QString());
        return;
    }
    const SampleUser &user = m_users->users().at(row);
    const Event event = m_context->eventFor(m_eventKey);
    EvaluationContext context;
    context.user = &user;
    context.event = &event;
    context.now = m_context->now;
    context.audiences = &m_context->audiences;
    const RuleSetTrace trace = Evaluator::evaluate(m_rules, context);
    m_traceModel->setTrace(trace);

    const QString who = user.userId.toHtmlEscaped();
    if (m_rules.isEmpty()) {
        m_summary->setText(tr("<span style=\"color: #1b7f3b\">✓ <b>%1</b> is targeted: there are "
                              "no rules, so everyone is.</span>")
                               .arg(who));
    } else if (trace.passed) {
        int passing = 0;
        while (passing < trace.rules.size() && !trace.rules.at(passing).passed)
            ++passing;
        m_summary->setText(
            tr("<span style=\"color: #1b7f3b\">✓ <b>%1</b> is targeted by rule %2.</span>")
                .arg(who)
                .arg(passing + 1));
    } else {
        m_summary->setText(tr("<span style=\"color: #b3261e\">✗ <b>%1</b> is not targeted: "
                              "every rule has a condition that fails (marked ✗).</span>")
                               .arg(who));
    }
}

} // namespace Hookflow

namespace Hookflow {

void WhyNotPanel::showTrace()
{
    QString html;
    const QModelIndex root;
    for (int r = 0; r < m_traceModel->rowCount(root); ++r) {
        const QModelIndex rule = m_traceModel->index(r, 0, root);
        const QString color = rule.data(TraceModel::PassedRole).toBool() ? u"#1b7f3b"_s
                                                                         : u"#b3261e"_s;
        html += u"<p style=\"margin: 6px 0 2px 0; color: %1\"><b>%2</b></p>"_s
                    .arg(color, rule.data().toString().toHtmlEscaped());
        for (int c = 0; c < m_traceModel->rowCount(rule); ++c) {
            const QModelIndex condition = m_traceModel->index(c, 0, rule);
            const QString conditionColor = condition.data(TraceModel::PassedRole).toBool()
                                               ? u"#1b7f3b"_s
                                               : u"#b3261e"_s;
            html += u"<p style=\"margin: 0 0 3px 14px; color: %1\">%2</p>"_s
                        .arg(conditionColor, condition.data().toString().toHtmlEscaped());
        }
    }
    m_trace->setText(html);
    m_trace->setVisible(!html.isEmpty());
}

} // namespace Hookflow
