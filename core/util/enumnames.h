// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Hookflow {

/// A fixed table between an enum and the names the file format uses for it.
template<typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, QString>, N>;

template<typename Enum, std::size_t N>
QString nameOf(const EnumNames<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumNames<Enum, N> &table, const QString &name)
{
    for (const auto &[candidate, candidateName] : table) {
        if (candidateName == name)
            return candidate;
    }
    return std::nullopt;
}

} // namespace Hookflow
