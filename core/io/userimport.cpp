// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userimport.h"

#include "io/csv.h"

#include "model/orderedjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

// ---------------------------------------------------------------------------------------------
// Text helpers: positions, lines, UTF-8

QByteArray withoutBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

/// Maps byte offsets to 1-based lines and columns. A line ends at LF, CRLF or a lone CR.
class LineMap
{
public:
    explicit LineMap(const QByteArray &text)
        : m_text(text)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text.at(i + 1) != '\n')))
                m_starts.append(i + 1);
        }
    }

    int line(qsizetype offset) const
    {
        return int(std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) - m_starts.cbegin());
    }

    /// Columns count characters (UTF-8 sequences), not bytes.
    int column(qsizetype offset) const
    {
        const qsizetype start = m_starts.at(line(offset) - 1);
        int column = 1;
        for (qsizetype i = start; i < offset && i < m_text.size(); ++i) {
            if ((uchar(m_text.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        return column;
    }

private:
    const QByteArray &m_text;
    QList<qsizetype> m_starts;
};

/// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
/// surrogates and code points above U+10FFFF included), or -1 when all of `bytes` is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar lead = uchar(bytes.at(i));
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar next = uchar(bytes.at(i + k));
            if ((next & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3F);
        }
        const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString invalidUtf8Message(int recordLine, int badLine)
{
    if (badLine == recordLine)
        return QCoreApplication::translate("UserImport", "the text is not valid UTF-8");
    return QCoreApplication::translate("UserImport", "the text is not valid UTF-8 (line %1)")
        .arg(badLine);
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipJsonSpace(const QByteArray &text, qsizetype pos)
{
    while (pos < text.size() && isJsonSpace(text.at(pos)))
        ++pos;
    return pos;
}

/// The column of a QJsonParseError, counted in characters of `bytes`.
int errorColumn(QByteArrayView bytes, qsizetype offset)
{
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if ((uchar(bytes.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

// ---------------------------------------------------------------------------------------------
// Collecting users and problems

/// A failure that makes the whole input unusable (as opposed to one bad row).
struct Fatal
{
    int line = 0;
    int column = 0;
    QString message;
};

Error unreadable(const QFile &file)
{
    return Error{u"unreadable"_s,
                 QCoreApplication::translate("UserImport", "cannot read %1: %2")
                     .arg(file.fileName(), file.errorString())};
}

/// The user a JSON value describes, or why it is not one.
Result<SampleUser> userFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{u"not-a-user"_s,
                     QCoreApplication::translate("UserImport",
                                                 "expected a user object such as {\"user_id\": "
                                                 "\"u1\", \"properties\": {…}}")};
    return SampleUser::fromJson(value.toObject());
}

/// One line of JSON Lines (not blank) as a user, or the problem that skips it.
Result<SampleUser> userFromJsonLine(QByteArrayView bytes, int line)
{
    if (firstInvalidUtf8(bytes) >= 0)
        return Error{u"invalid-utf8"_s, invalidUtf8Message(line, line)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{u"invalid-json"_s,
                     QCoreApplication::translate("UserImport", "invalid JSON at column %1: %2")
                         .arg(errorColumn(bytes, error.offset))
                         .arg(error.errorString())};
    return userFromJson(document.isObject() ? QJsonValue(document.object())
                                            : QJsonValue(document.array()));
}

/// The users and problems found so far; rejects a user_id that an earlier kept row already has.
class Collector
{
public:
    void problem(int line, const QString &message) { m_result.problems.append({line, message}); }

    void add(SampleUser user, int line)
    {
        const auto seen = m_lines.constFind(user.userId);
        if (seen != m_lines.constEnd()) {
            problem(line,
                    QCoreApplication::translate("UserImport",
                                                "user_id %1 already appears on line %2")
                        .arg(user.userId)
                        .arg(*seen));
            return;
        }
        m_lines.insert(user.userId, line);
        m_result.users.append(std::move(user));
    }

    /// Adds the user described by a parsed JSON object, or reports why it is not one.
    void addJson(const QJsonValue &value, int line)
    {
        Result<SampleUser> user = userFromJson(value);
        if (!user) {
            problem(line, user.error().message);
            return;
        }
        add(std::move(user).value(), line);
    }

    UserImport take() { return std::move(m_result); }

private:
    UserImport m_result;
    QHash<QString, int> m_lines;
};

struct Parsed
{
    UserImport result;
    std::optional<Fatal> fatal;
};

Parsed fatalResult(int line, int column, const QString &message)
{
    Parsed parsed;
    parsed.fatal = Fatal{line, column, message};
    return parsed;
}

/// Public parse functions report a fatal failure as the one problem of an empty import.
UserImport flatten(Parsed parsed)
{
    if (parsed.fatal)
        parsed.result.problems.prepend({parsed.fatal->line, parsed.fatal->message});
    return std::move(parsed.result);
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

Parsed parseJsonLinesImpl(const QByteArray &data)
{
    const QByteArray text = withoutBom(data);
    Collector users;
    qsizetype start = 0;
    int line = 0;
    while (start < text.size()) {
        ++line;
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView bytes(text.constData() + start, end - start);
        start = end + 1;
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.trimmed().isEmpty())
            continue;
        Result<SampleUser> user = userFromJsonLine(bytes, line);
        if (user)
            users.add(std::move(user).value(), line);
        else
            users.problem(line, user.error().message);
    }
    return {users.take(), std::nullopt};
}

// ---------------------------------------------------------------------------------------------
// JSON array

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

/// Finds where each element of a top-level JSON array begins and ends, checking only the
/// structure (brackets, strings, separators) so that one broken element does not hide the others.
class ArrayScanner
{
public:
    explicit ArrayScanner(const QByteArray &text)
        : m_text(text)
    {}

    bool scan()
    {
        qsizetype pos = skipJsonSpace(m_text, 0);
        if (pos >= m_text.size())
            return fail(pos, QCoreApplication::translate("UserImport", "the file is empty"));
        if (m_text.at(pos) != '[')
            return fail(pos,
                        QCoreApplication::translate("UserImport", "expected a JSON array of users"));
        pos = skipJsonSpace(m_text, pos + 1);
        if (pos < m_text.size() && m_text.at(pos) == ']')
            return finish(pos + 1);
        for (;;) {
            pos = skipJsonSpace(m_text, pos);
            if (pos >= m_text.size())
                return fail(pos, unexpectedEnd());
            const char c = m_text.at(pos);
            if (c == ',' || c == ']' || c == '}')
                return fail(pos,
                            QCoreApplication::translate("UserImport", "expected an array element"));
            qsizetype end = 0;
            if (!scanValue(pos, end))
                return false;
            m_elements.append({pos, end});
            pos = skipJsonSpace(m_text, end);
            if (pos >= m_text.size())
                return fail(pos, unexpectedEnd());
            if (m_text.at(pos) == ',') {
                ++pos;
                continue;
            }
            if (m_text.at(pos) == ']')
                return finish(pos + 1);
            return fail(pos,
                        QCoreApplication::translate("UserImport",
                                                    "expected ',' or ']' after an array element"));
        }
    }

    const QList<Span> &elements() const { return m_elements; }
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    static QString unexpectedEnd()
    {
        return QCoreApplication::translate(
            "UserImport", "unexpected end of the file inside the array (missing ']'?)");
    }

    bool fail(qsizetype offset, const QString &message)
    {
        m_errorOffset = offset;
        m_errorMessage = message;
        return false;
    }

    bool finish(qsizetype pos)
    {
        pos = skipJsonSpace(m_text, pos);
        if (pos < m_text.size())
            return fail(pos,
                        QCoreApplication::translate("UserImport",
                                                    "unexpected text after the end of the array"));
        return true;
    }

    bool scanString(qsizetype pos, qsizetype &end)
    {
        const qsizetype open = pos;
        for (++pos; pos < m_text.size(); ++pos) {
            const char c = m_text.at(pos);
            if (c == '\\') {
                ++pos;
            } else if (c == '"') {
                end = pos + 1;
                return true;
            } else if (c == '\n' || c == '\r') {
                break; // a raw line break is never part of a JSON string
            }
        }
        return fail(open, QCoreApplication::translate("UserImport", "unterminated string"));
    }

    bool scanValue(qsizetype pos, qsizetype &end)
    {
        const char first = m_text.at(pos);
        if (first == '"')
            return scanString(pos, end);
        if (first != '{' && first != '[') {
            // A scalar: it runs to the next separator; whether it is valid is decided later.
            while (pos < m_text.size() && !isJsonSpace(m_text.at(pos))
                   && !QByteArrayView(",]}[{\"").contains(m_text.at(pos)))
                ++pos;
            end = pos;
            return true;
        }
        QList<std::pair<char, qsizetype>> open; // expected closer, where its opener is
        for (; pos < m_text.size(); ++pos) {
            const char c = m_text.at(pos);
            if (c == '"') {
                qsizetype stringEnd = 0;
                if (!scanString(pos, stringEnd))
                    return false;
                pos = stringEnd - 1;
            } else if (c == '{' || c == '[') {
                open.append({c == '{' ? '}' : ']', pos});
            } else if (c == '}' || c == ']') {
                if (open.constLast().first != c)
                    return fail(pos,
                                QCoreApplication::translate("UserImport",
                                                            "unexpected '%1' (expected '%2')")
                                    .arg(QChar::fromLatin1(c))
                                    .arg(QChar::fromLatin1(open.constLast().first)));
                open.removeLast();
                if (open.isEmpty()) {
                    end = pos + 1;
                    return true;
                }
            }
        }
        return fail(open.constLast().second,
                    open.constLast().first == '}'
                        ? QCoreApplication::translate("UserImport", "this object is never closed")
                        : QCoreApplication::translate("UserImport", "this array is never closed"));
    }

    const QByteArray &m_text;
    QList<Span> m_elements;
    qsizetype m_errorOffset = 0;
    QString m_errorMessage;
};

Parsed parseJsonArrayImpl(const QByteArray &text)
{
    const LineMap lines(text);
    ArrayScanner scanner(text);
    if (!scanner.scan()) {
        const qsizetype at = scanner.errorOffset();
        return fatalResult(lines.line(at), lines.column(at), scanner.errorMessage());
    }
    Collector users;
    for (const Span &span : scanner.elements()) {
        const int line = lines.line(span.begin);
        const QByteArrayView bytes(text.constData() + span.begin, span.end - span.begin);
        const qsizetype invalid = firstInvalidUtf8(bytes);
        if (invalid >= 0) {
            users.problem(line, invalidUtf8Message(line, lines.line(span.begin + invalid)));
            continue;
        }
        // Wrapping keeps scalars parseable too (QJsonDocument takes only objects and arrays).
        const QByteArray wrapped = '[' + bytes.toByteArray() + ']';
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
        if (error.error != QJsonParseError::NoError) {
            const qsizetype at = span.begin
                                 + qBound(qsizetype(0), qsizetype(error.offset) - 1, bytes.size());
            users.problem(line,
                          QCoreApplication::translate("UserImport",
                                                      "invalid JSON at line %1, column %2: %3")
                              .arg(lines.line(at))
                              .arg(lines.column(at))
                              .arg(error.errorString()));
            continue;
        }
        users.addJson(document.array().at(0), line);
    }
    return {users.take(), std::nullopt};
}

Parsed parseJsonImpl(const QByteArray &data)
{
    const QByteArray text = withoutBom(data);
    const qsizetype first = skipJsonSpace(text, 0);
    if (first >= text.size() || text.at(first) != '{')
        return parseJsonArrayImpl(text);

    // A single user object, or JSON Lines under a .json name.
    const LineMap lines(text);
    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        Collector users;
        users.addJson(whole.object(), lines.line(first));
        return {users.take(), std::nullopt};
    }
    const qsizetype firstLineEnd = text.indexOf('\n', first);
    const QByteArray firstLine = text.mid(first, firstLineEnd < 0 ? -1 : firstLineEnd - first);
    QJsonParseError lineError;
    if (QJsonDocument::fromJson(firstLine, &lineError).isObject())
        return parseJsonLinesImpl(text);
    const qsizetype at = qMin(qsizetype(error.offset), text.size());
    return fatalResult(lines.line(at),
                       lines.column(at),
                       QCoreApplication::translate("UserImport", "invalid JSON: %1")
                           .arg(error.errorString()));
}

// ---------------------------------------------------------------------------------------------
// CSV

enum class ColumnType { Inferred, String, Number, Boolean, Json, Version };

struct Column
{
    QString name;
    ColumnType type = ColumnType::Inferred;
};

std::optional<ColumnType> columnType(const QString &name)
{
    static const QHash<QString, ColumnType> types{
        {u"string"_s, ColumnType::String},
        {u"str"_s, ColumnType::String},
        {u"text"_s, ColumnType::String},
        {u"number"_s, ColumnType::Number},
        {u"int"_s, ColumnType::Number},
        {u"integer"_s, ColumnType::Number},
        {u"float"_s, ColumnType::Number},
        {u"double"_s, ColumnType::Number},
        {u"boolean"_s, ColumnType::Boolean},
        {u"bool"_s, ColumnType::Boolean},
        {u"json"_s, ColumnType::Json},
        {u"version"_s, ColumnType::Version},
    };
    const auto it = types.constFind(name.trimmed().toLower());
    if (it == types.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

/// Converts one non-empty cell; on failure returns nothing and says why in `why`.
std::optional<QJsonValue> convertCell(const QString &cell, ColumnType type, QString &why)
{
    const QString trimmed = cell.trimmed();
    switch (type) {
    case ColumnType::Inferred: {
        // Only plain decimals become numbers: "+8210…", "007" and 16+ digit ids keep their text.
        static const QRegularExpression decimal(u"\\A-?(?:0|[1-9][0-9]{0,14})(?:\\.[0-9]+)?\\z"_s);
        if (decimal.match(trimmed).hasMatch())
            return QJsonValue(trimmed.toDouble());
        if (trimmed.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (trimmed.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        return QJsonValue(cell);
    }
    case ColumnType::String:
        return QJsonValue(cell);
    case ColumnType::Number: {
        bool ok = false;
        const double value = trimmed.toDouble(&ok);
        if (ok && std::isfinite(value))
            return QJsonValue(value);
        why = QCoreApplication::translate("UserImport", "\"%1\" is not a number").arg(cell);
        return std::nullopt;
    }
    case ColumnType::Boolean: {
        const QString word = trimmed.toLower();
        if (word == u"true"_s || word == u"yes"_s || word == u"1"_s)
            return QJsonValue(true);
        if (word == u"false"_s || word == u"no"_s || word == u"0"_s)
            return QJsonValue(false);
        why = QCoreApplication::translate("UserImport", "\"%1\" is not true or false").arg(cell);
        return std::nullopt;
    }
    case ColumnType::Json:
        if (std::optional<QJsonValue> value = parseJsonValue(trimmed))
            return value;
        why = QCoreApplication::translate("UserImport", "\"%1\" is not valid JSON").arg(cell);
        return std::nullopt;
    case ColumnType::Version: {
        static const QRegularExpression version(
            u"\\A[0-9]+(?:\\.[0-9]+)*(?:[-+][0-9A-Za-z.+-]+)?\\z"_s);
        if (version.match(trimmed).hasMatch())
            return QJsonValue(trimmed);
        why = QCoreApplication::translate("UserImport", "\"%1\" is not a version such as 2.4.0")
                  .arg(cell);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

Parsed parseCsvImpl(const QByteArray &data)
{
    const QByteArray text = withoutBom(data);
    const LineMap lines(text);
    const QList<Csv::Record> records = Csv::split(text);
    if (records.isEmpty())
        return fatalResult(1, 0, QCoreApplication::translate("UserImport", "the file is empty"));

    // The header row
    const Csv::Record &header = records.first();
    if (!header.error.isEmpty())
        return fatalResult(header.line, 0, header.error);
    const QByteArrayView headerBytes(text.constData() + header.begin, header.end - header.begin);
    if (const qsizetype invalid = firstInvalidUtf8(headerBytes); invalid >= 0)
        return fatalResult(lines.line(header.begin + invalid),
                           0,
                           QCoreApplication::translate("UserImport",
                                                       "the header row is not valid UTF-8"));
    QList<Column> columns;
    int userIdColumn = -1;
    int eventsColumn = -1;
    QHash<QString, int> names;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString title = QString::fromUtf8(header.fields.at(i)).trimmed();
        Column column{title, ColumnType::Inferred};
        const qsizetype colon = title.lastIndexOf(u':');
        if (colon >= 0) {
            const QString typeName = title.mid(colon + 1).trimmed();
            const std::optional<ColumnType> type = columnType(typeName);
            if (!type)
                return fatalResult(
                    header.line,
                    0,
                    QCoreApplication::translate("UserImport",
                                                "column %1 (\"%2\"): unknown type \"%3\" "
                                                "(use string, number, boolean, json "
                                                "or version)")
                        .arg(i + 1)
                        .arg(title, typeName));
            column = {title.left(colon).trimmed(), *type};
        }
        if (column.name.isEmpty())
            return fatalResult(header.line,
                               0,
                               QCoreApplication::translate("UserImport", "column %1 has no name")
                                   .arg(i + 1));
        if (names.contains(column.name))
            return fatalResult(header.line,
                               0,
                               QCoreApplication::translate(
                                   "UserImport", "column \"%1\" appears twice in the header")
                                   .arg(column.name));
        names.insert(column.name, int(i));
        if (column.name == u"user_id"_s) {
            if (column.type != ColumnType::Inferred && column.type != ColumnType::String)
                return fatalResult(header.line,
                                   0,
                                   QCoreApplication::translate("UserImport",
                                                               "the user_id column holds strings"));
            userIdColumn = int(i);
        } else if (column.name == u"events"_s) {
            if (column.type != ColumnType::Inferred && column.type != ColumnType::Json)
                return fatalResult(
                    header.line,
                    0,
                    QCoreApplication::translate("UserImport",
                                                "the events column holds a JSON array "
                                                "of events"));
            eventsColumn = int(i);
        }
        columns.append(column);
    }
    if (userIdColumn < 0)
        return fatalResult(header.line,
                           0,
                           QCoreApplication::translate("UserImport",
                                                       "the header row has no user_id column"));

    // The rows
    Collector users;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Csv::Record &record = records.at(r);
        if (!record.error.isEmpty()) {
            users.problem(record.line, record.error);
            continue;
        }
        const QByteArrayView bytes(text.constData() + record.begin, record.end - record.begin);
        if (const qsizetype invalid = firstInvalidUtf8(bytes); invalid >= 0) {
            users.problem(record.line,
                          invalidUtf8Message(record.line, lines.line(record.begin + invalid)));
            continue;
        }
        if (record.fields.size() != columns.size()) {
            users.problem(
                record.line,
                QCoreApplication::translate("UserImport",
                                            "the header has %n column(s) but this row has %1",
                                            nullptr,
                                            int(columns.size()))
                    .arg(record.fields.size()));
            continue;
        }
        SampleUser user;
        user.userId = QString::fromUtf8(record.fields.at(userIdColumn)).trimmed();
        if (user.userId.isEmpty()) {
            users.problem(record.line,
                          QCoreApplication::translate("UserImport", "the user_id is empty"));
            continue;
        }
        QStringList reasons;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c == userIdColumn)
                continue;
            const QString cell = QString::fromUtf8(record.fields.at(c));
            if (cell.trimmed().isEmpty())
                continue;
            const Column &column = columns.at(c);
            if (c == eventsColumn) {
                const std::optional<QJsonValue> history = parseJsonValue(cell.trimmed());
                if (!history || !history->isArray()) {
                    reasons.append(
                        QCoreApplication::translate("UserImport",
                                                    "events: expected a JSON array of events"));
                    continue;
                }
                const QJsonArray array = history->toArray();
                for (qsizetype e = 0; e < array.size(); ++e) {
                    Result<Event> event = Event::fromJson(array.at(e).toObject());
                    if (!event) {
                        reasons.append(QCoreApplication::translate("UserImport", "events[%1]: %2")
                                           .arg(e)
                                           .arg(event.error().message));
                        break;
                    }
                    user.events.append(std::move(event).value());
                }
                continue;
            }
            QString why;
            const std::optional<QJsonValue> value = convertCell(cell, column.type, why);
            if (!value) {
                reasons.append(
                    QCoreApplication::translate("UserImport", "%1: %2").arg(column.name, why));
                continue;
            }
            user.properties.insert(column.name, *value);
        }
        if (!reasons.isEmpty()) {
            users.problem(record.line, reasons.join(u"; "_s));
            continue;
        }
        users.add(std::move(user), record.line);
    }
    return {users.take(), std::nullopt};
}

// ---------------------------------------------------------------------------------------------
// CSV writing

QByteArray scalarJson(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QByteArray csvField(const QByteArray &text)
{
    const bool quote = text.contains(',') || text.contains('"') || text.contains('\n')
                       || text.contains('\r') || text.startsWith(' ') || text.endsWith(' ');
    if (!quote)
        return text;
    QByteArray escaped = text;
    escaped.replace('"', "\"\"");
    return '"' + escaped + '"';
}

QString csvTypeName(const QList<QJsonValue> &values)
{
    const auto all = [&](auto predicate) {
        return std::all_of(values.cbegin(), values.cend(), predicate);
    };
    if (all([](const QJsonValue &v) { return v.isDouble(); }))
        return u"number"_s;
    if (all([](const QJsonValue &v) { return v.isBool(); }))
        return u"boolean"_s;
    if (all([](const QJsonValue &v) { return v.isString(); }))
        return u"string"_s;
    return u"json"_s;
}

QByteArray csvCell(const QJsonValue &value, const QString &type)
{
    if (value.isUndefined())
        return {};
    if (value.isString() && type != u"json"_s)
        return csvField(value.toString().toUtf8());
    return csvField(scalarJson(value));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Public API

namespace UserImporter {

Result<UserImport> importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return unreadable(file);

    const QByteArray text = withoutBom(data);
    const qsizetype first = skipJsonSpace(text, 0);
    if (first >= text.size())
        return Error{u"empty-file"_s,
                     QCoreApplication::translate("UserImport", "the file is empty")};

    const QString suffix = QFileInfo(path).suffix().toLower();
    Parsed parsed;
    if (suffix == u"csv"_s)
        parsed = parseCsvImpl(data);
    else if (suffix == u"json"_s)
        parsed = parseJsonImpl(data);
    else if (suffix == u"jsonl"_s || suffix == u"ndjson"_s)
        parsed = parseJsonLinesImpl(data);
    else if (text.at(first) == '[')
        parsed = parseJsonArrayImpl(text);
    else if (text.at(first) == '{')
        parsed = parseJsonLinesImpl(data);
    else
        parsed = parseCsvImpl(data);

    if (parsed.fatal) {
        const Fatal &fatal = *parsed.fatal;
        QString place;
        if (fatal.line > 0)
            place = fatal.column > 0 ? u"%1:%2"_s.arg(fatal.line).arg(fatal.column)
                                     : QString::number(fatal.line);
        return Error{u"invalid-users-file"_s, fatal.message, place};
    }
    return std::move(parsed.result);
}

UserImport parseCsv(const QByteArray &data)
{
    return flatten(parseCsvImpl(data));
}

UserImport parseJson(const QByteArray &data)
{
    return flatten(parseJsonImpl(data));
}

UserImport parseJsonLines(const QByteArray &data)
{
    return flatten(parseJsonLinesImpl(data));
}

} // namespace UserImporter

// ---------------------------------------------------------------------------------------------
// UserStream

namespace {
bool isJsonLines(const QString &path, QFile &file)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s)
        return true;
    if (suffix == u"csv"_s || suffix == u"json"_s)
        return false;
    // As importFile decides: JSON Lines when the first thing in the file is an object.
    const QByteArray head = withoutBom(file.peek(64 * 1024));
    const qsizetype first = skipJsonSpace(head, 0);
    return first < head.size() && head.at(first) == '{';
}
} // namespace

Result<std::unique_ptr<UserStream>> UserStream::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return unreadable(*file);
    if (!isJsonLines(path, *file)) {
        file.reset();
        Result<UserImport> imported = UserImporter::importFile(path);
        if (!imported)
            return imported.error();
        std::unique_ptr<UserStream> stream = fromList(std::move(imported->users));
        for (const ImportProblem &problem : std::as_const(imported->problems))
            stream->problem(problem.line, problem.message);
        return stream;
    }
    const QByteArray head = withoutBom(file->peek(64 * 1024));
    if (skipJsonSpace(head, 0) >= head.size() && file->size() <= head.size())
        return Error{u"empty-file"_s,
                     QCoreApplication::translate("UserImport", "the file is empty")};
    std::unique_ptr<UserStream> stream(new UserStream);
    stream->m_file = std::move(file);
    return stream;
}

std::unique_ptr<UserStream> UserStream::fromList(QList<SampleUser> users)
{
    std::unique_ptr<UserStream> stream(new UserStream);
    stream->m_list = std::move(users);
    return stream;
}

Result<QList<SampleUser>> UserStream::next(int max)
{
    QList<SampleUser> users;
    if (!m_file) {
        const qsizetype n = std::min<qsizetype>(max, m_list.size() - m_next);
        users.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            users.append(std::move(m_list[m_next++]));
        if (m_next == m_list.size()) { // handed out: nothing left to hold
            m_list.clear();
            m_next = 0;
        }
        m_count += users.size();
        return users;
    }
    while (users.size() < max && !m_file->atEnd()) {
        QByteArray line = m_file->readLine();
        if (line.isEmpty() && m_file->error() != QFileDevice::NoError)
            return unreadable(*m_file);
        if (++m_line == 1)
            line = withoutBom(line);
        QByteArrayView bytes(line);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.trimmed().isEmpty())
            continue;
        Result<SampleUser> user = userFromJsonLine(bytes, m_line);
        if (!user) {
            problem(m_line, user.error().message);
        } else if (!firstSighting(user->userId)) {
            problem(m_line,
                    QCoreApplication::translate("UserImport",
                                                "user_id %1 already appears on an earlier line")
                        .arg(user->userId));
        } else {
            users.append(std::move(user).value());
        }
    }
    m_count += users.size();
    return users;
}

void UserStream::problem(int line, const QString &message)
{
    ++m_skipped;
    if (m_problems.size() < MaxProblems)
        m_problems.append({line, message});
}

bool UserStream::firstSighting(const QString &userId)
{
    // Two ids share a 64-bit hash once in about 10^19 pairs: far rarer than a disk error.
    const quint64 hash = qHash(userId, size_t(0x9e3779b97f4a7c15ULL));
    if (m_seenLately.contains(hash) || std::binary_search(m_seen.cbegin(), m_seen.cend(), hash))
        return false;
    m_seenLately.insert(hash);
    if (m_seenLately.size() >= 4096) {
        const auto middle = m_seen.insert(m_seen.end(), m_seenLately.cbegin(), m_seenLately.cend());
        std::sort(middle, m_seen.end());
        std::inplace_merge(m_seen.begin(), middle, m_seen.end());
        m_seenLately.clear();
    }
    return true;
}

namespace UserExport {

namespace {
OrderedJson orderedUser(const SampleUser &user)
{
    OrderedJson events = OrderedJson::array();
    for (const Event &event : user.events) {
        OrderedJson entry = OrderedJson::object();
        entry.add(u"event_key"_s, QJsonValue(event.key));
        if (event.timestamp.isValid())
            entry.add(u"timestamp"_s, QJsonValue(formatTimestamp(event.timestamp)));
        entry.add(u"properties"_s, QJsonValue(event.properties));
        events.append(entry);
    }
    OrderedJson object = OrderedJson::object();
    object.add(u"user_id"_s, QJsonValue(user.userId));
    object.add(u"properties"_s, QJsonValue(user.properties));
    object.add(u"events"_s, events);
    return object;
}
} // namespace

QByteArray toJsonArray(const QList<SampleUser> &users)
{
    OrderedJson array = OrderedJson::array();
    for (const SampleUser &user : users)
        array.append(orderedUser(user));
    // Wide enough that each event stays on one line: a user's history reads (and diffs) by event.
    return array.toJson(240);
}

QByteArray toJsonLines(const QList<SampleUser> &users)
{
    QByteArray out;
    for (const SampleUser &user : users)
        out += orderedUser(user).toJson(std::numeric_limits<int>::max()); // one line each
    return out;
}

QByteArray toCsv(const QList<SampleUser> &users)
{
    // Every property that any user has, in name order, typed by the values it holds.
    QMap<QString, QList<QJsonValue>> columns;
    for (const SampleUser &user : users) {
        for (auto it = user.properties.begin(); it != user.properties.end(); ++it)
            columns[it.key()].append(it.value());
    }
    QHash<QString, QString> types;
    QByteArray out = "user_id";
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        types.insert(it.key(), csvTypeName(it.value()));
        out += ',' + csvField((it.key() + u':' + types.value(it.key())).toUtf8());
    }
    out += ",events\n";
    for (const SampleUser &user : users) {
        out += csvField(user.userId.toUtf8());
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            out += ',' + csvCell(user.properties.value(it.key()), types.value(it.key()));
        QJsonArray history;
        for (const Event &event : user.events)
            history.append(event.toJson());
        out += ','
               + (history.isEmpty()
                      ? QByteArray()
                      : csvField(QJsonDocument(history).toJson(QJsonDocument::Compact)));
        out += '\n';
    }
    return out;
}

} // namespace UserExport

} // namespace Hookflow
