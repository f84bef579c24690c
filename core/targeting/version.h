// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Hookflow {

/// A semantic version as Hackle's SDKs read it: `MAJOR[.MINOR[.PATCH]][-PRERELEASE][+BUILD]`.
///
/// Missing minor and patch parts are zero ("2.4" equals "2.4.0"); numbers have no leading zeros;
/// pre-release identifiers order a version before its release and compare numerically when both
/// are numbers, as text otherwise; build metadata is kept but never compared. Nothing is trimmed:
/// " 2.4.0" and "v2.4.0" are not versions.
class Version
{
public:
    /// nullopt when `text` is not a version (including parts beyond 2^31 - 1).
    static std::optional<Version> parse(const QString &text);

    /// Negative, zero or positive, like a three-way comparison; build metadata is ignored.
    int compare(const Version &other) const;
    bool operator==(const Version &other) const { return compare(other) == 0; }

    int major() const { return m_core[0]; }
    int minor() const { return m_core[1]; }
    int patch() const { return m_core[2]; }
    const QStringList &prerelease() const { return m_prerelease; }
    const QStringList &build() const { return m_build; }

private:
    int m_core[3] = {0, 0, 0};
    QStringList m_prerelease;
    QStringList m_build;
};

} // namespace Hookflow
