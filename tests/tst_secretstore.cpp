// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace secrets (core/delivery/secretstore, core/engine/workspace, hookflow-cli secrets):
// the environment first, an owner-only file or the OS keychain as the workspace records, never a
// silent fallback from one to the other; and redaction of the headers a node flags.
#include "catcher/catcher.h"
#include "delivery/requestbuilder.h"
#include "delivery/secretstore.h"
#include "engine/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
// QtDBus comes with QtKeychain on Linux; the fake keychain service below speaks it.
#include <QtDBus/QDBusConnection>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

/// Sets an environment variable for the lifetime of the object.
class EnvVar
{
public:
    EnvVar(const char *name, const QByteArray &value)
        : m_name(name)
    {
        qputenv(m_name.constData(), value);
    }
    ~EnvVar() { qunsetenv(m_name.constData()); }
    Q_DISABLE_COPY_MOVE(EnvVar)

private:
    QByteArray m_name;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

/// hookflow-cli with `input` on its standard input.
Test::CliResult runCliWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(HOOKFLOW_CLI), args);
    process.write(input);
    process.closeWriteChannel();
    Test::CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

/// Just enough of KWallet's D-Bus interface, as QtKeychain uses it, to stand in for a keychain
/// service on a private session bus: one open wallet, password entries by folder and key.
class FakeKWallet final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.KWallet")

public:
    QHash<QString, QString> entries; ///< "folder/key" → value

public slots:
    QString networkWallet() { return u"kdewallet"_s; }
    int open(const QString &, qlonglong, const QString &) { return 7; }
    int entryType(int, const QString &folder, const QString &key, const QString &)
    {
        return entries.contains(folder + u'/' + key) ? 1 /* password */ : 0 /* unknown */;
    }
    QString readPassword(int, const QString &folder, const QString &key, const QString &)
    {
        return entries.value(folder + u'/' + key);
    }
    QByteArray readEntry(int, const QString &folder, const QString &key, const QString &)
    {
        return entries.value(folder + u'/' + key).toUtf8();
    }
    int writePassword(
        int, const QString &folder, const QString &key, const QString &value, const QString &)
    {
        entries.insert(folder + u'/' + key, value);
        return 0;
    }
    int writeEntry(
        int, const QString &folder, const QString &key, const QByteArray &value, const QString &)
    {
        entries.insert(folder + u'/' + key, QString::fromUtf8(value));
        return 0;
    }
    int removeEntry(int, const QString &folder, const QString &key, const QString &)
    {
        entries.remove(folder + u'/' + key);
        return 0;
    }
};

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void environmentComesFirst();
    void fileIsOwnerOnly();
    void fileReadableByOthersIsRefused_data();
    void fileReadableByOthersIsRefused();
    void backendChoiceIsRecorded();
    void damagedSettingsAreNotIgnored_data();
    void damagedSettingsAreNotIgnored();
    void seedingRecordsTheFile();
    void keychainWithoutServiceFailsClearly();
    void keychainFromWorkerThread();
    void environmentStillWinsOverKeychain();
    void cliRoundTrip();
    void cliKeychainWithoutService();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void redactsFlaggedHeaders();
    void keychainServiceEndToEnd();

private:
    QString m_folder; ///< a fresh workspace folder per test function
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_noBus;
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No keychain service, whatever the machine running the tests has: a session bus address
    // that leads nowhere, and a KDE session so that QtKeychain asks KWallet over that bus.
    // hookflow-cli started by the tests inherits this.
    m_noBus = "unix:path=" + QDir::tempPath().toUtf8() + "/hookflow-no-bus-here";
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_noBus);
    qputenv("XDG_CURRENT_DESKTOP", "KDE");
    qputenv("KDE_SESSION_VERSION", "5");
    qunsetenv("HOOKFLOW_WORKSPACE");
}

void TestSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(u"workspace"_s);
    QVERIFY(QDir().mkpath(m_folder));
}

void TestSecretStore::environmentComesFirst()
{
    Result<SecretStore> store = Workspace(m_folder).secretStore();
    QVERIFY(store);
    QCOMPARE(store->backend(), SecretBackend::File);
    QVERIFY(store->set(u"api_token"_s, u"from-the-file"_s));
    QCOMPARE(*store->value(u"api_token"_s), u"from-the-file"_s);
    {
        const EnvVar env("HOOKFLOW_SECRET_API_TOKEN", "from-the-environment");
        QCOMPARE(*store->value(u"api_token"_s), u"from-the-environment"_s);
        // A store opened later sees the same order.
        QCOMPARE(*Workspace(m_folder).secretStore()->value(u"api_token"_s),
                 u"from-the-environment"_s);
        QCOMPARE(*store->storedValue(u"api_token"_s), u"from-the-file"_s);
    }
    QCOMPARE(*store->value(u"api_token"_s), u"from-the-file"_s);

    Result<QString> missing = store->value(u"nowhere"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"secret-missing"_s);
    QVERIFY2(missing.error().message.contains(u"hookflow-cli secrets set nowhere"_s),
             qPrintable(missing.error().message));
    QVERIFY(missing.error().message.contains(u"HOOKFLOW_SECRET_NOWHERE"_s));
}

void TestSecretStore::fileIsOwnerOnly()
{
    const Workspace workspace(m_folder);
    Result<SecretStore> store = workspace.secretStore();
    QVERIFY(store);
    QVERIFY(store->set(u"b_key"_s, u"two"_s));
    QVERIFY(store->set(u"a_key"_s, u"한국어 값"_s));
    QCOMPARE(QFile::permissions(workspace.secretsPath())
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(store->names(), (QStringList{u"a_key"_s, u"b_key"_s}));

    Result<SecretStore> again = workspace.secretStore();
    QVERIFY(again);
    QCOMPARE(*again->value(u"a_key"_s), u"한국어 값"_s);
    QVERIFY(again->remove(u"b_key"_s));
    QCOMPARE(workspace.secretStore()->names(), QStringList{u"a_key"_s});
    Result<void> gone = again->remove(u"b_key"_s);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, u"secret-missing"_s);

    Result<void> badName = again->set(u"has-dash"_s, u"x"_s);
    QVERIFY(!badName);
    // The value never reaches the file through a bad name, nor a workspace.json.
    QVERIFY(!readAll(workspace.secretsPath()).contains("has-dash"));
}

void TestSecretStore::fileReadableByOthersIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("world-readable") << 0644;
    QTest::newRow("group-readable") << 0640;
    QTest::newRow("group-writable") << 0620;
}

void TestSecretStore::fileReadableByOthersIsRefused()
{
    QFETCH(int, mode);
    const Workspace workspace(m_folder);
    QVERIFY(writeAll(workspace.secretsPath(), R"({"api_token": "leaky"})"));
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (mode & 040)
        permissions |= QFileDevice::ReadGroup;
    if (mode & 020)
        permissions |= QFileDevice::WriteGroup;
    if (mode & 04)
        permissions |= QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(workspace.secretsPath(), permissions));

    for (const Result<SecretStore> &store :
         {workspace.secretStore(), SecretStore::load(workspace.secretsPath())}) {
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(u"chmod 600 "_s + workspace.secretsPath()),
                 qPrintable(store.error().message));
    }
    // The CLI says the same and exits 1.
    const Test::CliResult cli = Test::runCli({u"secrets"_s, u"list"_s, u"--workspace"_s, m_folder});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains("chmod 600"), cli.err.constData());
    QVERIFY(!cli.out.contains("leaky") && !cli.err.contains("leaky"));

    QVERIFY(QFile::setPermissions(workspace.secretsPath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(*workspace.secretStore()->value(u"api_token"_s), u"leaky"_s);
}

void TestSecretStore::backendChoiceIsRecorded()
{
    const Workspace workspace(m_folder);
    QCOMPARE(*workspace.secretBackend(), SecretBackend::File); // nothing recorded: the file
    QVERIFY(!QFile::exists(workspace.settingsPath()));

    QVERIFY(workspace.setSecretBackend(SecretBackend::Keychain));
    const QJsonObject settings = readJson(workspace.settingsPath());
    QCOMPARE(settings.value(u"secrets"_s).toObject().value(u"backend"_s).toString(), u"keychain"_s);
    const QString id = settings.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());

    // Another Workspace object (another process) reads the same choice.
    QCOMPARE(*Workspace(m_folder).secretBackend(), SecretBackend::Keychain);
    Result<SecretStore> store = Workspace(m_folder).secretStore();
    QVERIFY(store);
    QCOMPARE(store->backend(), SecretBackend::Keychain);
    QVERIFY2(store->location().contains(id), qPrintable(store->location()));
    // So does a caller that still passes the secrets file.
    QCOMPARE(SecretStore::load(workspace.secretsPath())->backend(), SecretBackend::Keychain);

    // Back to the file: the id stays (it names keychain entries that may still exist), and
    // settings this code does not know are kept.
    QJsonObject withExtra = readJson(workspace.settingsPath());
    withExtra.insert(u"theme"_s, u"dark"_s);
    QVERIFY(writeAll(workspace.settingsPath(), QJsonDocument(withExtra).toJson()));
    QVERIFY(workspace.setSecretBackend(SecretBackend::File));
    const QJsonObject after = readJson(workspace.settingsPath());
    QCOMPARE(after.value(u"id"_s).toString(), id);
    QCOMPARE(after.value(u"theme"_s).toString(), u"dark"_s);
    QCOMPARE(*workspace.secretBackend(), SecretBackend::File);
    QCOMPARE(workspace.secretStore()->backend(), SecretBackend::File);
}

void TestSecretStore::damagedSettingsAreNotIgnored_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not-json") << QByteArray("{\"secrets\": ") << u"workspace.json"_s;
    QTest::newRow("not-an-object") << QByteArray("[]") << u"workspace.json"_s;
    QTest::newRow("unknown-backend")
        << QByteArray(R"({"secrets": {"backend": "vault"}})") << u"vault"_s;
}

void TestSecretStore::damagedSettingsAreNotIgnored()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, mention);
    const Workspace workspace(m_folder);
    QVERIFY(SecretStore::writeFile(workspace.secretsPath(), {{u"api_token"_s, u"filed"_s}}));
    QVERIFY(writeAll(workspace.settingsPath(), settings));
    // No guessing "the file, then": the settings are wrong and the store says so.
    Result<SecretStore> store = workspace.secretStore();
    QVERIFY(!store);
    QVERIFY2(store.error().message.contains(mention), qPrintable(store.error().message));
    QVERIFY(!SecretStore::load(workspace.secretsPath()));
    QVERIFY(!workspace.secretBackend());
}

void TestSecretStore::seedingRecordsTheFile()
{
    const Workspace workspace(m_folder);
    QVERIFY(workspace.ensureSeeded());
    QCOMPARE(readJson(workspace.settingsPath())
                 .value(u"secrets"_s)
                 .toObject()
                 .value(u"backend"_s)
                 .toString(),
             u"file"_s);
    QVERIFY(workspace.secretStore()->names().contains(u"alimtalk_token"_s));

    // A workspace whose owner chose the keychain before the first start gets no demo file.
    const QString other = m_dir->filePath(u"chosen"_s);
    QVERIFY(Workspace(other).setSecretBackend(SecretBackend::Keychain));
    QVERIFY(Workspace(other).ensureSeeded());
    QCOMPARE(*Workspace(other).secretBackend(), SecretBackend::Keychain);
    QVERIFY(!QFile::exists(Workspace(other).secretsPath()));
}

void TestSecretStore::keychainWithoutServiceFailsClearly()
{
    const Workspace workspace(m_folder);
    // The file holds a value under the same name: it must not be used behind the user's back.
    QVERIFY(SecretStore::writeFile(workspace.secretsPath(), {{u"api_token"_s, u"filed"_s}}));
    QVERIFY(workspace.setSecretBackend(SecretBackend::Keychain));

    QVERIFY(!SecretStore::probeKeychain());
    Result<SecretStore> store = workspace.secretStore();
    QVERIFY(store); // opening does not ask the keychain; using it does
    Result<QString> value = store->value(u"api_token"_s);
    QVERIFY(!value);
    QCOMPARE(value.error().code, u"keychain"_s);
    QVERIFY2(value.error().message.contains(u"OS keychain"_s), qPrintable(value.error().message));
    QVERIFY(value.error().message.contains(u"hookflow-cli secrets backend file"_s));
    QVERIFY(!value.error().message.contains(u"filed"_s));

    Result<void> set = store.value().set(u"api_token"_s, u"new"_s);
    QVERIFY(!set);
    QCOMPARE(set.error().code, u"keychain"_s);
    QVERIFY(!store.value().remove(u"api_token"_s));
    // Nothing was written anywhere instead.
    QVERIFY(!readAll(workspace.secretsPath()).contains("new"));
    QVERIFY(store->names().isEmpty());
    QVERIFY(!readAll(workspace.settingsPath()).contains("api_token"));
}

void TestSecretStore::keychainFromWorkerThread()
{
    // The run engine resolves secrets on its own thread; the answer (here: no service) must
    // come back there too, not hang.
    const Workspace workspace(m_folder);
    QVERIFY(workspace.setSecretBackend(SecretBackend::Keychain));
    Result<SecretStore> store = workspace.secretStore();
    QVERIFY(store);
    std::optional<Result<QString>> answer;
    QThread *worker = QThread::create([&] { answer = store->value(u"api_token"_s); });
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QVERIFY(answer.has_value());
    QVERIFY(!*answer);
    QCOMPARE(answer->error().code, u"keychain"_s);
}

void TestSecretStore::environmentStillWinsOverKeychain()
{
    const Workspace workspace(m_folder);
    QVERIFY(workspace.setSecretBackend(SecretBackend::Keychain));
    const EnvVar env("HOOKFLOW_SECRET_CI_TOKEN", "from-ci");
    Result<SecretStore> store = workspace.secretStore();
    QVERIFY(store);
    QCOMPARE(*store->value(u"ci_token"_s), u"from-ci"_s); // CI needs no keychain
}

void TestSecretStore::cliRoundTrip()
{
    const QStringList ws{u"--workspace"_s, m_folder};
    Test::CliResult set = runCliWithInput(QStringList{u"secrets"_s, u"set"_s, u"partner_key"_s} + ws,
                                          "piped-value\n");
    QCOMPARE(set.exitCode, 0);
    set = Test::runCli(
        QStringList{u"secrets"_s, u"set"_s, u"alimtalk_token"_s, u"--value"_s, u"given value"_s}
        + ws);
    QCOMPARE(set.exitCode, 0);
    QVERIFY(!set.out.contains("given value") && !set.err.contains("given value"));

    Test::CliResult list = Test::runCli(QStringList{u"secrets"_s, u"list"_s} + ws);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, QByteArray("alimtalk_token\npartner_key\n"));
    QVERIFY(!list.out.contains("piped-value") && !list.err.contains("piped-value"));

    Result<SecretStore> store = Workspace(m_folder).secretStore();
    QVERIFY(store);
    QCOMPARE(*store->value(u"partner_key"_s), u"piped-value"_s); // one final newline dropped
    QCOMPARE(*store->value(u"alimtalk_token"_s), u"given value"_s);

    list = Test::runCli(QStringList{u"--json"_s, u"secrets"_s, u"list"_s} + ws);
    QCOMPARE(list.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(list.out).object();
    QCOMPARE(json.value(u"backend"_s).toString(), u"file"_s);
    QCOMPARE(json.value(u"names"_s).toArray(), (QJsonArray{u"alimtalk_token"_s, u"partner_key"_s}));

    QCOMPARE(Test::runCli(QStringList{u"secrets"_s, u"remove"_s, u"partner_key"_s} + ws).exitCode,
             0);
    QCOMPARE(Test::runCli(QStringList{u"secrets"_s, u"list"_s} + ws).out,
             QByteArray("alimtalk_token\n"));
    const Test::CliResult again = Test::runCli(
        QStringList{u"secrets"_s, u"remove"_s, u"partner_key"_s} + ws);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("partner_key"));

    const Test::CliResult backend = Test::runCli(QStringList{u"secrets"_s, u"backend"_s} + ws);
    QCOMPARE(backend.exitCode, 0);
    QVERIFY(backend.out.startsWith("file\t"));
    QCOMPARE(Test::runCli(QStringList{u"secrets"_s, u"backend"_s, u"file"_s} + ws).exitCode, 0);

    const Test::CliResult empty = runCliWithInput(QStringList{u"secrets"_s, u"set"_s, u"blank"_s}
                                                      + ws,
                                                  "\n");
    QCOMPARE(empty.exitCode, 1);
    QVERIFY(!Workspace(m_folder).secretStore()->names().contains(u"blank"_s));
}

void TestSecretStore::cliKeychainWithoutService()
{
    const QStringList ws{u"--workspace"_s, m_folder};
    const Workspace workspace(m_folder);
    QVERIFY(SecretStore::writeFile(workspace.secretsPath(), {{u"api_token"_s, u"filed"_s}}));

    // Choosing the keychain where none answers is refused; the workspace stays on the file.
    const Test::CliResult choose = Test::runCli(
        QStringList{u"secrets"_s, u"backend"_s, u"keychain"_s} + ws);
    QCOMPARE(choose.exitCode, 1);
    QVERIFY2(choose.err.contains("keychain"), choose.err.constData());
    QCOMPARE(*workspace.secretBackend(), SecretBackend::File);

    // A workspace that chose the keychain (say on a desktop, then copied to a server) fails
    // clearly and names the way out; the file is neither read nor written.
    QVERIFY(workspace.setSecretBackend(SecretBackend::Keychain));
    const QByteArray fileBefore = readAll(workspace.secretsPath());
    const Test::CliResult set = Test::runCli(
        QStringList{u"secrets"_s, u"set"_s, u"api_token"_s, u"--value"_s, u"v2"_s} + ws);
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains("hookflow-cli secrets backend file"), set.err.constData());
    QCOMPARE(readAll(workspace.secretsPath()), fileBefore);

    // --move from an unreachable keychain moves nothing and switches nothing... and the
    // keychain holds no names, so moving to the file is just the switch.
    const Test::CliResult back = Test::runCli(QStringList{u"secrets"_s, u"backend"_s, u"file"_s}
                                              + ws);
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(*workspace.secretBackend(), SecretBackend::File);
    QCOMPARE(*workspace.secretStore()->value(u"api_token"_s), u"filed"_s);
}

void TestSecretStore::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no-subcommand") << QStringList{u"secrets"_s};
    QTest::newRow("unknown-subcommand") << QStringList{u"secrets"_s, u"show"_s};
    QTest::newRow("set-without-name") << QStringList{u"secrets"_s, u"set"_s};
    QTest::newRow("set-bad-name") << QStringList{u"secrets"_s,
                                                 u"set"_s,
                                                 u"a-b"_s,
                                                 u"--value"_s,
                                                 u"x"_s};
    QTest::newRow("unknown-backend") << QStringList{u"secrets"_s, u"backend"_s, u"vault"_s};
    QTest::newRow("unknown-option") << QStringList{u"secrets"_s, u"list"_s, u"--values"_s};
    QTest::newRow("remove-two") << QStringList{u"secrets"_s, u"remove"_s, u"a"_s, u"b"_s};
}

void TestSecretStore::cliUsageErrors()
{
    QFETCH(QStringList, args);
    const Test::CliResult result = Test::runCli(args + QStringList{u"--workspace"_s, m_folder});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("usage"));
}

void TestSecretStore::redactsFlaggedHeaders()
{
    Campaign campaign;
    campaign.key = u"redaction"_s;
    Node webhook;
    webhook.id = u"send"_s;
    webhook.kind = NodeKind::Webhook;
    webhook.request.method = u"POST"_s;
    webhook.request.url = u"https://api.example.com/v1/send"_s;
    webhook.request.headers = {{u"Authorization"_s, u"Bearer {{secrets.api_token}}"_s},
                               {u"X-Customer-Ref"_s, u"cust-{{user_id}}"_s},
                               {u"X-Session"_s, u"s-{{user_id}}"_s},
                               {u"X-Trace"_s, u"trace-{{user_id}}"_s},
                               {u"webhook-signature"_s, u"v1,abc"_s},
                               {u"X-Hub-Signature-256"_s, u"sha256=abc"_s},
                               {u"Cookie"_s, u"sid=1"_s},
                               {u"X-Api-Key"_s, u"k"_s}};
    webhook.request.body = uR"({"echo": "{{secrets.api_token}}"})"_s;
    webhook.request.redactHeaders = {u"x-customer-ref"_s, u" X-Session "_s};
    campaign.nodes.append(webhook);

    Result<RequestBuilder> builder = RequestBuilder::compile(campaign, webhook);
    QVERIFY(builder);
    const EnvVar env("HOOKFLOW_SECRET_API_TOKEN", "tok-123");
    SampleUser user;
    user.userId = u"u1"_s;
    Result<PreparedRequest> request = builder->build(user,
                                                     Event{u"e"_s, {}, {}},
                                                     u"msg_1"_s,
                                                     SecretStore(),
                                                     QDateTime::currentDateTimeUtc());
    QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
    QCOMPARE(request->headers.first().second, u"Bearer tok-123"_s); // sent as is

    QHash<QString, QString> shown;
    for (const auto &[name, value] : request->redactedHeaders())
        shown.insert(name, value);
    const QString hidden = u"[redacted]"_s;
    QCOMPARE(shown.value(u"Authorization"_s), hidden);
    QCOMPARE(shown.value(u"X-Customer-Ref"_s), hidden); // flagged in lower case
    QCOMPARE(shown.value(u"X-Session"_s), hidden);      // flagged with spaces around
    QCOMPARE(shown.value(u"webhook-signature"_s), hidden);
    QCOMPARE(shown.value(u"X-Hub-Signature-256"_s), hidden);
    QCOMPARE(shown.value(u"Cookie"_s), hidden);
    QCOMPARE(shown.value(u"X-Api-Key"_s), hidden);
    QCOMPARE(shown.value(u"X-Trace"_s), u"trace-u1"_s); // not flagged, not sensitive
    QVERIFY(!request->redactedBody().contains(u"tok-123"_s));
}

void TestSecretStore::keychainServiceEndToEnd()
{
    // A private session bus with a fake KWallet on it, served by this process while hookflow-cli
    // runs. The CLI asks it from its keychain thread, and `fire` resolves the secret on the run
    // engine's worker thread.
    QProcess bus;
    bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY2(bus.waitForStarted(), "dbus-daemon is missing (tools/setup.sh installs it)");
    QTRY_VERIFY(bus.canReadLine());
    const QString address = QString::fromUtf8(bus.readLine().trimmed());
    QVERIFY(!address.isEmpty());
    const QString connectionName = u"fake-kwallet"_s;
    FakeKWallet wallet;
    {
        QDBusConnection connection = QDBusConnection::connectToBus(address, connectionName);
        QVERIFY(connection.isConnected());
        QVERIFY(connection.registerObject(u"/modules/kwalletd5"_s,
                                          &wallet,
                                          QDBusConnection::ExportAllSlots));
        QVERIFY(connection.registerService(u"org.kde.kwalletd5"_s));
    }
    const auto stop = qScopeGuard([&] {
        QDBusConnection::disconnectFromBus(connectionName);
        bus.kill();
        bus.waitForFinished();
    });
    QProcessEnvironment env;
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    const QStringList ws{u"--workspace"_s, m_folder};
    const Workspace workspace(m_folder);
    auto cli = [&](const QStringList &args) {
        const Test::CliResult result = Test::runCli(args + ws, env);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return result;
    };

    QCOMPARE(cli({u"secrets"_s, u"backend"_s, u"keychain"_s}).exitCode, 0);
    QCOMPARE(*workspace.secretBackend(), SecretBackend::Keychain);
    const QString id = readJson(workspace.settingsPath()).value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());

    QCOMPARE(cli({u"secrets"_s, u"set"_s, u"alimtalk_token"_s, u"--value"_s, u"kc-token"_s}).exitCode,
             0);
    // Stored in the keychain under service "Hookflow" (KWallet's folder), key "<id>/<NAME>".
    QCOMPARE(wallet.entries,
             (QHash<QString, QString>{{u"Hookflow/"_s + id + u"/alimtalk_token"_s, u"kc-token"_s}}));
    QVERIFY(!QFile::exists(workspace.secretsPath()));
    QVERIFY(!readAll(workspace.settingsPath()).contains("kc-token"));
    QCOMPARE(cli({u"secrets"_s, u"list"_s}).out, QByteArray("alimtalk_token\n"));

    // A test-fire reads it on the engine's thread and sends it.
    Catcher catcher;
    QVERIFY(catcher.listen(QHostAddress::LocalHost));
    const QString users = m_dir->filePath(u"users.json"_s);
    QVERIFY(writeAll(users,
                     R"([{"user_id": "u1", "properties": {"name": "Kim", "phone": "+8210",
                         "marketing_opt_in": true, "app_version": "2.5.0"}}])"));
    const Test::CliResult fire = cli(
        {u"--json"_s,
         u"fire"_s,
         Test::sourcePath(u"resources/examples/price-drop-alert.hookflow.json"_s),
         u"--users"_s,
         users,
         u"--event"_s,
         Test::sourcePath(u"resources/examples/price-drop-alert.event.json"_s),
         u"--target"_s,
         catcher.url().toString(),
         u"--db"_s,
         m_dir->filePath(u"fire.db"_s)});
    QCOMPARE(fire.exitCode, 0);
    QCOMPARE(catcher.requests().size(), 1);
    QCOMPARE(catcher.requests().first().header("Authorization"), QByteArray("Bearer kc-token"));

    // Moving to the file and back carries the value along and leaves nothing behind.
    QCOMPARE(cli({u"secrets"_s, u"backend"_s, u"file"_s, u"--move"_s}).exitCode, 0);
    QVERIFY(wallet.entries.isEmpty());
    QCOMPARE(*workspace.secretStore()->value(u"alimtalk_token"_s), u"kc-token"_s);
    QCOMPARE(cli({u"secrets"_s, u"backend"_s, u"keychain"_s, u"--move"_s}).exitCode, 0);
    QCOMPARE(wallet.entries.size(), 1);
    QVERIFY(Workspace(m_folder).secretStore()->names() == QStringList{u"alimtalk_token"_s});
    QVERIFY(!readAll(workspace.secretsPath()).contains("kc-token"));

    QCOMPARE(cli({u"secrets"_s, u"remove"_s, u"alimtalk_token"_s}).exitCode, 0);
    QVERIFY(wallet.entries.isEmpty());
    QCOMPARE(cli({u"secrets"_s, u"list"_s}).out, QByteArray());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
