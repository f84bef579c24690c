// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Hookflow {

/// A 1-based line and column (columns count characters, not bytes). 0 means unknown.
struct SourceLocation
{
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
};

/// A JSON text parsed together with where every value starts, keyed by its JSON path
/// (`$`, `$.nodes[2].kind`, `$["odd key"]`). QJsonDocument only gives a byte offset for a syntax
/// error and nothing for values; campaign diagnostics need a line and column for both.
class JsonSource
{
public:
    struct SyntaxError
    {
        QString message;
        SourceLocation location;
    };

    static JsonSource parse(const QByteArray &utf8);

    bool isValid() const { return !m_error.has_value(); }
    const std::optional<SyntaxError> &syntaxError() const { return m_error; }
    const QJsonValue &root() const { return m_root; }
    /// Where the value at `path` starts; for a path that does not exist, its nearest ancestor.
    SourceLocation locate(const QString &path) const;

    /// Path helpers: `$.nodes` + `[2]` + `.kind`, quoting keys that are not identifiers.
    static QString member(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);

private:
    QJsonValue m_root;
    QHash<QString, SourceLocation> m_locations;
    std::optional<SyntaxError> m_error;

    friend class JsonSourceParser;
};

} // namespace Hookflow
