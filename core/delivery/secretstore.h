// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Hookflow {

/// Where `{{secrets.NAME}}` values come from: `HOOKFLOW_SECRET_<NAME>` in the environment first
/// (for CI), then the workspace's secrets file (a JSON object of name → value, readable only by
/// its owner). Secrets never live in campaign files or the results database.
class SecretStore
{
public:
    SecretStore() = default;
    /// Reads the secrets file when it exists; refuses one that others can read.
    static Result<SecretStore> load(const QString &secretsFile);

    /// The names the secrets file holds, sorted (for completion; never the values).
    QStringList fileNames() const;
    /// The value, or an Error that says how to provide it.
    Result<QString> value(const QString &name) const;

    /// Writes a secrets file with owner-only permissions.
    static Result<void> writeFile(const QString &secretsFile,
                                  const QHash<QString, QString> &secrets);

private:
    QHash<QString, QString> m_fileSecrets;
    QString m_file;
};

} // namespace Hookflow
