// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Hookflow {

/// What a filter may need besides its input and arguments.
struct FilterEnvironment
{
    /// The run's clock: what `"now" | date: …` and `"today"` mean.
    QDateTime now;
    /// No string a filter makes may be longer than this (UTF-16 units); a hostile template fails
    /// instead of eating memory.
    qsizetype maxStringLength = 1 << 20;
};

/// One call of a filter: `input | name: args…, key: value…`.
struct FilterCall
{
    const TemplateValue &input;
    const QList<TemplateValue> &args;
    const QList<std::pair<QString, TemplateValue>> &named;
    const FilterEnvironment &environment;
};

/// A filter fails with code "template-render" and a translated message (e.g. "divided by 0").
using FilterFunction = Result<TemplateValue> (*)(const FilterCall &call);

/// A filter of the language: its name, how many positional arguments it takes and which named
/// ones it accepts. Arity is checked when the template compiles.
struct FilterSpec
{
    QStringView name;
    FilterFunction function;
    int minArgs;
    int maxArgs;
    QStringList namedArgs = {};
};

namespace TemplateFilters {

/// The filter called `name`, or nullptr when there is none.
const FilterSpec *find(QStringView name);
/// Every filter's name, sorted, for completion and the docs.
QStringList names();

} // namespace TemplateFilters

} // namespace Hookflow
