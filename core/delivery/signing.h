// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/secretstore.h"
#include "model/campaign.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hookflow {

/// Standard Webhooks signatures (https://www.standardwebhooks.com, symmetric "v1" scheme):
/// base64 of HMAC-SHA256(key, id + "." + timestamp + "." + body).
namespace StandardWebhooks {

/// The HMAC key of a secret. "whsec_<base64>" decodes the base64 after the prefix (what Svix and
/// the Standard Webhooks libraries hand out); any other value is used as is, as UTF-8 bytes, so a
/// plain shared secret from another system works without re-encoding. Fails on an empty secret
/// and on a "whsec_" secret whose rest is not base64.
Result<QByteArray> decodeSecret(const QString &secret);

/// The webhook-signature header value: "v1,<base64>" for each key, separated by spaces (several
/// keys while a secret is rotated; a receiver accepts any one that matches).
QString signature(const QList<QByteArray> &keys,
                  QByteArrayView id,
                  qint64 timestamp,
                  QByteArrayView body);

/// True when one of the "v1,<base64>" entries of `signatureHeader` is the signature of
/// id.timestamp.body under one of `keys`. Compares in constant time; other versions ("v1a", …)
/// and malformed entries are ignored. Checks no timestamp tolerance: that is the receiver's call.
bool verify(const QList<QByteArray> &keys,
            QByteArrayView id,
            QByteArrayView timestamp,
            QByteArrayView body,
            QByteArrayView signatureHeader);

} // namespace StandardWebhooks

/// GitHub's X-Hub-Signature-256 value: "sha256=" + hex HMAC-SHA256(key, body).
QByteArray githubSignature(const QByteArray &key, QByteArrayView body);

/// Equality that takes the same time wherever the first difference is (for signatures).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// A webhook node's signing, with its keys resolved from the secret store once per run
/// (docs/signing.md). The node's `signing` object:
/// `{"scheme": "standard-webhooks", "secret": "NAME"}`, or `"secrets": ["NEW", "OLD"]` while a
/// key is rotated, plus `"github": true` for an extra X-Hub-Signature-256 header.
class Signer
{
public:
    /// A signer that signs nothing: apply() only sets webhook-id.
    Signer() = default;

    /// Reads a node's `signing` object (an empty object means no signing) and fetches its keys.
    /// Fails with code "signing" on an unknown scheme, a missing or malformed secret name, or a
    /// key that cannot be decoded, and with "secret-missing" when the store has no such secret.
    static Result<Signer> create(const QJsonObject &signing, const SecretStore &secrets);
    /// What is wrong with a `signing` object without looking at any secret (for validation):
    /// pairs of a path below the object ("scheme", "secrets[1]"; empty for the object itself)
    /// and a translated message. Empty when create() would only need the secrets.
    static QList<std::pair<QString, QString>> problems(const QJsonObject &signing);

    bool isEnabled() const { return !m_keys.isEmpty(); }
    bool addsGithubHeader() const { return m_github; }
    /// The secret names the keys came from, newest first.
    QStringList secretNames() const { return m_secretNames; }

    /// Sets webhook-id and, when signing, webhook-timestamp, webhook-signature (and
    /// X-Hub-Signature-256 when asked) computed over exactly `body`. Headers of those names that
    /// are already in `headers` (any case) are replaced, never duplicated.
    void apply(HeaderList &headers,
               const QString &webhookId,
               qint64 timestampSecs,
               QByteArrayView body) const;

private:
    QList<QByteArray> m_keys;
    QStringList m_secretNames;
    bool m_github = false;
};

} // namespace Hookflow
