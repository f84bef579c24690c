// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "canvas/canvaswidget.h"
#include "canvas/flowview.h"
#include "canvas/nodeitem.h"
#include "canvas/nodekindmodel.h"
#include "canvas/nodepalette.h"
#include "engine/workspace.h"
#include "guitest.h"
#include "inspector/audienceeditor.h"
#include "inspector/conditioneditor.h"
#include "inspector/conditionlisteditor.h"
#include "inspector/inspector.h"
#include "inspector/rulebuilder.h"
#include "inspector/triggereditor.h"
#include "mainwindow.h"
#include "model/campaigndocument.h"
#include "model/campaignformat.h"
#include "util/i18n.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QDropEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Hookflow;

/// The designer as a marketer uses it: the real window, offscreen, driven by drops, drags, clicks
/// and typing; the result compared with the shipped example file.
class TestGuiDesigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildExampleAFromAnEmptyCampaign();
    void pastedSubgraphGetsFreshIdsAcrossTabs();
    void invalidConnectionIsRefusedWithItsReason();
    void autoLayoutLeavesNoOverlaps();
    void rightClickOffersTheEditActions();
    void connectingFromTheKeyboard();
    void issuesFollowEditsAndSelectTheirNode();
    void modifiedFlagAndUnsavedChangesPrompt();
    void runningCampaignAsksToPauseBeforeAnEdit();
    void crashedSessionIsOfferedBack();
    void recentFilesAndRevert();
    void everyModelIsSound();
    void koreanReachesEveryPanel();

private:
    FlowView *view() const { return m_window->currentCanvas()->view(); }
    QPoint viewPos(const QPointF &scenePos) const { return view()->mapFromScene(scenePos); }
    void dropKind(NodeKind kind, const QPointF &topLeft);
    void drag(const QPoint &from, const QPoint &to);
    void connectPorts(const QString &from, const QString &to, const QString &port = {});
    void clickNode(const QString &id);
    void typeInto(QWidget *field, const QString &text);
    void typeIntoCell(QTableView *table, int row, int column, const QString &text);
    QWidget *inspector() const { return m_window->currentInspector(); }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QTabWidget *m_tabs = nullptr;
};

void TestGuiDesigner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_workspace = std::make_unique<Workspace>(m_folder->path());
    const Result<void> seeded = m_workspace->ensureSeeded();
    QVERIFY(seeded.ok());
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setMessageBoxesEnabled(false);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tabs = m_window->findChild<QTabWidget *>(u"flowTabs"_s);
    QVERIFY(m_tabs);
}

void TestGuiDesigner::cleanupTestCase()
{
    // Whatever the tests left unsaved is thrown away without a question.
    while (m_tabs->count() > 0) {
        m_window->queueAnswer(QMessageBox::Discard);
        QVERIFY(m_window->closeCurrent());
    }
    m_window.reset();
}

void TestGuiDesigner::dropKind(NodeKind kind, const QPointF &topLeft)
{
    NodeKindModel *model = m_window->currentCanvas()->palette()->kindModel();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(kind)}));
    QVERIFY(mime);
    // The palette drops a node centred on the mouse.
    const QPoint at = viewPos(topLeft + QPointF(NodeItem::Width / 2, NodeItem::Height / 2));
    QWidget *viewport = view()->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

void TestGuiDesigner::drag(const QPoint &from, const QPoint &to)
{
    Test::dragHolding(view()->viewport(), from, to);
}

void TestGuiDesigner::connectPorts(const QString &from, const QString &to, const QString &port)
{
    const NodeItem *source = view()->nodeItem(from);
    const NodeItem *target = view()->nodeItem(to);
    QVERIFY(source && target);
    drag(viewPos(source->outputPort(port)), viewPos(target->inputPort()));
}

void TestGuiDesigner::clickNode(const QString &id)
{
    const NodeItem *item = view()->nodeItem(id);
    QVERIFY(item);
    // The header, away from the ports.
    QTest::mouseClick(view()->viewport(),
                      Qt::LeftButton,
                      Qt::NoModifier,
                      viewPos(item->pos() + QPointF(NodeItem::Width / 2, 12)));
    QTRY_COMPARE(view()->selectedNodeIds(), QStringList{id});
}

void TestGuiDesigner::typeInto(QWidget *field, const QString &text)
{
    QVERIFY(field);
    field->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void TestGuiDesigner::typeIntoCell(QTableView *table, int row, int column, const QString &text)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setCurrentIndex(index);
    table->edit(index);
    QWidget *editor = table->indexWidget(index);
    if (!editor)
        editor = QApplication::focusWidget();
    QVERIFY(editor);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->model()->index(row, column).data().toString(), text);
}

void TestGuiDesigner::buildExampleAFromAnEmptyCampaign()
{
    const Campaign target = *CampaignFormat::load(
                                 QStringLiteral(
                                     HOOKFLOW_SOURCE_DIR
                                     "/resources/examples/price-drop-alert.hookflow.json"))
                                 .campaign;
    m_window->newCampaign();
    CampaignDocument *document = m_window->currentDocument();
    QVERIFY(document);
    const Campaign empty = document->campaign();
    QVERIFY(empty.nodes.isEmpty());

    // The campaign itself, in the inspector that shows while nothing is selected.
    typeInto(Test::visibleChild<QLineEdit>(inspector(), u"campaignTitle"_s), target.title);
    typeInto(Test::visibleChild<QLineEdit>(inspector(), u"campaignKey"_s), target.key);
    typeInto(Test::visibleChild<QPlainTextEdit>(inspector(), u"campaignDescription"_s),
             target.description);

    // Three nodes from the palette, then two connections drawn port to port.
    dropKind(NodeKind::Trigger, target.nodes.at(0).position);
    dropKind(NodeKind::Audience, target.nodes.at(1).position);
    dropKind(NodeKind::Webhook, target.nodes.at(2).position);
    QCOMPARE(document->campaign().nodes.size(), 3);
    const QStringList dropped{u"trigger"_s, u"audience"_s, u"webhook"_s};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(document->campaign().nodes.at(i).id, dropped.at(i));
    connectPorts(u"trigger"_s, u"audience"_s);
    connectPorts(u"audience"_s, u"webhook"_s);
    QCOMPARE(document->campaign().edges.size(), 2);

    // The trigger: its id, event key and a filter on the event's percent.
    clickNode(u"trigger"_s);
    QLineEdit *id = Test::visibleChild<QLineEdit>(inspector(), u"nodeId"_s);
    typeInto(id, u"start"_s);
    QTest::keyClick(id, Qt::Key_Return);
    QTRY_VERIFY(document->node(u"start"_s));
    typeInto(Test::visibleChild<QLineEdit>(inspector(), u"triggerEventKey"_s), u"price_drop"_s);
    auto *trigger = qobject_cast<TriggerEditor *>(m_window->currentInspector()->currentEditor());
    QVERIFY(trigger);
    ConditionListEditor *filters = trigger->filters();
    QTest::mouseClick(filters->findChild<QPushButton *>(u"addCondition"_s,
                                                        Qt::FindDirectChildrenOnly),
                      Qt::LeftButton);
    QCOMPARE(filters->rows().size(), 1);
    ConditionEditor *filter = filters->rows().first();
    typeInto(Test::visibleChild<QComboBox>(filter, u"conditionName"_s)->lineEdit(), u"percent"_s);
    auto *op = Test::visibleChild<QComboBox>(filter, u"conditionOperator"_s);
    op->setCurrentIndex(op->findData(int(Operator::Gte)));
    typeInto(Test::visibleChild<QLineEdit>(filter, u"conditionValues"_s), u"5"_s);
    QCOMPARE(document->node(u"start"_s)->filters, target.nodes.at(0).filters);

    // The audience: one rule of two conditions.
    clickNode(u"audience"_s);
    id = Test::visibleChild<QLineEdit>(inspector(), u"nodeId"_s);
    typeInto(id, u"who"_s);
    QTest::keyClick(id, Qt::Key_Return);
    QTRY_VERIFY(document->node(u"who"_s));
    auto *audience = qobject_cast<AudienceEditor *>(m_window->currentInspector()->currentEditor());
    QVERIFY(audience);
    RuleBuilder *builder = audience->ruleBuilder();
    QTest::mouseClick(Test::visibleChild<QPushButton>(builder, u"addRule"_s), Qt::LeftButton);
    QCOMPARE(builder->ruleEditors().size(), 1);
    ConditionListEditor *rule = builder->ruleEditors().first();
    QCOMPARE(rule->rows().size(), 1);
    ConditionEditor *first = rule->rows().first();
    typeInto(Test::visibleChild<QComboBox>(first, u"conditionName"_s)->lineEdit(),
             u"marketing_opt_in"_s);
    typeInto(Test::visibleChild<QLineEdit>(first, u"conditionValues"_s), u"true"_s);
    QTest::mouseClick(rule->findChild<QPushButton *>(u"addCondition"_s, Qt::FindDirectChildrenOnly),
                      Qt::LeftButton);
    QCOMPARE(rule->rows().size(), 2);
    ConditionEditor *second = rule->rows().last();
    typeInto(Test::visibleChild<QComboBox>(second, u"conditionName"_s)->lineEdit(),
             u"app_version"_s);
    op = Test::visibleChild<QComboBox>(second, u"conditionOperator"_s);
    op->setCurrentIndex(op->findData(int(Operator::Gte)));
    auto *valueType = Test::visibleChild<QComboBox>(second, u"conditionValueType"_s);
    valueType->setCurrentIndex(valueType->findData(int(ValueType::Version)));
    typeInto(Test::visibleChild<QLineEdit>(second, u"conditionValues"_s), u"2.4.0"_s);
    QCOMPARE(document->node(u"who"_s)->rules, target.nodes.at(1).rules);
    // The live count says how many demo users that is.
    auto *count = Test::visibleChild<QLabel>(inspector(), u"audienceCount"_s);
    QVERIFY(count);
    QTRY_VERIFY2(count->text().contains(u"122"_s), qPrintable(count->text()));

    // The webhook: URL, a parameter, a header and the body, pasted as a marketer would.
    clickNode(u"webhook"_s);
    id = Test::visibleChild<QLineEdit>(inspector(), u"nodeId"_s);
    typeInto(id, u"alimtalk"_s);
    QTest::keyClick(id, Qt::Key_Return);
    QTRY_VERIFY(document->node(u"alimtalk"_s));
    const RequestTemplate &request = target.nodes.at(2).request;
    typeInto(Test::visibleChild<QLineEdit>(inspector(), u"webhookUrl"_s), request.url);
    auto *params = Test::visibleChild<QTableView>(inspector(), u"webhookParams"_s);
    QTest::mouseClick(Test::visibleChild<QPushButton>(inspector(), u"webhookAddParam"_s),
                      Qt::LeftButton);
    typeIntoCell(params, 0, 0, request.params.at(0).first);
    typeIntoCell(params, 0, 1, request.params.at(0).second);
    auto *headers = Test::visibleChild<QTableView>(inspector(), u"webhookHeaders"_s);
    QTest::mouseClick(Test::visibleChild<QPushButton>(inspector(), u"webhookAddHeader"_s),
                      Qt::LeftButton);
    typeIntoCell(headers, 0, 0, request.headers.at(0).first);
    typeIntoCell(headers, 0, 1, request.headers.at(0).second);
    QWidget *body = Test::visibleChild<QWidget>(inspector(), u"webhookBody"_s);
    QVERIFY(body);
    body->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(body, Qt::Key_A, Qt::ControlModifier);
    QGuiApplication::clipboard()->setText(request.body);
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(document->node(u"alimtalk"_s)->request.body, request.body);

    // Saved, the file is the shipped example.
    const QString file = QDir(m_folder->path()).filePath(u"built.hookflow.json"_s);
    QVERIFY(m_window->saveCurrentAs(file));
    QVERIFY(!document->isModified());
    QVERIFY(!m_window->isWindowModified());
    const CampaignLoad saved = CampaignFormat::load(file);
    QVERIFY(saved.campaign);
    QCOMPARE(*saved.campaign, target);

    // Undo everything: the empty campaign. Redo everything: the example again.
    auto *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
    auto *redo = m_window->findChild<QAction *>(u"actionRedo"_s);
    int steps = 0;
    while (undo->isEnabled()) {
        undo->trigger();
        ++steps;
    }
    QCOMPARE(document->campaign(), empty);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(view()->nodeItems().size(), 0);
    while (redo->isEnabled()) {
        redo->trigger();
        --steps;
    }
    QCOMPARE(steps, 0);
    QCOMPARE(document->campaign(), target);
    QCOMPARE(view()->nodeItems().size(), 3);
    QCOMPARE(view()->edgeItems().size(), 2);
    QVERIFY(!m_window->isWindowModified());
}

void TestGuiDesigner::pastedSubgraphGetsFreshIdsAcrossTabs()
{
    QVERIFY(m_window->openCampaign(
        QDir(m_folder->path()).filePath(u"price-drop-alert.hookflow.json"_s)));
    view()->selectNodes({u"who"_s, u"alimtalk"_s});
    m_window->findChild<QAction *>(u"actionCopy"_s)->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"\"format\": 1"_s));

    // Into a new campaign in another tab.
    m_window->newCampaign();
    CampaignDocument *document = m_window->currentDocument();
    m_window->findChild<QAction *>(u"actionPaste"_s)->trigger();
    QCOMPARE(document->campaign().nodes.size(), 2);
    QCOMPARE(document->campaign().edges.size(), 1);
    // Pasted again into the same campaign: new ids, the copy's edge between the copies.
    m_window->findChild<QAction *>(u"actionPaste"_s)->trigger();
    QCOMPARE(document->campaign().nodes.size(), 4);
    QSet<QString> ids;
    for (const Node &node : document->campaign().nodes)
        ids.insert(node.id);
    QCOMPARE(ids.size(), 4);
    QVERIFY(document->campaign().edges.contains(Edge{u"who-2"_s, u"alimtalk-2"_s, {}}));
    QCOMPARE(view()->selectedNodeIds().size(), 2);

    // Text from an editor pastes too; text that is not a flow says why and changes nothing.
    QGuiApplication::clipboard()->setText(u"not a flow"_s);
    const Campaign before = document->campaign();
    m_window->findChild<QAction *>(u"actionPaste"_s)->trigger();
    QCOMPARE(document->campaign(), before);
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
}

void TestGuiDesigner::invalidConnectionIsRefusedWithItsReason()
{
    QVERIFY(m_window->openCampaign(
        QDir(m_folder->path()).filePath(u"price-drop-alert.hookflow.json"_s)));
    CampaignDocument *document = m_window->currentDocument();
    const Campaign before = document->campaign();
    QSignalSpy messages(view(), &FlowView::message);
    connectPorts(u"alimtalk"_s, u"start"_s); // into the trigger
    connectPorts(u"alimtalk"_s, u"who"_s);   // a loop
    QCOMPARE(document->campaign(), before);
    QCOMPARE(messages.count(), 2);
    QVERIFY(messages.at(0).at(0).toString().contains(u"trigger"_s));
    QVERIFY(messages.at(1).at(0).toString().contains(u"loop"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"loop"_s));
}

void TestGuiDesigner::autoLayoutLeavesNoOverlaps()
{
    QVERIFY(
        m_window->openCampaign(QDir(m_folder->path()).filePath(u"re-engagement.hookflow.json"_s)));
    CampaignDocument *document = m_window->currentDocument();
    // Pile every node on one spot, then lay out.
    QHash<QString, QPointF> pile;
    for (const Node &node : document->campaign().nodes)
        pile.insert(node.id, QPointF(0, 0));
    document->moveNodes(pile);
    m_window->findChild<QAction *>(u"actionAutoLayout"_s)->trigger();
    const QList<NodeItem *> items = view()->nodeItems();
    for (int i = 0; i < items.size(); ++i) {
        for (int j = i + 1; j < items.size(); ++j)
            QVERIFY2(!items[i]->sceneBoundingRect().intersects(items[j]->sceneBoundingRect()),
                     qPrintable(items[i]->nodeId() + u" / "_s + items[j]->nodeId()));
    }
    m_window->queueAnswer(QMessageBox::Discard);
    QVERIFY(m_window->closeCurrent());
}

void TestGuiDesigner::rightClickOffersTheEditActions()
{
    QVERIFY(m_window->openCampaign(
        QDir(m_folder->path()).filePath(u"price-drop-alert.hookflow.json"_s)));
    view()->selectNodes({u"start"_s});
    const NodeItem *who = view()->nodeItem(u"who"_s);
    const QPoint at = viewPos(who->pos() + QPointF(NodeItem::Width / 2, 12));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view()->viewport(), &event);
    // The node under the mouse is what the menu acts on.
    QCOMPARE(view()->selectedNodeIds(), QStringList{u"who"_s});
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QStringList names;
    for (const QAction *action : menu->actions())
        names << action->objectName();
    QVERIFY(names.contains(u"actionCopy"_s));
    QVERIFY(names.contains(u"actionDelete"_s));
    QVERIFY(names.contains(u"actionAutoLayout"_s));
    // Choosing Duplicate there duplicates the node under the mouse.
    const qsizetype nodes = m_window->currentDocument()->campaign().nodes.size();
    menu->actions().at(names.indexOf(u"actionDuplicate"_s))->trigger();
    menu->close();
    QCOMPARE(m_window->currentDocument()->campaign().nodes.size(), nodes + 1);
    QVERIFY(m_window->currentDocument()->node(u"who-2"_s));
    m_window->currentDocument()->undoStack()->undo();
}

void TestGuiDesigner::connectingFromTheKeyboard()
{
    m_window->newCampaign();
    CampaignDocument *document = m_window->currentDocument();
    const QString trigger = document->addNode(NodeKind::Trigger, {0, 0});
    const QString webhook = document->addNode(NodeKind::Webhook, {300, 0});
    auto *connectAction = m_window->findChild<QAction *>(u"actionConnect"_s);
    view()->selectNodes({trigger});
    QVERIFY(!connectAction->isEnabled());
    // Selected in either order, the edge goes from the left node to the right one.
    view()->selectNodes({webhook, trigger});
    QVERIFY(connectAction->isEnabled());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_E, Qt::ControlModifier);
    const QList<Edge> expected{Edge{trigger, webhook, {}}};
    QCOMPARE(document->campaign().edges, expected);
    // Again: refused, with the reason in the status bar.
    connectAction->trigger();
    QCOMPARE(document->campaign().edges.size(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"already"_s));
    m_window->queueAnswer(QMessageBox::Discard);
    QVERIFY(m_window->closeCurrent());
}

void TestGuiDesigner::issuesFollowEditsAndSelectTheirNode()
{
    QVERIFY(m_window->openCampaign(
        QDir(m_folder->path()).filePath(u"price-drop-alert.hookflow.json"_s)));
    CampaignDocument *document = m_window->currentDocument();
    auto *issues = m_window->findChild<QTableView *>(u"issuesView"_s);
    QVERIFY(issues);
    QCOMPARE(issues->model()->rowCount(), 0);

    // Emptying the webhook's URL is an error: a badge on the node, a row in Issues.
    Node webhook = *document->node(u"alimtalk"_s);
    webhook.request.url.clear();
    document->updateNode(webhook, u"URL"_s);
    QCOMPARE(issues->model()->rowCount(), 1);
    QVERIFY(view()->nodeItem(u"alimtalk"_s)->toolTip().contains(u"URL"_s));

    // Activating the row selects the node, and the inspector shows it.
    view()->selectNodes({});
    const QModelIndex row = issues->model()->index(0, 0);
    issues->setCurrentIndex(row);
    emit issues->activated(row);
    QCOMPARE(view()->selectedNodeIds(), QStringList{u"alimtalk"_s});
    QTRY_VERIFY(Test::visibleChild<QLineEdit>(inspector(), u"webhookUrl"_s));

    document->undoStack()->undo();
    QCOMPARE(issues->model()->rowCount(), 0);
}

void TestGuiDesigner::modifiedFlagAndUnsavedChangesPrompt()
{
    QVERIFY(
        m_window->openCampaign(QDir(m_folder->path()).filePath(u"review-points.hookflow.json"_s)));
    CampaignDocument *document = m_window->currentDocument();
    QVERIFY(!m_window->isWindowModified());
    const int tabs = m_tabs->count();
    document->setField(CampaignDocument::Field::Title, u"Points for a review (v2)"_s);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_tabs->tabText(m_tabs->currentIndex()).endsWith(u"*"_s));
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QVERIFY(!m_window->isWindowModified());
    m_window->findChild<QAction *>(u"actionRedo"_s)->trigger();

    // Cancel keeps the tab and the change; Discard closes without writing.
    m_window->queueAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->closeCurrent());
    QCOMPARE(m_tabs->count(), tabs);
    m_window->queueAnswer(QMessageBox::Discard);
    QVERIFY(m_window->closeCurrent());
    QCOMPARE(m_tabs->count(), tabs - 1);
    const QString file = QDir(m_folder->path()).filePath(u"review-points.hookflow.json"_s);
    QCOMPARE(CampaignFormat::load(file).campaign->title, u"Points for a review"_s);

    // Save writes it.
    QVERIFY(m_window->openCampaign(file));
    m_window->currentDocument()->setField(CampaignDocument::Field::Title, u"Review points"_s);
    m_window->queueAnswer(QMessageBox::Save);
    QVERIFY(m_window->closeCurrent());
    QCOMPARE(CampaignFormat::load(file).campaign->title, u"Review points"_s);
}

void TestGuiDesigner::runningCampaignAsksToPauseBeforeAnEdit()
{
    QVERIFY(m_window->openCampaign(
        QDir(m_folder->path()).filePath(u"price-drop-alert.hookflow.json"_s)));
    CampaignDocument *document = m_window->currentDocument();
    view()->selectNodes({});
    m_window->findChild<QAction *>(u"actionStartCampaign"_s)->trigger();
    QCOMPARE(document->campaign().status, CampaignStatus::Running);
    QVERIFY(!m_window->findChild<QAction *>(u"actionStartCampaign"_s)->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(u"actionPauseCampaign"_s)->isEnabled());

    // "No": the edit does not happen and the campaign keeps running.
    const Campaign running = document->campaign();
    m_window->queueAnswer(QMessageBox::Cancel);
    document->removeNodes({u"who"_s});
    QCOMPARE(document->campaign(), running);
    // "Yes": paused first, then edited; both are undo steps.
    m_window->queueAnswer(QMessageBox::Yes);
    document->removeNodes({u"who"_s});
    QCOMPARE(document->campaign().status, CampaignStatus::Paused);
    QVERIFY(!document->node(u"who"_s));
    QVERIFY(m_window->findChild<QAction *>(u"actionStartCampaign"_s)->isEnabled());
    QCOMPARE(m_window->findChild<QAction *>(u"actionStartCampaign"_s)->text().remove(u'&'),
             u"Resume Campaign"_s);
    m_window->queueAnswer(QMessageBox::Discard);
    QVERIFY(m_window->closeCurrent());
}

void TestGuiDesigner::crashedSessionIsOfferedBack()
{
    QVERIFY(m_window->openCampaign(
        QDir(m_folder->path()).filePath(u"price-drop-alert.hookflow.json"_s)));
    CampaignDocument *document = m_window->currentDocument();
    document->setField(CampaignDocument::Field::Description, u"recovered after a crash"_s);
    m_window->newCampaign();
    m_window->currentDocument()->addNode(NodeKind::Trigger, {0, 0});
    const Campaign unsaved = m_window->currentDocument()->campaign();
    m_window->autosave();

    // What a killed process leaves behind: its folder, with no live lock.
    const QDir recovery(m_window->recoveryFolder());
    QVERIFY(recovery.exists());
    const QString crashed = QDir(m_folder->path()).filePath(u".recovery/crashed-session"_s);
    QVERIFY(QDir().mkpath(crashed));
    for (const QString &name : recovery.entryList(QDir::Files))
        QVERIFY(QFile::copy(recovery.filePath(name), QDir(crashed).filePath(name)));

    // Its lock names a process that is gone; a live session's lock (this process) keeps its
    // folder out of the offer.
    const auto writeLock = [&](const QString &session, qint64 pid) {
        QFile lock(QDir(m_folder->path()).filePath(u".recovery/"_s + session + u".lock"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(pid) + "\nhookflow\n" + QSysInfo::machineHostName().toUtf8()
                   + "\n");
    };
    writeLock(u"crashed-session"_s, 0x7ffffff0);
    const QString alive = QDir(m_folder->path()).filePath(u".recovery/alive-session"_s);
    QVERIFY(QDir().mkpath(alive));
    QVERIFY(QFile::copy(recovery.filePath(recovery.entryList(QDir::Files).first()),
                        QDir(alive).filePath(u"1.hookflow.json"_s)));
    writeLock(u"alive-session"_s, QCoreApplication::applicationPid());

    // A second window on the same workspace offers both back, as modified documents.
    MainWindow other(*m_workspace);
    other.setMessageBoxesEnabled(false);
    other.queueAnswer(QMessageBox::Yes);
    // Every campaign this window had unsaved (the two above, and what earlier tests left open).
    const int autosaved = int(
        recovery.entryList({u"*"_s + QLatin1String(CampaignFormat::FileSuffix)}, QDir::Files).size());
    QVERIFY(autosaved >= 2);
    QCOMPARE(other.offerRecovery(), autosaved);
    QVERIFY(!QDir(crashed).exists());
    QVERIFY(!QFile::exists(crashed + u".lock"_s));
    QVERIFY(QDir(alive).exists());
    auto *otherTabs = other.findChild<QTabWidget *>(u"flowTabs"_s);
    bool sawDescription = false;
    bool sawNew = false;
    int modified = 0;
    for (int i = 0; i < otherTabs->count(); ++i) {
        otherTabs->setCurrentIndex(i);
        // The window also opened the first campaign of its list, as every start does.
        const CampaignDocument *recovered = other.currentDocument();
        if (!recovered->isModified())
            continue;
        ++modified;
        if (recovered->campaign().description == u"recovered after a crash"_s) {
            sawDescription = true;
            QCOMPARE(recovered->fileName(),
                     QDir(m_folder->path()).filePath(u"price-drop-alert.hookflow.json"_s));
        }
        if (recovered->campaign() == unsaved) {
            sawNew = true;
            QVERIFY(recovered->fileName().isEmpty());
        }
    }
    QVERIFY(sawDescription);
    QVERIFY(sawNew);
    QCOMPARE(modified, autosaved);
    // The live session's own folder is never offered.
    QCOMPARE(other.offerRecovery(), 0);
    while (otherTabs->count() > 0) {
        other.queueAnswer(QMessageBox::Discard);
        QVERIFY(other.closeCurrent());
    }
    // Saving or discarding removes the autosaved copy.
    m_window->queueAnswer(QMessageBox::Discard);
    QVERIFY(m_window->closeCurrent());
    m_window->queueAnswer(QMessageBox::Discard);
    QVERIFY(m_window->closeCurrent());
    QCOMPARE(recovery.entryList({u"*"_s + QLatin1String(CampaignFormat::FileSuffix)}, QDir::Files)
                 .size(),
             autosaved - 2);
}

void TestGuiDesigner::recentFilesAndRevert()
{
    const QString file = QDir(m_folder->path()).filePath(u"price-drop-alert.hookflow.json"_s);
    QVERIFY(m_window->openCampaign(file));
    auto *recent = m_window->findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(recent);
    emit recent->aboutToShow();
    bool listed = false;
    for (QAction *action : recent->actions())
        listed = listed || action->text().contains(u"price-drop-alert.hookflow.json"_s);
    QVERIFY(listed);

    CampaignDocument *document = m_window->currentDocument();
    const Campaign saved = document->campaign();
    document->removeNodes({u"who"_s});
    m_window->queueAnswer(QMessageBox::Discard);
    m_window->revertCurrent();
    QCOMPARE(document->campaign(), saved);
    QVERIFY(!document->isModified());
    QCOMPARE(view()->nodeItems().size(), saved.nodes.size());
}

void TestGuiDesigner::everyModelIsSound()
{
    // Every model in the window, with a tester attached, while the designer is driven on each
    // example: nodes selected (their editors build models), edited, undone.
    const QStringList examples{u"price-drop-alert"_s, u"review-points"_s, u"re-engagement"_s};
    QList<QAbstractItemModelTester *> testers;
    QSet<QAbstractItemModel *> tested;
    const auto attach = [&] {
        const QList<QAbstractItemView *> views = m_window->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *itemView : views) {
            QAbstractItemModel *model = itemView->model();
            if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(model)) {
                if (!tested.contains(proxy->sourceModel())) {
                    tested.insert(proxy->sourceModel());
                    testers << new QAbstractItemModelTester(
                        proxy->sourceModel(),
                        QAbstractItemModelTester::FailureReportingMode::QtTest,
                        this);
                }
            }
            if (model && !tested.contains(model)) {
                tested.insert(model);
                testers << new QAbstractItemModelTester(
                    model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
            }
        }
    };
    for (const QString &key : examples) {
        QVERIFY(m_window->openCampaign(
            QDir(m_folder->path()).filePath(key + QLatin1String(CampaignFormat::FileSuffix))));
        CampaignDocument *document = m_window->currentDocument();
        for (const Node &node : document->campaign().nodes) {
            clickNode(node.id);
            attach();
        }
        document->removeNodes({document->campaign().nodes.last().id});
        document->undoStack()->undo();
        attach();
    }
    QVERIFY(testers.size() >= 8);
    qDeleteAll(testers);
}

void TestGuiDesigner::koreanReachesEveryPanel()
{
    // English source texts that have a Korean translation. A widget still showing one of them in
    // Korean means its tr() context does not match the .ts file (lupdate could not see the
    // class's namespace once), so the translation exists but never loads.
    QFile file(QStringLiteral(HOOKFLOW_SOURCE_DIR "/translations/hookflow_ko.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> english;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source && source.size() > 2)
                english.insert(source);
        }
    }
    QVERIFY(english.size() > 500);

    installTranslations(*qApp, QLocale(QLocale::Korean, QLocale::SouthKorea));
    MainWindow window(*m_workspace);
    window.setMessageBoxesEnabled(false);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList untranslated;
    const auto collect = [&] {
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            QStringList texts;
            if (auto *label = qobject_cast<QLabel *>(widget))
                texts << label->text();
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts << button->text();
            if (auto *box = qobject_cast<QGroupBox *>(widget))
                texts << box->title();
            if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    texts << tabs->tabText(i);
            }
            texts << widget->toolTip() << widget->windowTitle();
            for (const QAction *action : widget->actions())
                texts << action->text() << action->toolTip();
            for (const QString &text : std::as_const(texts)) {
                if (english.contains(text) && !untranslated.contains(text))
                    untranslated << text + u" ("_s
                                        + QString::fromLatin1(widget->metaObject()->className())
                                        + u')';
            }
        }
    };
    for (const QString &key : {u"price-drop-alert"_s, u"review-points"_s, u"re-engagement"_s}) {
        QVERIFY(window.openCampaign(
            QDir(m_folder->path()).filePath(key + QLatin1String(CampaignFormat::FileSuffix))));
        collect();
        for (const Node &node : window.currentDocument()->campaign().nodes) {
            window.currentCanvas()->view()->selectNodes({node.id});
            collect();
        }
    }
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u"\n"_s)));
}

QTEST_MAIN(TestGuiDesigner)
#include "tst_gui_designer.moc"
