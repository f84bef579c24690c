// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/diagnostic.h"

class QUrl;

namespace Hookflow {

/// Checks a campaign's flow: one trigger, edges between existing nodes without cycles, branch
/// ports, webhook requests whose templates compile and whose URLs can only be http(s), each
/// webhook's delivery policy and signing object (its secrets are not looked up) and the
/// campaign's delivery settings, and node kinds this version
/// can validate but not yet run. With the "hackle" profile (campaign.delivery.profile), Hackle's
/// webhook rules are errors too: https (http only to loopback hosts), no body on GET and
/// Content-Type application/json. Paths refer to the campaign file's layout.
Diagnostics validateCampaign(const Campaign &campaign);

/// Hackle's rule for a rendered webhook URL: https, or http to this computer (localhost,
/// 127.0.0.0/8, ::1). The problem in words, or an empty string when the URL is fine.
QString hackleUrlProblem(const QUrl &url);

/// Node kinds the run engine cannot execute yet; a run refuses a flow that contains one.
bool isExecutable(NodeKind kind);

} // namespace Hookflow
