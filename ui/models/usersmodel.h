// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Hookflow {

/// Sample users as a table: user_id, then one column per property name any user has, the
/// common ones (name, age, tier …) first and the rest alphabetically.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    /// The raw value, for sorting numbers as numbers (the display text is always a string).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit UsersModel(QObject *parent = nullptr);

    void setUsers(const QList<SampleUser> &users);
    const QList<SampleUser> &users() const { return m_users; }
    /// Property names in column order (column 0, user_id, is not one of them).
    const QStringList &propertyNames() const { return m_properties; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SampleUser> m_users;
    QStringList m_properties;
};

} // namespace Hookflow
