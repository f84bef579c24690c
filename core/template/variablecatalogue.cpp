// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "variablecatalogue.h"

#include "templatevalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VariableCatalogue)
};

constexpr int MaxExamples = 3;

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return {};
    }
}

/// Levenshtein distance, for "did you mean".
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// Collects properties of many objects into entries under `prefix`.
class PropertyCollector
{
public:
    void collect(const QJsonObject &properties)
    {
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QString type = typeOf(it.value());
            if (type.isEmpty())
                continue;
            auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const auto &e) {
                return e.path == it.key();
            });
            if (found == m_entries.end()) {
                m_entries.append({it.key(), type, {}, 0, {}});
                found = m_entries.end() - 1;
            } else if (found->type != type) {
                found->type = u"mixed"_s;
            }
            ++found->seenIn;
            const QString example = TemplateValue::fromJson(it.value()).jsonText();
            if (found->examples.size() < MaxExamples && !found->examples.contains(example))
                found->examples.append(example);
        }
    }
    QList<CatalogueEntry> entries(const QString &prefix) const
    {
        QList<CatalogueEntry> out = m_entries;
        for (CatalogueEntry &entry : out)
            entry.path = prefix + u'.' + entry.path;
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
            return a.path < b.path;
        });
        return out;
    }

private:
    QList<CatalogueEntry> m_entries;
};

} // namespace

void VariableCatalogue::add(CatalogueEntry entry)
{
    m_entries.append(std::move(entry));
}

VariableCatalogue VariableCatalogue::fromSamples(const QList<SampleUser> &users,
                                                 const QList<Event> &events,
                                                 const QStringList &secretNames)
{
    VariableCatalogue catalogue;
    catalogue.m_secretNames = secretNames;
    QStringList userIds;
    for (const SampleUser &user : users) {
        if (userIds.size() < MaxExamples)
            userIds.append(u"\"%1\""_s.arg(user.userId));
    }
    QStringList eventKeys;
    PropertyCollector userProperties;
    PropertyCollector eventProperties;
    auto collectEvent = [&](const Event &event) {
        const QString key = u"\"%1\""_s.arg(event.key);
        if (eventKeys.size() < MaxExamples && !eventKeys.contains(key))
            eventKeys.append(key);
        eventProperties.collect(event.properties);
    };
    for (const SampleUser &user : users) {
        userProperties.collect(user.properties);
        for (const Event &event : user.events)
            collectEvent(event);
    }
    for (const Event &event : events)
        collectEvent(event);

    const int userCount = int(users.size());
    catalogue.add({u"user_id"_s, u"string"_s, userIds, userCount, Tr::tr("The user's id")});
    catalogue.add({u"event_key"_s,
                   u"string"_s,
                   eventKeys,
                   0,
                   Tr::tr("The key of the event that triggered the campaign")});
    catalogue.add({u"campaign.key"_s, u"string"_s, {}, 0, Tr::tr("The campaign's key")});
    catalogue.add({u"campaign.title"_s, u"string"_s, {}, 0, Tr::tr("The campaign's title")});
    catalogue.add({u"webhook.id"_s,
                   u"string"_s,
                   {u"\"msg_…\""_s},
                   0,
                   Tr::tr("This delivery's id, the same on every retry: use it for idempotency")});
    catalogue.add({u"webhook.node"_s, u"string"_s, {}, 0, Tr::tr("The webhook node's id")});
    catalogue.add({u"now"_s,
                   u"string"_s,
                   {u"\"2026-11-27T09:00:00Z\""_s},
                   0,
                   Tr::tr("The run's clock, ISO 8601 (try | date: \"%Y-%m-%d\")")});
    for (const QString &name : secretNames)
        catalogue.add({u"secrets."_s + name,
                       u"string"_s,
                       {},
                       0,
                       Tr::tr("A secret from the secret store; never stored or shown")});
    for (CatalogueEntry &entry : userProperties.entries(u"user_properties"_s))
        catalogue.add(std::move(entry));
    for (CatalogueEntry &entry : eventProperties.entries(u"event_properties"_s))
        catalogue.add(std::move(entry));
    return catalogue;
}

const CatalogueEntry *VariableCatalogue::find(const QString &path) const
{
    for (const CatalogueEntry &entry : m_entries) {
        if (entry.path == path)
            return &entry;
    }
    return nullptr;
}

QString VariableCatalogue::closest(const QString &prefix, const QString &name) const
{
    QString best;
    int bestDistance = 3; // only close misspellings
    for (const CatalogueEntry &entry : m_entries) {
        if (!entry.path.startsWith(prefix))
            continue;
        const QString candidate = entry.path.mid(prefix.size()).section(u'.', 0, 0);
        const int d = distance(candidate, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

std::optional<QString> VariableCatalogue::problem(const QStringList &path) const
{
    const QString &root = path.first();
    static const QStringList roots{u"user_id"_s,
                                   u"user_properties"_s,
                                   u"event_key"_s,
                                   u"event_properties"_s,
                                   u"campaign"_s,
                                   u"webhook"_s,
                                   u"secrets"_s,
                                   u"now"_s};
    if (!roots.contains(root)) {
        const QString guess = closest({}, root);
        return guess.isEmpty()
                   ? Tr::tr("\"%1\" is not a variable; templates can read %2")
                         .arg(root, roots.join(u", "_s))
                   : Tr::tr("\"%1\" is not a variable; did you mean \"%2\"?").arg(root, guess);
    }
    if (path.size() < 2)
        return std::nullopt;
    const QString &name = path.at(1);
    const QString prefix = root + u'.';
    if (find(prefix + name))
        return std::nullopt;
    if (root == u"secrets" && m_secretNames.isEmpty())
        return std::nullopt; // nothing is known about the secret store here
    const QString guess = closest(prefix, name);
    const QString hint = guess.isEmpty() ? QString()
                                         : u" "_s + Tr::tr("Did you mean \"%1\"?").arg(guess);
    if (root == u"user_properties")
        return Tr::tr("no sample user has the property \"%1\".").arg(name) + hint;
    if (root == u"event_properties")
        return Tr::tr("no sample event has the property \"%1\".").arg(name) + hint;
    if (root == u"secrets")
        return Tr::tr("the secret store has no secret \"%1\".").arg(name) + hint;
    if (root == u"campaign" || root == u"webhook")
        return Tr::tr("\"%1\" has no field \"%2\".").arg(root, name) + hint;
    return Tr::tr("\"%1\" has no fields.").arg(root);
}

} // namespace Hookflow
