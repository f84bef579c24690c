// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inspector/samplecontext.h"

#include <QSet>

#include <algorithm>

namespace Hookflow {

QStringList SampleContext::eventKeys() const
{
    QSet<QString> keys;
    for (const Event &event : events)
        keys.insert(event.key);
    for (const SampleUser &user : users) {
        for (const Event &event : user.events)
            keys.insert(event.key);
    }
    keys.remove(QString());
    QStringList sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

Event SampleContext::eventFor(const QString &eventKey) const
{
    const Event *best = nullptr;
    for (const Event &event : events) {
        if (event.key == eventKey && (!best || best->timestamp < event.timestamp))
            best = &event;
    }
    if (best)
        return *best;
    Event event;
    event.key = eventKey;
    event.timestamp = now;
    return event;
}

} // namespace Hookflow
