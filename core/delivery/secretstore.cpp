// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "engine/workspace.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

const QString secretsFileName = u"secrets.json"_s;
constexpr int keychainTimeoutMs = 120000; // long enough to answer an unlock prompt

QString switchHint()
{
    return Tr::tr("keep this workspace's secrets in its owner-only secrets file instead: run "
                  "\"hookflow-cli secrets backend file\" and set them again");
}

// ---- the keychain thread ---------------------------------------------------------------------
// QtKeychain queues every job on one global JobExecutor that is not thread-safe and lives in the
// thread that first used it. All jobs therefore run on one long-lived thread of ours; callers on
// any other thread (the GUI, the CLI, the run engine's worker) wait for the answer.

enum class KeychainOp { Read, Write, Delete };

struct KeychainAnswer
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

QThread *keychainThread();

void stopKeychainThread()
{
    QThread *thread = keychainThread();
    thread->quit();
    thread->wait();
}

/// Started on first use, stopped when the application object goes away; never deleted, so a
/// process that exits without destroying its application does not abort on a running QThread.
QThread *keychainThread()
{
    static QThread *const thread = [] {
        auto *t = new QThread;
        t->setObjectName(u"hookflow-keychain"_s);
        t->start();
        qAddPostRoutine(stopKeychainThread);
        return t;
    }();
    return thread;
}

QObject *keychainContext()
{
    static QObject *const context = [] {
        auto *o = new QObject;
        o->moveToThread(keychainThread());
        return o;
    }();
    return context;
}

/// Runs on the keychain thread: one job, waited for with a local event loop.
KeychainAnswer runJobHere(KeychainOp op, const QString &key, const QByteArray &data)
{
    const QString service = SecretStore::keychainService();
    QKeychain::Job *job = nullptr;
    switch (op) {
    case KeychainOp::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case KeychainOp::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(QString::fromUtf8(data));
        job = write;
        break;
    }
    case KeychainOp::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain-text file behind the user's back
    job->setAutoDelete(true);        // the job may outlive a timeout; it deletes itself when done

    KeychainAnswer answer;
    bool done = false;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *finished) {
        answer.error = finished->error();
        answer.errorString = finished->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            answer.data = read->binaryData();
        done = true;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start(); // queued: the answer arrives inside the loop below
    if (!done)
        loop.exec();
    if (!done) {
        answer.error = QKeychain::OtherError;
        answer.errorString = Tr::tr("the keychain did not answer within %n second(s)",
                                    nullptr,
                                    keychainTimeoutMs / 1000);
    }
    return answer;
}

KeychainAnswer runKeychainJob(KeychainOp op, const QString &key, const QByteArray &data = {})
{
    if (!QCoreApplication::instance()) {
        return {QKeychain::OtherError,
                Tr::tr("the keychain can only be used by a running application"),
                {}};
    }
    QObject *context = keychainContext();
    if (!context->thread()->isRunning()) // stopped with the application object
        return {QKeychain::OtherError, Tr::tr("the application is shutting down"), {}};
    if (QThread::currentThread() == context->thread())
        return runJobHere(op, key, data);
    KeychainAnswer answer;
    QMetaObject::invokeMethod(
        context, [&] { answer = runJobHere(op, key, data); }, Qt::BlockingQueuedConnection);
    return answer;
}

bool keychainUnreachable(const KeychainAnswer &answer)
{
    return answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound;
}

QString keychainReason(const KeychainAnswer &answer)
{
    QString detail = answer.errorString;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // QtKeychain often says only "Unknown error" when there is no session bus at all.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        detail = Tr::tr("%1; there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
                     .arg(detail);
#endif
    if (answer.error == QKeychain::NoBackendAvailable)
        return Tr::tr("no keychain service is available (%1)").arg(detail);
    if (answer.error == QKeychain::AccessDeniedByUser || answer.error == QKeychain::AccessDenied)
        return Tr::tr("the keychain refused access (%1)").arg(detail);
    return Tr::tr("no keychain service can be reached (%1)").arg(detail);
}

QString missingMessage(const QString &name, const QString &where)
{
    return Tr::tr("secret \"%1\" is not set: set it with \"hookflow-cli secrets set %1\" (it is "
                  "kept in %2) or, for CI, in the environment variable HOOKFLOW_SECRET_%3")
        .arg(name, where, name.toUpper());
}

QString insecureMessage(const QString &file)
{
    return Tr::tr("%1 can be read or changed by other users; make it private with \"chmod 600 "
                  "%1\" before Hookflow uses it")
        .arg(file);
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    strings.removeAll(QString());
    return strings;
}

} // namespace

struct SecretStore::Cache
{
    QMutex mutex;
    QHash<QString, QString> values;
};

QString secretBackendName(SecretBackend backend)
{
    return backend == SecretBackend::Keychain ? u"keychain"_s : u"file"_s;
}

std::optional<SecretBackend> secretBackendFromName(const QString &name)
{
    if (name == u"file")
        return SecretBackend::File;
    if (name == u"keychain")
        return SecretBackend::Keychain;
    return std::nullopt;
}

QString SecretStore::keychainService()
{
    return u"Hookflow"_s;
}

bool SecretStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return pattern.match(name).hasMatch();
}

Result<SecretBackend> SecretStore::backendOf(const QJsonObject &settings)
{
    const QJsonValue recorded = settings.value(u"secrets"_s).toObject().value(u"backend"_s);
    if (recorded.isUndefined())
        return SecretBackend::File;
    const std::optional<SecretBackend> backend = secretBackendFromName(recorded.toString());
    if (!backend)
        return Error{u"secrets"_s,
                     Tr::tr("%1 names the secrets backend \"%2\"; it must be \"file\" or "
                            "\"keychain\"")
                         .arg(QString::fromLatin1(WorkspaceSettings::FileName),
                              recorded.toVariant().toString())};
    return *backend;
}

Result<SecretStore> SecretStore::forWorkspace(const QString &folder)
{
    Result<QJsonObject> settings = WorkspaceSettings::read(folder);
    if (!settings)
        return settings.error();
    Result<SecretBackend> backend = backendOf(*settings);
    if (!backend)
        return backend.error();
    return open(folder, *backend);
}

Result<SecretStore> SecretStore::load(const QString &secretsFile)
{
    if (secretsFile.isEmpty())
        return SecretStore();
    const QFileInfo info(secretsFile);
    Result<QJsonObject> settings = WorkspaceSettings::read(info.absolutePath());
    if (!settings)
        return settings.error();
    Result<SecretBackend> backend = backendOf(*settings);
    if (!backend)
        return backend.error();
    if (*backend == SecretBackend::Keychain)
        return open(info.absolutePath(), SecretBackend::Keychain);
    SecretStore store;
    store.m_folder = info.absolutePath();
    store.m_file = secretsFile;
    if (Result<void> loaded = store.loadFile(); !loaded)
        return loaded.error();
    return store;
}

Result<SecretStore> SecretStore::open(const QString &folder, SecretBackend backend)
{
    SecretStore store;
    store.m_backend = backend;
    store.m_folder = folder;
    store.m_cache = std::make_shared<Cache>();
    if (backend == SecretBackend::File) {
        store.m_file = QDir(folder).filePath(secretsFileName);
        if (Result<void> loaded = store.loadFile(); !loaded)
            return loaded.error();
        return store;
    }
    Result<QJsonObject> settings = WorkspaceSettings::read(folder);
    if (!settings)
        return settings.error();
    store.m_workspaceId = settings->value(u"id"_s).toString();
    if (store.m_workspaceId.isEmpty())
        return Error{u"secrets"_s,
                     Tr::tr("the workspace %1 has no id in its %2 to name its keychain entries; "
                            "choose the keychain with \"hookflow-cli secrets backend keychain\"")
                         .arg(folder, QString::fromLatin1(WorkspaceSettings::FileName))};
    store.m_keychainNames = jsonStrings(
        settings->value(u"secrets"_s).toObject().value(u"keychain_names"_s));
    store.m_keychainNames.sort();
    return store;
}

Result<void> SecretStore::loadFile()
{
    m_fileSecrets.clear();
    if (m_file.isEmpty() || !QFile::exists(m_file))
        return {};
    QFile file(m_file);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (file.permissions() & others)
        return Error{u"secrets"_s, insecureMessage(m_file)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"secrets"_s, Tr::tr("cannot read %1: %2").arg(m_file, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"secrets"_s,
                     Tr::tr("%1 must hold a JSON object of secret names and values").arg(m_file)};
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        m_fileSecrets.insert(it.key(), it.value().toString());
    return {};
}

QString SecretStore::location() const
{
    if (m_backend == SecretBackend::Keychain)
        return Tr::tr("the OS keychain (service \"%1\", entries \"%2/NAME\")")
            .arg(keychainService(), m_workspaceId);
    if (m_file.isEmpty())
        return Tr::tr("the environment");
    return Tr::tr("the secrets file %1").arg(m_file);
}

QStringList SecretStore::names() const
{
    QStringList names = m_backend == SecretBackend::Keychain ? m_keychainNames
                                                             : m_fileSecrets.keys();
    names.sort();
    return names;
}

QString SecretStore::keychainKey(const QString &name) const
{
    return m_workspaceId + u'/' + name;
}

Error SecretStore::keychainUnavailable(const QString &reason) const
{
    return Error{u"keychain"_s,
                 Tr::tr("this workspace keeps its secrets in the OS keychain, but %1; start or "
                        "unlock the keychain, or %2")
                     .arg(reason, switchHint())};
}

Result<QString> SecretStore::keychainValue(const QString &name) const
{
    {
        QMutexLocker lock(&m_cache->mutex);
        const auto it = m_cache->values.constFind(name);
        if (it != m_cache->values.constEnd())
            return *it;
    }
    const KeychainAnswer answer = runKeychainJob(KeychainOp::Read, keychainKey(name));
    if (answer.error == QKeychain::EntryNotFound)
        return Error{u"secret-missing"_s, missingMessage(name, location())};
    if (keychainUnreachable(answer))
        return keychainUnavailable(keychainReason(answer));
    const QString value = QString::fromUtf8(answer.data);
    QMutexLocker lock(&m_cache->mutex);
    m_cache->values.insert(name, value);
    return value;
}

Result<QString> SecretStore::value(const QString &name) const
{
    const QByteArray variable = "HOOKFLOW_SECRET_" + name.toUpper().toUtf8();
    if (qEnvironmentVariableIsSet(variable.constData()))
        return qEnvironmentVariable(variable.constData());
    return storedValue(name);
}

Result<QString> SecretStore::storedValue(const QString &name) const
{
    if (m_backend == SecretBackend::Keychain)
        return keychainValue(name);
    const auto it = m_fileSecrets.constFind(name);
    if (it != m_fileSecrets.constEnd())
        return *it;
    if (m_file.isEmpty())
        return Error{u"secret-missing"_s,
                     Tr::tr("secret \"%1\" is not set: set the environment variable "
                            "HOOKFLOW_SECRET_%2")
                         .arg(name, name.toUpper())};
    return Error{u"secret-missing"_s, missingMessage(name, location())};
}

Result<void> SecretStore::set(const QString &name, const QString &value)
{
    if (!isValidName(name))
        return Error{u"secrets"_s,
                     Tr::tr("\"%1\" cannot name a secret: use letters, digits and _, not "
                            "starting with a digit")
                         .arg(name)};
    if (m_backend == SecretBackend::File) {
        if (m_file.isEmpty())
            return Error{u"secrets"_s, Tr::tr("this secret store has no workspace to write to")};
        if (Result<void> reloaded = loadFile(); !reloaded) // keep what others wrote meanwhile
            return reloaded;
        QHash<QString, QString> secrets = m_fileSecrets;
        secrets.insert(name, value);
        if (Result<void> written = writeFile(m_file, secrets); !written)
            return written;
        m_fileSecrets = secrets;
        return {};
    }
    const KeychainAnswer answer = runKeychainJob(KeychainOp::Write,
                                                 keychainKey(name),
                                                 value.toUtf8());
    if (answer.error != QKeychain::NoError)
        return keychainUnavailable(keychainReason(answer));
    {
        QMutexLocker lock(&m_cache->mutex);
        m_cache->values.insert(name, value);
    }
    QStringList names;
    Result<void> recorded = WorkspaceSettings::update(m_folder, [&](QJsonObject &settings) {
        QJsonObject secrets = settings.value(u"secrets"_s).toObject();
        names = jsonStrings(secrets.value(u"keychain_names"_s));
        if (!names.contains(name))
            names.append(name);
        names.sort();
        secrets.insert(u"keychain_names"_s, QJsonArray::fromStringList(names));
        settings.insert(u"secrets"_s, secrets);
    });
    if (!recorded)
        return recorded;
    m_keychainNames = names;
    return {};
}

Result<void> SecretStore::remove(const QString &name)
{
    if (m_backend == SecretBackend::File) {
        if (Result<void> reloaded = loadFile(); !reloaded)
            return reloaded;
        if (!m_fileSecrets.contains(name))
            return Error{u"secret-missing"_s,
                         Tr::tr("there is no secret \"%1\" in %2").arg(name, location())};
        QHash<QString, QString> secrets = m_fileSecrets;
        secrets.remove(name);
        if (Result<void> written = writeFile(m_file, secrets); !written)
            return written;
        m_fileSecrets = secrets;
        return {};
    }
    const KeychainAnswer answer = runKeychainJob(KeychainOp::Delete, keychainKey(name));
    if (keychainUnreachable(answer))
        return keychainUnavailable(keychainReason(answer));
    {
        QMutexLocker lock(&m_cache->mutex);
        m_cache->values.remove(name);
    }
    bool listed = false;
    QStringList names;
    Result<void> recorded = WorkspaceSettings::update(m_folder, [&](QJsonObject &settings) {
        QJsonObject secrets = settings.value(u"secrets"_s).toObject();
        names = jsonStrings(secrets.value(u"keychain_names"_s));
        listed = names.removeAll(name) > 0;
        secrets.insert(u"keychain_names"_s, QJsonArray::fromStringList(names));
        settings.insert(u"secrets"_s, secrets);
    });
    if (!recorded)
        return recorded;
    m_keychainNames = names;
    if (answer.error == QKeychain::EntryNotFound && !listed)
        return Error{u"secret-missing"_s,
                     Tr::tr("there is no secret \"%1\" in %2").arg(name, location())};
    return {};
}

Result<void> SecretStore::probeKeychain()
{
    const KeychainAnswer answer = runKeychainJob(KeychainOp::Read, u"hookflow-keychain-probe"_s);
    if (keychainUnreachable(answer))
        return Error{u"keychain"_s, keychainReason(answer)};
    return {};
}

Result<void> SecretStore::writeFile(const QString &secretsFile,
                                    const QHash<QString, QString> &secrets)
{
    QJsonObject object;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        object.insert(it.key(), it.value());
    QSaveFile file(secretsFile);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"secrets"_s,
                     Tr::tr("cannot write %1: %2").arg(secretsFile, file.errorString())};
    // Private before the first byte goes in: the temporary file becomes the secrets file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson());
    if (!file.commit())
        return Error{u"secrets"_s,
                     Tr::tr("cannot write %1: %2").arg(secretsFile, file.errorString())};
    QFile::setPermissions(secretsFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace Hookflow
