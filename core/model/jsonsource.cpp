// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hookflow {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonSource)
};

/// Recursive-descent JSON (RFC 8259) parser that records a location per path.
class JsonSourceParser
{
public:
    JsonSourceParser(const QByteArray &text, JsonSource &out)
        : m_text(text)
        , m_out(out)
    {}

    void run()
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        skipSpace();
        QJsonValue root;
        if (!parseValue(u"$"_s, root, 0))
            return;
        skipSpace();
        if (m_pos < m_text.size()) {
            fail(Tr::tr("unexpected text after the end of the JSON document"));
            return;
        }
        m_out.m_root = root;
    }

private:
    SourceLocation here() const
    {
        return {m_line, int(m_pos - m_lineStart) + 1 - m_continuationBytes};
    }

    bool fail(const QString &message)
    {
        if (!m_out.m_error)
            m_out.m_error = JsonSource::SyntaxError{message, here()};
        return false;
    }

    void advance()
    {
        const char c = m_text.at(m_pos);
        ++m_pos;
        if (c == '\n') {
            ++m_line;
            m_lineStart = m_pos;
            m_continuationBytes = 0;
        } else if ((uchar(c) & 0xC0) == 0x80) {
            ++m_continuationBytes;
        }
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            advance();
        }
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    bool expectLiteral(const char *word, const QJsonValue &value, QJsonValue &out)
    {
        const QByteArray literal(word);
        if (m_text.mid(m_pos, literal.size()) != literal)
            return fail(Tr::tr(
                "invalid value (expected a string, number, object, array, true, false or null)"));
        for (qsizetype i = 0; i < literal.size(); ++i)
            advance();
        out = value;
        return true;
    }

    bool parseValue(const QString &path, QJsonValue &out, int depth)
    {
        if (depth > 256)
            return fail(Tr::tr("the document is nested too deeply"));
        skipSpace();
        m_out.m_locations.insert(path, here());
        if (atEnd())
            return fail(Tr::tr("unexpected end of the document"));
        switch (peek()) {
        case '{':
            return parseObject(path, out, depth);
        case '[':
            return parseArray(path, out, depth);
        case '"': {
            QString text;
            if (!parseString(text))
                return false;
            out = text;
            return true;
        }
        case 't':
            return expectLiteral("true", true, out);
        case 'f':
            return expectLiteral("false", false, out);
        case 'n':
            return expectLiteral("null", QJsonValue(QJsonValue::Null), out);
        default:
            return parseNumber(out);
        }
    }

    bool parseObject(const QString &path, QJsonValue &out, int depth)
    {
        advance(); // {
        QJsonObject object;
        skipSpace();
        if (peek() == '}') {
            advance();
            out = object;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(atEnd() ? Tr::tr("unexpected end of the document inside an object")
                                    : Tr::tr("expected a quoted member name"));
            const SourceLocation keyLocation = here();
            QString key;
            if (!parseString(key))
                return false;
            if (object.contains(key)) {
                m_out.m_error = JsonSource::SyntaxError{Tr::tr("duplicate member \"%1\"").arg(key),
                                                        keyLocation};
                return false;
            }
            skipSpace();
            if (peek() != ':')
                return fail(Tr::tr("expected ':' after the member name"));
            advance();
            QJsonValue value;
            if (!parseValue(JsonSource::member(path, key), value, depth + 1))
                return false;
            object.insert(key, value);
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                out = object;
                return true;
            }
            return fail(atEnd() ? Tr::tr("unexpected end of the document inside an object")
                                : Tr::tr("expected ',' or '}' after a member"));
        }
    }

    bool parseArray(const QString &path, QJsonValue &out, int depth)
    {
        advance(); // [
        QJsonArray array;
        skipSpace();
        if (peek() == ']') {
            advance();
            out = array;
            return true;
        }
        for (;;) {
            QJsonValue value;
            if (!parseValue(JsonSource::index(path, array.size()), value, depth + 1))
                return false;
            array.append(value);
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                out = array;
                return true;
            }
            return fail(atEnd() ? Tr::tr("unexpected end of the document inside an array")
                                : Tr::tr("expected ',' or ']' after an array element"));
        }
    }

    bool parseHex4(char32_t &code)
    {
        code = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd())
                return fail(Tr::tr("unexpected end of the document inside a string"));
            const char c = peek();
            int digit;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else
                return fail(Tr::tr("invalid \\u escape"));
            code = code * 16 + char32_t(digit);
            advance();
        }
        return true;
    }

    bool parseString(QString &out)
    {
        advance(); // opening quote
        QByteArray utf8;
        for (;;) {
            if (atEnd())
                return fail(Tr::tr("unterminated string"));
            const char c = peek();
            if (c == '"') {
                advance();
                break;
            }
            if (uchar(c) < 0x20)
                return fail(Tr::tr("control character in a string (escape it, e.g. \\n)"));
            if (c != '\\') {
                utf8.append(c);
                advance();
                continue;
            }
            advance();
            if (atEnd())
                return fail(Tr::tr("unterminated string"));
            const char escape = peek();
            advance();
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                utf8.append(escape);
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                char32_t code;
                if (!parseHex4(code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF && m_text.mid(m_pos, 2) == "\\u") {
                    advance();
                    advance();
                    char32_t low;
                    if (!parseHex4(low))
                        return false;
                    if (low >= 0xDC00 && low <= 0xDFFF)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    else
                        code = 0xFFFD;
                } else if (code >= 0xD800 && code <= 0xDFFF) {
                    code = 0xFFFD;
                }
                // Encoded by hand: QString::fromUcs4 drops a U+FEFF (as a byte order mark).
                const QChar units[2] = {QChar(QChar::highSurrogate(code)),
                                        QChar(QChar::lowSurrogate(code))};
                const QString unit = QChar::requiresSurrogates(code)
                                         ? QString(units, 2)
                                         : QString(QChar(char16_t(code)));
                utf8.append(unit.toUtf8());
                break;
            }
            default:
                return fail(Tr::tr("invalid escape sequence"));
            }
        }
        // ConvertInitialBom: a U+FEFF at the start of a string is text, not a byte order mark.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless
                                   | QStringDecoder::Flag::ConvertInitialBom);
        out = decoder.decode(utf8);
        if (decoder.hasError())
            return fail(Tr::tr("the string is not valid UTF-8"));
        return true;
    }

    bool parseNumber(QJsonValue &out)
    {
        static const QRegularExpression number(
            u"\\A-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"_s);
        const qsizetype end = qMin(m_text.size(), m_pos + 64);
        const QString window = QString::fromLatin1(m_text.mid(m_pos, end - m_pos));
        const QRegularExpressionMatch match = number.match(window);
        if (!match.hasMatch() || match.capturedLength() == 0)
            return fail(Tr::tr(
                "invalid value (expected a string, number, object, array, true, false or null)"));
        bool ok = false;
        const double value = match.captured().toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return fail(Tr::tr("number out of range"));
        for (qsizetype i = 0; i < match.capturedLength(); ++i)
            advance();
        out = value;
        return true;
    }

    const QByteArray &m_text;
    JsonSource &m_out;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    int m_continuationBytes = 0;
};

JsonSource JsonSource::parse(const QByteArray &utf8)
{
    JsonSource source;
    JsonSourceParser(utf8, source).run();
    return source;
}

SourceLocation JsonSource::locate(const QString &path) const
{
    QString candidate = path;
    while (!candidate.isEmpty()) {
        const auto it = m_locations.constFind(candidate);
        if (it != m_locations.constEnd())
            return *it;
        // Drop the last path step: ".name", "[3]" or "[\"odd key\"]".
        const qsizetype dot = candidate.lastIndexOf(u'.');
        const qsizetype bracket = candidate.lastIndexOf(u'[');
        const qsizetype cut = qMax(dot, bracket);
        if (cut <= 0)
            break;
        candidate.truncate(cut);
    }
    return m_locations.value(u"$"_s);
}

QString JsonSource::member(const QString &path, const QString &key)
{
    static const QRegularExpression identifier(u"\\A[A-Za-z_][A-Za-z0-9_]*\\z"_s);
    if (identifier.match(key).hasMatch())
        return path + u'.' + key;
    QString quoted = key;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return path + u"[\""_s + quoted + u"\"]"_s;
}

QString JsonSource::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

} // namespace Hookflow
