// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"
#include "targeting/compiledrules.h"
#include "targeting/condition.h"
#include "targeting/userstore.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace Hookflow {

/// Audience size for the GUI: holds the workspace's users as a UserStore and recounts a rule set
/// quickly enough to refresh on every edit (compile + count, a few milliseconds per 100k users).
class AudienceCounter
{
public:
    AudienceCounter();
    /// Replaces the users that are counted; the store keeps them for segment and cohort rules.
    void setUsers(const QList<SampleUser> &users);
    /// Counts from a ready store instead (e.g. UserStore::fromJsonLines).
    void setStore(UserStore store);
    const UserStore &store() const { return *m_store; }
    qsizetype userCount() const { return m_store->size(); }

    /// How many users `rules` target at `now`; an Error when the rules cannot be compiled.
    Result<qsizetype> count(const RuleSet &rules,
                            const QDateTime &now,
                            const CompileOptions &options = {}) const;

private:
    // Behind a pointer so that compiled rules keep pointing at it when the counter moves.
    std::shared_ptr<UserStore> m_store;
};

} // namespace Hookflow
