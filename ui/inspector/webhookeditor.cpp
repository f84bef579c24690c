// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/webhookeditor.h"

#include "delivery/policy.h"
#include "inspector/editorhelpers.h"
#include "inspector/keyvaluemodel.h"
#include "inspector/requestpreview.h"
#include "inspector/templateeditor.h"
#include "model/campaigndocument.h"
#include "template/template.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

const QString PresetKey = u"preset"_s;
const QString MaxAttemptsKey = u"max_attempts"_s;
const QString TimeoutKey = u"timeout_ms"_s;
const QString InactivityKey = u"inactivity_timeout_ms"_s;
const QString Http2Key = u"http2"_s;
const QString RedirectsKey = u"redirects"_s;
const QString FollowKey = u"follow"_s;
const QString SchemeKey = u"scheme"_s;
const QString SecretKey = u"secret"_s;
const QString StandardWebhooks = u"standard-webhooks"_s;

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e"_s);
    label->hide();
    return label;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: gray"_s);
    return label;
}

} // namespace

WebhookEditor::WebhookEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent)
    : NodeEditor(document, nodeId, parent)
    , m_params(new KeyValueModel(this))
    , m_headers(new KeyValueModel(this))
{
    m_method = new QComboBox(this);
    m_method->setObjectName(u"webhookMethod"_s);
    for (const QString &method : {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s})
        m_method->addItem(method, method);
    form()->addRow(tr("&Method:"), m_method);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        const Node *current = node();
        const QString method = m_method->currentData().toString();
        if (isRefreshing() || !current || current->request.method == method)
            return;
        Node changed = *current;
        changed.request.method = method;
        commit(changed, tr("method"), Step::Single);
    });

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"webhookUrl"_s);
    m_url->setPlaceholderText(u"https://api.example.com/v1/…"_s);
    form()->addRow(tr("&URL:"), m_url);
    m_urlProblem = problemLabel(u"webhookUrlProblem"_s, this);
    form()->addRow(QString(), m_urlProblem);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &url) {
        checkUrl(url);
        const Node *current = node();
        if (isRefreshing() || !current || current->request.url == url)
            return;
        Node changed = *current;
        changed.request.url = url;
        commit(changed, tr("URL"));
    });

    content()->addWidget(new QLabel(tr("<b>Query parameters</b>"), this));
    content()->addWidget(makeTable(m_params, u"Param"_s, tr("query parameters")));
    content()->addWidget(new QLabel(tr("<b>Headers</b>"), this));
    content()->addWidget(makeTable(m_headers, u"Header"_s, tr("headers")));
    content()->addWidget(
        noteLabel(tr("Content-Type: application/json is always sent. Write secrets as "
                     "{{secrets.NAME}}; their values never go into the campaign file."),
                  this));

    content()->addWidget(new QLabel(tr("<b>Body</b>"), this));
    m_body = new TemplateEditor(this);
    m_body->setObjectName(u"webhookBody"_s);
    m_body->setOutputContext(OutputContext::Json);
    m_body->setMinimumHeight(220);
    content()->addWidget(m_body);
    m_bodyNote = noteLabel(tr("GET requests are sent without a body."), this);
    content()->addWidget(m_bodyNote);
    connect(m_body, &TemplateEditor::templateEdited, this, [this](const QString &body) {
        const Node *current = node();
        if (isRefreshing() || !current || current->request.body == body)
            return;
        Node changed = *current;
        changed.request.body = body;
        commit(changed, tr("body"));
    });

    auto *delivery = new QGroupBox(tr("Delivery"), this);
    auto *deliveryForm = new QFormLayout(delivery);
    deliveryForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_preset = new QComboBox(delivery);
    m_preset->setObjectName(u"webhookPolicyPreset"_s);
    // No preset in the file means test-fire; "test-fire" written out shows the same entry.
    m_preset->addItem(tr("Test fire: 5 attempts within 30 min (default)"), QString());
    m_preset->addItem(tr("Production: 8 attempts over about a day (Svix's schedule)"),
                      DeliveryPolicy::Production);
    deliveryForm->addRow(tr("&Retry policy:"), m_preset);
    m_schedule = new QLabel(delivery);
    m_schedule->setObjectName(u"webhookSchedule"_s);
    m_schedule->setWordWrap(true);
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    deliveryForm->addRow(tr("Schedule:"), m_schedule);
    m_maxAttempts = new QSpinBox(delivery);
    m_maxAttempts->setObjectName(u"webhookMaxAttempts"_s);
    m_maxAttempts->setRange(0, DeliveryPolicy::MaxAttemptsLimit);
    m_maxAttempts->setSpecialValueText(tr("As the policy says"));
    deliveryForm->addRow(tr("Max &attempts:"), m_maxAttempts);
    m_timeout = new QSpinBox(delivery);
    m_timeout->setObjectName(u"webhookTimeout"_s);
    m_timeout->setRange(0, int(DeliveryPolicy::MaxTimeoutMs));
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSpecialValueText(tr("As the policy says"));
    m_timeout->setToolTip(tr("How long one attempt may take, counted from the moment it is sent "
                             "(not while it waits its turn)"));
    deliveryForm->addRow(tr("&Timeout:"), m_timeout);
    m_inactivity = new QSpinBox(delivery);
    m_inactivity->setObjectName(u"webhookInactivity"_s);
    m_inactivity->setRange(0, int(DeliveryPolicy::MaxTimeoutMs));
    m_inactivity->setSingleStep(1000);
    m_inactivity->setSuffix(tr(" ms"));
    m_inactivity->setSpecialValueText(tr("As the policy says"));
    m_inactivity->setToolTip(tr("An attempt fails when the endpoint sends nothing for this long"));
    deliveryForm->addRow(tr("&Inactivity timeout:"), m_inactivity);
    m_http2 = new QComboBox(delivery);
    m_http2->setObjectName(u"webhookHttp2"_s);
    // No mode in the file means "allowed"; "allowed" written out shows the same entry.
    m_http2->addItem(tr("Allowed over TLS (default)"), QString());
    m_http2->addItem(tr("Off: HTTP/1.1 only"), http2ModeName(Http2Mode::Off));
    m_http2->addItem(tr("Prior knowledge: h2c on http://"),
                     http2ModeName(Http2Mode::PriorKnowledge));
    deliveryForm->addRow(tr("HTTP/&2:"), m_http2);
    m_followRedirects = new QCheckBox(tr("&Follow redirects (at most 5, never to http://)"),
                                      delivery);
    m_followRedirects->setObjectName(u"webhookFollowRedirects"_s);
    m_followRedirects->setToolTip(tr("Off by default: a 3xx answer then fails the delivery. "
                                     "Credentials and signatures are dropped when a redirect "
                                     "leads to another host."));
    deliveryForm->addRow(m_followRedirects);
    content()->addWidget(delivery);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QString preset = m_preset->currentData().toString();
        editPolicy(PresetKey,
                   preset.isEmpty() ? QJsonValue() : QJsonValue(preset),
                   tr("retry policy"));
    });
    connect(m_maxAttempts, &QSpinBox::valueChanged, this, [this](int attempts) {
        editPolicy(MaxAttemptsKey,
                   attempts > 0 ? QJsonValue(attempts) : QJsonValue(),
                   tr("max attempts"));
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int ms) {
        editPolicy(TimeoutKey, ms > 0 ? QJsonValue(ms) : QJsonValue(), tr("timeout"));
    });
    connect(m_inactivity, &QSpinBox::valueChanged, this, [this](int ms) {
        editPolicy(InactivityKey, ms > 0 ? QJsonValue(ms) : QJsonValue(), tr("inactivity timeout"));
    });
    connect(m_http2, &QComboBox::currentIndexChanged, this, [this] {
        const QString mode = m_http2->currentData().toString();
        editPolicy(Http2Key, mode.isEmpty() ? QJsonValue() : QJsonValue(mode), tr("HTTP/2"));
    });
    connect(m_followRedirects, &QCheckBox::toggled, this, &WebhookEditor::editFollowRedirects);

    auto *signing = new QGroupBox(tr("Signing"), this);
    auto *signingLayout = new QFormLayout(signing);
    signingLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_signing = new QCheckBox(tr("&Sign requests (Standard Webhooks)"), signing);
    m_signing->setObjectName(u"webhookSigning"_s);
    signingLayout->addRow(m_signing);
    m_secret = new QComboBox(signing);
    m_secret->setObjectName(u"webhookSigningSecret"_s);
    m_secret->setEditable(true);
    m_secret->setInsertPolicy(QComboBox::NoInsert);
    m_secret->lineEdit()->setPlaceholderText(tr("secret name, e.g. signing_key"));
    signingLayout->addRow(tr("Secret &name:"), m_secret);
    signingLayout->addRow(noteLabel(tr("The receiver checks the webhook-signature header with "
                                       "this secret. Only its name is saved."),
                                    signing));
    content()->addWidget(signing);
    connect(m_signing, &QCheckBox::toggled, this, [this](bool on) {
        editSigning(on, m_secret->currentText(), false);
    });
    connect(m_secret, &QComboBox::editTextChanged, this, [this](const QString &secret) {
        editSigning(m_signing->isChecked(), secret, true);
    });

    content()->addWidget(new QLabel(tr("<b>Preview</b>"), this));
    m_preview = new RequestPreview(this);
    m_preview->setObjectName(u"webhookPreview"_s);
    m_preview->setDocument(document);
    m_preview->setNodeId(nodeId);
    content()->addWidget(m_preview);

    refresh();
}

QWidget *WebhookEditor::makeTable(KeyValueModel *model, const QString &name, const QString &what)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *view = new QTableView(box);
    view->setObjectName(u"webhook"_s + name + u's');
    view->setAccessibleName(what);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(KeyValueModel::NameColumn,
                                                   QHeaderView::Interactive);
    view->horizontalHeader()->resizeSection(KeyValueModel::NameColumn, 120);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(view);
    // As tall as its rows (at least one empty row, at most six), so a short list stays short.
    auto fitRows = [view, model] {
        const int rows = std::clamp(model->rowCount(), 1, 6);
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + rows * rowHeight
                             + 2 * view->frameWidth());
    };
    connect(model, &QAbstractItemModel::modelReset, view, fitRows);
    connect(model, &QAbstractItemModel::rowsInserted, view, fitRows);
    connect(model, &QAbstractItemModel::rowsRemoved, view, fitRows);
    fitRows();

    auto *add = new QPushButton(tr("+ Add"), box);
    add->setObjectName(u"webhookAdd"_s + name);
    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(u"webhookRemove"_s + name);
    remove->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, view, [view, model] {
        const int row = model->appendRow();
        view->setFocus();
        view->setCurrentIndex(model->index(row, KeyValueModel::NameColumn));
        view->edit(model->index(row, KeyValueModel::NameColumn));
    });
    connect(remove, &QPushButton::clicked, view, [view, model] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            model->removeRowAt(current.row());
    });
    auto updateRemove = [view, remove] {
        remove->setEnabled(view->selectionModel()->hasSelection());
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, remove, updateRemove);
    connect(model, &QAbstractItemModel::modelReset, remove, updateRemove);
    connect(model,
            &KeyValueModel::pairsEdited,
            this,
            [this, model, what](const HeaderList &pairs, const KeyValueModel::Edit &edit) {
                const Node *current = node();
                if (isRefreshing() || !current)
                    return;
                Node changed = *current;
                (model == m_params ? changed.request.params : changed.request.headers) = pairs;
                commit(changed,
                       tr("%1, %2").arg(what, edit.text),
                       edit.typing ? Step::Typing : Step::Single);
            });
    return box;
}

void WebhookEditor::showNode(const Node &node)
{
    m_preview->setNodeId(node.id); // it may have been renamed
    const RequestTemplate &request = node.request;
    if (m_method->findData(request.method) < 0)
        m_method->addItem(request.method, request.method);
    EditorHelpers::showData(m_method, request.method);
    EditorHelpers::showText(m_url, request.url);
    checkUrl(request.url);
    m_params->setPairs(request.params);
    m_headers->setPairs(request.headers);
    if (m_body->templateText() != request.body)
        m_body->setTemplateText(request.body);
    m_bodyNote->setVisible(request.method == u"GET");

    showPolicy(node.policy);
    const bool signing = !node.signing.isEmpty();
    if (m_signing->isChecked() != signing)
        m_signing->setChecked(signing);
    EditorHelpers::showEditText(m_secret, node.signing.value(SecretKey).toString());
    m_secret->setEnabled(signing);
}

void WebhookEditor::sampleContextChanged()
{
    const SampleContextPtr context = sampleContext();
    m_preview->setSampleContext(context);
    if (!context)
        return;
    m_body->setCatalogue(context->catalogue);
    const QString secret = m_secret->currentText();
    m_secret->clear();
    for (const CatalogueEntry &entry : context->catalogue.entries()) {
        if (entry.path.startsWith(u"secrets."_s))
            m_secret->addItem(entry.path.mid(8));
    }
    m_secret->setCurrentIndex(-1);
    m_secret->setEditText(secret);
    checkUrl(m_url->text());
}

void WebhookEditor::checkUrl(const QString &url)
{
    const SampleContextPtr context = sampleContext();
    const QList<TemplateDiagnostic> problems = Template::check(url,
                                                               OutputContext::Url,
                                                               context ? &context->catalogue
                                                                       : nullptr);
    QStringList lines;
    for (const TemplateDiagnostic &problem : problems)
        lines << problem.message;
    m_urlProblem->setText(lines.join(u'\n'));
    m_urlProblem->setVisible(!lines.isEmpty());
}

void WebhookEditor::showPolicy(const QJsonObject &policy)
{
    QString preset = policy.value(PresetKey).toString();
    if (preset == DeliveryPolicy::TestFire)
        preset.clear();
    if (m_preset->findData(preset) < 0)
        m_preset->addItem(preset, preset); // a preset a newer Hookflow knows
    EditorHelpers::showData(m_preset, preset);
    QString http2 = policy.value(Http2Key).toString();
    if (http2 == http2ModeName(Http2Mode::Allowed))
        http2.clear();
    if (m_http2->findData(http2) < 0)
        m_http2->addItem(http2, http2);
    EditorHelpers::showData(m_http2, http2);

    // The special values say what the preset gives when the file says nothing.
    const DeliveryPolicy presetPolicy = DeliveryPolicy::forPreset(preset);
    m_maxAttempts->setSpecialValueText(tr("Preset (%1)").arg(presetPolicy.maxAttempts));
    m_timeout->setSpecialValueText(
        tr("Preset (%1)").arg(DeliveryPolicy::formatDuration(presetPolicy.timeoutMs)));
    m_inactivity->setSpecialValueText(
        tr("Preset (%1)").arg(DeliveryPolicy::formatDuration(presetPolicy.inactivityMs)));
    EditorHelpers::showValue(m_maxAttempts, policy.value(MaxAttemptsKey).toInt());
    EditorHelpers::showValue(m_timeout, policy.value(TimeoutKey).toInt());
    EditorHelpers::showValue(m_inactivity, policy.value(InactivityKey).toInt());
    const bool follow = policy.value(RedirectsKey).toObject().value(FollowKey).toBool();
    if (m_followRedirects->isChecked() != follow)
        m_followRedirects->setChecked(follow);

    // What the engine will do, problems included (they fall back to the preset's values; the
    // Issues list says where).
    const DeliveryPolicy effective = DeliveryPolicy::fromJson(policy);
    m_schedule->setText(effective.scheduleSummary());
    m_schedule->setToolTip(
        tr("Each retry waits this long after the previous attempt failed. From the first "
           "attempt to the last takes at most %1, longer only when the endpoint asks for more "
           "with Retry-After (up to %2 per retry).")
            .arg(DeliveryPolicy::formatDuration(effective.maxTotalDelayMs()),
                 DeliveryPolicy::formatDuration(effective.retryAfterCapMs)));
}

void WebhookEditor::editFollowRedirects(bool follow)
{
    const Node *current = node();
    if (isRefreshing() || !current)
        return;
    Node changed = *current;
    QJsonObject redirects = changed.policy.value(RedirectsKey).toObject();
    if (follow)
        redirects.insert(FollowKey, true);
    else
        redirects.remove(FollowKey);
    if (redirects.isEmpty())
        changed.policy.remove(RedirectsKey);
    else
        changed.policy.insert(RedirectsKey, redirects);
    if (changed.policy == current->policy)
        return;
    commit(changed, tr("redirects"), Step::Single);
}

void WebhookEditor::editPolicy(const QString &key, const QJsonValue &value, const QString &label)
{
    const Node *current = node();
    if (isRefreshing() || !current)
        return;
    Node changed = *current;
    // Only what the user sets is written; the other members of the policy stay as they are.
    if (value.isNull() || value.isUndefined())
        changed.policy.remove(key);
    else
        changed.policy.insert(key, value);
    if (changed.policy == current->policy)
        return;
    commit(changed, label, key == PresetKey || key == Http2Key ? Step::Single : Step::Typing);
}

void WebhookEditor::editSigning(bool on, const QString &secret, bool typing)
{
    const Node *current = node();
    if (isRefreshing() || !current)
        return;
    Node changed = *current;
    if (on) {
        changed.signing.insert(SchemeKey, StandardWebhooks);
        changed.signing.insert(SecretKey, secret);
    } else {
        changed.signing = {};
    }
    m_secret->setEnabled(on);
    if (changed.signing == current->signing)
        return;
    commit(changed, tr("signing"), typing ? Step::Typing : Step::Single);
}

} // namespace Hookflow
