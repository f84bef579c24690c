// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runengine.h"
#include "engine/workspace.h"
#include "inspector/samplecontext.h"
#include "model/campaign.h"
#include "model/diagnostic.h"
#include "model/sampledata.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QModelIndex>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QLockFile;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class QUndoGroup;

namespace Hookflow {

class CampaignDocument;
class CampaignListModel;
class CanvasWidget;
class Catcher;
class CatcherPanel;
class DeliveryModel;
class DiagnosticsModel;
class Inspector;
class ResultsDatabase;
class TestFirePanel;
class UsersModel;

/// Hookflow's one window (DESIGN §9): campaigns and sample users on the left, one designer tab
/// per open campaign in the centre (palette, canvas, minimap), the inspector of the selection on
/// the right, Test fire / Issues / Catcher below. Every open campaign is a CampaignDocument; the
/// window's modified flag follows the current document's undo stack, modified documents are
/// autosaved to a recovery folder and offered back after a crash.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a campaign file in a tab (or switches to its tab); false when it cannot be read,
    /// in which case the Issues dock says why.
    bool openCampaign(const QString &file);
    /// A new, empty campaign in a new tab.
    void newCampaign();
    /// Saves the current campaign to its file (asking for one when it has none).
    bool saveCurrent();
    /// Saves the current campaign to `file`, or asks for a file when `file` is empty.
    bool saveCurrentAs(const QString &file = {});
    /// Throws away the current campaign's unsaved changes (after asking) and reads its file again.
    void revertCurrent();
    /// Closes the current tab, asking about unsaved changes; false when the user cancelled.
    bool closeCurrent();

    /// Test-fires the campaign of the current tab; runFinished() reports the outcome, also when
    /// the run is refused (then with RunSummary::error set).
    void fire(RunMode mode);

    Catcher *catcher() const { return m_catcher; }
    DeliveryModel *deliveryModel() const;
    /// The file of the campaign in the current tab, or empty.
    QString currentFile() const;
    CampaignDocument *currentDocument() const;
    CanvasWidget *currentCanvas() const;
    Inspector *currentInspector() const;
    const SampleContextPtr &sampleContext() const { return m_sampleContext; }
    bool isRunning() const;

    /// Whether live requests go to the built-in catcher (the default) or to the campaign's URLs.
    void setSendToCatcher(bool toCatcher);
    bool sendsToCatcher() const;

    /// Off for tests and --self-test: refusals then only reach the status bar and the Issues dock,
    /// and questions take their default answer (or the one queued with queueAnswer()).
    void setMessageBoxesEnabled(bool enabled) { m_messageBoxes = enabled; }
    /// The answer the next question (unsaved changes, pause to edit, recover) gets without being
    /// shown; for tests, like KeePassXC's MessageBox::setNextAnswer.
    void queueAnswer(QMessageBox::StandardButton answer) { m_answers.append(answer); }

    /// Writes every modified campaign to this session's recovery folder now (the timer does it
    /// every 30 seconds).
    void autosave();
    /// Campaigns a crashed session left in the recovery folder; offers to reopen them and returns
    /// how many were reopened. Called once the window is shown.
    int offerRecovery();
    /// Test fires a crashed or killed session left unfinished; offers to resume each (or to
    /// record it as canceled) and returns how many were resumed. Called once the window is shown.
    int offerInterruptedRuns();
    /// Continues a recorded run that did not finish.
    void resumeRun(qint64 runId);
    /// The folder this session autosaves into.
    QString recoveryFolder() const;

signals:
    void runFinished(const Hookflow::RunSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Tab
    {
        CampaignDocument *document = nullptr;
        CanvasWidget *canvas = nullptr;
        Inspector *inspector = nullptr;
        QString recoveryName; ///< its file in the recovery folder, once autosaved
    };

    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void loadUsers();
    void rebuildSampleContext();
    Tab *currentTab();
    const Tab *currentTab() const;
    Tab *tabOf(const CampaignDocument *document);
    CanvasWidget *addTab(CampaignDocument *document);
    void openFromDialog();
    void openSelectedCampaign(const QModelIndex &index);
    bool closeTab(int index);
    bool maybeSave(Tab &tab);
    bool saveTab(Tab &tab, const QString &file);
    void currentTabChanged();
    void updateTabTitle(const CampaignDocument *document);
    void updateActions();
    void updateIssues();
    void selectInList(const QString &file);
    void validateCurrent();
    void refreshKpis();
    void refuse(const QString &reason, const Diagnostics &issues = {});
    Event eventFor(const CampaignDocument &document) const;
    void setRunning(bool running);
    void runFinishedInternally(const RunSummary &summary);
    void updateUserCount();
    void showIssue(const QModelIndex &index);
    void setStatusOfCurrent(CampaignStatus status);
    void connectSelected();
    bool askToPauseForEdit(CampaignDocument *document);
    void addRecentFile(const QString &file);
    void fillRecentMenu();
    void removeRecovery(Tab &tab);
    QMessageBox::StandardButton ask(QMessageBox::Icon icon,
                                    const QString &title,
                                    const QString &text,
                                    QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton,
                                    const QHash<QMessageBox::StandardButton, QString> &labels = {});
    void about();

    Workspace m_workspace;
    std::unique_ptr<ResultsDatabase> m_database;
    QString m_databaseError;
    QList<SampleUser> m_users;
    SampleContextPtr m_sampleContext;
    Catcher *m_catcher = nullptr;
    RunController *m_run = nullptr;
    QString m_runCampaignKey;
    bool m_messageBoxes = true;
    QList<QMessageBox::StandardButton> m_answers;
    bool m_syncingSelection = false;
    int m_untitledCount = 0;

    QString m_sessionId;
    std::unique_ptr<QLockFile> m_sessionLock;
    QTimer *m_autosaveTimer = nullptr;
    int m_recoverySerial = 0;

    CampaignListModel *m_campaigns = nullptr;
    UsersModel *m_usersModel = nullptr;
    QSortFilterProxyModel *m_usersProxy = nullptr;
    DiagnosticsModel *m_diagnostics = nullptr;
    QSortFilterProxyModel *m_diagnosticsProxy = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QHash<QWidget *, Tab> m_open; ///< keyed by the tab's CanvasWidget

    QStackedWidget *m_centre = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_inspectors = nullptr;
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
    QLabel *m_statusLabel = nullptr;
    QMenu *m_recentMenu = nullptr;

    QDockWidget *m_campaignsDock = nullptr;
    QDockWidget *m_usersDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_testFireDock = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QDockWidget *m_catcherDock = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_validateAction = nullptr;
    QAction *m_dryRunAction = nullptr;
    QAction *m_testFireAction = nullptr;
    QAction *m_stopRunAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_endAction = nullptr;
    QAction *m_sendToCatcherAction = nullptr;
    QAction *m_sendToRealAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_autoLayoutAction = nullptr;
    QAction *m_snapAction = nullptr;
    QAction *m_miniMapAction = nullptr;
    QAction *m_findUserAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Hookflow
