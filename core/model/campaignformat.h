// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/diagnostic.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Hookflow {

/// What loading a campaign file gives: the campaign when it could be read at all, and every
/// problem found (syntax, structure, then the flow's own validation), each with its place.
struct CampaignLoad
{
    std::optional<Campaign> campaign;
    Diagnostics diagnostics;

    /// True when every part of the file was understood; flow problems (a missing URL, an
    /// unreachable node) may remain, but saving the campaign loses nothing of the file.
    bool readCompletely = false;
    /// True when the campaign was read and has no errors (warnings allowed).
    bool ok() const { return campaign.has_value() && !hasErrors(diagnostics); }
};

/// The campaign file format (DESIGN §3): UTF-8 JSON, "format": 1, stable key order, 2-space indent.
namespace CampaignFormat {

/// Parses and validates a campaign. Newer formats are refused; older ones would migrate here.
CampaignLoad parse(const QByteArray &utf8);
/// Reads a piece of a flow as the clipboard holds it ({"format": 1, "nodes", "edges"}; key and
/// title optional, a whole campaign file is fine too). Only the shape is checked, not the flow.
CampaignLoad parseFragment(const QByteArray &utf8);
CampaignLoad load(const QString &fileName);

/// The file's bytes: keys in a fixed order, 2-space indentation, short objects on one line, a
/// final newline; the same campaign always gives the same bytes.
QByteArray serialize(const Campaign &campaign);
/// Writes atomically (QSaveFile), so a crash never leaves half a file.
Result<void> save(const Campaign &campaign, const QString &fileName);
/// Nodes and edges in the file's shape, {"format": 1, "nodes": […], "edges": […]}, for Copy.
QByteArray serializeFragment(const QList<Node> &nodes, const QList<Edge> &edges);

/// Conditions are shared with other files (segments); exposed for them and for the clipboard.
QJsonObject conditionToJson(const Condition &condition);

/// Reads a `rules` value (an array of rules, each an array of conditions) as campaign files write
/// it, for other files that share the shape (segments, cohorts). Problems are appended to
/// `diagnostics` with JSON paths under `path` (no line:column; locate them with the file's
/// JsonSource). A condition with an error is left out of the result, so a caller must not use
/// the rules when an error was added. nullopt when `value` is not an array.
std::optional<RuleSet> parseRules(const QJsonValue &value,
                                  const QString &path,
                                  Diagnostics &diagnostics);

inline constexpr auto FileSuffix = ".hookflow.json";

} // namespace CampaignFormat
} // namespace Hookflow
