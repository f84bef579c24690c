// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
Error dataError(const QString &message)
{
    return Error{u"invalid-data"_s, message};
}
} // namespace

QDateTime parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString formatTimestamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonObject Event::toJson() const
{
    QJsonObject object{{u"event_key"_s, key}, {u"properties"_s, properties}};
    if (timestamp.isValid())
        object.insert(u"timestamp"_s, formatTimestamp(timestamp));
    return object;
}

Result<Event> Event::fromJson(const QJsonObject &object)
{
    Event event;
    const QJsonValue key = object.value(u"event_key"_s);
    if (!key.isString() || key.toString().isEmpty())
        return dataError(
            QCoreApplication::translate("SampleData", "\"event_key\" must be a non-empty string"));
    event.key = key.toString();
    const QJsonValue timestamp = object.value(u"timestamp"_s);
    if (!timestamp.isUndefined() && !timestamp.isNull()) {
        event.timestamp = timestamp.isString() ? parseTimestamp(timestamp.toString()) : QDateTime();
        if (!event.timestamp.isValid())
            return dataError(
                QCoreApplication::translate("SampleData",
                                            "\"timestamp\" must be an ISO 8601 date-time such as "
                                            "2026-11-20T09:30:00Z"));
    }
    const QJsonValue properties = object.value(u"properties"_s);
    if (!properties.isUndefined() && !properties.isNull() && !properties.isObject())
        return dataError(
            QCoreApplication::translate("SampleData", "\"properties\" must be an object"));
    event.properties = properties.toObject();
    return event;
}

QJsonObject SampleUser::toJson() const
{
    QJsonArray history;
    for (const Event &event : events)
        history.append(event.toJson());
    return QJsonObject{{u"user_id"_s, userId},
                       {u"properties"_s, properties},
                       {u"events"_s, history}};
}

Result<SampleUser> SampleUser::fromJson(const QJsonObject &object)
{
    SampleUser user;
    const QJsonValue id = object.value(u"user_id"_s);
    if (id.isDouble())
        user.userId = QString::number(id.toInteger());
    else if (id.isString())
        user.userId = id.toString();
    if (user.userId.isEmpty())
        return dataError(
            QCoreApplication::translate("SampleData", "\"user_id\" must be a non-empty string"));
    const QJsonValue properties = object.value(u"properties"_s);
    if (!properties.isUndefined() && !properties.isNull() && !properties.isObject())
        return dataError(
            QCoreApplication::translate("SampleData", "\"properties\" must be an object"));
    user.properties = properties.toObject();
    const QJsonValue events = object.value(u"events"_s);
    if (!events.isUndefined() && !events.isNull() && !events.isArray())
        return dataError(QCoreApplication::translate("SampleData", "\"events\" must be an array"));
    const QJsonArray history = events.toArray();
    for (qsizetype i = 0; i < history.size(); ++i) {
        Result<Event> event = Event::fromJson(history.at(i).toObject());
        if (!event)
            return dataError(QCoreApplication::translate("SampleData", "events[%1]: %2")
                                 .arg(i)
                                 .arg(event.error().message));
        user.events.append(std::move(event).value());
    }
    return user;
}

} // namespace Hookflow
