// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one JSON writer of the personalization language: the renderer's typed values, the `json`
// and `json_escape` filters and TemplateValue::jsonText() all escape the same way. `Out` is
// QString or the renderer's buffer: anything with append(QStringView) and append(char16_t).

#include "templatevalue.h"

#include <QStringView>

#include <array>
#include <cmath>

namespace Hookflow::JsonWriter {

template<typename Out>
void appendInteger(Out &out, qint64 value)
{
    char16_t digits[24];
    int start = 24;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        digits[--start] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        digits[--start] = u'-';
    out.append(QStringView(digits + start, 24 - start));
}

/// ASCII characters that cannot appear as they are inside a JSON string.
inline constexpr std::array<bool, 128> needsEscape = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    table[u'"'] = true;
    table[u'\\'] = true;
    return table;
}();

template<typename Out>
void appendJsonStringContent(Out &out, QStringView text)
{
    static const char16_t hex[] = u"0123456789abcdef";
    qsizetype runStart = 0;
    const qsizetype n = text.size();
    const char16_t *data = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = data[i];
        // Most text is printable ASCII or plain BMP text: one table lookup or one range test.
        // Beyond ASCII, U+2028/2029 (JavaScript line ends), surrogates and U+FEFF (a byte order
        // mark, which some readers drop) are escaped.
        if (c < 0x80 ? !needsEscape[c]
                     : (c < 0x2028 || (c > 0x2029 && c < 0xD800) || (c > 0xDFFF && c != 0xFEFF)))
            continue;
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && data[i + 1] >= 0xDC00
            && data[i + 1] <= 0xDFFF) {
            ++i; // a well-formed pair goes out as it is
            continue;
        }
        out.append(QStringView(data + runStart, i - runStart));
        runStart = i + 1;
        switch (c) {
        case u'"':
            out.append(QStringView(u"\\\""));
            break;
        case u'\\':
            out.append(QStringView(u"\\\\"));
            break;
        case u'\n':
            out.append(QStringView(u"\\n"));
            break;
        case u'\r':
            out.append(QStringView(u"\\r"));
            break;
        case u'\t':
            out.append(QStringView(u"\\t"));
            break;
        case u'\b':
            out.append(QStringView(u"\\b"));
            break;
        case u'\f':
            out.append(QStringView(u"\\f"));
            break;
        default: {
            const char16_t escaped[6] = {u'\\',
                                         u'u',
                                         hex[(c >> 12) & 15],
                                         hex[(c >> 8) & 15],
                                         hex[(c >> 4) & 15],
                                         hex[c & 15]};
            out.append(QStringView(escaped, 6));
        }
        }
    }
    out.append(QStringView(data + runStart, n - runStart));
}

template<typename Out>
void appendJsonValue(Out &out, const TemplateValue &value)
{
    switch (value.type()) {
    case TemplateValue::Type::Nil:
        out.append(QStringView(u"null"));
        return;
    case TemplateValue::Type::Bool:
        out.append(QStringView(value.toBool() ? u"true" : u"false"));
        return;
    case TemplateValue::Type::Int:
        appendInteger(out, value.toInt());
        return;
    case TemplateValue::Type::Float:
        if (std::isfinite(value.toDouble()))
            out.append(rubyFloatText(value.toDouble()));
        else
            out.append(QStringView(u"null"));
        return;
    case TemplateValue::Type::String:
        out.append(char16_t(u'"'));
        appendJsonStringContent(out, value.string());
        out.append(char16_t(u'"'));
        return;
    case TemplateValue::Type::Array:
    case TemplateValue::Type::Range: {
        out.append(char16_t(u'['));
        bool first = true;
        for (const TemplateValue &item : value.array()) {
            if (!first)
                out.append(char16_t(u','));
            first = false;
            appendJsonValue(out, item);
        }
        out.append(char16_t(u']'));
        return;
    }
    case TemplateValue::Type::Object: {
        out.append(char16_t(u'{'));
        bool first = true;
        for (const auto &[key, item] : value.members()) {
            if (!first)
                out.append(char16_t(u','));
            first = false;
            out.append(char16_t(u'"'));
            appendJsonStringContent(out, key);
            out.append(QStringView(u"\":"));
            appendJsonValue(out, item);
        }
        out.append(char16_t(u'}'));
        return;
    }
    }
}

} // namespace Hookflow::JsonWriter
