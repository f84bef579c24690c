// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)
};

/// Integers beyond 2^53 do not survive a trip through a double; they stay JSON values.
constexpr qint64 ExactIntegerLimit = qint64(1) << 53;

template<typename T>
qsizetype vectorBytes(const std::vector<T> &v)
{
    return qsizetype(v.capacity() * sizeof(T));
}

/// Makes room for `size` elements, doubling the capacity (few reallocations, so little heap
/// fragmentation while a million users stream in).
template<typename T>
void makeRoom(std::vector<T> &v, size_t size)
{
    if (size > v.capacity())
        v.reserve(std::max(size, 2 * v.capacity() + 1024));
}

template<typename T>
void append(std::vector<T> &v, const T &value)
{
    makeRoom(v, v.size() + 1);
    v.push_back(value);
}

/// Frees the slack of a finished array when it is worth a copy.
template<typename T>
void trim(std::vector<T> &v)
{
    if (v.capacity() - v.size() > v.size() / 8 + 1024)
        v.shrink_to_fit();
}

void setBit(std::vector<quint64> &bits, qsizetype index)
{
    const size_t word = size_t(index / 64);
    if (bits.size() <= word) {
        makeRoom(bits, word + 1);
        bits.resize(word + 1, 0);
    }
    bits[word] |= quint64(1) << (index % 64);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

quint32 CodeArray::at(qsizetype index) const
{
    if (index >= m_size)
        return 0;
    switch (m_width) {
    case 1:
        return m_u8[size_t(index)];
    case 2:
        return m_u16[size_t(index)];
    default:
        return m_u32[size_t(index)];
    }
}

void CodeArray::resize(qsizetype size)
{
    m_size = size;
    switch (m_width) {
    case 1:
        makeRoom(m_u8, size_t(size));
        m_u8.resize(size_t(size), 0);
        break;
    case 2:
        makeRoom(m_u16, size_t(size));
        m_u16.resize(size_t(size), 0);
        break;
    default:
        makeRoom(m_u32, size_t(size));
        m_u32.resize(size_t(size), 0);
        break;
    }
}

void CodeArray::widen(int width)
{
    if (width == 2) {
        m_u16.assign(m_u8.begin(), m_u8.end());
        std::vector<quint8>().swap(m_u8);
    } else if (m_width == 1) {
        m_u32.assign(m_u8.begin(), m_u8.end());
        std::vector<quint8>().swap(m_u8);
    } else {
        m_u32.assign(m_u16.begin(), m_u16.end());
        std::vector<quint16>().swap(m_u16);
    }
    m_width = width;
}

void CodeArray::set(qsizetype index, quint32 code)
{
    const int needed = code <= 0xffu ? 1 : (code <= 0xffffu ? 2 : 4);
    if (needed > m_width)
        widen(needed);
    if (index >= m_size)
        resize(index + 1);
    switch (m_width) {
    case 1:
        m_u8[size_t(index)] = quint8(code);
        break;
    case 2:
        m_u16[size_t(index)] = quint16(code);
        break;
    default:
        m_u32[size_t(index)] = code;
        break;
    }
}

void CodeArray::shrinkToFit()
{
    trim(m_u8);
    trim(m_u16);
    trim(m_u32);
}

qsizetype CodeArray::bytes() const
{
    return vectorBytes(m_u8) + vectorBytes(m_u16) + vectorBytes(m_u32);
}

QJsonValue UserStore::Column::value(qsizetype user) const
{
    if (hasNumber(user)) {
        const bool integer = (integerBits[size_t(user / 64)] >> (user % 64)) & 1u;
        const double number = numbers[size_t(user)];
        return integer ? QJsonValue(qint64(number)) : QJsonValue(number);
    }
    const quint32 id = codes.at(user);
    if (id == 0)
        return QJsonValue(QJsonValue::Undefined);
    if (isText(id))
        return QJsonValue(entryText(id).toString());
    return others.at(entries[id].length);
}

qint64 UserStore::EventColumn::timeAt(quint32 position) const
{
    const quint32 stored = times[position];
    if (!outliers.empty() && (stored == 0 || stored == 0xffffffffu)) {
        const auto it = std::lower_bound(outliers.begin(),
                                         outliers.end(),
                                         position,
                                         [](const auto &entry, quint32 p) {
                                             return entry.first < p;
                                         });
        if (it != outliers.end() && it->first == position)
            return it->second;
    }
    return (TimeBase + qint64(stored)) * 1000 + (millis.empty() ? 0 : millis[position]);
}

UserStore::Builder::Builder()
{
    m_userIds.name = u"$userId"_s;
}

int UserStore::Builder::columnFor(const QString &name)
{
    const auto it = m_columnByName.constFind(name);
    if (it != m_columnByName.constEnd())
        return *it;
    const int index = int(m_columns.size());
    m_columns.emplace_back();
    m_columns.back().name = name;
    m_interners.emplace_back();
    m_columnByName.insert(name, index);
    return index;
}

int UserStore::Builder::eventColumnFor(const QString &key)
{
    const auto it = m_eventByKey.constFind(key);
    if (it != m_eventByKey.constEnd())
        return *it;
    const int index = int(m_events.size());
    m_events.emplace_back();
    m_events.back().key = key;
    m_eventByKey.insert(key, index);
    return index;
}

quint32 UserStore::Builder::internText(Column &column, QStringView text)
{
    Interner &interner = &column == &m_userIds ? m_userIdInterner
                                               : m_interners[size_t(&column - m_columns.data())];
    if (qsizetype(interner.buckets.size()) < 2 * (interner.used + 1)) {
        const size_t capacity = std::max<size_t>(64, interner.buckets.size() * 2);
        std::vector<quint32> buckets(capacity, 0);
        for (quint32 id : interner.buckets) {
            if (id == 0)
                continue;
            size_t slot = qHash(column.entryText(id)) & (capacity - 1);
            while (buckets[slot] != 0)
                slot = (slot + 1) & (capacity - 1);
            buckets[slot] = id;
        }
        interner.buckets.swap(buckets);
    }
    const size_t mask = interner.buckets.size() - 1;
    size_t slot = qHash(text) & mask;
    while (const quint32 id = interner.buckets[slot]) {
        if (column.entryText(id) == text)
            return id;
        slot = (slot + 1) & mask;
    }
    const quint32 id = quint32(column.entries.size());
    append(column.entries, Column::Entry{quint32(column.text.size()), quint32(text.size())});
    makeRoom(column.text, column.text.size() + size_t(text.size()));
    column.text.insert(column.text.end(), text.utf16(), text.utf16() + text.size());
    interner.buckets[slot] = id;
    ++interner.used;
    return id;
}

quint32 UserStore::Builder::internOther(Column &column, const QJsonValue &value)
{
    Interner &interner = &column == &m_userIds ? m_userIdInterner
                                               : m_interners[size_t(&column - m_columns.data())];
    QString key;
    switch (value.type()) {
    case QJsonValue::Null:
        key = u"n"_s;
        break;
    case QJsonValue::Bool:
        key = value.toBool() ? u"t"_s : u"f"_s;
        break;
    case QJsonValue::Double:
        key = u"i"_s + QString::number(value.toInteger());
        break;
    case QJsonValue::Array:
        key = u"a"_s
              + QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    default:
        key = u"o"_s
              + QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    }
    const auto it = interner.others.constFind(key);
    if (it != interner.others.constEnd())
        return *it;
    const quint32 id = quint32(column.entries.size());
    column.entries.push_back({Column::NoText, quint32(column.others.size())});
    column.others.append(value);
    interner.others.insert(key, id);
    return id;
}

void UserStore::Builder::addValue(Column &column, qsizetype user, const QJsonValue &value)
{
    if (value.isDouble()) {
        const bool integer = QCborValue::fromJsonValue(value).isInteger();
        if (!integer || std::abs(value.toInteger()) <= ExactIntegerLimit) {
            if (qsizetype(column.numbers.size()) <= user) {
                makeRoom(column.numbers, size_t(user) + 1);
                column.numbers.resize(size_t(user) + 1, 0.0);
            }
            column.numbers[size_t(user)] = integer ? double(value.toInteger()) : value.toDouble();
            setBit(column.numberBits, user);
            if (integer)
                setBit(column.integerBits, user);
            else if (column.integerBits.size() <= size_t(user / 64)) {
                makeRoom(column.integerBits, size_t(user / 64) + 1);
                column.integerBits.resize(size_t(user / 64) + 1, 0);
            }
            return;
        }
    }
    if (value.isString())
        column.codes.set(user, internText(column, value.toString()));
    else
        column.codes.set(user, internOther(column, value));
}

void UserStore::Builder::add(const SampleUser &user)
{
    const qsizetype index = m_count++;
    m_userIds.codes.set(index, internText(m_userIds, user.userId));
    for (auto it = user.properties.begin(); it != user.properties.end(); ++it)
        addValue(m_columns[size_t(columnFor(it.key()))], index, it.value());

    // Events grouped by key, each group oldest first; untimed events only count without a window.
    struct Item
    {
        int column;
        bool timed;
        qint64 ms;
    };
    std::vector<Item> items;
    items.reserve(size_t(user.events.size()));
    for (const Event &event : user.events) {
        const bool timed = event.timestamp.isValid();
        items.push_back(
            {eventColumnFor(event.key), timed, timed ? event.timestamp.toMSecsSinceEpoch() : 0});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.column != b.column)
            return a.column < b.column;
        if (a.timed != b.timed)
            return a.timed;
        return a.ms < b.ms;
    });
    for (size_t i = 0; i < items.size();) {
        EventColumn &column = m_events[size_t(items[i].column)];
        const quint32 position = quint32(column.users.size());
        append(column.users, quint32(index));
        quint32 count = 0;
        quint32 untimed = 0;
        for (; i < items.size() && &m_events[size_t(items[i].column)] == &column; ++i, ++count) {
            if (!items[i].timed) {
                ++untimed;
                continue;
            }
            const qint64 ms = items[i].ms;
            const qint64 seconds = floorDiv(ms, 1000);
            const quint16 rest = quint16(ms - seconds * 1000);
            const qint64 relative = seconds - TimeBase;
            const quint32 place = quint32(column.times.size());
            if (relative < 1 || relative > 0xfffffffeLL) {
                append(column.times, relative < 1 ? 0u : 0xffffffffu);
                column.outliers.emplace_back(place, ms);
            } else {
                append(column.times, quint32(relative));
            }
            if (rest != 0 && column.millis.empty())
                column.millis.resize(place, 0);
            if (!column.millis.empty())
                append(column.millis, rest);
        }
        append(column.ends, quint32(column.times.size()));
        if (untimed)
            column.untimed.emplace_back(position, untimed);
        column.maxCount = std::max(column.maxCount, count);
    }
    if (m_keepUsers)
        m_users.append(user);
}

UserStore UserStore::Builder::finish()
{
    UserStore store;
    store.m_count = m_count;
    const auto finishColumn = [this](Column &column) {
        if (column.codes.size() > 0 || column.numbers.empty())
            column.codes.resize(m_count);
        column.codes.shrinkToFit();
        if (!column.numbers.empty()) {
            column.numbers.resize(size_t(m_count), 0.0);
            column.numberBits.resize(size_t((m_count + 63) / 64), 0);
            column.integerBits.resize(size_t((m_count + 63) / 64), 0);
        }
        trim(column.numbers);
        trim(column.numberBits);
        trim(column.integerBits);
        trim(column.text);
        trim(column.entries);
    };
    for (Column &column : m_columns)
        finishColumn(column);
    finishColumn(m_userIds);
    for (EventColumn &events : m_events) {
        if (!events.millis.empty())
            events.millis.resize(events.times.size(), 0);
        trim(events.users);
        trim(events.ends);
        trim(events.times);
        trim(events.millis);
    }
    m_interners.clear();
    m_userIdInterner = {};
    store.m_columns = std::move(m_columns);
    store.m_userIds = std::move(m_userIds);
    store.m_columnByName = std::move(m_columnByName);
    store.m_events = std::move(m_events);
    store.m_eventByKey = std::move(m_eventByKey);
    store.m_users = std::move(m_users);
    m_count = 0;
    return store;
}

UserStore UserStore::fromUsers(const QList<SampleUser> &users)
{
    Builder builder;
    for (const SampleUser &user : users)
        builder.add(user);
    UserStore store = builder.finish();
    store.m_users = users;
    return store;
}

Result<UserStore> UserStore::fromJsonLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"userstore.read"_s,
                     Tr::tr("Cannot read %1: %2").arg(path, file.errorString()),
                     path};
    Builder builder;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject())
            return Error{u"userstore.line"_s,
                         Tr::tr("Line %1 of %2 is not a JSON object").arg(lineNumber).arg(path),
                         QString::number(lineNumber)};
        Result<SampleUser> user = SampleUser::fromJson(document.object());
        if (!user)
            return Error{u"userstore.line"_s,
                         Tr::tr("Line %1 of %2: %3")
                             .arg(QString::number(lineNumber), path, user.error().message),
                         QString::number(lineNumber)};
        builder.add(user.value());
    }
    return builder.finish();
}

QString UserStore::userId(qsizetype index) const
{
    return m_userIds.entryText(m_userIds.codes.at(index)).toString();
}

qsizetype UserStore::memoryUsage() const
{
    qsizetype bytes = 0;
    const auto columnBytes = [](const Column &column) {
        return column.codes.bytes() + vectorBytes(column.entries) + vectorBytes(column.text)
               + vectorBytes(column.numbers) + vectorBytes(column.numberBits)
               + vectorBytes(column.integerBits);
    };
    for (const Column &column : m_columns)
        bytes += columnBytes(column);
    bytes += columnBytes(m_userIds);
    for (const EventColumn &events : m_events)
        bytes += vectorBytes(events.users) + vectorBytes(events.ends) + vectorBytes(events.times)
                 + vectorBytes(events.millis);
    return bytes;
}

} // namespace Hookflow
