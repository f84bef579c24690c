// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

#include "util/i18n.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Hookflow::Cli;

namespace {

QString help()
{
    return QCoreApplication::translate(
        "Cli",
        "usage: hookflow-cli [--json] COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  validate FILE...                         load and validate campaign files\n"
        "  render FILE --user JSON|PATH [--event JSON|PATH] [--node ID] [--show-secrets]\n"
        "                                           print the exact request(s) a user would get\n"
        "  template --text T --context JSON [--mode text|json|url|header]\n"
        "                                           render one template\n"
        "  match FILE [--users PATH] [--event JSON|PATH] [--now ISO8601] [--explain]\n"
        "                                           which sample users the flow targets, and why\n"
        "  fire FILE [--users PATH] --event JSON|PATH [--db PATH] [--dry-run] [--target URL]\n"
        "       [--now ISO8601] [--concurrency N] [--timeout MS]\n"
        "                                           test-fire a campaign\n"
        "  report KEY [--db PATH] [--run ID] [--format text|json|csv|html]\n"
        "                                           the delivery report\n"
        "  catch [--port N] [--status CODE] [--delay MS]\n"
        "                                           run the built-in capture endpoint\n"
        "  users import PATH [--db PATH] | users generate N [--seed S] | users list\n"
        "                                           sample-user data\n"
        "  secrets set NAME [--value V] | secrets list | secrets remove NAME\n"
        "  secrets backend [file|keychain] [--move]   (each takes --workspace DIR)\n"
        "                                           the workspace's secrets (values from stdin)\n"
        "\n"
        "Exit codes: 0 success, 1 invalid input or failed check, 2 usage error.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Hookflow::setUpApplication(app);

    QStringList args = app.arguments().mid(1);
    CliContext ctx;
    ctx.json = args.removeAll(u"--json"_s) > 0;
    if (args.isEmpty()) {
        err(help());
        return 2;
    }
    if (args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        out(help());
        return 0;
    }
    if (args.first() == u"--version") {
        out(u"hookflow-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const QString command = args.takeFirst();
    using Command = int (*)(const CliContext &, const QStringList &);
    const QHash<QString, Command> commands{
        {u"validate"_s, validateCommand},
        {u"render"_s, renderCommand},
        {u"template"_s, templateCommand},
        {u"match"_s, matchCommand},
        {u"fire"_s, fireCommand},
        {u"report"_s, reportCommand},
        {u"catch"_s, catchCommand},
        {u"users"_s, usersCommand},
        {u"secrets"_s, secretsCommand},
    };
    const auto it = commands.constFind(command);
    if (it == commands.constEnd()) {
        err(QCoreApplication::translate("Cli", "hookflow-cli: error: unknown command \"%1\"\n")
                .arg(command));
        err(help());
        return 2;
    }
    return (*it)(ctx, args);
}
