// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "template/templatefilters.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Hookflow;

Q_DECLARE_METATYPE(Hookflow::TemplateValue)

namespace {

/// Reads the JSON in the rows. Unlike QJsonDocument it keeps 3.0 a float and -0.0 negative,
/// and it reads NaN and Infinity, so a row says exactly what Ruby was given.
class ValueReader
{
public:
    explicit ValueReader(QStringView text)
        : m_text(text)
    {}

    TemplateValue read()
    {
        TemplateValue v = value();
        skipSpace();
        if (m_pos != m_text.size())
            m_ok = false;
        return v;
    }
    bool ok() const { return m_ok; }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    bool take(QStringView word)
    {
        if (!m_text.sliced(m_pos).startsWith(word))
            return false;
        m_pos += word.size();
        return true;
    }
    QString string()
    {
        QString out;
        ++m_pos; // "
        while (m_pos < m_text.size() && m_text[m_pos] != u'"') {
            QChar c = m_text[m_pos++];
            if (c == u'\\' && m_pos < m_text.size()) {
                const QChar e = m_text[m_pos++];
                switch (e.unicode()) {
                case u'n':
                    c = u'\n';
                    break;
                case u't':
                    c = u'\t';
                    break;
                case u'r':
                    c = u'\r';
                    break;
                case u'b':
                    c = u'\b';
                    break;
                case u'f':
                    c = u'\f';
                    break;
                case u'u':
                    c = QChar(char16_t(m_text.sliced(m_pos, 4).toUShort(nullptr, 16)));
                    m_pos += 4;
                    break;
                default:
                    c = e;
                    break;
                }
            }
            out += c;
        }
        ++m_pos; // "
        return out;
    }
    TemplateValue value()
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            m_ok = false;
            return {};
        }
        const QChar c = m_text[m_pos];
        if (c == u'[') {
            ++m_pos;
            TemplateValue::Array items;
            skipSpace();
            if (take(u"]"))
                return TemplateValue(items);
            do {
                items.append(value());
                skipSpace();
            } while (take(u","));
            m_ok = m_ok && take(u"]");
            return TemplateValue(items);
        }
        if (c == u'{') {
            ++m_pos;
            TemplateValue::Members members;
            skipSpace();
            if (take(u"}"))
                return TemplateValue(members);
            do {
                skipSpace();
                const QString key = string();
                skipSpace();
                m_ok = m_ok && take(u":");
                members.append({key, value()});
                skipSpace();
            } while (take(u","));
            m_ok = m_ok && take(u"}");
            return TemplateValue(members);
        }
        if (c == u'"')
            return TemplateValue(string());
        if (take(u"null"))
            return {};
        if (take(u"true"))
            return TemplateValue(true);
        if (take(u"false"))
            return TemplateValue(false);
        if (take(u"NaN"))
            return TemplateValue(std::numeric_limits<double>::quiet_NaN());
        if (take(u"Infinity"))
            return TemplateValue(std::numeric_limits<double>::infinity());
        if (take(u"-Infinity"))
            return TemplateValue(-std::numeric_limits<double>::infinity());
        const qsizetype start = m_pos;
        bool isFloat = false;
        while (m_pos < m_text.size()
               && (m_text[m_pos].isDigit() || QStringView(u"+-.eE").contains(m_text[m_pos]))) {
            isFloat = isFloat || QStringView(u".eE").contains(m_text[m_pos]);
            ++m_pos;
        }
        const QStringView number = m_text.sliced(start, m_pos - start);
        bool ok = false;
        if (!isFloat) {
            const qint64 integer = number.toLongLong(&ok);
            if (ok)
                return TemplateValue(integer);
        }
        const double d = number.toDouble(&ok);
        m_ok = m_ok && ok;
        return TemplateValue(d);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

TemplateValue value(QStringView json)
{
    ValueReader reader(json);
    const TemplateValue v = reader.read();
    if (!reader.ok())
        qFatal("bad test JSON: %s", qPrintable(json.toString()));
    return v;
}

QList<TemplateValue> values(const QStringList &json)
{
    QList<TemplateValue> out;
    for (const QString &item : json)
        out.append(value(item));
    return out;
}

/// Ruby's #inspect, so that the expected values read as Ruby printed them.
QString inspect(const TemplateValue &v)
{
    switch (v.type()) {
    case TemplateValue::Type::Nil:
        return u"nil"_s;
    case TemplateValue::Type::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case TemplateValue::Type::Int:
        return QString::number(v.toInt());
    case TemplateValue::Type::Float:
        return rubyFloatText(v.toDouble());
    case TemplateValue::Type::Range:
        return QString::number(v.rangeFirst()) + u".."_s + QString::number(v.rangeLast());
    case TemplateValue::Type::String: {
        QString out = u"\""_s;
        const QString &s = v.string();
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s[i].unicode();
            switch (c) {
            case u'"':
                out += u"\\\""_s;
                break;
            case u'\\':
                out += u"\\\\"_s;
                break;
            case u'\n':
                out += u"\\n"_s;
                break;
            case u'\t':
                out += u"\\t"_s;
                break;
            case u'\r':
                out += u"\\r"_s;
                break;
            case u'\f':
                out += u"\\f"_s;
                break;
            case u'\v':
                out += u"\\v"_s;
                break;
            case u'#':
                out += (i + 1 < s.size() && QStringView(u"{$@").contains(s[i + 1])) ? u"\\#"_s
                                                                                    : u"#"_s;
                break;
            default:
                if (c < 0x20 || c == 0x7f)
                    out += u"\\u"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0');
                else
                    out += s[i];
            }
        }
        return out + u'"';
    }
    case TemplateValue::Type::Array: {
        QStringList items;
        for (const TemplateValue &item : v.array())
            items.append(inspect(item));
        return u"["_s + items.join(u", "_s) + u"]"_s;
    }
    case TemplateValue::Type::Object: {
        QStringList items;
        for (const auto &[key, item] : v.members())
            items.append(inspect(TemplateValue(key)) + u"=>"_s + inspect(item));
        return u"{"_s + items.join(u", "_s) + u"}"_s;
    }
    }
    return {};
}

/// The clock the rows were checked against: Ruby ran with Time.now at this instant, TZ=UTC.
FilterEnvironment environment()
{
    FilterEnvironment env;
    env.now = QDateTime(QDate(2026, 11, 27), QTime(10, 11, 12, 345), Qt::UTC);
    return env;
}

/// Calls a filter as the renderer does; a failure reads "error: <message>".
QString run(QStringView name,
            const TemplateValue &input,
            const QList<TemplateValue> &args,
            const QList<std::pair<QString, TemplateValue>> &named = {},
            const FilterEnvironment &env = environment())
{
    const FilterSpec *spec = TemplateFilters::find(name);
    if (!spec)
        return u"no such filter"_s;
    if (args.size() < spec->minArgs || args.size() > spec->maxArgs)
        return u"wrong number of arguments"_s;
    const FilterCall call{input, args, named, env};
    const Result<TemplateValue> result = spec->function(call);
    if (!result) {
        if (result.error().code != u"template-render")
            return u"error with code "_s + result.error().code;
        return u"error: "_s + result.error().message;
    }
    return inspect(*result);
}

} // namespace

/// Every filter of the language against Ruby's Liquid 5.4, the behavioural oracle: the
/// expected values were printed by `Liquid::Context#invoke(filter, input, *args).inspect`.
class TestTemplateFilters : public QObject
{
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void arity_data();
    void arity();
    void namesAreSortedAndFound();
    void dates_data();
    void dates();
    void nowKeepsTheClocksOffset();
    void ranges_data();
    void ranges();
    void defaultAllowFalse_data();
    void defaultAllowFalse();
    void json_data();
    void json();
    void outputLimits_data();
    void outputLimits();
    void hostileInputsNeverCrash();
};

void TestTemplateFilters::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");

    // Where we differ from Ruby on purpose the row says so: integers beyond 64 bits become
    // floats (Ruby has Bignums), and decoded bytes must be UTF-8.
    QTest::newRow("plus: integers") << u"plus"_s << u"3"_s << QStringList{u"2"_s} << u"5"_s;
    QTest::newRow("plus: numeric string")
        << u"plus"_s << u"\"3\""_s << QStringList{u"2"_s} << u"5"_s;
    QTest::newRow("plus: decimal string gives a float")
        << u"plus"_s << u"\"3.5\""_s << QStringList{u"2"_s} << u"5.5"_s;
    QTest::newRow("plus: floats add as decimals")
        << u"plus"_s << u"0.1"_s << QStringList{u"0.2"_s} << u"0.3"_s;
    QTest::newRow("plus: decimal string operand")
        << u"plus"_s << u"0.1"_s << QStringList{u"\"0.2\""_s} << u"0.3"_s;
    QTest::newRow("plus: non-numeric string is 0")
        << u"plus"_s << u"\"abc\""_s << QStringList{u"1"_s} << u"1"_s;
    QTest::newRow("plus: leading digits of a string")
        << u"plus"_s << u"\" 12abc\""_s << QStringList{u"1"_s} << u"13"_s;
    QTest::newRow("plus: underscores in a string")
        << u"plus"_s << u"\"1_000\""_s << QStringList{u"1"_s} << u"1001"_s;
    QTest::newRow("plus: plus sign is not a decimal")
        << u"plus"_s << u"\"+0.5\""_s << QStringList{u"1"_s} << u"1"_s;
    QTest::newRow("plus: padded negative decimal string")
        << u"plus"_s << u"\" -0.5 \""_s << QStringList{u"1"_s} << u"0.5"_s;
    QTest::newRow("plus: nil is 0") << u"plus"_s << u"null"_s << QStringList{u"1"_s} << u"1"_s;
    QTest::newRow("plus: boolean is 0") << u"plus"_s << u"true"_s << QStringList{u"1"_s} << u"1"_s;
    QTest::newRow("plus: array is 0") << u"plus"_s << u"[1]"_s << QStringList{u"1"_s} << u"1"_s;
    QTest::newRow("plus: int64 overflow becomes a float")
        << u"plus"_s << u"9223372036854775807"_s << QStringList{u"1"_s}
        << u"9.223372036854776e+18"_s;
    QTest::newRow("plus: negative zero plus zero")
        << u"plus"_s << u"-0.0"_s << QStringList{u"0"_s} << u"0.0"_s;
    QTest::newRow("plus: negative zeros")
        << u"plus"_s << u"-0.0"_s << QStringList{u"-0.0"_s} << u"-0.0"_s;
    QTest::newRow("plus: float overflow is infinity")
        << u"plus"_s << u"1e308"_s << QStringList{u"1e308"_s} << u"Infinity"_s;
    QTest::newRow("plus: smallest subnormal")
        << u"plus"_s << u"5e-324"_s << QStringList{u"0"_s} << u"5.0e-324"_s;
    QTest::newRow("plus: long decimal string is exact")
        << u"plus"_s << u"\"1.0000000000000000000001\""_s << QStringList{u"0"_s} << u"1.0"_s;
    QTest::newRow("plus: decimal string with null byte")
        << u"plus"_s << u"\"\\u00001.5\""_s << QStringList{u"0"_s}
        << u"error: string contains null byte"_s;
    QTest::newRow("minus: integers") << u"minus"_s << u"10"_s << QStringList{u"3"_s} << u"7"_s;
    QTest::newRow("minus: floats subtract as decimals")
        << u"minus"_s << u"0.3"_s << QStringList{u"0.1"_s} << u"0.2"_s;
    QTest::newRow("minus: negative zero minus zero")
        << u"minus"_s << u"-0.0"_s << QStringList{u"0"_s} << u"-0.0"_s;
    QTest::newRow("minus: zero minus float zero")
        << u"minus"_s << u"0"_s << QStringList{u"0.0"_s} << u"0.0"_s;
    QTest::newRow("minus: int64 underflow becomes a float")
        << u"minus"_s << u"-9223372036854775808"_s << QStringList{u"1"_s}
        << u"-9.223372036854776e+18"_s;
    QTest::newRow("times: integers") << u"times"_s << u"6"_s << QStringList{u"7"_s} << u"42"_s;
    QTest::newRow("times: price times quantity")
        << u"times"_s << u"19.99"_s << QStringList{u"3"_s} << u"59.97"_s;
    QTest::newRow("times: decimals")
        << u"times"_s << u"1.1"_s << QStringList{u"1.1"_s} << u"1.21"_s;
    QTest::newRow("times: sign of zero")
        << u"times"_s << u"0"_s << QStringList{u"-1.5"_s} << u"-0.0"_s;
    QTest::newRow("times: int64 overflow becomes a float")
        << u"times"_s << u"9223372036854775807"_s << QStringList{u"2"_s}
        << u"1.8446744073709552e+19"_s;
    QTest::newRow("divided_by: integer division")
        << u"divided_by"_s << u"10"_s << QStringList{u"3"_s} << u"3"_s;
    QTest::newRow("divided_by: float divisor")
        << u"divided_by"_s << u"10"_s << QStringList{u"3.0"_s} << u"3.3333333333333335"_s;
    QTest::newRow("divided_by: floors negative integers")
        << u"divided_by"_s << u"-7"_s << QStringList{u"2"_s} << u"-4"_s;
    QTest::newRow("divided_by: string operands")
        << u"divided_by"_s << u"\"10\""_s << QStringList{u"\"4\""_s} << u"2"_s;
    QTest::newRow("divided_by: decimal quotient")
        << u"divided_by"_s << u"1.1"_s << QStringList{u"0.1"_s} << u"11.0"_s;
    QTest::newRow("divided_by: one third")
        << u"divided_by"_s << u"1"_s << QStringList{u"3.0"_s} << u"0.3333333333333333"_s;
    QTest::newRow("divided_by: integer by zero")
        << u"divided_by"_s << u"1"_s << QStringList{u"0"_s} << u"error: divided by 0"_s;
    QTest::newRow("divided_by: float by zero is infinity")
        << u"divided_by"_s << u"1.0"_s << QStringList{u"0"_s} << u"Infinity"_s;
    QTest::newRow("divided_by: negative by zero")
        << u"divided_by"_s << u"-1.0"_s << QStringList{u"0"_s} << u"-Infinity"_s;
    QTest::newRow("divided_by: zero by zero is NaN")
        << u"divided_by"_s << u"0.0"_s << QStringList{u"0.0"_s} << u"NaN"_s;
    QTest::newRow("divided_by: by negative zero")
        << u"divided_by"_s << u"1"_s << QStringList{u"-0.0"_s} << u"-Infinity"_s;
    QTest::newRow("divided_by: int64 minimum by -1")
        << u"divided_by"_s << u"-9223372036854775808"_s << QStringList{u"-1"_s}
        << u"9.223372036854776e+18"_s;
    QTest::newRow("modulo: integers") << u"modulo"_s << u"7"_s << QStringList{u"3"_s} << u"1"_s;
    QTest::newRow("modulo: takes the divisor's sign")
        << u"modulo"_s << u"-7"_s << QStringList{u"3"_s} << u"2"_s;
    QTest::newRow("modulo: negative divisor")
        << u"modulo"_s << u"7"_s << QStringList{u"-3"_s} << u"-2"_s;
    QTest::newRow("modulo: decimals are exact")
        << u"modulo"_s << u"0.3"_s << QStringList{u"0.1"_s} << u"0.0"_s;
    QTest::newRow("modulo: float") << u"modulo"_s << u"5.5"_s << QStringList{u"-2"_s} << u"-0.5"_s;
    QTest::newRow("modulo: integer by float")
        << u"modulo"_s << u"-7"_s << QStringList{u"2.5"_s} << u"0.5"_s;
    QTest::newRow("modulo: by zero")
        << u"modulo"_s << u"1"_s << QStringList{u"0"_s} << u"error: divided by 0"_s;
    QTest::newRow("modulo: float by zero")
        << u"modulo"_s << u"1.5"_s << QStringList{u"0"_s} << u"error: divided by 0"_s;
    QTest::newRow("modulo: by infinity")
        << u"modulo"_s << u"-5"_s << QStringList{u"Infinity"_s} << u"-5.0"_s;
    QTest::newRow("modulo: int64 minimum by -1")
        << u"modulo"_s << u"-9223372036854775808"_s << QStringList{u"-1"_s} << u"0"_s;
    QTest::newRow("abs: integer") << u"abs"_s << u"-7"_s << QStringList() << u"7"_s;
    QTest::newRow("abs: decimal string") << u"abs"_s << u"\"-3.5\""_s << QStringList() << u"3.5"_s;
    QTest::newRow("abs: integer string") << u"abs"_s << u"\"-3\""_s << QStringList() << u"3"_s;
    QTest::newRow("abs: negative zero") << u"abs"_s << u"-0.0"_s << QStringList() << u"0.0"_s;
    QTest::newRow("abs: int64 minimum becomes a float")
        << u"abs"_s << u"-9223372036854775808"_s << QStringList() << u"9.223372036854776e+18"_s;
    QTest::newRow("abs: text is 0") << u"abs"_s << u"\"x\""_s << QStringList() << u"0"_s;
    QTest::newRow("round: half away from zero")
        << u"round"_s << u"2.5"_s << QStringList() << u"3"_s;
    QTest::newRow("round: negative half") << u"round"_s << u"-2.5"_s << QStringList() << u"-3"_s;
    QTest::newRow("round: digits use decimal rounding")
        << u"round"_s << u"2.675"_s << QStringList{u"2"_s} << u"2.68"_s;
    QTest::newRow("round: integer to tens")
        << u"round"_s << u"15"_s << QStringList{u"-1"_s} << u"20"_s;
    QTest::newRow("round: negative integer to tens")
        << u"round"_s << u"-25"_s << QStringList{u"-1"_s} << u"-30"_s;
    QTest::newRow("round: float to hundreds gives an integer")
        << u"round"_s << u"1234.5678"_s << QStringList{u"-2"_s} << u"1200"_s;
    QTest::newRow("round: integer keeps positive digits")
        << u"round"_s << u"5"_s << QStringList{u"2"_s} << u"5"_s;
    QTest::newRow("round: digits are truncated")
        << u"round"_s << u"2.55"_s << QStringList{u"1.9"_s} << u"2.6"_s;
    QTest::newRow("round: digits as a decimal string")
        << u"round"_s << u"2.75"_s << QStringList{u"\"1.5\""_s} << u"2.8"_s;
    QTest::newRow("round: digits as zero string")
        << u"round"_s << u"2.5"_s << QStringList{u"\"0\""_s} << u"3"_s;
    QTest::newRow("round: float zero digits")
        << u"round"_s << u"5.5"_s << QStringList{u"0.0"_s} << u"6"_s;
    QTest::newRow("round: text digits are 0")
        << u"round"_s << u"2.5"_s << QStringList{u"\"x\""_s} << u"3"_s;
    QTest::newRow("round: tiny float")
        << u"round"_s << u"1.23456789e-10"_s << QStringList{u"12"_s} << u"1.23e-10"_s;
    QTest::newRow("round: numeric string") << u"round"_s << u"\"2.5\""_s << QStringList() << u"3"_s;
    QTest::newRow("round: NaN with digits")
        << u"round"_s << u"NaN"_s << QStringList{u"2"_s} << u"NaN"_s;
    QTest::newRow("round: infinity") << u"round"_s << u"Infinity"_s << QStringList()
                                     << u"error: the computation results in 'Infinity'"_s;
    QTest::newRow("round: digits beyond a C int")
        << u"round"_s << u"1"_s << QStringList{u"2147483648"_s}
        << u"error: the number of digits 2147483648 is out of range"_s;
    QTest::newRow("round: huge negative digits")
        << u"round"_s << u"1.5"_s << QStringList{u"-100"_s} << u"0"_s;
    QTest::newRow("ceil: float") << u"ceil"_s << u"1.2"_s << QStringList() << u"2"_s;
    QTest::newRow("ceil: negative") << u"ceil"_s << u"-0.5"_s << QStringList() << u"0"_s;
    QTest::newRow("ceil: decimal string") << u"ceil"_s << u"\"3.1\""_s << QStringList() << u"4"_s;
    QTest::newRow("ceil: text") << u"ceil"_s << u"\"abc\""_s << QStringList() << u"0"_s;
    QTest::newRow("ceil: NaN") << u"ceil"_s << u"NaN"_s << QStringList()
                               << u"error: the computation results in 'NaN'"_s;
    QTest::newRow("floor: float") << u"floor"_s << u"-2.5"_s << QStringList() << u"-3"_s;
    QTest::newRow("floor: decimal string") << u"floor"_s << u"\"3.9\""_s << QStringList() << u"3"_s;
    QTest::newRow("floor: integer") << u"floor"_s << u"7"_s << QStringList() << u"7"_s;
    QTest::newRow("floor: infinity") << u"floor"_s << u"Infinity"_s << QStringList()
                                     << u"error: the computation results in 'Infinity'"_s;
    QTest::newRow("at_least: raises")
        << u"at_least"_s << u"5"_s << QStringList{u"\"7\""_s} << u"7"_s;
    QTest::newRow("at_least: float limit")
        << u"at_least"_s << u"5"_s << QStringList{u"7.5"_s} << u"7.5"_s;
    QTest::newRow("at_least: keeps the input")
        << u"at_least"_s << u"\"5.5\""_s << QStringList{u"3"_s} << u"5.5"_s;
    QTest::newRow("at_least: equal keeps the input")
        << u"at_least"_s << u"5"_s << QStringList{u"5.0"_s} << u"5"_s;
    QTest::newRow("at_least: NaN limit")
        << u"at_least"_s << u"1"_s << QStringList{u"NaN"_s} << u"1"_s;
    QTest::newRow("at_most: lowers")
        << u"at_most"_s << u"5"_s << QStringList{u"\"3.5\""_s} << u"3.5"_s;
    QTest::newRow("at_most: keeps a float")
        << u"at_most"_s << u"5.0"_s << QStringList{u"5"_s} << u"5.0"_s;
    QTest::newRow("at_most: nil is 0")
        << u"at_most"_s << u"null"_s << QStringList{u"1"_s} << u"0"_s;
    QTest::newRow("size: code points") << u"size"_s << u"\"héllo😀\""_s << QStringList() << u"6"_s;
    QTest::newRow("size: array") << u"size"_s << u"[1,2,3]"_s << QStringList() << u"3"_s;
    QTest::newRow("size: hash") << u"size"_s << u"{\"a\":1,\"b\":2}"_s << QStringList() << u"2"_s;
    QTest::newRow("size: integer is 8 bytes") << u"size"_s << u"42"_s << QStringList() << u"8"_s;
    QTest::newRow("size: nil") << u"size"_s << u"null"_s << QStringList() << u"0"_s;
    QTest::newRow("size: float") << u"size"_s << u"3.5"_s << QStringList() << u"0"_s;
    QTest::newRow("first: array") << u"first"_s << u"[1,2]"_s << QStringList() << u"1"_s;
    QTest::newRow("first: empty array") << u"first"_s << u"[]"_s << QStringList() << u"nil"_s;
    QTest::newRow("first: string is nil")
        << u"first"_s << u"\"abc\""_s << QStringList() << u"nil"_s;
    QTest::newRow("first: hash pair")
        << u"first"_s << u"{\"a\":1,\"b\":2}"_s << QStringList() << u"[\"a\", 1]"_s;
    QTest::newRow("first: nested array")
        << u"first"_s << u"[[1,2],3]"_s << QStringList() << u"[1, 2]"_s;
    QTest::newRow("last: array") << u"last"_s << u"[1,[2,3]]"_s << QStringList() << u"[2, 3]"_s;
    QTest::newRow("last: string is nil") << u"last"_s << u"\"abc\""_s << QStringList() << u"nil"_s;
    QTest::newRow("last: hash is nil") << u"last"_s << u"{\"a\":1}"_s << QStringList() << u"nil"_s;
    QTest::newRow("slice: one character")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"1"_s} << u"\"e\""_s;
    QTest::newRow("slice: negative offset and length")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"-3"_s, u"2"_s} << u"\"ll\""_s;
    QTest::newRow("slice: length past the end")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"1"_s, u"100"_s} << u"\"ello\""_s;
    QTest::newRow("slice: at the end is empty")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"5"_s} << u"\"\""_s;
    QTest::newRow("slice: past the end is empty")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"6"_s} << u"\"\""_s;
    QTest::newRow("slice: negative length")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"1"_s, u"-1"_s} << u"\"\""_s;
    QTest::newRow("slice: string arguments")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"\"1\""_s, u"\"2\""_s} << u"\"el\""_s;
    QTest::newRow("slice: Ruby integer syntax")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"\"0x1\""_s} << u"\"e\""_s;
    QTest::newRow("slice: octal") << u"slice"_s << u"\"hello\""_s << QStringList{u"\"017\""_s}
                                  << u"\"\""_s;
    QTest::newRow("slice: nil length is one")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"2"_s, u"null"_s} << u"\"l\""_s;
    QTest::newRow("slice: code points")
        << u"slice"_s << u"\"héllo😀x\""_s << QStringList{u"5"_s, u"1"_s} << u"\"😀\""_s;
    QTest::newRow("slice: number as text")
        << u"slice"_s << u"12345"_s << QStringList{u"1"_s, u"2"_s} << u"\"23\""_s;
    QTest::newRow("slice: array") << u"slice"_s << u"[1,2,3,4]"_s << QStringList{u"1"_s, u"2"_s}
                                  << u"[2, 3]"_s;
    QTest::newRow("slice: array negative offset")
        << u"slice"_s << u"[1,2,3,4]"_s << QStringList{u"-2"_s, u"5"_s} << u"[3, 4]"_s;
    QTest::newRow("slice: array past the end")
        << u"slice"_s << u"[1,2,3,4]"_s << QStringList{u"5"_s} << u"[]"_s;
    QTest::newRow("slice: array keeps nesting")
        << u"slice"_s << u"[[1,2],[3]]"_s << QStringList{u"0"_s, u"2"_s} << u"[[1, 2], [3]]"_s;
    QTest::newRow("slice: huge length")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"0"_s, u"9223372036854775807"_s}
        << u"\"hello\""_s;
    QTest::newRow("slice: float offset")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"1.5"_s} << u"error: invalid integer"_s;
    QTest::newRow("slice: text offset")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"\"x\""_s} << u"error: invalid integer"_s;
    QTest::newRow("slice: nil offset")
        << u"slice"_s << u"\"hello\""_s << QStringList{u"null"_s} << u"error: invalid integer"_s;
    QTest::newRow("split: separator") << u"split"_s << u"\"a,b,,c,,\""_s << QStringList{u"\",\""_s}
                                      << u"[\"a\", \"b\", \"\", \"c\"]"_s;
    QTest::newRow("split: empty separator splits characters")
        << u"split"_s << u"\"héllo😀\""_s << QStringList{u"\"\""_s}
        << u"[\"h\", \"é\", \"l\", \"l\", \"o\", \"😀\"]"_s;
    QTest::newRow("split: space splits on whitespace runs")
        << u"split"_s << u"\"  a \\t b\\nc  \""_s << QStringList{u"\" \""_s}
        << u"[\"a\", \"b\", \"c\"]"_s;
    QTest::newRow("split: empty input")
        << u"split"_s << u"\"\""_s << QStringList{u"\",\""_s} << u"[]"_s;
    QTest::newRow("split: only separators")
        << u"split"_s << u"\",,,\""_s << QStringList{u"\",\""_s} << u"[]"_s;
    QTest::newRow("split: leading empty kept")
        << u"split"_s << u"\",a\""_s << QStringList{u"\",\""_s} << u"[\"\", \"a\"]"_s;
    QTest::newRow("split: longer separator")
        << u"split"_s << u"\"aXXbXXXc\""_s << QStringList{u"\"XX\""_s}
        << u"[\"a\", \"b\", \"Xc\"]"_s;
    QTest::newRow("split: number separator")
        << u"split"_s << u"\"a1b2c\""_s << QStringList{u"1"_s} << u"[\"a\", \"b2c\"]"_s;
    QTest::newRow("split: nil separator")
        << u"split"_s << u"\"ab\""_s << QStringList{u"null"_s} << u"[\"a\", \"b\"]"_s;
    QTest::newRow("split: non-ASCII space does not split")
        << u"split"_s << u"\"a\\u3000b\\u00a0c\""_s << QStringList{u"\" \""_s} << u"[\"a　b c\"]"_s;
    QTest::newRow("truncate: default length")
        << u"truncate"_s
        << u"\"a very long string that goes on and on and on beyond fifty characters total\""_s
        << QStringList() << u"\"a very long string that goes on and on and on b...\""_s;
    QTest::newRow("truncate: ellipsis counts")
        << u"truncate"_s << u"\"Hello world\""_s << QStringList{u"5"_s} << u"\"He...\""_s;
    QTest::newRow("truncate: ellipsis longer than the length")
        << u"truncate"_s << u"\"Hello world\""_s << QStringList{u"5"_s, u"\"!!!!!!!!\""_s}
        << u"\"!!!!!!!!\""_s;
    QTest::newRow("truncate: short input unchanged")
        << u"truncate"_s << u"\"Hello\""_s << QStringList{u"5"_s} << u"\"Hello\""_s;
    QTest::newRow("truncate: zero")
        << u"truncate"_s << u"\"Hello world\""_s << QStringList{u"0"_s} << u"\"...\""_s;
    QTest::newRow("truncate: negative")
        << u"truncate"_s << u"\"Hello world\""_s << QStringList{u"-3"_s} << u"\"...\""_s;
    QTest::newRow("truncate: empty ellipsis")
        << u"truncate"_s << u"\"Hello world\""_s << QStringList{u"8"_s, u"\"\""_s}
        << u"\"Hello wo\""_s;
    QTest::newRow("truncate: nil ellipsis") << u"truncate"_s << u"\"Hello world\""_s
                                            << QStringList{u"8"_s, u"null"_s} << u"\"Hello wo\""_s;
    QTest::newRow("truncate: string length")
        << u"truncate"_s << u"\"Hello world\""_s << QStringList{u"\"8\""_s} << u"\"Hello...\""_s;
    QTest::newRow("truncate: code points") << u"truncate"_s << u"\"héllo😀world\""_s
                                           << QStringList{u"7"_s, u"\"…\""_s} << u"\"héllo😀…\""_s;
    QTest::newRow("truncate: number ellipsis")
        << u"truncate"_s << u"\"Hello world\""_s << QStringList{u"5"_s, u"12"_s} << u"\"Hel12\""_s;
    QTest::newRow("truncate: nil input")
        << u"truncate"_s << u"null"_s << QStringList{u"3"_s} << u"nil"_s;
    QTest::newRow("truncate: huge length")
        << u"truncate"_s << u"\"Hello world\""_s << QStringList{u"9223372036854775807"_s}
        << u"\"Hello world\""_s;
    QTest::newRow("truncate: float length") << u"truncate"_s << u"\"Hello world\""_s
                                            << QStringList{u"8.5"_s} << u"error: invalid integer"_s;
    QTest::newRow("truncatewords: two words") << u"truncatewords"_s << u"\"one two three four\""_s
                                              << QStringList{u"2"_s} << u"\"one two...\""_s;
    QTest::newRow("truncatewords: zero means one")
        << u"truncatewords"_s << u"\"one two three four\""_s << QStringList{u"0"_s}
        << u"\"one...\""_s;
    QTest::newRow("truncatewords: whitespace collapses")
        << u"truncatewords"_s << u"\"  one   two three\""_s << QStringList{u"2"_s}
        << u"\"one two...\""_s;
    QTest::newRow("truncatewords: exact count unchanged")
        << u"truncatewords"_s << u"\"one two\""_s << QStringList{u"2"_s} << u"\"one two\""_s;
    QTest::newRow("truncatewords: trailing space counts as more")
        << u"truncatewords"_s << u"\"one two \""_s << QStringList{u"2"_s} << u"\"one two...\""_s;
    QTest::newRow("truncatewords: tabs and newlines")
        << u"truncatewords"_s << u"\"one\\ttwo\\nthree\""_s << QStringList{u"2"_s}
        << u"\"one two...\""_s;
    QTest::newRow("truncatewords: custom ellipsis")
        << u"truncatewords"_s << u"\"one two three\""_s << QStringList{u"2"_s, u"\"--\""_s}
        << u"\"one two--\""_s;
    QTest::newRow("truncatewords: nil ellipsis")
        << u"truncatewords"_s << u"\"one two three\""_s << QStringList{u"2"_s, u"null"_s}
        << u"\"one two\""_s;
    QTest::newRow("truncatewords: default fifteen")
        << u"truncatewords"_s << u"\"a b c d e f g h i j k l m n o p q r\""_s << QStringList()
        << u"\"a b c d e f g h i j k l m n o...\""_s;
    QTest::newRow("truncatewords: nil input")
        << u"truncatewords"_s << u"null"_s << QStringList{u"2"_s} << u"nil"_s;
    QTest::newRow("truncatewords: too many words")
        << u"truncatewords"_s << u"\"one two three\""_s << QStringList{u"2147483647"_s}
        << u"error: integer 2147483647 too big for truncatewords"_s;
    QTest::newRow("strip: Ruby whitespace and NUL")
        << u"strip"_s << u"\"\\u0000 \\t\\n\\u000b\\f\\r a \\u0000\\t\\n\\u000b\\f\\r\\u0000\""_s
        << QStringList() << u"\"a\""_s;
    QTest::newRow("strip: non-ASCII spaces stay")
        << u"strip"_s << u"\"\\u00a0a\\u3000\""_s << QStringList() << u"\" a　\""_s;
    QTest::newRow("strip: number") << u"strip"_s << u"5"_s << QStringList() << u"\"5\""_s;
    QTest::newRow("lstrip: left only")
        << u"lstrip"_s << u"\"\\u0000 a \""_s << QStringList() << u"\"a \""_s;
    QTest::newRow("rstrip: right only")
        << u"rstrip"_s << u"\" a \\u0000\""_s << QStringList() << u"\" a\""_s;
    QTest::newRow("upcase: full case mapping")
        << u"upcase"_s << u"\"straße ǆ i ﬁ\""_s << QStringList() << u"\"STRASSE Ǆ I FI\""_s;
    QTest::newRow("upcase: nil") << u"upcase"_s << u"null"_s << QStringList() << u"\"\""_s;
    QTest::newRow("upcase: float text") << u"upcase"_s << u"3.0"_s << QStringList() << u"\"3.0\""_s;
    QTest::newRow("upcase: boolean text")
        << u"upcase"_s << u"true"_s << QStringList() << u"\"TRUE\""_s;
    QTest::newRow("downcase: full case mapping")
        << u"downcase"_s << u"\"İSTANBUL ΣΑΣ ǅ\""_s << QStringList() << u"\"i̇stanbul σασ ǆ\""_s;
    QTest::newRow("capitalize: rest lower case")
        << u"capitalize"_s << u"\"hELLO wORLD\""_s << QStringList() << u"\"Hello world\""_s;
    QTest::newRow("capitalize: title case digraph")
        << u"capitalize"_s << u"\"ǆemal\""_s << QStringList() << u"\"ǅemal\""_s;
    QTest::newRow("capitalize: sharp s")
        << u"capitalize"_s << u"\"ßa\""_s << QStringList() << u"\"Ssa\""_s;
    QTest::newRow("capitalize: ligature")
        << u"capitalize"_s << u"\"ﬁx\""_s << QStringList() << u"\"Fix\""_s;
    QTest::newRow("capitalize: leading space")
        << u"capitalize"_s << u"\" hello\""_s << QStringList() << u"\" hello\""_s;
    QTest::newRow("capitalize: accented")
        << u"capitalize"_s << u"\"élan\""_s << QStringList() << u"\"Élan\""_s;
    QTest::newRow("capitalize: special title case")
        << u"capitalize"_s << u"\"ŉA\""_s << QStringList() << u"\"ʼNa\""_s;
    QTest::newRow("capitalize: Greek with iota")
        << u"capitalize"_s << u"\"ᾳa\""_s << QStringList() << u"\"ᾼa\""_s;
    QTest::newRow("append: strings")
        << u"append"_s << u"\"a\""_s << QStringList{u"\"b\""_s} << u"\"ab\""_s;
    QTest::newRow("append: nil argument")
        << u"append"_s << u"\"a\""_s << QStringList{u"null"_s} << u"\"a\""_s;
    QTest::newRow("append: nil input")
        << u"append"_s << u"null"_s << QStringList{u"5"_s} << u"\"5\""_s;
    QTest::newRow("append: floats as text")
        << u"append"_s << u"1.0"_s << QStringList{u"2.5"_s} << u"\"1.02.5\""_s;
    QTest::newRow("prepend: strings")
        << u"prepend"_s << u"\"a\""_s << QStringList{u"\"b\""_s} << u"\"ba\""_s;
    QTest::newRow("prepend: number")
        << u"prepend"_s << u"1"_s << QStringList{u"\"#\""_s} << u"\"#1\""_s;
    QTest::newRow("escape: HTML")
        << u"escape"_s << u"\"<a href=\\\"x\\\">Tom & Jerry's</a>\""_s << QStringList()
        << u"\"&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;\""_s;
    QTest::newRow("escape: nil stays nil") << u"escape"_s << u"null"_s << QStringList() << u"nil"_s;
    QTest::newRow("escape: number") << u"escape"_s << u"5"_s << QStringList() << u"\"5\""_s;
    QTest::newRow("h: alias of escape")
        << u"h"_s << u"\"<>\""_s << QStringList() << u"\"&lt;&gt;\""_s;
    QTest::newRow("escape_once: keeps entities")
        << u"escape_once"_s << u"\"&amp; &lt; & &#39; &#x27; &foo; &1; <>\\\"\""_s << QStringList()
        << u"\"&amp; &lt; &amp; &#39; &amp;#x27; &foo; &amp;1; &lt;&gt;&quot;\""_s;
    QTest::newRow("escape_once: lone ampersand")
        << u"escape_once"_s << u"\"&\""_s << QStringList() << u"\"&amp;\""_s;
    QTest::newRow("escape_once: nil is empty")
        << u"escape_once"_s << u"null"_s << QStringList() << u"\"\""_s;
    QTest::newRow("url_encode: CGI.escape")
        << u"url_encode"_s << u"\"a b&c=d/é😀~*._-+!'()\""_s << QStringList()
        << u"\"a+b%26c%3Dd%2F%C3%A9%F0%9F%98%80~%2A._-%2B%21%27%28%29\""_s;
    QTest::newRow("url_encode: nil") << u"url_encode"_s << u"null"_s << QStringList() << u"nil"_s;
    QTest::newRow("url_encode: number")
        << u"url_encode"_s << u"42"_s << QStringList() << u"\"42\""_s;
    QTest::newRow("url_decode: plus and percent")
        << u"url_decode"_s << u"\"a+b%20c%C3%A9%zz%4\""_s << QStringList() << u"\"a b cé%zz%4\""_s;
    QTest::newRow("url_decode: NUL")
        << u"url_decode"_s << u"\"%00x\""_s << QStringList() << u"\"\\u0000x\""_s;
    QTest::newRow("url_decode: percent near the end stops decoding")
        << u"url_decode"_s << u"\"%+a+%4\""_s << QStringList() << u"\"% a %4\""_s;
    QTest::newRow("url_decode: trailing percent keeps the rest")
        << u"url_decode"_s << u"\"a+b%+\""_s << QStringList() << u"\"a b%+\""_s;
    QTest::newRow("url_decode: invalid UTF-8") << u"url_decode"_s << u"\"%FF\""_s << QStringList()
                                               << u"error: invalid byte sequence in UTF-8"_s;
    QTest::newRow("url_decode: nil") << u"url_decode"_s << u"null"_s << QStringList() << u"nil"_s;
    QTest::newRow("base64_encode: UTF-8 bytes")
        << u"base64_encode"_s << u"\"héllo\""_s << QStringList() << u"\"aMOpbGxv\""_s;
    QTest::newRow("base64_encode: nil is empty")
        << u"base64_encode"_s << u"null"_s << QStringList() << u"\"\""_s;
    QTest::newRow("base64_decode: UTF-8 bytes")
        << u"base64_decode"_s << u"\"aMOpbGxv\""_s << QStringList() << u"\"héllo\""_s;
    QTest::newRow("base64_decode: one padding")
        << u"base64_decode"_s << u"\"aGk=\""_s << QStringList() << u"\"hi\""_s;
    QTest::newRow("base64_decode: empty")
        << u"base64_decode"_s << u"\"\""_s << QStringList() << u"\"\""_s;
    QTest::newRow("base64_decode: missing padding")
        << u"base64_decode"_s << u"\"aGk\""_s << QStringList()
        << u"error: invalid base64 provided to base64_decode"_s;
    QTest::newRow("base64_decode: stray bits")
        << u"base64_decode"_s << u"\"aGl=\""_s << QStringList()
        << u"error: invalid base64 provided to base64_decode"_s;
    QTest::newRow("base64_decode: padding in the middle")
        << u"base64_decode"_s << u"\"aGk=aGk=\""_s << QStringList()
        << u"error: invalid base64 provided to base64_decode"_s;
    QTest::newRow("base64_decode: whitespace")
        << u"base64_decode"_s << u"\"aG k=\""_s << QStringList()
        << u"error: invalid base64 provided to base64_decode"_s;
    QTest::newRow("base64_url_safe_encode: alphabet and padding")
        << u"base64_url_safe_encode"_s << u"\"\\u00ff\\u00fe?>\""_s << QStringList()
        << u"\"w7_Dvj8-\""_s;
    QTest::newRow("base64_url_safe_decode: unpadded")
        << u"base64_url_safe_decode"_s << u"\"w7_Dvg\""_s << QStringList() << u"\"ÿþ\""_s;
    QTest::newRow("base64_url_safe_decode: standard alphabet too")
        << u"base64_url_safe_decode"_s << u"\"w7/Dvg==\""_s << QStringList() << u"\"ÿþ\""_s;
    QTest::newRow("base64_url_safe_decode: short padding")
        << u"base64_url_safe_decode"_s << u"\"w7_Dvg=\""_s << QStringList()
        << u"error: invalid base64 provided to base64_url_safe_decode"_s;
    QTest::newRow("base64_url_safe_decode: one character")
        << u"base64_url_safe_decode"_s << u"\"a\""_s << QStringList()
        << u"error: invalid base64 provided to base64_url_safe_decode"_s;
    QTest::newRow("strip_html: tags, scripts, comments and styles")
        << u"strip_html"_s
        << u"\"<p>Hi <b>there</b></p><script type=\\\"x\\\">alert(1)</script><!-- c --><style>p{}</style>x<br/>\""_s
        << QStringList() << u"\"Hi therex\""_s;
    QTest::newRow("strip_html: bare brackets")
        << u"strip_html"_s << u"\"a < b > c\""_s << QStringList() << u"\"a  c\""_s;
    QTest::newRow("strip_html: upper-case script keeps its text")
        << u"strip_html"_s << u"\"<SCRIPT>x</SCRIPT>y\""_s << QStringList() << u"\"xy\""_s;
    QTest::newRow("strip_html: unterminated script")
        << u"strip_html"_s << u"\"<script>unterminated\""_s << QStringList()
        << u"\"unterminated\""_s;
    QTest::newRow("strip_html: tag across lines")
        << u"strip_html"_s << u"\"a<b\\nc>d\""_s << QStringList() << u"\"ad\""_s;
    QTest::newRow("strip_html: nested brackets")
        << u"strip_html"_s << u"\"<<a>>\""_s << QStringList() << u"\">\""_s;
    QTest::newRow("strip_html: comment inside a script")
        << u"strip_html"_s << u"\"<script>a<!-- </script> -->b\""_s << QStringList()
        << u"\" -->b\""_s;
    QTest::newRow("strip_newlines: LF and CRLF")
        << u"strip_newlines"_s << u"\"a\\r\\nb\\nc\\rd\""_s << QStringList() << u"\"abc\\rd\""_s;
    QTest::newRow("newline_to_br: LF and CRLF")
        << u"newline_to_br"_s << u"\"a\\r\\nb\\nc\\rd\""_s << QStringList()
        << u"\"a<br />\\nb<br />\\nc\\rd\""_s;
    QTest::newRow("replace: all") << u"replace"_s << u"\"aaa\""_s
                                  << QStringList{u"\"a\""_s, u"\"b\""_s} << u"\"bbb\""_s;
    QTest::newRow("replace: empty pattern")
        << u"replace"_s << u"\"héllo😀\""_s << QStringList{u"\"\""_s, u"\"|\""_s}
        << u"\"|h|é|l|l|o|😀|\""_s;
    QTest::newRow("replace: default replacement")
        << u"replace"_s << u"\"abc\""_s << QStringList{u"\"b\""_s} << u"\"ac\""_s;
    QTest::newRow("replace: whole match reference")
        << u"replace"_s << u"\"a\\\\1b\""_s << QStringList{u"\"b\""_s, u"\"\\\\0x\""_s}
        << u"\"a\\\\1bx\""_s;
    QTest::newRow("replace: Ruby backslash sequences")
        << u"replace"_s << u"\"xab\""_s
        << QStringList{u"\"a\""_s, u"\"[\\\\`|\\\\'|\\\\\\\\|\\\\z|\\\\9]\""_s}
        << u"\"x[x|b|\\\\|\\\\z|]b\""_s;
    QTest::newRow("replace: trailing backslash")
        << u"replace"_s << u"\"ab\""_s << QStringList{u"\"a\""_s, u"\"x\\\\\""_s}
        << u"\"x\\\\b\""_s;
    QTest::newRow("replace: named reference")
        << u"replace"_s << u"\"ab\""_s << QStringList{u"\"a\""_s, u"\"[\\\\k<x>]\""_s}
        << u"error: undefined group name reference: x"_s;
    QTest::newRow("replace: number pattern")
        << u"replace"_s << u"\"1.5x\""_s << QStringList{u"1.5"_s, u"2"_s} << u"\"2x\""_s;
    QTest::newRow("replace: non-overlapping")
        << u"replace"_s << u"\"aaaa\""_s << QStringList{u"\"aa\""_s, u"\"a\""_s} << u"\"aa\""_s;
    QTest::newRow("replace_first: first only")
        << u"replace_first"_s << u"\"aaa\""_s << QStringList{u"\"a\""_s, u"\"b\""_s}
        << u"\"baa\""_s;
    QTest::newRow("replace_first: empty pattern")
        << u"replace_first"_s << u"\"abc\""_s << QStringList{u"\"\""_s, u"\"-\""_s}
        << u"\"-abc\""_s;
    QTest::newRow("replace_first: ampersand reference")
        << u"replace_first"_s << u"\"a.b\""_s << QStringList{u"\".\""_s, u"\"[\\\\&]\""_s}
        << u"\"a[.]b\""_s;
    QTest::newRow("replace_last: last only")
        << u"replace_last"_s << u"\"aaa\""_s << QStringList{u"\"a\""_s, u"\"b\""_s} << u"\"aab\""_s;
    QTest::newRow("replace_last: empty pattern appends")
        << u"replace_last"_s << u"\"abc\""_s << QStringList{u"\"\""_s, u"\"-\""_s} << u"\"abc-\""_s;
    QTest::newRow("replace_last: no backslash sequences")
        << u"replace_last"_s << u"\"abab\""_s << QStringList{u"\"ab\""_s, u"\"\\\\0\""_s}
        << u"\"ab\\\\0\""_s;
    QTest::newRow("remove: all") << u"remove"_s << u"\"banana\""_s << QStringList{u"\"an\""_s}
                                 << u"\"ba\""_s;
    QTest::newRow("remove: nil pattern removes nothing")
        << u"remove"_s << u"\"banana\""_s << QStringList{u"null"_s} << u"\"banana\""_s;
    QTest::newRow("remove_first: first")
        << u"remove_first"_s << u"\"banana\""_s << QStringList{u"\"an\""_s} << u"\"bana\""_s;
    QTest::newRow("remove_last: last")
        << u"remove_last"_s << u"\"banana\""_s << QStringList{u"\"an\""_s} << u"\"bana\""_s;
    QTest::newRow("join: default glue")
        << u"join"_s << u"[1,2,3]"_s << QStringList() << u"\"1 2 3\""_s;
    QTest::newRow("join: flattens")
        << u"join"_s << u"[1,[2,[3]]]"_s << QStringList{u"\"-\""_s} << u"\"1-2-3\""_s;
    QTest::newRow("join: string") << u"join"_s << u"\"abc\""_s << QStringList{u"\"-\""_s}
                                  << u"\"abc\""_s;
    QTest::newRow("join: nil") << u"join"_s << u"null"_s << QStringList{u"\"-\""_s} << u"\"\""_s;
    QTest::newRow("join: nil glue")
        << u"join"_s << u"[1,2]"_s << QStringList{u"null"_s} << u"\"12\""_s;
    QTest::newRow("join: element text")
        << u"join"_s << u"[null,true,1.0]"_s << QStringList{u"\",\""_s} << u"\",true,1.0\""_s;
    QTest::newRow("concat: arrays")
        << u"concat"_s << u"[1,2]"_s << QStringList{u"[3,[4]]"_s} << u"[1, 2, 3, [4]]"_s;
    QTest::newRow("concat: flattens the input only")
        << u"concat"_s << u"[[1],2]"_s << QStringList{u"[3]"_s} << u"[1, 2, 3]"_s;
    QTest::newRow("concat: string input")
        << u"concat"_s << u"\"a\""_s << QStringList{u"[1]"_s} << u"[\"a\", 1]"_s;
    QTest::newRow("concat: nil input")
        << u"concat"_s << u"null"_s << QStringList{u"[1]"_s} << u"[1]"_s;
    QTest::newRow("concat: needs an array") << u"concat"_s << u"[1]"_s << QStringList{u"\"x\""_s}
                                            << u"error: concat filter requires an array argument"_s;
    QTest::newRow("concat: hash is not an array")
        << u"concat"_s << u"[1]"_s << QStringList{u"{\"a\":1}"_s}
        << u"error: concat filter requires an array argument"_s;
    QTest::newRow("reverse: flattens")
        << u"reverse"_s << u"[1,[2,3]]"_s << QStringList() << u"[3, 2, 1]"_s;
    QTest::newRow("reverse: string")
        << u"reverse"_s << u"\"abc\""_s << QStringList() << u"[\"abc\"]"_s;
    QTest::newRow("reverse: nil") << u"reverse"_s << u"null"_s << QStringList() << u"[]"_s;
    QTest::newRow("compact: nils")
        << u"compact"_s << u"[1,null,[null,2]]"_s << QStringList() << u"[1, 2]"_s;
    QTest::newRow("compact: by property") << u"compact"_s << u"[{\"a\":1},{\"a\":null},{}]"_s
                                          << QStringList{u"\"a\""_s} << u"[{\"a\"=>1}]"_s;
    QTest::newRow("compact: element without []")
        << u"compact"_s << u"[{\"a\":1},null]"_s << QStringList{u"\"a\""_s} << u"nil"_s;
    QTest::newRow("compact: integer element")
        << u"compact"_s << u"[{\"a\":1},5]"_s << QStringList{u"\"a\""_s}
        << u"error: cannot select the property 'a'"_s;
    QTest::newRow("map: property") << u"map"_s << u"[{\"a\":1},{\"a\":2},{\"b\":3}]"_s
                                   << QStringList{u"\"a\""_s} << u"[1, 2, nil]"_s;
    QTest::newRow("map: hash input")
        << u"map"_s << u"{\"a\":1}"_s << QStringList{u"\"a\""_s} << u"[1]"_s;
    QTest::newRow("map: string input")
        << u"map"_s << u"\"abc\""_s << QStringList{u"\"b\""_s} << u"[\"b\"]"_s;
    QTest::newRow("map: nil input") << u"map"_s << u"null"_s << QStringList{u"\"a\""_s} << u"[]"_s;
    QTest::newRow("map: array values") << u"map"_s << u"[{\"a\":[1,2]},{\"a\":[3]}]"_s
                                       << QStringList{u"\"a\""_s} << u"[[1, 2], [3]]"_s;
    QTest::newRow("map: to_liquid")
        << u"map"_s << u"[1,2]"_s << QStringList{u"\"to_liquid\""_s} << u"[1, 2]"_s;
    QTest::newRow("map: bits of integers")
        << u"map"_s << u"[[7,8]]"_s << QStringList{u"1"_s} << u"[1, 0]"_s;
    QTest::newRow("map: integer key on a hash")
        << u"map"_s << u"[{\"1\":5}]"_s << QStringList{u"1"_s} << u"[nil]"_s;
    QTest::newRow("map: elements without []")
        << u"map"_s << u"[null,true,1.5]"_s << QStringList{u"\"a\""_s} << u"[nil, nil, nil]"_s;
    QTest::newRow("map: integer element")
        << u"map"_s << u"[{\"a\":1},7]"_s << QStringList{u"\"a\""_s}
        << u"error: cannot select the property 'a'"_s;
    QTest::newRow("map: array element")
        << u"map"_s << u"[{\"a\":1},[7]]"_s << QStringList{u"\"a\""_s}
        << u"error: cannot select the property 'a'"_s;
    QTest::newRow("where: truthy")
        << u"where"_s << u"[{\"a\":1},{\"a\":2},{\"a\":null},{\"a\":false},{}]"_s
        << QStringList{u"\"a\""_s} << u"[{\"a\"=>1}, {\"a\"=>2}]"_s;
    QTest::newRow("where: equal") << u"where"_s << u"[{\"a\":1},{\"a\":2},{\"a\":\"1\"}]"_s
                                  << QStringList{u"\"a\""_s, u"1"_s} << u"[{\"a\"=>1}]"_s;
    QTest::newRow("where: integer equals float")
        << u"where"_s << u"[{\"a\":1.0},{\"a\":2}]"_s << QStringList{u"\"a\""_s, u"1"_s}
        << u"[{\"a\"=>1.0}]"_s;
    QTest::newRow("where: false") << u"where"_s << u"[{\"a\":false},{\"a\":true}]"_s
                                  << QStringList{u"\"a\""_s, u"false"_s} << u"[{\"a\"=>false}]"_s;
    QTest::newRow("where: nil target means truthy")
        << u"where"_s << u"[{\"a\":1},{\"b\":1}]"_s << QStringList{u"\"a\""_s, u"null"_s}
        << u"[{\"a\"=>1}]"_s;
    QTest::newRow("where: hash input")
        << u"where"_s << u"{\"a\":1}"_s << QStringList{u"\"a\""_s, u"1"_s} << u"[{\"a\"=>1}]"_s;
    QTest::newRow("where: empty") << u"where"_s << u"[]"_s << QStringList{u"\"a\""_s, u"1"_s}
                                  << u"[]"_s;
    QTest::newRow("where: substring of a string element")
        << u"where"_s << u"[{\"a\":1},\"xa\"]"_s << QStringList{u"\"a\""_s, u"\"a\""_s}
        << u"[\"xa\"]"_s;
    QTest::newRow("where: hashes compare by content")
        << u"where"_s << u"[{\"a\":{\"x\":1,\"y\":2}}]"_s
        << QStringList{u"\"a\""_s, u"{\"y\":2,\"x\":1}"_s} << u"[{\"a\"=>{\"x\"=>1, \"y\"=>2}}]"_s;
    QTest::newRow("where: element without []")
        << u"where"_s << u"[{\"a\":1},5.5]"_s << QStringList{u"\"a\""_s, u"1"_s} << u"nil"_s;
    QTest::newRow("where: integer element")
        << u"where"_s << u"[{\"a\":1},5]"_s << QStringList{u"\"a\""_s, u"1"_s}
        << u"error: cannot select the property 'a'"_s;
    QTest::newRow("uniq: eql") << u"uniq"_s << u"[1,1.0,\"1\",2,null,null]"_s << QStringList()
                               << u"[1, 1.0, \"1\", 2, nil]"_s;
    QTest::newRow("uniq: by property")
        << u"uniq"_s << u"[{\"a\":1,\"b\":1},{\"a\":1,\"b\":2},{\"a\":2}]"_s
        << QStringList{u"\"a\""_s} << u"[{\"a\"=>1, \"b\"=>1}, {\"a\"=>2}]"_s;
    QTest::newRow("uniq: hashes by content")
        << u"uniq"_s << u"[{\"a\":1,\"b\":2},{\"b\":2,\"a\":1}]"_s << QStringList()
        << u"[{\"a\"=>1, \"b\"=>2}]"_s;
    QTest::newRow("uniq: signed zeros")
        << u"uniq"_s << u"[0.0,-0.0]"_s << QStringList() << u"[0.0]"_s;
    QTest::newRow("uniq: flattens") << u"uniq"_s << u"[[1],[1]]"_s << QStringList() << u"[1]"_s;
    QTest::newRow("uniq: one element never looks up")
        << u"uniq"_s << u"[5]"_s << QStringList{u"\"a\""_s} << u"[5]"_s;
    QTest::newRow("uniq: element without []")
        << u"uniq"_s << u"[{\"a\":1},5.5]"_s << QStringList{u"\"a\""_s} << u"nil"_s;
    QTest::newRow("uniq: integer element")
        << u"uniq"_s << u"[{\"a\":1},5]"_s << QStringList{u"\"a\""_s}
        << u"error: cannot select the property 'a'"_s;
    QTest::newRow("sort: numbers")
        << u"sort"_s << u"[3,1,2.5]"_s << QStringList() << u"[1, 2.5, 3]"_s;
    QTest::newRow("sort: strings by code point")
        << u"sort"_s << u"[\"b\",\"a\",\"C\",\"é\",\"😀\"]"_s << QStringList()
        << u"[\"C\", \"a\", \"b\", \"é\", \"😀\"]"_s;
    QTest::newRow("sort: nil last")
        << u"sort"_s << u"[null,3,null,1]"_s << QStringList() << u"[1, 3, nil, nil]"_s;
    QTest::newRow("sort: by property, nil last")
        << u"sort"_s << u"[{\"a\":2},{\"a\":1},{\"a\":null},{\"b\":0}]"_s << QStringList{u"\"a\""_s}
        << u"[{\"a\"=>1}, {\"a\"=>2}, {\"a\"=>nil}, {\"b\"=>0}]"_s;
    QTest::newRow("sort: flattens")
        << u"sort"_s << u"[3,[1,[2]]]"_s << QStringList() << u"[1, 2, 3]"_s;
    QTest::newRow("sort: string input")
        << u"sort"_s << u"\"abc\""_s << QStringList() << u"[\"abc\"]"_s;
    QTest::newRow("sort: nil input") << u"sort"_s << u"null"_s << QStringList() << u"[]"_s;
    QTest::newRow("sort: hash input")
        << u"sort"_s << u"{\"b\":1,\"a\":2}"_s << QStringList() << u"[{\"b\"=>1, \"a\"=>2}]"_s;
    QTest::newRow("sort: equal booleans")
        << u"sort"_s << u"[true,true]"_s << QStringList() << u"[true, true]"_s;
    QTest::newRow("sort: mixed types") << u"sort"_s << u"[1,\"a\"]"_s << QStringList()
                                       << u"error: cannot sort values of incompatible types"_s;
    QTest::newRow("sort: booleans") << u"sort"_s << u"[true,false]"_s << QStringList()
                                    << u"error: cannot sort values of incompatible types"_s;
    QTest::newRow("sort: NaN") << u"sort"_s << u"[1,NaN]"_s << QStringList()
                               << u"error: cannot sort values of incompatible types"_s;
    QTest::newRow("sort: property values of mixed types")
        << u"sort"_s << u"[{\"a\":\"x\"},{\"a\":1}]"_s << QStringList{u"\"a\""_s}
        << u"error: cannot sort values of incompatible types"_s;
    QTest::newRow("sort: property arrays")
        << u"sort"_s << u"[{\"a\":[1,2]},{\"a\":[1]}]"_s << QStringList{u"\"a\""_s}
        << u"[{\"a\"=>[1]}, {\"a\"=>[1, 2]}]"_s;
    QTest::newRow("sort: element without []")
        << u"sort"_s << u"[{\"a\":1},null]"_s << QStringList{u"\"a\""_s} << u"nil"_s;
    QTest::newRow("sort: one element never looks up")
        << u"sort"_s << u"[{\"a\":1}]"_s << QStringList{u"\"a\""_s} << u"[{\"a\"=>1}]"_s;
    QTest::newRow("sort: integer elements") << u"sort"_s << u"[1,2]"_s << QStringList{u"\"a\""_s}
                                            << u"error: cannot select the property 'a'"_s;
    QTest::newRow("sort: string elements by substring")
        << u"sort"_s << u"[\"b\",\"a\"]"_s << QStringList{u"\"a\""_s} << u"[\"a\", \"b\"]"_s;
    QTest::newRow("sort: integer bits")
        << u"sort"_s << u"[3,1]"_s << QStringList{u"1"_s} << u"[1, 3]"_s;
    QTest::newRow("sort_natural: case-insensitive, nil last")
        << u"sort_natural"_s << u"[\"b\",\"a\",\"C\",null,\"B\"]"_s << QStringList()
        << u"[\"a\", \"b\", \"B\", \"C\", nil]"_s;
    QTest::newRow("sort_natural: numbers as text")
        << u"sort_natural"_s << u"[10,9,\"a\"]"_s << QStringList() << u"[10, 9, \"a\"]"_s;
    QTest::newRow("sort_natural: by property")
        << u"sort_natural"_s << u"[{\"n\":\"b\"},{\"n\":\"A\"},{}]"_s << QStringList{u"\"n\""_s}
        << u"[{\"n\"=>\"A\"}, {\"n\"=>\"b\"}, {}]"_s;
    QTest::newRow("sort_natural: only ASCII folds")
        << u"sort_natural"_s << u"[\"é\",\"E\",\"e\",\"f\"]"_s << QStringList()
        << u"[\"E\", \"e\", \"f\", \"é\"]"_s;
    QTest::newRow("default: nil") << u"default"_s << u"null"_s << QStringList{u"\"x\""_s}
                                  << u"\"x\""_s;
    QTest::newRow("default: false")
        << u"default"_s << u"false"_s << QStringList{u"\"x\""_s} << u"\"x\""_s;
    QTest::newRow("default: empty string")
        << u"default"_s << u"\"\""_s << QStringList{u"\"x\""_s} << u"\"x\""_s;
    QTest::newRow("default: empty array")
        << u"default"_s << u"[]"_s << QStringList{u"\"x\""_s} << u"\"x\""_s;
    QTest::newRow("default: empty hash")
        << u"default"_s << u"{}"_s << QStringList{u"\"x\""_s} << u"\"x\""_s;
    QTest::newRow("default: zero is kept")
        << u"default"_s << u"0"_s << QStringList{u"\"x\""_s} << u"0"_s;
    QTest::newRow("default: space is kept")
        << u"default"_s << u"\" \""_s << QStringList{u"\"x\""_s} << u"\" \""_s;
    QTest::newRow("default: no argument")
        << u"default"_s << u"null"_s << QStringList() << u"\"\""_s;
    QTest::newRow("default: ignored second argument")
        << u"default"_s << u"false"_s << QStringList{u"\"x\""_s, u"5"_s} << u"\"x\""_s;
    QTest::newRow("default: options hash as second argument")
        << u"default"_s << u"false"_s << QStringList{u"\"x\""_s, u"{\"allow_false\":true}"_s}
        << u"false"_s;
    QTest::newRow("sort: ties keep their order")
        << u"sort"_s
        << u"[{\"k\":1,\"i\":1},{\"k\":0,\"i\":2},{\"k\":1,\"i\":3},{\"k\":0,\"i\":4}]"_s
        << QStringList{u"\"k\""_s}
        << u"[{\"k\"=>0, \"i\"=>2}, {\"k\"=>0, \"i\"=>4}, {\"k\"=>1, \"i\"=>1}, {\"k\"=>1, \"i\"=>3}]"_s;
    QTest::newRow("sort_natural: nil keys in Ruby's order")
        << u"sort_natural"_s << u"[{\"i\":1},{\"i\":2},{\"i\":3}]"_s << QStringList{u"\"n\""_s}
        << u"[{\"i\"=>3}, {\"i\"=>2}, {\"i\"=>1}]"_s;
    QTest::newRow("sort_natural: nil keys among others")
        << u"sort_natural"_s
        << u"[{\"i\":1},{\"n\":\"b\",\"i\":2},{\"i\":3},{\"n\":\"A\",\"i\":4}]"_s
        << QStringList{u"\"n\""_s}
        << u"[{\"n\"=>\"A\", \"i\"=>4}, {\"n\"=>\"b\", \"i\"=>2}, {\"i\"=>3}, {\"i\"=>1}]"_s;
}

void TestTemplateFilters::filters()
{
    QFETCH(QString, filter);
    QFETCH(QString, input);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);

    QCOMPARE(run(filter, value(input), values(args)), expected);
}

void TestTemplateFilters::arity_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("minArgs");
    QTest::addColumn<int>("maxArgs");

    // Ruby's method arity, less the input (Liquid::StandardFilters.instance_method(…)).
    QTest::newRow("abs") << u"abs"_s << 0 << 0;
    QTest::newRow("append") << u"append"_s << 1 << 1;
    QTest::newRow("at_least") << u"at_least"_s << 1 << 1;
    QTest::newRow("at_most") << u"at_most"_s << 1 << 1;
    QTest::newRow("base64_decode") << u"base64_decode"_s << 0 << 0;
    QTest::newRow("base64_encode") << u"base64_encode"_s << 0 << 0;
    QTest::newRow("base64_url_safe_decode") << u"base64_url_safe_decode"_s << 0 << 0;
    QTest::newRow("base64_url_safe_encode") << u"base64_url_safe_encode"_s << 0 << 0;
    QTest::newRow("capitalize") << u"capitalize"_s << 0 << 0;
    QTest::newRow("ceil") << u"ceil"_s << 0 << 0;
    QTest::newRow("compact") << u"compact"_s << 0 << 1;
    QTest::newRow("concat") << u"concat"_s << 1 << 1;
    QTest::newRow("date") << u"date"_s << 1 << 1;
    QTest::newRow("default") << u"default"_s << 0 << 2;
    QTest::newRow("divided_by") << u"divided_by"_s << 1 << 1;
    QTest::newRow("downcase") << u"downcase"_s << 0 << 0;
    QTest::newRow("escape") << u"escape"_s << 0 << 0;
    QTest::newRow("escape_once") << u"escape_once"_s << 0 << 0;
    QTest::newRow("first") << u"first"_s << 0 << 0;
    QTest::newRow("floor") << u"floor"_s << 0 << 0;
    QTest::newRow("h") << u"h"_s << 0 << 0;
    QTest::newRow("join") << u"join"_s << 0 << 1;
    QTest::newRow("last") << u"last"_s << 0 << 0;
    QTest::newRow("lstrip") << u"lstrip"_s << 0 << 0;
    QTest::newRow("map") << u"map"_s << 1 << 1;
    QTest::newRow("minus") << u"minus"_s << 1 << 1;
    QTest::newRow("modulo") << u"modulo"_s << 1 << 1;
    QTest::newRow("newline_to_br") << u"newline_to_br"_s << 0 << 0;
    QTest::newRow("plus") << u"plus"_s << 1 << 1;
    QTest::newRow("prepend") << u"prepend"_s << 1 << 1;
    QTest::newRow("remove") << u"remove"_s << 1 << 1;
    QTest::newRow("remove_first") << u"remove_first"_s << 1 << 1;
    QTest::newRow("remove_last") << u"remove_last"_s << 1 << 1;
    QTest::newRow("replace") << u"replace"_s << 1 << 2;
    QTest::newRow("replace_first") << u"replace_first"_s << 1 << 2;
    QTest::newRow("replace_last") << u"replace_last"_s << 2 << 2;
    QTest::newRow("reverse") << u"reverse"_s << 0 << 0;
    QTest::newRow("round") << u"round"_s << 0 << 1;
    QTest::newRow("rstrip") << u"rstrip"_s << 0 << 0;
    QTest::newRow("size") << u"size"_s << 0 << 0;
    QTest::newRow("slice") << u"slice"_s << 1 << 2;
    QTest::newRow("sort") << u"sort"_s << 0 << 1;
    QTest::newRow("sort_natural") << u"sort_natural"_s << 0 << 1;
    QTest::newRow("split") << u"split"_s << 1 << 1;
    QTest::newRow("strip") << u"strip"_s << 0 << 0;
    QTest::newRow("strip_html") << u"strip_html"_s << 0 << 0;
    QTest::newRow("strip_newlines") << u"strip_newlines"_s << 0 << 0;
    QTest::newRow("times") << u"times"_s << 1 << 1;
    QTest::newRow("truncate") << u"truncate"_s << 0 << 2;
    QTest::newRow("truncatewords") << u"truncatewords"_s << 0 << 2;
    QTest::newRow("uniq") << u"uniq"_s << 0 << 1;
    QTest::newRow("upcase") << u"upcase"_s << 0 << 0;
    QTest::newRow("url_decode") << u"url_decode"_s << 0 << 0;
    QTest::newRow("url_encode") << u"url_encode"_s << 0 << 0;
    QTest::newRow("where") << u"where"_s << 1 << 2;
    QTest::newRow("json") << u"json"_s << 0 << 0;
    QTest::newRow("json_escape") << u"json_escape"_s << 0 << 0;
}

void TestTemplateFilters::arity()
{
    QFETCH(QString, filter);
    QFETCH(int, minArgs);
    QFETCH(int, maxArgs);

    const FilterSpec *spec = TemplateFilters::find(filter);
    QVERIFY(spec);
    QCOMPARE(spec->name, QStringView(filter));
    QCOMPARE(spec->minArgs, minArgs);
    QCOMPARE(spec->maxArgs, maxArgs);
    QCOMPARE(spec->namedArgs, filter == u"default" ? QStringList{u"allow_false"_s} : QStringList());
}

void TestTemplateFilters::namesAreSortedAndFound()
{
    const QStringList names = TemplateFilters::names();
    QCOMPARE(names.size(), 57);
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY2(names.at(i - 1) < names.at(i), qPrintable(names.at(i)));
    for (const QString &name : names)
        QCOMPARE(TemplateFilters::find(name)->name, QStringView(name));
    QVERIFY(!TemplateFilters::find(u"nope"));
    QVERIFY(!TemplateFilters::find(u""));
    QVERIFY(!TemplateFilters::find(u"Upcase"));
    QVERIFY(!TemplateFilters::find(u"upcase "));
    QVERIFY(TemplateFilters::find(u"h")->function == TemplateFilters::find(u"escape")->function);
}

void TestTemplateFilters::dates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");

    // Ruby ran with TZ=UTC. Ruby's Time.parse also guesses at text with junk in it ("2026-11-20
    // junk" reads "jun" as June); we keep such text as it is.
    QTest::newRow("ISO date and time in UTC")
        << u"\"2026-11-20T09:30:00Z\""_s << u"\"%Y-%m-%d %H:%M:%S %Z %z\""_s
        << u"\"2026-11-20 09:30:00 UTC +0000\""_s;
    QTest::newRow("ISO with offset keeps the offset")
        << u"\"2026-11-20T09:30:00+09:00\""_s << u"\"%Y-%m-%d %H:%M %Z|%z|%:z\""_s
        << u"\"2026-11-20 09:30 |+0900|+09:00\""_s;
    QTest::newRow("ISO with fraction")
        << u"\"2026-11-20T09:30:00.123456789+09:00\""_s << u"\"%L %N %3N %6N %12N\""_s
        << u"\"123 123456789 123 123456 123456789000\""_s;
    QTest::newRow("ISO without offset is UTC")
        << u"\"2026-11-20T09:30:00\""_s << u"\"%F %T %Z %z\""_s
        << u"\"2026-11-20 09:30:00 UTC +0000\""_s;
    QTest::newRow("date only is midnight")
        << u"\"2026-11-20\""_s << u"\"%c\""_s << u"\"Fri Nov 20 00:00:00 2026\""_s;
    QTest::newRow("space separated")
        << u"\"2026-11-20 09:30:00\""_s << u"\"%Y년 %m월 %d일 %H시 %M분\""_s
        << u"\"2026년 11월 20일 09시 30분\""_s;
    QTest::newRow("negative offset")
        << u"\"2026-11-20T09:30:00-05:30\""_s << u"\"%H:%M %z %:z %::z %:::z\""_s
        << u"\"09:30 -0530 -05:30 -05:30:00 -05:30\""_s;
    QTest::newRow("offset without colon")
        << u"\"2026-11-20T09:30:00+0900\""_s << u"\"%z\""_s << u"\"+0900\""_s;
    QTest::newRow("hour offset") << u"\"2026-11-20T09:30:00+09\""_s << u"\"%z\""_s
                                 << u"\"+0900\""_s;
    QTest::newRow("zone name from Ruby's table")
        << u"\"2026-11-20 09:30:00 EST\""_s << u"\"%H:%M %z %Z\""_s << u"\"09:30 -0500 \""_s;
    QTest::newRow("unknown zone name is UTC")
        << u"\"2026-11-20 09:30:00 KST\""_s << u"\"%H:%M %z %Z\""_s << u"\"09:30 +0000 UTC\""_s;
    QTest::newRow("GMT is local UTC")
        << u"\"2026-11-20 09:30:00 GMT\""_s << u"\"%z %-z %Z\""_s << u"\"+0000 +0000 UTC\""_s;
    QTest::newRow("Z is UTC proper")
        << u"\"2026-11-20T09:30:00Z\""_s << u"\"%z %-z %Z\""_s << u"\"+0000 -0000 UTC\""_s;
    QTest::newRow("minus zero is UTC proper")
        << u"\"2026-11-20T09:30:00-00:00\""_s << u"\"%-z %-:z\""_s << u"\"-0000 -00:00\""_s;
    QTest::newRow("RFC 2822") << u"\"Fri, 20 Nov 2026 09:30:00 +0900\""_s
                              << u"\"%a %d %b %Y %T %z\""_s
                              << u"\"Fri 20 Nov 2026 09:30:00 +0900\""_s;
    QTest::newRow("RFC 2822 in GMT")
        << u"\"20 Nov 2026 09:30:00 GMT\""_s << u"\"%a %d %b %Y %T %z\""_s
        << u"\"Fri 20 Nov 2026 09:30:00 +0000\""_s;
    QTest::newRow("month name first") << u"\"November 20, 2026 9:30 PM\""_s
                                      << u"\"%Y-%m-%d %H:%M\""_s << u"\"2026-11-20 21:30\""_s;
    QTest::newRow("month name with at") << u"\"November 20 2026 at 9:30 am\""_s
                                        << u"\"%Y-%m-%d %H:%M\""_s << u"\"2026-11-20 09:30\""_s;
    QTest::newRow("ordinal suffix")
        << u"\"20th November 2026\""_s << u"\"%F\""_s << u"\"2026-11-20\""_s;
    QTest::newRow("abbreviated month with dot")
        << u"\"Nov. 20, 2026\""_s << u"\"%F\""_s << u"\"2026-11-20\""_s;
    QTest::newRow("asctime") << u"\"Fri Nov 20 09:30:00 2026\""_s << u"\"%F %T\""_s
                             << u"\"2026-11-20 09:30:00\""_s;
    QTest::newRow("asctime with zone") << u"\"Fri Nov 20 09:30:00 UTC 2026\""_s << u"\"%F %T %Z\""_s
                                       << u"\"2026-11-20 09:30:00 UTC\""_s;
    QTest::newRow("slashes year first")
        << u"\"2026/11/20 09:30\""_s << u"\"%F %R\""_s << u"\"2026-11-20 09:30\""_s;
    QTest::newRow("slashes day first") << u"\"20/11/2026\""_s << u"\"%F\""_s << u"\"2026-11-20\""_s;
    QTest::newRow("dots day first")
        << u"\"20.11.2026 09:30\""_s << u"\"%F %R\""_s << u"\"2026-11-20 09:30\""_s;
    QTest::newRow("compact ISO") << u"\"20261120T093000Z\""_s << u"\"%F %T %Z\""_s
                                 << u"\"2026-11-20 09:30:00 UTC\""_s;
    QTest::newRow("compact ISO with offset")
        << u"\"20261120T093000+0900\""_s << u"\"%F %T %z\""_s << u"\"2026-11-20 09:30:00 +0900\""_s;
    QTest::newRow("digits are Unix seconds")
        << u"\"20261120\""_s << u"\"%F\""_s << u"\"1970-08-23\""_s;
    QTest::newRow("ordinal date") << u"\"2026-324\""_s << u"\"%F %j\""_s << u"\"2026-11-20 324\""_s;
    QTest::newRow("time only uses today")
        << u"\"09:30\""_s << u"\"%F %T\""_s << u"\"2026-11-27 09:30:00\""_s;
    QTest::newRow("time only with offset uses today there")
        << u"\"09:30 +09:00\""_s << u"\"%F %T %z\""_s << u"\"2026-11-27 09:30:00 +0900\""_s;
    QTest::newRow("month and day use this year")
        << u"\"Nov 20\""_s << u"\"%F\""_s << u"\"2026-11-20\""_s;
    QTest::newRow("pm hour") << u"\"2026-11-20 9pm\""_s << u"\"%H:%M\""_s << u"\"21:00\""_s;
    QTest::newRow("twelve am") << u"\"2026-11-20 12am\""_s << u"\"%H\""_s << u"\"00\""_s;
    QTest::newRow("hour 24 is the next day")
        << u"\"2026-11-20T24:00:00\""_s << u"\"%F %T\""_s << u"\"2026-11-21 00:00:00\""_s;
    QTest::newRow("hour 24 with minutes")
        << u"\"2026-11-20T24:30:00\""_s << u"\"%F %T\""_s << u"\"2026-11-20T24:30:00\""_s;
    QTest::newRow("hour 24 with minutes and an offset")
        << u"\"2026-11-20 24:30+09:00\""_s << u"\"%F %T %z\""_s
        << u"\"2026-11-21 00:30:00 +0900\""_s;
    QTest::newRow("leap second rolls over")
        << u"\"2026-11-20T23:59:60Z\""_s << u"\"%F %T\""_s << u"\"2026-11-21 00:00:00\""_s;
    QTest::newRow("February 30 rolls over")
        << u"\"2026-02-30\""_s << u"\"%F\""_s << u"\"2026-03-02\""_s;
    QTest::newRow("day 32 is not a date")
        << u"\"2026-11-32\""_s << u"\"%F\""_s << u"\"2026-11-32\""_s;
    QTest::newRow("month 13 is not a date")
        << u"\"2026-13-01\""_s << u"\"%F\""_s << u"\"2026-13-01\""_s;
    QTest::newRow("offset beyond a day")
        << u"\"2026-11-20T09:30:00+25:00\""_s << u"\"%F\""_s << u"\"2026-11-20T09:30:00+25:00\""_s;
    QTest::newRow("Korean text is not a date")
        << u"\"2026년 11월 20일\""_s << u"\"%F\""_s << u"\"2026년 11월 20일\""_s;
    QTest::newRow("trailing text is not a date here")
        << u"\"2026-11-20 junk\""_s << u"\"%F\""_s << u"\"2026-11-20 junk\""_s;
    QTest::newRow("empty input") << u"\"\""_s << u"\"%F\""_s << u"\"\""_s;
    QTest::newRow("now") << u"\"now\""_s << u"\"%F %T.%L %Z\""_s
                         << u"\"2026-11-27 10:11:12.345 UTC\""_s;
    QTest::newRow("today is now") << u"\"Today\""_s << u"\"%F %T\""_s
                                  << u"\"2026-11-27 10:11:12\""_s;
    QTest::newRow("Unix seconds") << u"1700000000"_s << u"\"%F %T %Z %s\""_s
                                  << u"\"2023-11-14 22:13:20 UTC 1700000000\""_s;
    QTest::newRow("Unix seconds as text")
        << u"\"1700000000\""_s << u"\"%F %T\""_s << u"\"2023-11-14 22:13:20\""_s;
    QTest::newRow("negative Unix seconds")
        << u"-1"_s << u"\"%F %T\""_s << u"\"1969-12-31 23:59:59\""_s;
    QTest::newRow("negative number text is not seconds")
        << u"\"-5\""_s << u"\"%F\""_s << u"\"-5\""_s;
    QTest::newRow("float is not a date") << u"1.5"_s << u"\"%F\""_s << u"1.5"_s;
    QTest::newRow("nil stays nil") << u"null"_s << u"\"%F\""_s << u"nil"_s;
    QTest::newRow("empty format returns the input")
        << u"\"2026-11-20\""_s << u"\"\""_s << u"\"2026-11-20\""_s;
    QTest::newRow("nil format returns the input")
        << u"\"2026-11-20\""_s << u"null"_s << u"\"2026-11-20\""_s;
    QTest::newRow("number format") << u"\"2026-11-20\""_s << u"5"_s << u"\"5\""_s;
    QTest::newRow("all conversions")
        << u"\"2026-01-03T21:05:07.5+09:00\""_s
        << u"\"%Y %C %y %m %B %b %h %d %e %j %H %k %I %l %M %S %L %N %p %P %A %a %u %w %U %W %G %g %V %Z %z %s %% %D %F %T %R %r %c %x %X %v\""_s
        << u"\"2026 20 26 01 January Jan Jan 03  3 003 21 21 09  9 05 07 500 500000000 PM pm Saturday Sat 6 6 00 00 2026 26 01  +0900 1767441907 % 01/03/26 2026-01-03 21:05:07 21:05 09:05:07 PM Sat Jan  3 21:05:07 2026 01/03/26 21:05:07  3-JAN-2026\""_s;
    QTest::newRow("newline and tab")
        << u"\"2026-01-03\""_s << u"\"a%nb%tc\""_s << u"\"a\\nb\\tc\""_s;
    QTest::newRow("flags")
        << u"\"2026-01-03T09:05:07Z\""_s
        << u"\"%-d %-m %_m %05d %^a %^B %#b %#p %^p %-I %_H %10A %-10A %010d\""_s
        << u"\"3 1  1 00003 SAT JANUARY JAN am AM 9  9   Saturday Saturday 0000000003\""_s;
    QTest::newRow("widths") << u"\"2026-01-03T09:05:07Z\""_s
                            << u"\"%3N %6L %10z %_10z %-z %3Y %10Y\""_s
                            << u"\"000 000000 +000000000       +000 -0000 2026 0000002026\""_s;
    QTest::newRow("locale modifiers are ignored")
        << u"\"2026-01-03T09:05:07Z\""_s << u"\"%Ec %Ey %Od %OH\""_s
        << u"\"Sat Jan  3 09:05:07 2026 26 03 09\""_s;
    QTest::newRow("unknown conversions stay")
        << u"\"2026-01-03T09:05:07Z\""_s << u"\"%Q %K %+ %E5 %5| %:Y %::::z\""_s
        << u"\"%Q %K %+ %E5 %5| %:Y %::::z\""_s;
    QTest::newRow("ISO week years")
        << u"\"2021-01-03\""_s << u"\"%G-W%V-%u %U %W\""_s << u"\"2020-W53-7 01 00\""_s;
    QTest::newRow("ISO week 53") << u"\"2020-12-31\""_s << u"\"%G-W%V-%u\""_s
                                 << u"\"2020-W53-4\""_s;
    QTest::newRow("ISO week 1 in December")
        << u"\"2024-12-30\""_s << u"\"%G-W%V-%u\""_s << u"\"2025-W01-1\""_s;
    QTest::newRow("negative year") << u"\"-0005-03-01T00:00:00Z\""_s << u"\"%Y %C %y %G %v\""_s
                                   << u"\"-0005 -1 95 -0005  1-MAR--005\""_s;
    QTest::newRow("five digit year")
        << u"\"12026-12-31\""_s << u"\"%Y %c\""_s << u"\"12026 Thu Dec 31 00:00:00 12026\""_s;
    QTest::newRow("format ending in percent")
        << u"\"2026-01-03\""_s << u"\"100%\""_s << u"error: invalid format: 100%"_s;
    QTest::newRow("format ending in a flag")
        << u"\"2026-01-03\""_s << u"\"%-\""_s << u"error: invalid format: %-"_s;
}

void TestTemplateFilters::dates()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(QString, expected);

    QCOMPARE(run(u"date", value(input), {value(format)}), expected);
}

void TestTemplateFilters::nowKeepsTheClocksOffset()
{
    FilterEnvironment env = environment();
    env.now = env.now.toOffsetFromUtc(9 * 3600);
    QCOMPARE(run(u"date", TemplateValue(u"now"_s), {TemplateValue(u"%F %T %z|%Z"_s)}, {}, env),
             u"\"2026-11-27 19:11:12 +0900|\""_s);
    // A time alone takes today's date where the clock is.
    QCOMPARE(run(u"date", TemplateValue(u"23:00"_s), {TemplateValue(u"%F %T"_s)}, {}, env),
             u"\"2026-11-27 23:00:00\""_s);
}

void TestTemplateFilters::ranges_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first") << qint64(1) << qint64(5) << u"first"_s << QStringList() << u"1"_s;
    QTest::newRow("last") << qint64(1) << qint64(5) << u"last"_s << QStringList() << u"5"_s;
    QTest::newRow("first of an empty range")
        << qint64(5) << qint64(1) << u"first"_s << QStringList() << u"5"_s;
    QTest::newRow("last of an empty range")
        << qint64(5) << qint64(1) << u"last"_s << QStringList() << u"1"_s;
    QTest::newRow("size") << qint64(1) << qint64(5) << u"size"_s << QStringList() << u"5"_s;
    QTest::newRow("size of an empty range")
        << qint64(5) << qint64(1) << u"size"_s << QStringList() << u"0"_s;
    QTest::newRow("join") << qint64(1) << qint64(3) << u"join"_s << QStringList() << u"\"1 2 3\""_s;
    QTest::newRow("join of an empty range")
        << qint64(5) << qint64(1) << u"join"_s << QStringList() << u"\"\""_s;
    QTest::newRow("reverse") << qint64(1) << qint64(3) << u"reverse"_s << QStringList()
                             << u"[3, 2, 1]"_s;
    QTest::newRow("sort") << qint64(3) << qint64(5) << u"sort"_s << QStringList() << u"[3, 4, 5]"_s;
    QTest::newRow("uniq") << qint64(1) << qint64(3) << u"uniq"_s << QStringList() << u"[1, 2, 3]"_s;
    QTest::newRow("slice reads the text")
        << qint64(1) << qint64(5) << u"slice"_s << QStringList{u"1"_s, u"2"_s} << u"\"..\""_s;
    QTest::newRow("upcase reads the text")
        << qint64(1) << qint64(5) << u"upcase"_s << QStringList() << u"\"1..5\""_s;
    QTest::newRow("concat input") << qint64(1) << qint64(2) << u"concat"_s << QStringList{u"[9]"_s}
                                  << u"[1, 2, 9]"_s;
    QTest::newRow("default keeps an empty range")
        << qint64(5) << qint64(1) << u"default"_s << QStringList{u"\"x\""_s} << u"5..1"_s;
    QTest::newRow("plus reads 0") << qint64(1) << qint64(2) << u"plus"_s << QStringList{u"1"_s}
                                  << u"1"_s;
    QTest::newRow("map has integers")
        << qint64(1) << qint64(2) << u"map"_s << QStringList{u"\"a\""_s}
        << u"error: cannot select the property 'a'"_s;
    QTest::newRow("too large to expand")
        << qint64(0) << qint64(10000000) << u"join"_s << QStringList()
        << u"error: the collection has more than 1048576 elements"_s;
    QTest::newRow("size of the widest range")
        << std::numeric_limits<qint64>::min() << std::numeric_limits<qint64>::max() << u"size"_s
        << QStringList() << u"1.8446744073709552e+19"_s;
}

void TestTemplateFilters::ranges()
{
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(QString, filter);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);

    QCOMPARE(run(filter, TemplateValue::range(first, last), values(args)), expected);
    // A range is not an array argument.
    QCOMPARE(run(u"concat", value(u"[1]"), {TemplateValue::range(first, last)}),
             u"error: concat filter requires an array argument"_s);
}

void TestTemplateFilters::defaultAllowFalse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("allowFalse");
    QTest::addColumn<QString>("expected");

    // `{{ input | default: args…, allow_false: allowFalse }}`
    QTest::newRow("false kept") << u"false"_s << QStringList{u"\"x\""_s} << u"true"_s << u"false"_s;
    QTest::newRow("nil still replaced")
        << u"null"_s << QStringList{u"\"x\""_s} << u"true"_s << u"\"x\""_s;
    QTest::newRow("empty still replaced")
        << u"\"\""_s << QStringList{u"\"x\""_s} << u"true"_s << u"\"x\""_s;
    QTest::newRow("allow_false: false")
        << u"false"_s << QStringList{u"\"x\""_s} << u"false"_s << u"\"x\""_s;
    QTest::newRow("truthy text counts")
        << u"false"_s << QStringList{u"\"x\""_s} << u"\"no\""_s << u"false"_s;
    // Ruby would take the options hash itself as the default value here; we read it as meant.
    QTest::newRow("without a default value")
        << u"false"_s << QStringList() << u"true"_s << u"false"_s;
    QTest::newRow("nil without a default value")
        << u"null"_s << QStringList() << u"true"_s << u"\"\""_s;
    // Ruby passes the named arguments as one more positional argument: three is too many.
    QTest::newRow("with a second positional argument")
        << u"false"_s << QStringList{u"\"x\""_s, u"{\"allow_false\":true}"_s} << u"true"_s
        << u"error: wrong number of arguments (given 4, expected 1..3)"_s;
}

void TestTemplateFilters::defaultAllowFalse()
{
    QFETCH(QString, input);
    QFETCH(QStringList, args);
    QFETCH(QString, allowFalse);
    QFETCH(QString, expected);

    QCOMPARE(run(u"default", value(input), values(args), {{u"allow_false"_s, value(allowFalse)}}),
             expected);
}

void TestTemplateFilters::json_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("json: string") << u"json"_s << u"\"a \\\"b\\\"\\n\""_s
                                  << uR"("\"a \\\"b\\\"\\n\"")"_s;
    QTest::newRow("json: number") << u"json"_s << u"42"_s << u"\"42\""_s;
    QTest::newRow("json: nil") << u"json"_s << u"null"_s << u"\"null\""_s;
    QTest::newRow("json: array") << u"json"_s << u"[1,\"x\",true,null]"_s
                                 << uR"("[1,\"x\",true,null]")"_s;
    QTest::newRow("json: hash") << u"json"_s << u"{\"k\":[1,2]}"_s << uR"("{\"k\":[1,2]}")"_s;
    QTest::newRow("json_escape: quotes, backslashes, controls")
        << u"json_escape"_s << u"\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\""_s
        << uR"("a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001")"_s;
    QTest::newRow("json_escape: line and paragraph separators")
        << u"json_escape"_s << u"\"\\u2028x\\u2029\""_s << uR"("\\u2028x\\u2029")"_s;
    QTest::newRow("json_escape: other text as it is")
        << u"json_escape"_s << u"\"김민지 é 😀 </script>\""_s << u"\"김민지 é 😀 </script>\""_s;
    QTest::newRow("json_escape: byte order mark and a lone surrogate")
        << u"json_escape"_s << u"\"\\ufeffa\\ud800\""_s << uR"("\\ufeffa\\ud800")"_s;
    QTest::newRow("json_escape: number") << u"json_escape"_s << u"2.5"_s << u"\"2.5\""_s;
    QTest::newRow("json_escape: nil") << u"json_escape"_s << u"null"_s << u"\"\""_s;
}

void TestTemplateFilters::json()
{
    QFETCH(QString, filter);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(run(filter, value(input), {}), expected);
}

void TestTemplateFilters::outputLimits_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<TemplateValue>("input");
    QTest::addColumn<QList<TemplateValue>>("args");
    QTest::addColumn<bool>("fits");

    // With a limit of 100 characters.
    const auto text = [](qsizetype n, char16_t c) { return TemplateValue(QString(n, QChar(c))); };
    QTest::newRow("append at the limit")
        << u"append"_s << text(50, u'a') << QList{text(50, u'b')} << true;
    QTest::newRow("append past the limit")
        << u"append"_s << text(50, u'a') << QList{text(51, u'b')} << false;
    QTest::newRow("prepend past the limit")
        << u"prepend"_s << text(60, u'a') << QList{text(60, u'b')} << false;
    QTest::newRow("upcase growing")
        << u"upcase"_s << text(60, u'ß') << QList<TemplateValue>() << false;
    QTest::newRow("replace growing")
        << u"replace"_s << text(50, u'a') << QList{text(1, u'a'), text(3, u'b')} << false;
    QTest::newRow("replace an empty pattern")
        << u"replace"_s << text(60, u'a') << QList{TemplateValue(QString()), text(1, u'-')}
        << false;
    QTest::newRow("replace with the text before")
        << u"replace"_s << text(60, u'a') << QList{text(1, u'a'), TemplateValue(u"\\`"_s)} << false;
    QTest::newRow("escape") << u"escape"_s << text(30, u'<') << QList<TemplateValue>() << false;
    QTest::newRow("url_encode") << u"url_encode"_s << text(20, u'é') << QList<TemplateValue>()
                                << false;
    QTest::newRow("newline_to_br")
        << u"newline_to_br"_s << text(20, u'\n') << QList<TemplateValue>() << false;
    QTest::newRow("base64_encode")
        << u"base64_encode"_s << text(90, u'a') << QList<TemplateValue>() << false;
    QTest::newRow("json_escape") << u"json_escape"_s << text(20, u'\u0001')
                                 << QList<TemplateValue>() << false;
    QTest::newRow("truncate with a long ellipsis")
        << u"truncate"_s << text(100, u'a') << QList{TemplateValue(qint64(50)), text(101, u'.')}
        << false;
    QTest::newRow("join") << u"join"_s << TemplateValue(TemplateValue::Array(60, text(2, u'x')))
                          << QList<TemplateValue>() << false;
    QTest::newRow("date width") << u"date"_s << TemplateValue(u"now"_s)
                                << QList{TemplateValue(u"%200Y"_s)} << false;
    QTest::newRow("date fraction digits")
        << u"date"_s << TemplateValue(u"now"_s) << QList{TemplateValue(u"%2147483647N"_s)} << false;
    QTest::newRow("date repeated") << u"date"_s << TemplateValue(u"now"_s)
                                   << QList{TemplateValue(QString(u"%c"_s).repeated(10))} << false;
    QTest::newRow("split into as many parts as characters")
        << u"split"_s << text(100, u'a') << QList{TemplateValue(QString())} << true;
    QTest::newRow("range of more elements than characters")
        << u"join"_s << TemplateValue::range(1, 101) << QList<TemplateValue>() << false;
    QTest::newRow("concat past the limit")
        << u"concat"_s << TemplateValue(TemplateValue::Array(60, TemplateValue()))
        << QList{TemplateValue(TemplateValue::Array(60, TemplateValue()))} << false;
}

void TestTemplateFilters::outputLimits()
{
    QFETCH(QString, filter);
    QFETCH(TemplateValue, input);
    QFETCH(QList<TemplateValue>, args);
    QFETCH(bool, fits);

    FilterEnvironment env = environment();
    env.maxStringLength = 100;
    const QString result = run(filter, input, args, {}, env);
    if (fits) {
        QVERIFY2(!result.startsWith(u"error"), qPrintable(result));
    } else {
        QVERIFY2(result == u"error: the output is longer than 100 characters"
                     || result == u"error: the collection has more than 100 elements",
                 qPrintable(result));
    }
}

void TestTemplateFilters::hostileInputsNeverCrash()
{
    // Every filter with every pairing of awkward values: each call must end, with a value or
    // a "template-render" error, and no string past the limit. (The fuzzer does this at scale.)
    TemplateValue deep(qint64(1));
    for (int i = 0; i < 2000; ++i)
        deep = TemplateValue(TemplateValue::Array{deep, TemplateValue(qint64(i))});
    TemplateValue shared(TemplateValue::Array{TemplateValue(u"x"_s)});
    for (int i = 0; i < 30; ++i)
        shared = TemplateValue(TemplateValue::Array{shared, shared});
    TemplateValue::Members wide;
    for (int i = 0; i < 100; ++i)
        wide.append({QString::number(i), TemplateValue(qint64(i))});
    const QList<TemplateValue> inputs{
        TemplateValue(),
        TemplateValue(false),
        TemplateValue(std::numeric_limits<qint64>::min()),
        TemplateValue(std::numeric_limits<qint64>::max()),
        TemplateValue(-0.0),
        TemplateValue(std::numeric_limits<double>::quiet_NaN()),
        TemplateValue(-std::numeric_limits<double>::infinity()),
        TemplateValue(1e308),
        TemplateValue(5e-324),
        TemplateValue(QString(3000, u'9')),
        TemplateValue(u"-0."_s + QString(3000, u'1')),
        TemplateValue(QString(u"\xd800x\xdc00"_s)),
        TemplateValue(QString(u"%<&>\\k<\\0\\`\n\r\u2028 "_s).repeated(40)),
        TemplateValue(u"2026-11-20T24:60:61+99:99"_s),
        TemplateValue(u"0x7fffffffffffffff"_s),
        deep,
        shared,
        TemplateValue(wide),
        TemplateValue(TemplateValue::Array(300, TemplateValue(wide))),
        TemplateValue::range(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()),
        TemplateValue::range(-5, 5),
    };
    const QList<TemplateValue> arguments{
        TemplateValue(),
        TemplateValue(std::numeric_limits<qint64>::min()),
        TemplateValue(qint64(2147483647)),
        TemplateValue(-1e308),
        TemplateValue(QString()),
        TemplateValue(u"%2147483647Y%-"_s),
        TemplateValue(u"\\k<"_s),
        TemplateValue(u"1"_s),
        deep,
        TemplateValue(wide),
    };
    FilterEnvironment env = environment();
    env.maxStringLength = 4096;
    for (const QString &name : TemplateFilters::names()) {
        const FilterSpec *spec = TemplateFilters::find(name);
        for (const TemplateValue &input : inputs) {
            QList<QList<TemplateValue>> argLists;
            if (spec->minArgs == 0)
                argLists.append(QList<TemplateValue>());
            for (const TemplateValue &a : arguments) {
                if (spec->minArgs <= 1 && spec->maxArgs >= 1)
                    argLists.append(QList<TemplateValue>{a});
                if (spec->maxArgs >= 2) {
                    for (const TemplateValue &b : arguments)
                        argLists.append(QList<TemplateValue>{a, b});
                }
            }
            for (const QList<TemplateValue> &args : argLists) {
                const QList<std::pair<QString, TemplateValue>> named;
                const FilterCall call{input, args, named, env};
                const Result<TemplateValue> result = spec->function(call);
                if (!result) {
                    QCOMPARE(result.error().code, u"template-render"_s);
                    QVERIFY(!result.error().message.isEmpty());
                } else if (result->isString()) {
                    QVERIFY2(result->string().size() <= env.maxStringLength, qPrintable(name));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTemplateFilters)
#include "tst_templatefilters.moc"
