// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hookflow {

/// One event: the trigger of a run, or an entry of a sample user's history.
struct Event
{
    QString key;
    QDateTime timestamp; ///< UTC; invalid when the source gave none
    QJsonObject properties;

    QJsonObject toJson() const;
    /// Reads {"event_key", "timestamp", "properties"}; the message says which field is wrong.
    static Result<Event> fromJson(const QJsonObject &object);
    bool operator==(const Event &) const = default;
};

/// A test identity: an id, typed properties, and an event history for behavioural rules.
struct SampleUser
{
    QString userId;
    QJsonObject properties;
    QList<Event> events;

    QJsonObject toJson() const;
    static Result<SampleUser> fromJson(const QJsonObject &object);
    bool operator==(const SampleUser &) const = default;
};

/// Parses an ISO 8601 timestamp ("2026-11-20T09:30:00Z", with or without milliseconds or offset).
QDateTime parseTimestamp(const QString &text);
/// The canonical form written everywhere: UTC, seconds precision unless there are milliseconds, "Z".
QString formatTimestamp(const QDateTime &time);

} // namespace Hookflow
