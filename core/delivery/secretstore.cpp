// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};
} // namespace

Result<SecretStore> SecretStore::load(const QString &secretsFile)
{
    SecretStore store;
    store.m_file = secretsFile;
    if (secretsFile.isEmpty() || !QFile::exists(secretsFile))
        return store;
    QFile file(secretsFile);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (file.permissions() & others)
        return Error{u"secrets"_s,
                     Tr::tr("%1 can be read by other users; make it private (chmod 600) before "
                            "Hookflow uses it")
                         .arg(secretsFile)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"secrets"_s,
                     Tr::tr("cannot read %1: %2").arg(secretsFile, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"secrets"_s,
                     Tr::tr("%1 must hold a JSON object of secret names and values")
                         .arg(secretsFile)};
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        store.m_fileSecrets.insert(it.key(), it.value().toString());
    return store;
}

QStringList SecretStore::fileNames() const
{
    QStringList names = m_fileSecrets.keys();
    names.sort();
    return names;
}

Result<QString> SecretStore::value(const QString &name) const
{
    const QByteArray variable = "HOOKFLOW_SECRET_" + name.toUpper().toUtf8();
    if (qEnvironmentVariableIsSet(variable.constData()))
        return qEnvironmentVariable(variable.constData());
    const auto it = m_fileSecrets.constFind(name);
    if (it != m_fileSecrets.constEnd())
        return *it;
    return Error{u"secret-missing"_s,
                 Tr::tr("secret \"%1\" is not set: set it with \"hookflow-cli secrets set %1\" or, "
                        "for CI, in the environment variable %2")
                     .arg(name, QString::fromUtf8(variable))};
}

Result<void> SecretStore::writeFile(const QString &secretsFile,
                                    const QHash<QString, QString> &secrets)
{
    QJsonObject object;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        object.insert(it.key(), it.value());
    QSaveFile file(secretsFile);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"secrets"_s,
                     Tr::tr("cannot write %1: %2").arg(secretsFile, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson());
    if (!file.commit())
        return Error{u"secrets"_s,
                     Tr::tr("cannot write %1: %2").arg(secretsFile, file.errorString())};
    QFile::setPermissions(secretsFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace Hookflow
