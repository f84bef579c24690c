// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "delivery/secretstore.h"
#include "model/sampledata.h"
#include "targeting/audiences.h"
#include "template/variablecatalogue.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace Hookflow {

/// What the designer's inspectors and previews know about the workspace's sample data: the sample
/// users, the events seen (demo trigger events and the users' histories), the variables templates
/// can use, the secrets (for previews) and the segments and cohorts. The main window builds one
/// and hands the same shared, immutable copy to every view; it replaces it when users change.
struct SampleContext
{
    QList<SampleUser> users;
    QList<Event> events; ///< trigger events (the examples' demo events); histories are in users
    VariableCatalogue catalogue;
    SecretStore secrets;
    Audiences audiences;
    QDateTime now; ///< the clock previews and audience counts use (UTC)

    /// Every distinct event key in `events` and the users' histories, sorted.
    QStringList eventKeys() const;
    /// The trigger event previews use for a campaign: a sample event with `eventKey` (the latest
    /// one), else an event with that key and no properties, stamped `now`.
    Event eventFor(const QString &eventKey) const;
};

using SampleContextPtr = std::shared_ptr<const SampleContext>;

} // namespace Hookflow
