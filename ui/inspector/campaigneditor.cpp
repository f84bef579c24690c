// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/campaigneditor.h"

#include "inspector/editorhelpers.h"
#include "model/campaigndocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

QString CampaignEditor::statusLabel(CampaignStatus status)
{
    return campaignStatusDisplayName(status);
}

CampaignEditor::CampaignEditor(CampaignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Campaign</b>"), this);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"campaignTitle"_s);
    m_title->setPlaceholderText(tr("What marketers call it"));
    form->addRow(tr("&Title:"), m_title);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"campaignKey"_s);
    m_key->setPlaceholderText(tr("letters, digits, '.', '_' and '-'"));
    m_key->setToolTip(tr("A unique key; templates read it as {{campaign.key}}"));
    // The file format's pattern for keys; refusing other characters while typing is kinder
    // than an error after saving.
    m_key->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9][A-Za-z0-9._-]*"_s), m_key));
    form->addRow(tr("&Key:"), m_key);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"campaignDescription"_s);
    m_description->setPlaceholderText(tr("What the campaign is for"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_description);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"campaignStatus"_s);
    for (CampaignStatus status : {CampaignStatus::Ready,
                                  CampaignStatus::Running,
                                  CampaignStatus::Paused,
                                  CampaignStatus::Ended})
        m_status->addItem(statusLabel(status), int(status));
    form->addRow(tr("&Status:"), m_status);
    m_statusNote = new QLabel(this);
    m_statusNote->setObjectName(u"campaignStatusNote"_s);
    m_statusNote->setWordWrap(true);
    m_statusNote->setStyleSheet(u"color: gray"_s);
    form->addRow(QString(), m_statusNote);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(this);
    m_start->setObjectName(u"campaignStart"_s);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(u"campaignPause"_s);
    m_end = new QPushButton(tr("End"), this);
    m_end->setObjectName(u"campaignEnd"_s);
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_end);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"campaignSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *hint = new QLabel(tr("Select a step on the canvas to edit it."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: gray"_s);
    layout->addWidget(hint);
    layout->addStretch(1);

    auto edit = [this](CampaignDocument::Field field, const QString &text) {
        if (m_refreshing || !m_document)
            return;
        const Campaign &campaign = m_document->campaign();
        const QString &old = field == CampaignDocument::Field::Key     ? campaign.key
                             : field == CampaignDocument::Field::Title ? campaign.title
                                                                       : campaign.description;
        if (old == text)
            return;
        m_document->setField(field, text);
        if (m_document->campaign().status == CampaignStatus::Running && old != text) {
            // Refused: show the old text again and say why.
            refresh();
            emit message(tr("Not changed: the campaign is running. Pause it to edit it."));
        }
    };
    connect(m_title, &QLineEdit::textChanged, this, [edit](const QString &text) {
        edit(CampaignDocument::Field::Title, text);
    });
    connect(m_key, &QLineEdit::textChanged, this, [edit](const QString &text) {
        edit(CampaignDocument::Field::Key, text);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this, edit] {
        edit(CampaignDocument::Field::Description, m_description->toPlainText());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            setStatus(CampaignStatus(m_status->currentData().toInt()));
    });
    connect(m_start, &QPushButton::clicked, this, [this] { setStatus(CampaignStatus::Running); });
    connect(m_pause, &QPushButton::clicked, this, [this] { setStatus(CampaignStatus::Paused); });
    connect(m_end, &QPushButton::clicked, this, [this] { setStatus(CampaignStatus::Ended); });

    connect(document, &CampaignDocument::campaignChanged, this, &CampaignEditor::refresh);
    connect(document, &CampaignDocument::documentReset, this, &CampaignEditor::refresh);
    connect(document, &CampaignDocument::changed, this, &CampaignEditor::refresh);
    refresh();
}

void CampaignEditor::setStatus(CampaignStatus status)
{
    if (!m_document || m_document->campaign().status == status)
        return;
    m_document->setStatus(status);
    refresh();
}

void CampaignEditor::refresh()
{
    if (!m_document)
        return;
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    const Campaign &campaign = m_document->campaign();
    EditorHelpers::showText(m_title, campaign.title);
    EditorHelpers::showText(m_key, campaign.key);
    EditorHelpers::showText(m_description, campaign.description);
    EditorHelpers::showData(m_status, int(campaign.status));

    switch (campaign.status) {
    case CampaignStatus::Ready:
        m_statusNote->setText(tr("Not started yet. Test-fire it, then start it."));
        break;
    case CampaignStatus::Running:
        m_statusNote->setText(tr("Live: trigger events send webhooks. Pause it before editing."));
        break;
    case CampaignStatus::Paused:
        m_statusNote->setText(tr("Paused: nothing is sent until it is resumed."));
        break;
    case CampaignStatus::Ended:
        m_statusNote->setText(tr("Ended: it will not send again."));
        break;
    }
    m_start->setText(campaign.status == CampaignStatus::Paused ? tr("Resume") : tr("Start"));
    m_start->setEnabled(campaign.status == CampaignStatus::Ready
                        || campaign.status == CampaignStatus::Paused);
    m_pause->setEnabled(campaign.status == CampaignStatus::Running);
    m_end->setEnabled(campaign.status != CampaignStatus::Ended);

    int webhooks = 0;
    for (const Node &node : campaign.nodes)
        webhooks += node.kind == NodeKind::Webhook ? 1 : 0;
    m_summary->setText(tr("This flow has %1 and %2.")
                           .arg(tr("%n step(s)", nullptr, int(campaign.nodes.size())),
                                tr("%n webhook(s)", nullptr, webhooks)));
    m_refreshing = wasRefreshing;
}

} // namespace Hookflow
