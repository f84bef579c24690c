// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiledrules.h"

#include "targeting/properties.h"

#include "targeting/evaluator.h"
#include "targeting/valuematch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompiledRules)
};

// What a condition decides for one seen value mirrors Evaluator's valueCondition (evaluator.cpp);
// comparing one item with one value is ValueMatch::compare itself. The differential test
// (tst_compiledrules) holds the two together.

/// A condition's operator, type and values, ready to judge one seen value.
struct Prepared
{
    ValueType type = ValueType::String;
    Operator op = Operator::In;
    bool negated = false;
    bool decided = false; ///< no values, or an operator the type never supports: only `negated`
    QList<QJsonValue> wanted;
    std::vector<std::optional<QString>> wantedText; ///< ValueMatch::asString of each value

    explicit Prepared(const Condition &condition)
        : type(ValueMatch::effectiveType(condition))
        , op(condition.op)
        , negated(condition.match == MatchType::NotMatch)
        , decided(condition.values.isEmpty() || !ValueMatch::supports(type, condition.op))
    {
        for (const QJsonValue &value : condition.values) {
            wanted.append(value);
            wantedText.push_back(ValueMatch::asString(value));
        }
    }

    bool textual() const
    {
        return type == ValueType::String || type == ValueType::Auto || type == ValueType::Json;
    }

    /// Whether one item (not a list) holds for any of the values.
    bool holds(const QJsonValue &item) const
    {
        for (const QJsonValue &w : wanted) {
            if (ValueMatch::compare(type, op, item, w) == ValueMatch::Outcome::Holds)
                return true;
        }
        return false;
    }

    /// ValueMatch's string comparison (case-sensitive, by UTF-16 code unit) on a view.
    bool textHolds(QStringView a) const
    {
        for (const auto &text : wantedText) {
            if (!text)
                continue;
            const QStringView b(*text);
            bool result = false;
            switch (op) {
            case Operator::Contains:
                result = a.contains(b);
                break;
            case Operator::StartsWith:
                result = a.startsWith(b);
                break;
            case Operator::EndsWith:
                result = a.endsWith(b);
                break;
            default: {
                const int order = a.compare(b, Qt::CaseSensitive);
                result = op == Operator::In    ? order == 0
                         : op == Operator::Gt  ? order > 0
                         : op == Operator::Gte ? order >= 0
                         : op == Operator::Lt  ? order < 0
                                               : order <= 0;
                break;
            }
            }
            if (result)
                return true;
        }
        return false;
    }

    /// The outcome for a whole seen value (missing, null, a list or a single value).
    bool outcome(const QJsonValue &seen) const
    {
        if (seen.isUndefined() || seen.isNull())
            return false;
        if (decided)
            return negated;
        bool matched = false;
        if (seen.isArray()) {
            for (const QJsonValue &item : seen.toArray()) {
                if (holds(item)) {
                    matched = true;
                    break;
                }
            }
        } else {
            matched = holds(seen);
        }
        return matched != negated;
    }

    /// The outcome for a seen string.
    bool textOutcome(QStringView seen) const
    {
        if (decided)
            return negated;
        const bool matched = textual() ? textHolds(seen) : holds(QJsonValue(seen.toString()));
        return matched != negated;
    }

    /// The outcome for an event count (never missing).
    bool countOutcome(quint32 count) const { return holds(QJsonValue(double(count))) != negated; }
};

/// How a number column answers a Number-typed condition: any-of comparisons folded into one.
struct NumberTest
{
    enum class Mode { Constant, In, Gt, Gte, Lt, Lte };
    Mode mode = Mode::Constant;
    bool constant = false; ///< the outcome for every number, in Constant mode
    bool negate = false;
    double bound = 0;
    std::vector<double> set;

    bool test(double a) const
    {
        bool matched = false;
        switch (mode) {
        case Mode::Constant:
            return constant;
        case Mode::In:
            matched = std::find(set.begin(), set.end(), a) != set.end();
            break;
        case Mode::Gt:
            matched = a > bound;
            break;
        case Mode::Gte:
            matched = a >= bound;
            break;
        case Mode::Lt:
            matched = a < bound;
            break;
        case Mode::Lte:
            matched = a <= bound;
            break;
        }
        return matched != negate;
    }

    quint64 word(const double *numbers, int n) const
    {
        quint64 bits = 0;
        switch (mode) {
        case Mode::Constant:
            return constant ? ~quint64(0) : 0;
        case Mode::In:
            for (int j = 0; j < n; ++j)
                bits |= quint64(std::find(set.begin(), set.end(), numbers[j]) != set.end()) << j;
            break;
        case Mode::Gt:
            for (int j = 0; j < n; ++j)
                bits |= quint64(numbers[j] > bound) << j;
            break;
        case Mode::Gte:
            for (int j = 0; j < n; ++j)
                bits |= quint64(numbers[j] >= bound) << j;
            break;
        case Mode::Lt:
            for (int j = 0; j < n; ++j)
                bits |= quint64(numbers[j] < bound) << j;
            break;
        case Mode::Lte:
            for (int j = 0; j < n; ++j)
                bits |= quint64(numbers[j] <= bound) << j;
            break;
        }
        return negate ? ~bits : bits;
    }

    /// For a Number-typed condition: a number holds when it compares true with any value that
    /// reads as a number; NaN compares true with nothing, so it drops out of the bounds.
    static NumberTest make(const Prepared &prepared)
    {
        NumberTest t;
        t.constant = prepared.negated;
        if (prepared.decided)
            return t;
        std::vector<double> finite;
        for (const QJsonValue &w : prepared.wanted) {
            const auto number = ValueMatch::asNumber(w);
            if (number && !std::isnan(*number))
                finite.push_back(*number);
        }
        if (finite.empty())
            return t; // never matched
        t.negate = prepared.negated;
        switch (prepared.op) {
        case Operator::In:
            t.mode = Mode::In;
            t.set = finite;
            break;
        case Operator::Gt:
        case Operator::Gte:
            t.mode = prepared.op == Operator::Gt ? Mode::Gt : Mode::Gte;
            t.bound = *std::min_element(finite.begin(), finite.end());
            break;
        default:
            t.mode = prepared.op == Operator::Lt ? Mode::Lt : Mode::Lte;
            t.bound = *std::max_element(finite.begin(), finite.end());
            break;
        }
        return t;
    }
};

template<typename Code>
quint64 tableWord(const Code *codes, const quint8 *table, int n)
{
    quint64 bits = 0;
    for (int j = 0; j < n; ++j)
        bits |= quint64(table[codes[j]]) << j;
    return bits;
}

using Bits = std::vector<quint64>;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool bitAt(const Bits &bits, qsizetype index)
{
    return (bits[size_t(index / 64)] >> (index % 64)) & 1u;
}

} // namespace

/// One compiled condition.
struct CompiledRules::Predicate
{
    enum class Kind { Constant, Bitset, Column, Event, Slow };
    Kind kind = Kind::Constant;
    bool constant = false;
    // Column: outcome per dictionary id (0 = absent → false) and the test for numbers.
    const UserStore::Column *column = nullptr;
    std::vector<quint8> table;
    NumberTest numbers;
    // Event: outcome per event count (table), over the last `windowSeconds` when `window`.
    const UserStore::EventColumn *events = nullptr;
    bool window = false;
    qint64 windowSeconds = 0;
    // Bitset: precomputed outcome per user.
    Bits bits;
    // Slow: asks Evaluator.
    Condition condition;

    /// Counts the events of the user at `position` of the event column.
    /// The time span a behavioural condition counts in, at one clock reading.
    struct Window
    {
        bool clock = false; ///< a valid clock: nothing after it has happened yet
        bool since = false; ///< a `within`: only timed events from `sinceMs` on
        bool fast = false;  ///< whole-second timestamps: compare stored seconds directly
        quint32 low = 0, high = 0xffffffffu; ///< the stored-seconds range, when fast
        qint64 sinceMs = 0, nowMs = 0;
    };

    /// Evaluator's eventCondition: with a clock, events after it are left out and a `within`
    /// keeps timed events in [now - within, now]; untimed events count only without a `within`.
    Window windowAt(const QDateTime &now) const
    {
        Window span;
        span.clock = now.isValid();
        if (!span.clock)
            return span;
        span.since = window;
        span.nowMs = now.toMSecsSinceEpoch();
        span.sinceMs = window ? now.addSecs(-windowSeconds).toMSecsSinceEpoch()
                              : std::numeric_limits<qint64>::min();
        span.fast = events && events->millis.empty() && events->outliers.empty();
        // Whole-second timestamps: t*1000 >= since ⇔ t >= ceil(since/1000).
        const qint64 lowSeconds = span.since ? -floorDiv(-span.sinceMs, 1000) - UserStore::TimeBase
                                             : 0;
        const qint64 highSeconds = floorDiv(span.nowMs, 1000) - UserStore::TimeBase;
        if (lowSeconds > 0xffffffffLL || highSeconds < 0 || lowSeconds > highSeconds) {
            span.low = 1; // nothing in range
            span.high = 0;
            return span;
        }
        span.low = quint32(std::max<qint64>(lowSeconds, 0));
        span.high = quint32(std::min<qint64>(highSeconds, 0xffffffffLL));
        return span;
    }

    /// Counts the events of the user at `position` of the event column.
    quint32 eventCount(quint32 position, const Window &span, size_t &untimedCursor) const
    {
        const quint32 start = position ? events->ends[position - 1] : 0;
        const quint32 end = events->ends[position];
        quint32 count = 0;
        if (!span.since) {
            const auto &untimed = events->untimed;
            while (untimedCursor < untimed.size() && untimed[untimedCursor].first < position)
                ++untimedCursor;
            if (untimedCursor < untimed.size() && untimed[untimedCursor].first == position)
                count += untimed[untimedCursor].second;
        }
        if (!span.clock)
            return count + (end - start);
        if (span.fast) {
            if (span.low > span.high)
                return count;
            const quint32 *begin = events->times.data() + start;
            const quint32 *stop = events->times.data() + end;
            const quint32 *first = span.since ? std::lower_bound(begin, stop, span.low) : begin;
            const quint32 *last = std::upper_bound(first, stop, span.high);
            return count + quint32(last - first);
        }
        for (quint32 i = start; i < end; ++i) {
            const qint64 t = events->timeAt(i);
            count += t >= span.sinceMs && t <= span.nowMs;
        }
        return count;
    }

    /// acc &= this predicate, for the users whose bit is set in acc.
    void apply(Bits &acc,
               const UserStore &store,
               const CompileOptions &options,
               const QDateTime &now) const
    {
        const qsizetype users = store.size();
        switch (kind) {
        case Kind::Constant:
            if (!constant)
                std::fill(acc.begin(), acc.end(), 0);
            return;
        case Kind::Bitset:
            for (size_t w = 0; w < acc.size(); ++w)
                acc[w] &= bits[w];
            return;
        case Kind::Column: {
            const CodeArray &codes = column->codes;
            const bool hasCodes = codes.size() > 0;
            const bool hasNumbers = !column->numbers.empty();
            for (size_t w = 0; w < acc.size(); ++w) {
                if (!acc[w])
                    continue;
                const qsizetype base = qsizetype(w) * 64;
                const int n = int(std::min<qsizetype>(64, users - base));
                quint64 bits = 0;
                if (hasCodes) {
                    switch (codes.width()) {
                    case 1:
                        bits = tableWord(codes.data8() + base, table.data(), n);
                        break;
                    case 2:
                        bits = tableWord(codes.data16() + base, table.data(), n);
                        break;
                    default:
                        bits = tableWord(codes.data32() + base, table.data(), n);
                        break;
                    }
                }
                if (hasNumbers)
                    bits |= numbers.word(column->numbers.data() + base, n) & column->numberBits[w];
                acc[w] &= bits;
            }
            return;
        }
        case Kind::Event: {
            const Window span = windowAt(now);
            const Bits mask = acc;
            const quint64 fill = table[0] ? ~quint64(0) : 0;
            for (size_t w = 0; w < acc.size(); ++w)
                acc[w] &= fill;
            if (!events)
                return;
            size_t untimedCursor = 0;
            const std::vector<quint32> &list = events->users;
            for (quint32 position = 0; position < quint32(list.size()); ++position) {
                const quint32 user = list[position];
                const quint64 bit = quint64(1) << (user % 64);
                if (!(mask[user / 64] & bit))
                    continue;
                const quint32 count = eventCount(position, span, untimedCursor);
                if (table[std::min<size_t>(count, table.size() - 1)])
                    acc[user / 64] |= bit;
                else
                    acc[user / 64] &= ~bit;
            }
            return;
        }
        case Kind::Slow: {
            const QList<SampleUser> &list = store.users();
            for (size_t w = 0; w < acc.size(); ++w) {
                quint64 word = acc[w];
                while (word) {
                    const int j = std::countr_zero(word);
                    word &= word - 1;
                    const qsizetype user = qsizetype(w) * 64 + j;
                    EvaluationContext context;
                    context.user = &list.at(user);
                    context.event = options.event;
                    context.now = now;
                    context.audiences = options.audiences;
                    if (!Evaluator::evaluate(condition, context).passed)
                        acc[w] &= ~(quint64(1) << j);
                }
            }
            return;
        }
        }
    }

    bool test(qsizetype user,
              const UserStore &store,
              const CompileOptions &options,
              const QDateTime &now) const
    {
        if (kind == Kind::Column) {
            const quint32 id = column->codes.at(user);
            if (column->hasNumber(user))
                return numbers.test(column->numbers[size_t(user)]);
            return table[id];
        }
        if (kind == Kind::Bitset)
            return bitAt(bits, user);
        if (kind == Kind::Constant)
            return constant;
        if (kind == Kind::Event) {
            if (!events)
                return table[0];
            const auto it = std::lower_bound(events->users.begin(),
                                             events->users.end(),
                                             quint32(user));
            if (it == events->users.end() || *it != quint32(user))
                return table[0];
            size_t cursor = 0;
            const quint32 count = eventCount(quint32(it - events->users.begin()),
                                             windowAt(now),
                                             cursor);
            return table[std::min<size_t>(count, table.size() - 1)];
        }
        // The slow path: only the one word matters; the others stay zero and are skipped.
        Bits acc(size_t((store.size() + 63) / 64), 0);
        // Only the one word matters; the others stay zero and are skipped.
        acc[size_t(user / 64)] = quint64(1) << (user % 64);
        apply(acc, store, options, now);
        return bitAt(acc, user);
    }

    int cost() const
    {
        switch (kind) {
        case Kind::Constant:
            return 0;
        case Kind::Bitset:
            return 1;
        case Kind::Column:
            return 2;
        case Kind::Event:
            return 3;
        case Kind::Slow:
            return 4;
        }
        return 4;
    }
};

namespace {

using Predicate = CompiledRules::Predicate;

/// The outcome per dictionary entry of a column.
std::vector<quint8> entryTable(const UserStore::Column &column, const Prepared &prepared)
{
    std::vector<quint8> table(column.entries.size(), 0);
    for (quint32 id = 1; id < quint32(column.entries.size()); ++id) {
        table[id] = column.isText(id)
                        ? prepared.textOutcome(column.entryText(id))
                        : prepared.outcome(column.others.at(column.entries[id].length));
    }
    return table;
}

Predicate constantPredicate(bool value)
{
    Predicate predicate;
    predicate.kind = Predicate::Kind::Constant;
    predicate.constant = value;
    return predicate;
}

/// A property condition: one column when one property name fits, otherwise per user.
Predicate propertyPredicate(const Condition &condition,
                            const UserStore &store,
                            const std::vector<const UserStore::Column *> &columns,
                            const std::function<QJsonValue(qsizetype)> &nested = {})
{
    const Prepared prepared(condition);
    if (columns.empty() && !nested)
        return constantPredicate(false);
    Predicate predicate;
    if (columns.size() == 1 && !nested
        && (columns.front()->numbers.empty() || prepared.type == ValueType::Number)) {
        predicate.kind = Predicate::Kind::Column;
        predicate.column = columns.front();
        predicate.table = entryTable(*predicate.column, prepared);
        predicate.numbers = NumberTest::make(prepared);
        return predicate;
    }
    // Several spellings of the name (Hackle's case-insensitive keys: the exact one first, then
    // the first in key order), or numbers compared as text: worked out per user once.
    predicate.kind = Predicate::Kind::Bitset;
    predicate.bits.assign(size_t((store.size() + 63) / 64), 0);
    std::vector<std::vector<quint8>> tables;
    for (const UserStore::Column *column : columns)
        tables.push_back(entryTable(*column, prepared));
    // Numbers compared as text, versions or JSON: once per distinct number (and integer flag).
    std::unordered_map<quint64, bool> numberOutcomes[2];
    for (qsizetype user = 0; user < store.size(); ++user) {
        if (nested) {
            const QJsonValue value = nested(user);
            if (!value.isUndefined()) {
                if (prepared.outcome(value))
                    predicate.bits[size_t(user / 64)] |= quint64(1) << (user % 64);
                continue;
            }
        }
        for (size_t c = 0; c < columns.size(); ++c) {
            const UserStore::Column &column = *columns[c];
            bool outcome = false;
            if (column.hasNumber(user)) {
                const bool integer = (column.integerBits[size_t(user / 64)] >> (user % 64)) & 1u;
                const quint64 key = std::bit_cast<quint64>(column.numbers[size_t(user)]);
                auto &memo = numberOutcomes[integer];
                auto it = memo.find(key);
                if (it == memo.end())
                    it = memo.emplace(key, prepared.outcome(column.value(user))).first;
                outcome = it->second;
            } else if (const quint32 id = column.codes.at(user)) {
                outcome = tables[c][id];
            } else {
                continue; // not in this spelling; try the next
            }
            if (outcome)
                predicate.bits[size_t(user / 64)] |= quint64(1) << (user % 64);
            break;
        }
    }
    return predicate;
}

/// Evaluator's property(): the exact name first, then the others ignoring case, in key order.
std::vector<const UserStore::Column *> spellingsOf(const std::vector<UserStore::Column> &columns,
                                                   const QHash<QString, int> &byName,
                                                   const QString &name)
{
    std::vector<const UserStore::Column *> found;
    const auto exact = byName.constFind(name);
    if (exact != byName.constEnd())
        found.push_back(&columns[size_t(*exact)]);
    std::vector<const UserStore::Column *> others;
    for (const UserStore::Column &column : columns) {
        if (column.name != name && column.name.compare(name, Qt::CaseInsensitive) == 0)
            others.push_back(&column);
    }
    std::sort(others.begin(), others.end(), [](const auto *a, const auto *b) {
        return a->name < b->name;
    });
    found.insert(found.end(), others.begin(), others.end());
    return found;
}

/// Properties::hackleProperty() over columns: the user's `hackle_properties` object first, then the user
/// properties whose normalized name fits, name by name, each in key order.
Predicate hacklePredicate(const Condition &condition,
                          const UserStore &store,
                          const std::vector<UserStore::Column> &all,
                          const QHash<QString, int> &byName)
{
    const QStringList names = Properties::hackleNames(condition.keyName);
    std::vector<const UserStore::Column *> columns;
    for (const QString &wanted : names) {
        std::vector<const UserStore::Column *> fitting;
        for (const UserStore::Column &column : all) {
            if (Properties::normalizedHackleName(column.name) == wanted)
                fitting.push_back(&column);
        }
        std::sort(fitting.begin(), fitting.end(), [](const auto *a, const auto *b) {
            return a->name < b->name;
        });
        columns.insert(columns.end(), fitting.begin(), fitting.end());
    }
    const std::vector<const UserStore::Column *> nested = spellingsOf(all,
                                                                      byName,
                                                                      u"hackle_properties"_s);
    if (nested.empty())
        return propertyPredicate(condition, store, columns);
    return propertyPredicate(condition, store, columns, [&](qsizetype user) {
        for (const UserStore::Column *column : nested) {
            const QJsonValue value = column->value(user);
            if (value.isUndefined())
                continue;
            if (value.isObject())
                return Properties::hackleLookup(value.toObject(), names);
            break;
        }
        return QJsonValue(QJsonValue::Undefined);
    });
}

} // namespace

Result<CompiledRules> CompiledRules::compile(const RuleSet &rules,
                                             const UserStore &store,
                                             const CompileOptions &options)
{
    CompiledRules compiled;
    compiled.m_store = &store;
    compiled.m_options = options;
    compiled.m_everyone = rules.isEmpty();
    auto compiledRules = std::make_shared<std::vector<std::vector<Predicate>>>();
    for (const Rule &rule : rules) {
        std::vector<Predicate> predicates;
        bool never = false;
        for (const Condition &condition : rule) {
            Predicate predicate;
            switch (condition.keyType) {
            case KeyType::UserId:
                predicate = propertyPredicate(condition, store, {&store.m_userIds});
                // An empty user id counts as no id at all.
                for (quint32 id = 1; id < quint32(store.m_userIds.entries.size()); ++id) {
                    if (store.m_userIds.isText(id) && store.m_userIds.entries[id].length == 0)
                        predicate.table[id] = 0;
                }
                break;
            case KeyType::UserProperty:
                predicate = propertyPredicate(condition,
                                              store,
                                              spellingsOf(store.m_columns,
                                                          store.m_columnByName,
                                                          condition.keyName));
                break;
            case KeyType::HackleProperty:
                predicate = hacklePredicate(condition, store, store.m_columns, store.m_columnByName);
                break;
            case KeyType::EventProperty: {
                // The same trigger event for every user: decided once, by Evaluator itself.
                const SampleUser nobody;
                EvaluationContext context;
                context.user = &nobody;
                context.event = options.event;
                context.audiences = options.audiences;
                predicate = constantPredicate(Evaluator::evaluate(condition, context).passed);
                break;
            }
            case KeyType::Event: {
                if (!condition.where.isEmpty()) {
                    // The event arrays keep no event properties: a filtered count asks Evaluator
                    // per user, as segments do.
                    if (store.users().size() != store.size())
                        return Error{u"targeting.unsupported"_s,
                                     Tr::tr("Behavioural conditions on event properties need the "
                                            "sample users themselves, and this store did not "
                                            "keep them"),
                                     condition.keyName};
                    predicate.kind = Predicate::Kind::Slow;
                    predicate.condition = condition;
                    break;
                }
                const Prepared prepared(condition);
                predicate.kind = Predicate::Kind::Event;
                const auto found = store.m_eventByKey.constFind(condition.keyName);
                predicate.events = found != store.m_eventByKey.constEnd()
                                       ? &store.m_events[size_t(*found)]
                                       : nullptr;
                const quint32 maxCount = predicate.events ? predicate.events->maxCount : 0;
                predicate.table.resize(size_t(maxCount) + 1);
                for (quint32 count = 0; count <= maxCount; ++count)
                    predicate.table[count] = prepared.countOutcome(count);
                predicate.window = condition.within.has_value();
                predicate.windowSeconds = condition.within ? condition.within->seconds() : 0;
                break;
            }
            case KeyType::Segment:
            case KeyType::Cohort:
                if (store.users().size() != store.size())
                    return Error{u"targeting.unsupported"_s,
                                 Tr::tr("Segment and cohort conditions need the sample users "
                                        "themselves, and this store did not keep them"),
                                 condition.keyName};
                predicate.kind = Predicate::Kind::Slow;
                predicate.condition = condition;
                break;
            }
            if (predicate.kind == Predicate::Kind::Constant && !predicate.constant)
                never = true;
            if (predicate.kind != Predicate::Kind::Constant || !predicate.constant)
                predicates.push_back(std::move(predicate));
        }
        if (never)
            continue;
        std::stable_sort(predicates.begin(), predicates.end(), [](const auto &a, const auto &b) {
            return a.cost() < b.cost();
        });
        if (predicates.empty())
            compiled.m_everyone = true; // a rule without conditions holds for everyone
        compiledRules->push_back(std::move(predicates));
    }
    compiled.m_rules = std::move(compiledRules);
    return compiled;
}

std::vector<quint64> CompiledRules::evaluate(const QDateTime &now) const
{
    const qsizetype users = m_store->size();
    const size_t words = size_t((users + 63) / 64);
    Bits all(words, ~quint64(0));
    if (users % 64)
        all.back() = (quint64(1) << (users % 64)) - 1;
    if (m_everyone)
        return all;
    Bits result(words, 0);
    Bits acc(words);
    for (const std::vector<Predicate> &rule : *m_rules) {
        // Users some earlier rule already targets need no second look.
        bool any = false;
        for (size_t w = 0; w < words; ++w) {
            acc[w] = all[w] & ~result[w];
            any = any || acc[w];
        }
        for (const Predicate &predicate : rule) {
            if (!any)
                break;
            predicate.apply(acc, *m_store, m_options, now);
            any = std::any_of(acc.begin(), acc.end(), [](quint64 w) { return w != 0; });
        }
        for (size_t w = 0; w < words; ++w)
            result[w] |= acc[w];
    }
    return result;
}

qsizetype CompiledRules::count(const QDateTime &now) const
{
    qsizetype total = 0;
    for (quint64 word : evaluate(now))
        total += std::popcount(word);
    return total;
}

bool CompiledRules::matches(qsizetype userIndex, const QDateTime &now) const
{
    if (userIndex < 0 || userIndex >= m_store->size())
        return false;
    if (m_everyone)
        return true;
    for (const std::vector<Predicate> &rule : *m_rules) {
        bool passed = true;
        for (const Predicate &predicate : rule) {
            if (!predicate.test(userIndex, *m_store, m_options, now)) {
                passed = false;
                break;
            }
        }
        if (passed)
            return true;
    }
    return false;
}

} // namespace Hookflow
