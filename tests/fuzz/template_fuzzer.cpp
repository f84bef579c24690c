// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target over the personalization language: Template::compile + Template::render.
//
// Input: the first byte picks the output context (byte % 4, so the seeds can start with a
// readable '0' Text, '1' Json, '2' Url or '3' Header); the rest is the template's source as
// UTF-8. Every input renders against the same rich set of variables, then against the same
// names holding other types, then against none, then the first again.
//
// Besides crashes, sanitizer reports, leaks and timeouts, the target aborts when the engine
// breaks the contract of DESIGN §4 on a render that succeeded: a Json body that does not parse,
// a Header value with CR, LF or NUL in it; and when a failure comes without a code or message.

#include "template/template.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using Hookflow::OutputContext;
using Hookflow::Template;

namespace {

/// What every input renders against: nested objects and arrays, Korean text, integers, floats at
/// the edges of double, booleans, null, and strings hostile to each output context.
constexpr char VariablesJson[] = R"json({
  "user_id": "u1",
  "event_key": "price_drop",
  "user_properties": {
    "name": "김민지",
    "nickname": "민지 \"MJ\" <b>&amp;</b>",
    "tier": "gold",
    "age": 31,
    "ratio": 0.25,
    "score": -7.5,
    "zero": 0,
    "big": 9007199254740993,
    "max": 9223372036854775807,
    "min": -9223372036854775808,
    "huge": 1e300,
    "tiny": 5e-324,
    "vip": true,
    "banned": false,
    "nothing": null,
    "empty": "",
    "spaces": "  padded  ",
    "tags": ["a", "b", "김"],
    "scores": [3, 1, 2, 10, -4.5],
    "mixed": [1, "2", null, true, {"k": "v"}, [1, [2, [3]]], ""],
    "phone number": "+821012345678",
    "hostile": "a\"b\\c\r\nd\u0000e\u0001\u001f\u2028\u2029f/?#&+=% '{{x}}' {%y%}",
    "emoji": "😀👍🏽🇰🇷",
    "html": "<script>alert('x')</script> &lt;",
    "date": "2026-11-20T09:30:00Z",
    "timestamp": 1795000000,
    "app_version": "2.5.1",
    "timezone": "Asia/Seoul",
    "address": {"city": "서울", "district": "강남구", "geo": {"lat": 37.5, "lng": 127.03},
                "lines": ["테헤란로 1", "10층"]},
    "empty_list": [],
    "empty_object": {}
  },
  "event_properties": {
    "price": 12900,
    "discount": 0.15,
    "q": "a&b=c/d?e#f+g",
    "url": "https://x.test/p?id=1&lang=ko",
    "currency": "KRW",
    "items": [
      {"name": "사과", "price": 1000, "qty": 2, "tags": ["fruit"]},
      {"name": "배", "price": 2500, "qty": 1, "tags": []},
      {"name": "귤", "price": 500, "qty": 0, "tags": ["fruit", "citrus"]}
    ]
  },
  "campaign": {"key": "price-drop", "name": "가격 인하 알림"},
  "webhook": {"id": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"},
  "events": [{"event_key": "login", "timestamp": "2026-11-20T09:30:00Z", "properties": {}}]
})json";

const QJsonObject &variables()
{
    static const QJsonObject parsed = [] {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(VariablesJson, &error);
        if (error.error != QJsonParseError::NoError) {
            std::fprintf(stderr,
                         "template_fuzzer: bad variables: %s\n",
                         qUtf8Printable(error.errorString()));
            std::abort();
        }
        return document.object();
    }();
    return parsed;
}

/// The same names with other types in them (strings become numbers, numbers strings with quotes
/// and backslashes, booleans and null swap for containers), so that one compiled template meets
/// different shapes of data, as it does across users; arrays and objects keep their members.
QJsonValue otherTypes(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QJsonValue(-0.5 - double(value.toString().size()));
    case QJsonValue::Double:
        return QJsonValue(u"\"%1\\"_s.arg(value.toDouble()));
    case QJsonValue::Bool:
        return QJsonValue(QJsonArray{value, QJsonValue::Null});
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QJsonValue(QJsonObject{{u"k"_s, u"}\""_s}});
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(otherTypes(item));
        return out;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), otherTypes(it.value()));
        return out;
    }
    }
    return value;
}

/// Every input renders against these in turn: the variables, the same with other types, and
/// nothing at all (every lookup nil). Rendering one template several times also exercises what
/// the engine caches between renders.
const QList<QJsonObject> &variableSets()
{
    static const QList<QJsonObject> sets{variables(),
                                         otherTypes(variables()).toObject(),
                                         QJsonObject(),
                                         variables()};
    return sets;
}

/// The engine's limits with the output, loop and work budgets divided by 8: the same code paths,
/// but the costliest input stays far under -timeout=5. At the defaults one render of a hostile
/// template takes up to ~50 ms in a release build and ~0.6 s under ASan, which a busy machine
/// turns into false timeouts.
Hookflow::TemplateLimits fuzzLimits()
{
    Hookflow::TemplateLimits limits;
    limits.maxOutputLength /= 8;
    limits.maxIterations /= 8;
    limits.maxWork /= 8;
    return limits;
}

[[noreturn]] void violated(const char *what, const QString &source, const QString &detail)
{
    std::fprintf(stderr,
                 "template_fuzzer: %s\n--- template ---\n%s\n--- detail ---\n%s\n",
                 what,
                 qUtf8Printable(source),
                 qUtf8Printable(detail));
    std::abort();
}

void checkError(const char *what, const QString &source, const Hookflow::Error &error)
{
    if (error.code.isEmpty() || error.message.isEmpty())
        violated(what, source, error.code + u": "_s + error.message);
}

/// One JSON value (RFC 8259 allows a scalar at the top, QJsonDocument does not: it reads the body
/// as the only element of an array), or nothing but whitespace.
bool parsesAsJson(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QString wrapped = u'[' + text + u']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && document.array().size() == 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto context = static_cast<OutputContext>(data[0] % 4);
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data + 1),
                                             static_cast<qsizetype>(size - 1));

    const Hookflow::Result<Template> compiled = Template::compile(source, context, fuzzLimits());
    if (!compiled.ok()) {
        checkError("compile failed without a code or message", source, compiled.error());
        return 0;
    }
    for (const QJsonObject &set : variableSets()) {
        const Hookflow::Result<QString> rendered = compiled->render(set);
        if (!rendered.ok()) {
            checkError("render failed without a code or message", source, rendered.error());
            continue;
        }
        const QString &out = *rendered;
        switch (context) {
        case OutputContext::Json:
            if (!parsesAsJson(out))
                violated("a Json render succeeded but the body does not parse", source, out);
            break;
        case OutputContext::Header:
            for (const QChar c : out) {
                if (c == u'\r' || c == u'\n' || c == QChar(0))
                    violated("a Header render succeeded with CR, LF or NUL in it", source, out);
            }
            break;
        case OutputContext::Text:
        case OutputContext::Url:
            break;
        }
    }
    return 0;
}
