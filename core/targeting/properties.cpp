// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties.h"

using namespace Qt::StringLiterals;

namespace Hookflow::Properties {

QJsonValue lookup(const QJsonObject &object, const QString &name)
{
    const QJsonValue exact = object.value(name);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString normalizedHackleName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'_' && c != u'-' && c != u' ')
            out.append(c.toLower());
    }
    return out;
}

QStringList hackleNames(const QString &name)
{
    const QString key = normalizedHackleName(name);
    QStringList names{key};
    if (key == u"versionname")
        names << u"appversion"_s;
    else if (key == u"appversion")
        names << u"versionname"_s;
    else if (key == u"osname")
        names << u"os"_s;
    else if (key == u"os")
        names << u"osname"_s;
    return names;
}

QJsonValue hackleLookup(const QJsonObject &object, const QStringList &names)
{
    for (const QString &wanted : names) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (normalizedHackleName(it.key()) == wanted)
                return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue hackleProperty(const QJsonObject &properties, const QString &name)
{
    const QStringList names = hackleNames(name);
    const QJsonValue nested = lookup(properties, u"hackle_properties"_s);
    if (nested.isObject()) {
        const QJsonValue value = hackleLookup(nested.toObject(), names);
        if (!value.isUndefined())
            return value;
    }
    return hackleLookup(properties, names);
}

} // namespace Hookflow::Properties
