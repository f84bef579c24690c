// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/resultsdatabase.h"

#include <QJsonObject>

namespace Hookflow {

/// A campaign's delivery report for one run: the counts, per webhook node, latency, and the
/// failures grouped by reason.
struct Report
{
    struct NodeCounts
    {
        QString nodeId;
        RunCounts counts; ///< targeted/matched left 0: they belong to the run
    };
    struct FailureReason
    {
        QString reason;
        int count = 0;
        QString exampleUser;
    };

    RunRecord run;
    RunCounts counts;
    QList<NodeCounts> nodes;
    qint64 latencyMedianMs = -1;
    qint64 latencyP95Ms = -1;
    qint64 latencyMaxMs = -1;
    QList<FailureReason> failures;

    /// Reads the report of `runId` (0: the campaign's newest run).
    static Result<Report> build(const ResultsDatabase &db,
                                const QString &campaignKey,
                                qint64 runId = 0);

    QString toText() const;
    QJsonObject toJson() const;
    QString toCsv() const;  ///< one row per webhook node plus a total row
    QString toHtml() const; ///< a standalone page
};

} // namespace Hookflow
