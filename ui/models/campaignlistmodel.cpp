// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignlistmodel.h"

#include "model/campaignformat.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Hookflow {

CampaignListModel::CampaignListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CampaignListModel::Entry CampaignListModel::read(const QString &file)
{
    Entry entry;
    entry.file = QFileInfo(file).absoluteFilePath();
    const CampaignLoad load = CampaignFormat::load(entry.file);
    for (const Diagnostic &diagnostic : load.diagnostics) {
        if (diagnostic.isError()) {
            if (entry.errors++ == 0)
                entry.firstError = diagnostic.message;
        } else {
            ++entry.warnings;
        }
    }
    if (load.campaign) {
        entry.key = load.campaign->key;
        entry.title = load.campaign->title;
        entry.status = load.campaign->status;
    }
    if (entry.title.isEmpty()) {
        // A file without a title (or one that does not parse) still needs a name in the list.
        QString name = QFileInfo(file).fileName();
        name.chop(qsizetype(qstrlen(CampaignFormat::FileSuffix)));
        entry.title = name.isEmpty() ? QFileInfo(file).fileName() : name;
    }
    return entry;
}

void CampaignListModel::setFiles(const QStringList &files)
{
    beginResetModel();
    m_entries.clear();
    for (const QString &file : files)
        m_entries.append(read(file));
    endResetModel();
}

int CampaignListModel::addFile(const QString &file)
{
    const int existing = refresh(file);
    if (existing >= 0)
        return existing;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(read(file));
    endInsertRows();
    return row;
}

int CampaignListModel::refresh(const QString &file)
{
    const int row = rowOf(file);
    if (row < 0)
        return -1;
    m_entries[row] = read(file);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

int CampaignListModel::rowOf(const QString &file) const
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).file == absolute)
            return row;
    }
    return -1;
}

QString CampaignListModel::fileAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).file : QString();
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignListModel::statusText(const Entry &entry) const
{
    if (!entry.status)
        return tr("Unreadable");
    return campaignStatusDisplayName(*entry.status);
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return entry.title;
        if (entry.errors > 0)
            return tr("%1 · %n error(s)", nullptr, entry.errors).arg(statusText(entry));
        return statusText(entry);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && entry.errors > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        QString tip = QDir::toNativeSeparators(entry.file);
        if (!entry.key.isEmpty())
            tip = tr("%1\nKey: %2").arg(tip, entry.key);
        if (entry.errors > 0)
            tip += u'\n' + entry.firstError;
        return tip;
    }
    case FileRole:
        return entry.file;
    case KeyRole:
        return entry.key;
    case ErrorCountRole:
        return entry.errors;
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Campaign");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Hookflow
