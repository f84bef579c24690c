// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signing)
};

const QString secretPrefix = u"whsec_"_s;
const QString standardScheme = u"standard-webhooks"_s;

QByteArray hmacSha256(const QByteArray &key, std::initializer_list<QByteArrayView> parts)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    for (QByteArrayView part : parts)
        mac.addData(part.data(), part.size());
    return mac.result();
}

QByteArray signedDigest(const QByteArray &key,
                        QByteArrayView id,
                        QByteArrayView timestamp,
                        QByteArrayView body)
{
    return hmacSha256(key, {id, ".", timestamp, ".", body});
}

/// Replaces every header called `name` (any case) with one `name: value`, where the first was.
void setHeader(HeaderList &headers, const QString &name, const QString &value)
{
    qsizetype at = -1;
    for (qsizetype i = headers.size() - 1; i >= 0; --i) {
        if (headers.at(i).first.compare(name, Qt::CaseInsensitive) == 0) {
            headers.removeAt(i);
            at = i;
        }
    }
    if (at < 0)
        headers.append({name, value});
    else
        headers.insert(at, {name, value});
}

QString howToProvide(const QString &name)
{
    return Tr::tr("set it with \"hookflow-cli secrets set %1\" or, for CI, in the environment "
                  "variable HOOKFLOW_SECRET_%2")
        .arg(name, name.toUpper());
}

} // namespace

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

Result<QByteArray> StandardWebhooks::decodeSecret(const QString &secret)
{
    if (secret.isEmpty())
        return Error{u"signing"_s, Tr::tr("the signing secret is empty")};
    if (!secret.startsWith(secretPrefix))
        return secret.toUtf8();
    const QByteArray encoded = QStringView(secret).mid(secretPrefix.size()).toLatin1();
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error{u"signing"_s,
                     Tr::tr("a signing secret that starts with \"whsec_\" must continue in "
                            "base64, as Standard Webhooks secrets do")};
    return decoded.decoded;
}

QString StandardWebhooks::signature(const QList<QByteArray> &keys,
                                    QByteArrayView id,
                                    qint64 timestamp,
                                    QByteArrayView body)
{
    const QByteArray time = QByteArray::number(timestamp);
    QStringList entries;
    entries.reserve(keys.size());
    for (const QByteArray &key : keys)
        entries.append(u"v1,"_s + QString::fromLatin1(signedDigest(key, id, time, body).toBase64()));
    return entries.join(u' ');
}

bool StandardWebhooks::verify(const QList<QByteArray> &keys,
                              QByteArrayView id,
                              QByteArrayView timestamp,
                              QByteArrayView body,
                              QByteArrayView signatureHeader)
{
    QList<QByteArray> expected;
    expected.reserve(keys.size());
    for (const QByteArray &key : keys)
        expected.append(signedDigest(key, id, timestamp, body));
    bool matched = false;
    for (const QByteArray &entry : signatureHeader.toByteArray().split(' ')) {
        if (!entry.startsWith("v1,"))
            continue;
        const QByteArray::FromBase64Result given = QByteArray::fromBase64Encoding(
            entry.mid(3), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!given)
            continue;
        // Every entry against every key, without stopping early: the time taken says nothing
        // about which one matched.
        for (const QByteArray &digest : std::as_const(expected))
            matched = constantTimeEquals(digest, given.decoded) || matched;
    }
    return matched;
}

QByteArray githubSignature(const QByteArray &key, QByteArrayView body)
{
    return "sha256=" + hmacSha256(key, {body}).toHex();
}

QList<std::pair<QString, QString>> Signer::problems(const QJsonObject &signing)
{
    QList<std::pair<QString, QString>> found;
    if (signing.isEmpty())
        return found;
    const QJsonValue scheme = signing.value(u"scheme"_s);
    if (!scheme.isUndefined() && scheme.toString() != standardScheme)
        found.append({u"scheme"_s,
                      Tr::tr("unknown signing scheme \"%1\"; Hookflow signs with \"%2\"")
                          .arg(scheme.toVariant().toString(), standardScheme)});
    const QJsonValue github = signing.value(u"github"_s);
    if (!github.isUndefined() && !github.isBool())
        found.append({u"github"_s, Tr::tr("\"github\" is true or false")});

    auto checkName = [&](const QJsonValue &value, const QString &path) {
        if (!value.isString() || !SecretStore::isValidName(value.toString()))
            found.append({path,
                          Tr::tr("a secret's name is letters, digits and _, not starting with a "
                                 "digit")});
    };
    const bool one = signing.contains(u"secret"_s);
    const bool several = signing.contains(u"secrets"_s);
    if (one && several) {
        found.append({QString(), Tr::tr("give either \"secret\" or \"secrets\", not both")});
    } else if (one) {
        checkName(signing.value(u"secret"_s), u"secret"_s);
    } else if (several) {
        const QJsonValue list = signing.value(u"secrets"_s);
        if (!list.isArray() || list.toArray().isEmpty())
            found.append({u"secrets"_s,
                          Tr::tr("\"secrets\" lists secret names, newest first: "
                                 "[\"NEW\", \"OLD\"]")});
        const QJsonArray names = list.toArray();
        for (qsizetype i = 0; i < names.size(); ++i)
            checkName(names.at(i), u"secrets[%1]"_s.arg(i));
    } else {
        found.append({QString(),
                      Tr::tr("signing needs the name of a secret: \"secret\": \"NAME\", or "
                             "\"secrets\": [\"NEW\", \"OLD\"] while a key is rotated")});
    }
    return found;
}

Result<Signer> Signer::create(const QJsonObject &signing, const SecretStore &secrets)
{
    Signer signer;
    if (signing.isEmpty())
        return signer;
    if (const auto found = problems(signing); !found.isEmpty()) {
        const auto &[path, message] = found.first();
        return Error{u"signing"_s,
                     path.isEmpty() ? message : Tr::tr("signing.%1: %2").arg(path, message)};
    }
    QStringList names;
    if (signing.contains(u"secrets"_s)) {
        for (const QJsonValue &name : signing.value(u"secrets"_s).toArray())
            names.append(name.toString());
    } else {
        names.append(signing.value(u"secret"_s).toString());
    }

    for (const QString &name : std::as_const(names)) {
        Result<QString> value = secrets.value(name);
        if (!value)
            return Error{value.error().code,
                         Tr::tr("the signing secret \"%1\" is not available: %2")
                             .arg(name, value.error().message),
                         value.error().detail};
        Result<QByteArray> key = StandardWebhooks::decodeSecret(*value);
        if (!key)
            return Error{u"signing"_s,
                         Tr::tr("the signing secret \"%1\" cannot be used: %2; %3")
                             .arg(name, key.error().message, howToProvide(name))};
        signer.m_keys.append(*key);
        signer.m_secretNames.append(name);
    }
    signer.m_github = signing.value(u"github"_s).toBool();
    return signer;
}

void Signer::apply(HeaderList &headers,
                   const QString &webhookId,
                   qint64 timestampSecs,
                   QByteArrayView body) const
{
    setHeader(headers, u"webhook-id"_s, webhookId);
    if (!isEnabled())
        return;
    const QByteArray id = webhookId.toUtf8();
    setHeader(headers, u"webhook-timestamp"_s, QString::number(timestampSecs));
    setHeader(headers,
              u"webhook-signature"_s,
              StandardWebhooks::signature(m_keys, id, timestampSecs, body));
    if (m_github)
        setHeader(headers,
                  u"X-Hub-Signature-256"_s,
                  QString::fromLatin1(githubSignature(m_keys.first(), body)));
}

} // namespace Hookflow
