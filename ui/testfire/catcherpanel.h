// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Hookflow {

class Catcher;
class CapturedRequestModel;

/// The Catcher dock: what the built-in endpoint received, newest last, and the selected request's
/// request line, headers and body.
class CatcherPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatcherPanel)

public:
    explicit CatcherPanel(Catcher *catcher, QWidget *parent = nullptr);
    ~CatcherPanel() override;

    CapturedRequestModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Forgets every captured request (for the window's menu).
    QAction *clearAction() const { return m_clearAction; }

    /// Re-reads the address the catcher listens on.
    void refreshAddress();

private:
    void showSelectedRequest();

    Catcher *m_catcher = nullptr;
    CapturedRequestModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_clearAction = nullptr;
};

} // namespace Hookflow
