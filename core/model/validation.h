// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/diagnostic.h"

namespace Hookflow {

/// Checks a campaign's flow: one trigger, edges between existing nodes without cycles, branch
/// ports, webhook requests whose templates compile and whose URLs can only be http(s), and node
/// kinds this version can validate but not yet run. Paths refer to the campaign file's layout.
Diagnostics validateCampaign(const Campaign &campaign);

/// Node kinds the run engine cannot execute yet; a run refuses a flow that contains one.
bool isExecutable(NodeKind kind);

} // namespace Hookflow
