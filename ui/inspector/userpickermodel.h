// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"

#include <QAbstractListModel>

namespace Hookflow {

/// The sample users as a pick list: "u-kim · 김민지"; the user id under UserIdRole.
class UserPickerModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPickerModel)

public:
    static constexpr int UserIdRole = Qt::UserRole + 1;

    explicit UserPickerModel(QObject *parent = nullptr);

    void setUsers(const QList<SampleUser> &users);
    const QList<SampleUser> &users() const { return m_users; }
    /// The row of `userId`, or -1.
    int rowOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SampleUser> m_users;
};

} // namespace Hookflow
