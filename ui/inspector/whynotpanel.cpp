// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/whynotpanel.h"

#include "inspector/tracemodel.h"
#include "inspector/userpickermodel.h"
#include "targeting/evaluator.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
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
    auto *intro = new QLabel(tr("Why is a user in or out? Pick a sample user:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_user = new QComboBox(this);
    m_user->setObjectName(u"whyNotUser"_s);
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

    m_trace = new QTreeView(this);
    m_trace->setObjectName(u"whyNotTrace"_s);
    m_trace->setModel(m_traceModel);
    m_trace->setHeaderHidden(true);
    m_trace->setWordWrap(true);
    m_trace->setUniformRowHeights(false);
    m_trace->setRootIsDecorated(false);
    m_trace->setItemsExpandable(false);
    m_trace->setSelectionMode(QAbstractItemView::NoSelection);
    m_trace->setMinimumHeight(120);
    m_trace->header()->setStretchLastSection(true);
    layout->addWidget(m_trace);

    connect(m_user, &QComboBox::currentIndexChanged, this, &WhyNotPanel::evaluate);
    connect(m_traceModel, &QAbstractItemModel::modelReset, m_trace, &QTreeView::expandAll);
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
