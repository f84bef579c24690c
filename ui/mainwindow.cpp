// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "canvas/flowview.h"
#include "catcher/catcher.h"
#include "model/campaignformat.h"
#include "models/campaignlistmodel.h"
#include "models/deliverymodel.h"
#include "models/diagnosticsmodel.h"
#include "models/usersmodel.h"
#include "store/resultsdatabase.h"
#include "testfire/catcherpanel.h"
#include "testfire/testfirepanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
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
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr int StatusTimeoutMs = 8000;

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
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Hookflow — %1").arg(displayPath(m_workspace.folder())));
    setWindowIcon(QIcon(u":/icons/org.hookflow.Hookflow.svg"_s));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    // The campaign and user lists run the window's full height; the bottom docks sit under the flow.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

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
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);

    auto *placeholder = new QLabel(
        tr("Select a campaign on the left, or open a campaign file with %1.")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
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

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1480, 940);
    resize(available.size().boundedTo(QSize(1480, 940)));
    resizeDocks({m_campaignsDock}, {400}, Qt::Horizontal);
    resizeDocks({m_campaignsDock, m_usersDock}, {150, 650}, Qt::Vertical);
    resizeDocks({m_testFireDock}, {380}, Qt::Vertical);

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
}

DeliveryModel *MainWindow::deliveryModel() const
{
    return m_testFirePanel->model();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(themeIcon(u"document-open"_s, QStyle::SP_DialogOpenButton),
                               tr("&Open…"),
                               this);
    m_openAction->setObjectName(u"actionOpen"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(
        tr("Open a campaign file (%1)")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFromDialog);

    m_closeAction = new QAction(tr("&Close Campaign"), this);
    m_closeAction->setObjectName(u"actionClose"_s);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });

    m_quitAction = new QAction(themeIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton),
                               tr("&Quit"),
                               this);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_validateAction = new QAction(themeIcon(u"dialog-ok-apply"_s, QStyle::SP_DialogApplyButton),
                                   tr("&Validate"),
                                   this);
    m_validateAction->setObjectName(u"actionValidate"_s);
    m_validateAction->setShortcut(Qt::Key_F7);
    m_validateAction->setToolTip(tr("Read the campaign file again and list its problems (F7)"));
    connect(m_validateAction, &QAction::triggered, this, &MainWindow::validateCurrent);

    m_dryRunAction = new QAction(themeIcon(u"document-preview"_s, QStyle::SP_FileDialogContentsView),
                                 tr("&Dry Run"),
                                 this);
    m_dryRunAction->setObjectName(u"actionDryRun"_s);
    m_dryRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_dryRunAction->setToolTip(
        tr("Render every request for the sample users without sending anything (Ctrl+F5)"));
    connect(m_dryRunAction, &QAction::triggered, this, [this] { fire(RunMode::Dry); });

    m_testFireAction = new QAction(themeIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay),
                                   tr("&Test Fire"),
                                   this);
    m_testFireAction->setObjectName(u"actionTestFire"_s);
    m_testFireAction->setShortcut(Qt::Key_F5);
    m_testFireAction->setToolTip(tr("Send the campaign to the sample users (F5)"));
    connect(m_testFireAction, &QAction::triggered, this, [this] { fire(RunMode::Live); });

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

    m_fitAction = new QAction(themeIcon(u"zoom-fit-best"_s, QStyle::SP_TitleBarMaxButton),
                              tr("&Fit Flow to Window"),
                              this);
    m_fitAction->setObjectName(u"actionFitFlow"_s);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, this, [this] {
        if (FlowView *view = currentView())
            view->fitFlow();
    });

    m_findUserAction = new QAction(themeIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView),
                                   tr("Find &User…"),
                                   this);
    m_findUserAction->setObjectName(u"actionFindUser"_s);
    m_findUserAction->setShortcut(QKeySequence::Find);
    connect(m_findUserAction, &QAction::triggered, this, [this] {
        m_usersDock->show();
        m_usersDock->raise();
        m_userSearch->setFocus(Qt::ShortcutFocusReason);
        m_userSearch->selectAll();
    });

    m_aboutAction = new QAction(windowIcon(), tr("&About Hookflow"), this);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(u"actionAboutQt"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->addAction(m_validateAction);
    campaign->addAction(m_dryRunAction);
    campaign->addAction(m_testFireAction);
    campaign->addSeparator();
    QMenu *sendTo = campaign->addMenu(tr("&Send To"));
    sendTo->addAction(m_sendToCatcherAction);
    sendTo->addAction(m_sendToRealAction);
    campaign->addAction(m_catcherPanel->clearAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_fitAction);
    view->addAction(m_findUserAction);
    view->addSeparator();
    for (QDockWidget *dock :
         {m_campaignsDock, m_usersDock, m_testFireDock, m_issuesDock, m_catcherDock})
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
    bar->addAction(m_openAction);
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

const MainWindow::OpenCampaign *MainWindow::currentCampaign() const
{
    const auto it = m_open.constFind(m_tabs->currentWidget());
    return it == m_open.constEnd() ? nullptr : &it.value();
}

FlowView *MainWindow::currentView() const
{
    return qobject_cast<FlowView *>(m_tabs->currentWidget());
}

QString MainWindow::currentFile() const
{
    const OpenCampaign *open = currentCampaign();
    return open ? open->file : QString();
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

bool MainWindow::openCampaign(const QString &fileName)
{
    const QString file = fileName.startsWith(u':') ? fileName
                                                   : QFileInfo(fileName).absoluteFilePath();
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (it.value().file == file) {
            m_tabs->setCurrentWidget(it.key());
            return true;
        }
    }

    CampaignLoad load = CampaignFormat::load(file);
    if (!load.campaign) {
        m_diagnostics->setDiagnostics(load.diagnostics);
        m_issuesDock->show();
        m_issuesDock->raise();
        statusBar()->showMessage(tr("%1 could not be opened; see Issues.")
                                     .arg(QDir::toNativeSeparators(file)),
                                 StatusTimeoutMs);
        return false;
    }

    auto *view = new FlowView(m_tabs);
    view->setObjectName(u"flowView"_s);
    view->setCampaign(*load.campaign);
    view->setDiagnostics(load.diagnostics);
    const QString title = load.campaign->title.isEmpty() ? load.campaign->key
                                                         : load.campaign->title;
    m_open.insert(view, OpenCampaign{file, std::move(*load.campaign), std::move(load.diagnostics)});
    const int index = m_tabs->addTab(view, title);
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(file));
    m_campaigns->addFile(file);
    m_tabs->setCurrentIndex(index);
    currentTabChanged(); // also when the tab was already current (the first one)
    return true;
}

void MainWindow::openFromDialog()
{
    const QString start = m_workspace.folder();
    const QString file = QFileDialog::getOpenFileName(
        this,
        tr("Open Campaign"),
        start,
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

void MainWindow::closeTab(int index)
{
    QWidget *widget = m_tabs->widget(index);
    if (!widget)
        return;
    m_open.remove(widget);
    m_tabs->removeTab(index);
    widget->deleteLater();
    currentTabChanged();
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
    const OpenCampaign *open = currentCampaign();
    m_centre->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
    for (QAction *action : {m_closeAction, m_validateAction, m_fitAction})
        action->setEnabled(open);
    setRunning(isRunning());
    if (!open) {
        m_diagnostics->clear();
        m_testFirePanel->showNoRun();
        return;
    }
    m_diagnostics->setDiagnostics(open->diagnostics);
    selectInList(open->file);
    refreshKpis();
}

void MainWindow::validateCurrent()
{
    auto it = m_open.find(m_tabs->currentWidget());
    if (it == m_open.end()) {
        statusBar()->showMessage(tr("Open a campaign to validate it."), StatusTimeoutMs);
        return;
    }
    CampaignLoad load = CampaignFormat::load(it->file);
    if (load.campaign) {
        it->campaign = std::move(*load.campaign);
        if (auto *view = qobject_cast<FlowView *>(it.key())) {
            view->setCampaign(it->campaign);
            view->setDiagnostics(load.diagnostics);
        }
        m_tabs->setTabText(m_tabs->indexOf(it.key()),
                           it->campaign.title.isEmpty() ? it->campaign.key : it->campaign.title);
    }
    it->diagnostics = load.diagnostics;
    m_diagnostics->setDiagnostics(load.diagnostics);
    m_campaigns->refresh(it->file);

    int errors = 0;
    for (const Diagnostic &diagnostic : std::as_const(load.diagnostics))
        errors += diagnostic.isError() ? 1 : 0;
    const int warnings = int(load.diagnostics.size()) - errors;
    if (load.diagnostics.isEmpty()) {
        statusBar()
            ->showMessage(tr("“%1” has no problems.").arg(m_tabs->tabText(m_tabs->currentIndex())),
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
    const OpenCampaign *open = currentCampaign();
    if (!open || !m_database) {
        m_testFirePanel->showNoRun();
        return;
    }
    const qint64 runId = m_database->latestRunId(open->campaign.key);
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

Event MainWindow::eventFor(const OpenCampaign &open) const
{
    // The campaign's own demo event: beside the file as KEY.event.json (the workspace's examples),
    // or the shipped example's event for an example opened from the resources or copied elsewhere.
    QStringList candidates;
    const QFileInfo info(open.file);
    if (open.file.startsWith(u':'))
        candidates << Examples::eventResourceFor(open.file);
    if (!open.campaign.key.isEmpty())
        candidates << info.dir().filePath(open.campaign.key + u".event.json"_s);
    QString base = info.fileName();
    const QLatin1String suffix(CampaignFormat::FileSuffix);
    if (base.endsWith(suffix)) {
        base.chop(suffix.size());
        candidates << info.dir().filePath(base + u".event.json"_s);
    }
    const QStringList examples = Examples::campaignResources();
    for (const QString &resource : examples) {
        if (QFileInfo(resource).fileName() == info.fileName())
            candidates << Examples::eventResourceFor(resource);
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.isEmpty())
            continue;
        if (std::optional<Event> event = readEvent(candidate))
            return *event;
    }
    Event fallback;
    if (const Node *trigger = open.campaign.trigger())
        fallback.key = trigger->eventKey;
    fallback.timestamp = QDateTime::currentDateTimeUtc();
    return fallback;
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
    if (!currentCampaign() && m_campaignList->currentIndex().isValid())
        openSelectedCampaign(m_campaignList->currentIndex());
    const OpenCampaign *open = currentCampaign();
    if (!open) {
        refuse(tr("Open a campaign first."));
        return;
    }
    if (isRunning()) {
        statusBar()->showMessage(tr("A run is already going; wait for it to finish."),
                                 StatusTimeoutMs);
        return;
    }
    const Campaign &campaign = open->campaign;
    int errors = 0;
    for (const Diagnostic &diagnostic : open->diagnostics)
        errors += diagnostic.isError() ? 1 : 0;
    if (errors > 0) {
        refuse(tr("“%1” has %n error(s); fix them before a test fire.", nullptr, errors)
                   .arg(campaign.title),
               open->diagnostics);
        return;
    }
    const Event event = eventFor(*open);
    if (const QString reason = refuseReason(campaign, event); !reason.isEmpty()) {
        refuse(reason, open->diagnostics);
        return;
    }
    if (m_users.isEmpty()) {
        refuse(tr("There are no sample users to send to."), open->diagnostics);
        return;
    }
    const bool toCatcher = sendsToCatcher();
    if (mode == RunMode::Live && toCatcher && !m_catcher->isListening()) {
        refuse(tr("The built-in catcher is not listening."), open->diagnostics);
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
        refuse(audiences.error().message, open->diagnostics);
        return;
    }
    if (const QStringList problems = audiences->unusableReferences(campaign); !problems.isEmpty()) {
        refuse(problems.first(), open->diagnostics);
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
    const bool canFire = !running && currentCampaign();
    m_testFireAction->setEnabled(canFire);
    m_dryRunAction->setEnabled(canFire);
    m_sendTo->setEnabled(!running);
    m_sendToCatcherAction->setEnabled(!running);
    m_sendToRealAction->setEnabled(!running);
}

void MainWindow::runFinishedInternally(const RunSummary &summary)
{
    setRunning(false);
    const OpenCampaign *open = currentCampaign();
    if (open && open->campaign.key == m_runCampaignKey)
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
    if (FlowView *view = currentView(); view && !nodeId.isEmpty())
        view->focusNode(nodeId);
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
