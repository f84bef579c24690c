// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Hookflow {

/// A folder with campaign files (*.hookflow.json), the results database hookflow.db, and the
/// owner-only secrets file. The default one lives under the platform's app-data location (or
/// $HOOKFLOW_WORKSPACE) and is seeded with the examples and demo users on first start.
class Workspace
{
public:
    explicit Workspace(QString folder);
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    QString databasePath() const;
    QString secretsPath() const;
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
