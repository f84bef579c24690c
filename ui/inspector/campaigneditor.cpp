// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/campaigneditor.h"

#include "delivery/policy.h"
#include "inspector/editorhelpers.h"
#include "model/campaigndocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

const QString HostConcurrencyKey = u"host_concurrency"_s;
const QString RateLimitKey = u"rate_limit"_s;
const QString CountKey = u"count"_s;
const QString PerKey = u"per"_s;
const QString BreakerKey = u"circuit_breaker"_s;
const QString FailuresKey = u"failures"_s;
const QString WindowKey = u"window_ms"_s;
const QString CooldownKey = u"cooldown_ms"_s;
const QString ProfileKey = u"profile"_s;

/// campaign.delivery is stored by CampaignDocument::setDelivery(const QJsonObject &, bool
/// mergeable), which core/model may not have yet; detected here so that this editor builds
/// either way and becomes editable as soon as the document can store the settings.
template<typename Document>
concept StoresDelivery = requires(Document *document, const QJsonObject &delivery)
{
    document->setDelivery(delivery, true);
};

template<typename Document>
bool storeDelivery(Document *document, const QJsonObject &delivery, bool mergeable)
{
    if constexpr (StoresDelivery<Document>) {
        document->setDelivery(delivery, mergeable);
        return true;
    } else {
        Q_UNUSED(document)
        Q_UNUSED(delivery)
        Q_UNUSED(mergeable)
        return false;
    }
}

/// `object` with `key` set to `value`, or without it when `value` is the default.
QJsonObject withMember(QJsonObject object, const QString &key, qint64 value, qint64 defaultValue)
{
    if (value == defaultValue)
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QSpinBox *msSpinBox(const QString &name, qint64 max, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(1, int(max));
    spin->setSingleStep(1000);
    spin->setSuffix(CampaignEditor::tr(" ms"));
    return spin;
}

} // namespace

QString CampaignEditor::statusLabel(CampaignStatus status)
{
    return campaignStatusDisplayName(status);
}

bool CampaignEditor::canEditDelivery()
{
    return StoresDelivery<CampaignDocument>;
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

    layout->addWidget(makeDeliveryBox());

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

QGroupBox *CampaignEditor::makeDeliveryBox()
{
    auto *box = new QGroupBox(tr("Delivery"), this);
    box->setObjectName(u"campaignDelivery"_s);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_hostConcurrency = new QSpinBox(box);
    m_hostConcurrency->setObjectName(u"campaignHostConcurrency"_s);
    m_hostConcurrency->setRange(1, DeliverySettings::MaxHostConcurrency);
    m_hostConcurrency->setToolTip(tr("Requests in flight at once to one host and port"));
    form->addRow(tr("Requests per &host at once:"), m_hostConcurrency);

    m_rateLimit = new QSpinBox(box);
    m_rateLimit->setObjectName(u"campaignRateLimit"_s);
    m_rateLimit->setRange(0, DeliverySettings::MaxRateLimit);
    m_rateLimit->setSpecialValueText(tr("Unlimited"));
    m_rateLimit->setToolTip(tr("At most this many requests of the campaign in any second or "
                               "minute, to all hosts together"));
    m_ratePer = new QComboBox(box);
    m_ratePer->setObjectName(u"campaignRatePer"_s);
    m_ratePer->addItem(tr("per second"), u"second"_s);
    m_ratePer->addItem(tr("per minute"), u"minute"_s);
    m_ratePer->setAccessibleName(tr("rate limit period"));
    auto *rate = new QHBoxLayout;
    rate->addWidget(m_rateLimit, 1);
    rate->addWidget(m_ratePer);
    auto *rateLabel = new QLabel(tr("&Rate limit:"), box);
    rateLabel->setBuddy(m_rateLimit);
    form->addRow(rateLabel, rate);

    m_breakerFailures = new QSpinBox(box);
    m_breakerFailures->setObjectName(u"campaignBreakerFailures"_s);
    m_breakerFailures->setRange(0, DeliverySettings::MaxBreakerFailures);
    m_breakerFailures->setSpecialValueText(tr("Off"));
    m_breakerFailures->setToolTip(tr("After this many failures in a row to one host, its "
                                     "deliveries are paused (not failed) for the pause time; then "
                                     "one request probes whether it is back"));
    form->addRow(tr("Failures in a row that &pause a host:"), m_breakerFailures);
    m_breakerWindow = msSpinBox(u"campaignBreakerWindow"_s, DeliverySettings::MaxBreakerMs, box);
    m_breakerWindow->setToolTip(tr("The failures count only when they all fall within this time"));
    form->addRow(tr("… all &within:"), m_breakerWindow);
    m_breakerCooldown = msSpinBox(u"campaignBreakerCooldown"_s, DeliverySettings::MaxBreakerMs, box);
    form->addRow(tr("Pause the host &for:"), m_breakerCooldown);

    m_hackle = new QCheckBox(tr("Check against Hackle's webhook r&ules"), box);
    m_hackle->setObjectName(u"campaignHackleProfile"_s);
    m_hackle->setToolTip(tr("HTTPS only (http:// only to this computer), GET, POST, PUT, PATCH or "
                            "DELETE, Content-Type: application/json and no body on GET: breaking "
                            "one of them is an error"));
    form->addRow(m_hackle);

    m_deliveryNote = new QLabel(tr("This version can show these settings but not change them; "
                                   "edit \"delivery\" in the campaign file."),
                                box);
    m_deliveryNote->setObjectName(u"campaignDeliveryNote"_s);
    m_deliveryNote->setWordWrap(true);
    m_deliveryNote->setStyleSheet(u"color: gray"_s);
    m_deliveryNote->setVisible(!canEditDelivery());
    form->addRow(m_deliveryNote);
    for (QWidget *field : std::initializer_list<QWidget *>{m_hostConcurrency,
                                                           m_rateLimit,
                                                           m_ratePer,
                                                           m_breakerFailures,
                                                           m_breakerWindow,
                                                           m_breakerCooldown,
                                                           m_hackle})
        field->setEnabled(canEditDelivery());

    auto current = [this] { return m_document ? m_document->campaign().delivery : QJsonObject(); };
    const DeliverySettings defaults;
    connect(m_hostConcurrency, &QSpinBox::valueChanged, this, [=, this](int value) {
        editDelivery(withMember(current(), HostConcurrencyKey, value, defaults.hostConcurrency),
                     true);
    });
    auto editRate = [=, this](bool typing) {
        QJsonObject delivery = current();
        if (m_rateLimit->value() == 0) {
            delivery.remove(RateLimitKey);
        } else {
            QJsonObject rate = delivery.value(RateLimitKey).toObject();
            rate.insert(CountKey, m_rateLimit->value());
            rate.insert(PerKey, m_ratePer->currentData().toString());
            delivery.insert(RateLimitKey, rate);
        }
        editDelivery(delivery, typing);
    };
    connect(m_rateLimit, &QSpinBox::valueChanged, this, [editRate] { editRate(true); });
    connect(m_ratePer, &QComboBox::currentIndexChanged, this, [editRate] { editRate(false); });
    auto editBreaker = [=, this](const QString &key, qint64 value, qint64 defaultValue) {
        QJsonObject delivery = current();
        const QJsonObject breaker = withMember(delivery.value(BreakerKey).toObject(),
                                               key,
                                               value,
                                               defaultValue);
        if (breaker.isEmpty())
            delivery.remove(BreakerKey);
        else
            delivery.insert(BreakerKey, breaker);
        editDelivery(delivery, true);
    };
    connect(m_breakerFailures, &QSpinBox::valueChanged, this, [=](int value) {
        editBreaker(FailuresKey, value, defaults.breakerFailures);
    });
    connect(m_breakerWindow, &QSpinBox::valueChanged, this, [=](int value) {
        editBreaker(WindowKey, value, defaults.breakerWindowMs);
    });
    connect(m_breakerCooldown, &QSpinBox::valueChanged, this, [=](int value) {
        editBreaker(CooldownKey, value, defaults.breakerCooldownMs);
    });
    connect(m_hackle, &QCheckBox::toggled, this, [=, this](bool on) {
        QJsonObject delivery = current();
        if (on)
            delivery.insert(ProfileKey, DeliverySettings::HackleProfile);
        else
            delivery.remove(ProfileKey);
        editDelivery(delivery, false);
    });
    return box;
}

void CampaignEditor::editDelivery(const QJsonObject &delivery, bool typing)
{
    if (m_refreshing || !m_document || m_document->campaign().delivery == delivery)
        return;
    storeDelivery(m_document.data(), delivery, typing);
    if (m_document->campaign().delivery != delivery) {
        // Refused (the campaign is running): show the settings as they are and say why.
        refresh();
        if (m_document->campaign().status == CampaignStatus::Running)
            emit message(tr("Not changed: the campaign is running. Pause it to edit it."));
    }
}

void CampaignEditor::showDelivery(const QJsonObject &delivery)
{
    // The effective values: defaults where the file says nothing (or something unreadable,
    // which the Issues list reports).
    const DeliverySettings settings = DeliverySettings::fromJson(delivery);
    EditorHelpers::showValue(m_hostConcurrency, settings.hostConcurrency);
    EditorHelpers::showValue(m_rateLimit, settings.rateLimit);
    EditorHelpers::showData(m_ratePer, settings.rateWindowMs == 60'000 ? u"minute"_s : u"second"_s);
    EditorHelpers::showValue(m_breakerFailures, settings.breakerFailures);
    EditorHelpers::showValue(m_breakerWindow, int(settings.breakerWindowMs));
    EditorHelpers::showValue(m_breakerCooldown, int(settings.breakerCooldownMs));
    if (m_hackle->isChecked() != settings.isHackle())
        m_hackle->setChecked(settings.isHackle());
    const bool editable = canEditDelivery();
    m_ratePer->setEnabled(editable && settings.rateLimit > 0);
    m_breakerWindow->setEnabled(editable && settings.breakerFailures > 0);
    m_breakerCooldown->setEnabled(editable && settings.breakerFailures > 0);
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
    showDelivery(campaign.delivery);

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
