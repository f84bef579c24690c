// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targeting/condition.h"
#include "util/result.h"

#include <QJsonArray>
#include <QString>

/// How the rule builder writes a condition's values as one line of text and reads them back:
/// values separated by commas (a comma inside a value is written "\,"), typed by the condition's
/// value type; a JSON value type takes a JSON array.
namespace Hookflow::ConditionValues {

QString format(const QJsonArray &values, ValueType type);
/// The values of `text`; an Error with a translated message when one does not fit `type`.
Result<QJsonArray> parse(const QString &text, ValueType type);

} // namespace Hookflow::ConditionValues
