// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiencecount.h"

namespace Hookflow {

AudienceCounter::AudienceCounter()
    : m_store(std::make_shared<UserStore>())
{}

void AudienceCounter::setUsers(const QList<SampleUser> &users)
{
    m_store = std::make_shared<UserStore>(UserStore::fromUsers(users));
}

void AudienceCounter::setStore(UserStore store)
{
    m_store = std::make_shared<UserStore>(std::move(store));
}

Result<qsizetype> AudienceCounter::count(const RuleSet &rules,
                                         const QDateTime &now,
                                         const CompileOptions &options) const
{
    const Result<CompiledRules> compiled = CompiledRules::compile(rules, *m_store, options);
    if (!compiled)
        return compiled.error();
    return compiled->count(now);
}

} // namespace Hookflow
