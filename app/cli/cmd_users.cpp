// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// users import | generate | list: argument parsing and printing only; the work happens in core/io
// and core/store.
#include "args.h"
#include "commands.h"
#include "output.h"

#include "engine/workspace.h"
#include "io/usergenerator.h"
#include "io/userimport.h"
#include "store/resultsdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>

using namespace Qt::StringLiterals;

namespace Hookflow::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usersUsage()
{
    return u"hookflow-cli users import PATH [--db PATH]\n"
           "       hookflow-cli users generate N [--seed S] [--now ISO8601] [--out PATH] [--db "
           "PATH]\n"
           "       hookflow-cli users list [--db PATH]"_s;
}

int fail(const QString &message)
{
    err(u"hookflow-cli: error: %1\n"_s.arg(message));
    return 1;
}

/// --db, or the default workspace's database; the folder is created when it is missing.
QString databasePath(const Args &args)
{
    return args.value(u"db"_s, Workspace(Workspace::defaultFolder()).databasePath());
}

Result<std::unique_ptr<ResultsDatabase>> openDatabase(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{u"workspace"_s, Tr::tr("cannot create the folder %1").arg(folder)};
    return ResultsDatabase::open(path);
}

int importCommand(const CliContext &ctx, const QStringList &arguments)
{
    const QString usage = u"hookflow-cli users import PATH [--db PATH]"_s;
    const Args args(arguments, {u"db"_s}, {});
    if (!args.ok())
        return usageError(args.error(), usage);
    if (args.positional().size() != 1)
        return usageError(Tr::tr("users import takes one file"), usage);
    const QString path = args.positional().first();

    const Result<UserImport> imported = UserImporter::importFile(path);
    if (!imported) {
        const Error &error = imported.error();
        const QString place = error.detail.isEmpty() ? path : path + u':' + error.detail;
        err(u"%1: error: %2\n"_s.arg(place, error.message));
        if (ctx.json) {
            const int line = error.detail.section(u':', 0, 0).toInt();
            outJson(QJsonDocument(QJsonObject{
                {u"imported"_s, 0},
                {u"skipped"_s, 0},
                {u"problems"_s,
                 QJsonArray{QJsonObject{{u"line"_s, line}, {u"message"_s, error.message}}}}}));
        }
        return 1;
    }

    QJsonArray problems;
    for (const ImportProblem &problem : imported->problems) {
        err(u"%1:%2: error: %3\n"_s.arg(path).arg(problem.line).arg(problem.message));
        problems.append(QJsonObject{{u"line"_s, problem.line}, {u"message"_s, problem.message}});
    }

    const QString dbPath = databasePath(args);
    Result<std::unique_ptr<ResultsDatabase>> db = openDatabase(dbPath);
    if (!db)
        return fail(Tr::tr("cannot open the database %1: %2").arg(dbPath, db.error().message));
    const Result<int> written = (*db)->upsertUsers(imported->users);
    if (!written)
        return fail(
            Tr::tr("cannot save the users into %1: %2").arg(dbPath, written.error().message));

    const int skipped = int(imported->problems.size());
    if (ctx.json) {
        outJson(QJsonDocument(QJsonObject{{u"imported"_s, *written},
                                          {u"skipped"_s, skipped},
                                          {u"problems"_s, problems}}));
    } else {
        //: %1 is "Imported %n user(s)", %2 is "skipped %n row(s)"
        out(Tr::tr("%1, %2\n")
                .arg(Tr::tr("Imported %n user(s)", nullptr, *written),
                     Tr::tr("skipped %n row(s)", nullptr, skipped)));
    }
    return skipped == 0 ? 0 : 1;
}

int generateCommand(const CliContext &ctx, const QStringList &arguments)
{
    const QString usage
        = u"hookflow-cli users generate N [--seed S] [--now ISO8601] [--out PATH] [--db PATH]"_s;
    const Args args(arguments, {u"seed"_s, u"now"_s, u"out"_s, u"db"_s}, {});
    if (!args.ok())
        return usageError(args.error(), usage);
    if (args.positional().size() != 1)
        return usageError(Tr::tr("users generate takes the number of users"), usage);
    bool ok = false;
    const int count = args.positional().first().toInt(&ok);
    if (!ok || count < 0)
        return usageError(Tr::tr("the number of users must be a whole number, 0 or more"), usage);
    const quint64 seed = args.value(u"seed"_s, u"1"_s).toULongLong(&ok);
    if (!ok)
        return usageError(Tr::tr("--seed must be a whole number, 0 or more"), usage);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (args.has(u"now"_s)) {
        now = parseTimestamp(args.value(u"now"_s));
        if (!now.isValid())
            return usageError(
                Tr::tr("--now must be an ISO 8601 date-time such as 2026-11-27T00:00:00Z"), usage);
    }
    const QString outPath = args.value(u"out"_s);
    QByteArray (*format)(const QList<SampleUser> &) = UserExport::toJsonLines;
    if (!outPath.isEmpty()) {
        const QString suffix = QFileInfo(outPath).suffix().toLower();
        if (suffix == u"json"_s)
            format = UserExport::toJsonArray;
        else if (suffix == u"csv"_s)
            format = UserExport::toCsv;
        else if (suffix != u"jsonl"_s && suffix != u"ndjson"_s)
            return usageError(Tr::tr("--out must name a .json, .jsonl or .csv file"), usage);
    }

    const QList<SampleUser> users = UserGenerator::generate(count, seed, now);

    if (!outPath.isEmpty()) {
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(format(users)) < 0 || !file.commit())
            return fail(Tr::tr("cannot write %1: %2").arg(outPath, file.errorString()));
    }
    const bool toDatabase = args.has(u"db"_s);
    if (toDatabase) {
        const QString dbPath = databasePath(args);
        Result<std::unique_ptr<ResultsDatabase>> db = openDatabase(dbPath);
        if (!db)
            return fail(Tr::tr("cannot open the database %1: %2").arg(dbPath, db.error().message));
        if (const Result<int> written = (*db)->upsertUsers(users); !written)
            return fail(
                Tr::tr("cannot save the users into %1: %2").arg(dbPath, written.error().message));
    }

    if (outPath.isEmpty() && !toDatabase) {
        // Nowhere else to go: the users themselves are the output.
        out(QString::fromUtf8(ctx.json ? UserExport::toJsonArray(users)
                                       : UserExport::toJsonLines(users)));
        return 0;
    }
    if (ctx.json) {
        QJsonObject summary{{u"generated"_s, int(users.size())}, {u"seed"_s, QString::number(seed)}};
        if (!outPath.isEmpty())
            summary.insert(u"out"_s, outPath);
        if (toDatabase)
            summary.insert(u"db"_s, databasePath(args));
        outJson(QJsonDocument(summary));
    } else {
        out(Tr::tr("Generated %n user(s)\n", nullptr, int(users.size())));
    }
    return 0;
}

int listCommand(const CliContext &ctx, const QStringList &arguments)
{
    const QString usage = u"hookflow-cli users list [--db PATH]"_s;
    const Args args(arguments, {u"db"_s}, {});
    if (!args.ok())
        return usageError(args.error(), usage);
    if (!args.positional().isEmpty())
        return usageError(Tr::tr("users list takes no arguments"), usage);

    QList<SampleUser> users;
    const QString dbPath = databasePath(args);
    // Listing never creates a database: a workspace that has none simply has no users yet.
    if (QFileInfo::exists(dbPath)) {
        Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(dbPath);
        if (!db)
            return fail(Tr::tr("cannot open the database %1: %2").arg(dbPath, db.error().message));
        Result<QList<SampleUser>> stored = (*db)->users();
        if (!stored)
            return fail(stored.error().message);
        users = std::move(stored).value();
    }

    if (ctx.json) {
        QJsonArray array;
        for (const SampleUser &user : users)
            array.append(user.toJson());
        outJson(QJsonDocument(array));
        return 0;
    }
    QString text;
    for (const SampleUser &user : users)
        text += user.userId + u'\t' + user.properties.value(u"name"_s).toVariant().toString()
                + u'\n';
    out(text);
    return 0;
}

} // namespace

int usersCommand(const CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(Tr::tr("users needs a subcommand: import, generate or list"),
                          usersUsage());
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == u"--help"_s || sub == u"-h"_s || sub == u"help"_s) {
        out(Tr::tr("usage: %1\n").arg(usersUsage()));
        return 0;
    }
    if (sub == u"import"_s)
        return importCommand(ctx, rest);
    if (sub == u"generate"_s)
        return generateCommand(ctx, rest);
    if (sub == u"list"_s)
        return listCommand(ctx, rest);
    return usageError(Tr::tr("unknown users subcommand \"%1\"").arg(sub), usersUsage());
}

} // namespace Hookflow::Cli
