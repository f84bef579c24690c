// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hookflow {

QString Diagnostic::format(const QString &fileName) const
{
    // "error" / "warning" stay English: editors and CI parse this form.
    const QString kind = isError() ? u"error"_s : u"warning"_s;
    QString place = fileName;
    if (location.isValid())
        place += u":%1:%2"_s.arg(location.line).arg(location.column);
    const QString where = path.isEmpty() ? QString() : u" (%1)"_s.arg(path);
    if (place.isEmpty())
        return u"%1: %2%3"_s.arg(kind, message, where);
    return u"%1: %2: %3%4"_s.arg(place, kind, message, where);
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
        return d.isError();
    });
}

} // namespace Hookflow
