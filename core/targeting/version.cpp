// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

/// An identifier that reads as an int compares as a number (hackle-java-sdk: MetadataVersion
/// uses Kotlin's toIntOrNull, so "-1" is a number and numbers beyond an int compare as text).
std::optional<int> asInt(const QString &identifier)
{
    bool ok = false;
    const int value = identifier.toInt(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

int compareIdentifiers(const QStringList &a, const QStringList &b)
{
    // A version without a pre-release sorts after one with it.
    if (a.isEmpty() || b.isEmpty())
        return int(a.isEmpty()) - int(b.isEmpty());
    const qsizetype common = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const auto x = asInt(a.at(i));
        const auto y = asInt(b.at(i));
        int order = 0;
        if (x && y)
            order = *x < *y ? -1 : (*x > *y ? 1 : 0);
        else
            order = a.at(i).compare(b.at(i));
        if (order != 0)
            return order < 0 ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

std::optional<Version> Version::parse(const QString &text)
{
    static const QRegularExpression pattern(
        u"\\A(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*))?(?:\\.(0|[1-9]\\d*))?"
        "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
        "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?\\z"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Version version;
    for (int i = 0; i < 3; ++i) {
        const QString part = match.captured(i + 1);
        if (part.isEmpty())
            continue;
        bool ok = false;
        version.m_core[i] = part.toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (match.capturedLength(4) > 0)
        version.m_prerelease = match.captured(4).split(u'.');
    if (match.capturedLength(5) > 0)
        version.m_build = match.captured(5).split(u'.');
    return version;
}

int Version::compare(const Version &other) const
{
    for (int i = 0; i < 3; ++i) {
        if (m_core[i] != other.m_core[i])
            return m_core[i] < other.m_core[i] ? -1 : 1;
    }
    return compareIdentifiers(m_prerelease, other.m_prerelease);
}

} // namespace Hookflow
