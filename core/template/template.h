// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Hookflow {

namespace TemplateProgram {
struct Program;
}
class VariableCatalogue;

/// Where a rendered value lands; each context escapes for itself (DESIGN §4).
enum class OutputContext {
    Text,   ///< as is
    Json,   ///< a JSON body: escaped inside strings, typed in value position, must parse
    Url,    ///< values percent-encoded and kept out of the scheme and host
    Header, ///< CR, LF or NUL in the output fails the render
};

/// Caps that make a hostile template fail instead of hanging or eating memory.
struct TemplateLimits
{
    qsizetype maxOutputLength = 1 << 20; ///< UTF-16 units of output (and of any one string)
    qint64 maxIterations = 100000;       ///< loop iterations in one render, all loops together
    qint64 maxWork = 20'000'000; ///< characters and elements filters may produce in one render
    int maxDepth = 64;           ///< nesting of blocks and of `[…]` lookups
};

/// A problem in a template, located for the editor: 1-based line and column (UTF-16 units) and
/// the length of the markup at fault.
struct TemplateDiagnostic
{
    enum class Severity : quint8 { Error, Warning };
    Severity severity = Severity::Error;
    int line = 1;
    int column = 1;
    qsizetype offset = 0;
    qsizetype length = 1;
    QString message;

    /// "line 2, column 5: unknown filter "upcse"".
    QString text() const;
};

/// A personalization template in Hackle's syntax on a Liquid core, compiled once and rendered
/// per user. Cheap to copy: copies share the compiled program.
class Template
{
public:
    /// Fails with code "template-syntax" and a message that names the line and column; the
    /// error's detail is the offset in the source.
    static Result<Template> compile(const QString &source,
                                    OutputContext context,
                                    const TemplateLimits &limits = {});

    /// What the editor shows for `source`: the syntax error, if any, and warnings for variables
    /// that no sample user or event has (when a catalogue is given).
    static QList<TemplateDiagnostic> check(const QString &source,
                                           OutputContext context,
                                           const VariableCatalogue *catalogue = nullptr);

    /// Renders against `variables` (`user_id`, `user_properties`, `event_properties`,
    /// `campaign`, `webhook`, `secrets`, `now` …). Fails with code "personalization" when the
    /// output is invalid for the context, "template-render" when a filter fails (e.g.
    /// `divided_by: 0`) and "template-limit" when a limit is hit.
    Result<QString> render(const QJsonObject &variables) const;
    /// The same with variables converted once (TemplateValue::fromJson), for rendering several
    /// templates per user.
    Result<QString> render(const TemplateValue &variables) const;

    OutputContext context() const { return m_context; }
    const QString &source() const { return m_source; }
    /// The variable paths the template reads with constant keys, e.g.
    /// "user_properties.name", in order of first use.
    QStringList variables() const;

private:
    struct JsonCache;
    QString m_source;
    OutputContext m_context = OutputContext::Text;
    TemplateLimits m_limits;
    std::shared_ptr<const TemplateProgram::Program> m_program;
    std::shared_ptr<JsonCache> m_jsonCache;
    bool m_usesDate = false;
};

} // namespace Hookflow
