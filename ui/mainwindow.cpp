// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "canvas/canvaswidget.h"
#include "canvas/flowview.h"
#include "catcher/catcher.h"
#include "inspector/inspector.h"
#include "model/campaigndocument.h"
#include "model/campaignformat.h"
#include "models/campaignlistmodel.h"
#include "models/deliverymodel.h"
#include "models/diagnosticsmodel.h"
#include "models/usersmodel.h"
#include "store/resultsdatabase.h"
#include "testfire/catcherpanel.h"
#include "testfire/testfirepanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr int StatusTimeoutMs = 8000;
constexpr int AutosaveIntervalMs = 30 * 1000;
constexpr int MaxRecentFiles = 10;
const QString RecentFilesKey = u"recentFiles"_s;
/// Beside a recovered campaign: the file it came from (empty for a campaign never saved).
const QString OriginSuffix = u".origin"_s;

/// "/home/ana/.local/share/Hookflow" → "~/.local/share/Hookflow", in the platform's separators.
QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    QString shown = path;
    if (!home.isEmpty() && home != "/"_L1 && (shown == home || shown.startsWith(home + u'/')))
        shown = u"~"_s + shown.mid(home.size());
    return QDir::toNativeSeparators(shown);
}

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

std::optional<Event> readEvent(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll());
    if (!document.isObject())
        return std::nullopt;
    Result<Event> event = Event::fromJson(document.object());
    if (!event)
        return std::nullopt;
    return std::move(event).value();
}

QTableView *createTableView(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

MainWindow::MainWindow(const Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_catcher(new Catcher(this))
    , m_run(new RunController(this))
    , m_campaigns(new CampaignListModel(this))
    , m_usersModel(new UsersModel(this))
    , m_usersProxy(new QSortFilterProxyModel(this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_diagnosticsProxy(new QSortFilterProxyModel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Hookflow — %1[*]").arg(displayPath(m_workspace.folder())));
    setWindowIcon(QIcon(u":/icons/org.hookflow.Hookflow.svg"_s));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    // The campaign and user lists run the window's full height; the bottom docks sit under the flow.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    // So does the inspector on the right: the body editor and the preview need the height.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    Result<std::unique_ptr<ResultsDatabase>> database = ResultsDatabase::open(
        m_workspace.databasePath());
    if (database)
        m_database = std::move(database).value();
    else
        m_databaseError = database.error().message;

    const Result<void> listening = m_catcher->listen(QHostAddress::LocalHost, 0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"flowTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);

    auto *placeholder = new QLabel(
        tr("Select a campaign on the left, open a campaign file with %1 or start a new one with "
           "%2.")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
        this);
    placeholder->setObjectName(u"flowPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_centre = new QStackedWidget(this);
    m_centre->addWidget(placeholder);
    m_centre->addWidget(m_tabs);
    setCentralWidget(m_centre);

    createActions();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_run, &RunController::runStarted, this, [this](qint64 runId) {
        m_testFirePanel->setCaption(tr("Run #%1 is going…").arg(runId));
    });
    connect(m_run, &RunController::deliveryFinished, this, [this](const DeliveryUpdate &update) {
        m_testFirePanel->model()->append(update);
    });
    connect(m_run, &RunController::finished, this, &MainWindow::runFinishedInternally);

    loadUsers();
    m_campaigns->setFiles(m_workspace.campaignFiles());

    // This session's recovery folder, locked while the window lives: a folder whose lock is
    // free after a start belongs to a session that crashed.
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(QDir(m_workspace.folder()).filePath(u".recovery"_s));
    m_sessionLock = std::make_unique<QLockFile>(recoveryFolder() + u".lock"_s);
    m_sessionLock->setStaleLockTime(0);
    if (!m_sessionLock->tryLock(0))
        m_sessionLock.reset();
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(AutosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start();

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1480, 940);
    resize(available.size().boundedTo(QSize(1480, 940)));
    resizeDocks({m_campaignsDock, m_inspectorDock}, {300, 440}, Qt::Horizontal);
    resizeDocks({m_campaignsDock, m_usersDock}, {150, 650}, Qt::Vertical);
    resizeDocks({m_testFireDock}, {260}, Qt::Vertical);

    if (!listening)
        statusBar()->showMessage(
            tr("The catcher could not start: %1").arg(listening.error().message));
    else if (!m_databaseError.isEmpty())
        statusBar()->showMessage(
            tr("The results database could not be opened: %1").arg(m_databaseError));

    if (m_campaigns->rowCount() > 0)
        m_campaignList->setCurrentIndex(m_campaigns->index(0, 0));
    else
        currentTabChanged();
}

MainWindow::~MainWindow()
{
    // The run's worker must stop before the catcher and the database it talks to go away.
    delete m_run;
    m_run = nullptr;
    // A clean exit leaves nothing to recover. Unsaved work the user chose to discard is gone.
    QDir(recoveryFolder()).removeRecursively();
    if (m_sessionLock)
        m_sessionLock->unlock();
}

DeliveryModel *MainWindow::deliveryModel() const
{
    return m_testFirePanel->model();
}

void MainWindow::createActions()
{
    const auto makeAction = [this](const QString &name,
                                   const QString &text,
                                   const QKeySequence &shortcut = {},
                                   const QIcon &icon = {}) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    // File
    m_newAction = makeAction(u"actionNew"_s,
                             tr("&New Campaign"),
                             QKeySequence::New,
                             themeIcon(u"document-new"_s, QStyle::SP_FileIcon));
    m_newAction->setToolTip(
        tr("Start an empty campaign (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newCampaign);

    m_openAction = makeAction(u"actionOpen"_s,
                              tr("&Open…"),
                              QKeySequence::Open,
                              themeIcon(u"document-open"_s, QStyle::SP_DialogOpenButton));
    m_openAction->setToolTip(
        tr("Open a campaign file (%1)")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFromDialog);

    m_saveAction = makeAction(u"actionSave"_s,
                              tr("&Save"),
                              QKeySequence::Save,
                              themeIcon(u"document-save"_s, QStyle::SP_DialogSaveButton));
    m_saveAction->setToolTip(
        tr("Save the campaign (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveCurrent);

    m_saveAsAction = makeAction(u"actionSaveAs"_s,
                                tr("Save &As…"),
                                QKeySequence::SaveAs,
                                themeIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton));
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveCurrentAs(); });

    m_revertAction = makeAction(u"actionRevert"_s,
                                tr("Re&vert to Saved"),
                                {},
                                themeIcon(u"document-revert"_s, QStyle::SP_BrowserReload));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revertCurrent);

    m_closeAction = makeAction(u"actionClose"_s, tr("&Close Campaign"), QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCurrent);

    m_quitAction = makeAction(u"actionQuit"_s,
                              tr("&Quit"),
                              QKeySequence::Quit,
                              themeIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Edit: undo and redo follow the current campaign's stack; the rest act on its canvas and
    // only while the canvas has the focus, so that text fields keep their own Ctrl+C and Delete.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"actionUndo"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(themeIcon(u"edit-undo"_s, QStyle::SP_ArrowBack));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"actionRedo"_s);
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(themeIcon(u"edit-redo"_s, QStyle::SP_ArrowForward));

    const auto canvasAction = [&](const QString &name,
                                  const QString &text,
                                  const QList<QKeySequence> &shortcuts,
                                  void (FlowView::*slot)()) {
        QAction *action = makeAction(name, text);
        action->setShortcuts(shortcuts);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tabs->addAction(action);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (CanvasWidget *canvas = currentCanvas())
                (canvas->view()->*slot)();
        });
        return action;
    };
    m_cutAction = canvasAction(u"actionCut"_s, tr("Cu&t"), {QKeySequence::Cut}, &FlowView::cut);
    m_copyAction = canvasAction(u"actionCopy"_s, tr("&Copy"), {QKeySequence::Copy}, &FlowView::copy);
    m_pasteAction = canvasAction(u"actionPaste"_s,
                                 tr("&Paste"),
                                 {QKeySequence::Paste},
                                 &FlowView::paste);
    m_duplicateAction = canvasAction(u"actionDuplicate"_s,
                                     tr("Dup&licate"),
                                     {QKeySequence(Qt::CTRL | Qt::Key_D)},
                                     &FlowView::duplicate);
    m_deleteAction = canvasAction(u"actionDelete"_s,
                                  tr("&Delete"),
                                  {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)},
                                  &FlowView::deleteSelection);
    m_selectAllAction = canvasAction(u"actionSelectAll"_s,
                                     tr("Select &All"),
                                     {QKeySequence::SelectAll},
                                     &FlowView::selectAll);
    // Connecting without a mouse: two selected nodes, from the left one to the right one.
    m_connectAction = makeAction(u"actionConnect"_s,
                                 tr("Co&nnect Selected Nodes"),
                                 QKeySequence(Qt::CTRL | Qt::Key_E));
    m_connectAction->setToolTip(
        tr("Connect the two selected nodes, from the left one to the right one (a branch uses its "
           "\"yes\" output first)"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectSelected);
    m_cutAction->setIcon(themeIcon(u"edit-cut"_s, QStyle::SP_TrashIcon));
    m_copyAction->setIcon(themeIcon(u"edit-copy"_s, QStyle::SP_FileIcon));
    m_pasteAction->setIcon(themeIcon(u"edit-paste"_s, QStyle::SP_FileIcon));
    m_deleteAction->setIcon(themeIcon(u"edit-delete"_s, QStyle::SP_TrashIcon));

    // Campaign
    m_validateAction = makeAction(u"actionValidate"_s,
                                  tr("&Validate"),
                                  Qt::Key_F7,
                                  themeIcon(u"dialog-ok-apply"_s, QStyle::SP_DialogApplyButton));
    m_validateAction->setToolTip(tr("List the campaign's problems in Issues (F7)"));
    connect(m_validateAction, &QAction::triggered, this, &MainWindow::validateCurrent);

    m_dryRunAction = makeAction(u"actionDryRun"_s,
                                tr("&Dry Run"),
                                QKeySequence(Qt::CTRL | Qt::Key_F5),
                                themeIcon(u"document-preview"_s, QStyle::SP_FileDialogContentsView));
    m_dryRunAction->setToolTip(
        tr("Render every request for the sample users without sending anything (Ctrl+F5)"));
    connect(m_dryRunAction, &QAction::triggered, this, [this] { fire(RunMode::Dry); });

    m_testFireAction = makeAction(u"actionTestFire"_s,
                                  tr("&Test Fire"),
                                  Qt::Key_F5,
                                  themeIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay));
    m_testFireAction->setToolTip(tr("Send the campaign to the sample users (F5)"));
    connect(m_testFireAction, &QAction::triggered, this, [this] { fire(RunMode::Live); });

    m_stopRunAction = makeAction(u"actionStopRun"_s,
                                 tr("St&op Test Fire"),
                                 QKeySequence(Qt::SHIFT | Qt::Key_F5),
                                 themeIcon(u"media-playback-stop"_s, QStyle::SP_MediaStop));
    m_stopRunAction->setToolTip(
        tr("Stop the running test fire: nothing more is sent, and deliveries still waiting for "
           "a retry are recorded as failed (Shift+F5)"));
    m_stopRunAction->setEnabled(false);
    connect(m_stopRunAction, &QAction::triggered, m_run, &RunController::cancel);

    m_startAction = makeAction(u"actionStartCampaign"_s, tr("St&art Campaign"));
    m_startAction->setToolTip(tr("Mark the campaign as running"));
    connect(m_startAction, &QAction::triggered, this, [this] {
        setStatusOfCurrent(CampaignStatus::Running);
    });
    m_pauseAction = makeAction(u"actionPauseCampaign"_s, tr("&Pause Campaign"));
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        setStatusOfCurrent(CampaignStatus::Paused);
    });
    m_endAction = makeAction(u"actionEndCampaign"_s, tr("&End Campaign"));
    connect(m_endAction, &QAction::triggered, this, [this] {
        setStatusOfCurrent(CampaignStatus::Ended);
    });

    auto *sendTo = new QActionGroup(this);
    sendTo->setExclusive(true);
    m_sendToCatcherAction = new QAction(tr("Send to Built-in &Catcher"), sendTo);
    m_sendToCatcherAction->setObjectName(u"actionSendToCatcher"_s);
    m_sendToCatcherAction->setCheckable(true);
    m_sendToCatcherAction->setChecked(true);
    m_sendToRealAction = new QAction(tr("Send to &Real URLs"), sendTo);
    m_sendToRealAction->setObjectName(u"actionSendToReal"_s);
    m_sendToRealAction->setCheckable(true);
    connect(m_sendToCatcherAction, &QAction::toggled, this, [this](bool checked) {
        if (m_sendTo)
            m_sendTo->setCurrentIndex(checked ? 0 : 1);
    });

    // View
    const auto viewAction = [&](const QString &name,
                                const QString &text,
                                const QList<QKeySequence> &shortcuts,
                                const QIcon &icon,
                                void (FlowView::*slot)()) {
        QAction *action = makeAction(name, text, {}, icon);
        action->setShortcuts(shortcuts);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (CanvasWidget *canvas = currentCanvas())
                (canvas->view()->*slot)();
        });
        return action;
    };
    m_zoomInAction = viewAction(u"actionZoomIn"_s,
                                tr("Zoom &In"),
                                {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                                themeIcon(u"zoom-in"_s, QStyle::SP_ArrowUp),
                                &FlowView::zoomIn);
    m_zoomOutAction = viewAction(u"actionZoomOut"_s,
                                 tr("Zoom &Out"),
                                 {QKeySequence::ZoomOut},
                                 themeIcon(u"zoom-out"_s, QStyle::SP_ArrowDown),
                                 &FlowView::zoomOut);
    m_fitAction = viewAction(u"actionFitFlow"_s,
                             tr("&Fit Flow to Window"),
                             {QKeySequence(Qt::CTRL | Qt::Key_0)},
                             themeIcon(u"zoom-fit-best"_s, QStyle::SP_TitleBarMaxButton),
                             &FlowView::fitFlow);
    m_autoLayoutAction = viewAction(u"actionAutoLayout"_s,
                                    tr("&Auto-Layout"),
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                                    themeIcon(u"distribute-graph"_s,
                                              QStyle::SP_ToolBarHorizontalExtensionButton),
                                    &FlowView::autoLayout);
    m_autoLayoutAction->setToolTip(tr("Arrange the flow from left to right"));

    m_snapAction = makeAction(u"actionSnapToGrid"_s, tr("&Snap to Grid"));
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(true);
    connect(m_snapAction, &QAction::toggled, this, [this](bool on) {
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
            it->canvas->view()->setSnapToGrid(on);
    });
    m_miniMapAction = makeAction(u"actionMiniMap"_s, tr("&Minimap"));
    m_miniMapAction->setCheckable(true);
    m_miniMapAction->setChecked(true);
    connect(m_miniMapAction, &QAction::toggled, this, [this](bool on) {
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
            it->canvas->setMiniMapVisible(on);
    });

    m_findUserAction = makeAction(u"actionFindUser"_s,
                                  tr("Find &User…"),
                                  QKeySequence::Find,
                                  themeIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    connect(m_findUserAction, &QAction::triggered, this, [this] {
        m_usersDock->show();
        m_usersDock->raise();
        m_userSearch->setFocus(Qt::ShortcutFocusReason);
        m_userSearch->selectAll();
    });

    m_aboutAction = makeAction(u"actionAbout"_s, tr("&About Hookflow"), {}, windowIcon());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_aboutQtAction = makeAction(u"actionAboutQt"_s, tr("About &Qt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"menuRecent"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_cutAction);
    edit->addAction(m_copyAction);
    edit->addAction(m_pasteAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addAction(m_connectAction);
    edit->addSeparator();
    edit->addAction(m_selectAllAction);

    QMenu *campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->addAction(m_validateAction);
    campaign->addAction(m_dryRunAction);
    campaign->addAction(m_testFireAction);
    campaign->addAction(m_stopRunAction);
    campaign->addSeparator();
    QMenu *sendTo = campaign->addMenu(tr("&Send To"));
    sendTo->addAction(m_sendToCatcherAction);
    sendTo->addAction(m_sendToRealAction);
    campaign->addAction(m_catcherPanel->clearAction());
    campaign->addSeparator();
    campaign->addAction(m_startAction);
    campaign->addAction(m_pauseAction);
    campaign->addAction(m_endAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_fitAction);
    view->addSeparator();
    view->addAction(m_autoLayoutAction);
    view->addAction(m_snapAction);
    view->addAction(m_miniMapAction);
    view->addSeparator();
    view->addAction(m_findUserAction);
    view->addSeparator();
    for (QDockWidget *dock :
         {m_campaignsDock, m_usersDock, m_inspectorDock, m_testFireDock, m_issuesDock, m_catcherDock})
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_validateAction);
    bar->addAction(m_dryRunAction);
    bar->addAction(m_testFireAction);
    bar->addSeparator();

    auto *label = new QLabel(tr("Send to:"), bar);
    label->setContentsMargins(6, 0, 4, 0);
    m_sendTo = new QComboBox(bar);
    m_sendTo->setObjectName(u"sendToCombo"_s);
    m_sendTo->addItem(tr("Built-in catcher"));
    m_sendTo->addItem(tr("Real URLs"));
    m_sendTo
        ->setItemData(0,
                      tr("Every request goes to the local catcher; nothing leaves this computer"),
                      Qt::ToolTipRole);
    m_sendTo->setItemData(1, tr("Requests go to the URLs in the campaign"), Qt::ToolTipRole);
    m_sendTo->setToolTip(tr("Where live test-fire requests go"));
    label->setBuddy(m_sendTo);
    connect(m_sendTo, &QComboBox::currentIndexChanged, this, [this](int index) {
        (index == 0 ? m_sendToCatcherAction : m_sendToRealAction)->setChecked(true);
    });
    bar->addWidget(label);
    bar->addWidget(m_sendTo);
}

void MainWindow::createDocks()
{
    // Campaigns
    m_campaignList = new QTreeView(this);
    m_campaignList->setObjectName(u"campaignList"_s);
    m_campaignList->setModel(m_campaigns);
    m_campaignList->setRootIsDecorated(false);
    m_campaignList->setUniformRowHeights(true);
    m_campaignList->setAllColumnsShowFocus(true);
    m_campaignList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaignList->header()->setStretchLastSection(false);
    m_campaignList->header()->setSectionResizeMode(CampaignListModel::TitleColumn,
                                                   QHeaderView::Stretch);
    m_campaignList->header()->setSectionResizeMode(CampaignListModel::StatusColumn,
                                                   QHeaderView::ResizeToContents);
    connect(m_campaignList->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MainWindow::openSelectedCampaign);
    connect(m_campaignList, &QAbstractItemView::activated, this, &MainWindow::openSelectedCampaign);

    m_campaignsDock = new QDockWidget(tr("Campaigns"), this);
    m_campaignsDock->setObjectName(u"campaignsDock"_s);
    m_campaignsDock->setWidget(m_campaignList);
    addDockWidget(Qt::LeftDockWidgetArea, m_campaignsDock);

    // Sample users
    m_usersProxy->setSourceModel(m_usersModel);
    m_usersProxy->setSortRole(UsersModel::SortRole);
    m_usersProxy->setFilterKeyColumn(-1);
    m_usersProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_usersProxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_userSearch = new QLineEdit(this);
    m_userSearch->setObjectName(u"usersSearch"_s);
    m_userSearch->setPlaceholderText(tr("Search users…"));
    m_userSearch->setClearButtonEnabled(true);
    m_userSearch->setAccessibleName(tr("Search users"));
    connect(m_userSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_usersProxy->setFilterFixedString(text);
        updateUserCount();
    });

    m_usersView = createTableView(u"usersView"_s, this);
    m_usersView->setModel(m_usersProxy);
    m_usersView->horizontalHeader()->setStretchLastSection(false);

    m_userCount = new QLabel(this);
    m_userCount->setObjectName(u"usersCount"_s);
    connect(m_usersProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateUserCount);

    auto *users = new QWidget(this);
    auto *usersLayout = new QVBoxLayout(users);
    usersLayout->setContentsMargins(4, 4, 4, 4);
    usersLayout->addWidget(m_userSearch);
    usersLayout->addWidget(m_usersView, 1);
    usersLayout->addWidget(m_userCount);

    m_usersDock = new QDockWidget(tr("Sample users"), this);
    m_usersDock->setObjectName(u"usersDock"_s);
    m_usersDock->setWidget(users);
    addDockWidget(Qt::LeftDockWidgetArea, m_usersDock);
    splitDockWidget(m_campaignsDock, m_usersDock, Qt::Vertical);

    // Inspector: one per open campaign, the current tab's on top.
    m_inspectors = new QStackedWidget(this);
    m_inspectors->setObjectName(u"inspectorStack"_s);
    auto *noInspector = new QLabel(tr("Open a campaign to see and edit its nodes here."), this);
    noInspector->setAlignment(Qt::AlignCenter);
    noInspector->setWordWrap(true);
    noInspector->setForegroundRole(QPalette::PlaceholderText);
    m_inspectors->addWidget(noInspector);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(u"inspectorDock"_s);
    m_inspectorDock->setWidget(m_inspectors);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    // Test fire
    m_testFirePanel = new TestFirePanel(this);
    m_testFirePanel->setObjectName(u"testFirePanel"_s);
    m_testFirePanel->setDatabase(m_database.get());
    m_testFireDock = new QDockWidget(tr("Test fire"), this);
    m_testFireDock->setObjectName(u"testFireDock"_s);
    m_testFireDock->setWidget(m_testFirePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_testFireDock);

    // Issues
    m_diagnosticsProxy->setSourceModel(m_diagnostics);
    m_issuesView = createTableView(u"issuesView"_s, this);
    m_issuesView->setModel(m_diagnosticsProxy);
    const int charWidth = m_issuesView->fontMetrics().averageCharWidth();
    m_issuesView->setColumnWidth(DiagnosticsModel::SeverityColumn, charWidth * 14);
    m_issuesView->setColumnWidth(DiagnosticsModel::PlaceColumn, charWidth * 14);
    connect(m_issuesView, &QAbstractItemView::activated, this, &MainWindow::showIssue);
    m_issuesDock = new QDockWidget(tr("Issues"), this);
    m_issuesDock->setObjectName(u"issuesDock"_s);
    m_issuesDock->setWidget(m_issuesView);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    auto updateIssuesTitle = [this] {
        const int count = m_diagnostics->rowCount();
        m_issuesDock->setWindowTitle(count > 0 ? tr("Issues (%1)").arg(count) : tr("Issues"));
    };
    connect(m_diagnostics, &QAbstractItemModel::modelReset, this, updateIssuesTitle);

    // Catcher
    m_catcherPanel = new CatcherPanel(m_catcher, this);
    m_catcherPanel->setObjectName(u"catcherPanel"_s);
    m_catcherDock = new QDockWidget(tr("Catcher"), this);
    m_catcherDock->setObjectName(u"catcherDock"_s);
    m_catcherDock->setWidget(m_catcherPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_catcherDock);

    tabifyDockWidget(m_testFireDock, m_issuesDock);
    tabifyDockWidget(m_issuesDock, m_catcherDock);
    m_testFireDock->raise();
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(tr("Workspace: %1").arg(displayPath(m_workspace.folder())), this);
    m_workspaceLabel->setObjectName(u"statusWorkspace"_s);
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(m_workspace.folder()));

    // Inside the workspace (the usual case) the folder is shown already; the name is enough.
    const QString relative = QDir(m_workspace.folder()).relativeFilePath(m_workspace.databasePath());
    const QString shown = relative.startsWith(u"..") ? displayPath(m_workspace.databasePath())
                                                     : QDir::toNativeSeparators(relative);
    const QString database = m_databaseError.isEmpty() ? shown : tr("%1 (not open)").arg(shown);
    m_databaseLabel = new QLabel(tr("Database: %1").arg(database), this);
    m_databaseLabel->setObjectName(u"statusDatabase"_s);
    m_databaseLabel->setToolTip(m_databaseError.isEmpty()
                                    ? QDir::toNativeSeparators(m_workspace.databasePath())
                                    : m_databaseError);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusCampaign"_s);
    m_statusLabel->setToolTip(tr("The current campaign's status"));
    statusBar()->addPermanentWidget(m_statusLabel);

    m_catcherLabel = new QLabel(this);
    m_catcherLabel->setObjectName(u"statusCatcher"_s);
    m_catcherLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catcherLabel->setText(m_catcher->isListening()
                                ? tr("Catcher: %1").arg(m_catcher->url().toString())
                                : tr("Catcher: not listening"));

    for (QLabel *label : {m_workspaceLabel, m_databaseLabel, m_catcherLabel}) {
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::loadUsers()
{
    if (!m_database) {
        m_usersModel->setUsers({});
        rebuildSampleContext();
        return;
    }
    Result<QList<SampleUser>> users = m_database->users();
    if (users) {
        m_users = std::move(users).value();
    } else {
        m_users.clear();
        statusBar()->showMessage(
            tr("Sample users could not be read: %1").arg(users.error().message));
    }
    m_usersModel->setUsers(m_users);
    rebuildSampleContext();
    m_usersView->resizeColumnsToContents();
    // A long value (an address, a JSON history) must not push every other column out of sight.
    const int widest = m_usersView->fontMetrics().averageCharWidth() * 24;
    for (int column = 0; column < m_usersModel->columnCount(); ++column) {
        if (m_usersView->columnWidth(column) > widest)
            m_usersView->setColumnWidth(column, widest);
    }
    updateUserCount();
}

void MainWindow::updateUserCount()
{
    const int total = m_usersModel->rowCount();
    const int shown = m_usersProxy->rowCount();
    if (shown == total)
        m_userCount->setText(tr("%n user(s)", nullptr, total));
    else
        m_userCount->setText(tr("%1 of %n user(s)", nullptr, total).arg(shown));
}

void MainWindow::rebuildSampleContext()
{
    auto context = std::make_shared<SampleContext>();
    context->users = m_users;
    const QDir folder(m_workspace.folder());
    const QStringList eventFiles = folder.entryList({u"*.event.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : eventFiles) {
        if (std::optional<Event> event = readEvent(folder.filePath(name)))
            context->events.append(*event);
    }
    if (Result<SecretStore> store = SecretStore::load(m_workspace.secretsPath()))
        context->secrets = *store;
    if (Result<Audiences> audiences = Audiences::load(m_workspace.folder()))
        context->audiences = *audiences;
    context->catalogue = VariableCatalogue::fromSamples(m_users,
                                                        context->events,
                                                        context->secrets.fileNames());
    context->now = QDateTime::currentDateTimeUtc();
    m_sampleContext = context;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
        it->inspector->setSampleContext(m_sampleContext);
}

MainWindow::Tab *MainWindow::currentTab()
{
    const auto it = m_open.find(m_tabs->currentWidget());
    return it == m_open.end() ? nullptr : &it.value();
}

const MainWindow::Tab *MainWindow::currentTab() const
{
    const auto it = m_open.constFind(m_tabs->currentWidget());
    return it == m_open.constEnd() ? nullptr : &it.value();
}

MainWindow::Tab *MainWindow::tabOf(const CampaignDocument *document)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (it->document == document)
            return &it.value();
    }
    return nullptr;
}

CampaignDocument *MainWindow::currentDocument() const
{
    const Tab *tab = currentTab();
    return tab ? tab->document : nullptr;
}

CanvasWidget *MainWindow::currentCanvas() const
{
    const Tab *tab = currentTab();
    return tab ? tab->canvas : nullptr;
}

Inspector *MainWindow::currentInspector() const
{
    const Tab *tab = currentTab();
    return tab ? tab->inspector : nullptr;
}

QString MainWindow::currentFile() const
{
    const CampaignDocument *document = currentDocument();
    return document ? document->fileName() : QString();
}

bool MainWindow::isRunning() const
{
    return m_run && m_run->isRunning();
}

void MainWindow::setSendToCatcher(bool toCatcher)
{
    (toCatcher ? m_sendToCatcherAction : m_sendToRealAction)->setChecked(true);
}

bool MainWindow::sendsToCatcher() const
{
    return m_sendToCatcherAction->isChecked();
}

CanvasWidget *MainWindow::addTab(CampaignDocument *document)
{
    auto *canvas = new CanvasWidget(document, m_tabs);
    canvas->setObjectName(u"canvas"_s);
    document->setParent(canvas);
    canvas->view()->setSnapToGrid(m_snapAction->isChecked());
    canvas->setMiniMapVisible(m_miniMapAction->isChecked());
    auto *separator = new QAction(canvas);
    separator->setSeparator(true);
    canvas->view()->setContextMenuActions({m_cutAction,
                                           m_copyAction,
                                           m_pasteAction,
                                           m_duplicateAction,
                                           m_deleteAction,
                                           separator,
                                           m_selectAllAction,
                                           m_autoLayoutAction,
                                           m_fitAction});

    auto *inspector = new Inspector(document, m_inspectors);
    inspector->setObjectName(u"inspector"_s);
    inspector->setSampleContext(m_sampleContext);
    m_inspectors->addWidget(inspector);
    // The inspector lives in the dock, the canvas in the tab; the canvas takes it along when the
    // tab closes.
    connect(canvas, &QObject::destroyed, inspector, &QObject::deleteLater);

    m_open.insert(canvas, Tab{document, canvas, inspector, {}});
    m_undoGroup->addStack(document->undoStack());

    connect(canvas->view(), &FlowView::selectionChanged, inspector, &Inspector::setSelection);
    connect(canvas->view(), &FlowView::selectionChanged, this, &MainWindow::updateActions);
    connect(canvas->view(), &FlowView::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, StatusTimeoutMs);
    });
    connect(inspector, &Inspector::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, StatusTimeoutMs);
    });
    connect(document, &CampaignDocument::modifiedChanged, this, [this, document] {
        updateTabTitle(document);
        if (document == currentDocument())
            setWindowModified(document->isModified());
        if (!document->isModified()) {
            if (Tab *tab = tabOf(document))
                removeRecovery(*tab);
        }
    });
    connect(document, &CampaignDocument::campaignChanged, this, [this, document] {
        updateTabTitle(document);
        if (document == currentDocument())
            updateActions();
    });
    connect(document, &CampaignDocument::fileNameChanged, this, [this, document] {
        updateTabTitle(document);
    });
    connect(document, &CampaignDocument::changed, this, [this, document] {
        if (document == currentDocument())
            updateIssues();
    });
    document->setRunningEditGate([this, document] { return askToPauseForEdit(document); });

    const int index = m_tabs->addTab(canvas, QString());
    updateTabTitle(document);
    m_tabs->setCurrentIndex(index);
    currentTabChanged(); // also when the tab was already current (the first one)
    return canvas;
}

void MainWindow::updateTabTitle(const CampaignDocument *document)
{
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (it->document != document)
            continue;
        const Campaign &campaign = document->campaign();
        QString title = campaign.title.isEmpty() ? campaign.key : campaign.title;
        if (document->isModified())
            title += u" *"_s;
        const int index = m_tabs->indexOf(it.key());
        m_tabs->setTabText(index, title);
        const QString file = document->fileName().isEmpty()
                                 ? tr("not saved yet")
                                 : QDir::toNativeSeparators(document->fileName());
        m_tabs->setTabToolTip(index,
                              tr("%1 — %2").arg(campaignStatusDisplayName(campaign.status), file));
    }
    if (document == currentDocument())
        m_statusLabel->setText(
            tr("Status: %1").arg(campaignStatusDisplayName(document->campaign().status)));
}

bool MainWindow::openCampaign(const QString &fileName)
{
    const QString file = fileName.startsWith(u':') ? fileName
                                                   : QFileInfo(fileName).absoluteFilePath();
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (it->document->fileName() == file) {
            m_tabs->setCurrentWidget(it.key());
            return true;
        }
    }

    auto *document = new CampaignDocument(this);
    Diagnostics diagnostics;
    if (const Result<void> loaded = document->load(file, &diagnostics); !loaded) {
        delete document;
        m_diagnostics->setDiagnostics(diagnostics);
        m_issuesDock->show();
        m_issuesDock->raise();
        statusBar()->showMessage(tr("%1 could not be opened; see Issues.")
                                     .arg(QDir::toNativeSeparators(file)),
                                 StatusTimeoutMs);
        return false;
    }
    addTab(document);
    if (!file.startsWith(u':')) {
        m_campaigns->addFile(file);
        addRecentFile(file);
    }
    selectInList(file);
    return true;
}

void MainWindow::newCampaign()
{
    auto *document = new CampaignDocument(this);
    Campaign campaign = CampaignDocument::emptyCampaign();
    ++m_untitledCount;
    if (m_untitledCount > 1) {
        // Two new campaigns in the same second must not suggest the same file.
        campaign.key += u'-' + QString::number(m_untitledCount);
        campaign.title = tr("Untitled campaign %1").arg(m_untitledCount);
    }
    document->reset(campaign);
    addTab(document);
}

void MainWindow::openFromDialog()
{
    const QString file = QFileDialog::getOpenFileName(
        this,
        tr("Open Campaign"),
        m_workspace.folder(),
        tr("Hookflow campaigns (*.hookflow.json);;JSON files (*.json);;All files (*)"));
    if (!file.isEmpty())
        openCampaign(file);
}

void MainWindow::openSelectedCampaign(const QModelIndex &index)
{
    if (m_syncingSelection || !index.isValid())
        return;
    openCampaign(index.data(CampaignListModel::FileRole).toString());
}

bool MainWindow::saveCurrent()
{
    Tab *tab = currentTab();
    if (!tab)
        return false;
    if (tab->document->fileName().isEmpty() || tab->document->fileName().startsWith(u':'))
        return saveCurrentAs();
    return saveTab(*tab, tab->document->fileName());
}

bool MainWindow::saveCurrentAs(const QString &fileName)
{
    Tab *tab = currentTab();
    if (!tab)
        return false;
    QString file = fileName;
    if (file.isEmpty()) {
        const QString suggested = QDir(m_workspace.folder())
                                      .filePath(tab->document->campaign().key
                                                + QLatin1String(CampaignFormat::FileSuffix));
        file = QFileDialog::getSaveFileName(this,
                                            tr("Save Campaign As"),
                                            suggested,
                                            tr("Hookflow campaigns (*.hookflow.json)"));
        if (file.isEmpty())
            return false;
        if (!file.endsWith(QLatin1String(".json")))
            file += QLatin1String(CampaignFormat::FileSuffix);
    }
    return saveTab(*tab, QFileInfo(file).absoluteFilePath());
}

bool MainWindow::saveTab(Tab &tab, const QString &file)
{
    if (const Result<void> saved = tab.document->save(file); !saved) {
        statusBar()->showMessage(saved.error().message, StatusTimeoutMs);
        ask(QMessageBox::Warning,
            tr("Save Failed"),
            tr("The campaign could not be saved: %1").arg(saved.error().message),
            QMessageBox::Ok,
            QMessageBox::Ok);
        return false;
    }
    removeRecovery(tab);
    m_campaigns->addFile(file);
    addRecentFile(file);
    selectInList(file);
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(file)), StatusTimeoutMs);
    return true;
}

void MainWindow::revertCurrent()
{
    Tab *tab = currentTab();
    if (!tab || tab->document->fileName().isEmpty() || !tab->document->isModified())
        return;
    const auto answer = ask(QMessageBox::Question,
                            tr("Revert to Saved?"),
                            tr("Throw away the changes to “%1” since it was last saved?")
                                .arg(tab->document->campaign().title),
                            QMessageBox::Discard | QMessageBox::Cancel,
                            QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    Diagnostics diagnostics;
    if (const Result<void> loaded = tab->document->load(tab->document->fileName(), &diagnostics);
        !loaded) {
        m_diagnostics->setDiagnostics(diagnostics);
        statusBar()->showMessage(loaded.error().message, StatusTimeoutMs);
        return;
    }
    removeRecovery(*tab);
}

bool MainWindow::maybeSave(Tab &tab)
{
    if (!tab.document->isModified())
        return true;
    m_tabs->setCurrentWidget(tab.canvas);
    const auto answer = ask(QMessageBox::Warning,
                            tr("Unsaved Changes"),
                            tr("“%1” has changes that are not saved. Save them?")
                                .arg(tab.document->campaign().title),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                            QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveCurrent();
    return true;
}

bool MainWindow::closeCurrent()
{
    return m_tabs->currentIndex() < 0 || closeTab(m_tabs->currentIndex());
}

bool MainWindow::closeTab(int index)
{
    QWidget *widget = m_tabs->widget(index);
    const auto it = m_open.find(widget);
    if (it == m_open.end())
        return true;
    if (!maybeSave(it.value()))
        return false;
    removeRecovery(it.value());
    m_undoGroup->removeStack(it->document->undoStack());
    m_open.erase(it);
    m_tabs->removeTab(m_tabs->indexOf(widget));
    widget->deleteLater();
    currentTabChanged();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (!maybeSave(it.value())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::selectInList(const QString &file)
{
    const int row = m_campaigns->rowOf(file);
    if (row < 0)
        return;
    const QModelIndex index = m_campaigns->index(row, 0);
    if (m_campaignList->currentIndex().row() == row)
        return;
    m_syncingSelection = true;
    m_campaignList->setCurrentIndex(index);
    m_syncingSelection = false;
}

void MainWindow::currentTabChanged()
{
    const Tab *tab = currentTab();
    m_centre->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
    m_undoGroup->setActiveStack(tab ? tab->document->undoStack() : nullptr);
    m_inspectors->setCurrentWidget(tab ? static_cast<QWidget *>(tab->inspector)
                                       : m_inspectors->widget(0));
    setWindowModified(tab && tab->document->isModified());
    updateActions();
    setRunning(isRunning());
    if (!tab) {
        m_statusLabel->clear();
        m_diagnostics->clear();
        m_testFirePanel->showNoRun();
        return;
    }
    updateTabTitle(tab->document);
    updateIssues();
    selectInList(tab->document->fileName());
    refreshKpis();
}

void MainWindow::updateActions()
{
    const Tab *tab = currentTab();
    const bool open = tab != nullptr;
    const bool selected = open && !tab->canvas->view()->selectedNodeIds().isEmpty();
    for (QAction *action : {m_saveAction,
                            m_saveAsAction,
                            m_closeAction,
                            m_validateAction,
                            m_pasteAction,
                            m_selectAllAction,
                            m_zoomInAction,
                            m_zoomOutAction,
                            m_fitAction,
                            m_autoLayoutAction})
        action->setEnabled(open);
    for (QAction *action : {m_cutAction, m_copyAction, m_duplicateAction})
        action->setEnabled(selected);
    m_connectAction->setEnabled(open && tab->canvas->view()->selectedNodeIds().size() == 2);
    // Delete also removes a selected connection, which selectedNodeIds() does not count.
    m_deleteAction->setEnabled(open);
    m_revertAction->setEnabled(open && !tab->document->fileName().isEmpty()
                               && !tab->document->fileName().startsWith(u':'));
    const CampaignStatus status = open ? tab->document->campaign().status : CampaignStatus::Ended;
    m_startAction->setEnabled(
        open && (status == CampaignStatus::Ready || status == CampaignStatus::Paused));
    m_startAction->setText(status == CampaignStatus::Paused ? tr("&Resume Campaign")
                                                            : tr("St&art Campaign"));
    m_pauseAction->setEnabled(open && status == CampaignStatus::Running);
    m_endAction->setEnabled(
        open && (status == CampaignStatus::Running || status == CampaignStatus::Paused));
}

void MainWindow::updateIssues()
{
    const CampaignDocument *document = currentDocument();
    m_diagnostics->setDiagnostics(document ? document->diagnostics() : Diagnostics());
}

void MainWindow::setStatusOfCurrent(CampaignStatus status)
{
    if (CampaignDocument *document = currentDocument()) {
        document->setStatus(status);
        statusBar()->showMessage(tr("Status of “%1”: %2")
                                     .arg(document->campaign().title,
                                          campaignStatusDisplayName(status)),
                                 StatusTimeoutMs);
    }
}

void MainWindow::connectSelected()
{
    Tab *tab = currentTab();
    if (!tab)
        return;
    const QStringList ids = tab->canvas->view()->selectedNodeIds();
    if (ids.size() != 2) {
        statusBar()->showMessage(tr("Select the two nodes to connect."), StatusTimeoutMs);
        return;
    }
    CampaignDocument *document = tab->document;
    const Node *a = document->node(ids.at(0));
    const Node *b = document->node(ids.at(1));
    const bool aFirst = a->position.x() < b->position.x()
                        || (a->position.x() == b->position.x()
                            && a->position.y() <= b->position.y());
    const Node *from = aFirst ? a : b;
    const Node *to = aFirst ? b : a;
    QString port;
    if (from->kind == NodeKind::Branch) {
        port = u"yes"_s;
        for (const Edge &edge : document->campaign().edges) {
            if (edge.from == from->id && edge.port == "yes"_L1)
                port = u"no"_s;
        }
    }
    if (const Result<void> connected = document->connectNodes(from->id, to->id, port); !connected)
        statusBar()->showMessage(connected.error().message, StatusTimeoutMs);
}

bool MainWindow::askToPauseForEdit(CampaignDocument *document)
{
    const auto answer = ask(QMessageBox::Question,
                            tr("Pause the Campaign?"),
                            tr("“%1” is running. Pause it while you edit, so that no user gets a "
                               "half-finished change?")
                                .arg(document->campaign().title),
                            QMessageBox::Yes | QMessageBox::Cancel,
                            QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    document->setStatus(CampaignStatus::Paused);
    return true;
}

QMessageBox::StandardButton MainWindow::ask(QMessageBox::Icon icon,
                                            const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QHash<QMessageBox::StandardButton, QString> &labels)
{
    if (!m_answers.isEmpty())
        return m_answers.takeFirst();
    if (!m_messageBoxes)
        return defaultButton;
    QMessageBox box(icon, title, text, buttons, this);
    box.setDefaultButton(defaultButton);
    // Words for what the buttons do, where the standard ones would be vague (in Korean both
    // Discard and Ignore read "무시").
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MainWindow::addRecentFile(const QString &file)
{
    QSettings settings;
    QStringList files = settings.value(RecentFilesKey).toStringList();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(RecentFilesKey, files);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(RecentFilesKey).toStringList();
    int shown = 0;
    for (const QString &file : files) {
        if (!QFileInfo::exists(file))
            continue;
        ++shown;
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(shown).arg(displayPath(file)));
        connect(action, &QAction::triggered, this, [this, file] { openCampaign(file); });
    }
    if (shown == 0) {
        m_recentMenu->addAction(tr("No recent campaigns"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [] {
        QSettings().remove(RecentFilesKey);
    });
}

// ---- autosave and recovery -----------------------------------------------------------------

QString MainWindow::recoveryFolder() const
{
    return QDir(m_workspace.folder()).filePath(u".recovery/"_s + m_sessionId);
}

void MainWindow::autosave()
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        Tab &tab = it.value();
        if (!tab.document->isModified())
            continue;
        if (!QDir().mkpath(recoveryFolder()))
            return;
        if (tab.recoveryName.isEmpty())
            tab.recoveryName = QString::number(++m_recoverySerial)
                               + QLatin1String(CampaignFormat::FileSuffix);
        const QDir folder(recoveryFolder());
        QSaveFile origin(folder.filePath(tab.recoveryName + OriginSuffix));
        if (origin.open(QIODevice::WriteOnly)) {
            origin.write(tab.document->fileName().toUtf8());
            origin.commit();
        }
        if (const Result<void> saved = CampaignFormat::save(tab.document->campaign(),
                                                            folder.filePath(tab.recoveryName));
            !saved)
            statusBar()->showMessage(tr("Autosave failed: %1").arg(saved.error().message),
                                     StatusTimeoutMs);
    }
}

void MainWindow::removeRecovery(Tab &tab)
{
    if (tab.recoveryName.isEmpty())
        return;
    const QDir folder(recoveryFolder());
    QFile::remove(folder.filePath(tab.recoveryName));
    QFile::remove(folder.filePath(tab.recoveryName + OriginSuffix));
    tab.recoveryName.clear();
}

namespace {

/// Whether the Hookflow session that wrote `lockFile` still runs: this process (another window),
/// or a process with that id on this machine. A crashed session's lock names a process that is
/// gone (or the file is missing). QLockFile's own staleness test is not used: it also calls a lock
/// stale when the process name differs from the application name, as Hookflow's does.
bool isSessionAlive(const QString &lockFile)
{
    qint64 pid = 0;
    QString hostname;
    QString application;
    QLockFile lock(lockFile);
    if (!lock.getLockInfo(&pid, &hostname, &application))
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    if (!hostname.isEmpty() && hostname != QSysInfo::machineHostName())
        return true; // a shared workspace: we cannot tell, so leave it alone
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
#endif
}

} // namespace

int MainWindow::offerInterruptedRuns()
{
    Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(m_workspace.databasePath());
    if (!db)
        return 0;
    Result<QList<RunRecord>> runs = (*db)->interruptedRuns();
    if (!runs || runs->isEmpty())
        return 0;
    int resumed = 0;
    for (const RunRecord &run : std::as_const(*runs)) {
        const int unfinished = (*db)->unfinishedDeliveries(run.id);
        const auto answer = ask(QMessageBox::Question,
                                tr("Resume Test Fire?"),
                                tr("Run #%1 of “%2” stopped before it finished (Hookflow was "
                                   "closed or crashed). %n delivery(s) were not completed.\n\n"
                                   "Resume it now? Deliveries that may already have arrived are "
                                   "sent again with the same webhook-id, so a receiver that "
                                   "de-duplicates sees each once.",
                                   nullptr,
                                   unfinished)
                                    .arg(run.id)
                                    .arg(run.campaignTitle),
                                QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore,
                                QMessageBox::Ignore,
                                {{QMessageBox::Yes, tr("&Resume")},
                                 {QMessageBox::Discard, tr("Record as &Canceled")},
                                 {QMessageBox::Ignore, tr("&Later")}});
        if (answer == QMessageBox::Yes && !isRunning()) {
            resumeRun(run.id);
            ++resumed;
        } else if (answer == QMessageBox::Discard) {
            // Recorded as failed, with the reason; nothing is deleted.
            Result<int> canceled = (*db)->cancelUnfinished(run.id,
                                                           tr("the interrupted run was not "
                                                              "resumed"));
            Result<void> finished = canceled ? (*db)->finishRun(run.id,
                                                                u"canceled"_s,
                                                                tr("interrupted; not resumed"))
                                             : Result<void>(canceled.error());
            if (!finished)
                statusBar()->showMessage(finished.error().message, StatusTimeoutMs);
        }
    }
    return resumed;
}

void MainWindow::resumeRun(qint64 runId)
{
    RunRequest request;
    request.resumeRunId = runId;
    request.databasePath = m_workspace.databasePath();
    request.secretsPath = m_workspace.secretsPath();
    m_runCampaignKey.clear();
    m_testFirePanel->model()->clear();
    m_testFirePanel->setCaption(tr("Resuming run #%1…").arg(runId));
    m_testFireDock->show();
    m_testFireDock->raise();
    statusBar()->showMessage(tr("Resuming run #%1…").arg(runId));
    setRunning(true);
    m_run->start(request);
}

int MainWindow::offerRecovery()
{
    const QDir root(QDir(m_workspace.folder()).filePath(u".recovery"_s));
    struct Found
    {
        QString file;
        QString origin;
    };
    QList<Found> found;
    QStringList abandoned;
    // Sessions that autosaved have a folder; every session has a lock file while it runs.
    QStringList sessions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const QStringList locks = root.entryList({u"*.lock"_s}, QDir::Files, QDir::Name);
    for (const QString &lock : locks) {
        const QString session = lock.chopped(5);
        if (!sessions.contains(session))
            sessions << session;
    }
    for (const QString &session : std::as_const(sessions)) {
        if (session == m_sessionId)
            continue;
        if (isSessionAlive(root.filePath(session + u".lock"_s)))
            continue;
        abandoned << session;
        const QDir folder(root.filePath(session));
        const QStringList files = folder.entryList({u"*"_s
                                                    + QLatin1String(CampaignFormat::FileSuffix)},
                                                   QDir::Files,
                                                   QDir::Name);
        for (const QString &name : files) {
            QFile origin(folder.filePath(name + OriginSuffix));
            const QString originFile = origin.open(QIODevice::ReadOnly)
                                           ? QString::fromUtf8(origin.readAll())
                                           : QString();
            found.append({folder.filePath(name), originFile});
        }
    }
    int recovered = 0;
    if (!found.isEmpty()) {
        QStringList names;
        for (const Found &f : std::as_const(found))
            names << (f.origin.isEmpty() ? tr("a campaign that was never saved")
                                         : QDir::toNativeSeparators(f.origin));
        const auto answer = ask(QMessageBox::Question,
                                tr("Recover Unsaved Changes?"),
                                tr("Hookflow did not close properly last time. Unsaved changes to "
                                   "%n campaign(s) were kept:\n\n%1\n\nOpen them again?",
                                   nullptr,
                                   int(found.size()))
                                    .arg(names.join(u'\n')),
                                QMessageBox::Yes | QMessageBox::Discard,
                                QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            for (const Found &f : std::as_const(found)) {
                const CampaignLoad load = CampaignFormat::load(f.file);
                if (!load.campaign) {
                    statusBar()->showMessage(tr("%1 could not be recovered.").arg(f.origin),
                                             StatusTimeoutMs);
                    continue;
                }
                auto *document = new CampaignDocument(this);
                document->reset(*load.campaign, f.origin, true);
                addTab(document);
                ++recovered;
            }
            // Kept safe again by this session's own autosave.
            autosave();
        }
    }
    for (const QString &session : std::as_const(abandoned)) {
        QDir(root.filePath(session)).removeRecursively();
        QFile::remove(root.filePath(session + u".lock"_s));
    }
    return recovered;
}

void MainWindow::validateCurrent()
{
    const CampaignDocument *document = currentDocument();
    if (!document) {
        statusBar()->showMessage(tr("Open a campaign to validate it."), StatusTimeoutMs);
        return;
    }
    const Diagnostics &diagnostics = document->diagnostics();
    updateIssues();
    int errors = 0;
    for (const Diagnostic &diagnostic : diagnostics)
        errors += diagnostic.isError() ? 1 : 0;
    const int warnings = int(diagnostics.size()) - errors;
    if (diagnostics.isEmpty()) {
        statusBar()->showMessage(tr("“%1” has no problems.").arg(document->campaign().title),
                                 StatusTimeoutMs);
        return;
    }
    statusBar()->showMessage(tr("%n error(s)", nullptr, errors) + u", "_s
                                 + tr("%n warning(s)", nullptr, warnings),
                             StatusTimeoutMs);
    m_issuesDock->show();
    m_issuesDock->raise();
}

void MainWindow::refreshKpis()
{
    const CampaignDocument *document = currentDocument();
    if (!document || !m_database) {
        m_testFirePanel->showNoRun();
        return;
    }
    const qint64 runId = m_database->latestRunId(document->campaign().key);
    if (runId <= 0) {
        m_testFirePanel->showNoRun();
        return;
    }
    const Result<RunRecord> run = m_database->run(runId);
    const Result<RunCounts> counts = m_database->counts(runId);
    if (!run || !counts) {
        m_testFirePanel->showNoRun();
        m_testFirePanel->setCaption(
            tr("Run #%1 could not be read: %2")
                .arg(QString::number(runId), (!run ? run.error() : counts.error()).message));
        return;
    }
    m_testFirePanel->showRun(run.value(), counts.value());
}

Event MainWindow::eventFor(const CampaignDocument &document) const
{
    // The campaign's own demo event: beside the file as KEY.event.json (the workspace's examples),
    // or the shipped example's event for an example opened from the resources or copied elsewhere.
    const QString file = document.fileName();
    const Campaign &campaign = document.campaign();
    QStringList candidates;
    const QFileInfo info(file);
    if (file.startsWith(u':'))
        candidates << Examples::eventResourceFor(file);
    if (!file.isEmpty() && !campaign.key.isEmpty())
        candidates << info.dir().filePath(campaign.key + u".event.json"_s);
    QString base = info.fileName();
    const QLatin1String suffix(CampaignFormat::FileSuffix);
    if (!file.isEmpty() && base.endsWith(suffix)) {
        base.chop(suffix.size());
        candidates << info.dir().filePath(base + u".event.json"_s);
    }
    const QStringList examples = Examples::campaignResources();
    for (const QString &resource : examples) {
        if (!file.isEmpty() && QFileInfo(resource).fileName() == info.fileName())
            candidates << Examples::eventResourceFor(resource);
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.isEmpty())
            continue;
        if (std::optional<Event> event = readEvent(candidate))
            return *event;
    }
    // A new campaign: the latest sample event with the trigger's key.
    const Node *trigger = campaign.trigger();
    return m_sampleContext->eventFor(trigger ? trigger->eventKey : QString());
}

void MainWindow::refuse(const QString &reason, const Diagnostics &issues)
{
    Diagnostic first;
    first.severity = Diagnostic::Severity::Error;
    first.message = reason;
    Diagnostics shown = issues;
    shown.prepend(first);
    m_diagnostics->setDiagnostics(shown);
    m_issuesDock->show();
    m_issuesDock->raise();
    statusBar()->showMessage(tr("Test fire refused: %1").arg(reason));
    if (m_messageBoxes) {
        QString text = reason;
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    tr("Test Fire Refused"),
                                    text,
                                    QMessageBox::Ok,
                                    this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    RunSummary summary;
    summary.error = reason;
    emit runFinished(summary);
}

void MainWindow::fire(RunMode mode)
{
    if (!currentDocument() && m_campaignList->currentIndex().isValid())
        openSelectedCampaign(m_campaignList->currentIndex());
    const CampaignDocument *document = currentDocument();
    if (!document) {
        refuse(tr("Open a campaign first."));
        return;
    }
    if (isRunning()) {
        statusBar()->showMessage(tr("A run is already going; wait for it to finish."),
                                 StatusTimeoutMs);
        return;
    }
    const Campaign &campaign = document->campaign();
    const Diagnostics &diagnostics = document->diagnostics();
    int errors = 0;
    for (const Diagnostic &diagnostic : diagnostics)
        errors += diagnostic.isError() ? 1 : 0;
    if (errors > 0) {
        refuse(tr("“%1” has %n error(s); fix them before a test fire.", nullptr, errors)
                   .arg(campaign.title),
               diagnostics);
        return;
    }
    const Event event = eventFor(*document);
    if (const QString reason = refuseReason(campaign, event); !reason.isEmpty()) {
        refuse(reason, diagnostics);
        return;
    }
    if (m_users.isEmpty()) {
        refuse(tr("There are no sample users to send to."), diagnostics);
        return;
    }
    const bool toCatcher = sendsToCatcher();
    if (mode == RunMode::Live && toCatcher && !m_catcher->isListening()) {
        refuse(tr("The built-in catcher is not listening."), diagnostics);
        return;
    }
    if (mode == RunMode::Live && !toCatcher && m_messageBoxes) {
        const auto answer = QMessageBox::question(
            this,
            tr("Send to Real URLs?"),
            tr("The test fire will send real requests to the URLs in “%1”. Continue?")
                .arg(campaign.title),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }

    // Sending to an audience that silently shrank (a typo, a broken segment file) is worse than
    // not sending.
    Result<Audiences> audiences = Audiences::load(m_workspace.folder());
    if (!audiences) {
        refuse(audiences.error().message, diagnostics);
        return;
    }
    if (const QStringList problems = audiences->unusableReferences(campaign); !problems.isEmpty()) {
        refuse(problems.first(), diagnostics);
        return;
    }

    RunRequest request;
    request.campaign = campaign;
    request.audiences = *audiences;
    request.users = m_users;
    request.event = event;
    request.mode = mode;
    request.target = toCatcher ? m_catcher->url() : QUrl();
    request.databasePath = m_workspace.databasePath();
    request.secretsPath = m_workspace.secretsPath();

    m_runCampaignKey = campaign.key;
    m_testFirePanel->model()->clear();
    m_testFirePanel->setCaption(tr("Starting “%1”…").arg(campaign.title));
    m_testFireDock->show();
    m_testFireDock->raise();
    statusBar()->showMessage(mode == RunMode::Dry ? tr("Dry run of “%1”…").arg(campaign.title)
                                                  : tr("Test-firing “%1”…").arg(campaign.title));
    setRunning(true);
    m_run->start(request);
}

void MainWindow::setRunning(bool running)
{
    const bool canFire = !running && currentDocument();
    m_testFireAction->setEnabled(canFire);
    m_dryRunAction->setEnabled(canFire);
    m_stopRunAction->setEnabled(running);
    m_sendTo->setEnabled(!running);
    m_sendToCatcherAction->setEnabled(!running);
    m_sendToRealAction->setEnabled(!running);
}

void MainWindow::runFinishedInternally(const RunSummary &summary)
{
    setRunning(false);
    const CampaignDocument *document = currentDocument();
    if (document && document->campaign().key == m_runCampaignKey)
        refreshKpis();
    if (!summary.error.isEmpty()) {
        statusBar()->showMessage(tr("Run #%1 stopped: %2").arg(summary.runId).arg(summary.error));
        m_testFirePanel->setCaption(tr("Run #%1 stopped: %2").arg(summary.runId).arg(summary.error));
    } else {
        const RunCounts &c = summary.counts;
        statusBar()->showMessage(tr("Run #%1 finished: %2 delivered, %3 failed, %4 skipped.")
                                     .arg(summary.runId)
                                     .arg(c.delivered)
                                     .arg(c.failed)
                                     .arg(c.skipped),
                                 StatusTimeoutMs * 2);
    }
    emit runFinished(summary);
}

void MainWindow::showIssue(const QModelIndex &index)
{
    const QString nodeId = index.data(DiagnosticsModel::NodeIdRole).toString();
    if (CanvasWidget *canvas = currentCanvas(); canvas && !nodeId.isEmpty())
        canvas->view()->focusNode(nodeId);
}

void MainWindow::about()
{
    QMessageBox::about(
        this,
        tr("About Hookflow"),
        tr("<h3>Hookflow %1</h3>"
           "<p>Design webhook campaigns, test-fire them against sample users and read what was "
           "delivered.</p>"
           "<p>Workspace: %2</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion(),
                 displayPath(m_workspace.folder()).toHtmlEscaped()));
}

} // namespace Hookflow
