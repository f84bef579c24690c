// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hookflow {

/// One variable a template can read, as the editor's completion and `{...}` picker show it.
struct CatalogueEntry
{
    QString path;         ///< "user_properties.name", "event_properties.price", "user_id" …
    QString type;         ///< "string", "number", "boolean", "array", "object" or "mixed"
    QStringList examples; ///< up to three distinct values seen in the sample data
    int seenIn = 0;       ///< how many sample users (or events) have it
    QString description;  ///< for the built-in variables
};

/// The variables templates can use: Hackle's built-ins, every user property seen in the sample
/// users and every event property seen in their events (and the demo events), with types and
/// example values. Templates are checked against it for unknown names.
class VariableCatalogue
{
public:
    VariableCatalogue() = default;
    /// `secretNames` lists the secrets that exist, without their values.
    static VariableCatalogue fromSamples(const QList<SampleUser> &users,
                                         const QList<Event> &events = {},
                                         const QStringList &secretNames = {});

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    const CatalogueEntry *find(const QString &path) const;

    /// Why reading `path` (split at dots) finds nothing in any sample, or nothing when it may
    /// well find something; says which name was probably meant.
    std::optional<QString> problem(const QStringList &path) const;

private:
    void add(CatalogueEntry entry);
    QString closest(const QString &prefix, const QString &name) const;

    QList<CatalogueEntry> m_entries;
    QStringList m_secretNames;
};

} // namespace Hookflow
