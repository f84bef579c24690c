// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace Hookflow {

/// A value in the personalization language, with Liquid's types: nil, boolean, integer, float,
/// string, array, hash and range. Cheap to copy: strings are implicitly shared and arrays and
/// hashes are immutable and shared.
class TemplateValue
{
public:
    enum class Type : quint8 { Nil, Bool, Int, Float, String, Array, Object, Range };
    using Array = QList<TemplateValue>;
    /// A hash keeps its members in insertion order, as Ruby's does.
    using Members = QList<std::pair<QString, TemplateValue>>;

    TemplateValue() = default;
    TemplateValue(bool value);
    TemplateValue(int value);
    TemplateValue(qint64 value);
    TemplateValue(double value);
    TemplateValue(const QString &value);
    TemplateValue(QString &&value);
    TemplateValue(const char16_t *value) = delete;
    TemplateValue(Array array);
    TemplateValue(Members members);
    static TemplateValue range(qint64 first, qint64 last);

    /// Integers stay integers where Qt's JSON keeps them apart; keys are interned.
    static TemplateValue fromJson(const QJsonValue &value);
    /// The shared copy of a hash key (property names repeat across every user).
    static QString intern(const QString &key);

    Type type() const { return m_type; }
    bool isNil() const { return m_type == Type::Nil; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int; }
    bool isFloat() const { return m_type == Type::Float; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Float; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isRange() const { return m_type == Type::Range; }

    bool toBool() const { return m_type == Type::Bool && m_scalar.b; }
    qint64 toInt() const;
    double toDouble() const;
    /// The string itself; empty for every other type (use text() for Liquid's conversion).
    const QString &string() const { return m_string; }
    /// Elements of an array, or of a range expanded; empty for every other type.
    Array array() const;
    /// Members of a hash; empty for every other type.
    const Members &members() const;
    qint64 rangeFirst() const { return m_scalar.range.first; }
    qint64 rangeLast() const { return m_scalar.range.last; }

    /// A hash's member, an array's element for an integer-like key, or nil.
    TemplateValue member(QStringView key) const;
    /// A hash's member, or nullptr when the hash has no such key (or this is not a hash).
    const TemplateValue *find(QStringView key) const;
    /// The same, trying the member at `hint` first and leaving the index found there: values of
    /// one shape (every user's properties) then cost one comparison per lookup.
    const TemplateValue *find(QStringView key, int &hint) const;
    /// An array's element (negative counts from the end) or nil.
    TemplateValue at(qint64 index) const;
    /// Elements in an array or range, members in a hash, characters (UTF-16 units) in a string.
    qint64 size() const;

    /// Liquid's truth: everything but nil and false.
    bool truthy() const { return !(m_type == Type::Nil || (m_type == Type::Bool && !m_scalar.b)); }
    /// Liquid's `empty`: an empty string, array or hash.
    bool empty() const;

    /// How Liquid prints the value: nil as "", floats as Ruby does ("3.0", "1.0e+16"), arrays
    /// concatenated, hashes as JSON (Ruby prints its inspect form; see docs/templates.md).
    QString text() const;
    void appendText(QString &out) const;
    /// Compact JSON of the value, as the `json` filter prints it.
    QString jsonText() const;

    /// Liquid's `==`: numbers compare by value across integer and float; the rest by type and
    /// content.
    friend bool operator==(const TemplateValue &a, const TemplateValue &b);
    friend bool operator!=(const TemplateValue &a, const TemplateValue &b) { return !(a == b); }

private:
    struct Shared;
    TemplateValue(Members members, bool keysUnique);
    qsizetype indexOf(QStringView key) const;
    Type m_type = Type::Nil;
    union Scalar {
        bool b;
        qint64 i;
        double d;
        struct
        {
            qint64 first;
            qint64 last;
        } range;
        /// A hash's member array, kept here so that a lookup reads it without first loading
        /// the shared block (one cache miss instead of two per object in a large run).
        struct
        {
            const void *members; ///< const std::pair<QString, TemplateValue> *
            qint32 count;
            bool direct; ///< no index and no duplicate keys: a hint may be used as it is
        } object;
    } m_scalar{};
    QString m_string;
    std::shared_ptr<const Shared> m_shared;
};

/// Ruby's Float#to_s: the shortest digits that read back as the same double, in fixed notation
/// from 1e-4 up to 1e16 and in exponent notation ("1.0e+16", "1.0e-05") outside it.
QString rubyFloatText(double value);

} // namespace Hookflow
