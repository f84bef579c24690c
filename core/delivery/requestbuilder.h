// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/secretstore.h"
#include "model/campaign.h"
#include "model/sampledata.h"
#include "template/template.h"
#include "template/templatevalue.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <optional>

namespace Hookflow {

/// A request rendered for one user, exactly as it will be sent.
struct PreparedRequest
{
    QString nodeId;
    QString userId;
    QString webhookId;
    QString method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QStringList secretValues; ///< values to mask wherever the request is stored or shown
    /// Header names the node's `request.redact_headers` flags (compared without case).
    QStringList redactHeaderNames;

    /// Copies for the database, logs and exports: Authorization-like headers, the headers the
    /// node flags, and secret values replaced by "[redacted]".
    HeaderList redactedHeaders() const;
    QString redactedUrl() const;
    QString redactedBody() const;
};

/// Compiles a webhook node's templates once and renders them per user (DESIGN §4, §6).
class RequestBuilder
{
public:
    /// Fails with the template's syntax error when one of the node's templates does not compile.
    static Result<RequestBuilder> compile(const Campaign &campaign, const Node &webhook);

    /// What every user of a run shares, converted for the templates once: the event, the
    /// campaign, `now` and the secrets' values.
    class Scope
    {
        friend class RequestBuilder;
        TemplateValue::Members variables; ///< the user's and the webhook's slots left nil
        QStringList secretValues;
        std::optional<Error> error; ///< a secret that could not be read fails every user
    };
    Scope scope(const Event &event, const SecretStore &secrets, const QDateTime &now) const;

    /// Renders the request for `user`. Fails with code "personalization" when a value cannot be
    /// rendered for its place (invalid JSON body, a line break in a header, a missing secret) and
    /// with "url" when the rendered URL is not http(s).
    Result<PreparedRequest> build(const SampleUser &user,
                                  const QString &webhookId,
                                  const Scope &scope) const;
    /// The same for one request, its scope made for it alone.
    Result<PreparedRequest> build(const SampleUser &user,
                                  const Event &event,
                                  const QString &webhookId,
                                  const SecretStore &secrets,
                                  const QDateTime &now) const;

    /// Sends the request to `target`'s scheme, host and port instead (test-fire to one endpoint);
    /// the original path and query are kept when the target's path is "/".
    static QUrl retarget(const QUrl &original, const QUrl &target);
    /// Authorization, Cookie, X-Api-Key, signature and token-like header names.
    static bool isSensitiveHeader(const QString &name);
    /// A new message id in Standard Webhooks' style ("msg_" + 32 hex digits).
    static QString newWebhookId();

private:
    QString m_nodeId;
    QString m_method;
    QString m_campaignKey;
    QString m_campaignTitle;
    Template m_url;
    QList<std::pair<QString, Template>> m_params;
    QList<std::pair<QString, Template>> m_headers;
    Template m_body;
    QStringList m_secretNames;
    QStringList m_redactHeaders;
};

} // namespace Hookflow
