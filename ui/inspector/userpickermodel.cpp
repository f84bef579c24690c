// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/userpickermodel.h"

using namespace Qt::StringLiterals;

namespace Hookflow {

UserPickerModel::UserPickerModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void UserPickerModel::setUsers(const QList<SampleUser> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserPickerModel::rowOf(const QString &userId) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).userId == userId)
            return int(i);
    }
    return -1;
}

int UserPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UserPickerModel::data(const QModelIndex &index, int role) const
{
    // QComboBox asks for the data of row -1 when nothing is current.
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SampleUser &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        // The name helps find a person; only its first line, as some names hold line breaks.
        const QString name = user.properties.value(u"name"_s).toString().section(u'\n', 0, 0);
        return name.isEmpty() ? user.userId : u"%1 · %2"_s.arg(user.userId, name);
    }
    case UserIdRole:
        return user.userId;
    default:
        return {};
    }
}

} // namespace Hookflow
