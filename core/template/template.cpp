// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "template.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Template)
};

QString scalarJson(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

/// Escapes text for the inside of a JSON string literal (no surrounding quotes).
QString jsonStringContent(const QString &text)
{
    const QString quoted = scalarJson(text);
    QString inner = quoted.mid(1, quoted.size() - 2);
    // U+2028/U+2029 are valid JSON but break JavaScript consumers; escape them too.
    inner.replace(QChar(0x2028), u"\\u2028"_s).replace(QChar(0x2029), u"\\u2029"_s);
    return inner;
}

/// Position in the source as "line L, column C" (1-based).
QString positionText(const QString &source, qsizetype offset)
{
    const qsizetype line = source.left(offset).count(u'\n') + 1;
    const qsizetype lineStart = source.lastIndexOf(u'\n', offset - 1) + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

Error syntaxError(const QString &source, qsizetype offset, const QString &message)
{
    return Error{u"template-syntax"_s,
                 u"%1: %2"_s.arg(positionText(source, offset), message),
                 QString::number(offset)};
}

/// Parses a literal (quoted string, number, true/false/nil) for `default:`.
std::optional<QJsonValue> parseLiteral(const QString &text)
{
    if (text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'')
        && text.back() == text.front())
        return QJsonValue(text.mid(1, text.size() - 2));
    if (text == u"true")
        return QJsonValue(true);
    if (text == u"false")
        return QJsonValue(false);
    if (text == u"nil" || text == u"null")
        return QJsonValue(QJsonValue::Null);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (ok)
        return QJsonValue(number);
    return std::nullopt;
}

/// Splits `user_properties["phone number"].x` into steps; empty on a malformed path.
std::optional<QStringList> parsePath(const QString &text)
{
    QStringList steps;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto identChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'$';
    };
    while (i < n) {
        if (text.at(i) == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            if (close < 0)
                return std::nullopt;
            const QString inner = text.mid(i + 1, close - i - 1).trimmed();
            if (inner.size() < 2 || (inner.front() != u'"' && inner.front() != u'\'')
                || inner.back() != inner.front())
                return std::nullopt;
            steps.append(inner.mid(1, inner.size() - 2));
            i = close + 1;
        } else {
            if (!steps.isEmpty()) {
                if (text.at(i) != u'.')
                    return std::nullopt;
                ++i;
            }
            const qsizetype start = i;
            while (i < n && identChar(text.at(i)))
                ++i;
            if (i == start)
                return std::nullopt;
            steps.append(text.mid(start, i - start));
        }
    }
    if (steps.isEmpty())
        return std::nullopt;
    return steps;
}

/// Splits on '|' outside quotes.
QStringList splitFilters(const QString &text)
{
    QStringList parts;
    QString current;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'|') {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    parts.append(current.trimmed());
    return parts;
}

/// Tracks whether the literal text so far leaves us inside a JSON string.
bool endsInsideJsonString(const QString &literal, bool inside)
{
    bool escaped = false;
    for (const QChar c : literal) {
        if (!inside) {
            if (c == u'"')
                inside = true;
            continue;
        }
        if (escaped)
            escaped = false;
        else if (c == u'\\')
            escaped = true;
        else if (c == u'"')
            inside = false;
    }
    return inside;
}

} // namespace

QJsonValue lookupPath(const QJsonObject &root, const QStringList &path)
{
    QJsonValue current = root;
    for (const QString &step : path) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(step))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(step);
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = step.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString valueToText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QString text;
        for (const QJsonValue &item : value.toArray())
            text += valueToText(item);
        return text;
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return scalarJson(value);
    }
    return {};
}

Result<Template> Template::compile(const QString &source, OutputContext context)
{
    Template result;
    result.m_context = context;
    qsizetype pos = 0;
    bool inJsonString = false;
    while (pos <= source.size()) {
        const qsizetype open = source.indexOf(u"{{"_s, pos);
        const qsizetype tag = source.indexOf(u"{%"_s, pos);
        if (tag >= 0 && (open < 0 || tag < open))
            return syntaxError(
                source,
                tag,
                Tr::tr(
                    "tags ({% … %}) are not supported in this version; use {{ … }} placeholders"));
        Part part;
        if (open < 0) {
            part.literal = source.mid(pos);
            result.m_parts.append(part);
            break;
        }
        part.literal = source.mid(pos, open - pos);
        const qsizetype close = source.indexOf(u"}}"_s, open + 2);
        if (close < 0)
            return syntaxError(source, open, Tr::tr("\"{{\" is never closed with \"}}\""));
        const QString inner = source.mid(open + 2, close - open - 2);
        const QStringList pieces = splitFilters(inner);
        const QString pathText = pieces.first();
        if (pathText.isEmpty())
            return syntaxError(source, open, Tr::tr("empty placeholder"));
        const auto path = parsePath(pathText);
        if (!path)
            return syntaxError(
                source,
                open + 2,
                Tr::tr("\"%1\" is not a variable path (write e.g. user_properties.name)")
                    .arg(pathText));
        part.hasPlaceholder = true;
        part.path = *path;
        part.pathText = pathText;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QString filter = pieces.at(i);
            const qsizetype colon = filter.indexOf(u':');
            const QString name = (colon < 0 ? filter : filter.left(colon)).trimmed();
            if (name != u"default")
                return syntaxError(source, open, Tr::tr("unknown filter \"%1\"").arg(name));
            const auto literal = colon < 0 ? std::nullopt
                                           : parseLiteral(filter.mid(colon + 1).trimmed());
            if (!literal)
                return syntaxError(
                    source,
                    open,
                    Tr::tr("\"default\" needs one literal argument, e.g. default: \"\""));
            part.fallback = *literal;
        }
        if (context == OutputContext::Json) {
            inJsonString = endsInsideJsonString(part.literal, inJsonString);
            part.inJsonString = inJsonString;
        }
        result.m_parts.append(part);
        pos = close + 2;
    }
    return result;
}

QStringList Template::variables() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (part.hasPlaceholder && !names.contains(part.pathText))
            names.append(part.pathText);
    }
    return names;
}

Result<QString> Template::render(const QJsonObject &variables) const
{
    QString out;
    for (const Part &part : m_parts) {
        out += part.literal;
        if (!part.hasPlaceholder)
            continue;
        QJsonValue value = lookupPath(variables, part.path);
        // Liquid's default: replaces nil, false and empty strings/arrays/objects.
        const bool blank = value.isUndefined() || value.isNull()
                           || (value.isBool() && !value.toBool())
                           || (value.isString() && value.toString().isEmpty())
                           || (value.isArray() && value.toArray().isEmpty())
                           || (value.isObject() && value.toObject().isEmpty());
        if (part.fallback && blank)
            value = *part.fallback;
        switch (m_context) {
        case OutputContext::Text:
        case OutputContext::Header:
            out += valueToText(value);
            break;
        case OutputContext::Url:
            out += QString::fromLatin1(QUrl::toPercentEncoding(valueToText(value)));
            break;
        case OutputContext::Json:
            if (part.inJsonString) {
                out += jsonStringContent(valueToText(value));
            } else if (value.isUndefined()) {
                out += u"null"_s;
            } else if (value.isObject()) {
                out += QString::fromUtf8(
                    QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            } else if (value.isArray()) {
                out += QString::fromUtf8(
                    QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            } else {
                out += scalarJson(value);
            }
            break;
        }
    }
    if (m_context == OutputContext::Header) {
        for (const QChar c : std::as_const(out)) {
            if (c == u'\r' || c == u'\n' || c == QChar(0))
                return Error{u"personalization"_s,
                             Tr::tr(
                                 "a header value may not contain a line break or NUL character")};
        }
    }
    if (m_context == OutputContext::Json && !out.trimmed().isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return Error{u"personalization"_s,
                         Tr::tr("the rendered body is not valid JSON: %1 at character %2")
                             .arg(error.errorString())
                             .arg(error.offset)};
    }
    return out;
}

} // namespace Hookflow
