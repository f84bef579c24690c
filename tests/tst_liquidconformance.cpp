// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "template/template.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>
#include <random>

using namespace Qt::StringLiterals;
using namespace Hookflow;

// The cases live in tests/data/liquid, not here: moc mis-reads raw string literals with quotes.

namespace {

/// One template rendered against one context by both engines.
struct Case
{
    QString id;
    QString source;
    QString contextName;
    QByteArray contextJson;   ///< the exact bytes both engines parse (one line)
    bool expectError = false; ///< cases.txt says Ruby rejects it
    bool generated = false;
};

/// What one engine made of a case.
struct Outcome
{
    bool ok = false;
    QString text; ///< the output, or the error message
};

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(HOOKFLOW_TEST_DATA)).filePath(u"liquid/"_s + relative);
}

/// JSON Lines want one line; a raw newline can only be whitespace between JSON tokens.
QByteArray oneLine(QByteArray json)
{
    json.replace('\n', ' ').replace('\r', ' ');
    return json.trimmed();
}

QString quoted(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

/// `text` as a Liquid string literal (no escapes in Liquid: the quote must not occur inside).
QString liquidString(const QString &text)
{
    if (text.contains(u'"'))
        return u'\'' + text + u'\'';
    return u'"' + text + u'"';
}

// ---------------------------------------------------------------------------------------------
// Hand-written cases (format: see the header of tests/data/liquid/cases.txt).

struct Contexts
{
    QMap<QString, QByteArray> json;
    QMap<QString, QJsonObject> parsed;
};

Result<Contexts> loadContexts()
{
    Contexts contexts;
    const QDir dir(dataPath(u"contexts"_s));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QByteArray json = oneLine(Test::readFile(dir.filePath(file)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (!document.isObject())
            return Error{u"data"_s, u"contexts/%1: %2"_s.arg(file, error.errorString())};
        const QString name = file.chopped(5);
        contexts.json.insert(name, json);
        contexts.parsed.insert(name, document.object());
    }
    if (contexts.json.isEmpty())
        return Error{u"data"_s, u"no contexts in %1"_s.arg(dir.path())};
    return contexts;
}

Result<QList<Case>> loadHandWritten(const Contexts &contexts)
{
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_.-]+$"_s);
    const QString path = dataPath(u"cases.txt"_s);
    const QStringList lines = QString::fromUtf8(Test::readFile(path)).split(u'\n');
    QList<Case> cases;
    struct Pending
    {
        QString id;
        QString contextSpec;
        bool expectError = false;
        QStringList body;
        int line = 0;
    };
    std::optional<Pending> pending;
    QString failure;

    auto finish = [&]() {
        if (!pending)
            return;
        while (!pending->body.isEmpty() && pending->body.last().isEmpty())
            pending->body.removeLast();
        const QString source = pending->body.join(u'\n');
        const QString spec = pending->contextSpec.isEmpty() ? u"hackle"_s : pending->contextSpec;
        if (spec.startsWith(u'{')) {
            const QByteArray json = oneLine(spec.toUtf8());
            if (!QJsonDocument::fromJson(json).isObject())
                failure = u"cases.txt:%1: the inline context is not a JSON object"_s.arg(
                    pending->line);
            cases.append({pending->id, source, u"inline"_s, json, pending->expectError, false});
        } else {
            const QStringList names = spec.split(u' ', Qt::SkipEmptyParts);
            for (const QString &name : names) {
                if (!contexts.json.contains(name)) {
                    failure = u"cases.txt:%1: no context %2"_s.arg(pending->line).arg(name);
                    continue;
                }
                const QString id = names.size() > 1 ? pending->id + u'@' + name : pending->id;
                cases.append(
                    {id, source, name, contexts.json.value(name), pending->expectError, false});
            }
        }
        pending.reset();
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u"=== "_s)) {
            finish();
            QString header = line.mid(4).trimmed();
            Pending next;
            next.line = int(i + 1);
            if (header.endsWith(u"!error"_s)) {
                next.expectError = true;
                header = header.chopped(6).trimmed();
            }
            const qsizetype colon = header.indexOf(u" : "_s);
            next.id = (colon < 0 ? header : header.left(colon)).trimmed();
            next.contextSpec = colon < 0 ? QString() : header.mid(colon + 3).trimmed();
            if (!idPattern.match(next.id).hasMatch())
                failure = u"cases.txt:%1: bad case id '%2'"_s.arg(next.line).arg(next.id);
            pending = next;
        } else if (line.startsWith(u'#')) {
            continue;
        } else if (pending) {
            pending->body.append(line.startsWith(u'\\') ? line.mid(1) : line);
        } else if (!line.trimmed().isEmpty()) {
            failure = u"cases.txt:%1: text before the first case"_s.arg(i + 1);
        }
    }
    finish();
    if (!failure.isEmpty())
        return Error{u"data"_s, failure};
    return cases;
}

// ---------------------------------------------------------------------------------------------
// Generated cases: random but mostly valid templates from a small grammar over the fixed
// contexts. The generator knows the shape of every value it reads (from the context itself), so
// that filters usually get the input they expect; it avoids what only differs because Ruby
// prints a hash or an array with `inspect`, and "now"-relative dates.

enum class Kind { Str, Int, Float, Bool, Nil, Array, HashArray, Hash };

bool isScalar(Kind kind)
{
    return kind != Kind::Array && kind != Kind::HashArray && kind != Kind::Hash;
}

Kind kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return Kind::Str;
    case QJsonValue::Double:
        return value.toVariant().typeId() == QMetaType::Double ? Kind::Float : Kind::Int;
    case QJsonValue::Bool:
        return Kind::Bool;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        const bool hashes = !array.isEmpty() && std::all_of(array.begin(), array.end(), [](auto v) {
            return v.isObject();
        });
        return hashes ? Kind::HashArray : Kind::Array;
    }
    case QJsonValue::Object:
        return Kind::Hash;
    default:
        return Kind::Nil;
    }
}

/// Something a template can read: a path, a literal or a local variable.
struct Value
{
    QString text;
    Kind kind = Kind::Nil;
    QJsonValue sample; ///< the value itself when known (paths and literals)
    bool dateLike = false;
};

class Generator
{
public:
    Generator(quint32 seed, const Contexts &contexts)
        : m_rng(seed)
        , m_contexts(contexts)
    {}

    Case next(int number)
    {
        static const QStringList weighted{u"hackle"_s,
                                          u"hackle"_s,
                                          u"hackle"_s,
                                          u"collections"_s,
                                          u"collections"_s,
                                          u"numbers"_s,
                                          u"numbers"_s,
                                          u"empty"_s};
        QString name = pick(weighted);
        if (!m_contexts.json.contains(name))
            name = m_contexts.json.firstKey();
        m_roots.clear();
        const QJsonObject root = m_contexts.parsed.value(name);
        for (auto it = root.begin(); it != root.end(); ++it)
            collect(identifier(it.key()) ? it.key() : u'[' + liquidString(it.key()) + u']', *it, 0);
        m_locals.clear();
        m_loopDepth = 0;

        QString source = block(0, chance(30) ? 1 : 2 + int(below(4)));
        if (chance(6))
            source = mutate(source);
        return {u"gen-%1"_s.arg(number, 3, 10, QChar(u'0')) + u'@' + name,
                source,
                name,
                m_contexts.json.value(name),
                false,
                true};
    }

private:
    std::mt19937 m_rng;
    const Contexts &m_contexts;
    QList<Value> m_roots;
    QList<Value> m_locals;
    int m_loopDepth = 0;

    quint32 below(quint32 n) { return n == 0 ? 0 : m_rng() % n; }
    bool chance(int percent) { return int(below(100)) < percent; }
    template<typename List>
    typename List::value_type pick(const List &list)
    {
        return list.at(below(quint32(list.size())));
    }

    static bool identifier(const QString &key)
    {
        static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
        return pattern.match(key).hasMatch();
    }

    static QString member(const QString &base, const QString &key)
    {
        if (identifier(key))
            return base + u'.' + key;
        return base + u'[' + liquidString(key) + u']';
    }

    void collect(const QString &path, const QJsonValue &value, int depth)
    {
        static const QRegularExpression datePattern(u"^\\d{4}-\\d\\d-\\d\\d"_s);
        const Kind kind = kindOf(value);
        // Ruby rounds floats beyond 64 bits to big integers; we keep them floats (a listed
        // difference), so generated filter chains leave them out.
        if (value.isDouble() && std::abs(value.toDouble()) >= 9.2e18)
            return;
        m_roots.append({path, kind, value, datePattern.match(value.toString()).hasMatch()});
        if (depth >= 3)
            return;
        if (kind == Kind::Hash) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                collect(member(path, it.key()), *it, depth + 1);
            m_roots.append({path + u".size"_s, Kind::Int, QJsonValue(object.size())});
        } else if (kind == Kind::Array || kind == Kind::HashArray) {
            const QJsonArray array = value.toArray();
            m_roots.append({path + u".size"_s, Kind::Int, QJsonValue(array.size())});
            if (array.isEmpty())
                return;
            collect(path + u"[0]"_s, array.first(), depth + 1);
            collect(path + u".last"_s, array.last(), depth + 1);
            if (array.size() > 1)
                collect(path + u"[-2]"_s, array.at(array.size() - 2), depth + 1);
        } else if (kind == Kind::Str) {
            m_roots.append({path + u".size"_s, Kind::Int, QJsonValue(value.toString().size())});
        }
    }

    QList<Value> candidates(const std::function<bool(const Value &)> &accept) const
    {
        QList<Value> result;
        for (const Value &value : m_roots)
            if (accept(value))
                result.append(value);
        for (const Value &value : m_locals)
            if (accept(value))
                result.append(value);
        return result;
    }

    // ----- literals

    Value literal(Kind kind)
    {
        static const QStringList strings{u""_s,
                                         u"a"_s,
                                         u"abc"_s,
                                         u"Hello World"_s,
                                         u"  padded  "_s,
                                         u"a,b,c"_s,
                                         u"김민지"_s,
                                         u"봄 세일 🌸"_s,
                                         u"😀"_s,
                                         u"x-y_z"_s,
                                         u"<b>bold</b> & more"_s,
                                         u"10"_s,
                                         u"3.5"_s,
                                         u"-4"_s,
                                         u"Gold"_s,
                                         u"vip"_s,
                                         u"line1\nline2"_s,
                                         u"one two three four"_s,
                                         u"it's"_s,
                                         u"say \"hi\""_s};
        static const QList<qint64> ints{0, 1, 2, 3, 5, 7, 10, 31, 100, -1, -3, 12900, 1200};
        static const QStringList floats{u"0.5"_s,
                                        u"-2.5"_s,
                                        u"1.25"_s,
                                        u"3.0"_s,
                                        u"0.1"_s,
                                        u"10.0"_s,
                                        u"2.675"_s,
                                        u"-0.75"_s,
                                        u"87.5"_s,
                                        u"0.15"_s};
        switch (kind) {
        case Kind::Str: {
            const QString text = pick(strings);
            return {liquidString(text), Kind::Str, QJsonValue(text)};
        }
        case Kind::Int: {
            const qint64 value = chance(70) ? pick(ints) : qint64(below(41)) - 20;
            return {QString::number(value), Kind::Int, QJsonValue(value)};
        }
        case Kind::Float: {
            const QString text = pick(floats);
            return {text, Kind::Float, QJsonValue(text.toDouble())};
        }
        case Kind::Bool: {
            const bool value = chance(50);
            return {value ? u"true"_s : u"false"_s, Kind::Bool, QJsonValue(value)};
        }
        default:
            return {u"nil"_s, Kind::Nil, QJsonValue()};
        }
    }

    Value anyLiteral()
    {
        static const QList<Kind> kinds{
            Kind::Str, Kind::Str, Kind::Int, Kind::Int, Kind::Float, Kind::Bool, Kind::Nil};
        return literal(pick(kinds));
    }

    /// A literal with the value of `sample`, so that comparisons and `when`s sometimes match.
    std::optional<Value> literalOf(const QJsonValue &sample)
    {
        switch (kindOf(sample)) {
        case Kind::Str:
            if (sample.toString().contains(u'"') && sample.toString().contains(u'\''))
                return std::nullopt;
            return Value{liquidString(sample.toString()), Kind::Str, sample};
        case Kind::Int:
            return Value{QString::number(sample.toInteger()), Kind::Int, sample};
        case Kind::Bool:
            return Value{sample.toBool() ? u"true"_s : u"false"_s, Kind::Bool, sample};
        case Kind::Nil:
            return Value{u"nil"_s, Kind::Nil, sample};
        default:
            return std::nullopt;
        }
    }

    // ----- expressions

    Value scalar()
    {
        if (chance(25))
            return anyLiteral();
        if (chance(4))
            return {pick(QStringList{u"nobody"_s, u"user_properties.nope"_s, u"missing.deep[0]"_s}),
                    Kind::Nil,
                    QJsonValue()};
        const QList<Value> found = candidates([](const Value &v) { return isScalar(v.kind); });
        return found.isEmpty() ? anyLiteral() : pick(found);
    }

    Value ofKind(const std::function<bool(Kind)> &accept, Kind fallback)
    {
        const QList<Value> found = candidates([&](const Value &v) { return accept(v.kind); });
        if (found.isEmpty() || chance(20))
            return literal(fallback);
        return pick(found);
    }

    Value number()
    {
        return ofKind([](Kind k) { return k == Kind::Int || k == Kind::Float; },
                      chance(70) ? Kind::Int : Kind::Float);
    }

    Value text()
    {
        return ofKind([](Kind k) { return k == Kind::Str; }, Kind::Str);
    }

    /// Small integers only: they bound loops and slices.
    Value smallInt(qint64 low, qint64 high)
    {
        const QList<Value> found = candidates([&](const Value &v) {
            return v.kind == Kind::Int && v.sample.isDouble() && v.sample.toInteger() >= low
                   && v.sample.toInteger() <= high;
        });
        if (!found.isEmpty() && chance(30))
            return pick(found);
        const qint64 value = low + qint64(below(quint32(high - low + 1)));
        return {QString::number(value), Kind::Int, QJsonValue(value)};
    }

    QStringList propertiesOf(const QJsonValue &hashArray)
    {
        QStringList keys;
        for (const QJsonValue element : hashArray.toArray())
            for (const QString &key : element.toObject().keys())
                if (!keys.contains(key))
                    keys.append(key);
        return keys;
    }

    // ----- filters

    /// Appends `| filter: args` to `expression` as fits `value`'s kind; updates the kind.
    QString filter(Value &value)
    {
        static const QStringList formats{u"%Y-%m-%d"_s,
                                         u"%H:%M:%S"_s,
                                         u"%b %d, %Y"_s,
                                         u"%a %A %B %e"_s,
                                         u"%-d/%-m/%y"_s,
                                         u"%j %U %p %I"_s,
                                         u"%s"_s,
                                         u"%Y년 %m월 %d일"_s,
                                         u"%d.%m.%Y %H:%M %z"_s,
                                         u""_s};
        static const QStringList stringOps{u"capitalize"_s,
                                           u"downcase"_s,
                                           u"upcase"_s,
                                           u"strip"_s,
                                           u"lstrip"_s,
                                           u"rstrip"_s,
                                           u"escape"_s,
                                           u"escape_once"_s,
                                           u"strip_html"_s,
                                           u"strip_newlines"_s,
                                           u"newline_to_br"_s,
                                           u"url_encode"_s,
                                           u"url_decode"_s};
        const auto arg = [](const Value &v) { return v.text; };
        // Only a date as the data holds it: Time.parse fills what a mangled one lacks from now.
        const bool dateLike = value.dateLike;
        value.dateLike = false;

        switch (value.kind) {
        case Kind::Str:
        case Kind::Nil:
        case Kind::Bool: {
            if (dateLike && chance(50)) {
                value = {QString(), Kind::Str, QJsonValue()};
                return u" | date: "_s + liquidString(pick(formats));
            }
            switch (below(14)) {
            case 0:
            case 1:
                value.kind = Kind::Str;
                return u" | "_s + pick(stringOps);
            case 2:
                value.kind = Kind::Str;
                return u" | "_s + pick(QStringList{u"append"_s, u"prepend"_s}) + u": "_s
                       + arg(chance(50) ? text() : scalar());
            case 3: {
                value.kind = Kind::Str;
                const QString name = pick(
                    QStringList{u"remove"_s, u"remove_first"_s, u"remove_last"_s});
                return u" | "_s + name + u": "_s + arg(text());
            }
            case 4: {
                value.kind = Kind::Str;
                // replace_last needs both arguments; the others default the second. We check
                // arity when compiling, Ruby when the filter runs: keep all arities valid here.
                const QString name = pick(
                    QStringList{u"replace"_s, u"replace_first"_s, u"replace_last"_s});
                return u" | "_s + name + u": "_s + arg(text())
                       + (name == u"replace_last"_s || chance(85) ? u", "_s + arg(text())
                                                                  : QString());
            }
            case 5:
                value.kind = Kind::Int;
                value.sample = QJsonValue();
                return u" | size"_s;
            case 6:
                value.kind = Kind::Str;
                return u" | slice: "_s + arg(smallInt(-5, 6))
                       + (chance(50) ? u", "_s + arg(smallInt(0, 5)) : QString());
            case 7:
                value.kind = Kind::Array;
                return u" | split: "_s
                       + liquidString(pick(QStringList{u","_s, u" "_s, u""_s, u"-"_s, u"a"_s}));
            case 8:
                value.kind = Kind::Str;
                if (chance(10))
                    return u" | truncate"_s;
                if (chance(50))
                    return u" | truncate: "_s + arg(smallInt(0, 12))
                           + (chance(40) ? u", "_s + arg(text()) : QString());
                return u" | truncatewords: "_s + arg(smallInt(0, 4))
                       + (chance(40) ? u", "_s + arg(text()) : QString());
            case 9:
                value.kind = Kind::Str;
                // Not `| base64_decode`: Ruby's result is binary and joining it with UTF-8
                // output fails there (a listed difference, f-base64-decode-joined).
                if (chance(50))
                    return u" | base64_encode | size"_s;
                return u" | "_s
                       + pick(QStringList{u"base64_encode"_s, u"base64_url_safe_encode"_s});
            case 10:
            case 11:
                return defaultFilter(value);
            case 12:
                value.kind = chance(50) ? Kind::Int : Kind::Float;
                return u" | "_s + pick(QStringList{u"plus"_s, u"minus"_s, u"times"_s}) + u": "_s
                       + arg(number());
            default:
                value.kind = Kind::Str;
                return u" | "_s + pick(stringOps);
            }
        }
        case Kind::Int:
        case Kind::Float: {
            if (value.kind == Kind::Int && chance(5)) {
                value.kind = Kind::Str;
                return u" | date: "_s + liquidString(pick(formats));
            }
            switch (below(12)) {
            case 0:
            case 1:
                return u" | "_s + pick(QStringList{u"plus"_s, u"minus"_s, u"times"_s}) + u": "_s
                       + arg(number());
            case 2: {
                // Zero now and then: Ruby raises "divided by 0" and so must we.
                return u" | "_s + pick(QStringList{u"divided_by"_s, u"modulo"_s}) + u": "_s
                       + (chance(4) ? u"0"_s : number().text);
            }
            case 3:
                value.kind = Kind::Int;
                return u" | "_s + pick(QStringList{u"ceil"_s, u"floor"_s});
            case 4:
                if (chance(50)) {
                    value.kind = Kind::Int;
                    return u" | round"_s;
                }
                return u" | round: "_s + arg(smallInt(-2, 4));
            case 5:
                return u" | abs"_s;
            case 6:
                return u" | "_s + pick(QStringList{u"at_least"_s, u"at_most"_s}) + u": "_s
                       + arg(number());
            case 7:
                value.kind = Kind::Str;
                return u" | "_s + pick(QStringList{u"append"_s, u"prepend"_s}) + u": "_s
                       + arg(text());
            case 8:
                return defaultFilter(value);
            case 9:
                value.kind = Kind::Str;
                return u" | "_s + pick(QStringList{u"upcase"_s, u"escape"_s, u"url_encode"_s});
            default:
                return u" | "_s + pick(QStringList{u"plus"_s, u"minus"_s, u"times"_s}) + u": "_s
                       + literal(chance(50) ? Kind::Int : Kind::Float).text;
            }
        }
        case Kind::Array: {
            switch (below(11)) {
            case 0:
            case 1:
                value.kind = Kind::Str;
                return u" | join"_s + (chance(80) ? u": "_s + arg(text()) : QString());
            case 2: {
                const QString name = pick(QStringList{u"first"_s, u"last"_s});
                if (value.sample.isArray()) {
                    const QJsonArray array = value.sample.toArray();
                    value.sample = array.isEmpty()      ? QJsonValue()
                                   : name == u"first"_s ? array.first()
                                                        : array.last();
                    value.kind = kindOf(value.sample);
                } else {
                    // Without a sample (a split, say) the elements are strings.
                    value.kind = Kind::Str;
                    value.sample = QJsonValue();
                }
                if (!isScalar(value.kind)) {
                    value.kind = Kind::Int;
                    return u" | "_s + name + u" | size"_s;
                }
                return u" | "_s + name;
            }
            case 3:
                value.kind = Kind::Int;
                return u" | size"_s;
            case 4:
                return u" | "_s
                       + pick(QStringList{
                           u"sort"_s, u"sort_natural"_s, u"uniq"_s, u"reverse"_s, u"compact"_s});
            case 5:
                return u" | slice: "_s + arg(smallInt(-3, 3))
                       + (chance(60) ? u", "_s + arg(smallInt(0, 3)) : QString());
            case 6: {
                const QList<Value> arrays = candidates(
                    [](const Value &v) { return v.kind == Kind::Array; });
                if (arrays.isEmpty())
                    return u" | reverse"_s;
                return u" | concat: "_s + pick(arrays).text;
            }
            case 7:
                return defaultFilter(value);
            default:
                value.kind = Kind::Str;
                return u" | join: "_s + liquidString(pick(QStringList{u", "_s, u"-"_s, u""_s}));
            }
        }
        case Kind::HashArray: {
            const QStringList properties = propertiesOf(value.sample);
            const QString property = properties.isEmpty() ? u"name"_s : pick(properties);
            switch (below(8)) {
            case 0:
            case 1:
                value.kind = Kind::Array;
                value.sample = QJsonValue();
                return u" | map: "_s + liquidString(property);
            case 2: {
                QString where = u" | where: "_s + liquidString(property);
                const QJsonArray array = value.sample.toArray();
                if (!array.isEmpty() && chance(75)) {
                    const auto wanted = literalOf(pick(array).toObject().value(property));
                    if (wanted)
                        where += u", "_s + wanted->text;
                }
                return where;
            }
            case 3:
                return u" | "_s
                       + pick(QStringList{u"sort"_s, u"sort_natural"_s, u"uniq"_s, u"compact"_s})
                       + u": "_s + liquidString(property);
            case 4:
                return u" | reverse"_s;
            case 5:
                value.kind = Kind::Int;
                return u" | size"_s;
            default: {
                const QString name = pick(QStringList{u"first"_s, u"last"_s});
                value.kind = Kind::Hash;
                return u" | "_s + name;
            }
            }
        }
        case Kind::Hash:
            value.kind = Kind::Int;
            return u" | size"_s;
        }
        return QString();
    }

    QString defaultFilter(Value &value)
    {
        const Value fallback = chance(70) ? scalar() : literal(Kind::Str);
        const QString text = u" | default: "_s + fallback.text
                             + (chance(25)
                                    ? u", allow_false: "_s + (chance(50) ? u"true"_s : u"false"_s)
                                    : QString());
        if (value.kind == Kind::Nil || value.kind == Kind::Bool)
            value.kind = fallback.kind == Kind::Nil ? Kind::Str : fallback.kind;
        return text;
    }

    /// `expression | filters`, never a hash (Ruby prints its inspect form).
    QString filtered(Value &value, int maxFilters)
    {
        QString out = value.text;
        const int count = int(below(quint32(maxFilters + 1)));
        for (int i = 0; i < count; ++i)
            out += filter(value);
        if (value.kind == Kind::Hash) {
            out += u" | size"_s;
            value.kind = Kind::Int;
        } else if (value.kind == Kind::HashArray) {
            const QStringList properties = propertiesOf(value.sample);
            out += u" | map: "_s + liquidString(properties.isEmpty() ? u"name"_s : pick(properties))
                   + u" | join: \", \""_s;
            value.kind = Kind::Str;
        }
        return out;
    }

    Value printable()
    {
        if (chance(60))
            return scalar();
        const QList<Value> found = candidates([](const Value &v) { return !isScalar(v.kind); });
        return found.isEmpty() ? scalar() : pick(found);
    }

    // ----- markup

    QString open(bool tag)
    {
        return (tag ? u"{%"_s : u"{{"_s) + (chance(15) ? u"-"_s : QString())
               + (chance(90) ? u" "_s : QString());
    }
    QString close(bool tag)
    {
        return (chance(90) ? u" "_s : QString()) + (chance(15) ? u"-"_s : QString())
               + (tag ? u"%}"_s : u"}}"_s);
    }
    QString tag(const QString &markup) { return open(true) + markup + close(true); }

    QString output()
    {
        Value value = printable();
        return open(false) + filtered(value, 3) + close(false);
    }

    QString textChunk()
    {
        static const QStringList chunks{u"Hi "_s,  u" "_s,   u"\n"_s,      u", "_s, u"안녕 "_s,
                                        u"😀"_s,    u"-"_s,   u"  \n  "_s,  u"a"_s,  u"[x]"_s,
                                        u"\t"_s,   u"님!"_s, u" = "_s,     u"}"_s,  u"%"_s,
                                        u"\n\n"_s, u"."_s,   u"total: "_s, u"🌸 "_s, u"|"_s};
        return pick(chunks);
    }

    QString comparison()
    {
        if (chance(20))
            return scalar().text;
        const Value left = scalar();
        if (chance(6))
            return left.text + pick(QStringList{u" == empty"_s, u" != empty"_s, u" == blank"_s});
        if (chance(12)) {
            const QList<Value> arrays = candidates(
                [](const Value &v) { return v.kind == Kind::Array; });
            if (!arrays.isEmpty() && chance(50))
                return pick(arrays).text + u" contains "_s + scalar().text;
            return left.text + u" contains "_s + text().text;
        }
        static const QStringList operators{u"=="_s, u"!="_s, u"<"_s, u">"_s, u"<="_s, u">="_s};
        Value right;
        if (chance(40)) {
            const auto same = literalOf(left.sample);
            right = same ? *same : literal(left.kind);
        } else if (chance(75)) {
            right = isScalar(left.kind) && left.kind != Kind::Nil ? literal(left.kind)
                                                                  : anyLiteral();
        } else {
            right = scalar();
        }
        return left.text + u' ' + pick(operators) + u' ' + right.text;
    }

    QString condition()
    {
        QString out = comparison();
        const int more = chance(60) ? 0 : 1 + int(below(2));
        for (int i = 0; i < more; ++i)
            out += (chance(50) ? u" and "_s : u" or "_s) + comparison();
        return out;
    }

    QString block(int depth, int items)
    {
        QString out;
        for (int i = 0; i < items; ++i)
            out += item(depth);
        return out;
    }

    QString body(int depth) { return block(depth + 1, 1 + int(below(depth == 0 ? 3 : 2))); }

    QString item(int depth)
    {
        const int roll = int(below(100));
        if (roll < 22)
            return textChunk();
        if (roll < 50 || depth >= 2)
            return output();
        if (roll < 60)
            return ifTag(depth);
        if (roll < 64)
            return unlessTag(depth);
        if (roll < 70)
            return caseTag(depth);
        if (roll < 80 && m_loopDepth < 2)
            return forTag(depth);
        if (roll < 87)
            return assignTag();
        if (roll < 90)
            return captureTag(depth);
        if (roll < 93)
            return counterTag();
        if (roll < 95)
            return rawOrComment();
        if (m_loopDepth > 0)
            return loopOnly();
        return output();
    }

    QString ifTag(int depth)
    {
        QString out = tag(u"if "_s + condition()) + body(depth);
        const int elsifs = chance(70) ? 0 : 1 + int(below(2));
        for (int i = 0; i < elsifs; ++i)
            out += tag(u"elsif "_s + condition()) + body(depth);
        if (chance(45))
            out += tag(u"else"_s) + body(depth);
        return out + tag(u"endif"_s);
    }

    QString unlessTag(int depth)
    {
        QString out = tag(u"unless "_s + condition()) + body(depth);
        if (chance(35))
            out += tag(u"else"_s) + body(depth);
        return out + tag(u"endunless"_s);
    }

    QString caseTag(int depth)
    {
        const Value subject = scalar();
        QString out = tag(u"case "_s + subject.text);
        if (chance(15))
            out += textChunk();
        const int whens = 1 + int(below(3));
        for (int i = 0; i < whens; ++i) {
            QStringList values;
            const int count = 1 + int(below(3));
            for (int j = 0; j < count; ++j) {
                const auto same = chance(40) ? literalOf(subject.sample) : std::nullopt;
                values.append(
                    same ? same->text
                         : literal(isScalar(subject.kind) && chance(70) ? subject.kind : Kind::Int)
                               .text);
            }
            QString when = values.first();
            for (qsizetype j = 1; j < values.size(); ++j)
                when += (chance(50) ? u", "_s : u" or "_s) + values.at(j);
            out += tag(u"when "_s + when) + body(depth);
        }
        if (chance(40))
            out += tag(u"else"_s) + body(depth);
        return out + tag(u"endcase"_s);
    }

    QString forTag(int depth)
    {
        static const QStringList names{u"item"_s, u"x"_s, u"tag"_s, u"p"_s, u"row"_s};
        const QString name = pick(names) + (m_loopDepth > 0 ? u"2"_s : QString());
        QString collection;
        Value element{name, Kind::Int, QJsonValue()};
        // No loops over hashes: a QJsonObject sorts its keys, Ruby keeps their order (for-hash).
        const QList<Value> collections = candidates([](const Value &v) {
            return (v.kind == Kind::Array || v.kind == Kind::HashArray)
                   && v.sample.toArray().size() <= 8;
        });
        if (collections.isEmpty() || chance(35)) {
            collection = u'(' + smallInt(-3, 3).text + u".."_s + smallInt(0, 6).text + u')';
        } else {
            const Value chosen = pick(collections);
            collection = chosen.text;
            const QJsonArray array = chosen.sample.toArray();
            element.sample = array.isEmpty() ? QJsonValue() : array.first();
            element.kind = array.isEmpty() ? Kind::Nil : kindOf(element.sample);
        }
        QString markup = u"for "_s + name + u" in "_s + collection;
        if (chance(20))
            markup += u" reversed"_s;
        if (chance(25))
            markup += u" limit: "_s + smallInt(0, 4).text;
        if (chance(20))
            markup += u" offset: "_s + smallInt(0, 3).text;

        const qsizetype localsBefore = m_locals.size();
        if (element.kind == Kind::Hash) {
            const QJsonObject object = element.sample.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                m_locals.append({member(name, it.key()), kindOf(*it), *it});
        } else if (element.kind == Kind::Array) {
            const QJsonArray pair = element.sample.toArray();
            m_locals.append({name + u"[0]"_s, Kind::Str, pair.isEmpty() ? QJsonValue() : pair[0]});
            m_locals.append({name + u".last"_s,
                             pair.size() > 1 ? kindOf(pair[1]) : Kind::Nil,
                             pair.size() > 1 ? pair[1] : QJsonValue()});
        } else {
            m_locals.append(element);
        }
        static const QStringList loopFields{u"index"_s,
                                            u"index0"_s,
                                            u"rindex"_s,
                                            u"rindex0"_s,
                                            u"length"_s};
        m_locals.append({u"forloop."_s + pick(loopFields), Kind::Int, QJsonValue()});
        m_locals.append(
            {u"forloop."_s + pick(QStringList{u"first"_s, u"last"_s}), Kind::Bool, QJsonValue()});
        if (m_loopDepth > 0)
            m_locals.append({u"forloop.parentloop.index"_s, Kind::Int, QJsonValue()});

        ++m_loopDepth;
        QString out = tag(markup) + body(depth);
        if (chance(20))
            out += tag(u"else"_s) + body(depth);
        --m_loopDepth;
        m_locals.resize(localsBefore);
        return out + tag(u"endfor"_s);
    }

    QString loopOnly()
    {
        switch (below(3)) {
        case 0:
            return tag(u"if "_s + condition()) + tag(pick(QStringList{u"break"_s, u"continue"_s}))
                   + tag(u"endif"_s);
        case 1:
            return tag(pick(QStringList{u"break"_s, u"continue"_s}));
        default: {
            QStringList values;
            const int count = 2 + int(below(2));
            for (int i = 0; i < count; ++i)
                values.append(chance(70) ? literal(Kind::Str).text : scalar().text);
            return tag(u"cycle "_s + (chance(30) ? u"\"group\": "_s : QString())
                       + values.join(u", "_s));
        }
        }
    }

    QString assignTag()
    {
        static const QStringList names{u"a"_s, u"label"_s, u"total"_s, u"tmp"_s, u"my_var"_s};
        const QString name = pick(names);
        Value value = chance(15) ? Value{u'(' + smallInt(-2, 2).text + u".."_s + smallInt(0, 4).text
                                             + u')',
                                         Kind::Array,
                                         QJsonValue()}
                                 : printable();
        const QString expression = filtered(value, 2);
        m_locals.append({name, value.kind, QJsonValue()});
        return tag(u"assign "_s + name + u" = "_s + expression);
    }

    QString captureTag(int depth)
    {
        const QString name = pick(QStringList{u"captured"_s, u"label"_s, u"greeting"_s});
        const QString out = tag(u"capture "_s + name) + body(depth) + tag(u"endcapture"_s);
        m_locals.append({name, Kind::Str, QJsonValue()});
        return out;
    }

    QString counterTag()
    {
        const QString name = pick(QStringList{u"counter"_s, u"visits"_s});
        return tag(pick(QStringList{u"increment "_s, u"decrement "_s}) + name);
    }

    QString rawOrComment()
    {
        static const QStringList bodies{u"{{ user_id }}"_s,
                                        u"{% if x %}"_s,
                                        u" plain "_s,
                                        u"a {{ b | c }} d"_s,
                                        u"\n"_s};
        // Ruby's raw does not see "{%- endraw" and its comment parses known tags inside: keep
        // both out of the generator (cases.txt has them).
        if (chance(50))
            return u"{% raw %}"_s + pick(bodies) + u"{% endraw %}"_s;
        return tag(u"comment"_s) + pick(QStringList{u"note {{ x }}"_s, u" "_s, u"정보"_s})
               + tag(u"endcomment"_s);
    }

    /// A mistake both engines must reject. Render-time errors go at the top level: in a branch
    /// that does not run, Ruby would not see them.
    QString mutate(const QString &source)
    {
        static const QRegularExpression endTag(u"\\{%-?\\s*(end)[a-z]+"_s);
        QString out = source;
        switch (below(5)) {
        case 0: {
            qsizetype at = -1;
            for (auto it = endTag.globalMatch(out); it.hasNext();)
                at = it.next().capturedStart(1);
            if (at > 0)
                return out.left(at) + u"nd"_s + out.mid(at + 3);
            return out + u"{% endif %}"_s;
        }
        case 1:
            return out + u"{{ 1 | upcasex }}"_s;
        case 2:
            return out + u"{{ user_id | append }}"_s;
        case 3:
            return out + u"{{ 7 | divided_by: 0 }}"_s;
        default: {
            const qsizetype at = out.indexOf(u"}}"_s);
            if (at >= 0)
                return out.left(at) + out.mid(at + 2);
            return out + u"{% if %}"_s;
        }
        }
    }
};

// ---------------------------------------------------------------------------------------------

/// The known differences: `id reason…` per line, `#` comments.
Result<QHash<QString, QString>> loadDifferences()
{
    QHash<QString, QString> differences;
    const QStringList lines = QString::fromUtf8(Test::readFile(dataPath(u"differences.txt"_s)))
                                  .split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype space = line.indexOf(u' ');
        if (space < 0)
            return Error{u"data"_s, u"differences.txt:%1: no reason given"_s.arg(i + 1)};
        differences.insert(line.left(space), line.mid(space + 1).trimmed());
    }
    return differences;
}

Outcome renderOurs(const Case &c)
{
    const auto compiled = Template::compile(c.source, OutputContext::Text);
    if (!compiled)
        return {false, u"compile: "_s + compiled.error().message};
    const auto rendered = compiled->render(QJsonDocument::fromJson(c.contextJson).object());
    if (!rendered)
        return {false, u"render: "_s + rendered.error().message};
    return {true, rendered.value()};
}

QString describe(const Outcome &outcome)
{
    if (outcome.ok)
        return u"ok "_s + quoted(outcome.text);
    return u"error ("_s + outcome.text + u')';
}

} // namespace

/// The template engine against Ruby's Liquid, the oracle for plain-text output (DESIGN §4):
/// hand-written cases from tests/data/liquid and generated ones, rendered by both engines; the
/// outputs must be identical, or both must reject the template.
class TestLiquidConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conformance_data();
    void conformance();
    void cleanupTestCase();

private:
    QList<Case> m_cases;
    QHash<QString, Outcome> m_oracle;
    QHash<QString, QString> m_differences;
    QHash<QString, Outcome> m_ours;
    int m_identical = 0;
    int m_known = 0;
    int m_mismatched = 0;
};

void TestLiquidConformance::initTestCase()
{
    const auto contexts = loadContexts();
    QVERIFY2(contexts.ok(), qPrintable(contexts.ok() ? QString() : contexts.error().message));
    const auto handWritten = loadHandWritten(*contexts);
    QVERIFY2(handWritten.ok(),
             qPrintable(handWritten.ok() ? QString() : handWritten.error().message));
    m_cases = *handWritten;

    // Fixed seed: the same templates on every run and every machine (std::mt19937 is specified
    // by the standard, and the generator draws from it with plain modulo).
    Generator generator(20240305, *contexts);
    for (int i = 1; i <= 400; ++i)
        m_cases.append(generator.next(i));

    QSet<QString> ids;
    for (const Case &c : std::as_const(m_cases)) {
        QVERIFY2(!ids.contains(c.id), qPrintable(u"duplicate case id "_s + c.id));
        ids.insert(c.id);
    }

    const auto differences = loadDifferences();
    QVERIFY2(differences.ok(),
             qPrintable(differences.ok() ? QString() : differences.error().message));
    m_differences = *differences;
    for (auto it = m_differences.cbegin(); it != m_differences.cend(); ++it)
        QVERIFY2(ids.contains(it.key()),
                 qPrintable(u"differences.txt names %1, which is no case"_s.arg(it.key())));

    // One Ruby process for every case.
    QByteArray input;
    for (const Case &c : std::as_const(m_cases)) {
        input += "{\"id\":" + quoted(c.id).toUtf8() + ",\"template\":" + quoted(c.source).toUtf8()
                 + ",\"context\":" + c.contextJson + "}\n";
    }
    const QString hint = u"Ruby's Liquid is this test's oracle; run ./test, which installs ruby "
                         u"and ruby-liquid."_s;
    QProcess ruby;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, u"UTC"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    ruby.setProcessEnvironment(environment);
    ruby.start(u"ruby"_s, {Test::sourcePath(u"tests/support/liquid_oracle.rb"_s)});
    if (!ruby.waitForStarted(30000))
        QFAIL(qPrintable(u"cannot start ruby (%1). "_s.arg(ruby.errorString()) + hint));
    ruby.write(input);
    ruby.closeWriteChannel();
    if (!ruby.waitForFinished(180000)) {
        ruby.kill();
        ruby.waitForFinished();
        QFAIL("the Liquid oracle did not finish within 3 minutes");
    }
    const QByteArray errors = ruby.readAllStandardError();
    if (ruby.exitStatus() != QProcess::NormalExit || ruby.exitCode() != 0)
        QFAIL(qPrintable(u"the Liquid oracle failed: %1\n"_s.arg(QString::fromUtf8(errors)) + hint));

    const QList<QByteArray> lines = ruby.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject result = QJsonDocument::fromJson(line).object();
        const QString id = result.value(u"id"_s).toString();
        QVERIFY2(ids.contains(id), line.constData());
        m_oracle.insert(id,
                        result.value(u"ok"_s).toBool()
                            ? Outcome{true, result.value(u"output"_s).toString()}
                            : Outcome{false, result.value(u"error"_s).toString()});
    }
    QCOMPARE(m_oracle.size(), m_cases.size());
}

void TestLiquidConformance::conformance_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases.at(i).id)) << int(i);
}

void TestLiquidConformance::conformance()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    const Outcome ruby = m_oracle.value(c.id);
    if (c.expectError && ruby.ok)
        QFAIL(qPrintable(
            u"cases.txt marks %1 !error, but Ruby renders it: %2"_s.arg(c.id, describe(ruby))));

    const Outcome ours = renderOurs(c);
    m_ours.insert(c.id, ours);
    const bool identical = ruby.ok == ours.ok && (!ruby.ok || ruby.text == ours.text);
    const QString known = m_differences.value(c.id);
    if (identical) {
        ++m_identical;
        if (!known.isEmpty())
            QFAIL(qPrintable(
                u"%1 is listed in differences.txt but now matches Ruby: remove it"_s.arg(c.id)));
        return;
    }

    const QString report = u"\n  id:       %1\n  template: %2\n  context:  %3\n  ruby:     %4\n"
                           u"  ours:     %5"_s.arg(c.id,
                                                   quoted(c.source),
                                                   c.contextName == u"inline"_s
                                                       ? QString::fromUtf8(c.contextJson)
                                                       : c.contextName,
                                                   describe(ruby),
                                                   describe(ours));
    if (!known.isEmpty()) {
        ++m_known;
        QEXPECT_FAIL("", qPrintable(known), Continue);
    } else {
        ++m_mismatched;
    }
    QVERIFY2(identical, qPrintable(report));
}

void TestLiquidConformance::cleanupTestCase()
{
    qInfo().noquote() << u"Liquid conformance: %1 cases (%2 hand-written, %3 generated), %4 "
                         u"identical, %5 known differences, %6 mismatches"_s.arg(m_cases.size())
                             .arg(std::count_if(m_cases.cbegin(),
                                                m_cases.cend(),
                                                [](const Case &c) { return !c.generated; }))
                             .arg(std::count_if(m_cases.cbegin(),
                                                m_cases.cend(),
                                                [](const Case &c) { return c.generated; }))
                             .arg(m_identical)
                             .arg(m_known)
                             .arg(m_mismatched);

    // Every case with both results as JSON Lines, for triage: HOOKFLOW_LIQUID_REPORT=file.jsonl.
    const QString reportPath = qEnvironmentVariable("HOOKFLOW_LIQUID_REPORT");
    if (reportPath.isEmpty())
        return;
    QFile report(reportPath);
    if (!report.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qWarning("cannot write %s", qPrintable(reportPath));
        return;
    }
    const auto json = [](const Outcome &outcome) {
        return QJsonObject{{u"ok"_s, outcome.ok},
                           {outcome.ok ? u"output"_s : u"error"_s, outcome.text}};
    };
    for (const Case &c : std::as_const(m_cases)) {
        if (!m_ours.contains(c.id))
            continue;
        const Outcome ruby = m_oracle.value(c.id);
        const Outcome ours = m_ours.value(c.id);
        const bool identical = ruby.ok == ours.ok && (!ruby.ok || ruby.text == ours.text);
        const QJsonObject line{{u"id"_s, c.id},
                               {u"template"_s, c.source},
                               {u"context"_s, c.contextName},
                               {u"identical"_s, identical},
                               {u"known"_s, m_differences.value(c.id)},
                               {u"ruby"_s, json(ruby)},
                               {u"ours"_s, json(ours)}};
        report.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
}

QTEST_GUILESS_MAIN(TestLiquidConformance)
#include "tst_liquidconformance.moc"
