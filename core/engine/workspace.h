// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/secretstore.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Hookflow {

/// workspace.json, next to hookflow.db: the workspace's own settings (docs/signing.md), e.g.
/// `{"format": 1, "id": "…", "secrets": {"backend": "keychain", "keychain_names": […]}}`.
/// Never holds a secret's value.
namespace WorkspaceSettings {
inline constexpr auto FileName = "workspace.json";
/// The settings of the workspace in `folder`; an empty object when it has none yet. Fails when
/// the file exists but cannot be read or is not a JSON object.
Result<QJsonObject> read(const QString &folder);
/// Reads the settings, lets `change` edit them and writes them back (atomically). Keys that
/// `change` does not touch are kept.
Result<void> update(const QString &folder, const std::function<void(QJsonObject &)> &change);
} // namespace WorkspaceSettings

/// A folder with campaign files (*.hookflow.json), the results database hookflow.db, its
/// settings (workspace.json) and, with the file backend, the owner-only secrets file. The
/// default one lives under the platform's app-data location (or $HOOKFLOW_WORKSPACE) and is
/// seeded with the examples and demo users on first start.
class Workspace
{
public:
    explicit Workspace(QString folder);
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    QString databasePath() const;
    QString secretsPath() const;
    QString settingsPath() const;

    /// Where the workspace keeps its secrets, as recorded in workspace.json (the file when
    /// nothing is recorded). Fails on unreadable settings or an unknown backend name.
    Result<SecretBackend> secretBackend() const;
    /// Records the backend. The keychain needs no check here; the caller checks that a keychain
    /// service answers first (SecretStore::probeKeychain) and says what happens to the secrets.
    Result<void> setSecretBackend(SecretBackend backend) const;
    /// The workspace's secret store, on its recorded backend; environment variables first.
    Result<SecretStore> secretStore() const;
    /// Campaign files in the folder, sorted by name.
    QStringList campaignFiles() const;

    /// Creates the folder and, the first time, copies the example campaigns and events, imports
    /// the demo users and writes demo secrets. Idempotent: a seeded workspace is left alone.
    Result<void> ensureSeeded() const;

private:
    QString m_folder;
};

/// Example campaigns and demo data shipped in the binary (resources/).
namespace Examples {
QStringList campaignResources(); ///< ":/examples/price-drop-alert.hookflow.json", …
QString eventResourceFor(const QString &campaignResource); ///< its demo event
inline constexpr auto DemoUsers = ":/demo/users.json";
} // namespace Examples

} // namespace Hookflow
