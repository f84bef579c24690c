// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"
#include "targeting/condition.h"
#include "targeting/userstore.h"
#include "util/result.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace Hookflow {

class Audiences;

/// What a compiled rule set may look at besides the users themselves.
struct CompileOptions
{
    const Event *event = nullptr;         ///< the trigger event, for event_property conditions
    const Audiences *audiences = nullptr; ///< segments and cohorts; must outlive the rules
};

/// A rule set compiled against one UserStore: the same answers as Evaluator::evaluate, for all
/// users at once.
///
/// Each condition becomes a typed predicate over one column: an outcome per dictionary entry
/// (strings, booleans, lists…, worked out once per distinct value), a numeric comparison for
/// numbers, an outcome per event count for behavioural conditions. count() then walks the rules
/// one at a time over 64-user words (OR of ANDs), skipping words already decided. Segment and
/// cohort conditions, and behavioural conditions with `where` filters (the store keeps no event
/// properties), fall back to Evaluator for the users still undecided, which needs a store that
/// kept its users (UserStore::fromUsers).
class CompiledRules
{
public:
    /// The store (and the options' audiences) must outlive the compiled rules.
    static Result<CompiledRules> compile(const RuleSet &rules,
                                         const UserStore &store,
                                         const CompileOptions &options = {});

    /// How many of the store's users the rules target at `now` (the clock of behavioural
    /// conditions).
    qsizetype count(const QDateTime &now) const;
    /// One bit per user (bit i of word i / 64), set when the rules target that user.
    std::vector<quint64> evaluate(const QDateTime &now) const;
    /// Whether the rules target the user at `userIndex`.
    bool matches(qsizetype userIndex, const QDateTime &now) const;

    /// One compiled condition (an implementation detail, defined in the .cpp).
    struct Predicate;

private:
    const UserStore *m_store = nullptr;
    CompileOptions m_options;
    bool m_everyone = false;
    std::shared_ptr<const std::vector<std::vector<Predicate>>> m_rules;
};

} // namespace Hookflow
