// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QJsonObject countsJson(const RunCounts &c, bool withAudience)
{
    QJsonObject json{{u"sent"_s, c.sent},
                     {u"delivered"_s, c.delivered},
                     {u"failed"_s, c.failed},
                     {u"skipped"_s, c.skipped}};
    if (withAudience) {
        json.insert(u"targeted"_s, c.targeted);
        json.insert(u"matched"_s, c.matched);
    }
    return json;
}

qint64 percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    const qsizetype index = qsizetype(p * double(sorted.size() - 1) + 0.5);
    return sorted.at(qBound(qsizetype(0), index, sorted.size() - 1));
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

Result<Report> Report::build(const ResultsDatabase &db, const QString &campaignKey, qint64 runId)
{
    if (runId == 0)
        runId = db.latestRunId(campaignKey);
    if (runId == 0)
        return Error{u"not-found"_s,
                     Tr::tr("campaign \"%1\" has no runs in %2 yet").arg(campaignKey, db.path())};
    Report report;
    Result<RunRecord> run = db.run(runId);
    if (!run)
        return run.error();
    if (!campaignKey.isEmpty() && run->campaignKey != campaignKey)
        return Error{u"not-found"_s,
                     Tr::tr("run %1 belongs to campaign \"%2\", not \"%3\"")
                         .arg(runId)
                         .arg(run->campaignKey, campaignKey)};
    report.run = *run;
    Result<RunCounts> counts = db.counts(runId);
    if (!counts)
        return counts.error();
    report.counts = *counts;

    QSqlQuery query(db.connection());
    query.prepare(u"SELECT d.node_id,"
                  " sum(EXISTS (SELECT 1 FROM attempts a WHERE a.delivery_id = d.id)),"
                  " sum(d.state = 'delivered'), sum(d.state = 'failed'), sum(d.state = 'skipped')"
                  " FROM deliveries d WHERE d.run_id = ? GROUP BY d.node_id ORDER BY min(d.id)"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return db.lastError(Tr::tr("reading the report"), query.lastError());
    while (query.next()) {
        NodeCounts node;
        node.nodeId = query.value(0).toString();
        node.counts.sent = query.value(1).toInt();
        node.counts.delivered = query.value(2).toInt();
        node.counts.failed = query.value(3).toInt();
        node.counts.skipped = query.value(4).toInt();
        report.nodes.append(node);
    }

    query.prepare(u"SELECT a.latency_ms FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"
                  " WHERE d.run_id = ? AND a.latency_ms IS NOT NULL ORDER BY a.latency_ms"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return db.lastError(Tr::tr("reading the report"), query.lastError());
    QList<qint64> latencies;
    while (query.next())
        latencies.append(query.value(0).toLongLong());
    report.latencyMedianMs = percentile(latencies, 0.5);
    report.latencyP95Ms = percentile(latencies, 0.95);
    report.latencyMaxMs = latencies.isEmpty() ? -1 : latencies.last();

    query.prepare(u"SELECT error, count(*), min(user_id) FROM deliveries WHERE run_id = ? AND "
                  u"state = 'failed'"
                  " GROUP BY error ORDER BY count(*) DESC, error"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return db.lastError(Tr::tr("reading the report"), query.lastError());
    while (query.next())
        report.failures.append(
            {query.value(0).toString(), query.value(1).toInt(), query.value(2).toString()});
    return report;
}

QString Report::toText() const
{
    QString text;
    text += Tr::tr("Campaign %1 (%2), run %3, %4 mode, %5\n")
                .arg(run.campaignKey, run.campaignTitle)
                .arg(run.id)
                .arg(run.mode, run.state);
    text += Tr::tr("Started %1").arg(run.startedAt.toString(Qt::ISODate));
    if (run.finishedAt.isValid())
        text += Tr::tr(", finished %1").arg(run.finishedAt.toString(Qt::ISODate));
    text += u'\n';
    if (!run.message.isEmpty())
        text += Tr::tr("Stopped: %1\n").arg(run.message);
    text += Tr::tr("targeted %1, matched %2, sent %3, delivered %4, failed %5, skipped %6\n")
                .arg(counts.targeted)
                .arg(counts.matched)
                .arg(counts.sent)
                .arg(counts.delivered)
                .arg(counts.failed)
                .arg(counts.skipped);
    if (latencyMedianMs >= 0)
        text += Tr::tr("latency: median %1 ms, p95 %2 ms, max %3 ms\n")
                    .arg(latencyMedianMs)
                    .arg(latencyP95Ms)
                    .arg(latencyMaxMs);
    for (const NodeCounts &node : nodes) {
        text += Tr::tr("  %1: sent %2, delivered %3, failed %4, skipped %5\n")
                    .arg(node.nodeId)
                    .arg(node.counts.sent)
                    .arg(node.counts.delivered)
                    .arg(node.counts.failed)
                    .arg(node.counts.skipped);
    }
    if (!failures.isEmpty()) {
        text += Tr::tr("Failures:\n");
        for (const FailureReason &failure : failures)
            text += Tr::tr("  %n × %1 (e.g. user %2)\n", nullptr, failure.count)
                        .arg(failure.reason, failure.exampleUser);
    }
    return text;
}

QJsonObject Report::toJson() const
{
    QJsonArray nodeArray;
    for (const NodeCounts &node : nodes) {
        QJsonObject json = countsJson(node.counts, false);
        json.insert(u"node"_s, node.nodeId);
        nodeArray.append(json);
    }
    QJsonArray failureArray;
    for (const FailureReason &failure : failures)
        failureArray.append(QJsonObject{{u"reason"_s, failure.reason},
                                        {u"count"_s, failure.count},
                                        {u"example_user"_s, failure.exampleUser}});
    QJsonObject json = countsJson(counts, true);
    json.insert(u"campaign"_s, run.campaignKey);
    json.insert(u"title"_s, run.campaignTitle);
    json.insert(u"run_id"_s, run.id);
    json.insert(u"mode"_s, run.mode);
    json.insert(u"state"_s, run.state);
    json.insert(u"message"_s, run.message);
    json.insert(u"started_at"_s, run.startedAt.toString(Qt::ISODate));
    json.insert(u"finished_at"_s,
                run.finishedAt.isValid() ? run.finishedAt.toString(Qt::ISODate) : QString());
    json.insert(u"latency_ms"_s,
                QJsonObject{{u"median"_s, latencyMedianMs},
                            {u"p95"_s, latencyP95Ms},
                            {u"max"_s, latencyMaxMs}});
    json.insert(u"nodes"_s, nodeArray);
    json.insert(u"failures"_s, failureArray);
    return json;
}

QString Report::toCsv() const
{
    QString csv = u"campaign,run_id,node,targeted,matched,sent,delivered,failed,skipped\n"_s;
    auto row = [&](const QString &node, const RunCounts &c, bool audience) {
        csv += u"%1,%2,%3,%4,%5,%6,%7,%8,%9\n"_s.arg(csvField(run.campaignKey))
                   .arg(run.id)
                   .arg(csvField(node))
                   .arg(audience ? QString::number(c.targeted) : QString())
                   .arg(audience ? QString::number(c.matched) : QString())
                   .arg(c.sent)
                   .arg(c.delivered)
                   .arg(c.failed)
                   .arg(c.skipped);
    };
    for (const NodeCounts &node : nodes)
        row(node.nodeId, node.counts, false);
    row(u"*"_s, counts, true);
    return csv;
}

QString Report::toHtml() const
{
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html
        = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
          "<style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 10px;text-align:right}"
          "td:first-child,th:first-child{text-align:left}table{border-collapse:collapse}"
          "tr{border-bottom:1px solid #ddd}</style></head><body>\n"_s.arg(esc(run.campaignTitle));
    html += u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(esc(run.campaignTitle),
                                              esc(Tr::tr("Campaign %1, run %2, %3 mode, %4")
                                                      .arg(run.campaignKey)
                                                      .arg(run.id)
                                                      .arg(run.mode, run.state)));
    html += u"<table><tr><th></th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n"_s
                .arg(esc(Tr::tr("Targeted")),
                     esc(Tr::tr("Matched")),
                     esc(Tr::tr("Sent")),
                     esc(Tr::tr("Delivered")),
                     esc(Tr::tr("Failed")),
                     esc(Tr::tr("Skipped")));
    auto row = [&](const QString &name, const RunCounts &c, bool audience) {
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n"_s
                    .arg(esc(name),
                         audience ? QString::number(c.targeted) : QString(),
                         audience ? QString::number(c.matched) : QString(),
                         QString::number(c.sent),
                         QString::number(c.delivered),
                         QString::number(c.failed),
                         QString::number(c.skipped));
    };
    row(Tr::tr("All"), counts, true);
    for (const NodeCounts &node : nodes)
        row(node.nodeId, node.counts, false);
    html += u"</table>\n"_s;
    if (!failures.isEmpty()) {
        html += u"<h2>%1</h2>\n<ul>\n"_s.arg(esc(Tr::tr("Failures")));
        for (const FailureReason &failure : failures)
            html += u"<li>%1 × %2</li>\n"_s.arg(failure.count).arg(esc(failure.reason));
        html += u"</ul>\n"_s;
    }
    return html + u"</body></html>\n"_s;
}

} // namespace Hookflow
