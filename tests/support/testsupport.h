// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Hookflow::Test {

/// A file of the source tree, e.g. "resources/examples/price-drop-alert.hookflow.json".
QString sourcePath(const QString &relative);
QByteArray readFile(const QString &path);

/// What a hookflow-cli invocation printed and returned.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the real hookflow-cli binary with `args`; `environment` is added to the test's own.
CliResult runCli(const QStringList &args,
                 const QProcessEnvironment &environment = {},
                 int timeoutMs = 120000);

} // namespace Hookflow::Test
