// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/keyvaluemodel.h"

using namespace Qt::StringLiterals;

namespace Hookflow {

KeyValueModel::KeyValueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void KeyValueModel::setPairs(const HeaderList &pairs)
{
    if (pairs == m_pairs)
        return;
    if (pairs.size() != m_pairs.size()) {
        beginResetModel();
        m_pairs = pairs;
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < pairs.size(); ++row) {
        if (pairs.at(row) == m_pairs.at(row))
            continue;
        m_pairs[row] = pairs.at(row);
        emit dataChanged(index(int(row), NameColumn), index(int(row), ValueColumn));
    }
}

int KeyValueModel::appendRow()
{
    const int row = int(m_pairs.size());
    beginInsertRows({}, row, row);
    m_pairs.append(std::pair<QString, QString>());
    endInsertRows();
    emit pairsEdited(m_pairs, {tr("new row"), false});
    return row;
}

void KeyValueModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_pairs.size())
        return;
    beginRemoveRows({}, row, row);
    m_pairs.removeAt(row);
    endRemoveRows();
    emit pairsEdited(m_pairs, {tr("removed row"), false});
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const auto &[name, value] = m_pairs.at(index.row());
    return index.column() == NameColumn ? name : value;
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto &pair = m_pairs[index.row()];
    QString &cell = index.column() == NameColumn ? pair.first : pair.second;
    const QString text = value.toString();
    if (cell == text)
        return true;
    cell = text;
    emit dataChanged(index, index);
    emit pairsEdited(m_pairs,
                     {index.column() == NameColumn ? tr("row %1 name").arg(index.row() + 1)
                                                   : tr("row %1 value").arg(index.row() + 1),
                      true});
    return true;
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Name") : tr("Value");
}

} // namespace Hookflow
