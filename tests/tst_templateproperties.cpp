// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Property tests of the output contexts (DESIGN §4): thousands of generated values, heavy in what
// breaks each context (quotes, backslashes, control characters, U+2028/2029, surrogate pairs,
// Korean, "{{", "%}", percent signs and URL delimiters), rendered and checked against what the
// context promises. Every iteration draws from its own seed; a failure prints that seed (replay it
// with HOOKFLOW_PROPERTY_SEED=N, which also moves every other property's seeds) and a shrunk,
// minimal input.

#include "catcher/catcher.h"
#include "template/template.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <cstring>
#include <functional>
#include <iterator>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

constexpr int Iterations = 3000;

/// Where a property's seeds start: its own fixed number, or HOOKFLOW_PROPERTY_SEED.
quint32 baseSeed(quint32 fixed)
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("HOOKFLOW_PROPERTY_SEED").toUInt(&ok);
    return ok ? fromEnvironment : fixed;
}

/// Appends one code point. Not through QString::fromUcs4() or fromUtf8(): Qt's decoders drop a
/// U+FEFF at the start of their input as a byte order mark.
void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

/// Any code point but a surrogate (a lone surrogate is not text and cannot survive UTF-8).
char32_t anyCodePoint(QRandomGenerator &random)
{
    for (;;) {
        const auto c = static_cast<char32_t>(random.bounded(0x110000u));
        if (c < 0xD800 || c > 0xDFFF)
            return c;
    }
}

/// A string built to break the contexts: each piece comes from one of these classes.
QString hostileString(QRandomGenerator &random)
{
    static const QStringList syntax{u"{{"_s,
                                    u"}}"_s,
                                    u"{%"_s,
                                    u"%}"_s,
                                    u"{{-"_s,
                                    u"-%}"_s,
                                    u"|"_s,
                                    u"{"_s,
                                    u"}"_s,
                                    u"{{ user_id }}"_s,
                                    u"{% raw %}"_s};
    static const QStringList url{u"%"_s,   u"+"_s,   u"&"_s, u"="_s,  u"?"_s, u"#"_s,
                                 u"/"_s,   u";"_s,   u":"_s, u"@"_s,  u" "_s, u"%2F"_s,
                                 u"%25"_s, u"%zz"_s, u"."_s, u".."_s, u"~"_s, u"["_s,
                                 u"]"_s,   u"!"_s,   u"$"_s, u"'"_s,  u"("_s, u"*"_s,
                                 u","_s,   u"<"_s,   u">"_s, u"`"_s,  u"^"_s, u"\u00A0"_s};
    const int length = random.bounded(10) == 0 ? random.bounded(200) : random.bounded(24);
    QString out;
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(9)) {
        case 0: {
            static constexpr char16_t json[] = u"\"\\/'";
            out.append(QChar(json[random.bounded(4)]));
            break;
        }
        case 1: // C0 controls, DEL, NEL
            appendCodePoint(out,
                            random.bounded(8) == 0 ? (random.bounded(2) ? 0x7F : 0x85)
                                                   : random.bounded(0x20u));
            break;
        case 2: {
            static constexpr char16_t separators[] = {0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x200B, 0xFFFE};
            out.append(QChar(separators[random.bounded(6)]));
            break;
        }
        case 3: // emoji and other astral code points: surrogate pairs in UTF-16
            appendCodePoint(out,
                            random.bounded(2) ? 0x1F300 + random.bounded(0x700u)
                                              : 0x10000 + random.bounded(0x100000u));
            break;
        case 4: // Hangul syllables and jamo
            appendCodePoint(out,
                            random.bounded(4) ? 0xAC00 + random.bounded(11172u)
                                              : 0x1100 + random.bounded(0x100u));
            break;
        case 5:
            out += syntax.at(random.bounded(syntax.size()));
            break;
        case 6:
            out += url.at(random.bounded(url.size()));
            break;
        case 7: {
            static constexpr char16_t plain[] = u"abcXYZ019 _-";
            out.append(QChar(plain[random.bounded(12)]));
            break;
        }
        default:
            appendCodePoint(out, anyCodePoint(random));
            break;
        }
    }
    return out;
}

/// A JSON value of any type, up to three levels deep, with hostile strings and keys. Numbers
/// are integers within ±2^53 (exact in a double) or finite doubles of every magnitude.
QJsonValue hostileValue(QRandomGenerator &random, int depth = 0)
{
    switch (random.bounded(depth < 3 ? 8 : 6)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return QJsonValue(random.bounded(2) == 1);
    case 2: {
        constexpr qint64 limit = qint64(1) << 53;
        switch (random.bounded(3)) {
        case 0:
            return QJsonValue(qint64(random.bounded(-1000, 1000)));
        case 1:
            return QJsonValue(random.bounded(-limit, limit + 1));
        default:
            return QJsonValue(random.bounded(2) ? limit : -limit);
        }
    }
    case 3: {
        static constexpr double special[] = {0.1,
                                             -0.0,
                                             0.5,
                                             1e-7,
                                             1e16,
                                             1e21,
                                             1.5e300,
                                             5e-324,
                                             -2.5,
                                             1e15 + 0.5,
                                             123456789.125,
                                             std::numeric_limits<double>::max()};
        if (random.bounded(3) == 0)
            return QJsonValue(special[random.bounded(int(std::size(special)))]);
        for (;;) {
            const quint64 bits = random.generate64();
            double d;
            std::memcpy(&d, &bits, sizeof d);
            if (std::isfinite(d))
                return QJsonValue(d);
        }
    }
    case 4:
    case 5:
        return QJsonValue(hostileString(random));
    case 6: {
        QJsonArray array;
        const int n = random.bounded(5);
        for (int i = 0; i < n; ++i)
            array.append(hostileValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        const int n = random.bounded(5);
        for (int i = 0; i < n; ++i)
            object.insert(hostileString(random), hostileValue(random, depth + 1));
        return object;
    }
    }
}

/// Text for a header template's literal parts: no markup, but CR, LF and NUL now and then.
QString headerLiteral(QRandomGenerator &random)
{
    // CR, LF and NUL come last and are mostly replaced, so both outcomes stay common.
    static constexpr char16_t chars[] = {
        u'a', u'b', u':', u' ', u';', u'=', u',', u'"', u'\\', u'\t', u'\r', u'\n', u'\0'};
    constexpr int forbiddenFrom = int(std::size(chars)) - 3;
    const int length = random.bounded(6);
    QString out;
    for (int i = 0; i < length; ++i) {
        const int pick = random.bounded(int(std::size(chars)));
        if (pick >= forbiddenFrom && random.bounded(4) != 0)
            out.append(u'x');
        else
            out.append(QChar(chars[pick]));
    }
    return out;
}

/// The string with every character that is not printable ASCII as \u{XXXX}.
QString visible(const QString &text)
{
    QString out;
    for (const uint c : text.toUcs4()) {
        if (c >= 0x20 && c < 0x7F && c != u'\\')
            out.append(QChar(char16_t(c)));
        else
            out += u"\\u{"_s + QString::number(c, 16).toUpper() + u'}';
    }
    return out;
}

/// QTest cuts long messages: keep each part short enough for the rest to show.
QString clipped(const QString &text)
{
    constexpr qsizetype limit = 300;
    return text.size() <= limit ? text : text.left(limit) + u"…"_s;
}

QString compactJson(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

/// Where `got` first differs from `want`, as "$.key[2]: GOT instead of WANT"; empty if equal.
QString firstDifference(const QJsonValue &got, const QJsonValue &want, const QString &path = u"$"_s)
{
    const QString here = path + u": "_s + visible(compactJson(got)) + u" instead of "_s
                         + visible(compactJson(want));
    if (got.type() != want.type())
        return here;
    if (want.isArray()) {
        const QJsonArray a = got.toArray();
        const QJsonArray b = want.toArray();
        if (a.size() != b.size())
            return here;
        for (qsizetype i = 0; i < b.size(); ++i) {
            const QString inner = firstDifference(a.at(i), b.at(i), path + u"[%1]"_s.arg(i));
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    if (want.isObject()) {
        // Members by iteration, not QJsonObject::contains()/value(): in Qt 6.4 their binary
        // search can miss a key that starts with an astral character (a surrogate pair) when
        // keys starting above U+D7FF sit next to it.
        auto members = [](const QJsonObject &object) {
            QHash<QString, QJsonValue> out;
            for (auto it = object.begin(); it != object.end(); ++it)
                out.insert(it.key(), it.value());
            return out;
        };
        const QHash<QString, QJsonValue> a = members(got.toObject());
        const QHash<QString, QJsonValue> b = members(want.toObject());
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            const QString key = path + u"[\""_s + visible(it.key()) + u"\"]"_s;
            if (!a.contains(it.key()))
                return key + u": missing"_s;
            const QString inner = firstDifference(a.value(it.key()), it.value(), key);
            if (!inner.isEmpty())
                return inner;
        }
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (!b.contains(it.key()))
                return path + u"[\""_s + visible(it.key()) + u"\"]: not expected"_s;
        }
        return {};
    }
    return got == want ? QString() : here;
}

/// Removes code points while `fails` still holds, largest chunks first.
QString shrink(const QString &input, const std::function<bool(const QString &)> &fails)
{
    QList<char32_t> points;
    for (const uint c : input.toUcs4())
        points.append(char32_t(c));
    auto text = [](const QList<char32_t> &p) {
        QString out;
        for (const char32_t c : p)
            appendCodePoint(out, c);
        return out;
    };
    for (qsizetype chunk = points.size() / 2; chunk >= 1; chunk /= 2) {
        bool removed = true;
        while (removed) {
            removed = false;
            for (qsizetype at = 0; at + chunk <= points.size(); ++at) {
                QList<char32_t> candidate = points;
                candidate.remove(at, chunk);
                if (fails(text(candidate))) {
                    points = candidate;
                    removed = true;
                    break;
                }
            }
        }
    }
    return text(points);
}

using Check = std::function<std::optional<QString>(const QString &input)>;

/// Inputs every string property tries before the generated ones: the ones a random walk rarely
/// hits alone (dot segments, a leading U+FEFF, the empty string) and the usual suspects.
const QStringList &edgeCases()
{
    static const QStringList cases{u""_s,
                                   u" "_s,
                                   u"."_s,
                                   u".."_s,
                                   u"..."_s,
                                   QString(QChar(0xFEFF)),
                                   QChar(0xFEFF) + u"x"_s,
                                   u"x"_s + QChar(0xFEFF),
                                   u"\u2028\u2029"_s,
                                   QString(QChar(0)),
                                   u"\r\n"_s,
                                   u"\""_s,
                                   u"\\"_s,
                                   u"{{"_s,
                                   u"%}"_s,
                                   u"%"_s,
                                   u"+"_s,
                                   u"😀"_s,
                                   u"김민지"_s};
    return cases;
}

/// Runs `check` on the edge cases, then on Iterations hostile strings, one seed each; on the
/// first failure describes the seed, the input and a shrunk input that still fails.
std::optional<QString> forAllStrings(quint32 fixedSeed, const Check &check)
{
    auto describe = [&](const QString &origin, const QString &input) {
        const QString minimal = shrink(input,
                                       [&](const QString &s) { return check(s).has_value(); });
        return u"%1\n  input:   \"%2\"\n  minimal: \"%3\"\n  %4"_s
            .arg(origin,
                 clipped(visible(input)),
                 visible(minimal),
                 check(minimal).value_or(u"(the minimal input passed on a rerun)"_s));
    };
    for (const QString &input : edgeCases()) {
        if (check(input))
            return describe(u"edge case"_s, input);
    }
    const quint32 base = baseSeed(fixedSeed);
    for (int i = 0; i < Iterations; ++i) {
        const quint32 seed = base + quint32(i);
        QRandomGenerator random(seed);
        const QString input = hostileString(random);
        if (check(input))
            return describe(u"seed %1 (replay: HOOKFLOW_PROPERTY_SEED=%1)"_s.arg(seed), input);
    }
    return std::nullopt;
}

QString errorText(const Error &error)
{
    return error.code + u": "_s + error.message;
}

/// Compiles a template every property needs; the test stops if it does not compile.
std::optional<Template> compileOrNull(const QString &source, OutputContext context)
{
    const Result<Template> compiled = Template::compile(source, context);
    if (!compiled.ok()) {
        qWarning("%s does not compile: %s",
                 qUtf8Printable(source),
                 qUtf8Printable(errorText(compiled.error())));
        return std::nullopt;
    }
    return *compiled;
}

QJsonObject userProperty(const QString &name, const QJsonValue &value)
{
    return QJsonObject{{u"user_properties"_s, QJsonObject{{name, value}}}};
}

/// Renders a Json-context template and parses the body; the failure says why it did not.
std::optional<QString> renderJson(const Template &compiled,
                                  const QJsonObject &variables,
                                  QJsonDocument &document)
{
    const Result<QString> rendered = compiled.render(variables);
    if (!rendered.ok())
        return u"render failed: "_s + errorText(rendered.error());
    QJsonParseError error;
    document = QJsonDocument::fromJson(rendered->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return u"rendered body does not parse (%1 at %2): \"%3\""_s.arg(error.errorString())
            .arg(error.offset)
            .arg(visible(*rendered));
    return std::nullopt;
}

/// Percent-decoding as a server does, as UTF-8 (keeping a leading U+FEFF, which
/// QString::fromUtf8() would drop).
QString percentDecoded(const QByteArray &encoded)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return utf8.decode(QByteArray::fromPercentEncoding(encoded));
}

/// A query value must mean the same to a server that reads '+' as a space (forms) and to one
/// that does not: so '+' and ' ' both have to be percent-encoded.
std::optional<QString> checkQueryValue(const QByteArray &encoded, const QString &expected)
{
    QByteArray formEncoded = encoded;
    formEncoded.replace('+', ' ');
    if (percentDecoded(encoded) != expected)
        return u"query value \"%1\" decodes to \"%2\""_s.arg(QString::fromLatin1(encoded),
                                                             visible(percentDecoded(encoded)));
    if (percentDecoded(formEncoded) != expected)
        return u"query value \"%1\" has a raw '+' (a form decoder reads a space)"_s.arg(
            QString::fromLatin1(encoded));
    return std::nullopt;
}

/// Checks the request target "/p/SEGMENT?q=VALUE&r=1" (as sent, or as QUrl encodes it).
std::optional<QString> checkTarget(const QByteArray &path,
                                   const QByteArray &query,
                                   const QString &expected)
{
    const QList<QByteArray> segments = path.split('/');
    if (segments.size() != 3 || !segments.at(0).isEmpty() || segments.at(1) != "p")
        return u"path \"%1\" is not /p/SEGMENT"_s.arg(QString::fromLatin1(path));
    if (percentDecoded(segments.at(2)) != expected)
        return u"path segment \"%1\" decodes to \"%2\""_s.arg(QString::fromLatin1(segments.at(2)),
                                                              visible(
                                                                  percentDecoded(segments.at(2))));
    const QList<QByteArray> items = query.split('&');
    if (items.size() != 2 || !items.at(0).startsWith("q=") || items.at(1) != "r=1")
        return u"query \"%1\" is not q=VALUE&r=1"_s.arg(QString::fromLatin1(query));
    return checkQueryValue(items.at(0).mid(2), expected);
}

/// A value that makes a whole path segment "." or "..": QNetworkAccessManager (like curl and
/// browsers) removes dot segments before sending, also when they are written %2E, so
/// `/users/{{id}}/notify` with id ".." would reach `/notify`. No encoding can keep such a value
/// in place; the render has to fail.
bool isDotSegment(const QString &value)
{
    return value == u"." || value == u"..";
}

std::optional<QString> checkDotSegmentRefused(const Result<QString> &rendered)
{
    if (rendered.ok())
        return u"a \".\" or \"..\" path segment rendered (dot segments are removed on the way "
               u"out, even as %2E): "_s
               + visible(*rendered);
    if (rendered.error().code != u"personalization")
        return u"refused with the wrong code: "_s + errorText(rendered.error());
    return std::nullopt;
}

} // namespace

/// Properties of the personalization language's output contexts over generated input.
class TestTemplateProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void textRendersValueExactly();
    void jsonInsideStringRoundTrips();
    void jsonValuePositionRoundTripsStrings();
    void jsonValuePositionKeepsTypes();
    void jsonFiltersKeepBodyValid();
    void jsonFilterInValuePositionParses();
    void urlValuesKeepStructureAndDecode();
    void urlValuesReachServerIntact();
    void urlEncodeFilterKeepsStructure();
    void urlPlaceholderOutsidePathAndQueryFails();
    void headerFailsExactlyOnLineBreaksAndNul();
};

void TestTemplateProperties::initTestCase()
{
    // A proxy from the environment must never see loopback test traffic.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

// Property (Text): `{{ v }}` renders any string exactly as it is; nothing is escaped, trimmed or
// re-parsed, even when the value itself looks like markup.
void TestTemplateProperties::textRendersValueExactly()
{
    const auto compiled = compileOrNull(u"{{ v }}"_s, OutputContext::Text);
    QVERIFY(compiled);
    const auto failure = forAllStrings(1001, [&](const QString &input) -> std::optional<QString> {
        const Result<QString> rendered = compiled->render(QJsonObject{{u"v"_s, input}});
        if (!rendered.ok())
            return u"render failed: "_s + errorText(rendered.error());
        if (*rendered != input)
            return u"rendered \"%1\""_s.arg(visible(*rendered));
        return std::nullopt;
    });
    QVERIFY2(!failure, qUtf8Printable(failure.value_or(QString())));
}

// Property (Json, inside a string): `{"v": "<{{ user_properties.v }}>"}` always parses, and the
// string reads back as "<" + input + ">".
//
// Read back with QJsonDocument, the parser Hookflow itself uses: it drops a raw U+FEFF at the
// start of a JSON string (Qt's UTF-8 decoder takes it for a byte order mark), so a value that
// starts with one only survives written as \ufeff.
void TestTemplateProperties::jsonInsideStringRoundTrips()
{
    const auto compiled = compileOrNull(u"{\"v\": \"<{{ user_properties.v }}>\"}"_s,
                                        OutputContext::Json);
    QVERIFY(compiled);
    const auto failure = forAllStrings(2001, [&](const QString &input) -> std::optional<QString> {
        QJsonDocument document;
        if (auto failed = renderJson(*compiled, userProperty(u"v"_s, input), document))
            return failed;
        const QJsonValue v = document.object().value(u"v"_s);
        if (v.toString() != u'<' + input + u'>')
            return u"read back %1"_s.arg(visible(compactJson(v)));
        return std::nullopt;
    });
    QVERIFY2(!failure, qUtf8Printable(failure.value_or(QString())));
}

// Property (Json, value position): `{"v": {{ user_properties.v }}}` always parses, and v is the
// input as a JSON string.
void TestTemplateProperties::jsonValuePositionRoundTripsStrings()
{
    const auto compiled = compileOrNull(u"{\"v\": {{ user_properties.v }}}"_s, OutputContext::Json);
    QVERIFY(compiled);
    const auto failure = forAllStrings(3001, [&](const QString &input) -> std::optional<QString> {
        QJsonDocument document;
        if (auto failed = renderJson(*compiled, userProperty(u"v"_s, input), document))
            return failed;
        const QJsonValue v = document.object().value(u"v"_s);
        if (!v.isString() || v.toString() != input)
            return u"read back %1"_s.arg(visible(compactJson(v)));
        return std::nullopt;
    });
    QVERIFY2(!failure, qUtf8Printable(failure.value_or(QString())));
}

// Property (Json, value position, any type): a null, boolean, number, string, array or object
// inserted in value position, at the top of an object, inside an array, or nested, reads back
// equal and with its type (numbers stay numbers, arrays arrays); a missing variable reads back
// as null. Numbers compare by value (1e16 may come back as an integer, which QJsonObject's own
// operator== would call different).
void TestTemplateProperties::jsonValuePositionKeepsTypes()
{
    struct Shape
    {
        QString source;
        std::function<QJsonValue(const QJsonDocument &)> extract;
    };
    const QList<Shape> shapes{
        {u"{\"v\": {{ user_properties.v }}}"_s,
         [](const QJsonDocument &d) { return d.object().value(u"v"_s); }},
        {u"[{{ user_properties.v }}, 1]"_s, [](const QJsonDocument &d) { return d.array().at(0); }},
        {u"{\"a\": {\"b\": [true, {{user_properties.v}}]}, \"c\": \"}}\"}"_s,
         [](const QJsonDocument &d) {
             return d.object().value(u"a"_s).toObject().value(u"b"_s).toArray().at(1);
         }},
    };
    QList<Template> templates;
    for (const Shape &shape : shapes) {
        const auto compiled = compileOrNull(shape.source, OutputContext::Json);
        QVERIFY(compiled);
        templates.append(*compiled);
    }
    const quint32 base = baseSeed(4001);
    for (int i = 0; i < Iterations; ++i) {
        const quint32 seed = base + quint32(i);
        QRandomGenerator random(seed);
        const bool missing = random.bounded(20) == 0;
        const QJsonValue value = missing ? QJsonValue(QJsonValue::Null) : hostileValue(random);
        const int shape = random.bounded(int(shapes.size()));
        const QJsonObject variables = missing ? QJsonObject{{u"user_properties"_s, QJsonObject{}}}
                                              : userProperty(u"v"_s, value);
        QJsonDocument document;
        const std::optional<QString> failed = renderJson(templates.at(shape), variables, document);
        const QJsonValue got = failed ? QJsonValue() : shapes.at(shape).extract(document);
        const QString difference = failed ? QString() : firstDifference(got, value);
        QVERIFY2(!failed && difference.isEmpty(),
                 qUtf8Printable(
                     u"seed %1 (replay: HOOKFLOW_PROPERTY_SEED=%1), template %2\n  "
                     u"%3\n  value: %4"_s
                         .arg(QString::number(seed),
                              shapes.at(shape).source,
                              clipped(failed.value_or(u"read back differs at "_s + difference)),
                              missing ? u"(missing)"_s : clipped(visible(compactJson(value))))));
    }
}

// Property (Json, filters): a filter chain does not let a value escape its place. After
// `| upcase`, `| append: '"\'` (Liquid strings have no escapes: that is a quote and a
// backslash), `| default: <variable>` on a missing variable and longer chains, the body parses
// and the value is the string the filters made, inside a JSON string and in value position.
void TestTemplateProperties::jsonFiltersKeepBodyValid()
{
    struct Case
    {
        QString source;
        std::function<QString(const QString &)> expected; ///< what v reads back as
    };
    const QString tail = u"\"\\"_s; // what '"\' appends
    // The lambdas name QString as their type: a QStringBuilder would outlive its operands.
    const QList<Case> cases{
        {u"{\"v\": {{ user_properties.v | upcase }}}"_s,
         [](const QString &in) -> QString { return in.toUpper(); }},
        {u"{\"v\": \"{{ user_properties.v | upcase }}\"}"_s,
         [](const QString &in) -> QString { return in.toUpper(); }},
        {u"{\"v\": {{ user_properties.v | append: '\"\\' }}}"_s,
         [&](const QString &in) -> QString { return in + tail; }},
        {u"{\"v\": \"<{{ user_properties.v | append: '\"\\' }}>\"}"_s,
         [&](const QString &in) -> QString { return u'<' + in + tail + u'>'; }},
        {u"{\"v\": {{ user_properties.v | prepend: '\\\"' }}}"_s,
         [](const QString &in) -> QString { return u"\\\""_s + in; }},
        {u"{\"v\": {{ user_properties.missing | default: user_properties.v }}}"_s,
         [](const QString &in) -> QString { return in; }},
        {u"{\"v\": \"{{ user_properties.missing | default: user_properties.v }}\"}"_s,
         [](const QString &in) -> QString { return in; }},
        {u"{\"v\": {{ user_properties.v | append: user_properties.v | prepend: '{{' | "
         u"default: 'x' }}}"_s,
         [](const QString &in) -> QString { return u"{{"_s + in + in; }},
    };
    for (const Case &c : cases) {
        const auto compiled = compileOrNull(c.source, OutputContext::Json);
        QVERIFY2(compiled, qUtf8Printable(c.source));
        const auto failure = forAllStrings(5001, [&](const QString &input) -> std::optional<QString> {
            QJsonDocument document;
            if (auto failed = renderJson(*compiled, userProperty(u"v"_s, input), document))
                return failed;
            const QJsonValue v = document.object().value(u"v"_s);
            if (!v.isString() || v.toString() != c.expected(input))
                return u"read back %1"_s.arg(visible(compactJson(v)));
            return std::nullopt;
        });
        QVERIFY2(!failure, qUtf8Printable(c.source + u"\n"_s + failure.value_or(QString())));
    }
}

// Property (Json, `json` filter): `{{ v | json }}` in value position gives a body that parses
// whatever v is (string or any typed value), and reads back either as v itself or as v's JSON
// text in a string (both are valid readings; anything else is not).
void TestTemplateProperties::jsonFilterInValuePositionParses()
{
    const auto compiled = compileOrNull(u"{\"v\": {{ user_properties.v | json }}}"_s,
                                        OutputContext::Json);
    QVERIFY(compiled);
    const quint32 base = baseSeed(6001);
    for (int i = 0; i < Iterations; ++i) {
        const quint32 seed = base + quint32(i);
        QRandomGenerator random(seed);
        const QJsonValue value = random.bounded(2) ? QJsonValue(hostileString(random))
                                                   : hostileValue(random);
        QJsonDocument document;
        const std::optional<QString> failed = renderJson(*compiled,
                                                         userProperty(u"v"_s, value),
                                                         document);
        const QJsonValue got = failed ? QJsonValue() : document.object().value(u"v"_s);
        const bool asValue = firstDifference(got, value).isEmpty();
        const QJsonValue reparsed = QJsonDocument::fromJson(u"[%1]"_s.arg(got.toString()).toUtf8())
                                        .array()
                                        .at(0);
        const bool asText = got.isString() && firstDifference(reparsed, value).isEmpty();
        QVERIFY2(!failed && (asValue || asText),
                 qUtf8Printable(u"seed %1 (replay: HOOKFLOW_PROPERTY_SEED=%1)\n  %2\n  value: "
                                u"%3"_s.arg(QString::number(seed),
                                            clipped(failed.value_or(u"read back "_s
                                                                    + visible(compactJson(got)))),
                                            clipped(visible(compactJson(value))))));
    }
}

// Property (Url, parsed): in `http://127.0.0.1:8080/p/{{v}}?q={{v}}&r=1` no value changes the
// URL's structure: it parses strictly, scheme, host and port stay, the path keeps three segments
// and the query two items, there is no fragment; and the segment and the query value decode
// back to the input (with '+' read either as '+' or as a space).
void TestTemplateProperties::urlValuesKeepStructureAndDecode()
{
    const auto compiled = compileOrNull(u"http://127.0.0.1:8080/p/{{v}}?q={{v}}&r=1"_s,
                                        OutputContext::Url);
    QVERIFY(compiled);
    const auto failure = forAllStrings(7001, [&](const QString &input) -> std::optional<QString> {
        const Result<QString> rendered = compiled->render(QJsonObject{{u"v"_s, input}});
        if (isDotSegment(input))
            return checkDotSegmentRefused(rendered);
        if (!rendered.ok())
            return u"render failed: "_s + errorText(rendered.error());
        const QUrl url(*rendered, QUrl::StrictMode);
        if (!url.isValid())
            return u"not a valid URL (%1): %2"_s.arg(url.errorString(), visible(*rendered));
        if (url.scheme() != u"http" || url.host() != u"127.0.0.1" || url.port() != 8080
            || !url.userInfo().isEmpty() || url.hasFragment())
            return u"structure changed: %1"_s.arg(visible(*rendered));
        if (auto bad = checkTarget(url.path(QUrl::FullyEncoded).toLatin1(),
                                   url.query(QUrl::FullyEncoded).toLatin1(),
                                   input))
            return *bad + u" in "_s + visible(*rendered);
        return std::nullopt;
    });
    QVERIFY2(!failure, qUtf8Printable(failure.value_or(QString())));
}

// Property (Url, on the wire): the same URLs, sent with QNetworkAccessManager to a real loopback
// server, arrive with a request target whose path segment and query value percent-decode to the
// input. A handful of edge cases (dot segments, percent signs, '+', NUL, CR LF, a leading U+FEFF)
// go first, then generated values.
void TestTemplateProperties::urlValuesReachServerIntact()
{
    Catcher catcher;
    const Result<void> listening = catcher.listen();
    QVERIFY2(listening.ok(), qUtf8Printable(listening.ok() ? QString() : listening.error().message));
    const auto compiled = compileOrNull(u"http://127.0.0.1:%1/p/{{v}}?q={{v}}&r=1"_s.arg(
                                            catcher.port()),
                                        OutputContext::Url);
    QVERIFY(compiled);

    QStringList inputs{u""_s,
                       u"."_s,
                       u".."_s,
                       u"a/../b"_s,
                       u"%2e%2E"_s,
                       u"%"_s,
                       u"%25"_s,
                       u"+"_s,
                       u"a b"_s,
                       u"?#&=;"_s,
                       QString(QChar(0)),
                       u"\r\nX: 1"_s,
                       u"김민지 😀"_s,
                       u"..."_s,
                       u"\uFEFF"_s,
                       u"\u2028\uFEFF"_s};
    QList<quint32> seeds(inputs.size(), 0);
    const quint32 base = baseSeed(8001);
    for (quint32 seed = base; inputs.size() < 50; ++seed) {
        QRandomGenerator random(seed);
        inputs.append(hostileString(random));
        seeds.append(seed);
    }
    auto describe = [&](qsizetype i) {
        return seeds.at(i) ? u"seed %1 (replay: HOOKFLOW_PROPERTY_SEED=%1), input \"%2\""_s
                                 .arg(QString::number(seeds.at(i)), visible(inputs.at(i)))
                           : u"input \"%1\""_s.arg(visible(inputs.at(i)));
    };

    QNetworkAccessManager nam;
    int sent = 0;
    int finished = 0;
    QHash<qsizetype, QString> replyErrors;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const Result<QString> rendered = compiled->render(QJsonObject{{u"v"_s, inputs.at(i)}});
        if (isDotSegment(inputs.at(i))) {
            const auto bad = checkDotSegmentRefused(rendered);
            QVERIFY2(!bad, qUtf8Printable(describe(i) + u": "_s + bad.value_or(QString())));
            continue;
        }
        QVERIFY2(rendered.ok(),
                 qUtf8Printable(describe(i) + u": "_s
                                + (rendered.ok() ? QString() : errorText(rendered.error()))));
        const QUrl url(*rendered, QUrl::StrictMode);
        QVERIFY2(url.isValid(), qUtf8Printable(describe(i) + u": "_s + visible(*rendered)));
        QNetworkRequest request(url);
        request.setRawHeader("X-Property-Index", QByteArray::number(i));
        QNetworkReply *reply = nam.get(request);
        ++sent;
        connect(reply, &QNetworkReply::finished, this, [&, reply, i] {
            if (reply->error() != QNetworkReply::NoError)
                replyErrors.insert(i, reply->errorString());
            ++finished;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, sent, 30000);
    for (auto it = replyErrors.cbegin(); it != replyErrors.cend(); ++it)
        QFAIL(qUtf8Printable(describe(it.key()) + u": "_s + it.value()));

    const QList<CapturedRequest> requests = catcher.requests();
    QCOMPARE(requests.size(), sent);
    // Every input that arrived changed, not just the first.
    QStringList problems;
    for (const CapturedRequest &request : requests) {
        bool ok = false;
        const qsizetype i = request.header("X-Property-Index").toLongLong(&ok);
        QVERIFY(ok && i >= 0 && i < inputs.size());
        const QByteArray target = request.target.toLatin1();
        const qsizetype question = target.indexOf('?');
        const auto bad = question < 0 ? std::optional(u"no query"_s)
                                      : checkTarget(target.left(question),
                                                    target.mid(question + 1),
                                                    inputs.at(i));
        if (bad)
            problems.append(describe(i) + u": "_s + *bad + u" in "_s + request.target);
    }
    QVERIFY2(problems.isEmpty(), qUtf8Printable(problems.join(u"\n"_s)));
}

// Property (Url, `url_encode`): a value the template encodes itself (Liquid's url_encode, which
// writes a space as '+') is not encoded again, but it still cannot change the URL's structure:
// same scheme, host, port, three path segments, two query items, no fragment; the query value
// form-decodes to the input; and "." or ".." is refused as in every other path segment.
void TestTemplateProperties::urlEncodeFilterKeepsStructure()
{
    const auto compiled = compileOrNull(
        u"http://127.0.0.1:8080/p/{{ v | url_encode }}?q={{ v | url_encode }}&r=1"_s,
        OutputContext::Url);
    QVERIFY(compiled);
    const auto failure = forAllStrings(7501, [&](const QString &input) -> std::optional<QString> {
        const Result<QString> rendered = compiled->render(QJsonObject{{u"v"_s, input}});
        if (isDotSegment(input))
            return checkDotSegmentRefused(rendered);
        if (!rendered.ok())
            return u"render failed: "_s + errorText(rendered.error());
        const QUrl url(*rendered, QUrl::StrictMode);
        if (!url.isValid())
            return u"not a valid URL (%1): %2"_s.arg(url.errorString(), visible(*rendered));
        if (url.scheme() != u"http" || url.host() != u"127.0.0.1" || url.port() != 8080
            || !url.userInfo().isEmpty() || url.hasFragment())
            return u"structure changed: %1"_s.arg(visible(*rendered));
        const QList<QByteArray> segments = url.path(QUrl::FullyEncoded).toLatin1().split('/');
        const QList<QByteArray> items = url.query(QUrl::FullyEncoded).toLatin1().split('&');
        if (segments.size() != 3 || items.size() != 2 || !items.at(0).startsWith("q="))
            return u"structure changed: %1"_s.arg(visible(*rendered));
        QByteArray value = items.at(0).mid(2);
        value.replace('+', ' ');
        if (percentDecoded(value) != input)
            return u"query value form-decodes to \"%1\" in %2"_s.arg(visible(percentDecoded(value)),
                                                                     visible(*rendered));
        return std::nullopt;
    });
    QVERIFY2(!failure, qUtf8Printable(failure.value_or(QString())));
}

// Property (Url, authority): a placeholder may not be part of the scheme or the host; such a
// template either does not compile or fails to render, whatever the value (even a harmless one).
void TestTemplateProperties::urlPlaceholderOutsidePathAndQueryFails()
{
    const QStringList sources{u"http://{{v}}/x"_s,
                              u"http://{{v}}.example.com/x"_s,
                              u"https://api.{{v}}:8443/x"_s,
                              u"https://example.com:{{v}}/x"_s,
                              u"{{v}}://example.com/x"_s,
                              u"http{{v}}://example.com/x"_s,
                              u"{{v}}"_s,
                              u"https://user@{{v}}/x"_s};
    for (const QString &source : sources) {
        const Result<Template> compiled = Template::compile(source, OutputContext::Url);
        if (!compiled.ok())
            continue;
        const auto failure = forAllStrings(9001, [&](const QString &input) -> std::optional<QString> {
            const Result<QString> rendered = compiled->render(QJsonObject{{u"v"_s, input}});
            if (rendered.ok())
                return u"rendered \"%1\""_s.arg(visible(*rendered));
            return std::nullopt;
        });
        QVERIFY2(!failure, qUtf8Printable(source + u"\n"_s + failure.value_or(QString())));
        for (const QString &harmless : {u"example"_s, u"a"_s, u"https"_s}) {
            const Result<QString> rendered = compiled->render(QJsonObject{{u"v"_s, harmless}});
            QVERIFY2(!rendered.ok(),
                     qUtf8Printable(source + u" with v = "_s + harmless + u" rendered "_s
                                    + (rendered.ok() ? *rendered : QString())));
        }
    }
}

// Property (Header): for `PREFIX{{ v }}SUFFIX` the render fails exactly when the output would
// contain CR, LF or NUL (from the value or from the template's own text), with code
// "personalization"; otherwise the output is PREFIX + v + SUFFIX, unchanged.
void TestTemplateProperties::headerFailsExactlyOnLineBreaksAndNul()
{
    const quint32 base = baseSeed(10001);
    for (int i = 0; i < Iterations; ++i) {
        const quint32 seed = base + quint32(i);
        QRandomGenerator random(seed);
        const QString prefix = headerLiteral(random);
        const QString suffix = headerLiteral(random);
        const QString input = hostileString(random);
        const QString expected = prefix + input + suffix;
        const bool forbidden = expected.contains(u'\r') || expected.contains(u'\n')
                               || expected.contains(QChar(0));
        const QString describe = u"seed %1 (replay: HOOKFLOW_PROPERTY_SEED=%1), template \"%2\", "
                                 u"v \"%3\""_s.arg(QString::number(seed),
                                                   visible(prefix + u"{{ v }}"_s + suffix),
                                                   visible(input));
        const Result<Template> compiled = Template::compile(prefix + u"{{ v }}"_s + suffix,
                                                            OutputContext::Header);
        QVERIFY2(compiled.ok(),
                 qUtf8Printable(describe + u": "_s
                                + (compiled.ok() ? QString() : errorText(compiled.error()))));
        const Result<QString> rendered = compiled->render(QJsonObject{{u"v"_s, input}});
        if (forbidden) {
            QVERIFY2(!rendered.ok(),
                     qUtf8Printable(describe + u": rendered "_s
                                    + visible(rendered.ok() ? *rendered : QString())));
            QVERIFY2(rendered.error().code == u"personalization",
                     qUtf8Printable(describe + u": "_s + errorText(rendered.error())));
        } else {
            QVERIFY2(rendered.ok(),
                     qUtf8Printable(describe + u": "_s
                                    + (rendered.ok() ? QString() : errorText(rendered.error()))));
            QVERIFY2(*rendered == expected,
                     qUtf8Printable(describe + u": rendered \""_s + visible(*rendered) + u'"'));
        }
    }
}

QTEST_GUILESS_MAIN(TestTemplateProperties)
#include "tst_templateproperties.moc"
