// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templateprogram.h"

#include <QString>

#include <memory>
#include <optional>

namespace Hookflow::TemplateProgram {

/// Why a template does not parse, and where.
struct ParseFailure
{
    Span span;
    QString message;
};

/// The parser's answer: a program, or the first problem found.
struct ParseOutcome
{
    std::shared_ptr<Program> program;
    std::optional<ParseFailure> failure;
};

/// Parses Liquid with Hackle's placeholders, as Ruby's Liquid 5.4 does in strict mode, with
/// unknown filters and wrong argument counts refused here rather than at render time.
/// `maxDepth` caps nesting (blocks and `[…]` lookups) so hostile input cannot exhaust the stack.
ParseOutcome parse(const QString &source, int maxDepth);

} // namespace Hookflow::TemplateProgram
