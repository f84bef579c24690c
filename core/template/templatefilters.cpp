// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatefilters.h"

#include "jsonwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

// The filters follow Ruby's Liquid 5.4 (lib/liquid/standardfilters.rb) and the Ruby 3.1 core
// methods it calls, quirks included; where we differ on purpose, the code says so and why.

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFilters)
};

using FilterResult = Result<TemplateValue>;

Error renderError(const QString &message)
{
    return Error{u"template-render"_s, message};
}

Error tooLongError(qsizetype maxLength)
{
    return renderError(Tr::tr("the output is longer than %1 characters").arg(maxLength));
}

Error tooManyElementsError(qsizetype maxLength)
{
    return renderError(Tr::tr("the collection has more than %1 elements").arg(maxLength));
}

bool jsonMayFit(const TemplateValue &value, qsizetype limit);

Error propertyError(const TemplateValue &property)
{
    QString name;
    if (property.isArray() || property.isObject())
        name = jsonMayFit(property, 64) ? property.jsonText() : u"…"_s;
    else
        name = property.text();
    return renderError(Tr::tr("cannot select the property '%1'").arg(name.left(80)));
}

FilterResult textResult(QString &&text, const FilterCall &call)
{
    if (text.size() > call.environment.maxStringLength)
        return tooLongError(call.environment.maxStringLength);
    return TemplateValue(std::move(text));
}

/// Whether the JSON of `value` can be at most `limit` characters: each value takes one at least
/// and a string or key its length (a member shared many times counts each time), so this walks
/// no further than `limit`.
bool jsonMayFit(const TemplateValue &value, qsizetype limit)
{
    qsizetype count = 0;
    std::vector<TemplateValue> stack{value};
    while (!stack.empty()) {
        const TemplateValue item = std::move(stack.back());
        stack.pop_back();
        count += 1 + (item.isString() ? item.string().size() : 0);
        if (count > limit)
            return false;
        if (item.isRange() && item.rangeLast() >= item.rangeFirst()) {
            // JSON spells a range out as an array.
            if (quint64(item.rangeLast()) - quint64(item.rangeFirst()) >= quint64(limit - count))
                return false;
            count += item.rangeLast() - item.rangeFirst() + 1;
        } else if (item.isArray()) {
            for (const TemplateValue &child : item.array())
                stack.push_back(child);
        } else if (item.isObject()) {
            for (const auto &[key, child] : item.members()) {
                count += key.size();
                stack.push_back(child);
            }
        }
        if (qsizetype(stack.size()) > limit)
            return false;
    }
    return true;
}

/// Compact JSON of the value, refused when it could not fit the limit.
Result<QString> jsonTextOf(const TemplateValue &value, qsizetype limit)
{
    if (!jsonMayFit(value, limit))
        return tooLongError(limit);
    QString text = value.jsonText();
    if (text.size() > limit)
        return tooLongError(limit);
    return text;
}

/// Liquid's to_s, within the output limit: an array is its elements' text run together
/// (walked without recursion, and refused once too long or too large), a hash its JSON.
Result<QString> textOf(const TemplateValue &value, const FilterCall &call)
{
    const qsizetype limit = call.environment.maxStringLength;
    switch (value.type()) {
    case TemplateValue::Type::String:
        return value.string();
    case TemplateValue::Type::Object:
        return jsonTextOf(value, limit);
    case TemplateValue::Type::Array:
        break;
    default:
        return value.text();
    }
    QString out;
    qsizetype visited = 0;
    struct Frame
    {
        TemplateValue::Array items;
        qsizetype next = 0;
    };
    std::vector<Frame> stack;
    stack.push_back({value.array(), 0});
    while (!stack.empty()) {
        if (stack.back().next == stack.back().items.size()) {
            stack.pop_back();
            continue;
        }
        const TemplateValue item = stack.back().items.at(stack.back().next++);
        if (++visited > limit)
            return tooManyElementsError(limit);
        if (item.isArray()) {
            stack.push_back({item.array(), 0});
            continue;
        }
        if (item.isObject()) {
            const Result<QString> json = jsonTextOf(item, limit - out.size());
            if (!json)
                return tooLongError(limit);
            out += *json;
        } else {
            item.appendText(out);
        }
        if (out.size() > limit)
            return tooLongError(limit);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Characters. Ruby counts and indexes strings by code point; QString holds UTF-16 units.

bool isHighSurrogateAt(QStringView s, qsizetype i)
{
    return s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate();
}

/// Number of code points; a surrogate pair counts once, a lone surrogate once.
qsizetype codePointCount(QStringView s)
{
    qsizetype count = s.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i].isHighSurrogate() && s[i + 1].isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

/// The UTF-16 index `count` code points after `from` (or the end).
qsizetype advanceCodePoints(QStringView s, qsizetype from, qsizetype count)
{
    qsizetype i = from;
    while (count > 0 && i < s.size()) {
        i += isHighSurrogateAt(s, i) ? 2 : 1;
        --count;
    }
    return i;
}

/// Ruby's String#strip set: NUL, \t, \n, \v, \f, \r and space.
bool isRubyStripSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0 || u == u' ' || (u >= u'\t' && u <= u'\r');
}

/// Ruby's isspace (awk-style split, Integer(), to_i): \t, \n, \v, \f, \r and space.
bool isRubySpace(char16_t u)
{
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

bool isAsciiDigit(char16_t u)
{
    return u >= u'0' && u <= u'9';
}

bool isAsciiAlpha(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiAlnum(char16_t u)
{
    return isAsciiDigit(u) || isAsciiAlpha(u);
}

char16_t asciiLower(char16_t u)
{
    return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
}

char16_t asciiUpper(char16_t u)
{
    return (u >= u'a' && u <= u'z') ? char16_t(u - 32) : u;
}

/// Compares by code point, as Ruby compares UTF-8 strings byte by byte.
int compareCodePoints(QStringView a, QStringView b, bool foldAsciiCase)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        char32_t x = a[i].unicode();
        char32_t y = b[j].unicode();
        if (isHighSurrogateAt(a, i)) {
            x = QChar::surrogateToUcs4(a[i], a[i + 1]);
            ++i;
        }
        if (isHighSurrogateAt(b, j)) {
            y = QChar::surrogateToUcs4(b[j], b[j + 1]);
            ++j;
        }
        ++i;
        ++j;
        if (foldAsciiCase) {
            x = x < 0x80 ? asciiLower(char16_t(x)) : x;
            y = y < 0x80 ? asciiLower(char16_t(y)) : y;
        }
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Exact decimals. Liquid turns every float operand into BigDecimal(float.to_s) and every
// "1.5"-like string into a BigDecimal, so `0.1 | plus: 0.2` is 0.3 and `2.675 | round: 2` is
// 2.68. Integers are Ruby Integers (floor division, floor modulo). Digits are kept as ASCII
// strings: the numbers are small (at most a few hundred digits), and the code stays obvious.

using Digits = std::string; // most significant first, no leading zeros, "" is zero

/// Longer numbers in strings are approximated through a double (Ruby keeps them exact).
constexpr qsizetype MaxNumberText = 400;
/// Significant digits a BigDecimal quotient keeps (Ruby keeps at least 32).
constexpr qsizetype QuotientDigits = 40;

void trimLeadingZeros(Digits &d)
{
    const size_t first = d.find_first_not_of('0');
    if (first == Digits::npos)
        d.clear();
    else if (first > 0)
        d.erase(0, first);
}

int compareNat(const Digits &a, const Digits &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

Digits addNat(const Digits &a, const Digits &b)
{
    Digits out(std::max(a.size(), b.size()) + 1, '0');
    int carry = 0;
    auto ia = a.rbegin();
    auto ib = b.rbegin();
    for (auto io = out.rbegin(); io != out.rend(); ++io) {
        int sum = carry;
        if (ia != a.rend())
            sum += *ia++ - '0';
        if (ib != b.rend())
            sum += *ib++ - '0';
        *io = char('0' + sum % 10);
        carry = sum / 10;
    }
    trimLeadingZeros(out);
    return out;
}

/// a - b for a >= b.
Digits subNat(const Digits &a, const Digits &b)
{
    Digits out = a;
    int borrow = 0;
    auto ib = b.rbegin();
    for (auto io = out.rbegin(); io != out.rend(); ++io) {
        int digit = *io - '0' - borrow;
        if (ib != b.rend())
            digit -= *ib++ - '0';
        borrow = digit < 0 ? 1 : 0;
        *io = char('0' + digit + 10 * borrow);
    }
    trimLeadingZeros(out);
    return out;
}

Digits mulNat(const Digits &a, const Digits &b)
{
    if (a.empty() || b.empty())
        return {};
    std::vector<int> acc(a.size() + b.size(), 0);
    for (size_t i = a.size(); i-- > 0;) {
        const int x = a[i] - '0';
        for (size_t j = b.size(); j-- > 0;) {
            acc[i + j + 1] += x * (b[j] - '0');
            if (acc[i + j + 1] >= 1000000) {
                acc[i + j] += acc[i + j + 1] / 10;
                acc[i + j + 1] %= 10;
            }
        }
    }
    for (size_t k = acc.size(); k-- > 1;) {
        acc[k - 1] += acc[k] / 10;
        acc[k] %= 10;
    }
    Digits out;
    out.reserve(acc.size());
    for (int digit : acc)
        out.push_back(char('0' + digit));
    trimLeadingZeros(out);
    return out;
}

/// Long division; b must not be zero.
void divModNat(const Digits &a, const Digits &b, Digits *quotient, Digits &remainder)
{
    Digits q;
    Digits r;
    for (char c : a) {
        if (!r.empty() || c != '0')
            r.push_back(c);
        int digit = 0;
        while (compareNat(r, b) >= 0) {
            r = subNat(r, b);
            ++digit;
        }
        if (quotient)
            q.push_back(char('0' + digit));
    }
    trimLeadingZeros(q);
    if (quotient)
        *quotient = std::move(q);
    remainder = std::move(r);
}

struct Decimal
{
    enum class Kind : quint8 { Finite, Infinite, NaN };
    Kind kind = Kind::Finite;
    bool negative = false;
    /// A Ruby Integer rather than a BigDecimal: exact, no negative zero, floor division.
    bool integer = false;
    Digits digits;
    qint64 exponent = 0; ///< value = digits × 10^exponent

    bool isFinite() const { return kind == Kind::Finite; }
    bool isNaN() const { return kind == Kind::NaN; }
    bool isInfinite() const { return kind == Kind::Infinite; }
    bool isZero() const { return kind == Kind::Finite && digits.empty(); }
};

void normalize(Decimal &d)
{
    trimLeadingZeros(d.digits);
    if (d.digits.empty()) {
        d.exponent = 0;
        if (d.integer)
            d.negative = false;
        return;
    }
    const size_t last = d.digits.find_last_not_of('0');
    d.exponent += qint64(d.digits.size() - 1 - last);
    d.digits.resize(last + 1);
}

Decimal nanDecimal()
{
    Decimal d;
    d.kind = Decimal::Kind::NaN;
    return d;
}

Decimal infiniteDecimal(bool negative)
{
    Decimal d;
    d.kind = Decimal::Kind::Infinite;
    d.negative = negative;
    return d;
}

Decimal zeroDecimal(bool negative, bool integer)
{
    Decimal d;
    d.integer = integer;
    d.negative = negative && !integer;
    return d;
}

Decimal decimalFromInt(qint64 value)
{
    Decimal d;
    d.integer = true;
    d.negative = value < 0;
    const quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    d.digits = std::to_string(magnitude);
    normalize(d);
    return d;
}

/// BigDecimal(float.to_s): the shortest digits that read back as the same double.
Decimal decimalFromDouble(double value)
{
    if (std::isnan(value))
        return nanDecimal();
    if (std::isinf(value))
        return infiniteDecimal(value < 0);
    if (value == 0)
        return zeroDecimal(std::signbit(value), false);
    char buffer[64];
    const auto end = std::to_chars(buffer,
                                   buffer + sizeof buffer,
                                   std::fabs(value),
                                   std::chars_format::scientific)
                         .ptr;
    Decimal d;
    d.negative = value < 0;
    const char *e = std::find(buffer, end, 'e');
    for (const char *p = buffer; p != e; ++p) {
        if (*p != '.')
            d.digits.push_back(*p);
    }
    const qint64 fractionDigits = qint64(d.digits.size()) - 1;
    const char *exponentText = e + 1;
    const bool negativeExponent = exponentText != end && *exponentText == '-';
    if (exponentText != end && (*exponentText == '-' || *exponentText == '+'))
        ++exponentText;
    qint64 exponent = 0;
    std::from_chars(exponentText, end, exponent);
    d.exponent = (negativeExponent ? -exponent : exponent) - fractionDigits;
    normalize(d);
    return d;
}

double decimalToDouble(const Decimal &d)
{
    if (d.isNaN())
        return std::numeric_limits<double>::quiet_NaN();
    if (d.isInfinite())
        return d.negative ? -std::numeric_limits<double>::infinity()
                          : std::numeric_limits<double>::infinity();
    if (d.digits.empty())
        return d.negative ? -0.0 : 0.0;
    // No decimal point, so strtod's locale does not matter; glibc rounds correctly.
    const std::string text = d.digits + 'e' + std::to_string(d.exponent);
    const double magnitude = std::strtod(text.c_str(), nullptr);
    return d.negative ? -magnitude : magnitude;
}

std::optional<qint64> decimalToInt64(const Decimal &d)
{
    if (!d.isFinite() || d.exponent < 0)
        return std::nullopt;
    if (d.digits.empty())
        return 0;
    if (qint64(d.digits.size()) + d.exponent > 19)
        return std::nullopt;
    quint64 value = 0;
    const quint64 limit = d.negative ? quint64(1) << 63 : (quint64(1) << 63) - 1;
    for (qint64 i = 0; i < qint64(d.digits.size()) + d.exponent; ++i) {
        const quint64 digit = i < qint64(d.digits.size()) ? quint64(d.digits[size_t(i)] - '0') : 0;
        if (value > (limit - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return d.negative ? qint64(0 - value) : qint64(value);
}

/// Ruby hands Integers back as they are and BigDecimals as Floats (to_f). Integers beyond
/// 64 bits, which Ruby keeps exact, become floats here.
TemplateValue decimalToValue(const Decimal &d)
{
    if (d.integer) {
        if (const auto value = decimalToInt64(d))
            return TemplateValue(*value);
    }
    return TemplateValue(decimalToDouble(d));
}

/// The digits of d scaled to `exponent` (<= d.exponent), as an integer.
Digits scaledDigits(const Decimal &d, qint64 exponent)
{
    if (d.digits.empty())
        return {};
    return d.digits + Digits(size_t(d.exponent - exponent), '0');
}

int compareMagnitude(const Decimal &a, const Decimal &b)
{
    if (a.digits.empty() || b.digits.empty())
        return a.digits.empty() ? (b.digits.empty() ? 0 : -1) : 1;
    const qint64 ma = qint64(a.digits.size()) + a.exponent;
    const qint64 mb = qint64(b.digits.size()) + b.exponent;
    if (ma != mb)
        return ma < mb ? -1 : 1;
    const size_t n = std::max(a.digits.size(), b.digits.size());
    for (size_t i = 0; i < n; ++i) {
        const char x = i < a.digits.size() ? a.digits[i] : '0';
        const char y = i < b.digits.size() ? b.digits[i] : '0';
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

/// <=> of two numbers; nullopt when either is NaN.
std::optional<int> compareDecimal(const Decimal &a, const Decimal &b)
{
    if (a.isNaN() || b.isNaN())
        return std::nullopt;
    const auto rank = [](const Decimal &d) {
        if (d.isInfinite())
            return d.negative ? -2 : 2;
        if (d.isZero())
            return 0;
        return d.negative ? -1 : 1;
    };
    const int ra = rank(a);
    const int rb = rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (ra == 0 || ra == 2 || ra == -2)
        return 0;
    const int c = compareMagnitude(a, b);
    return ra < 0 ? -c : c;
}

Decimal addDecimal(const Decimal &a, const Decimal &b)
{
    const bool integer = a.integer && b.integer;
    if (a.isNaN() || b.isNaN())
        return nanDecimal();
    if (a.isInfinite() || b.isInfinite()) {
        if (a.isInfinite() && b.isInfinite() && a.negative != b.negative)
            return nanDecimal();
        return a.isInfinite() ? a : b;
    }
    if (a.isZero() && b.isZero())
        return zeroDecimal(a.negative && b.negative, integer);
    Decimal out;
    out.integer = integer;
    if (a.isZero() || b.isZero()) {
        out = a.isZero() ? b : a;
        out.integer = integer;
        return out;
    }
    const qint64 exponent = std::min(a.exponent, b.exponent);
    const Digits x = scaledDigits(a, exponent);
    const Digits y = scaledDigits(b, exponent);
    out.exponent = exponent;
    if (a.negative == b.negative) {
        out.digits = addNat(x, y);
        out.negative = a.negative;
    } else {
        const int c = compareNat(x, y);
        if (c == 0)
            return zeroDecimal(false, integer);
        out.digits = c > 0 ? subNat(x, y) : subNat(y, x);
        out.negative = c > 0 ? a.negative : b.negative;
    }
    normalize(out);
    return out;
}

/// For subtraction: an Integer zero becomes -0 here so that -0.0 - 0 stays -0.0 as in Ruby;
/// addDecimal never hands back an Integer -0.
Decimal negateDecimal(Decimal d)
{
    if (!d.isNaN())
        d.negative = !d.negative;
    return d;
}

Decimal mulDecimal(const Decimal &a, const Decimal &b)
{
    const bool integer = a.integer && b.integer;
    const bool negative = a.negative != b.negative;
    if (a.isNaN() || b.isNaN())
        return nanDecimal();
    if (a.isInfinite() || b.isInfinite()) {
        if (a.isZero() || b.isZero())
            return nanDecimal();
        return infiniteDecimal(negative);
    }
    if (a.isZero() || b.isZero())
        return zeroDecimal(negative, integer);
    Decimal out;
    out.integer = integer;
    out.negative = negative;
    out.digits = mulNat(a.digits, b.digits);
    out.exponent = a.exponent + b.exponent;
    normalize(out);
    return out;
}

Error divisionByZeroError()
{
    return renderError(Tr::tr("divided by 0"));
}

/// Integer#/ (floor) or BigDecimal#/ (to QuotientDigits digits; x / 0 is ±Infinity).
Result<Decimal> divDecimal(const Decimal &a, const Decimal &b)
{
    const bool negative = a.negative != b.negative;
    if (a.integer && b.integer) {
        if (b.isZero())
            return divisionByZeroError();
        Digits quotient;
        Digits remainder;
        divModNat(scaledDigits(a, 0), scaledDigits(b, 0), &quotient, remainder);
        if (negative && !remainder.empty())
            quotient = addNat(quotient, "1");
        Decimal out;
        out.integer = true;
        out.negative = negative;
        out.digits = std::move(quotient);
        normalize(out);
        return out;
    }
    if (a.isNaN() || b.isNaN())
        return nanDecimal();
    if (a.isInfinite())
        return b.isInfinite() ? nanDecimal() : infiniteDecimal(negative);
    if (b.isInfinite())
        return zeroDecimal(negative, false);
    if (b.isZero())
        return a.isZero() ? nanDecimal() : infiniteDecimal(negative);
    if (a.isZero())
        return zeroDecimal(negative, false);
    Digits numerator = a.digits;
    const qint64 shift = std::max<qint64>(0,
                                          QuotientDigits + qint64(b.digits.size())
                                              - qint64(a.digits.size()));
    numerator.append(size_t(shift), '0');
    Decimal out;
    out.negative = negative;
    Digits remainder;
    divModNat(numerator, b.digits, &out.digits, remainder);
    out.exponent = a.exponent - b.exponent - shift;
    if (!remainder.empty()) {
        // A sticky digit, so that rounding to a double sees that the quotient is inexact.
        out.digits.push_back('1');
        out.exponent -= 1;
    }
    normalize(out);
    return out;
}

/// Integer#% or BigDecimal#%: the result takes the divisor's sign.
Result<Decimal> modDecimal(const Decimal &a, const Decimal &b)
{
    const bool integer = a.integer && b.integer;
    if (b.isZero())
        return divisionByZeroError();
    if (a.isNaN() || b.isNaN() || a.isInfinite())
        return nanDecimal();
    if (b.isInfinite()) {
        Decimal out = a;
        out.integer = false;
        return out;
    }
    const qint64 exponent = std::min(a.exponent, b.exponent);
    const Digits divisor = scaledDigits(b, exponent);
    Digits remainder;
    divModNat(scaledDigits(a, exponent), divisor, nullptr, remainder);
    if (!remainder.empty() && a.negative != b.negative)
        remainder = subNat(divisor, remainder);
    Decimal out;
    out.integer = integer;
    out.digits = std::move(remainder);
    out.exponent = exponent;
    out.negative = b.negative && !out.digits.empty();
    normalize(out);
    return out;
}

enum class Rounding { HalfUp, Floor, Ceil };

/// Rounds to a multiple of 10^-scale; HalfUp rounds halves away from zero, as BigDecimal's
/// default mode and Integer#round do.
Decimal roundDecimal(const Decimal &d, qint64 scale, Rounding mode)
{
    if (!d.isFinite() || d.isZero() || d.exponent >= -scale)
        return d;
    const qint64 drop = -scale - d.exponent;
    const qint64 keep = qint64(d.digits.size()) - drop;
    Decimal out;
    out.integer = d.integer;
    out.negative = d.negative;
    out.exponent = -scale;
    char first = '0';
    if (keep > 0) {
        out.digits = d.digits.substr(0, size_t(keep));
        first = d.digits[size_t(keep)];
    } else if (keep == 0) {
        first = d.digits[0];
    }
    // The dropped part is never zero: normalized digits end in a non-zero digit.
    bool up = false;
    switch (mode) {
    case Rounding::HalfUp:
        up = first >= '5';
        break;
    case Rounding::Floor:
        up = d.negative;
        break;
    case Rounding::Ceil:
        up = !d.negative;
        break;
    }
    if (up)
        out.digits = addNat(out.digits, "1");
    normalize(out);
    return out;
}

/// The value as an Integer (BigDecimal#to_i, Float#floor …), or nullopt for NaN and Infinity.
std::optional<Decimal> integerPart(const Decimal &d, Rounding mode)
{
    if (!d.isFinite())
        return std::nullopt;
    Decimal out = roundDecimal(d, 0, mode);
    out.integer = true;
    normalize(out);
    return out;
}

Error floatDomainError(const Decimal &d)
{
    const QString what = d.isNaN() ? u"NaN"_s : (d.negative ? u"-Infinity"_s : u"Infinity"_s);
    return renderError(Tr::tr("the computation results in '%1'").arg(what));
}

/// Ruby's String#to_i: leading whitespace, a sign, digits with single underscores between
/// them, and whatever follows ignored.
Decimal decimalFromRubyToI(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isRubySpace(s[i].unicode()))
        ++i;
    bool negative = false;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+')) {
        negative = s[i] == u'-';
        ++i;
    }
    Digits digits;
    while (i < s.size()) {
        const char16_t u = s[i].unicode();
        if (isAsciiDigit(u)) {
            digits.push_back(char(u));
        } else if (u == u'_' && !digits.empty() && i + 1 < s.size()
                   && isAsciiDigit(s[i + 1].unicode())) {
            // skip a single underscore between digits
        } else {
            break;
        }
        ++i;
    }
    trimLeadingZeros(digits);
    if (qsizetype(digits.size()) > MaxNumberText) {
        // Beyond what we keep exactly; Ruby would hold a Bignum.
        return decimalFromDouble(negative ? -std::numeric_limits<double>::infinity()
                                          : std::numeric_limits<double>::infinity());
    }
    Decimal d;
    d.integer = true;
    d.negative = negative;
    d.digits = std::move(digits);
    normalize(d);
    return d;
}

/// Liquid's Utils.to_number.
Result<Decimal> toNumber(const TemplateValue &value)
{
    switch (value.type()) {
    case TemplateValue::Type::Int:
        return decimalFromInt(value.toInt());
    case TemplateValue::Type::Float:
        return decimalFromDouble(value.toDouble());
    case TemplateValue::Type::String:
        break;
    default:
        return decimalFromInt(0);
    }
    const QString &s = value.string();
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isRubyStripSpace(s[begin]))
        ++begin;
    while (end > begin && isRubyStripSpace(s[end - 1]))
        --end;
    // /\A-?\d+\.\d+\z/ on the stripped text
    qsizetype i = begin;
    bool negative = false;
    if (i < end && s[i] == u'-') {
        negative = true;
        ++i;
    }
    const qsizetype intBegin = i;
    while (i < end && isAsciiDigit(s[i].unicode()))
        ++i;
    const qsizetype intEnd = i;
    bool isDecimal = intEnd > intBegin && i < end && s[i] == u'.';
    qsizetype fracBegin = i + 1;
    if (isDecimal) {
        i = fracBegin;
        while (i < end && isAsciiDigit(s[i].unicode()))
            ++i;
        isDecimal = i > fracBegin && i == end;
    }
    if (!isDecimal)
        return decimalFromRubyToI(s);
    if (s.contains(QChar(u'\0')))
        return renderError(Tr::tr("string contains null byte"));
    Decimal d;
    d.negative = negative;
    for (qsizetype k = intBegin; k < intEnd; ++k)
        d.digits.push_back(char(s[k].unicode()));
    for (qsizetype k = fracBegin; k < end; ++k)
        d.digits.push_back(char(s[k].unicode()));
    d.exponent = -(end - fracBegin);
    normalize(d);
    if (end - begin > MaxNumberText) {
        // Too long to keep exactly: the nearest double instead.
        return decimalFromDouble(decimalToDouble(d));
    }
    return d;
}

/// Ruby's Integer(string): whitespace around, a sign, 0x/0b/0o/0d or a leading 0 for octal,
/// digits with single underscores between them; anything else is an error.
std::optional<Decimal> parseRubyInteger(QStringView s)
{
    qsizetype i = 0;
    qsizetype end = s.size();
    while (i < end && isRubySpace(s[i].unicode()))
        ++i;
    while (end > i && isRubySpace(s[end - 1].unicode()))
        --end;
    bool negative = false;
    if (i < end && (s[i] == u'-' || s[i] == u'+')) {
        negative = s[i] == u'-';
        ++i;
    }
    int base = 10;
    if (i < end && s[i] == u'0') {
        const char16_t next = i + 1 < end ? asciiLower(s[i + 1].unicode()) : u'\0';
        if (next == u'x' || next == u'b' || next == u'o' || next == u'd') {
            base = next == u'x' ? 16 : (next == u'b' ? 2 : (next == u'o' ? 8 : 10));
            i += 2;
        } else {
            base = 8; // the leading zero counts as a digit
        }
    }
    const auto digitValue = [base](char16_t u) -> int {
        int v = -1;
        if (isAsciiDigit(u))
            v = u - u'0';
        else if (u >= u'a' && u <= u'f')
            v = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            v = u - u'A' + 10;
        return v < base ? v : -1;
    };
    Digits magnitude;
    bool any = false;
    bool lastWasDigit = false;
    for (; i < end; ++i) {
        const char16_t u = s[i].unicode();
        const int v = digitValue(u);
        if (v >= 0) {
            any = true;
            lastWasDigit = true;
            if (base == 10) {
                magnitude.push_back(char(u));
            } else {
                magnitude = addNat(mulNat(magnitude, std::to_string(base)), std::to_string(v));
            }
            trimLeadingZeros(magnitude);
            if (qsizetype(magnitude.size()) > 40)
                return std::nullopt;
        } else if (u == u'_' && lastWasDigit && i + 1 < end && digitValue(s[i + 1].unicode()) >= 0) {
            lastWasDigit = false;
        } else {
            return std::nullopt;
        }
    }
    if (!any)
        return std::nullopt;
    Decimal d;
    d.integer = true;
    d.negative = negative;
    d.digits = std::move(magnitude);
    normalize(d);
    return d;
}

Error invalidIntegerError()
{
    return renderError(Tr::tr("invalid integer"));
}

/// Liquid's Utils.to_integer, limited to 64 bits (Ruby fails later for larger ones too).
Result<qint64> toInteger(const TemplateValue &value)
{
    if (value.isInt())
        return value.toInt();
    // Only strings can read as an integer: Ruby's to_s of floats, nil, booleans, arrays and
    // hashes never does.
    if (!value.isString())
        return invalidIntegerError();
    const std::optional<Decimal> parsed = parseRubyInteger(value.string());
    if (!parsed)
        return invalidIntegerError();
    const std::optional<qint64> integer = decimalToInt64(*parsed);
    if (!integer)
        return renderError(Tr::tr("the integer %1 is out of range").arg(value.string().trimmed()));
    return *integer;
}

// ---------------------------------------------------------------------------------------------
// Math filters

using DecimalOperation = Result<Decimal> (*)(const Decimal &, const Decimal &);

FilterResult applyOperation(const FilterCall &call, DecimalOperation operation)
{
    const TemplateValue &a = call.input;
    const TemplateValue &b = call.args.at(0);
    const Result<Decimal> x = toNumber(a);
    if (!x)
        return x.error();
    const Result<Decimal> y = toNumber(b);
    if (!y)
        return y.error();
    const Result<Decimal> result = operation(*x, *y);
    if (!result)
        return result.error();
    return decimalToValue(*result);
}

FilterResult filterPlus(const FilterCall &call)
{
    const TemplateValue &b = call.args.at(0);
    qint64 sum = 0;
    if (call.input.isInt() && b.isInt()
        && !__builtin_add_overflow(call.input.toInt(), b.toInt(), &sum))
        return TemplateValue(sum);
    return applyOperation(call, [](const Decimal &x, const Decimal &y) -> Result<Decimal> {
        return addDecimal(x, y);
    });
}

FilterResult filterMinus(const FilterCall &call)
{
    const TemplateValue &b = call.args.at(0);
    qint64 difference = 0;
    if (call.input.isInt() && b.isInt()
        && !__builtin_sub_overflow(call.input.toInt(), b.toInt(), &difference))
        return TemplateValue(difference);
    return applyOperation(call, [](const Decimal &x, const Decimal &y) -> Result<Decimal> {
        return addDecimal(x, negateDecimal(y));
    });
}

FilterResult filterTimes(const FilterCall &call)
{
    const TemplateValue &b = call.args.at(0);
    qint64 product = 0;
    if (call.input.isInt() && b.isInt()
        && !__builtin_mul_overflow(call.input.toInt(), b.toInt(), &product))
        return TemplateValue(product);
    return applyOperation(call, [](const Decimal &x, const Decimal &y) -> Result<Decimal> {
        return mulDecimal(x, y);
    });
}

FilterResult filterDividedBy(const FilterCall &call)
{
    return applyOperation(call, divDecimal);
}

FilterResult filterModulo(const FilterCall &call)
{
    return applyOperation(call, modDecimal);
}

FilterResult filterAbs(const FilterCall &call)
{
    Result<Decimal> x = toNumber(call.input);
    if (!x)
        return x.error();
    Decimal d = std::move(x).value();
    if (!d.isNaN())
        d.negative = false;
    return decimalToValue(d);
}

FilterResult roundToInteger(const FilterCall &call, Rounding mode)
{
    const Result<Decimal> x = toNumber(call.input);
    if (!x)
        return x.error();
    const std::optional<Decimal> rounded = integerPart(*x, mode);
    if (!rounded)
        return floatDomainError(*x);
    return decimalToValue(*rounded);
}

FilterResult filterCeil(const FilterCall &call)
{
    return roundToInteger(call, Rounding::Ceil);
}

FilterResult filterFloor(const FilterCall &call)
{
    return roundToInteger(call, Rounding::Floor);
}

FilterResult filterRound(const FilterCall &call)
{
    const Result<Decimal> x = toNumber(call.input);
    if (!x)
        return x.error();
    qint64 digits = 0;
    if (!call.args.isEmpty()) {
        // Ruby converts the digits with NUM2INT: truncated, and it must fit a C int.
        const Result<Decimal> n = toNumber(call.args.at(0));
        if (!n)
            return n.error();
        const std::optional<Decimal> truncated = integerPart(*n,
                                                             n->negative ? Rounding::Ceil
                                                                         : Rounding::Floor);
        if (!truncated)
            return floatDomainError(*n);
        const std::optional<qint64> value = decimalToInt64(*truncated);
        if (!value || *value > INT_MAX || *value < INT_MIN) {
            return renderError(Tr::tr("the number of digits %1 is out of range")
                                   .arg(call.args.at(0).text().left(40)));
        }
        digits = *value;
    }
    if (x->integer) {
        // Integer#round: unchanged for digits >= 0, halves away from zero otherwise.
        if (digits >= 0)
            return decimalToValue(*x);
        return decimalToValue(roundDecimal(*x, digits, Rounding::HalfUp));
    }
    if (digits < 1) {
        // BigDecimal#round with digits < 1 gives an Integer.
        if (!x->isFinite())
            return floatDomainError(*x);
        Decimal rounded = roundDecimal(*x, digits, Rounding::HalfUp);
        rounded.integer = true;
        normalize(rounded);
        return decimalToValue(rounded);
    }
    return decimalToValue(roundDecimal(*x, digits, Rounding::HalfUp));
}

FilterResult clampTo(const FilterCall &call, bool atLeast)
{
    const Result<Decimal> limit = toNumber(call.args.at(0));
    if (!limit)
        return limit.error();
    const Result<Decimal> x = toNumber(call.input);
    if (!x)
        return x.error();
    const std::optional<int> order = compareDecimal(*limit, *x);
    if (order && (atLeast ? *order > 0 : *order < 0))
        return decimalToValue(*limit);
    return decimalToValue(*x);
}

FilterResult filterAtLeast(const FilterCall &call)
{
    return clampTo(call, true);
}

FilterResult filterAtMost(const FilterCall &call)
{
    return clampTo(call, false);
}

// ---------------------------------------------------------------------------------------------
// Ruby object protocol: equality, eql?/hash, <=> and `item[property]`.

bool rubyEquals(const TemplateValue &a, const TemplateValue &b);

bool numbersEqual(const TemplateValue &a, const TemplateValue &b)
{
    if (a.isInt() && b.isInt())
        return a.toInt() == b.toInt();
    if (a.isFloat() && b.isFloat())
        return a.toDouble() == b.toDouble();
    // Integer == Float compares exactly, as Ruby does.
    const qint64 i = a.isInt() ? a.toInt() : b.toInt();
    const double d = a.isFloat() ? a.toDouble() : b.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || d < -9223372036854775808.0
        || d >= 9223372036854775808.0)
        return false;
    return qint64(d) == i;
}

/// Comparing and hashing stop this deep, or after this many values (JSON cannot nest that
/// deep; a value built to share itself over and over could otherwise take forever).
constexpr int MaxDepth = 512;
constexpr qint64 MaxVisits = 1 << 16;

struct Walk
{
    qint64 visits = 0;
    bool exhausted() { return ++visits > MaxVisits; }
};

bool hashesEqual(const TemplateValue &a, const TemplateValue &b, bool strict, Walk &walk, int depth);

/// Ruby's == (strict = false) or eql? (strict = true: 1 and 1.0 differ).
bool rubyCompareEqual(
    const TemplateValue &a, const TemplateValue &b, bool strict, Walk &walk, int depth = 0)
{
    if (depth > MaxDepth || walk.exhausted())
        return false;
    if (a.isNumber() && b.isNumber()) {
        if (strict && a.type() != b.type())
            return false;
        return numbersEqual(a, b);
    }
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case TemplateValue::Type::Nil:
        return true;
    case TemplateValue::Type::Bool:
        return a.toBool() == b.toBool();
    case TemplateValue::Type::String:
        return a.string() == b.string();
    case TemplateValue::Type::Range:
        return a.rangeFirst() == b.rangeFirst() && a.rangeLast() == b.rangeLast();
    case TemplateValue::Type::Array: {
        if (a.size() != b.size())
            return false;
        const TemplateValue::Array x = a.array();
        const TemplateValue::Array y = b.array();
        if (x.constData() == y.constData())
            return true; // the same list
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!rubyCompareEqual(x.at(i), y.at(i), strict, walk, depth + 1))
                return false;
        }
        return true;
    }
    case TemplateValue::Type::Object:
        // The same hash, or the same content.
        return &a.members() == &b.members() || hashesEqual(a, b, strict, walk, depth + 1);
    default:
        return false;
    }
}

/// Ruby hashes compare by content, whatever the order of their members.
bool hashesEqual(const TemplateValue &a, const TemplateValue &b, bool strict, Walk &walk, int depth)
{
    QHash<QString, TemplateValue> x;
    for (const auto &[key, value] : a.members())
        x.insert(key, value);
    QHash<QString, TemplateValue> y;
    for (const auto &[key, value] : b.members())
        y.insert(key, value);
    if (x.size() != y.size())
        return false;
    for (auto it = x.cbegin(); it != x.cend(); ++it) {
        const auto other = y.constFind(it.key());
        if (other == y.cend() || !rubyCompareEqual(it.value(), *other, strict, walk, depth))
            return false;
    }
    return true;
}

bool rubyEquals(const TemplateValue &a, const TemplateValue &b)
{
    Walk walk;
    return rubyCompareEqual(a, b, false, walk);
}

bool rubyEql(const TemplateValue &a, const TemplateValue &b)
{
    Walk walk;
    return rubyCompareEqual(a, b, true, walk);
}

/// A hash consistent with rubyCompareEqual(…, strict = true), for uniq.
size_t rubyHash(const TemplateValue &value, Walk &walk, size_t seed = 0, int depth = 0)
{
    if (depth > MaxDepth || walk.exhausted())
        return seed;
    switch (value.type()) {
    case TemplateValue::Type::Nil:
        return qHash(0x4e494cu, seed);
    case TemplateValue::Type::Bool:
        return qHash(value.toBool() ? 3u : 5u, seed);
    case TemplateValue::Type::Int:
        return qHash(value.toInt(), seed);
    case TemplateValue::Type::Float: {
        const double d = value.toDouble();
        return qHash(d == 0 ? 0.0 : d, seed ^ 0x9e3779b9u);
    }
    case TemplateValue::Type::String:
        return qHash(value.string(), seed);
    case TemplateValue::Type::Range:
        return qHashMulti(seed, value.rangeFirst(), value.rangeLast(), 7);
    case TemplateValue::Type::Array: {
        size_t h = seed ^ 0xa11a7u;
        for (const TemplateValue &item : value.array())
            h = rubyHash(item, walk, h * 31 + 1, depth + 1);
        return h;
    }
    case TemplateValue::Type::Object: {
        // Order-independent, like Ruby's Hash#hash.
        size_t h = 0x0b1ec7u;
        for (const auto &[key, item] : value.members())
            h += qHash(key, 17) ^ rubyHash(item, walk, 23, depth + 1);
        return qHash(quint64(h), seed);
    }
    }
    return seed;
}

/// What `item[property]` does in Ruby.
struct Lookup
{
    enum Outcome { Value, NoMethod, TypeError };
    Outcome outcome = Value;
    TemplateValue value;
};

Lookup lookupProperty(const TemplateValue &item, const TemplateValue &property)
{
    const auto integerIndex = [](const TemplateValue &p) -> std::optional<qint64> {
        if (p.isInt())
            return p.toInt();
        if (p.isFloat() && std::isfinite(p.toDouble()) && std::fabs(p.toDouble()) < 9.2e18)
            return qint64(p.toDouble());
        return std::nullopt;
    };
    switch (item.type()) {
    case TemplateValue::Type::Object:
        // Keys are strings; Hash#[] with another type finds nothing.
        if (property.isString())
            return {Lookup::Value, item.member(property.string())};
        return {Lookup::Value, {}};
    case TemplateValue::Type::Array: {
        const std::optional<qint64> index = integerIndex(property);
        if (!index)
            return {Lookup::TypeError, {}};
        return {Lookup::Value, item.at(*index)};
    }
    case TemplateValue::Type::String: {
        const QString &s = item.string();
        if (property.isString())
            return {Lookup::Value, s.contains(property.string()) ? property : TemplateValue()};
        const std::optional<qint64> index = integerIndex(property);
        if (!index)
            return {Lookup::TypeError, {}};
        const qint64 count = codePointCount(s);
        const qint64 i = *index < 0 ? *index + count : *index;
        if (i < 0 || i >= count)
            return {Lookup::Value, {}};
        const qsizetype from = advanceCodePoints(s, 0, i);
        const qsizetype to = advanceCodePoints(s, from, 1);
        return {Lookup::Value, TemplateValue(s.mid(from, to - from))};
    }
    case TemplateValue::Type::Int: {
        // Integer#[] reads a bit.
        const std::optional<qint64> index = integerIndex(property);
        if (!index)
            return {Lookup::TypeError, {}};
        const qint64 n = item.toInt();
        if (*index < 0)
            return {Lookup::Value, TemplateValue(qint64(0))};
        if (*index >= 63)
            return {Lookup::Value, TemplateValue(qint64(n < 0 ? 1 : 0))};
        return {Lookup::Value, TemplateValue(qint64((n >> *index) & 1))};
    }
    default:
        return {Lookup::NoMethod, {}};
    }
}

bool respondsToIndex(const TemplateValue &item)
{
    return item.isObject() || item.isArray() || item.isString() || item.isInt();
}

/// <=> for sort; nullopt when Ruby's <=> gives nil.
std::optional<int> rubySpaceship(const TemplateValue &a,
                                 const TemplateValue &b,
                                 Walk &walk,
                                 int depth = 0)
{
    if (depth > MaxDepth || walk.exhausted())
        return std::nullopt;
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt())
            return a.toInt() < b.toInt() ? -1 : (a.toInt() > b.toInt() ? 1 : 0);
        // Exact across Integer and Float; NaN compares with nothing.
        const auto number = [](const TemplateValue &v) {
            return v.isInt() ? decimalFromInt(v.toInt()) : decimalFromDouble(v.toDouble());
        };
        return compareDecimal(number(a), number(b));
    }
    if (a.isString() && b.isString()) {
        return compareCodePoints(a.string(), b.string(), false);
    }
    if (a.isArray() && b.isArray()) {
        const TemplateValue::Array x = a.array();
        const TemplateValue::Array y = b.array();
        for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
            const std::optional<int> c = rubySpaceship(x.at(i), y.at(i), walk, depth + 1);
            if (!c || *c != 0)
                return c;
        }
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
    // Object#<=>: 0 when equal, nil otherwise.
    if (rubyCompareEqual(a, b, false, walk, depth))
        return 0;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Collections

/// Liquid's InputIterator: arrays flattened, a hash as one element, a range expanded, nil as
/// nothing, anything else as itself.
Result<TemplateValue::Array> iterate(const TemplateValue &input, const FilterCall &call)
{
    const qsizetype limit = call.environment.maxStringLength;
    TemplateValue::Array out;
    switch (input.type()) {
    case TemplateValue::Type::Nil:
        return out;
    case TemplateValue::Type::Range: {
        const qint64 first = input.rangeFirst();
        const qint64 last = input.rangeLast();
        if (last < first)
            return out;
        if (quint64(last) - quint64(first) >= quint64(limit))
            return tooManyElementsError(limit);
        out.reserve(qsizetype(quint64(last) - quint64(first) + 1));
        for (qint64 i = first;; ++i) {
            out.append(TemplateValue(i));
            if (i == last)
                break;
        }
        return out;
    }
    case TemplateValue::Type::Array:
        break;
    default:
        out.append(input);
        return out;
    }
    // Flatten without recursion: nesting may be deep.
    struct Frame
    {
        TemplateValue::Array items;
        qsizetype next = 0;
    };
    std::vector<Frame> stack;
    stack.push_back({input.array(), 0});
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next == frame.items.size()) {
            stack.pop_back();
            continue;
        }
        const TemplateValue &item = frame.items.at(frame.next++);
        if (item.isArray()) {
            TemplateValue::Array nested = item.array();
            stack.push_back({std::move(nested), 0});
            continue;
        }
        if (out.size() >= limit)
            return tooManyElementsError(limit);
        out.append(item);
    }
    return out;
}

FilterResult filterSize(const FilterCall &call)
{
    const TemplateValue &input = call.input;
    switch (input.type()) {
    case TemplateValue::Type::String:
        return TemplateValue(qint64(codePointCount(input.string())));
    case TemplateValue::Type::Array:
    case TemplateValue::Type::Object:
        return TemplateValue(input.size());
    case TemplateValue::Type::Range: {
        if (input.rangeLast() < input.rangeFirst())
            return TemplateValue(qint64(0));
        const quint64 count = quint64(input.rangeLast()) - quint64(input.rangeFirst()) + 1;
        if (count == 0 || count > quint64(std::numeric_limits<qint64>::max()))
            return TemplateValue(double(quint64(input.rangeLast()) - quint64(input.rangeFirst()))
                                 + 1);
        return TemplateValue(qint64(count));
    }
    case TemplateValue::Type::Int:
        return TemplateValue(qint64(8)); // Integer#size: bytes in the machine representation
    default:
        return TemplateValue(qint64(0));
    }
}

FilterResult filterFirst(const FilterCall &call)
{
    const TemplateValue &input = call.input;
    switch (input.type()) {
    case TemplateValue::Type::Array:
        return input.at(0);
    case TemplateValue::Type::Range:
        return TemplateValue(input.rangeFirst()); // Range#first is its beginning, even if empty
    case TemplateValue::Type::Object: {
        const TemplateValue::Members &members = input.members();
        if (members.isEmpty())
            return TemplateValue();
        return TemplateValue(
            TemplateValue::Array{TemplateValue(members.first().first), members.first().second});
    }
    default:
        return TemplateValue();
    }
}

FilterResult filterLast(const FilterCall &call)
{
    const TemplateValue &input = call.input;
    if (input.isArray())
        return input.at(-1);
    if (input.isRange())
        return TemplateValue(input.rangeLast());
    return TemplateValue();
}

FilterResult filterJoin(const FilterCall &call)
{
    const Result<TemplateValue::Array> items = iterate(call.input, call);
    if (!items)
        return items.error();
    Result<QString> glue = call.args.isEmpty() ? Result<QString>(u" "_s)
                                               : textOf(call.args.at(0), call);
    if (!glue)
        return glue.error();
    const qsizetype limit = call.environment.maxStringLength;
    QString out;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (i > 0)
            out += *glue;
        const TemplateValue &item = items->at(i);
        if (item.isObject()) {
            const Result<QString> json = jsonTextOf(item, limit);
            if (!json)
                return json.error();
            out += *json;
        } else {
            item.appendText(out);
        }
        if (out.size() > limit)
            return tooLongError(limit);
    }
    return TemplateValue(std::move(out));
}

FilterResult filterReverse(const FilterCall &call)
{
    Result<TemplateValue::Array> items = iterate(call.input, call);
    if (!items)
        return items.error();
    TemplateValue::Array out = std::move(items).value();
    std::reverse(out.begin(), out.end());
    return TemplateValue(std::move(out));
}

FilterResult filterConcat(const FilterCall &call)
{
    const TemplateValue &other = call.args.at(0);
    if (!other.isArray())
        return renderError(Tr::tr("concat filter requires an array argument"));
    Result<TemplateValue::Array> items = iterate(call.input, call);
    if (!items)
        return items.error();
    TemplateValue::Array out = std::move(items).value();
    if (out.size() + other.size() > call.environment.maxStringLength)
        return tooManyElementsError(call.environment.maxStringLength);
    out.append(other.array());
    return TemplateValue(std::move(out));
}

FilterResult filterCompact(const FilterCall &call)
{
    Result<TemplateValue::Array> items = iterate(call.input, call);
    if (!items)
        return items.error();
    const bool byProperty = !call.args.isEmpty() && !call.args.at(0).isNil();
    TemplateValue::Array out;
    for (const TemplateValue &item : *items) {
        if (!byProperty) {
            if (!item.isNil())
                out.append(item);
            continue;
        }
        const Lookup lookup = lookupProperty(item, call.args.at(0));
        if (lookup.outcome == Lookup::NoMethod)
            return TemplateValue(); // Ruby's `return nil unless item.respond_to?(:[])`
        if (lookup.outcome == Lookup::TypeError)
            return propertyError(call.args.at(0));
        if (!lookup.value.isNil())
            out.append(item);
    }
    return TemplateValue(std::move(out));
}

FilterResult filterMap(const FilterCall &call)
{
    Result<TemplateValue::Array> items = iterate(call.input, call);
    if (!items)
        return items.error();
    const TemplateValue &property = call.args.at(0);
    const bool itself = property.isString() && property.string() == u"to_liquid";
    TemplateValue::Array out;
    out.reserve(items->size());
    for (const TemplateValue &item : *items) {
        if (itself) {
            out.append(item);
            continue;
        }
        const Lookup lookup = lookupProperty(item, property);
        if (lookup.outcome == Lookup::TypeError)
            return propertyError(property);
        out.append(lookup.value);
    }
    return TemplateValue(std::move(out));
}

FilterResult filterWhere(const FilterCall &call)
{
    Result<TemplateValue::Array> items = iterate(call.input, call);
    if (!items)
        return items.error();
    const TemplateValue &property = call.args.at(0);
    const bool truthyOnly = call.args.size() < 2 || call.args.at(1).isNil();
    TemplateValue::Array out;
    for (const TemplateValue &item : *items) {
        const Lookup lookup = lookupProperty(item, property);
        if (lookup.outcome == Lookup::NoMethod)
            return TemplateValue();
        if (lookup.outcome == Lookup::TypeError)
            return propertyError(property);
        if (truthyOnly ? lookup.value.truthy() : rubyEquals(lookup.value, call.args.at(1)))
            out.append(item);
    }
    return TemplateValue(std::move(out));
}

FilterResult filterUniq(const FilterCall &call)
{
    Result<TemplateValue::Array> items = iterate(call.input, call);
    if (!items)
        return items.error();
    const bool byProperty = !call.args.isEmpty() && !call.args.at(0).isNil();
    if (items->size() <= 1)
        return TemplateValue(std::move(items).value()); // Ruby's uniq never calls the block here
    QMultiHash<size_t, qsizetype> seen;                 // hash of the key → index into `keys`
    TemplateValue::Array keys;
    TemplateValue::Array out;
    for (const TemplateValue &item : *items) {
        TemplateValue key = item;
        if (byProperty) {
            Lookup lookup = lookupProperty(item, call.args.at(0));
            if (lookup.outcome == Lookup::NoMethod)
                return TemplateValue();
            if (lookup.outcome == Lookup::TypeError)
                return propertyError(call.args.at(0));
            key = std::move(lookup.value);
        }
        // NaN is never eql? to anything, itself included.
        const bool nan = key.isFloat() && std::isnan(key.toDouble());
        Walk walk;
        const size_t h = rubyHash(key, walk);
        bool duplicate = false;
        for (auto it = seen.constFind(h); !nan && it != seen.cend() && it.key() == h; ++it) {
            if (rubyEql(keys.at(*it), key)) {
                duplicate = true;
                break;
            }
        }
        if (duplicate)
            continue;
        seen.insert(h, keys.size());
        keys.append(std::move(key));
        out.append(item);
    }
    return TemplateValue(std::move(out));
}

/// The merge sort of glibc's qsort_r, which Ruby's Array#sort calls on Linux: the same
/// comparisons in the same order, so ties and sort_natural's inconsistent nil ordering
/// (nil is "greater" than another nil) come out exactly as in Ruby.
template<typename Compare>
void rubyMergeSort(qsizetype *items, size_t n, qsizetype *scratch, const Compare &compare)
{
    if (n <= 1)
        return;
    size_t n1 = n / 2;
    size_t n2 = n - n1;
    qsizetype *b1 = items;
    qsizetype *b2 = items + n1;
    rubyMergeSort(b1, n1, scratch, compare);
    rubyMergeSort(b2, n2, scratch, compare);
    qsizetype *out = scratch;
    while (n1 > 0 && n2 > 0) {
        if (compare(*b1, *b2) <= 0) {
            *out++ = *b1++;
            --n1;
        } else {
            *out++ = *b2++;
            --n2;
        }
    }
    std::copy(b1, b1 + n1, out);
    std::copy(scratch, scratch + (n - n2), items);
}

FilterResult sortBy(const FilterCall &call, bool natural)
{
    Result<TemplateValue::Array> items = iterate(call.input, call);
    if (!items)
        return items.error();
    TemplateValue::Array list = std::move(items).value();
    if (list.isEmpty())
        return TemplateValue(TemplateValue::Array());
    const bool byProperty = !call.args.isEmpty() && !call.args.at(0).isNil();
    QList<TemplateValue> keys;
    if (byProperty) {
        // Ruby returns nil unless every element responds to [].
        for (const TemplateValue &item : list) {
            if (!respondsToIndex(item))
                return TemplateValue();
        }
        // With one element, Ruby's sort never calls the block.
        if (list.size() == 1)
            return TemplateValue(std::move(list));
        keys.reserve(list.size());
        for (const TemplateValue &item : list) {
            const Lookup lookup = lookupProperty(item, call.args.at(0));
            if (lookup.outcome != Lookup::Value)
                return propertyError(call.args.at(0));
            keys.append(lookup.value);
        }
    } else {
        keys = list;
    }
    QStringList texts; // sort_natural compares to_s
    if (natural) {
        texts.reserve(keys.size());
        for (const TemplateValue &key : keys) {
            Result<QString> text = textOf(key, call);
            if (!text)
                return text.error();
            texts.append(std::move(text).value());
        }
    }
    std::vector<qsizetype> order(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        order[size_t(i)] = i;
    bool incompatible = false;
    const auto compare = [&](qsizetype x, qsizetype y) -> int {
        const TemplateValue &a = keys.at(x);
        const TemplateValue &b = keys.at(y);
        if (natural) {
            if (!a.isNil() && !b.isNil())
                return compareCodePoints(texts.at(x), texts.at(y), true);
            return a.isNil() ? 1 : -1;
        }
        Walk walk;
        if (const std::optional<int> c = rubySpaceship(a, b, walk))
            return *c;
        if (a.isNil())
            return 1;
        if (b.isNil())
            return -1;
        incompatible = true;
        return 0;
    };
    std::vector<qsizetype> scratch(order.size());
    rubyMergeSort(order.data(), order.size(), scratch.data(), [&](qsizetype x, qsizetype y) {
        // Ruby stops at the first incompatible pair; the order no longer matters then.
        return incompatible ? 0 : compare(x, y);
    });
    if (incompatible)
        return renderError(Tr::tr("cannot sort values of incompatible types"));
    TemplateValue::Array out;
    out.reserve(list.size());
    for (qsizetype i : order)
        out.append(list.at(i));
    return TemplateValue(std::move(out));
}

FilterResult filterSort(const FilterCall &call)
{
    return sortBy(call, false);
}

FilterResult filterSortNatural(const FilterCall &call)
{
    return sortBy(call, true);
}

FilterResult filterSlice(const FilterCall &call)
{
    const Result<qint64> offset = toInteger(call.args.at(0));
    if (!offset)
        return offset.error();
    qint64 length = 1;
    if (call.args.size() > 1 && call.args.at(1).truthy()) {
        const Result<qint64> given = toInteger(call.args.at(1));
        if (!given)
            return given.error();
        length = *given;
    }
    // Array#slice / String#slice(start, length): nil (shown as empty) when start is outside
    // 0..size or length is negative.
    const auto window = [&](qint64 size) -> std::optional<std::pair<qint64, qint64>> {
        qint64 start = *offset;
        if (start < 0)
            start += size;
        if (start < 0 || start > size || length < 0)
            return std::nullopt;
        return std::pair{start, std::min(length, size - start)};
    };
    if (call.input.isArray()) {
        const auto w = window(call.input.size());
        if (!w)
            return TemplateValue(TemplateValue::Array());
        return TemplateValue(call.input.array().mid(w->first, w->second));
    }
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    const auto w = window(codePointCount(text));
    if (!w)
        return TemplateValue(QString());
    const qsizetype from = advanceCodePoints(text, 0, w->first);
    const qsizetype to = advanceCodePoints(text, from, w->second);
    return TemplateValue(text.mid(from, to - from));
}

// ---------------------------------------------------------------------------------------------
// Strings

FilterResult concatenated(const QString &a, const QString &b, const FilterCall &call)
{
    if (a.size() + b.size() > call.environment.maxStringLength)
        return tooLongError(call.environment.maxStringLength);
    if (a.isEmpty())
        return TemplateValue(b);
    if (b.isEmpty())
        return TemplateValue(a);
    return TemplateValue(QString(a + b));
}

FilterResult filterAppend(const FilterCall &call)
{
    const TemplateValue &arg = call.args.at(0);
    if (call.input.isString() && arg.isString())
        return concatenated(call.input.string(), arg.string(), call);
    const Result<QString> a = textOf(call.input, call);
    const Result<QString> b = textOf(arg, call);
    if (!a || !b)
        return !a ? a.error() : b.error();
    return concatenated(*a, *b, call);
}

FilterResult filterPrepend(const FilterCall &call)
{
    const TemplateValue &arg = call.args.at(0);
    if (call.input.isString() && arg.isString())
        return concatenated(arg.string(), call.input.string(), call);
    const Result<QString> a = textOf(arg, call);
    const Result<QString> b = textOf(call.input, call);
    if (!a || !b)
        return !a ? a.error() : b.error();
    return concatenated(*a, *b, call);
}

/// Full Unicode case mapping (ß → SS), as Ruby's upcase and downcase do. Qt's conversion
/// slows down quadratically on long strings whose characters expand, so long strings go in
/// pieces; the mappings are context-free, so that changes nothing.
std::optional<QString> convertedCase(const QString &text, bool upper, qsizetype limit)
{
    // Most text is ASCII: convert it here, and share it when nothing changes.
    const char16_t from = upper ? u'a' : u'A';
    const char16_t to = upper ? u'z' : u'Z';
    qsizetype first = -1;
    bool ascii = true;
    for (qsizetype i = 0; i < text.size() && ascii; ++i) {
        const char16_t c = text[i].unicode();
        ascii = c < 0x80;
        if (first < 0 && c >= from && c <= to)
            first = i;
    }
    if (ascii) {
        if (first < 0)
            return text;
        QString out = text;
        QChar *data = out.data();
        for (qsizetype i = first; i < out.size(); ++i) {
            const char16_t c = data[i].unicode();
            if (c >= from && c <= to)
                data[i] = QChar(char16_t(c ^ 0x20));
        }
        return out;
    }
    constexpr qsizetype Piece = 2048;
    if (text.size() <= Piece)
        return upper ? text.toUpper() : text.toLower();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = std::min(i + Piece, text.size());
        if (end < text.size() && text[end].isLowSurrogate())
            ++end;
        const QString piece = text.sliced(i, end - i);
        out += upper ? piece.toUpper() : piece.toLower();
        if (out.size() > limit)
            return std::nullopt;
        i = end;
    }
    return out;
}

FilterResult caseResult(const QString &text, bool upper, const FilterCall &call)
{
    std::optional<QString> converted = convertedCase(text, upper, call.environment.maxStringLength);
    if (!converted)
        return tooLongError(call.environment.maxStringLength);
    return textResult(std::move(*converted), call);
}

FilterResult filterUpcase(const FilterCall &call)
{
    const Result<QString> text = textOf(call.input, call);
    if (!text)
        return text.error();
    return caseResult(*text, true, call);
}

FilterResult filterDowncase(const FilterCall &call)
{
    const Result<QString> text = textOf(call.input, call);
    if (!text)
        return text.error();
    return caseResult(*text, false, call);
}

FilterResult filterCapitalize(const FilterCall &call)
{
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    if (text.isEmpty())
        return TemplateValue(text);
    const qsizetype firstEnd = advanceCodePoints(text, 0, 1);
    const QStringView first = QStringView(text).first(firstEnd);
    QString head;
    const char32_t c = first.size() == 2 ? QChar::surrogateToUcs4(first[0], first[1])
                                         : char32_t(first[0].unicode());
    // Title cases of more than one character that are not "upper case, then lower case".
    static const QHash<char32_t, QString> specialTitles{
        {0x0149, u"\u02BCN"_s},
        {0x1FB2, u"\u1FBA\u0345"_s},
        {0x1FB4, u"\u0386\u0345"_s},
        {0x1FB7, u"\u0391\u0342\u0345"_s},
        {0x1FC2, u"\u1FCA\u0345"_s},
        {0x1FC4, u"\u0389\u0345"_s},
        {0x1FC7, u"\u0397\u0342\u0345"_s},
        {0x1FF2, u"\u1FFA\u0345"_s},
        {0x1FF4, u"\u038F\u0345"_s},
        {0x1FF7, u"\u03A9\u0342\u0345"_s},
    };
    const bool greekWithIota = (c >= 0x1F80 && c <= 0x1FAF) || c == 0x1FB3 || c == 0x1FBC
                               || c == 0x1FC3 || c == 0x1FCC || c == 0x1FF3 || c == 0x1FFC;
    if (const auto special = specialTitles.constFind(c); special != specialTitles.cend()) {
        head = *special;
    } else if (greekWithIota || QChar::toTitleCase(c) != QChar::toUpper(c)) {
        // Digraphs and Greek letters with a title case of their own (ǆ → ǅ).
        const char32_t title = QChar::toTitleCase(c);
        head = QString::fromUcs4(&title, 1);
    } else {
        // Full upper case, then lower case after the first character (ß → Ss, ﬁ → Fi).
        const QString upper = first.toString().toUpper();
        const qsizetype upperFirstEnd = advanceCodePoints(upper, 0, 1);
        head = upper.first(upperFirstEnd) + upper.sliced(upperFirstEnd).toLower();
    }
    std::optional<QString> rest = convertedCase(text.sliced(firstEnd),
                                                false,
                                                call.environment.maxStringLength);
    if (!rest)
        return tooLongError(call.environment.maxStringLength);
    return textResult(head + *rest, call);
}

FilterResult stripped(const FilterCall &call, bool left, bool right)
{
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    qsizetype begin = 0;
    qsizetype end = text.size();
    if (left) {
        while (begin < end && isRubyStripSpace(text[begin]))
            ++begin;
    }
    if (right) {
        while (end > begin && isRubyStripSpace(text[end - 1]))
            --end;
    }
    if (begin == 0 && end == text.size())
        return TemplateValue(text);
    return TemplateValue(text.mid(begin, end - begin));
}

FilterResult filterStrip(const FilterCall &call)
{
    return stripped(call, true, true);
}

FilterResult filterLstrip(const FilterCall &call)
{
    return stripped(call, true, false);
}

FilterResult filterRstrip(const FilterCall &call)
{
    return stripped(call, false, true);
}

/// CGI.escapeHTML's five characters.
const char16_t *htmlEntity(char16_t c)
{
    switch (c) {
    case u'&':
        return u"&amp;";
    case u'<':
        return u"&lt;";
    case u'>':
        return u"&gt;";
    case u'"':
        return u"&quot;";
    case u'\'':
        return u"&#39;";
    default:
        return nullptr;
    }
}

FilterResult escapeHtml(const FilterCall &call, bool once)
{
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    const qsizetype limit = call.environment.maxStringLength;
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char16_t *entity = htmlEntity(c);
        if (!entity)
            continue;
        if (once && c == u'&') {
            // escape_once keeps `&name;` and `&#123;`.
            qsizetype j = i + 1;
            if (j < text.size() && text[j] == u'#') {
                ++j;
                const qsizetype digits = j;
                while (j < text.size() && isAsciiDigit(text[j].unicode()))
                    ++j;
                if (j > digits && j < text.size() && text[j] == u';')
                    continue;
            } else {
                const qsizetype letters = j;
                while (j < text.size() && isAsciiAlpha(text[j].unicode()))
                    ++j;
                if (j > letters && j < text.size() && text[j] == u';')
                    continue;
            }
        }
        out += QStringView(text).sliced(copied, i - copied);
        out += QStringView(entity);
        copied = i + 1;
        if (out.size() > limit)
            return tooLongError(limit);
    }
    if (copied == 0)
        return TemplateValue(text);
    out += QStringView(text).sliced(copied);
    if (out.size() > limit)
        return tooLongError(limit);
    return TemplateValue(std::move(out));
}

FilterResult filterEscape(const FilterCall &call)
{
    if (call.input.isNil())
        return TemplateValue();
    return escapeHtml(call, false);
}

FilterResult filterEscapeOnce(const FilterCall &call)
{
    return escapeHtml(call, true);
}

FilterResult filterUrlEncode(const FilterCall &call)
{
    if (call.input.isNil())
        return TemplateValue();
    const Result<QString> text = textOf(call.input, call);
    if (!text)
        return text.error();
    const QByteArray bytes = text->toUtf8();
    static constexpr char hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const uchar b = uchar(ch);
        if (isAsciiAlnum(b) || b == '_' || b == '.' || b == '-' || b == '~') {
            out += QChar(char16_t(b));
        } else if (b == ' ') {
            out += u'+';
        } else {
            out += u'%';
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 15]);
        }
    }
    return textResult(std::move(out), call);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Bytes as UTF-8, or an error if they are not (Ruby's valid_encoding?).
FilterResult utf8Text(const QByteArray &bytes, const FilterCall &call)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return renderError(Tr::tr("invalid byte sequence in UTF-8"));
    return textResult(std::move(text), call);
}

FilterResult filterUrlDecode(const FilterCall &call)
{
    if (call.input.isNil())
        return TemplateValue();
    const Result<QString> text = textOf(call.input, call);
    if (!text)
        return text.error();
    const QByteArray bytes = text->toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '%' && i + 2 >= bytes.size()) {
            // Ruby's CGI.unescape stops at a % in the last two bytes: the rest stays as is.
            out += bytes.sliced(i);
            break;
        }
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && hexValue(bytes.at(i + 1)) >= 0 && hexValue(bytes.at(i + 2)) >= 0) {
            out += char(hexValue(bytes.at(i + 1)) * 16 + hexValue(bytes.at(i + 2)));
            i += 2;
        } else {
            out += c;
        }
    }
    return utf8Text(out, call);
}

FilterResult filterBase64Encode(const FilterCall &call)
{
    const Result<QString> text = textOf(call.input, call);
    if (!text)
        return text.error();
    return textResult(QString::fromLatin1(text->toUtf8().toBase64()), call);
}

FilterResult filterBase64UrlSafeEncode(const FilterCall &call)
{
    const Result<QString> text = textOf(call.input, call);
    if (!text)
        return text.error();
    return textResult(QString::fromLatin1(text->toUtf8().toBase64(QByteArray::Base64UrlEncoding)),
                      call);
}

/// Ruby's strict Base64 decoding (unpack1("m0")): groups of four, '=' only as padding at the
/// end, and no stray bits in the last group.
std::optional<QByteArray> strictBase64Decode(QByteArrayView in)
{
    const auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        if (c == '+')
            return 62;
        if (c == '/')
            return 63;
        return -1;
    };
    if (in.size() % 4 != 0)
        return std::nullopt;
    QByteArray out;
    out.reserve(in.size() / 4 * 3);
    for (qsizetype i = 0; i < in.size(); i += 4) {
        const bool last = i + 4 == in.size();
        const int a = value(in[i]);
        const int b = value(in[i + 1]);
        if (a < 0 || b < 0)
            return std::nullopt;
        if (last && in[i + 2] == '=' && in[i + 3] == '=') {
            if (b & 0xf)
                return std::nullopt;
            out += char((a << 2) | (b >> 4));
            break;
        }
        const int c = value(in[i + 2]);
        if (c < 0)
            return std::nullopt;
        if (last && in[i + 3] == '=') {
            if (c & 0x3)
                return std::nullopt;
            out += char((a << 2) | (b >> 4));
            out += char(((b & 0xf) << 4) | (c >> 2));
            break;
        }
        const int d = value(in[i + 3]);
        if (d < 0)
            return std::nullopt;
        out += char((a << 2) | (b >> 4));
        out += char(((b & 0xf) << 4) | (c >> 2));
        out += char(((c & 0x3) << 6) | d);
    }
    return out;
}

FilterResult filterBase64Decode(const FilterCall &call)
{
    const Result<QString> text = textOf(call.input, call);
    if (!text)
        return text.error();
    const std::optional<QByteArray> bytes = strictBase64Decode(text->toUtf8());
    if (!bytes)
        return renderError(Tr::tr("invalid base64 provided to %1").arg(u"base64_decode"_s));
    return utf8Text(*bytes, call);
}

FilterResult filterBase64UrlSafeDecode(const FilterCall &call)
{
    const Result<QString> input = textOf(call.input, call);
    if (!input)
        return input.error();
    QByteArray text = input->toUtf8();
    // Base64.urlsafe_decode64: unpadded input is padded, then - and _ read as + and /.
    if (!text.endsWith('=') && text.size() % 4 != 0)
        text.append(4 - text.size() % 4, '=');
    text.replace('-', '+').replace('_', '/');
    const std::optional<QByteArray> bytes = strictBase64Decode(text);
    if (!bytes)
        return renderError(Tr::tr("invalid base64 provided to %1").arg(u"base64_url_safe_decode"_s));
    return utf8Text(*bytes, call);
}

FilterResult filterStripHtml(const FilterCall &call)
{
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    if (!text.contains(u'<'))
        return TemplateValue(text);
    // First the blocks (<script…</script>, <!--…-->, <style…</style>, case-sensitive as in
    // Liquid), then every <…>. A closer not found once is not found later either, which keeps
    // this linear.
    struct Block
    {
        QStringView open;
        QStringView close;
        bool missing = false;
    };
    std::array<Block, 3> blocks{Block{u"<script", u"</script>"},
                                Block{u"<!--", u"-->"},
                                Block{u"<style", u"</style>"}};
    QString withoutBlocks;
    qsizetype copied = 0;
    qsizetype i = text.indexOf(u'<');
    while (i >= 0 && i < text.size()) {
        qsizetype next = i + 1;
        for (Block &block : blocks) {
            if (block.missing || !QStringView(text).sliced(i).startsWith(block.open))
                continue;
            const qsizetype close = text.indexOf(block.close, i + block.open.size());
            if (close < 0) {
                block.missing = true;
                break;
            }
            withoutBlocks += QStringView(text).sliced(copied, i - copied);
            copied = close + block.close.size();
            next = copied;
            break;
        }
        i = text.indexOf(u'<', next);
    }
    withoutBlocks += QStringView(text).sliced(copied);
    QString out;
    out.reserve(withoutBlocks.size());
    copied = 0;
    i = withoutBlocks.indexOf(u'<');
    while (i >= 0) {
        const qsizetype close = withoutBlocks.indexOf(u'>', i + 1);
        if (close < 0)
            break;
        out += QStringView(withoutBlocks).sliced(copied, i - copied);
        copied = close + 1;
        i = withoutBlocks.indexOf(u'<', copied);
    }
    out += QStringView(withoutBlocks).sliced(copied);
    return TemplateValue(std::move(out));
}

/// gsub(/\r?\n/, replacement).
FilterResult replaceNewlines(const FilterCall &call, QStringView replacement)
{
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    if (!text.contains(u'\n'))
        return TemplateValue(text);
    const qsizetype limit = call.environment.maxStringLength;
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\n')
            continue;
        const qsizetype matchStart = (i > copied && text[i - 1] == u'\r') ? i - 1 : i;
        out += QStringView(text).sliced(copied, matchStart - copied);
        out += replacement;
        copied = i + 1;
        if (out.size() > limit)
            return tooLongError(limit);
    }
    out += QStringView(text).sliced(copied);
    return textResult(std::move(out), call);
}

FilterResult filterStripNewlines(const FilterCall &call)
{
    return replaceNewlines(call, u"");
}

FilterResult filterNewlineToBr(const FilterCall &call)
{
    return replaceNewlines(call, u"<br />\n");
}

/// A replacement string as Ruby's sub/gsub read it: \0 and \& are the match, \` and \' the
/// text before and after it, \\ a backslash, \1…\9 (no groups in a string pattern) nothing.
struct Replacement
{
    enum Kind { Literal, Match, Before, After };
    struct Part
    {
        Kind kind;
        QString text;
    };
    QList<Part> parts;
    bool plain = true;
};

Result<Replacement> parseReplacement(const QString &text)
{
    Replacement r;
    if (!text.contains(u'\\')) {
        r.parts.append(Replacement::Part{Replacement::Literal, text});
        return r;
    }
    r.plain = false;
    QString literal;
    const auto flush = [&] {
        if (!literal.isEmpty())
            r.parts.append(
                Replacement::Part{Replacement::Literal, std::exchange(literal, QString())});
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            literal += c;
            continue;
        }
        const QChar next = text[++i];
        switch (next.unicode()) {
        case u'0':
        case u'&':
            flush();
            r.parts.append(Replacement::Part{Replacement::Match, QString()});
            break;
        case u'`':
            flush();
            r.parts.append(Replacement::Part{Replacement::Before, QString()});
            break;
        case u'\'':
            flush();
            r.parts.append(Replacement::Part{Replacement::After, QString()});
            break;
        case u'\\':
            literal += u'\\';
            break;
        case u'k':
            if (i + 1 < text.size() && text[i + 1] == u'<') {
                const qsizetype close = text.indexOf(u'>', i + 2);
                if (close < 0)
                    return renderError(Tr::tr("invalid group name reference format"));
                return renderError(Tr::tr("undefined group name reference: %1")
                                       .arg(text.mid(i + 2, close - i - 2)));
            }
            literal += u'\\';
            literal += next;
            break;
        default:
            if (next.unicode() >= u'1' && next.unicode() <= u'9')
                break;
            literal += u'\\';
            literal += next;
            break;
        }
    }
    flush();
    return r;
}

bool appendReplacement(QString &out,
                       const Replacement &replacement,
                       QStringView subject,
                       qsizetype matchStart,
                       qsizetype matchLength,
                       qsizetype limit)
{
    for (const Replacement::Part &part : replacement.parts) {
        switch (part.kind) {
        case Replacement::Literal:
            out += part.text;
            break;
        case Replacement::Match:
            out += subject.sliced(matchStart, matchLength);
            break;
        case Replacement::Before:
            out += subject.first(matchStart);
            break;
        case Replacement::After:
            out += subject.sliced(matchStart + matchLength);
            break;
        }
        if (out.size() > limit)
            return false;
    }
    return true;
}

/// gsub (all = true) or sub with a string pattern.
FilterResult substitute(const FilterCall &call,
                        const TemplateValue &patternValue,
                        const QString &replacementText,
                        bool all)
{
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    const Result<QString> patternText = textOf(patternValue, call);
    if (!patternText)
        return patternText.error();
    const QString &pattern = *patternText;
    const qsizetype limit = call.environment.maxStringLength;
    const Result<Replacement> replacement = parseReplacement(replacementText);
    if (!replacement)
        return replacement.error();
    qsizetype at = text.indexOf(pattern);
    if (at < 0)
        return TemplateValue(text);
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    while (at >= 0) {
        out += QStringView(text).sliced(copied, at - copied);
        if (!appendReplacement(out, *replacement, text, at, pattern.size(), limit))
            return tooLongError(limit);
        copied = at + pattern.size();
        if (!all)
            break;
        if (pattern.isEmpty()) {
            // An empty pattern matches between every two characters and at the end.
            if (copied == text.size())
                break;
            const qsizetype next = advanceCodePoints(text, copied, 1);
            out += QStringView(text).sliced(copied, next - copied);
            copied = next;
            at = next;
        } else {
            at = text.indexOf(pattern, copied);
        }
    }
    out += QStringView(text).sliced(copied);
    return textResult(std::move(out), call);
}

FilterResult filterReplace(const FilterCall &call)
{
    const Result<QString> replacement = call.args.size() > 1 ? textOf(call.args.at(1), call)
                                                             : Result<QString>(QString());
    if (!replacement)
        return replacement.error();
    return substitute(call, call.args.at(0), *replacement, true);
}

FilterResult filterReplaceFirst(const FilterCall &call)
{
    const Result<QString> replacement = call.args.size() > 1 ? textOf(call.args.at(1), call)
                                                             : Result<QString>(QString());
    if (!replacement)
        return replacement.error();
    return substitute(call, call.args.at(0), *replacement, false);
}

FilterResult replaceLast(const FilterCall &call, const QString &replacement)
{
    // rindex and []=: no backslash sequences here.
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    const Result<QString> patternText = textOf(call.args.at(0), call);
    if (!patternText)
        return patternText.error();
    const QString &pattern = *patternText;
    const qsizetype at = text.lastIndexOf(pattern);
    if (at < 0)
        return TemplateValue(text);
    QString out = text;
    out.replace(at, pattern.size(), replacement);
    return textResult(std::move(out), call);
}

FilterResult filterReplaceLast(const FilterCall &call)
{
    const Result<QString> replacement = textOf(call.args.at(1), call);
    if (!replacement)
        return replacement.error();
    return replaceLast(call, *replacement);
}

FilterResult filterRemove(const FilterCall &call)
{
    return substitute(call, call.args.at(0), QString(), true);
}

FilterResult filterRemoveFirst(const FilterCall &call)
{
    return substitute(call, call.args.at(0), QString(), false);
}

FilterResult filterRemoveLast(const FilterCall &call)
{
    return replaceLast(call, QString());
}

FilterResult filterSplit(const FilterCall &call)
{
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    const Result<QString> separatorText = textOf(call.args.at(0), call);
    if (!separatorText)
        return separatorText.error();
    const QString &separator = *separatorText;
    TemplateValue::Array out;
    if (separator == u" ") {
        // awk-style: runs of whitespace separate, leading and trailing ones are ignored.
        qsizetype i = 0;
        while (i < text.size()) {
            while (i < text.size() && isRubySpace(text[i].unicode()))
                ++i;
            const qsizetype start = i;
            while (i < text.size() && !isRubySpace(text[i].unicode()))
                ++i;
            if (i > start)
                out.append(TemplateValue(text.mid(start, i - start)));
        }
        return TemplateValue(std::move(out));
    }
    if (separator.isEmpty()) {
        for (qsizetype i = 0; i < text.size();) {
            const qsizetype next = advanceCodePoints(text, i, 1);
            out.append(TemplateValue(text.mid(i, next - i)));
            i = next;
        }
        return TemplateValue(std::move(out));
    }
    qsizetype start = 0;
    while (true) {
        const qsizetype at = text.indexOf(separator, start);
        if (at < 0) {
            out.append(TemplateValue(text.mid(start)));
            break;
        }
        out.append(TemplateValue(text.mid(start, at - start)));
        start = at + separator.size();
    }
    // Ruby drops the empty strings at the end.
    while (!out.isEmpty() && out.last().string().isEmpty())
        out.removeLast();
    return TemplateValue(std::move(out));
}

FilterResult filterTruncate(const FilterCall &call)
{
    if (call.input.isNil())
        return TemplateValue();
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    qint64 length = 50;
    if (!call.args.isEmpty()) {
        const Result<qint64> given = toInteger(call.args.at(0));
        if (!given)
            return given.error();
        length = *given;
    }
    const Result<QString> ellipsisText = call.args.size() > 1 ? textOf(call.args.at(1), call)
                                                              : Result<QString>(u"..."_s);
    if (!ellipsisText)
        return ellipsisText.error();
    const QString &ellipsis = *ellipsisText;
    if (codePointCount(text) <= length)
        return TemplateValue(text);
    const qint64 ellipsisLength = codePointCount(ellipsis);
    const qint64 keep = length < ellipsisLength ? 0 : length - ellipsisLength;
    const qsizetype end = advanceCodePoints(text, 0, keep);
    return textResult(text.first(end) + ellipsis, call);
}

FilterResult filterTruncatewords(const FilterCall &call)
{
    if (call.input.isNil())
        return TemplateValue();
    const Result<QString> inputText = textOf(call.input, call);
    if (!inputText)
        return inputText.error();
    const QString &text = *inputText;
    qint64 words = 15;
    if (!call.args.isEmpty()) {
        const Result<qint64> given = toInteger(call.args.at(0));
        if (!given)
            return given.error();
        words = *given;
    }
    if (words <= 0)
        words = 1;
    // Ruby passes words + 1 to String#split as a C int.
    if (words >= INT_MAX)
        return renderError(Tr::tr("integer %1 too big for truncatewords").arg(words));
    // Ruby splits with a limit of words + 1 and truncates when that gives more than `words`
    // parts: when `words` words are each followed by whitespace (the rest, even empty, is the
    // last part). So "one two " truncates at two words, "one two" does not.
    QStringList kept;
    qsizetype i = 0;
    while (i < text.size() && isRubySpace(text[i].unicode()))
        ++i;
    while (i < text.size() && kept.size() < words) {
        const qsizetype start = i;
        while (i < text.size() && !isRubySpace(text[i].unicode()))
            ++i;
        if (i == text.size())
            break; // the last word, not followed by whitespace: the rest
        kept.append(text.mid(start, i - start));
        while (i < text.size() && isRubySpace(text[i].unicode()))
            ++i;
    }
    if (kept.size() < words)
        return TemplateValue(text);
    const Result<QString> ellipsisText = call.args.size() > 1 ? textOf(call.args.at(1), call)
                                                              : Result<QString>(u"..."_s);
    if (!ellipsisText)
        return ellipsisText.error();
    const QString &ellipsis = *ellipsisText;
    return textResult(kept.join(u' ') + ellipsis, call);
}

FilterResult filterDefault(const FilterCall &call)
{
    bool allowFalse = false;
    for (const auto &[name, value] : call.named) {
        if (name == u"allow_false")
            allowFalse = value.truthy();
    }
    if (call.args.size() > 1) {
        // Ruby passes named arguments as one more positional hash: both cannot be given.
        if (!call.named.isEmpty())
            return renderError(Tr::tr("wrong number of arguments (given %1, expected 1..3)")
                                   .arg(call.args.size() + 2));
        // A hash as the second argument is Ruby's options hash; anything else is ignored.
        allowFalse = call.args.at(1).member(u"allow_false").truthy();
    }
    const TemplateValue &input = call.input;
    const bool missing = allowFalse ? input.isNil() : !input.truthy();
    const bool empty = (input.isString() || input.isArray() || input.isObject()) && input.empty();
    if (missing || empty)
        return call.args.isEmpty() ? TemplateValue(QString()) : call.args.at(0);
    return input;
}

FilterResult filterJson(const FilterCall &call)
{
    Result<QString> json = jsonTextOf(call.input, call.environment.maxStringLength);
    if (!json)
        return json.error();
    return TemplateValue(std::move(json).value());
}

FilterResult filterJsonEscape(const FilterCall &call)
{
    const Result<QString> text = textOf(call.input, call);
    if (!text)
        return text.error();
    // The inside of a JSON string, escaped as the renderer's JSON is (U+2028/2029 included).
    QString out;
    out.reserve(text->size());
    JsonWriter::appendJsonStringContent(out, *text);
    return textResult(std::move(out), call);
}

// ---------------------------------------------------------------------------------------------
// Dates: Liquid's Utils.to_date (Time.parse for strings) and Ruby's Time#strftime.

/// A point in time as Ruby's Time holds it, with the offset it is shown in.
struct TimeValue
{
    qint64 seconds = 0; ///< since the epoch
    qint32 nanoseconds = 0;
    qint32 offset = 0; ///< seconds east of UTC
    bool utc = false;  ///< Ruby's utc?: "%-z" prints -0000
    QString zone;      ///< %Z: "UTC", empty for a fixed offset
};

struct CivilTime
{
    qint64 year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int wday = 4; ///< 0 = Sunday
    int yday = 1; ///< 1…366
};

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}

bool isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilTime civilFromLocalSeconds(qint64 localSeconds)
{
    CivilTime c;
    const qint64 days = floorDiv(localSeconds, 86400);
    const qint64 secondOfDay = floorMod(localSeconds, 86400);
    c.hour = int(secondOfDay / 3600);
    c.minute = int(secondOfDay / 60 % 60);
    c.second = int(secondOfDay % 60);
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    c.year = yoe + era * 400 + (c.month <= 2 ? 1 : 0);
    c.wday = int(floorMod(days + 4, 7));
    c.yday = int(days - daysFromCivil(c.year, 1, 1) + 1);
    return c;
}

/// Years far outside any calendar anyone means are refused rather than overflowing.
constexpr qint64 MaxYear = 100000000;

TimeValue timeFromNow(const FilterEnvironment &environment)
{
    const QDateTime now = environment.now.isValid() ? environment.now
                                                    : QDateTime::currentDateTimeUtc();
    const qint64 ms = now.toMSecsSinceEpoch();
    TimeValue t;
    t.seconds = floorDiv(ms, 1000);
    t.nanoseconds = qint32(floorMod(ms, 1000) * 1000000);
    switch (now.timeSpec()) {
    case Qt::OffsetFromUTC:
        t.offset = now.offsetFromUtc();
        t.zone = t.offset == 0 ? u"UTC"_s : QString();
        break;
    case Qt::TimeZone:
        t.offset = now.offsetFromUtc();
        t.zone = now.timeZoneAbbreviation();
        break;
    default:
        // Ruby's Time.now is in the process's zone; ours is UTC.
        t.zone = u"UTC"_s;
        break;
    }
    return t;
}

/// Time.zone_offset: ±hh[:]mm[:ss], ±hh, or the few names Ruby's Time knows.
std::optional<qint32> rubyZoneOffset(const QString &zone)
{
    const QString upper = zone.toUpper();
    // \A([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?\z or \A[+-]\d\d\z
    const auto twoDigits = [&](qsizetype at) -> int {
        if (at + 2 > upper.size() || !isAsciiDigit(upper[at].unicode())
            || !isAsciiDigit(upper[at + 1].unicode()))
            return -1;
        return (upper[at].unicode() - u'0') * 10 + (upper[at + 1].unicode() - u'0');
    };
    if (!upper.isEmpty() && (upper[0] == u'+' || upper[0] == u'-')) {
        const int sign = upper[0] == u'-' ? -1 : 1;
        const int hours = twoDigits(1);
        if (hours >= 0 && upper.size() == 3)
            return sign * hours * 3600;
        const bool colon = upper.size() > 3 && upper[3] == u':';
        const qsizetype minutesAt = colon ? 4 : 3;
        const int minutes = twoDigits(minutesAt);
        if (hours >= 0 && minutes >= 0) {
            const qsizetype end = minutesAt + 2;
            if (upper.size() == end)
                return sign * (hours * 60 + minutes) * 60;
            const bool secondColon = upper.size() > end && upper[end] == u':';
            const int seconds = twoDigits(end + (colon ? 1 : 0));
            if (secondColon == colon && seconds >= 0 && upper.size() == end + (colon ? 3 : 2))
                return sign * ((hours * 60 + minutes) * 60 + seconds);
        }
        return std::nullopt;
    }
    static const QHash<QString, int> names{
        {u"UTC"_s, 0},  {u"Z"_s, 0},    {u"UT"_s, 0},   {u"GMT"_s, 0},  {u"EST"_s, -5},
        {u"EDT"_s, -4}, {u"CST"_s, -6}, {u"CDT"_s, -5}, {u"MST"_s, -7}, {u"MDT"_s, -6},
        {u"PST"_s, -8}, {u"PDT"_s, -7}, {u"A"_s, 1},    {u"B"_s, 2},    {u"C"_s, 3},
        {u"D"_s, 4},    {u"E"_s, 5},    {u"F"_s, 6},    {u"G"_s, 7},    {u"H"_s, 8},
        {u"I"_s, 9},    {u"K"_s, 10},   {u"L"_s, 11},   {u"M"_s, 12},   {u"N"_s, -1},
        {u"O"_s, -2},   {u"P"_s, -3},   {u"Q"_s, -4},   {u"R"_s, -5},   {u"S"_s, -6},
        {u"T"_s, -7},   {u"U"_s, -8},   {u"V"_s, -9},   {u"W"_s, -10},  {u"X"_s, -11},
        {u"Y"_s, -12},
    };
    if (const auto it = names.constFind(upper); it != names.cend())
        return *it * 3600;
    return std::nullopt;
}

/// The parts Time.parse found.
struct ParsedTime
{
    std::optional<qint64> year;
    std::optional<int> month;
    std::optional<int> day;
    std::optional<int> yearDay; ///< 2026-324
    std::optional<int> hour;
    std::optional<int> minute;
    std::optional<int> second;
    std::optional<qint32> nanoseconds;
    QString zone;
};

int monthFromName(QStringView name)
{
    static constexpr std::array<std::u16string_view, 12> months{u"jan",
                                                                u"feb",
                                                                u"mar",
                                                                u"apr",
                                                                u"may",
                                                                u"jun",
                                                                u"jul",
                                                                u"aug",
                                                                u"sep",
                                                                u"oct",
                                                                u"nov",
                                                                u"dec"};
    for (size_t i = 0; i < months.size(); ++i) {
        if (name.startsWith(QStringView(months[i])))
            return int(i) + 1;
    }
    return 0;
}

std::optional<qint64> parseYear(const QString &text)
{
    bool ok = false;
    const qint64 year = text.toLongLong(&ok);
    if (!ok || year > MaxYear || year < -MaxYear)
        return std::nullopt;
    return year;
}

qint32 fractionToNanoseconds(QStringView digits)
{
    qint32 ns = 0;
    for (qsizetype i = 0; i < 9; ++i)
        ns = ns * 10 + (i < digits.size() ? digits[i].unicode() - u'0' : 0);
    return ns;
}

/// Sets the time of day from a match: hour, minute, second, fraction, and "a" or "p".
void applyTimeOfDay(ParsedTime &p,
                    const QString &hour,
                    const QString &minute,
                    const QString &second,
                    const QString &fraction,
                    const QString &meridian)
{
    int h = hour.toInt();
    if (!meridian.isEmpty())
        h = h % 12 + (meridian == u"p" ? 12 : 0);
    p.hour = h;
    if (!minute.isEmpty())
        p.minute = minute.toInt();
    if (!second.isEmpty())
        p.second = second.toInt();
    if (!fraction.isEmpty())
        p.nanoseconds = fractionToNanoseconds(fraction);
}

/// The date and time forms people write, parsed the way Ruby's Time.parse reads them:
/// ISO 8601 (2026-11-20T09:30:00+09:00, 20261120T093000Z), RFC 2822 (Fri, 20 Nov 2026
/// 09:30:00 +0900), "2026-11-20 09:30", "Nov 20, 2026 9:30 PM", "20 November 2026",
/// 2026/11/20, 20/11/2026, 20.11.2026, asctime, or a time alone (today's date). Ruby's
/// heuristics accept much more (and much garbage); other text is not a date here.
/// The common case without regular expressions: 2026-11-20, 2026-11-20T09:30,
/// 2026-11-20 09:30:00.123Z, 2026-11-20T09:30:00+09:00. It reads them as the general parser
/// does and gives up on anything else.
std::optional<ParsedTime> parseIsoDateText(QStringView s)
{
    qsizetype i = 0;
    const auto digits = [&](qsizetype count) -> std::optional<int> {
        if (i + count > s.size())
            return std::nullopt;
        int value = 0;
        for (qsizetype k = 0; k < count; ++k) {
            const char16_t c = s[i + k].unicode();
            if (!isAsciiDigit(c))
                return std::nullopt;
            value = value * 10 + (c - u'0');
        }
        i += count;
        return value;
    };
    const auto take = [&](char16_t c) {
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    };
    ParsedTime p;
    const auto year = digits(4);
    if (!year || !take(u'-'))
        return std::nullopt;
    const auto month = digits(2);
    if (!month || !take(u'-'))
        return std::nullopt;
    const auto day = digits(2);
    if (!day
        || (i < s.size() && i + 1 < s.size() && isAsciiDigit(s[i + 1].unicode())
            && isAsciiDigit(s[i].unicode())))
        return std::nullopt;
    p.year = *year;
    p.month = *month;
    p.day = *day;
    if (i == s.size())
        return p;
    if (!take(u'T') && !take(u't') && !take(u' '))
        return std::nullopt;
    const auto hour = digits(2);
    if (!hour || !take(u':'))
        return std::nullopt;
    const auto minute = digits(2);
    if (!minute)
        return std::nullopt;
    p.hour = *hour;
    p.minute = *minute;
    if (take(u':')) {
        const auto second = digits(2);
        if (!second)
            return std::nullopt;
        p.second = *second;
        if (take(u'.')) {
            const qsizetype start = i;
            while (i < s.size() && isAsciiDigit(s[i].unicode()))
                ++i;
            if (i > start)
                p.nanoseconds = fractionToNanoseconds(s.sliced(start, i - start));
        }
    }
    if (i == s.size())
        return p;
    if (s[i] == u'Z' || s[i] == u'z') {
        if (i + 1 != s.size())
            return std::nullopt;
        p.zone = u"z"_s;
        return p;
    }
    if (s[i] != u'+' && s[i] != u'-')
        return std::nullopt;
    const qsizetype zoneStart = i++;
    if (!digits(2))
        return std::nullopt;
    if (i < s.size()) {
        take(u':');
        if (!digits(2) || i != s.size())
            return std::nullopt;
    }
    p.zone = s.sliced(zoneStart).toString();
    return p;
}

std::optional<ParsedTime> parseDateText(const QString &input)
{
    // Date._parse refuses strings longer than 128 characters.
    if (input.size() > 128)
        return std::nullopt;
    if (std::optional<ParsedTime> iso = parseIsoDateText(input))
        return iso;
    QString s;
    s.reserve(input.size());
    for (const QChar ch : input) {
        const char16_t c = ch.unicode();
        if (c >= 0x80)
            return std::nullopt;
        // Date._parse turns everything but these into spaces.
        const bool kept = isAsciiAlnum(c) || c == u'-' || c == u'+' || c == u'\'' || c == u','
                          || c == u'.' || c == u'/' || c == u':' || c == u'@' || c == u'['
                          || c == u']';
        s += kept ? QChar(asciiLower(c)) : QChar(u' ');
    }
    ParsedTime p;
    static const QRegularExpression compact(
        u"\\A\\s*(\\d{4})(\\d\\d)(\\d\\d)(?:t(\\d\\d)(\\d\\d)(?:(\\d\\d)(?:[.,](\\d+))?)?"
        "\\s*(z|[-+]\\d\\d(?:\\d\\d)?)?)?\\s*\\z"_s);
    if (const QRegularExpressionMatch m = compact.match(s); m.hasMatch()) {
        p.year = m.captured(1).toLongLong();
        p.month = m.captured(2).toInt();
        p.day = m.captured(3).toInt();
        if (m.hasCaptured(4)) {
            applyTimeOfDay(p, m.captured(4), m.captured(5), m.captured(6), m.captured(7), {});
            p.zone = m.captured(8);
        }
        return p;
    }

    static const QRegularExpression weekday(
        u"\\b(?:sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?"
        "|fri(?:day)?|sat(?:urday)?)\\b\\.?,?"_s);
    if (const QRegularExpressionMatch m = weekday.match(s); m.hasMatch())
        s.replace(m.capturedStart(), m.capturedLength(), u' ');

    // A time of day, optionally with a zone: 09:30, 9:30:15.25, 9:30 pm, 9pm, 09:30:00+09:00.
    static const QString zonePattern
        = u"(z\\b|(?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?|[a-z]+\\b)"_s;
    // The T of 2026-11-20T09:30 (or 20 NovT09:30) belongs to the time.
    static const QString start = u"(?:(?<=[\\da-z.])(t)|(?<![\\d:.+-]))"_s;
    static const QRegularExpression clock(
        start
        + u"(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d*))?)?(?![\\d])"
          "(?:\\s*([ap])(?:m\\b|\\.m\\.))?(?:\\s*"_s
        + zonePattern + u")?"_s);
    static const QRegularExpression hourOnly(
        start + u"(\\d{1,2})\\s*([ap])(?:m\\b|\\.m\\.)(?:\\s*"_s + zonePattern + u")?"_s);
    QString before = s;
    QString after;
    bool hasTime = false;
    bool hasT = false;
    if (const QRegularExpressionMatch m = clock.match(s); m.hasMatch()) {
        applyTimeOfDay(p, m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6));
        p.zone = m.captured(7);
        hasT = m.hasCaptured(1);
        before = s.first(m.capturedStart());
        after = s.sliced(m.capturedEnd());
        hasTime = true;
    } else if (const QRegularExpressionMatch h = hourOnly.match(s); h.hasMatch()) {
        applyTimeOfDay(p, h.captured(2), {}, {}, {}, h.captured(3));
        p.zone = h.captured(4);
        hasT = h.hasCaptured(1);
        before = s.first(h.capturedStart());
        after = s.sliced(h.capturedEnd());
        hasTime = true;
    }
    // Ruby reads "20261120, 09:30" differently from "20261120 09:30".
    const bool hadComma = before.contains(u',');
    const auto tidy = [](QString text) {
        text.replace(u',', u' ');
        static const QRegularExpression connector(u"(?:^|\\s)(?:at|@)(?=\\s|$)"_s);
        text.replace(connector, u" "_s);
        return text.simplified();
    };
    before = tidy(before);
    after = tidy(after);

    static const QString month
        = u"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"_s;
    static const QRegularExpression isoDate(u"\\A([-+]?\\d{4,9})-(\\d{1,2})-(\\d{1,2})\\z"_s);
    static const QRegularExpression yearFirst(u"\\A(\\d{4,9})([/.])(\\d{1,2})\\2(\\d{1,2})\\z"_s);
    static const QRegularExpression dayFirst(u"\\A(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4,9})\\z"_s);
    static const QRegularExpression dayMonth(u"\\A(\\d{1,2})(?:st|nd|rd|th)? "_s + month
                                             + u"(?: (\\d{4,9}))?\\z"_s);
    static const QRegularExpression monthDay(u"\\A"_s + month
                                             + u" (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4,9}))?\\z"_s);
    static const QRegularExpression yearOnly(u"\\A(\\d{4,9})\\z"_s);
    static const QRegularExpression compactDate(u"\\A(\\d{4})(\\d\\d)(\\d\\d)\\z"_s);
    static const QRegularExpression ordinalDate(u"\\A([-+]?\\d{4,9})-(\\d{3})\\z"_s);

    if (!after.isEmpty()) {
        // asctime puts the year after the time: Fri Nov 20 09:30:00 UTC 2026.
        const QRegularExpressionMatch y = yearOnly.match(after);
        const QRegularExpressionMatch md = monthDay.match(before);
        if (!y.hasMatch() || !md.hasMatch() || md.hasCaptured(3))
            return std::nullopt;
        before += u' ' + after;
    }
    if (before.isEmpty())
        return hasTime ? std::optional(p) : std::nullopt;
    if (const QRegularExpressionMatch m = isoDate.match(before); m.hasMatch()) {
        if (!(p.year = parseYear(m.captured(1))))
            return std::nullopt;
        p.month = m.captured(2).toInt();
        p.day = m.captured(3).toInt();
    } else if (const QRegularExpressionMatch m = compactDate.match(before);
               m.hasMatch() && !hadComma) {
        if (!(p.year = parseYear(m.captured(1))))
            return std::nullopt;
        p.month = m.captured(2).toInt();
        p.day = m.captured(3).toInt();
    } else if (const QRegularExpressionMatch m = ordinalDate.match(before); m.hasMatch() && !hasT) {
        if (!(p.year = parseYear(m.captured(1))))
            return std::nullopt;
        p.yearDay = m.captured(2).toInt();
    } else if (const QRegularExpressionMatch m = yearFirst.match(before); m.hasMatch()) {
        if (!(p.year = parseYear(m.captured(1))))
            return std::nullopt;
        p.month = m.captured(3).toInt();
        p.day = m.captured(4).toInt();
    } else if (const QRegularExpressionMatch m = dayFirst.match(before); m.hasMatch()) {
        p.day = m.captured(1).toInt();
        p.month = m.captured(3).toInt();
        if (!(p.year = parseYear(m.captured(4))))
            return std::nullopt;
    } else if (const QRegularExpressionMatch m = dayMonth.match(before); m.hasMatch()) {
        p.day = m.captured(1).toInt();
        p.month = monthFromName(m.captured(2));
        if (m.hasCaptured(3) && !(p.year = parseYear(m.captured(3))))
            return std::nullopt;
    } else if (const QRegularExpressionMatch m = monthDay.match(before); m.hasMatch()) {
        p.month = monthFromName(m.captured(1));
        p.day = m.captured(2).toInt();
        if (m.hasCaptured(3) && !(p.year = parseYear(m.captured(3))))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return p;
}

int rubyMonthDays(qint64 year, qint64 month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year))
        return 29;
    // Ruby indexes an array with mon - 1: 0 reads December, 13 and up read nothing.
    if (month == 0)
        return 31;
    return (month >= 1 && month <= 12) ? days[month - 1] : 0;
}

/// Time.parse's apply_offset: local fields to UTC fields, carrying only the units the offset
/// touches, and at most one day (so "24:40+09:00" is accepted, and Feb 30 - 1 day is Feb 29).
void applyOffset(qint64 &year,
                 qint64 &month,
                 qint64 &day,
                 qint64 &hour,
                 qint64 &minute,
                 qint64 &second,
                 qint64 offset)
{
    if (offset == 0)
        return;
    if (offset < 0) {
        qint64 off = -offset;
        qint64 o = floorMod(off, 60);
        off = floorDiv(off, 60);
        if (o != 0) {
            second += o;
            off += floorDiv(second, 60);
            second = floorMod(second, 60);
        }
        o = floorMod(off, 60);
        off = floorDiv(off, 60);
        if (o != 0) {
            minute += o;
            off += floorDiv(minute, 60);
            minute = floorMod(minute, 60);
        }
        o = floorMod(off, 24);
        off = floorDiv(off, 24);
        if (o != 0) {
            hour += o;
            off += floorDiv(hour, 24);
            hour = floorMod(hour, 24);
        }
        if (off != 0) {
            day += off;
            const int days = rubyMonthDays(year, month);
            if (days != 0 && days < day) {
                if (++month > 12) {
                    month = 1;
                    ++year;
                }
                day = 1;
            }
        }
    } else {
        qint64 off = offset;
        qint64 o = floorMod(off, 60);
        off = floorDiv(off, 60);
        if (o != 0) {
            second -= o;
            off -= floorDiv(second, 60);
            second = floorMod(second, 60);
        }
        o = floorMod(off, 60);
        off = floorDiv(off, 60);
        if (o != 0) {
            minute -= o;
            off -= floorDiv(minute, 60);
            minute = floorMod(minute, 60);
        }
        o = floorMod(off, 24);
        off = floorDiv(off, 24);
        if (o != 0) {
            hour -= o;
            off -= floorDiv(hour, 24);
            hour = floorMod(hour, 24);
        }
        if (off != 0) {
            day -= off;
            if (day < 1) {
                if (--month < 1) {
                    --year;
                    month = 12;
                }
                day = rubyMonthDays(year, month);
            }
        }
    }
}

/// Time.parse's make_time: missing leading parts come from now (in the string's offset),
/// then apply_offset and Time.utc's range checks and roll-overs (Feb 30 is Mar 2).
std::optional<TimeValue> makeTime(const ParsedTime &p, const FilterEnvironment &environment)
{
    std::optional<qint32> offset;
    bool utc = false;
    if (!p.zone.isEmpty()) {
        offset = rubyZoneOffset(p.zone);
        // Time.parse's zone_utc?: these mean UTC itself, not a zone that is at UTC now.
        for (const QStringView name : {u"-00:00", u"-0000", u"-00", u"utc", u"z", u"ut"})
            utc = utc || p.zone.compare(name, Qt::CaseInsensitive) == 0;
    }
    CivilTime now;
    if (!p.year) {
        const TimeValue nowTime = timeFromNow(environment);
        now = civilFromLocalSeconds(nowTime.seconds + offset.value_or(0));
    }
    qint64 year = 1970;
    qint64 month = 1;
    qint64 day = 1;
    if (p.year) {
        year = *p.year;
        month = p.month.value_or(1);
        day = p.day.value_or(1);
    } else if (p.month) {
        year = now.year;
        month = *p.month;
        day = p.day.value_or(1);
    } else {
        year = now.year;
        month = now.month;
        day = now.day;
    }
    if (p.yearDay) {
        const int daysInYear = isLeapYear(year) ? 366 : 365;
        // Ruby finds the date of a year day by trial, which goes astray past 24:00.
        if (*p.yearDay < 1 || *p.yearDay > daysInYear || p.hour.value_or(0) >= 24)
            return std::nullopt;
        const CivilTime date = civilFromLocalSeconds((daysFromCivil(year, 1, 1) + *p.yearDay - 1)
                                                     * 86400);
        month = date.month;
        day = date.day;
    }
    qint64 hour = p.hour.value_or(0);
    qint64 minute = p.minute.value_or(0);
    qint64 second = p.second.value_or(0);
    if (year > MaxYear || year < -MaxYear)
        return std::nullopt;
    if (offset)
        applyOffset(year, month, day, hour, minute, second, *offset);
    // Time.utc's checks; days past the month's end and a leap second roll over.
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 24 || minute < 0
        || minute > 59 || second < 0 || second > 60 || (hour == 24 && (minute > 0 || second > 0)))
        return std::nullopt;
    if (offset && *offset != 0 && !utc && (*offset >= 86400 || *offset <= -86400))
        return std::nullopt; // Time#localtime: "utc_offset out of range"
    TimeValue t;
    t.seconds = (daysFromCivil(year, int(month), 1) + day - 1) * 86400 + hour * 3600 + minute * 60
                + second;
    t.nanoseconds = p.nanoseconds.value_or(0);
    t.utc = utc;
    t.offset = utc ? 0 : offset.value_or(0);
    // The process zone is UTC: an offset of zero reads as local time, any other is fixed.
    t.zone = t.offset == 0 ? u"UTC"_s : QString();
    return t;
}

/// Liquid's Utils.to_date.
std::optional<TimeValue> toTime(const TemplateValue &input, const FilterEnvironment &environment)
{
    const auto fromSeconds = [](qint64 seconds) {
        TimeValue t;
        t.seconds = seconds;
        t.zone = u"UTC"_s;
        return t;
    };
    if (input.isInt())
        return fromSeconds(input.toInt());
    if (!input.isString() || input.string().isEmpty())
        return std::nullopt;
    const QString &text = input.string();
    if (text.compare(u"now", Qt::CaseInsensitive) == 0
        || text.compare(u"today", Qt::CaseInsensitive) == 0)
        return timeFromNow(environment);
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return isAsciiDigit(c.unicode()); })) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        if (!ok)
            return std::nullopt; // Ruby would take a Bignum
        return fromSeconds(seconds);
    }
    const std::optional<ParsedTime> parsed = parseDateText(text);
    if (!parsed)
        return std::nullopt;
    return makeTime(*parsed, environment);
}

qint64 localSeconds(const TimeValue &time)
{
    qint64 local = 0;
    if (__builtin_add_overflow(time.seconds, qint64(time.offset), &local))
        return time.seconds; // only at the very ends of the range: show UTC
    return local;
}

/// Ruby's Time#strftime (strftime.c): flags - _ 0 ^ #, a width, E and O modifiers, and
/// %:z … %:::z. A conversion it does not know is copied as it is; a format that ends inside
/// a conversion ("%", "%-") is invalid.
class RubyStrftime
{
public:
    enum class Status { Ok, Invalid, TooLong };

    RubyStrftime(const TimeValue &time, qsizetype maxLength)
        : m_time(time)
        , m_civil(civilFromLocalSeconds(localSeconds(time)))
        , m_maxLength(maxLength)
    {}

    Status format(QString &out, QStringView format) const;

private:
    enum Flag { Left = 1, ChangeCase = 2, Lower = 4, Upper = 8 };
    struct Spec
    {
        int precision = -1;
        int flags = 0;
        char16_t padding = 0;
    };

    bool number(QString &out,
                const Spec &spec,
                char16_t defaultPadding,
                int defaultPrecision,
                qint64 value) const;
    bool text(QString &out, const Spec &spec, QStringView value) const;
    Status composite(QString &out, const Spec &spec, QStringView format) const;
    bool zoneOffset(QString &out, Spec spec, int colons) const;
    int weekNumber(int firstWeekday) const;
    static int isoWeek(qint64 year, int yday0, int wday, int month, int mday);
    bool fits(const QString &out, qint64 more) const { return out.size() + more <= m_maxLength; }

    const TimeValue &m_time;
    CivilTime m_civil;
    qsizetype m_maxLength;
};

bool RubyStrftime::number(QString &out,
                          const Spec &spec,
                          char16_t defaultPadding,
                          int defaultPrecision,
                          qint64 value) const
{
    // printf("%0*ld") or ("%*ld"): the width counts the sign.
    const int width = (spec.flags & Left)
                          ? 1
                          : (spec.precision <= 0 ? defaultPrecision : spec.precision);
    const bool zeros = spec.padding == u'0' || (spec.padding == 0 && defaultPadding == u'0');
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    char16_t buffer[20];
    qsizetype count = 0;
    do {
        buffer[sizeof buffer / sizeof *buffer - 1 - count++] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    const QStringView digits(buffer + sizeof buffer / sizeof *buffer - count, count);
    const qint64 length = digits.size() + (value < 0 ? 1 : 0);
    const qint64 fill = std::max<qint64>(0, width - length);
    if (!fits(out, length + fill))
        return false;
    if (zeros) {
        if (value < 0)
            out += u'-';
        out.resize(out.size() + fill, u'0');
    } else {
        out.resize(out.size() + fill, u' ');
        if (value < 0)
            out += u'-';
    }
    out += digits;
    return true;
}

bool RubyStrftime::text(QString &out, const Spec &spec, QStringView value) const
{
    if (value.isEmpty())
        return true;
    if (!(spec.flags & Left) && spec.precision > value.size()) {
        if (!fits(out, spec.precision))
            return false;
        out += QString(spec.precision - value.size(), spec.padding ? QChar(spec.padding) : u' ');
    }
    if (!fits(out, value.size()))
        return false;
    const int mode = spec.flags & (Lower | Upper);
    for (const QChar c : value) {
        if (mode == Upper)
            out += QChar(asciiUpper(c.unicode()));
        else if (mode == Lower)
            out += QChar(asciiLower(c.unicode()));
        else
            out += c;
    }
    return true;
}

RubyStrftime::Status RubyStrftime::composite(QString &out,
                                             const Spec &spec,
                                             QStringView format) const
{
    const qsizetype start = out.size();
    const Status status = this->format(out, format);
    if (status != Status::Ok)
        return status;
    const int mode = spec.flags & (Lower | Upper);
    for (qsizetype i = start; i < out.size(); ++i) {
        if (mode == Upper)
            out[i] = QChar(asciiUpper(out[i].unicode()));
        else if (mode == Lower)
            out[i] = QChar(asciiLower(out[i].unicode()));
    }
    const qsizetype length = out.size() - start;
    if (spec.precision > length) {
        if (!fits(out, spec.precision))
            return Status::TooLong;
        out.insert(start,
                   QString(spec.precision - length,
                           spec.padding ? QChar(spec.padding) : QChar(u' ')));
    }
    return Status::Ok;
}

bool RubyStrftime::zoneOffset(QString &out, Spec spec, int colons) const
{
    qint64 offset = m_time.utc ? 0 : m_time.offset;
    int sign = 1;
    if (offset < 0 || (m_time.utc && (spec.flags & Left))) {
        // "-0000" for UTC with the - flag: RFC 3339's "offset unknown".
        offset = -offset;
        sign = -1;
    }
    int precision = spec.precision;
    switch (colons) {
    case 0:
        precision = precision <= 5 ? 2 : precision - 3;
        break;
    case 1:
        precision = precision <= 6 ? 2 : precision - 4;
        break;
    case 2:
        precision = precision <= 9 ? 2 : precision - 7;
        break;
    default:
        if (offset % 3600 == 0)
            precision = precision <= 3 ? 2 : precision - 1;
        else if (offset % 60 == 0)
            precision = precision <= 6 ? 2 : precision - 4;
        else
            precision = precision <= 9 ? 2 : precision - 7;
        break;
    }
    if (!fits(out, precision + 10))
        return false;
    const QString hours = QString::number(offset / 3600);
    const QChar signChar = sign < 0 ? u'-' : u'+';
    if (spec.padding == u' ') {
        // printf("%+*ld", precision + 1, …)
        const qsizetype fill = std::max<qsizetype>(0, precision + 1 - (hours.size() + 1));
        out += QString(fill, u' ');
        out += signChar;
        out += hours;
    } else {
        // printf("%+.*ld", precision, …)
        out += signChar;
        out += QString(std::max<qsizetype>(0, precision - hours.size()), u'0');
        out += hours;
    }
    offset %= 3600;
    if (colons == 3 && offset == 0)
        return true;
    if (colons >= 1)
        out += u':';
    out += QString::number(offset / 60).rightJustified(2, u'0');
    offset %= 60;
    if (colons == 3 && offset == 0)
        return true;
    if (colons >= 2) {
        out += u':';
        out += QString::number(offset).rightJustified(2, u'0');
    }
    return true;
}

int RubyStrftime::weekNumber(int firstWeekday) const
{
    int wday = m_civil.wday;
    if (firstWeekday == 1)
        wday = wday == 0 ? 6 : wday - 1;
    return std::max(0, (m_civil.yday - 1 + 7 - wday) / 7);
}

int RubyStrftime::isoWeek(qint64 year, int yday0, int wday, int month, int mday)
{
    const int mondayWday = wday == 0 ? 6 : wday - 1;
    int week = std::max(0, (yday0 + 7 - mondayWday) / 7);
    int jan1 = wday - yday0 % 7;
    if (jan1 < 0)
        jan1 += 7;
    switch (jan1) {
    case 1:
        break;
    case 2:
    case 3:
    case 4:
        ++week;
        break;
    default:
        if (week == 0) {
            // The last week of the year before.
            const int dec31Wday = jan1 == 0 ? 6 : jan1 - 1;
            week = isoWeek(year - 1, 364 + (isLeapYear(year - 1) ? 1 : 0), dec31Wday, 12, 31);
        }
        break;
    }
    if (month == 12
        && ((wday == 1 && mday >= 29) || (wday == 2 && mday >= 30) || (wday == 3 && mday == 31)))
        week = 1;
    return week;
}

RubyStrftime::Status RubyStrftime::format(QString &out, QStringView format) const
{
    const CivilTime &c = m_civil;
    const int hour12 = c.hour == 0 ? 12 : (c.hour > 12 ? c.hour - 12 : c.hour);
    static constexpr std::array<std::u16string_view, 7> days{
        u"Sunday", u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday"};
    static constexpr std::array<std::u16string_view, 12> months{u"January",
                                                                u"February",
                                                                u"March",
                                                                u"April",
                                                                u"May",
                                                                u"June",
                                                                u"July",
                                                                u"August",
                                                                u"September",
                                                                u"October",
                                                                u"November",
                                                                u"December"};

    qsizetype i = 0;
    const qsizetype n = format.size();
    while (i < n) {
        const qsizetype percent = format.indexOf(u'%', i);
        if (percent < 0) {
            if (!fits(out, n - i))
                return Status::TooLong;
            out += format.sliced(i);
            break;
        }
        if (!fits(out, percent - i))
            return Status::TooLong;
        out += format.sliced(i, percent - i);
        Spec spec;
        int colons = 0;
        qsizetype f = percent;
        bool ok = true;
        bool unknown = false;
        bool done = false;
        while (!done) {
            if (++f >= n)
                return Status::Invalid; // the format ends inside a conversion
            const char16_t ch = format[f].unicode();
            const auto flagFound = [&] {
                if (spec.precision > 0)
                    unknown = true;
                return !unknown;
            };
            done = true;
            switch (ch) {
            case u'%':
                ok = text(out, spec, u"%");
                break;
            case u'a':
            case u'A':
            case u'b':
            case u'h':
            case u'B': {
                if (spec.flags & ChangeCase) {
                    spec.flags &= ~(Lower | ChangeCase);
                    spec.flags |= Upper;
                }
                const bool weekday = ch == u'a' || ch == u'A';
                const QStringView name(weekday ? days[size_t(c.wday)] : months[size_t(c.month - 1)]);
                ok = text(out, spec, (ch == u'A' || ch == u'B') ? name : name.first(3));
                break;
            }
            case u'c':
                ok = composite(out, spec, u"%a %b %e %H:%M:%S %Y") == Status::Ok;
                break;
            case u'd':
                ok = number(out, spec, u'0', 2, c.day);
                break;
            case u'e':
                ok = number(out, spec, u' ', 2, c.day);
                break;
            case u'H':
                ok = number(out, spec, u'0', 2, c.hour);
                break;
            case u'k':
                ok = number(out, spec, u' ', 2, c.hour);
                break;
            case u'I':
                ok = number(out, spec, u'0', 2, hour12);
                break;
            case u'l':
                ok = number(out, spec, u' ', 2, hour12);
                break;
            case u'j':
                ok = number(out, spec, u'0', 3, c.yday);
                break;
            case u'm':
                ok = number(out, spec, u'0', 2, c.month);
                break;
            case u'M':
                ok = number(out, spec, u'0', 2, c.minute);
                break;
            case u'S':
                ok = number(out, spec, u'0', 2, c.second);
                break;
            case u'p':
            case u'P':
                if ((ch == u'p' && (spec.flags & ChangeCase))
                    || (ch == u'P' && !(spec.flags & (ChangeCase | Upper)))) {
                    spec.flags &= ~(Upper | ChangeCase);
                    spec.flags |= Lower;
                }
                ok = text(out, spec, c.hour < 12 ? u"AM" : u"PM");
                break;
            case u's':
                ok = number(out, spec, u'0', 1, m_time.seconds);
                break;
            case u'U':
                ok = number(out, spec, u'0', 2, weekNumber(0));
                break;
            case u'W':
                ok = number(out, spec, u'0', 2, weekNumber(1));
                break;
            case u'w':
                ok = number(out, spec, u'0', 1, c.wday);
                break;
            case u'u':
                ok = number(out, spec, u'0', 1, c.wday == 0 ? 7 : c.wday);
                break;
            case u'x':
            case u'D':
                ok = composite(out, spec, u"%m/%d/%y") == Status::Ok;
                break;
            case u'X':
            case u'T':
                ok = composite(out, spec, u"%H:%M:%S") == Status::Ok;
                break;
            case u'r':
                ok = composite(out, spec, u"%I:%M:%S %p") == Status::Ok;
                break;
            case u'R':
                ok = composite(out, spec, u"%H:%M") == Status::Ok;
                break;
            case u'F':
                ok = composite(out, spec, u"%Y-%m-%d") == Status::Ok;
                break;
            case u'v':
                ok = composite(out, spec, u"%e-%^b-%4Y") == Status::Ok;
                break;
            case u'y':
                ok = number(out, spec, u'0', 2, floorMod(c.year, 100));
                break;
            case u'Y':
                ok = number(out, spec, u'0', c.year >= 0 ? 4 : 5, c.year);
                break;
            case u'C':
                ok = number(out, spec, u'0', 2, floorDiv(c.year, 100));
                break;
            case u'V':
                ok = number(out, spec, u'0', 2, isoWeek(c.year, c.yday - 1, c.wday, c.month, c.day));
                break;
            case u'G':
            case u'g': {
                const int week = isoWeek(c.year, c.yday - 1, c.wday, c.month, c.day);
                qint64 year = c.year;
                if (c.month == 12 && week == 1)
                    ++year;
                else if (c.month == 1 && week >= 52)
                    --year;
                ok = ch == u'G' ? number(out, spec, u'0', year >= 0 ? 4 : 5, year)
                                : number(out, spec, u'0', 2, floorMod(year, 100));
                break;
            }
            case u'z':
                ok = zoneOffset(out, spec, colons);
                break;
            case u'Z':
                if (spec.flags & ChangeCase) {
                    spec.flags &= ~(Upper | ChangeCase);
                    spec.flags |= Lower;
                }
                ok = text(out, spec, m_time.utc ? u"UTC"_s : m_time.zone);
                break;
            case u'n':
                ok = text(out, spec, u"\n");
                break;
            case u't':
                ok = text(out, spec, u"\t");
                break;
            case u'L':
            case u'N': {
                // Fraction digits, truncated; a width is the number of digits.
                const int digits = spec.precision <= 0 ? (ch == u'L' ? 3 : 9) : spec.precision;
                if (!fits(out, digits)) {
                    ok = false;
                    break;
                }
                const QString nine = QString::number(m_time.nanoseconds).rightJustified(9, u'0');
                out += digits <= 9 ? nine.first(digits) : nine + QString(digits - 9, u'0');
                break;
            }
            case u'E':
            case u'O': {
                const QStringView allowed = ch == u'E' ? u"cCxXyY" : u"deHkIlmMSuUVwWy";
                if (f + 1 < n && allowed.contains(format[f + 1]))
                    done = false; // a locale modifier, ignored
                else
                    unknown = true;
                break;
            }
            case u'-':
                if (flagFound()) {
                    spec.flags |= Left;
                    spec.padding = 0;
                    spec.precision = 0;
                    done = false;
                }
                break;
            case u'^':
                if (flagFound()) {
                    spec.flags |= Upper;
                    done = false;
                }
                break;
            case u'#':
                if (flagFound()) {
                    spec.flags |= ChangeCase;
                    done = false;
                }
                break;
            case u'_':
                if (flagFound()) {
                    spec.padding = u' ';
                    done = false;
                }
                break;
            case u':': {
                int count = 1;
                for (; count <= 3; ++count) {
                    if (f + count >= n || (format[f + count] != u':' && format[f + count] != u'z'))
                        break;
                    if (format[f + count] == u'z')
                        break;
                }
                if (count <= 3 && f + count < n && format[f + count] == u'z') {
                    colons = count;
                    f += count - 1;
                    done = false;
                } else {
                    unknown = true;
                }
                break;
            }
            default:
                if (ch >= u'0' && ch <= u'9') {
                    if (ch == u'0')
                        spec.padding = u'0';
                    qsizetype end = f;
                    qint64 value = 0;
                    while (end < n && isAsciiDigit(format[end].unicode()) && value <= INT_MAX) {
                        value = value * 10 + (format[end].unicode() - u'0');
                        ++end;
                    }
                    if (value > INT_MAX) {
                        unknown = true;
                        break;
                    }
                    spec.precision = int(value);
                    f = end - 1;
                    done = false;
                } else {
                    unknown = true;
                }
                break;
            }
            if (unknown) {
                // Copied as it is, without padding or case change.
                if (!fits(out, f - percent + 1))
                    return Status::TooLong;
                out += format.sliced(percent, f - percent + 1);
                done = true;
            }
        }
        if (!ok)
            return Status::TooLong;
        i = f + 1;
    }
    return Status::Ok;
}

FilterResult filterDate(const FilterCall &call)
{
    const Result<QString> formatText = textOf(call.args.at(0), call);
    if (!formatText)
        return formatText.error();
    const QString &format = *formatText;
    if (format.isEmpty())
        return call.input;
    const std::optional<TimeValue> time = toTime(call.input, call.environment);
    if (!time)
        return call.input; // Liquid shows what it cannot read as a date unchanged
    QString out;
    out.reserve(format.size() + 24);
    switch (RubyStrftime(*time, call.environment.maxStringLength).format(out, format)) {
    case RubyStrftime::Status::Ok:
        return TemplateValue(std::move(out));
    case RubyStrftime::Status::Invalid:
        return renderError(Tr::tr("invalid format: %1").arg(format));
    case RubyStrftime::Status::TooLong:
        break;
    }
    return tooLongError(call.environment.maxStringLength);
}

// ---------------------------------------------------------------------------------------------

std::vector<FilterSpec> makeTable()
{
    std::vector<FilterSpec> table{
        {u"abs", filterAbs, 0, 0},
        {u"append", filterAppend, 1, 1},
        {u"at_least", filterAtLeast, 1, 1},
        {u"at_most", filterAtMost, 1, 1},
        {u"base64_decode", filterBase64Decode, 0, 0},
        {u"base64_encode", filterBase64Encode, 0, 0},
        {u"base64_url_safe_decode", filterBase64UrlSafeDecode, 0, 0},
        {u"base64_url_safe_encode", filterBase64UrlSafeEncode, 0, 0},
        {u"capitalize", filterCapitalize, 0, 0},
        {u"ceil", filterCeil, 0, 0},
        {u"compact", filterCompact, 0, 1},
        {u"concat", filterConcat, 1, 1},
        {u"date", filterDate, 1, 1},
        {u"default", filterDefault, 0, 2, {u"allow_false"_s}},
        {u"divided_by", filterDividedBy, 1, 1},
        {u"downcase", filterDowncase, 0, 0},
        {u"escape", filterEscape, 0, 0},
        {u"escape_once", filterEscapeOnce, 0, 0},
        {u"first", filterFirst, 0, 0},
        {u"floor", filterFloor, 0, 0},
        {u"h", filterEscape, 0, 0},
        {u"join", filterJoin, 0, 1},
        {u"json", filterJson, 0, 0},
        {u"json_escape", filterJsonEscape, 0, 0},
        {u"last", filterLast, 0, 0},
        {u"lstrip", filterLstrip, 0, 0},
        {u"map", filterMap, 1, 1},
        {u"minus", filterMinus, 1, 1},
        {u"modulo", filterModulo, 1, 1},
        {u"newline_to_br", filterNewlineToBr, 0, 0},
        {u"plus", filterPlus, 1, 1},
        {u"prepend", filterPrepend, 1, 1},
        {u"remove", filterRemove, 1, 1},
        {u"remove_first", filterRemoveFirst, 1, 1},
        {u"remove_last", filterRemoveLast, 1, 1},
        {u"replace", filterReplace, 1, 2},
        {u"replace_first", filterReplaceFirst, 1, 2},
        {u"replace_last", filterReplaceLast, 2, 2},
        {u"reverse", filterReverse, 0, 0},
        {u"round", filterRound, 0, 1},
        {u"rstrip", filterRstrip, 0, 0},
        {u"size", filterSize, 0, 0},
        {u"slice", filterSlice, 1, 2},
        {u"sort", filterSort, 0, 1},
        {u"sort_natural", filterSortNatural, 0, 1},
        {u"split", filterSplit, 1, 1},
        {u"strip", filterStrip, 0, 0},
        {u"strip_html", filterStripHtml, 0, 0},
        {u"strip_newlines", filterStripNewlines, 0, 0},
        {u"times", filterTimes, 1, 1},
        {u"truncate", filterTruncate, 0, 2},
        {u"truncatewords", filterTruncatewords, 0, 2},
        {u"uniq", filterUniq, 0, 1},
        {u"upcase", filterUpcase, 0, 0},
        {u"url_decode", filterUrlDecode, 0, 0},
        {u"url_encode", filterUrlEncode, 0, 0},
        {u"where", filterWhere, 1, 2},
    };
    std::sort(table.begin(), table.end(), [](const FilterSpec &a, const FilterSpec &b) {
        return a.name < b.name;
    });
    return table;
}

const std::vector<FilterSpec> &table()
{
    static const std::vector<FilterSpec> filters = makeTable();
    return filters;
}

} // namespace

namespace TemplateFilters {

const FilterSpec *find(QStringView name)
{
    const std::vector<FilterSpec> &filters = table();
    const auto it = std::lower_bound(filters.begin(),
                                     filters.end(),
                                     name,
                                     [](const FilterSpec &spec, QStringView key) {
                                         return spec.name < key;
                                     });
    if (it == filters.end() || it->name != name)
        return nullptr;
    return &*it;
}

QStringList names()
{
    QStringList out;
    for (const FilterSpec &spec : table())
        out.append(spec.name.toString());
    return out;
}

} // namespace TemplateFilters

} // namespace Hookflow
