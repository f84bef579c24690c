// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Standard Webhooks and GitHub signatures (core/delivery/signing): the published test vector,
// rotation, tampering, non-ASCII and large bodies, and what a node's `signing` object may say.
#include "delivery/signing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

// The Standard Webhooks reference test vector: "sign function works" in
// github.com/standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts (the
// same values are in the PHP, Python and Svix libraries' tests).
const QString specSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
const QByteArray specId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const qint64 specTimestamp = 1614265330;
const QByteArray specBody = R"({"test": 2432232314})";
const QString specSignature = u"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_s;

QByteArray key(const QString &secret)
{
    Result<QByteArray> decoded = StandardWebhooks::decodeSecret(secret);
    return decoded ? *decoded : QByteArray();
}

QString headerValue(const HeaderList &headers, const QString &name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

int headerCount(const HeaderList &headers, const QString &name)
{
    int count = 0;
    for (const auto &header : headers)
        count += header.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

/// Sets HOOKFLOW_SECRET_<NAME> for the lifetime of the object.
class EnvSecret
{
public:
    EnvSecret(const char *name, const QString &value)
        : m_variable(QByteArray("HOOKFLOW_SECRET_") + name)
    {
        qputenv(m_variable.constData(), value.toUtf8());
    }
    ~EnvSecret() { qunsetenv(m_variable.constData()); }
    Q_DISABLE_COPY_MOVE(EnvSecret)

private:
    QByteArray m_variable;
};

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    void specVector();
    void secretForms_data();
    void secretForms();
    void badSecrets_data();
    void badSecrets();
    void rotationSignsWithEveryKey();
    void tamperingFails_data();
    void tamperingFails();
    void verifyIgnoresOtherVersionsAndJunk();
    void nonAsciiBody();
    void megabyteBody();
    void githubKnownValue();
    void signerDisabled();
    void signerSignsExactBody();
    void signerRotationAndGithub();
    void signerReplacesHeaders();
    void signerErrors_data();
    void signerErrors();
    void problemsNeedNoSecrets();
    void constantTimeEquals();
};

void TestSigning::specVector()
{
    const QByteArray k = key(specSecret);
    QCOMPARE(k.size(), 24);
    QCOMPARE(StandardWebhooks::signature({k}, specId, specTimestamp, specBody), specSignature);
    QVERIFY(StandardWebhooks::verify(
        {k}, specId, QByteArray::number(specTimestamp), specBody, specSignature.toLatin1()));
}

void TestSigning::secretForms_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whsec-base64") << specSecret
                                  << QByteArray::fromBase64("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    QTest::newRow("plain-used-as-is")
        << u"plain-shared-secret"_s << QByteArray("plain-shared-secret");
    // Without the prefix, even a value that looks like base64 is the key's own bytes.
    QTest::newRow("base64-looking-plain")
        << u"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s << QByteArray("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    QTest::newRow("non-ascii-plain") << u"비밀"_s << u"비밀"_s.toUtf8();
}

void TestSigning::secretForms()
{
    QFETCH(QString, secret);
    QFETCH(QByteArray, expected);
    Result<QByteArray> decoded = StandardWebhooks::decodeSecret(secret);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(*decoded, expected);
}

void TestSigning::badSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix-only") << u"whsec_"_s;
    QTest::newRow("prefix-not-base64") << u"whsec_not base64!"_s;
}

void TestSigning::badSecrets()
{
    QFETCH(QString, secret);
    Result<QByteArray> decoded = StandardWebhooks::decodeSecret(secret);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, u"signing"_s);
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestSigning::rotationSignsWithEveryKey()
{
    const QByteArray fresh = key(u"whsec_"_s + QString::fromLatin1(QByteArray(32, 'n').toBase64()));
    const QByteArray old = key(specSecret);
    const QString header = StandardWebhooks::signature({fresh, old},
                                                       specId,
                                                       specTimestamp,
                                                       specBody);
    const QStringList entries = header.split(u' ');
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0).startsWith(u"v1,"_s));
    QCOMPARE(entries.at(1), specSignature); // the old key still gives the published value
    const QByteArray ts = QByteArray::number(specTimestamp);
    QVERIFY(StandardWebhooks::verify({fresh}, specId, ts, specBody, header.toLatin1()));
    QVERIFY(StandardWebhooks::verify({old}, specId, ts, specBody, header.toLatin1()));
    QVERIFY(!StandardWebhooks::verify(
        {QByteArray("someone else")}, specId, ts, specBody, header.toLatin1()));
}

void TestSigning::tamperingFails_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("body") << specId << QByteArray::number(specTimestamp)
                          << QByteArray(R"({"test": 2432232315})");
    QTest::newRow("body-whitespace")
        << specId << QByteArray::number(specTimestamp) << QByteArray(R"({"test":2432232314})");
    QTest::newRow("body-trailing-newline")
        << specId << QByteArray::number(specTimestamp) << specBody + '\n';
    QTest::newRow("id") << QByteArray("msg_p5jXN8AQM9LWM0D4loKWxJeK")
                        << QByteArray::number(specTimestamp) << specBody;
    QTest::newRow("timestamp") << specId << QByteArray::number(specTimestamp + 1) << specBody;
    // The dots are part of what is signed: moving one must not give the same signature.
    QTest::newRow("shifted-delimiter")
        << QByteArray("msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330") << QByteArray() << specBody;
}

void TestSigning::tamperingFails()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, body);
    QVERIFY(
        !StandardWebhooks::verify({key(specSecret)}, id, timestamp, body, specSignature.toLatin1()));
}

void TestSigning::verifyIgnoresOtherVersionsAndJunk()
{
    const QByteArray ts = QByteArray::number(specTimestamp);
    const QList<QByteArray> keys{key(specSecret)};
    // As the reference libraries' "multi sig payload is valid" test: one good entry among others.
    const QByteArray several = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
                               "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
                               + specSignature.toLatin1()
                               + " v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
    QVERIFY(StandardWebhooks::verify(keys, specId, ts, specBody, several));
    // The right digest under another version tag is not a v1 signature.
    QByteArray otherVersion = specSignature.toLatin1();
    otherVersion.replace("v1,", "v1a,");
    QVERIFY(!StandardWebhooks::verify(keys, specId, ts, specBody, otherVersion));
    QVERIFY(!StandardWebhooks::verify(keys, specId, ts, specBody, ""));
    QVERIFY(!StandardWebhooks::verify(keys, specId, ts, specBody, "v1,"));
    QVERIFY(!StandardWebhooks::verify(keys, specId, ts, specBody, "v1,!!!not-base64!!!"));
    QVERIFY(!StandardWebhooks::verify(keys, specId, ts, specBody, specSignature.toLatin1().left(8)));
    QVERIFY(!StandardWebhooks::verify({}, specId, ts, specBody, specSignature.toLatin1()));
}

void TestSigning::nonAsciiBody()
{
    // Expected values computed independently when this test was written:
    //   printf '%s' 'msg_2kX.1700000000.<body>' |
    //     openssl dgst -sha256 -mac HMAC -macopt hexkey:<hex of the spec key> -binary | base64
    const QByteArray body = u"{\"name\": \"김민지\", \"greeting\": \"안녕하세요 👋\"}"_s.toUtf8();
    const QString expected = u"v1,pU1DB0nAJvsk9nYsGD9PImpDuhy29XXsJkKNYioI9RU="_s;
    QCOMPARE(StandardWebhooks::signature({key(specSecret)}, "msg_2kX", 1700000000, body), expected);
    QVERIFY(StandardWebhooks::verify(
        {key(specSecret)}, "msg_2kX", "1700000000", body, expected.toLatin1()));
    // The same text in another Unicode normalization is other bytes: it must not verify.
    const QByteArray decomposed = QString::fromUtf8(body)
                                      .normalized(QString::NormalizationForm_D)
                                      .toUtf8();
    QVERIFY(decomposed != body);
    QVERIFY(!StandardWebhooks::verify(
        {key(specSecret)}, "msg_2kX", "1700000000", decomposed, expected.toLatin1()));
}

void TestSigning::megabyteBody()
{
    QByteArray body;
    body.reserve(1024 * 1024);
    body.append("{\"blob\": \"");
    while (body.size() < 1024 * 1024 - 2)
        body.append(char('a' + body.size() % 26));
    body.append("\"}");
    QCOMPARE(body.size(), 1024 * 1024);
    const QByteArray k = key(specSecret);
    const QString header = StandardWebhooks::signature({k}, specId, specTimestamp, body);

    // Computed another way: one HMAC over the concatenated signed content.
    const QByteArray content = specId + '.' + QByteArray::number(specTimestamp) + '.' + body;
    const QByteArray digest = QMessageAuthenticationCode::hash(content,
                                                               k,
                                                               QCryptographicHash::Sha256);
    QCOMPARE(header, u"v1,"_s + QString::fromLatin1(digest.toBase64()));

    const QByteArray ts = QByteArray::number(specTimestamp);
    QVERIFY(StandardWebhooks::verify({k}, specId, ts, body, header.toLatin1()));
    QByteArray lastByteChanged = body;
    lastByteChanged[lastByteChanged.size() - 3] = 'Z';
    QVERIFY(!StandardWebhooks::verify({k}, specId, ts, lastByteChanged, header.toLatin1()));
    QVERIFY(
        !StandardWebhooks::verify({k}, specId, ts, body.left(body.size() - 1), header.toLatin1()));
}

void TestSigning::githubKnownValue()
{
    // GitHub's documented example ("Validating webhook deliveries"), checked when this test was
    // written with: printf 'Hello, World!' | openssl dgst -sha256 -hmac "It's a Secret to Everybody"
    QCOMPARE(githubSignature("It's a Secret to Everybody", "Hello, World!"),
             QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
    // printf '%s' '{"test": 2432232314}' | openssl dgst -sha256 -hmac plain-shared-secret
    QCOMPARE(githubSignature("plain-shared-secret", specBody),
             QByteArray("sha256=682c9b88e4f06b2544b2cc901a21c050b02939c3edc177f7c2b3fd0ac95aabd7"));
}

void TestSigning::signerDisabled()
{
    Result<Signer> signer = Signer::create({}, SecretStore());
    QVERIFY(signer);
    QVERIFY(!signer->isEnabled());
    HeaderList headers{{u"Content-Type"_s, u"application/json"_s}};
    signer->apply(headers, u"msg_1"_s, 1700000000, "{}");
    QCOMPARE(headers,
             (HeaderList{{u"Content-Type"_s, u"application/json"_s},
                         {u"webhook-id"_s, u"msg_1"_s}}));
}

void TestSigning::signerSignsExactBody()
{
    const EnvSecret env("TSTSIGN_KEY", specSecret);
    Result<Signer> signer = Signer::create(QJsonObject{{u"scheme"_s, u"standard-webhooks"_s},
                                                       {u"secret"_s, u"tstsign_key"_s}},
                                           SecretStore());
    QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
    QVERIFY(signer->isEnabled());
    QVERIFY(!signer->addsGithubHeader());
    QCOMPARE(signer->secretNames(), QStringList{u"tstsign_key"_s});
    HeaderList headers;
    signer->apply(headers, QString::fromLatin1(specId), specTimestamp, specBody);
    QCOMPARE(headerValue(headers, u"webhook-id"_s), QString::fromLatin1(specId));
    QCOMPARE(headerValue(headers, u"webhook-timestamp"_s), u"1614265330"_s);
    QCOMPARE(headerValue(headers, u"webhook-signature"_s), specSignature);
    QCOMPARE(headerCount(headers, u"X-Hub-Signature-256"_s), 0);
    QCOMPARE(headers.size(), 3);
}

void TestSigning::signerRotationAndGithub()
{
    const EnvSecret fresh("TSTSIGN_NEW", u"plain-shared-secret"_s);
    const EnvSecret old("TSTSIGN_OLD", specSecret);
    Result<Signer> signer = Signer::create(
        QJsonObject{{u"scheme"_s, u"standard-webhooks"_s},
                    {u"secrets"_s, QJsonArray{u"TSTSIGN_NEW"_s, u"TSTSIGN_OLD"_s}},
                    {u"github"_s, true}},
        SecretStore());
    QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
    QVERIFY(signer->addsGithubHeader());
    QCOMPARE(signer->secretNames(), (QStringList{u"TSTSIGN_NEW"_s, u"TSTSIGN_OLD"_s}));
    HeaderList headers;
    signer->apply(headers, QString::fromLatin1(specId), specTimestamp, specBody);
    const QByteArray signature = headerValue(headers, u"webhook-signature"_s).toLatin1();
    QCOMPARE(signature.split(' ').size(), 2);
    QCOMPARE(signature.split(' ').at(1), specSignature.toLatin1());
    const QByteArray ts = QByteArray::number(specTimestamp);
    QVERIFY(StandardWebhooks::verify({"plain-shared-secret"}, specId, ts, specBody, signature));
    QVERIFY(StandardWebhooks::verify({key(specSecret)}, specId, ts, specBody, signature));
    // The GitHub header uses the newest key.
    QCOMPARE(headerValue(headers, u"X-Hub-Signature-256"_s),
             u"sha256=682c9b88e4f06b2544b2cc901a21c050b02939c3edc177f7c2b3fd0ac95aabd7"_s);
}

void TestSigning::signerReplacesHeaders()
{
    const EnvSecret env("TSTSIGN_KEY", specSecret);
    Result<Signer> signer = Signer::create(QJsonObject{{u"secret"_s, u"TSTSIGN_KEY"_s}},
                                           SecretStore());
    QVERIFY(signer); // the scheme defaults to standard-webhooks
    HeaderList headers{{u"Authorization"_s, u"Bearer x"_s},
                       {u"Webhook-Id"_s, u"msg_from_template"_s},
                       {u"WEBHOOK-SIGNATURE"_s, u"v1,forged"_s},
                       {u"webhook-id"_s, u"msg_duplicate"_s}};
    // A retry signs again with a fresh timestamp over the same headers.
    signer->apply(headers, QString::fromLatin1(specId), 1, specBody);
    signer->apply(headers, QString::fromLatin1(specId), specTimestamp, specBody);
    QCOMPARE(headerCount(headers, u"webhook-id"_s), 1);
    QCOMPARE(headerCount(headers, u"webhook-signature"_s), 1);
    QCOMPARE(headerCount(headers, u"webhook-timestamp"_s), 1);
    QCOMPARE(headerValue(headers, u"webhook-id"_s), QString::fromLatin1(specId));
    QCOMPARE(headerValue(headers, u"webhook-signature"_s), specSignature);
    QCOMPARE(headers.first().first, u"Authorization"_s);
    QCOMPARE(headers.size(), 4);
}

void TestSigning::signerErrors_data()
{
    QTest::addColumn<QJsonObject>("signing");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unknown-scheme")
        << QJsonObject{{u"scheme"_s, u"hmac-md5"_s}, {u"secret"_s, u"TSTSIGN_KEY"_s}}
        << u"signing"_s << QStringList{u"hmac-md5"_s, u"standard-webhooks"_s};
    QTest::newRow("no-secret-name") << QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}}
                                    << u"signing"_s << QStringList{u"\"secret\""_s};
    QTest::newRow("empty-rotation")
        << QJsonObject{{u"secrets"_s, QJsonArray{}}} << u"signing"_s << QStringList{u"secrets"_s};
    QTest::newRow("secret-not-set")
        << QJsonObject{{u"secret"_s, u"tstsign_unset"_s}} << u"secret-missing"_s
        << QStringList{u"tstsign_unset"_s,
                       u"HOOKFLOW_SECRET_TSTSIGN_UNSET"_s,
                       u"hookflow-cli secrets set tstsign_unset"_s};
    QTest::newRow("old-key-of-rotation-not-set")
        << QJsonObject{{u"secrets"_s, QJsonArray{u"TSTSIGN_KEY"_s, u"tstsign_gone"_s}}}
        << u"secret-missing"_s << QStringList{u"tstsign_gone"_s};
    QTest::newRow("bad-name") << QJsonObject{{u"secret"_s, u"has-dash"_s}} << u"signing"_s
                              << QStringList{u"signing.secret"_s};
    QTest::newRow("name-not-a-string")
        << QJsonObject{{u"secrets"_s, QJsonArray{u"TSTSIGN_KEY"_s, 7}}} << u"signing"_s
        << QStringList{u"signing.secrets[1]"_s};
    QTest::newRow("both-forms") << QJsonObject{{u"secret"_s, u"TSTSIGN_KEY"_s},
                                               {u"secrets"_s, QJsonArray{u"A"_s}}}
                                << u"signing"_s << QStringList{u"not both"_s};
    QTest::newRow("github-not-bool")
        << QJsonObject{{u"secret"_s, u"TSTSIGN_KEY"_s}, {u"github"_s, u"yes"_s}} << u"signing"_s
        << QStringList{u"signing.github"_s};
    QTest::newRow("bad-whsec") << QJsonObject{{u"secret"_s, u"TSTSIGN_BAD"_s}} << u"signing"_s
                               << QStringList{u"TSTSIGN_BAD"_s,
                                              u"whsec_"_s,
                                              u"HOOKFLOW_SECRET_TSTSIGN_BAD"_s};
}

void TestSigning::signerErrors()
{
    QFETCH(QJsonObject, signing);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const EnvSecret good("TSTSIGN_KEY", specSecret);
    const EnvSecret bad("TSTSIGN_BAD", u"whsec_***"_s);
    // An empty workspace store, so that the message also says how to store the secret there.
    const QTemporaryDir workspace;
    Result<SecretStore> store = SecretStore::forWorkspace(workspace.path());
    QVERIFY(store);
    Result<Signer> signer = Signer::create(signing, *store);
    QVERIFY(!signer);
    QCOMPARE(signer.error().code, code);
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(signer.error().message.contains(mention), qPrintable(signer.error().message));
}

void TestSigning::problemsNeedNoSecrets()
{
    // Validation can report these without any secret being set.
    QVERIFY(Signer::problems({}).isEmpty());
    QVERIFY(Signer::problems(QJsonObject{{u"secret"_s, u"never_set_anywhere"_s}}).isEmpty());
    QVERIFY(Signer::problems(QJsonObject{{u"scheme"_s, u"standard-webhooks"_s},
                                         {u"secrets"_s, QJsonArray{u"a"_s, u"b"_s}},
                                         {u"github"_s, true}})
                .isEmpty());
    const auto found = Signer::problems(
        QJsonObject{{u"scheme"_s, u"jws"_s}, {u"secrets"_s, QJsonArray{u"ok"_s, u"not ok"_s}}});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).first, u"scheme"_s);
    QCOMPARE(found.at(1).first, u"secrets[1]"_s);
}

void TestSigning::constantTimeEquals()
{
    QVERIFY(Hookflow::constantTimeEquals("abc", "abc"));
    QVERIFY(Hookflow::constantTimeEquals("", ""));
    QVERIFY(!Hookflow::constantTimeEquals("abc", "abd"));
    QVERIFY(!Hookflow::constantTimeEquals("abc", "ab"));
    QVERIFY(!Hookflow::constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
}

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
