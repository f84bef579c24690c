// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runengine.h"
#include "engine/workspace.h"
#include "model/campaign.h"
#include "model/diagnostic.h"
#include "model/sampledata.h"

#include <QHash>
#include <QMainWindow>
#include <QModelIndex>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Hookflow {

class CampaignListModel;
class Catcher;
class CatcherPanel;
class DeliveryModel;
class DiagnosticsModel;
class FlowView;
class ResultsDatabase;
class TestFirePanel;
class UsersModel;

/// Hookflow's one window (DESIGN §9): campaigns and sample users on the left, one flow tab per
/// open campaign in the centre, Test fire / Issues / Catcher below. It owns the built-in catcher.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a campaign file in a flow tab (or switches to its tab); false when it cannot be read,
    /// in which case the Issues dock says why.
    bool openCampaign(const QString &file);
    /// Test-fires the campaign of the current tab; runFinished() reports the outcome, also when
    /// the run is refused (then with RunSummary::error set).
    void fire(RunMode mode);

    Catcher *catcher() const { return m_catcher; }
    DeliveryModel *deliveryModel() const;
    /// The file of the campaign in the current tab, or empty.
    QString currentFile() const;
    bool isRunning() const;

    /// Whether live requests go to the built-in catcher (the default) or to the campaign's URLs.
    void setSendToCatcher(bool toCatcher);
    bool sendsToCatcher() const;
    /// Off for tests and --self-test: refusals then only reach the status bar and the Issues dock.
    void setMessageBoxesEnabled(bool enabled) { m_messageBoxes = enabled; }

signals:
    void runFinished(const Hookflow::RunSummary &summary);

private:
    struct OpenCampaign
    {
        QString file;
        Campaign campaign;
        Diagnostics diagnostics;
    };

    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void loadUsers();

    const OpenCampaign *currentCampaign() const;
    FlowView *currentView() const;
    void openFromDialog();
    void openSelectedCampaign(const QModelIndex &index);
    void closeTab(int index);
    void currentTabChanged();
    void selectInList(const QString &file);
    void validateCurrent();
    void refreshKpis();
    void refuse(const QString &reason, const Diagnostics &issues = {});
    Event eventFor(const OpenCampaign &open) const;
    void setRunning(bool running);
    void runFinishedInternally(const RunSummary &summary);
    void updateUserCount();
    void showIssue(const QModelIndex &index);
    void about();

    Workspace m_workspace;
    std::unique_ptr<ResultsDatabase> m_database;
    QString m_databaseError;
    QList<SampleUser> m_users;
    Catcher *m_catcher = nullptr;
    RunController *m_run = nullptr;
    QString m_runCampaignKey;
    bool m_messageBoxes = true;
    bool m_syncingSelection = false;

    CampaignListModel *m_campaigns = nullptr;
    UsersModel *m_usersModel = nullptr;
    QSortFilterProxyModel *m_usersProxy = nullptr;
    DiagnosticsModel *m_diagnostics = nullptr;
    QSortFilterProxyModel *m_diagnosticsProxy = nullptr;
    QHash<QWidget *, OpenCampaign> m_open;

    QStackedWidget *m_centre = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_campaignList = nullptr;
    QTableView *m_usersView = nullptr;
    QLineEdit *m_userSearch = nullptr;
    QLabel *m_userCount = nullptr;
    QTableView *m_issuesView = nullptr;
    TestFirePanel *m_testFirePanel = nullptr;
    CatcherPanel *m_catcherPanel = nullptr;
    QComboBox *m_sendTo = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_catcherLabel = nullptr;

    QDockWidget *m_campaignsDock = nullptr;
    QDockWidget *m_usersDock = nullptr;
    QDockWidget *m_testFireDock = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QDockWidget *m_catcherDock = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_validateAction = nullptr;
    QAction *m_dryRunAction = nullptr;
    QAction *m_testFireAction = nullptr;
    QAction *m_sendToCatcherAction = nullptr;
    QAction *m_sendToRealAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_findUserAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Hookflow
