// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// secrets set | list | remove | backend: argument parsing and printing only; the work happens in
// core/delivery/secretstore and core/engine/workspace. Values are never printed.
#include "args.h"
#include "commands.h"
#include "output.h"

#include "delivery/secretstore.h"
#include "engine/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Hookflow::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString secretsUsage()
{
    return u"hookflow-cli secrets set NAME [--value V] [--workspace DIR]   (the value from stdin "
           "without --value)\n"
           "       hookflow-cli secrets list [--workspace DIR]\n"
           "       hookflow-cli secrets remove NAME [--workspace DIR]\n"
           "       hookflow-cli secrets backend [file|keychain] [--move] [--workspace DIR]"_s;
}

int fail(const QString &message)
{
    err(u"hookflow-cli: error: %1\n"_s.arg(message));
    return 1;
}

/// --workspace DIR, else the default workspace ($HOOKFLOW_WORKSPACE or the app-data folder).
Workspace workspaceOf(const Args &args)
{
    return Workspace(args.value(u"workspace"_s, Workspace::defaultFolder()));
}

/// The value from stdin: a line typed without echo on a terminal, else everything piped in
/// without one final line break.
std::optional<QString> readValue(const QString &name)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        err(Tr::tr("Value of %1 (not shown): ").arg(name));
        termios saved{};
        const bool hidden = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (hidden) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        std::string line;
        const bool read = static_cast<bool>(std::getline(std::cin, line));
        if (hidden)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err(u"\n"_s);
        if (!read)
            return std::nullopt;
        return QString::fromStdString(line);
    }
#else
    Q_UNUSED(name)
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = in.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

/// A note when the environment overrides what is stored (CI sets HOOKFLOW_SECRET_*).
void noteEnvironment(const QString &name)
{
    const QString variable = u"HOOKFLOW_SECRET_"_s + name.toUpper();
    if (qEnvironmentVariableIsSet(variable.toUtf8().constData()))
        err(Tr::tr("note: %1 is set in this environment and is used instead while it is\n")
                .arg(variable));
}

int setCommand(const CliContext &ctx, const QStringList &arguments)
{
    const Args args(arguments, {u"workspace"_s, u"value"_s}, {});
    if (!args.ok())
        return usageError(args.error(), secretsUsage());
    if (args.positional().size() != 1)
        return usageError(Tr::tr("secrets set takes one secret name"), secretsUsage());
    const QString name = args.positional().first();
    if (!SecretStore::isValidName(name))
        return usageError(Tr::tr("\"%1\" cannot name a secret: use letters, digits and _, not "
                                 "starting with a digit")
                              .arg(name),
                          secretsUsage());
    std::optional<QString> value = args.has(u"value"_s) ? args.value(u"value"_s) : readValue(name);
    if (!value)
        return fail(Tr::tr("cannot read the value of %1 from standard input").arg(name));
    if (value->isEmpty())
        return fail(Tr::tr("the value of %1 is empty; nothing was stored").arg(name));

    const Workspace workspace = workspaceOf(args);
    if (!QDir().mkpath(workspace.folder()))
        return fail(Tr::tr("cannot create the workspace folder %1").arg(workspace.folder()));
    Result<SecretStore> store = workspace.secretStore();
    if (!store)
        return fail(store.error().message);
    if (Result<void> stored = store->set(name, *value); !stored)
        return fail(stored.error().message);
    if (ctx.json)
        outJson(QJsonDocument(
            QJsonObject{{u"name"_s, name}, {u"backend"_s, secretBackendName(store->backend())}}));
    else
        err(Tr::tr("secret %1 stored in %2\n").arg(name, store->location()));
    noteEnvironment(name);
    return 0;
}

int listCommand(const CliContext &ctx, const QStringList &arguments)
{
    const Args args(arguments, {u"workspace"_s}, {});
    if (!args.ok())
        return usageError(args.error(), secretsUsage());
    if (!args.positional().isEmpty())
        return usageError(Tr::tr("secrets list takes no names"), secretsUsage());
    Result<SecretStore> store = workspaceOf(args).secretStore();
    if (!store)
        return fail(store.error().message);
    const QStringList names = store->names();
    if (ctx.json) {
        outJson(QJsonDocument(QJsonObject{{u"backend"_s, secretBackendName(store->backend())},
                                          {u"location"_s, store->location()},
                                          {u"names"_s, QJsonArray::fromStringList(names)}}));
        return 0;
    }
    for (const QString &name : names)
        out(name + u'\n');
    if (names.isEmpty())
        err(Tr::tr("no secrets in %1\n").arg(store->location()));
    return 0;
}

int removeCommand(const CliContext &ctx, const QStringList &arguments)
{
    const Args args(arguments, {u"workspace"_s}, {});
    if (!args.ok())
        return usageError(args.error(), secretsUsage());
    if (args.positional().size() != 1)
        return usageError(Tr::tr("secrets remove takes one secret name"), secretsUsage());
    const QString name = args.positional().first();
    Result<SecretStore> store = workspaceOf(args).secretStore();
    if (!store)
        return fail(store.error().message);
    if (Result<void> removed = store->remove(name); !removed)
        return fail(removed.error().message);
    if (ctx.json)
        outJson(QJsonDocument(QJsonObject{{u"name"_s, name}, {u"removed"_s, true}}));
    else
        err(Tr::tr("secret %1 removed from %2\n").arg(name, store->location()));
    return 0;
}

/// Copies every secret of `from` into `to`, then removes them from `from`. Nothing is removed
/// unless every copy succeeded.
Result<QStringList> moveSecrets(SecretStore &from, SecretStore &to)
{
    const QStringList names = from.names();
    for (const QString &name : names) {
        Result<QString> value = from.storedValue(name);
        if (!value)
            return value.error();
        if (Result<void> stored = to.set(name, *value); !stored)
            return stored.error();
    }
    for (const QString &name : names) {
        if (Result<void> removed = from.remove(name); !removed)
            err(Tr::tr("warning: %1 was copied but could not be removed from %2: %3\n")
                    .arg(name, from.location(), removed.error().message));
    }
    return names;
}

int backendCommand(const CliContext &ctx, const QStringList &arguments)
{
    const Args args(arguments, {u"workspace"_s}, {u"move"_s});
    if (!args.ok())
        return usageError(args.error(), secretsUsage());
    if (args.positional().size() > 1)
        return usageError(Tr::tr("secrets backend takes at most one backend name"), secretsUsage());
    const Workspace workspace = workspaceOf(args);
    Result<SecretBackend> current = workspace.secretBackend();
    if (!current)
        return fail(current.error().message);

    auto report = [&](SecretBackend backend, const QStringList &moved) {
        Result<SecretStore> store = workspace.secretStore();
        const QString location = store ? store->location() : QString();
        if (ctx.json)
            outJson(QJsonDocument(QJsonObject{{u"backend"_s, secretBackendName(backend)},
                                              {u"location"_s, location},
                                              {u"moved"_s, QJsonArray::fromStringList(moved)}}));
        else
            out(u"%1\t%2\n"_s.arg(secretBackendName(backend), location));
        return 0;
    };
    if (args.positional().isEmpty()) {
        if (args.has(u"move"_s))
            return usageError(Tr::tr("--move needs the backend to move to"), secretsUsage());
        return report(*current, {});
    }

    const std::optional<SecretBackend> target = secretBackendFromName(args.positional().first());
    if (!target)
        return usageError(Tr::tr("the secrets backend is \"file\" or \"keychain\", not \"%1\"")
                              .arg(args.positional().first()),
                          secretsUsage());
    if (*target == *current)
        return report(*current, {});
    if (*target == SecretBackend::Keychain) {
        if (Result<void> reachable = SecretStore::probeKeychain(); !reachable)
            return fail(Tr::tr("cannot keep secrets in the OS keychain here: %1; the workspace "
                               "keeps using its secrets file")
                            .arg(reachable.error().message));
    }
    if (!QDir().mkpath(workspace.folder()))
        return fail(Tr::tr("cannot create the workspace folder %1").arg(workspace.folder()));

    // Record the current backend again first: that gives the workspace the id that names its
    // keychain entries, so the target store can be opened before anything is switched.
    if (Result<void> recorded = workspace.setSecretBackend(*current); !recorded)
        return fail(recorded.error().message);
    Result<SecretStore> from = SecretStore::open(workspace.folder(), *current);
    if (!from)
        return fail(from.error().message);
    Result<SecretStore> to = SecretStore::open(workspace.folder(), *target);
    if (!to)
        return fail(to.error().message);

    QStringList moved;
    if (args.has(u"move"_s)) {
        Result<QStringList> done = moveSecrets(from.value(), to.value());
        if (!done)
            return fail(Tr::tr("the secrets were not moved and the workspace still uses %1: %2")
                            .arg(from->location(), done.error().message));
        moved = *done;
    }
    if (Result<void> recorded = workspace.setSecretBackend(*target); !recorded)
        return fail(recorded.error().message);
    const QStringList left = args.has(u"move"_s) ? QStringList() : from->names();
    if (!left.isEmpty())
        err(Tr::tr("note: %n secret(s) stay in %1 and are no longer used: %2; set them again "
                   "with \"hookflow-cli secrets set NAME\", or switch back and use --move\n",
                   nullptr,
                   int(left.size()))
                .arg(from->location(), left.join(u", "_s)));
    return report(*target, moved);
}

} // namespace

int secretsCommand(const CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(Tr::tr("secrets needs set, list, remove or backend"), secretsUsage());
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == u"set")
        return setCommand(ctx, rest);
    if (sub == u"list")
        return listCommand(ctx, rest);
    if (sub == u"remove")
        return removeCommand(ctx, rest);
    if (sub == u"backend")
        return backendCommand(ctx, rest);
    return usageError(Tr::tr("unknown secrets command \"%1\"").arg(sub), secretsUsage());
}

} // namespace Hookflow::Cli
