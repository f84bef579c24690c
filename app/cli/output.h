// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>

namespace Hookflow::Cli {

/// Writes UTF-8 text to stdout / stderr, unbuffered enough for pipes and tests.
void out(const QString &text);
void err(const QString &text);
void outJson(const QJsonDocument &doc);

/// Prints "hookflow-cli: error: MESSAGE" plus the usage line to stderr and returns exit code 2.
int usageError(const QString &message, const QString &usage);

} // namespace Hookflow::Cli
