// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaswidget.h"
#include "canvas/flowview.h"
#include "canvas/nodeitem.h"
#include "catcher/catcher.h"
#include "engine/runengine.h"
#include "engine/workspace.h"
#include "mainwindow.h"
#include "model/campaignformat.h"
#include "models/campaignlistmodel.h"
#include "models/capturedrequestmodel.h"
#include "models/deliverymodel.h"
#include "models/diagnosticsmodel.h"
#include "models/usersmodel.h"
#include "util/i18n.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {
constexpr int RunTimeoutMs = 60 * 1000;
}

/// Drives the real main window on a seeded temporary workspace.
class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void campaignListShowsExamples();
    void selectingCampaignOpensFlowTab_data();
    void selectingCampaignOpensFlowTab();
    void usersViewShowsAndFiltersDemoUsers();
    void testFireDeliversToCatcher();
    void testFireShortcutRunsAgain();
    void delayCampaignIsRefused();
    void nodeSummaries();
    void interruptedRunIsOfferedAndResumed();

    void campaignListModelIsSound();
    void usersModelIsSound();
    void deliveryModelIsSound();
    void diagnosticsModelIsSound();
    void capturedRequestModelIsSound();

private:
    QString exampleFile(const QString &key) const;
    int rowOf(const QString &file) const;
    void selectCampaign(const QString &file);
    FlowView *currentFlow() const;
    int kpi(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_campaignList = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_usersView = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestGuiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_workspace = std::make_unique<Workspace>(m_folder->path());
    const Result<void> seeded = m_workspace->ensureSeeded();
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));

    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setMessageBoxesEnabled(false);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    m_campaignList = m_window->findChild<QTreeView *>(u"campaignList"_s);
    m_tabs = m_window->findChild<QTabWidget *>(u"flowTabs"_s);
    m_usersView = m_window->findChild<QTableView *>(u"usersView"_s);
    QVERIFY(m_campaignList);
    QVERIFY(m_tabs);
    QVERIFY(m_usersView);

    // Every model of the window is checked while the tests below drive it.
    QSet<QAbstractItemModel *> models;
    const QList<QAbstractItemView *> views = m_window->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        QAbstractItemModel *model = view->model();
        if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(model))
            models.insert(proxy->sourceModel());
        if (model)
            models.insert(model);
    }
    for (QAbstractItemModel *model : std::as_const(models)) {
        m_testers << new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }
    QVERIFY(m_testers.size() >= 6);
}

void TestGuiMainWindow::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_workspace.reset();
    m_folder.reset();
}

QString TestGuiMainWindow::exampleFile(const QString &key) const
{
    return QFileInfo(QDir(m_workspace->folder()).filePath(key + u".hookflow.json"_s))
        .absoluteFilePath();
}

int TestGuiMainWindow::rowOf(const QString &file) const
{
    const QAbstractItemModel *model = m_campaignList->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CampaignListModel::FileRole).toString() == file)
            return row;
    }
    return -1;
}

void TestGuiMainWindow::selectCampaign(const QString &file)
{
    const int row = rowOf(file);
    QVERIFY2(row >= 0, qPrintable(file));
    const QModelIndex index = m_campaignList->model()->index(row, 0);
    m_campaignList->scrollTo(index);
    // Like a user: click the row in the list.
    QTest::mouseClick(m_campaignList->viewport(),
                      Qt::LeftButton,
                      {},
                      m_campaignList->visualRect(index).center());
    QTRY_COMPARE(m_window->currentFile(), file);
}

FlowView *TestGuiMainWindow::currentFlow() const
{
    auto *canvas = qobject_cast<CanvasWidget *>(m_tabs->currentWidget());
    return canvas ? canvas->view() : nullptr;
}

int TestGuiMainWindow::kpi(const QString &name) const
{
    const auto *label = m_window->findChild<QLabel *>(name);
    if (!label)
        return -1;
    bool ok = false;
    const int value = QLocale().toInt(label->text(), &ok);
    return ok ? value : -1;
}

void TestGuiMainWindow::campaignListShowsExamples()
{
    const QAbstractItemModel *model = m_campaignList->model();
    QCOMPARE(model->rowCount(), 3);
    for (const QString &key : {u"price-drop-alert"_s, u"review-points"_s, u"re-engagement"_s}) {
        const int row = rowOf(exampleFile(key));
        QVERIFY2(row >= 0, qPrintable(key));
        QCOMPARE(model->index(row, 0).data(CampaignListModel::KeyRole).toString(), key);
        QVERIFY(!model->index(row, CampaignListModel::TitleColumn).data().toString().isEmpty());
        QVERIFY(!model->index(row, CampaignListModel::StatusColumn).data().toString().isEmpty());
    }
}

void TestGuiMainWindow::selectingCampaignOpensFlowTab_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("price drop alert") << u"price-drop-alert"_s;
    QTest::newRow("review points") << u"review-points"_s;
    QTest::newRow("re-engagement, with delays") << u"re-engagement"_s;
}

void TestGuiMainWindow::selectingCampaignOpensFlowTab()
{
    QFETCH(QString, key);
    const QString file = exampleFile(key);
    selectCampaign(file);

    const CampaignLoad load = CampaignFormat::load(file);
    QVERIFY(load.campaign);
    FlowView *flow = currentFlow();
    QVERIFY(flow);
    QCOMPARE(flow->nodeItems().size(), load.campaign->nodes.size());
    for (const Node &node : load.campaign->nodes) {
        const NodeItem *item = flow->nodeItem(node.id);
        QVERIFY2(item, qPrintable(node.id));
        QCOMPARE(item->pos(), node.position);
    }
    QVERIFY(flow->renderHints().testFlag(QPainter::Antialiasing));
    // Fitted: the whole flow is inside the viewport.
    const QRect nodes = flow->mapFromScene(flow->scene()->itemsBoundingRect()).boundingRect();
    QVERIFY2(flow->viewport()->rect().contains(nodes) || flow->transform().m11() < 1.0,
             "the flow is not fitted into the view");

    // Opening it again switches to the same tab instead of adding one.
    const int tabs = m_tabs->count();
    QVERIFY(m_window->openCampaign(file));
    QCOMPARE(m_tabs->count(), tabs);
    QCOMPARE(m_window->currentFile(), file);
}

void TestGuiMainWindow::usersViewShowsAndFiltersDemoUsers()
{
    QAbstractItemModel *model = m_usersView->model();
    QVERIFY2(model->rowCount() >= 200, qPrintable(QString::number(model->rowCount())));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"user_id"_s);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"name"_s);
    const int total = model->rowCount();
    auto *count = m_window->findChild<QLabel *>(u"usersCount"_s);
    QVERIFY(count);
    QVERIFY2(count->text().contains(QString::number(total)), qPrintable(count->text()));

    auto *search = m_window->findChild<QLineEdit *>(u"usersSearch"_s);
    QVERIFY(search);
    search->setFocus();
    // Korean is typed through an input method, which commits whole syllables.
    QInputMethodEvent typed;
    typed.setCommitString(u"김민지"_s);
    QCoreApplication::sendEvent(search, &typed);
    QTRY_COMPARE(model->rowCount(), 1);
    bool found = false;
    for (int column = 0; column < model->columnCount(); ++column)
        found = found || model->index(0, column).data().toString() == u"김민지"_s;
    QVERIFY(found);
    QVERIFY2(count->text().startsWith(u"1 "_s), qPrintable(count->text()));

    search->clear();
    QTRY_COMPARE(model->rowCount(), total);
}

void TestGuiMainWindow::testFireDeliversToCatcher()
{
    selectCampaign(exampleFile(u"price-drop-alert"_s));
    QVERIFY(m_window->sendsToCatcher());
    auto *action = m_window->findChild<QAction *>(u"actionTestFire"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));

    m_window->catcher()->clear();
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, RunTimeoutMs);
    const auto summary = finished.first().first().value<RunSummary>();
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QVERIFY(summary.runId > 0);

    QVERIFY(summary.counts.delivered > 0);
    QCOMPARE(summary.counts.failed, 0);
    QCOMPARE(m_window->deliveryModel()->rowCount(), summary.counts.delivered);
    auto *deliveries = m_window->findChild<QTableView *>(u"deliveryView"_s);
    QVERIFY(deliveries);
    QCOMPARE(deliveries->model()->rowCount(), summary.counts.delivered);
    QCOMPARE(m_window->deliveryModel()
                 ->index(0, DeliveryModel::StateColumn)
                 .data(DeliveryModel::SortRole)
                 .toString(),
             DeliveryModel::tr("Delivered"));

    QCOMPARE(kpi(u"kpiDelivered"_s), m_window->catcher()->requestCount());
    QCOMPARE(kpi(u"kpiDelivered"_s), summary.counts.delivered);
    QCOMPARE(kpi(u"kpiFailed"_s), 0);
    QVERIFY(kpi(u"kpiMatched"_s) >= kpi(u"kpiDelivered"_s));
    QVERIFY(kpi(u"kpiTargeted"_s) >= kpi(u"kpiMatched"_s));

    // The catcher dock lists what arrived.
    auto *captured = m_window->findChild<QTableView *>(u"catcherView"_s);
    QVERIFY(captured);
    QCOMPARE(captured->model()->rowCount(), m_window->catcher()->requestCount());
    QVERIFY(action->isEnabled());
}

void TestGuiMainWindow::testFireShortcutRunsAgain()
{
    selectCampaign(exampleFile(u"price-drop-alert"_s));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->catcher()->clear();
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, RunTimeoutMs);
    const auto summary = finished.first().first().value<RunSummary>();
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(kpi(u"kpiDelivered"_s), m_window->catcher()->requestCount());
    QCOMPARE(m_window->deliveryModel()->rowCount(), summary.counts.delivered);
}

void TestGuiMainWindow::delayCampaignIsRefused()
{
    const QString file = exampleFile(u"re-engagement"_s);
    selectCampaign(file);
    const int before = m_window->catcher()->requestCount();
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    m_window->findChild<QAction *>(u"actionTestFire"_s)->trigger();
    QTRY_COMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<RunSummary>();
    QVERIFY(!summary.error.isEmpty());
    QCOMPARE(summary.runId, 0);

    QVERIFY2(m_window->statusBar()->currentMessage().contains(summary.error),
             qPrintable(m_window->statusBar()->currentMessage()));
    auto *issues = m_window->findChild<QTableView *>(u"issuesView"_s);
    QVERIFY(issues);
    bool listed = false;
    for (int row = 0; row < issues->model()->rowCount(); ++row) {
        listed = listed
                 || issues->model()->index(row, DiagnosticsModel::MessageColumn).data().toString()
                        == summary.error;
    }
    QVERIFY(listed);
    QTest::qWait(200);
    QCOMPARE(m_window->catcher()->requestCount(), before);
}

void TestGuiMainWindow::nodeSummaries()
{
    Node trigger;
    trigger.kind = NodeKind::Trigger;
    trigger.eventKey = u"price_drop"_s;
    QCOMPARE(NodeItem::summary(trigger), u"price_drop"_s);

    Node audience;
    audience.kind = NodeKind::Audience;
    audience.rules = {Rule{Condition{}}, Rule{Condition{}}};
    // English plurals come from the English translation; compare with what it makes of them.
    QCOMPARE(NodeItem::summary(audience), NodeItem::tr("%n rule(s)", nullptr, 2));
    QVERIFY(NodeItem::summary(audience).startsWith(u"2 "_s));

    Node webhook;
    webhook.kind = NodeKind::Webhook;
    webhook.request.url = u"https://api.example.com/v1/alimtalk?x={{user_id}}"_s;
    QCOMPARE(NodeItem::summary(webhook), u"POST api.example.com/v1/alimtalk"_s);

    Node delay;
    delay.kind = NodeKind::Delay;
    delay.wait = Duration{1, Duration::Unit::Days};
    QCOMPARE(NodeItem::summary(delay),
             NodeItem::tr("wait %1").arg(NodeItem::tr("%n day(s)", nullptr, 1)));
    QVERIFY(NodeItem::summary(delay).startsWith(u"wait 1 "_s));
    delay.wait = Duration{3, Duration::Unit::Hours};
    QCOMPARE(NodeItem::summary(delay),
             NodeItem::tr("wait %1").arg(NodeItem::tr("%n hour(s)", nullptr, 3)));
}

void TestGuiMainWindow::interruptedRunIsOfferedAndResumed()
{
    // A test fire killed mid-run by the CLI leaves a run whose owner is gone.
    Catcher *catcher = m_window->catcher();
    catcher->clear();
    catcher->setResponseDelay(300);
    QProcess fire;
    fire.setProcessChannelMode(QProcess::SeparateChannels);
    fire.start(QStringLiteral(HOOKFLOW_CLI),
               {u"fire"_s,
                exampleFile(u"price-drop-alert"_s),
                u"--event"_s,
                QStringLiteral(HOOKFLOW_SOURCE_DIR
                               "/resources/examples/price-drop-alert.event.json"),
                u"--workspace"_s,
                m_workspace->folder(),
                u"--db"_s,
                m_workspace->databasePath(),
                u"--target"_s,
                catcher->url().toString(),
                u"--quiet"_s});
    QVERIFY(fire.waitForStarted());
    QByteArray progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += fire.readAllStandardError()).contains("started"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(catcher->requestCount() > 0, 10000);
    fire.kill();
    QVERIFY(fire.waitForFinished());
    catcher->setResponseDelay(0);
    const int before = catcher->requestCount();

    auto db = ResultsDatabase::open(m_workspace->databasePath());
    QVERIFY(db.ok());
    const QList<RunRecord> interrupted = (*db)->interruptedRuns().value();
    QCOMPARE(interrupted.size(), 1);
    const qint64 runId = interrupted.first().id;
    QVERIFY((*db)->unfinishedDeliveries(runId) > 0);

    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    m_window->queueAnswer(QMessageBox::Yes);
    QCOMPARE(m_window->offerInterruptedRuns(), 1);
    QVERIFY(m_window->findChild<QAction *>(u"actionStopRun"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, RunTimeoutMs);
    const auto summary = finished.first().first().value<RunSummary>();
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.runId, runId);
    QCOMPARE(summary.counts.pending, 0);
    QCOMPARE(summary.counts.delivered, summary.counts.matched);
    QVERIFY(catcher->requestCount() > before);

    // Every delivery reached the catcher under its own webhook-id, some of them twice at most.
    QSet<QByteArray> ids;
    for (const CapturedRequest &request : catcher->requests())
        ids.insert(request.header("webhook-id"));
    QCOMPARE(ids.size(), summary.counts.matched);
    QVERIFY((*db)->interruptedRuns().value().isEmpty());
    QCOMPARE(m_window->offerInterruptedRuns(), 0);
}

void TestGuiMainWindow::campaignListModelIsSound()
{
    CampaignListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFiles(m_workspace->campaignFiles());
    QCOMPARE(model.rowCount(), 3);
    const int row = model.addFile(exampleFile(u"review-points"_s));
    QCOMPARE(model.rowCount(), 3); // listed already: re-read, not added
    QCOMPARE(model.fileAt(row), exampleFile(u"review-points"_s));
    QCOMPARE(model.addFile(u":/examples/price-drop-alert.hookflow.json"_s), 3);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.refresh(u"/nonexistent.hookflow.json"_s), -1);
    model.setFiles({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiMainWindow::usersModelIsSound()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SampleUser a;
    a.userId = u"u1"_s;
    a.properties = {{u"zeta"_s, 1}, {u"name"_s, u"Ana"_s}, {u"age"_s, 31}};
    SampleUser b;
    b.userId = u"u2"_s;
    b.properties = {{u"alpha"_s, true}, {u"tier"_s, u"gold"_s}};
    model.setUsers({a, b});
    QCOMPARE(model.rowCount(), 2);
    // user_id, the common ones in their order, then the rest alphabetically
    QCOMPARE(model.propertyNames(),
             (QStringList{u"name"_s, u"age"_s, u"tier"_s, u"alpha"_s, u"zeta"_s}));
    QCOMPARE(model.index(0, 2).data().toString(), u"31"_s);
    QCOMPARE(model.index(1, 4).data().toString(), u"true"_s);
    QCOMPARE(model.index(1, 1).data().toString(), QString());
    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
}

void TestGuiMainWindow::deliveryModelIsSound()
{
    DeliveryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeliveryUpdate update;
    update.runId = 1;
    update.userId = u"u1"_s;
    update.nodeId = u"hook"_s;
    update.method = u"POST"_s;
    update.url = u"http://127.0.0.1:1/"_s;
    update.state = u"failed"_s;
    update.latencyMs = 12;
    update.error = u"connection refused"_s;
    model.append(update);
    model.append(update);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DeliveryModel::StatusColumn).data().toString(), QString());
    QCOMPARE(model.index(0, DeliveryModel::ErrorColumn).data().toString(), update.error);
    QCOMPARE(model.index(0, DeliveryModel::LatencyColumn).data(DeliveryModel::SortRole).toLongLong(),
             12);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiMainWindow::diagnosticsModelIsSound()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Diagnostic error;
    error.message = u"bad url"_s;
    error.path = u"$.nodes[2].request.url"_s;
    error.nodeId = u"hook"_s;
    error.location = {12, 5};
    Diagnostic warning;
    warning.severity = Diagnostic::Severity::Warning;
    warning.message = u"too many rules"_s;
    model.setDiagnostics({error, warning});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DiagnosticsModel::PlaceColumn).data().toString(), u"12:5"_s);
    QCOMPARE(model.index(0, DiagnosticsModel::MessageColumn).data().toString(), u"bad url"_s);
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::NodeIdRole).toString(), u"hook"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiMainWindow::capturedRequestModelIsSound()
{
    CapturedRequestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CapturedRequest request;
    request.sequence = 7;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.method = u"POST"_s;
    request.target = u"/v1/x"_s;
    request.body = "{\"a\":1}";
    model.append(request);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CapturedRequestModel::SequenceColumn).data().toString(), u"7"_s);
    QCOMPARE(model.index(0, CapturedRequestModel::TargetColumn).data().toString(), u"/v1/x"_s);
    QCOMPARE(model.index(0, CapturedRequestModel::SizeColumn)
                 .data(CapturedRequestModel::SortRole)
                 .toLongLong(),
             7);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
