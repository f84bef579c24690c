// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/diagnostic.h"
#include "targeting/evaluator.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Hookflow {

/// One problem found while loading a workspace's segments and cohorts: the file, the place in it
/// when known, and what is wrong. Errors mean something was left out (a file, a CSV row, a
/// condition that can never hold); warnings are odd but harmless.
struct AudienceProblem
{
    Diagnostic::Severity severity = Diagnostic::Severity::Error;
    QString file;    ///< the file's path as found in the workspace
    QString path;    ///< JSON path for JSON files ("$.rules[0][1]"), empty otherwise
    int line = 0;    ///< 1-based; 0 when unknown
    int column = 0;  ///< 1-based; 0 when unknown
    QString message; ///< translated

    bool isError() const { return severity == Diagnostic::Severity::Error; }
    /// "FILE:LINE:COL: error: message", the form editors and CI parse.
    QString format() const;
};

/// The named audiences a `segment` or `cohort` condition refers to, loaded from a workspace:
/// segments are saved rule sets; cohorts are a static list of user ids or a behavioural definition.
///
/// Layout (docs/segments-and-cohorts.md): `segments/NAME.segment.json`, `cohorts/NAME.csv` and
/// `cohorts/NAME.cohort.json`. The value is immutable and implicitly shared, so copying it into a
/// run's worker thread is cheap and reading it from several threads is safe.
class Audiences
{
public:
    /// No segments and no cohorts.
    Audiences();

    /// Reads the workspace's segments and cohorts; a missing folder means none. Every problem is
    /// kept in problems(): a broken file is reported and left out, the others are still loaded. An
    /// Error only when a folder exists but cannot be listed.
    static Result<Audiences> load(const QString &workspaceFolder);

    /// Reads one static cohort from CSV text (header row with a `user_id` column, UTF-8, BOM
    /// allowed); bad rows are reported by line with `file` as their file. For tests and importers.
    static Audiences fromCohortCsv(const QString &name,
                                   const QByteArray &csv,
                                   const QString &file = {});

    /// Whether a usable segment or cohort of that name was loaded (one left out because of an
    /// error is not).
    bool hasSegment(const QString &name) const;
    bool hasCohort(const QString &name) const;
    /// The segment's rules evaluated for the context's user; nullopt when there is no such segment.
    std::optional<RuleSetTrace> evaluateSegment(const QString &name,
                                                const EvaluationContext &context) const;
    /// Whether the context's user belongs to the cohort; nullopt when there is no such cohort.
    std::optional<bool> inCohort(const QString &name, const EvaluationContext &context) const;

    /// Names of the usable segments and cohorts, sorted.
    QStringList segmentNames() const;
    QStringList cohortNames() const;
    /// A segment's or cohort's title (its name when the file gives none); empty when unknown.
    QString segmentTitle(const QString &name) const;
    QString cohortTitle(const QString &name) const;
    /// The number of members of a static cohort; nullopt for a dynamic or unknown one.
    std::optional<qsizetype> cohortSize(const QString &name) const;

    /// Every problem found by load(), grouped by file and in line order.
    const QList<AudienceProblem> &problems() const;
    /// Whether any of problems() is an error.
    bool hasErrors() const;

    /// Why a segment or cohort condition cannot be evaluated in this workspace (the name is not
    /// defined, or its file was left out because of an error); nullopt when it can be, and for
    /// conditions of other key types. Lets `fire` refuse a campaign that would silently target
    /// nobody.
    std::optional<QString> referenceProblem(const Condition &condition) const;
    /// referenceProblem() for every segment or cohort condition of a campaign, as
    /// "node \"who\": segment vip is not defined in this workspace"; empty when all can be used.
    QStringList unusableReferences(const Campaign &campaign) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Hookflow
