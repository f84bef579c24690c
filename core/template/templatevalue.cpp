// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatevalue.h"

#include "jsonwriter.h"

#include <QCborValue>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <climits>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hookflow {

/// Members of big hashes get an index; small ones are scanned, which is faster.
struct TemplateValue::Shared
{
    Array array;
    Members members;
    QHash<QString, qsizetype> index;
    bool unique = true; ///< no key appears twice
};

namespace {
/// Smaller hashes are searched in order (a lookup site's hint finds most keys at once): a user's
/// few dozen properties do not pay for building an index per user.
constexpr qsizetype IndexThreshold = 32;

/// Keys are short: a plain loop beats a call to memcmp. Interned keys share their characters,
/// so most comparisons end at the pointers without reading any text.
inline bool sameKey(const QString &a, QStringView b)
{
    const qsizetype n = b.size();
    if (a.size() != n)
        return false;
    const QChar *x = a.constData();
    const QChar *y = b.data();
    if (x == y)
        return true;
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i] != y[i])
            return false;
    }
    return true;
}
} // namespace

TemplateValue::TemplateValue(bool value)
    : m_type(Type::Bool)
{
    m_scalar.b = value;
}

TemplateValue::TemplateValue(int value)
    : TemplateValue(qint64(value))
{}

TemplateValue::TemplateValue(qint64 value)
    : m_type(Type::Int)
{
    m_scalar.i = value;
}

TemplateValue::TemplateValue(double value)
    : m_type(Type::Float)
{
    m_scalar.d = value;
}

TemplateValue::TemplateValue(const QString &value)
    : m_type(Type::String)
    , m_string(value)
{}

TemplateValue::TemplateValue(QString &&value)
    : m_type(Type::String)
    , m_string(std::move(value))
{}

TemplateValue::TemplateValue(Array array)
    : m_type(Type::Array)
{
    auto shared = std::make_shared<Shared>();
    shared->array = std::move(array);
    m_shared = std::move(shared);
}

TemplateValue::TemplateValue(Members members)
    : TemplateValue(std::move(members), false)
{}

TemplateValue::TemplateValue(Members members, bool keysUnique)
    : m_type(Type::Object)
{
    auto shared = std::make_shared<Shared>();
    shared->members = std::move(members);
    if (shared->members.size() >= IndexThreshold) {
        for (qsizetype i = 0; i < shared->members.size(); ++i)
            shared->index.insert(shared->members.at(i).first, i); // last duplicate wins
        shared->unique = shared->index.size() == shared->members.size();
    } else if (!keysUnique) {
        for (qsizetype i = 1; i < shared->members.size() && shared->unique; ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (shared->members.at(i).first == shared->members.at(j).first) {
                    shared->unique = false;
                    break;
                }
            }
        }
    }
    m_scalar.object.members = shared->members.constData();
    m_scalar.object.count = qint32(std::min<qsizetype>(shared->members.size(), INT_MAX));
    m_scalar.object.direct = shared->index.isEmpty() && shared->unique;
    m_shared = std::move(shared);
}

TemplateValue TemplateValue::range(qint64 first, qint64 last)
{
    TemplateValue value;
    value.m_type = Type::Range;
    value.m_scalar.range.first = first;
    value.m_scalar.range.last = last;
    return value;
}

QString TemplateValue::intern(const QString &key)
{
    // Property names repeat across users; one shared copy of each makes lookups compare
    // pointers. Capped, so data with endless distinct keys cannot grow it without bound.
    constexpr qsizetype MaxInterned = 4096;
    if (key.size() > 256)
        return key;
    static QMutex mutex;
    static QSet<QString> pool;
    const QMutexLocker lock(&mutex);
    const auto found = pool.constFind(key);
    if (found != pool.constEnd())
        return *found;
    if (pool.size() < MaxInterned)
        pool.insert(key);
    return key;
}

TemplateValue TemplateValue::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return TemplateValue(value.toBool());
    case QJsonValue::Double: {
        // QJsonValue keeps "3" as an integer and "3.0" as a double internally; so do we.
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger())
            return TemplateValue(cbor.toInteger());
        return TemplateValue(value.toDouble());
    }
    case QJsonValue::String:
        return TemplateValue(value.toString());
    case QJsonValue::Array: {
        const QJsonArray source = value.toArray();
        Array array;
        array.reserve(source.size());
        for (const QJsonValue &item : source)
            array.append(fromJson(item));
        return TemplateValue(std::move(array));
    }
    case QJsonValue::Object: {
        const QJsonObject source = value.toObject();
        Members members;
        members.reserve(source.size());
        for (auto it = source.begin(); it != source.end(); ++it)
            members.append({intern(it.key()), fromJson(it.value())});
        return TemplateValue(std::move(members), true); // JSON objects have unique keys
    }
    }
    return {};
}

qint64 TemplateValue::toInt() const
{
    switch (m_type) {
    case Type::Int:
        return m_scalar.i;
    case Type::Float:
        // Saturating: a cast of a double outside the 64-bit range is undefined.
        if (std::isnan(m_scalar.d))
            return 0;
        if (m_scalar.d >= 9223372036854775807.0)
            return std::numeric_limits<qint64>::max();
        if (m_scalar.d <= -9223372036854775808.0)
            return std::numeric_limits<qint64>::min();
        return qint64(m_scalar.d);
    case Type::Bool:
        return 0;
    default:
        return 0;
    }
}

double TemplateValue::toDouble() const
{
    if (m_type == Type::Int)
        return double(m_scalar.i);
    if (m_type == Type::Float)
        return m_scalar.d;
    return 0;
}

TemplateValue::Array TemplateValue::array() const
{
    if (m_type == Type::Array)
        return m_shared->array;
    if (m_type == Type::Range) {
        // Callers bound the size first (filters and the renderer refuse huge ranges).
        Array out;
        if (m_scalar.range.last < m_scalar.range.first)
            return out;
        out.reserve(size());
        for (qint64 i = m_scalar.range.first;; ++i) {
            out.append(TemplateValue(i));
            if (i == m_scalar.range.last)
                break;
        }
        return out;
    }
    return {};
}

const TemplateValue::Members &TemplateValue::members() const
{
    static const Members none;
    return m_type == Type::Object ? m_shared->members : none;
}

qsizetype TemplateValue::indexOf(QStringView key) const
{
    const Shared &shared = *m_shared;
    if (!shared.index.isEmpty())
        return shared.index.value(key.toString(), -1);
    // Ruby's Hash keeps the last of duplicate keys; scan backwards for the same answer.
    for (qsizetype i = shared.members.size() - 1; i >= 0; --i) {
        if (sameKey(shared.members.at(i).first, key))
            return i;
    }
    return -1;
}

const TemplateValue *TemplateValue::find(QStringView key) const
{
    if (m_type != Type::Object)
        return nullptr;
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_shared->members.at(i).second;
}

const TemplateValue *TemplateValue::find(QStringView key, int &hint) const
{
    if (m_type != Type::Object)
        return nullptr;
    // A hint stands for the last of duplicate keys only, so without an index it must be the
    // last member with that key: true for objects from JSON, whose keys are unique.
    const auto *members = static_cast<const std::pair<QString, TemplateValue> *>(
        m_scalar.object.members);
    if (m_scalar.object.direct && hint >= 0 && hint < m_scalar.object.count
        && sameKey(members[hint].first, key))
        return &members[hint].second;
    const qsizetype i = indexOf(key);
    if (i < 0)
        return nullptr;
    hint = int(i);
    return &m_shared->members.at(i).second;
}

TemplateValue TemplateValue::member(QStringView key) const
{
    if (m_type == Type::Object) {
        const TemplateValue *value = find(key);
        return value ? *value : TemplateValue();
    }
    if (m_type == Type::Array || m_type == Type::Range) {
        bool ok = false;
        const qint64 index = key.toLongLong(&ok);
        return ok ? at(index) : TemplateValue();
    }
    return {};
}

TemplateValue TemplateValue::at(qint64 index) const
{
    const qint64 count = size();
    if (m_type != Type::Array && m_type != Type::Range)
        return {};
    if (index < 0)
        index += count;
    if (index < 0 || index >= count)
        return {};
    if (m_type == Type::Range)
        return TemplateValue(m_scalar.range.first + index);
    return m_shared->array.at(index);
}

qint64 TemplateValue::size() const
{
    switch (m_type) {
    case Type::String:
        return m_string.size();
    case Type::Array:
        return m_shared->array.size();
    case Type::Object:
        return m_shared->members.size();
    case Type::Range: {
        if (m_scalar.range.last < m_scalar.range.first)
            return 0;
        // Unsigned: (INT64_MIN..INT64_MAX) has more elements than a qint64 counts.
        const quint64 span = quint64(m_scalar.range.last) - quint64(m_scalar.range.first);
        return span >= quint64(std::numeric_limits<qint64>::max())
                   ? std::numeric_limits<qint64>::max()
                   : qint64(span + 1);
    }
    default:
        return 0;
    }
}

bool TemplateValue::empty() const
{
    switch (m_type) {
    case Type::String:
    case Type::Array:
    case Type::Object:
    case Type::Range:
        return size() == 0;
    default:
        return false;
    }
}

QString rubyFloatText(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value < 0 ? u"-Infinity"_s : u"Infinity"_s;
    if (value == 0)
        return std::signbit(value) ? u"-0.0"_s : u"0.0"_s;
    // Shortest round-trip digits and the decimal exponent, from Qt's shortest formatting.
    const QString scientific = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(u'e');
    QString mantissa = scientific.left(e);
    const int exponent = scientific.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    mantissa.remove(u'.');
    const QString digits = mantissa; // d1 d2 d3 …, value = 0.d1d2… × 10^(exponent + 1)
    const int decpt = exponent + 1;
    QString out;
    // Ruby: fixed notation up to 16 integer digits when there is a fraction to show, up to 15
    // when the number is whole ("1.0e+15"); exponent notation beyond, and below 1e-4.
    const bool fixed = decpt > 0 ? (decpt < digits.size() ? decpt <= 16 : decpt <= 15) : decpt > -4;
    if (fixed) {
        if (decpt <= 0) {
            out = u"0."_s + QString(-decpt, u'0') + digits;
        } else if (decpt >= digits.size()) {
            out = digits + QString(decpt - digits.size(), u'0') + u".0"_s;
        } else {
            out = digits.left(decpt) + u'.' + digits.mid(decpt);
        }
    } else {
        out = digits.left(1) + u'.' + (digits.size() > 1 ? digits.mid(1) : u"0"_s) + u'e'
              + (exponent < 0 ? u'-' : u'+')
              + QString::number(std::abs(exponent)).rightJustified(2, u'0');
    }
    return negative ? u'-' + out : out;
}

void TemplateValue::appendText(QString &out) const
{
    switch (m_type) {
    case Type::Nil:
        return;
    case Type::Bool:
        out += m_scalar.b ? u"true"_s : u"false"_s;
        return;
    case Type::Int:
        out += QString::number(m_scalar.i);
        return;
    case Type::Float:
        out += rubyFloatText(m_scalar.d);
        return;
    case Type::String:
        out += m_string;
        return;
    case Type::Array:
        for (const TemplateValue &item : m_shared->array)
            item.appendText(out);
        return;
    case Type::Range:
        out += QString::number(m_scalar.range.first) + u".."_s
               + QString::number(m_scalar.range.last);
        return;
    case Type::Object:
        out += jsonText();
        return;
    }
}

QString TemplateValue::text() const
{
    if (m_type == Type::String)
        return m_string;
    QString out;
    appendText(out);
    return out;
}

QString TemplateValue::jsonText() const
{
    QString out;
    JsonWriter::appendJsonValue(out, *this);
    return out;
}

bool operator==(const TemplateValue &a, const TemplateValue &b)
{
    using Type = TemplateValue::Type;
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt())
            return a.m_scalar.i == b.m_scalar.i;
        return a.toDouble() == b.toDouble();
    }
    if (a.m_type != b.m_type) {
        // A range equals the array of its elements in Ruby only when both are ranges.
        return false;
    }
    switch (a.m_type) {
    case Type::Nil:
        return true;
    case Type::Bool:
        return a.m_scalar.b == b.m_scalar.b;
    case Type::String:
        return a.m_string == b.m_string;
    case Type::Array:
        return a.m_shared == b.m_shared || a.m_shared->array == b.m_shared->array;
    case Type::Object:
        return a.m_shared == b.m_shared || a.m_shared->members == b.m_shared->members;
    case Type::Range:
        return a.m_scalar.range.first == b.m_scalar.range.first
               && a.m_scalar.range.last == b.m_scalar.range.last;
    default:
        return false;
    }
}

} // namespace Hookflow
