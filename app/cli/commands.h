// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// One function per hookflow-cli subcommand. Each takes the arguments after the subcommand name
/// (global options such as --json already folded in via CliContext) and returns the process exit code:
/// 0 success, 1 invalid input or failed check, 2 usage error (DESIGN §7).
namespace Hookflow::Cli {

struct CliContext
{
    bool json = false; ///< --json: machine-readable stdout
};

int validateCommand(const CliContext &ctx, const QStringList &args);
int renderCommand(const CliContext &ctx, const QStringList &args);
int templateCommand(const CliContext &ctx, const QStringList &args);
int matchCommand(const CliContext &ctx, const QStringList &args);
int fireCommand(const CliContext &ctx, const QStringList &args);
int reportCommand(const CliContext &ctx, const QStringList &args);
int catchCommand(const CliContext &ctx, const QStringList &args);
int usersCommand(const CliContext &ctx, const QStringList &args);
int secretsCommand(const CliContext &ctx, const QStringList &args);

} // namespace Hookflow::Cli
