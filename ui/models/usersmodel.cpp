// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

/// Properties a marketer looks for first, in this order; the rest follow alphabetically.
const QStringList commonProperties = {
    u"name"_s,
    u"email"_s,
    u"phone"_s,
    u"age"_s,
    u"gender"_s,
    u"tier"_s,
    u"city"_s,
    u"country"_s,
    u"language"_s,
    u"timezone"_s,
    u"platform"_s,
    u"app_version"_s,
    u"marketing_opt_in"_s,
};

QString displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsersModel::setUsers(const QList<SampleUser> &users)
{
    beginResetModel();
    m_users = users;
    QSet<QString> names;
    for (const SampleUser &user : m_users) {
        for (auto it = user.properties.begin(); it != user.properties.end(); ++it)
            names.insert(it.key());
    }
    m_properties.clear();
    for (const QString &common : commonProperties) {
        if (names.remove(common))
            m_properties.append(common);
    }
    QStringList rest(names.begin(), names.end());
    std::sort(rest.begin(), rest.end());
    m_properties += rest;
    endResetModel();
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_properties.size()) + 1;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SampleUser &user = m_users.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == SortRole)
            return user.userId;
        if (role == Qt::ToolTipRole)
            return tr("%1\n%n event(s) in history", nullptr, int(user.events.size()))
                .arg(user.userId);
        return {};
    }
    const QJsonValue value = user.properties.value(m_properties.at(index.column() - 1));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value);
    case Qt::ToolTipRole:
        return value.isString() && value.toString().size() > 40 ? value.toString() : QVariant();
    case SortRole:
        if (value.isDouble())
            return value.toDouble();
        if (value.isBool())
            return value.toBool() ? 1 : 0;
        return displayText(value);
    case Qt::TextAlignmentRole:
        if (value.isDouble())
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    // Property names are identifiers from the data, shown as they are written in templates.
    return section == 0 ? u"user_id"_s : m_properties.at(section - 1);
}

} // namespace Hookflow
