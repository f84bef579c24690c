// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Hookflow {

/// Where a rendered value lands; each context escapes for itself (DESIGN §4).
enum class OutputContext {
    Text,   ///< as is
    Json,   ///< a JSON body: escaped inside strings, typed in value position, must parse
    Url,    ///< values percent-encoded so they cannot change the URL's structure
    Header, ///< CR, LF or NUL in the output fails the render
};

/// A personalization template, compiled once and rendered per user.
///
/// This is the placeholder core of the language: `{{ path }}` with dot and bracket paths
/// (`user_properties.name`, `user_properties["phone number"]`) and a `default` filter.
class Template
{
public:
    /// Fails with code "template-syntax" and a message that names the line and column.
    static Result<Template> compile(const QString &source, OutputContext context);

    /// Renders against `variables` (`user_id`, `user_properties`, `event_properties`, `campaign`,
    /// …). Fails with code "personalization" when the output is invalid for the context.
    Result<QString> render(const QJsonObject &variables) const;

    OutputContext context() const { return m_context; }
    /// The variable paths the template reads, e.g. "user_properties.name".
    QStringList variables() const;

private:
    struct Part
    {
        QString literal; ///< text before the placeholder (or the tail)
        bool hasPlaceholder = false;
        QStringList path; ///< lookup steps
        QString pathText;
        std::optional<QJsonValue> fallback; ///< `| default: x`
        bool inJsonString = false; ///< JSON context: the placeholder sits inside a string literal
    };
    QList<Part> m_parts;
    OutputContext m_context = OutputContext::Text;
};

/// Looks a dotted path up in a JSON object; undefined when any step is missing.
QJsonValue lookupPath(const QJsonObject &root, const QStringList &path);
/// Liquid's text form of a value: nil → "", 3.0 → "3", arrays concatenated, objects as JSON.
QString valueToText(const QJsonValue &value);

} // namespace Hookflow
