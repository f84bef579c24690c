// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// validate, render, template, match, fire and report: argument parsing and printing only; the
// work happens in core.
#include "args.h"
#include "commands.h"
#include "output.h"

#include "delivery/policy.h"
#include "delivery/requestbuilder.h"
#include "engine/flowmatcher.h"
#include "engine/runengine.h"
#include "engine/workspace.h"
#include "io/userimport.h"
#include "model/campaignformat.h"
#include "store/report.h"
#include "targeting/audiences.h"
#include "template/template.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Hookflow::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int fail(const QString &message)
{
    err(u"hookflow-cli: error: %1\n"_s.arg(message));
    return 1;
}

/// Loads a campaign and prints its diagnostics; nullopt (after printing) when it has errors.
std::optional<Campaign> loadCampaign(const QString &file)
{
    const CampaignLoad load = CampaignFormat::load(file);
    for (const Diagnostic &d : load.diagnostics)
        err(d.format(file) + u'\n');
    if (!load.ok())
        return std::nullopt;
    return load.campaign;
}

/// An argument that is either inline JSON or a path to a JSON file.
Result<QJsonValue> jsonArgument(const QString &text, const QString &what)
{
    QByteArray bytes;
    QString origin = what;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        bytes = trimmed.toUtf8();
    } else {
        QFile file(text);
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"input"_s,
                         Tr::tr("cannot read %1 %2: %3").arg(what, text, file.errorString())};
        bytes = file.readAll();
        origin = text;
    }
    const JsonSource source = JsonSource::parse(bytes);
    if (const auto &syntax = source.syntaxError())
        return Error{u"input"_s,
                     u"%1:%2:%3: %4"_s.arg(origin)
                         .arg(syntax->location.line)
                         .arg(syntax->location.column)
                         .arg(syntax->message)};
    return source.root();
}

Result<Event> eventArgument(const QString &text)
{
    Result<QJsonValue> json = jsonArgument(text, Tr::tr("event"));
    if (!json)
        return json.error();
    if (!json->isObject())
        return Error{u"input"_s, Tr::tr("the event must be a JSON object")};
    Result<Event> event = Event::fromJson(json->toObject());
    if (!event)
        return Error{u"input"_s, Tr::tr("event: %1").arg(event.error().message)};
    return event;
}

/// The trigger's event with no properties, for commands where --event is optional.
Event defaultEvent(const Campaign &campaign, const QDateTime &now)
{
    Event event;
    if (const Node *trigger = campaign.trigger())
        event.key = trigger->eventKey;
    event.timestamp = now;
    return event;
}

/// --workspace DIR, else the default workspace ($HOOKFLOW_WORKSPACE or the app-data folder).
QString workspaceArgument(const Args &args)
{
    return args.value(u"workspace"_s, Workspace::defaultFolder());
}

/// The workspace's segments and cohorts (docs/segments-and-cohorts.md). Prints every problem of
/// the workspace's segment and cohort files, and one error per condition of the campaign that
/// names a segment or cohort that cannot be used; `unusable` tells whether there was such a
/// condition. An Error when the folders cannot be read.
Result<Audiences> audiencesFor(const Args &args,
                               const Campaign &campaign,
                               const QString &file,
                               bool *unusable = nullptr)
{
    const QString folder = workspaceArgument(args);
    Result<Audiences> audiences = Audiences::load(folder);
    if (!audiences)
        return audiences;
    const QStringList problems = audiences->unusableReferences(campaign);
    if (unusable)
        *unusable = !problems.isEmpty();
    if (problems.isEmpty())
        return audiences;
    for (const AudienceProblem &problem : audiences->problems())
        err(problem.format() + u'\n');
    for (const QString &problem : problems)
        err(Tr::tr("%1: error: %2 (workspace %3)\n").arg(file, problem, folder));
    return audiences;
}

void reportSkippedUsers(const QString &path, const QList<ImportProblem> &problems, qint64 skipped)
{
    for (const ImportProblem &problem : problems)
        err(u"%1:%2: error: %3\n"_s.arg(path).arg(problem.line).arg(problem.message));
    if (skipped > 0)
        err(Tr::tr("%n row(s) of the users file were skipped\n", nullptr, int(skipped)));
}

Result<QList<SampleUser>> usersArgument(const Args &args)
{
    if (args.has(u"users"_s)) {
        Result<UserImport> imported = UserImporter::importFile(args.value(u"users"_s));
        if (!imported)
            return imported.error();
        reportSkippedUsers(args.value(u"users"_s), imported->problems, imported->problems.size());
        return imported->users;
    }
    const QString dbPath = args.value(u"db"_s, Workspace(workspaceArgument(args)).databasePath());
    Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(dbPath);
    if (!db)
        return db.error();
    return (*db)->users();
}

Result<QDateTime> nowArgument(const Args &args, const Event *event)
{
    if (args.has(u"now"_s)) {
        const QDateTime now = parseTimestamp(args.value(u"now"_s));
        if (!now.isValid())
            return Error{u"usage"_s,
                         Tr::tr(
                             "--now must be an ISO 8601 date-time such as 2026-11-27T09:00:00Z")};
        return now;
    }
    if (event && event->timestamp.isValid())
        return event->timestamp;
    return QDateTime::currentDateTimeUtc();
}

/// The run's event and clock: --event (else the trigger's event without properties) and --now
/// (else the event's timestamp, else the current time). A malformed --now fails with code "usage".
Result<std::pair<Event, QDateTime>> eventAndClock(const Args &args, const Campaign &campaign)
{
    std::optional<Event> event;
    if (args.has(u"event"_s)) {
        Result<Event> parsed = eventArgument(args.value(u"event"_s));
        if (!parsed)
            return parsed.error();
        event = *parsed;
    }
    Result<QDateTime> now = nowArgument(args, event ? &*event : nullptr);
    if (!now)
        return now.error();
    if (!event)
        event = defaultEvent(campaign, *now);
    if (!event->timestamp.isValid())
        event->timestamp = *now;
    return std::pair{*event, *now};
}

QString databaseArgument(const Args &args)
{
    return args.value(u"db"_s, Workspace(workspaceArgument(args)).databasePath());
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    return QJsonObject{{u"line"_s, d.location.line},
                       {u"column"_s, d.location.column},
                       {u"path"_s, d.path},
                       {u"message"_s, d.message}};
}

QString countsLine(const RunCounts &c)
{
    return Tr::tr("targeted %1, matched %2, sent %3, delivered %4, failed %5, skipped %6")
        .arg(c.targeted)
        .arg(c.matched)
        .arg(c.sent)
        .arg(c.delivered)
        .arg(c.failed)
        .arg(c.skipped);
}

} // namespace

int validateCommand(const CliContext &ctx, const QStringList &argList)
{
    const QString usage = u"hookflow-cli validate FILE..."_s;
    const Args args(argList, {}, {});
    if (!args.ok())
        return usageError(args.error(), usage);
    if (args.positional().isEmpty())
        return usageError(Tr::tr("no campaign file given"), usage);
    bool allOk = true;
    QJsonArray files;
    for (const QString &file : args.positional()) {
        const CampaignLoad load = CampaignFormat::load(file);
        allOk = allOk && load.ok();
        QJsonArray errors, warnings;
        for (const Diagnostic &d : load.diagnostics) {
            (d.isError() ? errors : warnings).append(diagnosticJson(d));
            if (!ctx.json)
                err(d.format(file) + u'\n');
        }
        files.append(QJsonObject{{u"file"_s, file},
                                 {u"ok"_s, load.ok()},
                                 {u"errors"_s, errors},
                                 {u"warnings"_s, warnings}});
        if (!ctx.json && load.ok())
            out(Tr::tr("%1: ok (%n warning(s))\n", nullptr, int(warnings.size())).arg(file));
    }
    if (ctx.json)
        outJson(QJsonDocument(QJsonObject{{u"files"_s, files}}));
    return allOk ? 0 : 1;
}

int renderCommand(const CliContext &ctx, const QStringList &argList)
{
    const QString usage
        = u"hookflow-cli render FILE --user JSON|PATH [--event JSON|PATH] [--node ID] [--show-secrets]"_s;
    const Args args(argList, {u"user"_s, u"event"_s, u"node"_s, u"now"_s}, {u"show-secrets"_s});
    if (!args.ok())
        return usageError(args.error(), usage);
    if (args.positional().size() != 1 || !args.has(u"user"_s))
        return usageError(Tr::tr("render takes one campaign file and --user"), usage);
    const auto campaign = loadCampaign(args.positional().first());
    if (!campaign)
        return 1;
    Result<QJsonValue> userJson = jsonArgument(args.value(u"user"_s), Tr::tr("user"));
    if (!userJson)
        return fail(userJson.error().message);
    QJsonObject userObject = userJson->isArray() ? userJson->toArray().first().toObject()
                                                 : userJson->toObject();
    Result<SampleUser> user = SampleUser::fromJson(userObject);
    if (!user)
        return fail(Tr::tr("user: %1").arg(user.error().message));
    const auto run = eventAndClock(args, *campaign);
    if (!run)
        return run.error().code == u"usage" ? usageError(run.error().message, usage)
                                            : fail(run.error().message);
    const auto &[event, now] = *run;

    const Workspace workspace(Workspace::defaultFolder());
    Result<SecretStore> secrets = SecretStore::load(workspace.secretsPath());
    if (!secrets)
        return fail(secrets.error().message);
    Result<Audiences> audiences = audiencesFor(args, *campaign, args.positional().first());
    if (!audiences)
        return fail(audiences.error().message);
    const UserMatch match = FlowMatcher::match(*campaign, *user, event, now, &*audiences);
    if (!match.matched)
        err(Tr::tr("note: this user is not targeted by the flow: %1\n").arg(match.reason));

    QJsonArray rendered;
    bool anyFailed = false;
    bool found = false;
    for (const Node &node : campaign->nodes) {
        if (node.kind != NodeKind::Webhook
            || (args.has(u"node"_s) && node.id != args.value(u"node"_s)))
            continue;
        found = true;
        Result<RequestBuilder> builder = RequestBuilder::compile(*campaign, node);
        if (!builder)
            return fail(builder.error().message);
        Result<PreparedRequest> request = builder->build(*user,
                                                         event,
                                                         RequestBuilder::newWebhookId(),
                                                         *secrets,
                                                         now);
        if (!request) {
            anyFailed = true;
            err(Tr::tr("%1: error: %2\n").arg(node.id, request.error().message));
            continue;
        }
        const bool reveal = args.has(u"show-secrets"_s);
        const HeaderList headers = reveal ? request->headers : request->redactedHeaders();
        const QString url = reveal ? request->url.toString(QUrl::FullyEncoded)
                                   : request->redactedUrl();
        const QString body = reveal ? QString::fromUtf8(request->body) : request->redactedBody();
        if (ctx.json) {
            QJsonArray headerArray;
            for (const auto &[name, value] : headers)
                headerArray.append(QJsonArray{name, value});
            rendered.append(QJsonObject{{u"node"_s, node.id},
                                        {u"user_id"_s, user->userId},
                                        {u"method"_s, request->method},
                                        {u"url"_s, url},
                                        {u"headers"_s, headerArray},
                                        {u"body"_s, body}});
        } else {
            QString text = u"# %1\n%2 %3\n"_s.arg(node.id, request->method, url);
            for (const auto &[name, value] : headers)
                text += u"%1: %2\n"_s.arg(name, value);
            text += u'\n' + body;
            if (!body.endsWith(u'\n'))
                text += u'\n';
            out(text + u'\n');
        }
    }
    if (!found)
        return fail(args.has(u"node"_s)
                        ? Tr::tr("there is no webhook node \"%1\"").arg(args.value(u"node"_s))
                        : Tr::tr("the campaign has no webhook node"));
    if (ctx.json)
        outJson(QJsonDocument(rendered));
    return anyFailed ? 1 : 0;
}

int templateCommand(const CliContext &ctx, const QStringList &argList)
{
    const QString usage
        = u"hookflow-cli template --text T --context JSON [--mode text|json|url|header]"_s;
    const Args args(argList, {u"text"_s, u"context"_s, u"mode"_s}, {});
    if (!args.ok())
        return usageError(args.error(), usage);
    if (!args.has(u"text"_s) || !args.positional().isEmpty())
        return usageError(Tr::tr("template needs --text"), usage);
    const QHash<QString, OutputContext> modes{{u"text"_s, OutputContext::Text},
                                              {u"json"_s, OutputContext::Json},
                                              {u"url"_s, OutputContext::Url},
                                              {u"header"_s, OutputContext::Header}};
    const QString mode = args.value(u"mode"_s, u"text"_s);
    if (!modes.contains(mode))
        return usageError(Tr::tr("--mode must be text, json, url or header"), usage);
    QJsonObject context;
    if (args.has(u"context"_s)) {
        Result<QJsonValue> json = jsonArgument(args.value(u"context"_s), Tr::tr("context"));
        if (!json)
            return fail(json.error().message);
        if (!json->isObject())
            return fail(Tr::tr("the context must be a JSON object"));
        context = json->toObject();
    }
    const QString source = args.value(u"text"_s);
    Result<Template> compiled = Template::compile(source, modes.value(mode));
    if (!compiled) {
        // Show the line at fault with the markup underlined, as compilers do.
        const QList<TemplateDiagnostic> problems = Template::check(source, modes.value(mode));
        fail(compiled.error().message);
        if (!problems.isEmpty()) {
            const TemplateDiagnostic &problem = problems.first();
            const QString line = source.section(u'\n', problem.line - 1, problem.line - 1);
            const qsizetype width = std::clamp<qsizetype>(problem.length,
                                                          1,
                                                          line.size() - problem.column + 1);
            err(u"  "_s + line + u'\n');
            err(u"  "_s + QString(problem.column - 1, u' ') + QString(width, u'^') + u'\n');
        }
        return 1;
    }
    Result<QString> rendered = compiled->render(context);
    if (!rendered)
        return fail(rendered.error().message);
    if (ctx.json)
        outJson(QJsonDocument(QJsonObject{{u"output"_s, *rendered}}));
    else
        out(*rendered);
    return 0;
}

int matchCommand(const CliContext &ctx, const QStringList &argList)
{
    const QString usage
        = u"hookflow-cli match FILE [--users PATH] [--event JSON|PATH] [--now ISO8601] [--explain] [--db PATH] [--workspace DIR]"_s;
    const Args args(argList,
                    {u"users"_s, u"event"_s, u"now"_s, u"db"_s, u"workspace"_s},
                    {u"explain"_s});
    if (!args.ok())
        return usageError(args.error(), usage);
    if (args.positional().size() != 1)
        return usageError(Tr::tr("match takes one campaign file"), usage);
    const auto campaign = loadCampaign(args.positional().first());
    if (!campaign)
        return 1;
    const auto run = eventAndClock(args, *campaign);
    if (!run)
        return run.error().code == u"usage" ? usageError(run.error().message, usage)
                                            : fail(run.error().message);
    const auto &[event, now] = *run;

    Result<QList<SampleUser>> users = usersArgument(args);
    if (!users)
        return fail(users.error().message);
    // A condition on a segment or cohort the workspace lacks never holds: the list is still
    // printed, and the command fails so that a script notices.
    bool unusableAudience = false;
    Result<Audiences> audiences = audiencesFor(args,
                                               *campaign,
                                               args.positional().first(),
                                               &unusableAudience);
    if (!audiences)
        return fail(audiences.error().message);

    QJsonArray matched;
    QJsonObject explain;
    QString text;
    for (const SampleUser &user : std::as_const(*users)) {
        const UserMatch match = FlowMatcher::match(*campaign, user, event, now, &*audiences);
        if (match.matched)
            matched.append(user.userId);
        if (args.has(u"explain"_s)) {
            explain.insert(user.userId, match.toJson());
            text += match.matched ? Tr::tr("✓ %1: targeted (%2)\n")
                                        .arg(user.userId, match.webhookNodes.join(u", "_s))
                                  : Tr::tr("✗ %1: %2\n").arg(user.userId, match.reason);
            for (const StepTrace &step : match.steps) {
                text += u"    %1\n"_s.arg(step.summary);
                for (const ConditionTrace &c : step.filters)
                    text += u"      %1 %2\n"_s.arg(c.passed ? u"✓"_s : u"✗"_s, c.explanation);
                for (qsizetype r = 0; r < step.rules.rules.size(); ++r) {
                    for (const ConditionTrace &c : step.rules.rules.at(r).conditions)
                        text += u"      %1 %2 %3\n"_s.arg(Tr::tr("rule %1:").arg(r + 1),
                                                          c.passed ? u"✓"_s : u"✗"_s,
                                                          c.explanation);
                }
            }
        } else if (match.matched) {
            text += user.userId + u'\n';
        }
    }
    if (ctx.json) {
        QJsonObject json{{u"total"_s, int(users->size())}, {u"matched"_s, matched}};
        if (args.has(u"explain"_s))
            json.insert(u"explain"_s, explain);
        outJson(QJsonDocument(json));
    } else {
        out(text);
        out(Tr::tr("%1 of %2 users targeted\n").arg(matched.size()).arg(users->size()));
    }
    return unusableAudience ? 1 : 0;
}

int fireCommand(const CliContext &ctx, const QStringList &argList)
{
    const QString usage
        = u"hookflow-cli fire FILE [--users PATH] --event JSON|PATH [--db PATH] [--dry-run] "
          "[--target URL] [--now ISO8601] [--concurrency N] [--timeout MS] [--attempts N] "
          "[--workspace DIR]\n"
          "       hookflow-cli fire --resume RUN_ID [--db PATH] [--workspace DIR]"_s;
    const Args args(argList,
                    {u"users"_s,
                     u"event"_s,
                     u"db"_s,
                     u"target"_s,
                     u"now"_s,
                     u"concurrency"_s,
                     u"timeout"_s,
                     u"attempts"_s,
                     u"resume"_s,
                     u"workspace"_s},
                    {u"dry-run"_s, u"quiet"_s});
    if (!args.ok())
        return usageError(args.error(), usage);
    const bool resuming = args.has(u"resume"_s);
    if (resuming && !args.positional().isEmpty())
        return usageError(Tr::tr("fire --resume takes a run id and no campaign file: the run "
                                 "recorded its campaign"),
                          usage);
    if (!resuming && (args.positional().size() != 1 || !args.has(u"event"_s)))
        return usageError(Tr::tr("fire takes one campaign file and --event"), usage);
    RunRequest request;
    if (args.has(u"target"_s)) {
        request.target = QUrl(args.value(u"target"_s), QUrl::StrictMode);
        const QString scheme = request.target.scheme();
        if (!request.target.isValid() || (scheme != u"http" && scheme != u"https")
            || request.target.host().isEmpty())
            return usageError(Tr::tr("--target must be an http:// or https:// URL"), usage);
    }
    bool numbersOk = true;
    auto number = [&](const QString &name, int low, int high, int *into) {
        if (!args.has(name))
            return true;
        *into = args.value(name).toInt(&numbersOk);
        return numbersOk && *into >= low && *into <= high;
    };
    if (!number(u"concurrency"_s, 1, 256, &request.concurrency))
        return usageError(Tr::tr("--concurrency must be a number from 1 to 256"), usage);
    if (!number(u"timeout"_s, 1, 3'600'000, &request.timeoutMs))
        return usageError(Tr::tr("--timeout must be a positive number of milliseconds"), usage);
    if (!number(u"attempts"_s, 1, 50, &request.maxAttempts))
        return usageError(Tr::tr("--attempts must be a number from 1 to 50"), usage);
    request.databasePath = databaseArgument(args);
    request.secretsPath = Workspace(workspaceArgument(args)).secretsPath();

    if (resuming) {
        request.resumeRunId = args.value(u"resume"_s).toLongLong(&numbersOk);
        if (!numbersOk || request.resumeRunId < 1)
            return usageError(Tr::tr("--resume takes the number of a run"), usage);
    } else {
        const auto campaign = loadCampaign(args.positional().first());
        if (!campaign)
            return 1;
        const auto run = eventAndClock(args, *campaign);
        if (!run)
            return run.error().code == u"usage" ? usageError(run.error().message, usage)
                                                : fail(run.error().message);
        const auto &[event, now] = *run;

        // A users file is read as the run goes (JSON Lines a batch at a time), so that a run
        // of millions holds only a batch; its skipped rows are reported at the end.
        if (args.has(u"users"_s)) {
            Result<std::unique_ptr<UserStream>> stream = UserStream::open(args.value(u"users"_s));
            if (!stream)
                return fail(stream.error().message);
            request.userStream = std::move(stream).value();
        } else {
            Result<QList<SampleUser>> users = usersArgument(args);
            if (!users)
                return fail(users.error().message);
            request.users = *users;
        }

        // Sending to an audience that silently shrank (a typo, a broken segment file) is worse
        // than not sending: fire refuses.
        bool unusableAudience = false;
        Result<Audiences> audiences = audiencesFor(args,
                                                   *campaign,
                                                   args.positional().first(),
                                                   &unusableAudience);
        if (!audiences)
            return fail(audiences.error().message);
        if (unusableAudience)
            return fail(Tr::tr("not fired: the campaign refers to a segment or cohort that "
                               "cannot be used"));

        request.campaign = *campaign;
        request.audiences = *audiences;
        request.event = event;
        request.now = now;
        request.mode = args.has(u"dry-run"_s) ? RunMode::Dry : RunMode::Live;
    }

    const bool verbose = !ctx.json && !args.has(u"quiet"_s);
    request.reportDelivered = verbose; // onUpdate prints them only then
    auto onUpdate = [&](const DeliveryUpdate &u) {
        if (u.state == u"failed")
            err(Tr::tr("%1 → %2: failed: %3\n").arg(u.userId, u.nodeId, u.error));
        else if (u.state == u"waiting" && verbose)
            err(Tr::tr("%1 → %2: attempt %3: %4; retrying in %5\n")
                    .arg(u.userId, u.nodeId)
                    .arg(u.attempt)
                    .arg(u.error, DeliveryPolicy::formatDuration(u.retryInMs)));
        else if (verbose)
            err(u"%1 → %2: %3 %4\n"_s.arg(u.userId,
                                          u.nodeId,
                                          u.state,
                                          u.status ? QString::number(u.status) : QString()));
    };
    // Printed (and flushed) once the run and its deliveries are recorded: a script that kills
    // fire can resume this run; before this line nothing was sent.
    auto onStarted = [&](qint64 runId, int planned) {
        err(u"hookflow-cli: run %1 started: %2 deliveries\n"_s.arg(runId).arg(planned));
    };
    const RunSummary summary = RunController::runBlocking(request, onUpdate, onStarted);
    if (request.userStream)
        reportSkippedUsers(args.value(u"users"_s),
                           request.userStream->problems(),
                           request.userStream->skipped());
    if (!summary.error.isEmpty())
        err(u"hookflow-cli: error: %1\n"_s.arg(summary.error));
    if (ctx.json) {
        const RunCounts &c = summary.counts;
        outJson(QJsonDocument(QJsonObject{{u"run_id"_s, summary.runId},
                                          {u"targeted"_s, c.targeted},
                                          {u"matched"_s, c.matched},
                                          {u"sent"_s, c.sent},
                                          {u"delivered"_s, c.delivered},
                                          {u"failed"_s, c.failed},
                                          {u"skipped"_s, c.skipped},
                                          {u"error"_s, summary.error}}));
    } else if (summary.runId) {
        out(Tr::tr("run %1: %2\n").arg(summary.runId).arg(countsLine(summary.counts)));
    }
    return summary.error.isEmpty() && summary.counts.failed == 0 && summary.counts.pending == 0 ? 0
                                                                                                : 1;
}

int reportCommand(const CliContext &ctx, const QStringList &argList)
{
    const QString usage
        = u"hookflow-cli report KEY [--db PATH] [--run ID] [--format text|json|csv|html]"_s;
    const Args args(argList, {u"db"_s, u"run"_s, u"format"_s}, {});
    if (!args.ok())
        return usageError(args.error(), usage);
    if (args.positional().size() != 1)
        return usageError(Tr::tr("report takes one campaign key"), usage);
    const QString format = ctx.json ? u"json"_s : args.value(u"format"_s, u"text"_s);
    if (!QStringList{u"text"_s, u"json"_s, u"csv"_s, u"html"_s}.contains(format))
        return usageError(Tr::tr("--format must be text, json, csv or html"), usage);
    bool ok = true;
    const qint64 runId = args.value(u"run"_s, u"0"_s).toLongLong(&ok);
    if (!ok || runId < 0)
        return usageError(Tr::tr("--run must be a run number"), usage);
    const QString dbPath = databaseArgument(args);
    if (!QFileInfo::exists(dbPath))
        return fail(Tr::tr("there is no results database at %1").arg(dbPath));
    Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(dbPath);
    if (!db)
        return fail(db.error().message);
    Result<Report> report = Report::build(**db, args.positional().first(), runId);
    if (!report)
        return fail(report.error().message);
    if (format == u"json")
        outJson(QJsonDocument(report->toJson()));
    else if (format == u"csv")
        out(report->toCsv());
    else if (format == u"html")
        out(report->toHtml());
    else
        out(report->toText());
    return 0;
}

} // namespace Hookflow::Cli
