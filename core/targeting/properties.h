// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Hookflow {

/// How a condition finds a property on a sample user; shared by the evaluator and the compiled
/// engine so that both resolve names the same way.
namespace Properties {

/// The exact name first, then ignoring case (DESIGN §5); undefined when absent.
QJsonValue lookup(const QJsonObject &object, const QString &name);

/// "osName", "os_name" and "OSNAME" are one Hackle property name.
QString normalizedHackleName(const QString &name);
/// The normalized names a sample user may use for a Hackle property besides its own
/// (hackle-java-sdk: HackleProperty). Hackle calls the app version `versionName`; sample users
/// say `app_version`.
QStringList hackleNames(const QString &name);
/// The first member whose normalized name is one of `names`, name by name; undefined when none.
QJsonValue hackleLookup(const QJsonObject &object, const QStringList &names);
/// A Hackle property: from the user's `hackle_properties` object when it has one, else from the
/// user property of the same name (ignoring case and underscores: osName = os_name).
QJsonValue hackleProperty(const QJsonObject &properties, const QString &name);

} // namespace Properties
} // namespace Hookflow
