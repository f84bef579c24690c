// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hookflow {

/// The campaign files of a workspace (plus any opened from elsewhere): title, status and problems.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)

public:
    enum Column { TitleColumn, StatusColumn, ColumnCount };
    enum Role {
        FileRole = Qt::UserRole + 1, ///< the campaign file's absolute path
        KeyRole,                     ///< the campaign key; empty when the file could not be read
        ErrorCountRole,              ///< how many errors loading found
    };

    explicit CampaignListModel(QObject *parent = nullptr);

    /// Replaces the list with these files, reading each one for its title and status.
    void setFiles(const QStringList &files);
    /// Adds a file (or re-reads it when it is listed already) and returns its row.
    int addFile(const QString &file);
    /// Re-reads one listed file, e.g. after validation; returns its row or -1.
    int refresh(const QString &file);
    /// The row of a file, or -1.
    int rowOf(const QString &file) const;
    QString fileAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString file;
        QString key;
        QString title;
        std::optional<CampaignStatus> status; ///< empty when the file could not be read
        int errors = 0;
        int warnings = 0;
        QString firstError;
    };

    static Entry read(const QString &file);
    QString statusText(const Entry &entry) const;

    QList<Entry> m_entries;
};

} // namespace Hookflow
