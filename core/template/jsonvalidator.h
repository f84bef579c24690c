// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Hookflow {

/// Where a text stops being JSON, and why.
struct JsonProblem
{
    qsizetype offset = 0; ///< UTF-16 units from the start
    QString message;
};

/// Checks `text` against RFC 8259 strictly, the way the strictest receiver would: no unknown
/// escapes, no raw control characters in strings, no trailing commas, one value. Qt's own parser
/// is more lenient (it takes "\q"), so a body it accepts may still be refused elsewhere.
std::optional<JsonProblem> findJsonProblem(QStringView text);

} // namespace Hookflow
