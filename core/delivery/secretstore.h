// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Hookflow {

/// Where a workspace keeps its secrets. Chosen explicitly and recorded in the workspace's
/// workspace.json; Hookflow never falls back from one to the other on its own.
enum class SecretBackend {
    File,    ///< secrets.json in the workspace folder, readable only by its owner (0600)
    Keychain ///< the OS keychain through QtKeychain, service "Hookflow", key "<workspace id>/<NAME>"
};
QString secretBackendName(SecretBackend backend); ///< "file", "keychain"
std::optional<SecretBackend> secretBackendFromName(const QString &name);

/// Where `{{secrets.NAME}}` values and signing keys come from: `HOOKFLOW_SECRET_<NAME>` in the
/// environment first (for CI; NAME upper-cased), then the workspace's backend. Secrets never live
/// in campaign files or the results database. Copies share one cache of keychain answers, so a
/// run asks the keychain once per secret. Usable from any thread: keychain calls run on one
/// thread of their own (QtKeychain's job queue is not thread-safe) and the caller waits.
class SecretStore
{
public:
    /// The environment only.
    SecretStore() = default;

    /// The store of the workspace in `folder`, on the backend its workspace.json records (the
    /// file when it records none). Fails when the settings cannot be read, name an unknown
    /// backend, or the secrets file is unsafe (others can read it) or damaged.
    static Result<SecretStore> forWorkspace(const QString &folder);
    /// The store of the workspace whose secrets file is `secretsFile`: its backend comes from the
    /// workspace.json next to it, exactly as forWorkspace(). An empty path: the environment only.
    static Result<SecretStore> load(const QString &secretsFile);
    /// The workspace's store on `backend`, whatever its settings record (to move secrets between
    /// backends).
    static Result<SecretStore> open(const QString &folder, SecretBackend backend);

    SecretBackend backend() const { return m_backend; }
    /// For messages: the secrets file, or the keychain service and key prefix.
    QString location() const;

    /// The names the backend holds, sorted (for completion and `secrets list`; never values).
    /// With the keychain these come from workspace.json, so listing never unlocks the keychain.
    QStringList names() const;
    /// Same as names(); kept for callers written when only the file existed.
    QStringList fileNames() const { return names(); }

    /// The value, or an Error that says how to provide it: code "secret-missing" when it is not
    /// set, "keychain" when the keychain cannot be asked (with how to switch to the file).
    Result<QString> value(const QString &name) const;
    /// The backend's own value, ignoring the environment (to move secrets between backends).
    Result<QString> storedValue(const QString &name) const;

    /// Stores `value` under `name` in the backend (not the environment). Names are letters,
    /// digits and '_' (they appear in templates and in environment variable names).
    Result<void> set(const QString &name, const QString &value);
    /// Removes `name` from the backend; an Error with code "secret-missing" when it is not there.
    Result<void> remove(const QString &name);

    /// Whether `name` can name a secret.
    static bool isValidName(const QString &name);
    /// Writes a secrets file with owner-only permissions.
    static Result<void> writeFile(const QString &secretsFile,
                                  const QHash<QString, QString> &secrets);
    /// Asks the keychain once: ok when a keychain service answers, else an Error saying why.
    static Result<void> probeKeychain();
    /// The backend recorded in a workspace's settings (the file when none is).
    static Result<SecretBackend> backendOf(const QJsonObject &settings);

    /// The keychain service name Hookflow's entries are stored under.
    static QString keychainService();

private:
    struct Cache;

    Result<void> loadFile();
    Result<QString> keychainValue(const QString &name) const;
    QString keychainKey(const QString &name) const;
    Error keychainUnavailable(const QString &reason) const;

    SecretBackend m_backend = SecretBackend::File;
    QString m_folder;
    QString m_file;
    QHash<QString, QString> m_fileSecrets;
    QString m_workspaceId;
    QStringList m_keychainNames;
    std::shared_ptr<Cache> m_cache;
};

} // namespace Hookflow
