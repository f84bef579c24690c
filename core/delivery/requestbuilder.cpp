// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbuilder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)
};

const QString redacted = u"[redacted]"_s;

void collectSecrets(const Template &t, QStringList &names)
{
    for (const QString &variable : t.variables()) {
        const QString name = variable.section(u'.', 1, 1);
        if (variable.startsWith(u"secrets."_s) && !names.contains(name))
            names.append(name);
    }
}

QString mask(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, redacted);
    }
    return text;
}

} // namespace

HeaderList PreparedRequest::redactedHeaders() const
{
    HeaderList result;
    for (const auto &[name, value] : headers) {
        const bool sensitive = RequestBuilder::isSensitiveHeader(name)
                               || redactHeaderNames.contains(name, Qt::CaseInsensitive);
        result.append({name, sensitive ? redacted : mask(value, secretValues)});
    }
    return result;
}

QString PreparedRequest::redactedUrl() const
{
    return mask(url.toString(QUrl::FullyEncoded), secretValues);
}

QString PreparedRequest::redactedBody() const
{
    return mask(QString::fromUtf8(body), secretValues);
}

bool RequestBuilder::isSensitiveHeader(const QString &name)
{
    const QString lower = name.toLower();
    static const QStringList exact{u"authorization"_s,
                                   u"proxy-authorization"_s,
                                   u"cookie"_s,
                                   u"set-cookie"_s,
                                   u"x-api-key"_s,
                                   u"api-key"_s,
                                   u"webhook-signature"_s,
                                   u"x-hub-signature-256"_s};
    if (exact.contains(lower))
        return true;
    return lower.contains(u"token"_s) || lower.contains(u"secret"_s)
           || lower.contains(u"password"_s) || lower.contains(u"signature"_s);
}

QString RequestBuilder::newWebhookId()
{
    return u"msg_"_s + QUuid::createUuid().toString(QUuid::Id128);
}

QUrl RequestBuilder::retarget(const QUrl &original, const QUrl &target)
{
    QUrl url = original;
    url.setScheme(target.scheme());
    url.setHost(target.host());
    url.setPort(target.port());
    url.setUserInfo({});
    if (!target.path().isEmpty() && target.path() != u"/")
        url.setPath(target.path());
    return url;
}

Result<RequestBuilder> RequestBuilder::compile(const Campaign &campaign, const Node &webhook)
{
    RequestBuilder builder;
    builder.m_nodeId = webhook.id;
    builder.m_method = webhook.request.method.toUpper();
    builder.m_campaignKey = campaign.key;
    builder.m_campaignTitle = campaign.title;
    for (const QString &name : webhook.request.redactHeaders) {
        if (!name.trimmed().isEmpty())
            builder.m_redactHeaders.append(name.trimmed());
    }
    auto compile =
        [&](const QString &text, OutputContext context, const QString &where) -> Result<Template> {
        Result<Template> t = Template::compile(text, context);
        if (!t)
            return Error{t.error().code,
                         Tr::tr("%1 of webhook \"%2\": %3")
                             .arg(where, webhook.id, t.error().message)};
        collectSecrets(*t, builder.m_secretNames);
        return t;
    };
    Result<Template> url = compile(webhook.request.url, OutputContext::Url, Tr::tr("URL"));
    if (!url)
        return url.error();
    builder.m_url = *url;
    for (const auto &[name, value] : webhook.request.params) {
        Result<Template> t = compile(value, OutputContext::Text, Tr::tr("parameter %1").arg(name));
        if (!t)
            return t.error();
        builder.m_params.append({name, *t});
    }
    for (const auto &[name, value] : webhook.request.headers) {
        Result<Template> t = compile(value, OutputContext::Header, Tr::tr("header %1").arg(name));
        if (!t)
            return t.error();
        builder.m_headers.append({name, *t});
    }
    Result<Template> body = compile(webhook.request.body, OutputContext::Json, Tr::tr("body"));
    if (!body)
        return body.error();
    builder.m_body = *body;
    return builder;
}

namespace {
// The variables' names in the order a JSON object keeps them (sorted), with the slots build()
// fills per user.
enum Slot {
    CampaignSlot,
    EventKeySlot,
    EventPropertiesSlot,
    NowSlot,
    SecretsSlot,
    UserIdSlot,
    UserPropertiesSlot,
    WebhookSlot,
    SlotCount
};
} // namespace

RequestBuilder::Scope RequestBuilder::scope(const Event &event,
                                            const SecretStore &secrets,
                                            const QDateTime &now) const
{
    Scope scope;
    TemplateValue::Members secretValues;
    for (const QString &name : m_secretNames) {
        Result<QString> value = secrets.value(name);
        if (!value) {
            scope.error = Error{u"personalization"_s, value.error().message};
            break;
        }
        secretValues.append({TemplateValue::intern(name), TemplateValue(*value)});
        scope.secretValues.append(*value);
    }
    std::sort(secretValues.begin(), secretValues.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    const auto key = [](const QString &name) { return TemplateValue::intern(name); };
    scope.variables = {
        {key(u"campaign"_s),
         TemplateValue(TemplateValue::Members{{key(u"key"_s), TemplateValue(m_campaignKey)},
                                              {key(u"title"_s), TemplateValue(m_campaignTitle)}})},
        {key(u"event_key"_s), TemplateValue(event.key)},
        {key(u"event_properties"_s), TemplateValue::fromJson(event.properties)},
        {key(u"now"_s), TemplateValue(formatTimestamp(now))},
        {key(u"secrets"_s), TemplateValue(std::move(secretValues))},
        {key(u"user_id"_s), {}},
        {key(u"user_properties"_s), {}},
        {key(u"webhook"_s), {}},
    };
    Q_ASSERT(scope.variables.size() == SlotCount);
    return scope;
}

Result<PreparedRequest> RequestBuilder::build(const SampleUser &user,
                                              const Event &event,
                                              const QString &webhookId,
                                              const SecretStore &secrets,
                                              const QDateTime &now) const
{
    return build(user, webhookId, scope(event, secrets, now));
}

Result<PreparedRequest> RequestBuilder::build(const SampleUser &user,
                                              const QString &webhookId,
                                              const Scope &scope) const
{
    if (scope.error)
        return *scope.error;
    PreparedRequest request;
    request.nodeId = m_nodeId;
    request.userId = user.userId;
    request.webhookId = webhookId;
    request.method = m_method;
    request.redactHeaderNames = m_redactHeaders;
    request.secretValues = scope.secretValues;

    // Only the user's own values are converted per user.
    TemplateValue::Members variables = scope.variables;
    variables[UserIdSlot].second = TemplateValue(user.userId);
    variables[UserPropertiesSlot].second = TemplateValue::fromJson(user.properties);
    variables[WebhookSlot].second = TemplateValue(
        TemplateValue::Members{{TemplateValue::intern(u"id"_s), TemplateValue(webhookId)},
                               {TemplateValue::intern(u"node"_s), TemplateValue(m_nodeId)}});
    const TemplateValue vars(std::move(variables)); // converted once, rendered many times

    auto fail = [&](const QString &where, const Error &error) {
        return Error{error.code, Tr::tr("%1: %2").arg(where, error.message)};
    };
    Result<QString> url = m_url.render(vars);
    if (!url)
        return fail(Tr::tr("URL"), url.error());
    request.url = QUrl(url->trimmed(), QUrl::StrictMode);
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || (scheme != u"http" && scheme != u"https")
        || request.url.host().isEmpty())
        return Error{u"url"_s,
                     Tr::tr("\"%1\" is not an http:// or https:// URL; only those are ever called")
                         .arg(mask(*url, request.secretValues))};
    if (!m_params.isEmpty()) {
        QUrlQuery query(request.url);
        for (const auto &[name, t] : m_params) {
            Result<QString> value = t.render(vars);
            if (!value)
                return fail(Tr::tr("parameter %1").arg(name), value.error());
            // QUrlQuery leaves '+', '&', '#' alone in values; encode them ourselves.
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                               QString::fromLatin1(QUrl::toPercentEncoding(*value)));
        }
        request.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    bool hasContentType = false;
    for (const auto &[name, t] : m_headers) {
        Result<QString> value = t.render(vars);
        if (!value)
            return fail(Tr::tr("header %1").arg(name), value.error());
        hasContentType = hasContentType
                         || name.compare(u"content-type"_s, Qt::CaseInsensitive) == 0;
        request.headers.append({name, *value});
    }
    if (m_method != u"GET") {
        Result<QString> body = m_body.render(vars);
        if (!body)
            return fail(Tr::tr("body"), body.error());
        request.body = body->toUtf8();
        if (!hasContentType)
            request.headers.append({u"Content-Type"_s, u"application/json"_s});
    }
    request.headers.append({u"webhook-id"_s, webhookId});
    return request;
}

} // namespace Hookflow
