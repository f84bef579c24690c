// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jsonsource.h"

#include <QList>
#include <QString>

namespace Hookflow {

/// One problem found in a campaign: where (JSON path, and line:column when loaded from a file),
/// how bad, and what, in words for the person who has to fix it.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;    ///< "$.nodes[2].request.url"
    QString nodeId;  ///< the node it concerns, when there is one
    QString message; ///< translated
    SourceLocation location;

    bool isError() const { return severity == Severity::Error; }
    /// "FILE:LINE:COL: error: message" (or without the place when it is unknown).
    QString format(const QString &fileName) const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Hookflow
