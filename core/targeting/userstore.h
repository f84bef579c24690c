// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"
#include "util/result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace Hookflow {

class CompiledRules;

/// Per-user small integers (dictionary ids) stored 1, 2 or 4 bytes wide, widened on demand.
class CodeArray
{
public:
    qsizetype size() const { return m_size; }
    /// Bytes per code: 1, 2 or 4.
    int width() const { return m_width; }
    /// The code of `index`; 0 beyond the end.
    quint32 at(qsizetype index) const;
    /// Sets the code of `index`, growing the array (with zeros) and widening it as needed.
    void set(qsizetype index, quint32 code);
    void resize(qsizetype size);
    void shrinkToFit();
    /// Bytes held, capacity included.
    qsizetype bytes() const;

    const quint8 *data8() const { return m_u8.data(); }
    const quint16 *data16() const { return m_u16.data(); }
    const quint32 *data32() const { return m_u32.data(); }

private:
    void widen(int width);

    int m_width = 1;
    qsizetype m_size = 0;
    std::vector<quint8> m_u8;
    std::vector<quint16> m_u16;
    std::vector<quint32> m_u32;
};

/// A columnar, read-only copy of sample users for fast audience counting.
///
/// Each property name (exactly as spelled in the data) gets a typed column: numbers as doubles
/// with a presence bitmap, every other value (strings, booleans, null, lists, objects) interned
/// into a per-column dictionary and stored as a small per-user id. Events become, per event key,
/// the sorted timestamps of each user who has that key, so "how many X in the last D days" is a
/// binary search. Build it with fromUsers(), fromJsonLines() or a Builder.
class UserStore
{
public:
    /// One property name's values for every user.
    struct Column
    {
        QString name;
        /// Dictionary id per user; 0 = the user has no such key or holds a number there.
        CodeArray codes;
        /// Dictionary entries, 1-based ids: a string (offset into `text`) or an other value.
        struct Entry
        {
            quint32 start = 0;  ///< offset into `text`, or NoText for an entry of `others`
            quint32 length = 0; ///< text length, or the index into `others`
        };
        static constexpr quint32 NoText = 0xffffffffu;
        std::vector<Entry> entries{Entry{}};
        std::vector<char16_t> text;
        QList<QJsonValue> others; ///< null, booleans, lists, objects, integers beyond 2^53
        std::vector<double> numbers;
        std::vector<quint64> numberBits;  ///< user holds a number here
        std::vector<quint64> integerBits; ///< that number was written as an integer

        QStringView entryText(quint32 id) const
        {
            return QStringView(text.data() + entries[id].start, entries[id].length);
        }
        bool isText(quint32 id) const { return entries[id].start != NoText; }
        bool hasNumber(qsizetype user) const
        {
            return qsizetype(numberBits.size()) > user / 64
                   && (numberBits[size_t(user / 64)] >> (user % 64) & 1u);
        }
        /// The user's value as the JSON it came from; Undefined when the key is absent.
        QJsonValue value(qsizetype user) const;
    };

    /// One event key's history for the users who have it.
    struct EventColumn
    {
        QString key;
        std::vector<quint32> users;  ///< ascending user indexes having at least one such event
        std::vector<quint32> ends;   ///< end of users[i]'s range in `times`; it starts at ends[i-1]
        std::vector<quint32> times;  ///< seconds from TimeBase, ascending within a user
        std::vector<quint16> millis; ///< empty unless some timestamp has milliseconds
        /// Timestamps outside what 32 bits of seconds hold: position in `times` → exact ms.
        std::vector<std::pair<quint32, qint64>> outliers;
        /// Per position in `users`, events without a valid timestamp (sparse: position, count).
        std::vector<std::pair<quint32, quint32>> untimed;
        quint32 maxCount = 0; ///< the most such events one user has

        /// The exact timestamp (ms since the epoch) at `position` of `times`.
        qint64 timeAt(quint32 position) const;
    };

    /// The epoch seconds that timestamps count from (2000-01-01 minus 2^31 s).
    static constexpr qint64 TimeBase = 946684800LL - 2147483648LL;

    /// Builds a store one user at a time, without keeping the users.
    class Builder
    {
    public:
        Builder();
        /// Appends one user: its id, each property into its column, its events by key.
        void add(const SampleUser &user);
        /// Also keeps the users themselves, for conditions the store cannot answer alone
        /// (segments, cohorts); call before the first add().
        void keepUsers(bool keep) { m_keepUsers = keep; }
        /// The store of every user added so far; the builder is empty afterwards.
        UserStore finish();

    private:
        int columnFor(const QString &name);
        int eventColumnFor(const QString &key);
        void addValue(Column &column, qsizetype user, const QJsonValue &value);
        quint32 internText(Column &column, QStringView text);
        quint32 internOther(Column &column, const QJsonValue &value);

        struct Interner
        {
            std::vector<quint32> buckets; ///< entry ids by hash, 0 = free
            qsizetype used = 0;
            QHash<QString, quint32> others;
        };

        bool m_keepUsers = false;
        std::vector<Column> m_columns;
        std::vector<Interner> m_interners;
        QHash<QString, int> m_columnByName;
        Column m_userIds;
        Interner m_userIdInterner;
        std::vector<EventColumn> m_events;
        QHash<QString, int> m_eventByKey;
        qsizetype m_count = 0;
        QList<SampleUser> m_users;
    };

    /// An empty store.
    UserStore() = default;
    /// A store of `users`; they are kept (shared, not copied) for segment and cohort conditions.
    static UserStore fromUsers(const QList<SampleUser> &users);
    /// Streams a JSON Lines file of users into a store without keeping the users; a bad line is
    /// an Error naming it.
    static Result<UserStore> fromJsonLines(const QString &path);

    /// The number of users.
    qsizetype size() const { return m_count; }
    /// The id of the user at `index` (users keep the order they were added in).
    QString userId(qsizetype index) const;
    /// The users the store was built from, when it kept them (fromUsers); otherwise empty.
    const QList<SampleUser> &users() const { return m_users; }
    /// Approximate bytes held by the columns and event arrays.
    qsizetype memoryUsage() const;

private:
    friend class CompiledRules;

    qsizetype m_count = 0;
    std::vector<Column> m_columns;
    Column m_userIds;
    QHash<QString, int> m_columnByName;
    std::vector<EventColumn> m_events;
    QHash<QString, int> m_eventByKey;
    QList<SampleUser> m_users;
};

} // namespace Hookflow
