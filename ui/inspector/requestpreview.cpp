// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/requestpreview.h"

#include "delivery/curlcommand.h"
#include "inspector/templatelexer.h"
#include "inspector/userpickermodel.h"
#include "model/campaigndocument.h"
#include "template/jsonvalidator.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr int RefreshDelayMs = 150;

/// `share` of `color` mixed into `background`.
QColor mix(const QColor &color, const QColor &background, float share)
{
    return QColor::fromRgbF(share * color.redF() + (1 - share) * background.redF(),
                            share * color.greenF() + (1 - share) * background.greenF(),
                            share * color.blueF() + (1 - share) * background.blueF());
}

/// Text that is there but does not shout.
QColor muted(const QColor &color, const QColor &background)
{
    return mix(color, background, 0.55f);
}

/// Pretty JSON as HTML with the template editor's colours for keys, strings, numbers and
/// literals.
QString jsonHtml(const QString &json, bool dark)
{
    auto span = [dark](int style, QStringView text) {
        return u"<span style=\"color: %1\">%2</span>"_s
            .arg(TemplateLexer::themeColor(style, dark).name(), text.toString().toHtmlEscaped());
    };
    QString html;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = json.at(i);
        qsizetype j = i + 1;
        if (c == u'"') {
            while (j < n && json.at(j) != u'"')
                j += json.at(j) == u'\\' ? 2 : 1;
            j = std::min(j + 1, n);
            qsizetype k = j;
            while (k < n && json.at(k).isSpace())
                ++k;
            const bool key = k < n && json.at(k) == u':';
            html += span(key ? TemplateLexer::JsonKey : TemplateLexer::JsonString,
                         QStringView(json).sliced(i, j - i));
        } else if (c == u'-' || c.isDigit()) {
            while (j < n && (json.at(j).isDigit() || QStringView(u".eE+-").contains(json.at(j))))
                ++j;
            html += span(TemplateLexer::JsonNumber, QStringView(json).sliced(i, j - i));
        } else if (c.isLetter()) {
            while (j < n && json.at(j).isLetter())
                ++j;
            html += span(TemplateLexer::JsonKeyword, QStringView(json).sliced(i, j - i));
        } else {
            html += QString(c).toHtmlEscaped();
        }
        i = j;
    }
    return html;
}

} // namespace

// ---- RequestPreview -----------------------------------------------------------------------

RequestPreview::RequestPreview(QWidget *parent)
    : QWidget(parent)
    , m_webhookId(RequestBuilder::newWebhookId())
    , m_userModel(new UserPickerModel(this))
    , m_users(new QComboBox(this))
    , m_showSecrets(new QCheckBox(tr("Show &secrets"), this))
    , m_copy(new QPushButton(tr("&Copy as cURL"), this))
    , m_message(new QLabel(this))
    , m_event(new QLabel(this))
    , m_view(new QTextEdit(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"requestPreview"_s);
    m_users->setObjectName(u"previewUser"_s);
    m_users->setModel(m_userModel);
    m_users->setEditable(true);
    m_users->setInsertPolicy(QComboBox::NoInsert);
    m_users->lineEdit()->setPlaceholderText(tr("Search sample users"));
    m_users->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_users->completer()->setFilterMode(Qt::MatchContains);
    m_users->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_users->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_users->setMinimumContentsLength(16);
    m_users->setToolTip(tr("The sample user the request is rendered for"));
    m_showSecrets->setObjectName(u"showSecrets"_s);
    m_showSecrets->setToolTip(
        tr("Show the values of secrets and authorization headers instead of [redacted]"));
    m_copy->setObjectName(u"copyAsCurl"_s);
    m_copy->setToolTip(tr("Copy the request as a curl command (secrets only when shown)"));
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(6);
    m_event->setObjectName(u"previewEvent"_s);
    m_event->setWordWrap(true);
    m_event->setForegroundRole(QPalette::PlaceholderText);
    m_event->hide();
    m_view->setObjectName(u"previewRequest"_s);
    m_view->setReadOnly(true);
    m_view->setAcceptRichText(false);
    m_view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *userLabel = new QLabel(tr("Sample &user:"), this);
    userLabel->setBuddy(m_users);
    auto *top = new QHBoxLayout;
    top->addWidget(userLabel);
    top->addWidget(m_users, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showSecrets);
    actions->addStretch(1);
    actions->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_event);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addStretch(); // keeps a message at the top while the request view is hidden

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &RequestPreview::refreshNow);
    connect(m_users, &QComboBox::currentIndexChanged, this, &RequestPreview::refreshNow);
    connect(m_showSecrets, &QCheckBox::toggled, this, &RequestPreview::showRequest);
    connect(m_copy, &QPushButton::clicked, this, &RequestPreview::copyAsCurl);

    refreshNow();
}

RequestPreview::~RequestPreview() = default;

void RequestPreview::setDocument(CampaignDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &CampaignDocument::changed, this, &RequestPreview::scheduleRefresh);
        connect(document, &CampaignDocument::documentReset, this, &RequestPreview::scheduleRefresh);
    }
    scheduleRefresh();
}

void RequestPreview::setNodeId(const QString &webhookNodeId)
{
    if (m_nodeId == webhookNodeId)
        return;
    m_nodeId = webhookNodeId;
    refreshNow();
}

void RequestPreview::setSampleContext(SampleContextPtr context)
{
    const QString previous = userId();
    m_context = std::move(context);
    {
        const QSignalBlocker blocker(m_users);
        m_userModel->setUsers(m_context ? m_context->users : QList<SampleUser>());
        const int row = m_userModel->rowOf(previous);
        m_users->setCurrentIndex(row >= 0 ? row : (m_userModel->rowCount() > 0 ? 0 : -1));
    }
    refreshNow();
}

void RequestPreview::setUserId(const QString &userId)
{
    const int row = m_userModel->rowOf(userId);
    if (row >= 0 && row != m_users->currentIndex())
        m_users->setCurrentIndex(row); // refreshes
}

QString RequestPreview::userId() const
{
    return m_users->currentData(UserPickerModel::UserIdRole).toString();
}

void RequestPreview::setSecretsShown(bool shown)
{
    m_showSecrets->setChecked(shown);
}

bool RequestPreview::secretsShown() const
{
    return m_showSecrets->isChecked();
}

void RequestPreview::scheduleRefresh()
{
    m_refreshTimer->start();
}

void RequestPreview::refreshNow()
{
    m_refreshTimer->stop();
    m_request.reset();
    m_error.clear();
    m_event->hide();
    const Node *node = m_document ? m_document->node(m_nodeId) : nullptr;
    const QString chosen = userId();
    const SampleUser *user = nullptr;
    if (m_context) {
        for (const SampleUser &candidate : m_context->users) {
            if (candidate.userId == chosen)
                user = &candidate;
        }
    }
    if (!node || node->kind != NodeKind::Webhook) {
        showMessage(tr("Select a webhook node to preview the request it sends."), false);
    } else if (!m_context || m_context->users.isEmpty()) {
        showMessage(tr("Import or generate sample users to preview the request for one of them."),
                    false);
    } else if (!user) {
        showMessage(tr("Choose a sample user to preview the request for."), false);
    } else {
        const Campaign &campaign = m_document->campaign();
        const Result<RequestBuilder> builder = RequestBuilder::compile(campaign, *node);
        if (!builder) {
            showMessage(tr("The request cannot be built because a template has an error:\n%1")
                            .arg(builder.error().message),
                        true);
        } else {
            const Node *trigger = campaign.trigger();
            const QString eventKey = trigger ? trigger->eventKey : QString();
            const Event event = m_context->eventFor(eventKey);
            // Which event's properties the preview uses: the latest sample event with the
            // trigger's key, or none.
            const bool sampled = std::any_of(m_context->events.begin(),
                                             m_context->events.end(),
                                             [&](const Event &e) { return e.key == eventKey; });
            m_event->setText(
                eventKey.isEmpty() ? tr("The campaign has no trigger; event properties are empty.")
                : sampled          ? tr("Trigger event: %1 at %2 (the latest sample event)")
                                .arg(eventKey, formatTimestamp(event.timestamp))
                          : tr("Trigger event: %1, with no sample event, so its properties are "
                               "empty.")
                                .arg(eventKey));
            m_event->show();
            const QDateTime now = m_context->now.isValid() ? m_context->now
                                                           : QDateTime::currentDateTimeUtc();
            Result<PreparedRequest> built = builder->build(*user,
                                                           event,
                                                           m_webhookId,
                                                           m_context->secrets,
                                                           now);
            if (built) {
                m_request = std::move(built).value();
                showRequest();
            } else {
                showMessage(tr("Nothing would be sent to %1: %2")
                                .arg(user->userId, built.error().message),
                            true);
            }
        }
    }
    emit refreshed();
}

void RequestPreview::showMessage(const QString &message, bool problem)
{
    m_error = message;
    m_messageIsProblem = problem;
    m_message->setText(message);
    styleMessage();
    m_message->show();
    m_view->clear();
    m_view->hide();
    m_copy->setEnabled(false);
    m_showSecrets->setEnabled(false);
}

std::optional<QString> RequestPreview::prettyJson(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    if (text.trimmed().isEmpty() || findJsonProblem(text))
        return std::nullopt;
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    auto newline = [&] {
        out += u'\n';
        out += QString(depth * 2, u' ');
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') { // copy the string as written, escapes included
            qsizetype j = i + 1;
            while (j < n && text.at(j) != u'"')
                j += text.at(j) == u'\\' ? 2 : 1;
            out += QStringView(text).sliced(i, std::min(j + 1, n) - i);
            i = j;
        } else if (c == u'{' || c == u'[') {
            const QChar close = c == u'{' ? u'}' : u']';
            qsizetype j = i + 1;
            while (j < n && text.at(j).isSpace())
                ++j;
            if (j < n && text.at(j) == close) { // an empty object or array stays on its line
                out += c;
                out += close;
                i = j;
            } else {
                out += c;
                ++depth;
                newline();
            }
        } else if (c == u'}' || c == u']') {
            --depth;
            newline();
            out += c;
        } else if (c == u',') {
            out += c;
            newline();
        } else if (c == u':') {
            out += u": "_s;
        } else if (!c.isSpace()) {
            out += c;
        }
    }
    return out;
}

void RequestPreview::showRequest()
{
    if (!m_request)
        return;
    const PreparedRequest &request = *m_request;
    const bool shown = secretsShown();
    m_message->hide();
    m_view->show();
    m_copy->setEnabled(true);
    m_showSecrets->setEnabled(true);

    const QString url = shown ? request.url.toString(QUrl::FullyEncoded) : request.redactedUrl();
    const HeaderList headers = shown ? request.headers : request.redactedHeaders();
    const QString rawBody = shown ? QString::fromUtf8(request.body) : request.redactedBody();
    const std::optional<QString> pretty = prettyJson(rawBody.toUtf8());

    const QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QString quiet = muted(palette.color(QPalette::Text), base).name();
    const QString accent = palette.color(QPalette::Link).name();
    QString html = u"<pre style=\"white-space: pre-wrap; margin: 0\">"_s;
    html += u"<b style=\"color: %1\">%2</b> %3\n"_s.arg(accent,
                                                        request.method.toHtmlEscaped(),
                                                        url.toHtmlEscaped());
    for (const auto &[name, value] : headers)
        html += u"<span style=\"color: %1\">%2:</span> %3\n"_s.arg(quiet,
                                                                   name.toHtmlEscaped(),
                                                                   value.toHtmlEscaped());
    if (!request.body.isEmpty() || request.method != u"GET") {
        html += u'\n';
        if (request.body.isEmpty())
            html += u"<i style=\"color: %1\">%2</i>"_s.arg(quiet, tr("(empty body)"));
        else if (pretty)
            html += jsonHtml(*pretty, dark);
        else
            html += rawBody.toHtmlEscaped();
    }
    html += u"</pre>"_s;
    m_view->setHtml(html);
}

void RequestPreview::styleMessage()
{
    // Colours derived from the palette rather than a style sheet, so that they follow a
    // palette change (a widget with a style sheet keeps the colours it was polished with).
    const QPalette inherited = palette();
    QPalette palette = inherited;
    const QColor window = inherited.color(QPalette::Window);
    const QColor text = inherited.color(QPalette::WindowText);
    if (m_messageIsProblem) {
        palette.setColor(QPalette::Window, mix(QColor(220, 50, 50), window, 0.22f));
        palette.setColor(QPalette::WindowText, text);
    } else {
        palette.setColor(QPalette::WindowText, muted(text, window));
    }
    m_message->setPalette(palette);
    m_message->setAutoFillBackground(m_messageIsProblem);
}

void RequestPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        styleMessage();
        showRequest(); // the colours of the request text come from the palette
    }
}

QString RequestPreview::previewText() const
{
    return m_view->toPlainText();
}

QString RequestPreview::curlCommand() const
{
    if (!m_request)
        return {};
    return Hookflow::curlCommand(*m_request,
                                 secretsShown() ? CurlSecrets::Include : CurlSecrets::Redact);
}

void RequestPreview::copyAsCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    // Say it worked where the user is looking.
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [this] { m_copy->setText(tr("&Copy as cURL")); });
}

} // namespace Hookflow
