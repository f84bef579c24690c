// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "delivery/secretstore.h"
#include "io/userimport.h"
#include "store/resultsdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

const QString seededMarker = u".hookflow-seeded"_s;

// Example segments and cohorts (docs/segments-and-cohorts.md).
const QStringList audienceExamples{u"segments/vip-seoul.segment.json"_s,
                                   u"cohorts/beta-testers.csv"_s,
                                   u"cohorts/repeat-buyers.cohort.json"_s};

/// Copies the example segments and cohorts that are not there yet.
Result<void> seedAudiences(const QDir &dir)
{
    for (const QString &relative : audienceExamples) {
        const QString source = u":/examples/"_s + relative;
        const QString target = dir.filePath(relative);
        if (QFile::exists(target))
            continue;
        if (!dir.mkpath(QFileInfo(relative).path()) || !QFile::copy(source, target))
            return Error{u"workspace"_s,
                         Tr::tr("cannot copy the example %1 into %2").arg(source, dir.path())};
        QFile::setPermissions(target,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
    return {};
}

} // namespace

Result<QJsonObject> WorkspaceSettings::read(const QString &folder)
{
    const QString path = QDir(folder).filePath(QString::fromLatin1(FileName));
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"workspace"_s, Tr::tr("cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"workspace"_s,
                     Tr::tr("%1 is damaged: it must hold one JSON object (%2)")
                         .arg(path, error.errorString())};
    return document.object();
}

Result<void> WorkspaceSettings::update(const QString &folder,
                                       const std::function<void(QJsonObject &)> &change)
{
    Result<QJsonObject> settings = read(folder);
    if (!settings)
        return settings.error();
    QJsonObject changed = *settings;
    change(changed);
    changed.insert(u"format"_s, 1);
    if (!QDir().mkpath(folder))
        return Error{u"workspace"_s, Tr::tr("cannot create the workspace folder %1").arg(folder)};
    const QString path = QDir(folder).filePath(QString::fromLatin1(FileName));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"workspace"_s, Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    file.write(QJsonDocument(changed).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{u"workspace"_s, Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QStringList Examples::campaignResources()
{
    return {u":/examples/price-drop-alert.hookflow.json"_s,
            u":/examples/review-points.hookflow.json"_s,
            u":/examples/re-engagement.hookflow.json"_s};
}

QString Examples::eventResourceFor(const QString &campaignResource)
{
    QString event = campaignResource;
    event.replace(u".hookflow.json"_s, u".event.json"_s);
    return event;
}

Workspace::Workspace(QString folder)
    : m_folder(std::move(folder))
{}

QString Workspace::defaultFolder()
{
    const QString overridden = qEnvironmentVariable("HOOKFLOW_WORKSPACE");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspace"_s;
}

QString Workspace::databasePath() const
{
    return QDir(m_folder).filePath(u"hookflow.db"_s);
}

QString Workspace::secretsPath() const
{
    return QDir(m_folder).filePath(u"secrets.json"_s);
}

QString Workspace::settingsPath() const
{
    return QDir(m_folder).filePath(QString::fromLatin1(WorkspaceSettings::FileName));
}

Result<SecretBackend> Workspace::secretBackend() const
{
    Result<QJsonObject> settings = WorkspaceSettings::read(m_folder);
    if (!settings)
        return settings.error();
    return SecretStore::backendOf(*settings);
}

Result<void> Workspace::setSecretBackend(SecretBackend backend) const
{
    return WorkspaceSettings::update(m_folder, [backend](QJsonObject &settings) {
        // The id names the keychain entries; it stays with the folder when the folder moves.
        if (settings.value(u"id"_s).toString().isEmpty())
            settings.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QJsonObject secrets = settings.value(u"secrets"_s).toObject();
        secrets.insert(u"backend"_s, secretBackendName(backend));
        settings.insert(u"secrets"_s, secrets);
    });
}

Result<SecretStore> Workspace::secretStore() const
{
    return SecretStore::forWorkspace(m_folder);
}

QStringList Workspace::campaignFiles() const
{
    QDir dir(m_folder);
    QStringList files;
    for (const QString &name : dir.entryList({u"*.hookflow.json"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

Result<void> Workspace::ensureSeeded() const
{
    QDir dir(m_folder);
    if (!dir.mkpath(u"."_s))
        return Error{u"workspace"_s, Tr::tr("cannot create the workspace folder %1").arg(m_folder)};
    if (dir.exists(seededMarker))
        return {};
    if (Result<void> seeded = seedAudiences(dir); !seeded)
        return seeded;

    for (const QString &resource : Examples::campaignResources()) {
        for (const QString &source : {resource, Examples::eventResourceFor(resource)}) {
            const QString target = dir.filePath(QFileInfo(source).fileName());
            if (QFile::exists(target))
                continue;
            if (!QFile::copy(source, target))
                return Error{u"workspace"_s,
                             Tr::tr("cannot copy the example %1 into %2").arg(source, m_folder)};
            QFile::setPermissions(target,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        }
    }

    QFile demo(QString::fromLatin1(Examples::DemoUsers));
    if (!demo.open(QIODevice::ReadOnly))
        return Error{u"workspace"_s, Tr::tr("the demo users are missing from this build")};
    const UserImport demoUsers = UserImporter::parseJson(demo.readAll());
    if (!demoUsers.problems.isEmpty())
        return Error{u"workspace"_s,
                     Tr::tr("the demo users of this build are damaged (line %1: %2)")
                         .arg(demoUsers.problems.first().line)
                         .arg(demoUsers.problems.first().message)};
    Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(databasePath());
    if (!db)
        return db.error();
    if ((*db)->userCount() == 0) {
        if (Result<int> imported = (*db)->upsertUsers(demoUsers.users); !imported)
            return imported.error();
    }

    // A new workspace records its secrets backend explicitly: the file, which the demo values
    // below go into. `hookflow-cli secrets backend keychain` moves to the OS keychain.
    Result<QJsonObject> settings = WorkspaceSettings::read(m_folder);
    if (!settings)
        return settings.error();
    const bool chosen = settings->value(u"secrets"_s).toObject().contains(u"backend"_s);
    if (!chosen) {
        if (Result<void> recorded = setSecretBackend(SecretBackend::File); !recorded)
            return recorded;
    }
    // Sandbox values so the examples can be test-fired at once; real tokens replace them.
    if (!chosen && !QFile::exists(secretsPath())) {
        if (Result<void> written = SecretStore::writeFile(
                secretsPath(),
                {{u"alimtalk_token"_s, u"demo-alimtalk-token"_s},
                 {u"points_api_key"_s, u"demo-points-key"_s},
                 {u"messaging_token"_s, u"demo-messaging-token"_s}});
            !written)
            return written;
    }
    QFile marker(dir.filePath(seededMarker));
    if (!marker.open(QIODevice::WriteOnly))
        return Error{u"workspace"_s,
                     Tr::tr("cannot write to the workspace folder %1").arg(m_folder)};
    return {};
}

} // namespace Hookflow
