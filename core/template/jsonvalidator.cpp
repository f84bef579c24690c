// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonvalidator.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cmath>

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonValidator)
};

constexpr int MaxDepth = 512;

class Validator
{
public:
    explicit Validator(QStringView text)
        : m_begin(text.utf16())
        , m_p(m_begin)
        , m_end(m_begin + text.size())
    {}

    std::optional<JsonProblem> run()
    {
        skipSpace();
        if (!value(0))
            return m_problem;
        skipSpace();
        if (m_p != m_end)
            return fail(Tr::tr("more text after the JSON value"));
        return std::nullopt;
    }

private:
    std::optional<JsonProblem> fail(const QString &message)
    {
        if (!m_problem)
            m_problem = JsonProblem{m_p - m_begin, message};
        return m_problem;
    }
    bool failed(const QString &message)
    {
        fail(message);
        return false;
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == u' ' || *m_p == u'\t' || *m_p == u'\n' || *m_p == u'\r'))
            ++m_p;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return failed(Tr::tr("a value is missing"));
        switch (*m_p) {
        case u'{':
            return object(depth + 1);
        case u'[':
            return array(depth + 1);
        case u'"':
            return string();
        case u't':
            return literal(u"true");
        case u'f':
            return literal(u"false");
        case u'n':
            return literal(u"null");
        default:
            if (*m_p == u'-' || (*m_p >= u'0' && *m_p <= u'9'))
                return number();
            return failed(Tr::tr("unexpected character"));
        }
    }

    bool literal(QStringView word)
    {
        if (m_end - m_p < word.size() || QStringView(m_p, word.size()) != word)
            return failed(Tr::tr("unexpected character"));
        m_p += word.size();
        return true;
    }

    bool digits()
    {
        const char16_t *start = m_p;
        while (m_p != m_end && *m_p >= u'0' && *m_p <= u'9')
            ++m_p;
        return m_p != start;
    }

    bool number()
    {
        const char16_t *start = m_p;
        if (!numberSyntax())
            return false;
        // Syntax allows 1e3000; receivers (Qt's parser among them) refuse what a double cannot hold.
        QByteArray text;
        text.reserve(m_p - start);
        for (const char16_t *c = start; c != m_p; ++c)
            text.append(char(*c));
        bool ok = false; // false on overflow and on underflow; the syntax is already checked
        const double value = text.toDouble(&ok);
        const qsizetype e = text.indexOf('e') >= 0 ? text.indexOf('e') : text.indexOf('E');
        const bool large = e >= 0 && !text.mid(e + 1).startsWith('-'); // else it rounds to 0
        if (!std::isfinite(value) || (!ok && large)) {
            m_p = start;
            return failed(Tr::tr("a number too large for a receiver to read"));
        }
        return true;
    }

    bool numberSyntax()
    {
        if (*m_p == u'-')
            ++m_p;
        if (m_p != m_end && *m_p == u'0') {
            ++m_p;
        } else if (!digits()) {
            return failed(Tr::tr("a number needs digits"));
        }
        if (m_p != m_end && *m_p == u'.') {
            ++m_p;
            if (!digits())
                return failed(Tr::tr("a number needs digits after its decimal point"));
        }
        if (m_p != m_end && (*m_p == u'e' || *m_p == u'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == u'+' || *m_p == u'-'))
                ++m_p;
            if (!digits())
                return failed(Tr::tr("a number needs digits in its exponent"));
        }
        return true;
    }

    static bool isHex(char16_t c)
    {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    }

    bool string()
    {
        ++m_p; // the opening quote
        while (m_p != m_end) {
            const char16_t c = *m_p;
            if (c == u'"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return failed(Tr::tr("a control character must be escaped inside a string"));
            if (c == u'\\') {
                ++m_p;
                if (m_p == m_end)
                    break;
                switch (*m_p) {
                case u'"':
                case u'\\':
                case u'/':
                case u'b':
                case u'f':
                case u'n':
                case u'r':
                case u't':
                    ++m_p;
                    continue;
                case u'u':
                    ++m_p;
                    for (int i = 0; i < 4; ++i, ++m_p) {
                        if (m_p == m_end || !isHex(*m_p))
                            return failed(Tr::tr("\\u needs four hexadecimal digits"));
                    }
                    continue;
                default:
                    return failed(Tr::tr("\"\\%1\" is not a JSON escape").arg(QChar(*m_p)));
                }
            }
            ++m_p;
        }
        return failed(Tr::tr("a string is never closed"));
    }

    bool array(int depth)
    {
        if (depth > MaxDepth)
            return failed(Tr::tr("arrays and objects are nested too deeply"));
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == u']') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p != m_end && *m_p == u',') {
                ++m_p;
                continue;
            }
            if (m_p != m_end && *m_p == u']') {
                ++m_p;
                return true;
            }
            return failed(Tr::tr("expected \",\" or \"]\""));
        }
    }

    bool object(int depth)
    {
        if (depth > MaxDepth)
            return failed(Tr::tr("arrays and objects are nested too deeply"));
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == u'}') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_p == m_end || *m_p != u'"')
                return failed(Tr::tr("a member name must be a string"));
            if (!string())
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != u':')
                return failed(Tr::tr("expected \":\" after a member name"));
            ++m_p;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p != m_end && *m_p == u',') {
                ++m_p;
                continue;
            }
            if (m_p != m_end && *m_p == u'}') {
                ++m_p;
                return true;
            }
            return failed(Tr::tr("expected \",\" or \"}\""));
        }
    }

    const char16_t *m_begin;
    const char16_t *m_p;
    const char16_t *m_end;
    std::optional<JsonProblem> m_problem;
};

} // namespace

std::optional<JsonProblem> findJsonProblem(QStringView text)
{
    return Validator(text).run();
}

} // namespace Hookflow
