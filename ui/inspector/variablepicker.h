// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "template/variablecatalogue.h"

#include <QAbstractListModel>
#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace Hookflow {

/// The variables of a catalogue as a list, one row per variable, shown as Hackle shows them:
/// "user_properties.name — string — 김민지, Alex, …".
class VariableListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariableListModel)

public:
    enum Role {
        PathRole = Qt::UserRole + 1, ///< "user_properties.name"
        TypeRole,                    ///< "string"
        ExamplesRole,                ///< "김민지, Alex, …"
        SearchRole,                  ///< what the picker's search field matches against
        DescriptionRole,             ///< the built-in's description, or how many samples have it
    };

    explicit VariableListModel(QObject *parent = nullptr);

    void setCatalogue(const VariableCatalogue &catalogue);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Up to three example values, strings without their JSON quotes, long ones shortened, and
    /// "…" when there may be more.
    static QString examplesText(const CatalogueEntry &entry);

private:
    QList<CatalogueEntry> m_entries;
};

/// The `{...}` popup: a search field over the catalogue's variables; choosing one (Enter, a
/// click or a double-click) emits variableChosen() and closes the popup.
class VariablePicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariablePicker)

public:
    explicit VariablePicker(QWidget *parent = nullptr);

    void setCatalogue(const VariableCatalogue &catalogue);
    /// Shows the popup with its top-left corner at `globalPosition` (kept on the screen), the
    /// search field empty and focused.
    void popup(const QPoint &globalPosition);

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_view; }
    /// The filtered list the view shows.
    QSortFilterProxyModel *filteredModel() const { return m_proxy; }

    /// Chooses the row `row` of the filtered list.
    void choose(int row);

signals:
    void variableChosen(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateDescription();

    VariableListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_view;
    QLabel *m_description;
};

} // namespace Hookflow
