// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaswidget.h"
#include "canvas/edgeitem.h"
#include "canvas/flowscene.h"
#include "canvas/flowview.h"
#include "canvas/minimap.h"
#include "canvas/nodeitem.h"
#include "canvas/nodekindmodel.h"
#include "canvas/nodepalette.h"
#include "guitest.h"
#include "model/campaigndocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Hookflow;

/// Drives the canvas with real mouse, keyboard and drag-and-drop events on the offscreen platform.
class TestGuiCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void kindModelIsSound();
    void kindModelHasEveryKind();
    void dropEveryKindFromPalette_data();
    void dropEveryKindFromPalette();
    void dropOfOtherDataIsRefused();
    void paletteActivationAddsAtCentre();

    void portDragConnects();
    void reverseDragFromInputConnects();
    void branchPortsConnectYesAndNo();
    void refusedConnection_data();
    void refusedConnection();
    void hoverShowsWhyRefused();

    void dragMoveIsOneSnappedUndoStep();
    void dragWithoutSnapKeepsPosition();
    void rubberBandSelects();
    void deleteAndUndoRestores();
    void deleteSelectedEdge();
    void cutCopyPasteGivesFreshIds();
    void pasteFromPlainText();
    void pasteOfGarbageSaysWhy();
    void duplicateSelectsCopies();
    void autoLayoutLeavesNoOverlaps();
    void zoomInOutAndFit();
    void itemsFollowUndoRedo();
    void badgesFollowDiagnostics();
    void selectionSignalAndFocus();
    void miniMapPansTheView();
    void middleDragPans();

private:
    /// start (trigger) → who (audience) → send (webhook) → done (exit), plus a loose branch.
    static Campaign sampleCampaign();
    QPoint viewPos(const QPointF &scenePos) const;
    void drag(const QPoint &from, const QPoint &to, Qt::MouseButton button = Qt::LeftButton);
    void dropKind(NodeKind kind, const QPoint &position);
    void compareItemsWithDocument();

    std::unique_ptr<CampaignDocument> m_document;
    std::unique_ptr<CanvasWidget> m_canvas;
    FlowView *m_view = nullptr;
    FlowScene *m_scene = nullptr;
};

void TestGuiCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiCanvas::init()
{
    m_document = std::make_unique<CampaignDocument>();
    m_document->reset(sampleCampaign());
    m_canvas = std::make_unique<CanvasWidget>(m_document.get());
    m_canvas->resize(1300, 700);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_view = m_canvas->view();
    m_scene = m_view->flowScene();
    // 1:1 with the flow's corner in view, so that positions are easy to reason about.
    m_view->setZoom(1.0);
    m_view->centerOn(QPointF(550, 150));
    m_view->setFocus();
}

void TestGuiCanvas::cleanup()
{
    m_canvas.reset();
    m_document.reset();
}

Campaign TestGuiCanvas::sampleCampaign()
{
    Campaign campaign;
    campaign.key = u"canvas-test"_s;
    campaign.title = u"Canvas test"_s;
    auto node = [](const QString &id, NodeKind kind, QPointF position) {
        Node n = CampaignDocument::defaultNode(kind);
        n.id = id;
        n.position = position;
        return n;
    };
    Node start = node(u"start"_s, NodeKind::Trigger, {0, 0});
    start.eventKey = u"price_drop"_s;
    Node send = node(u"send"_s, NodeKind::Webhook, {600, 0});
    send.request.url = u"https://api.example.com/v1/hook"_s;
    campaign.nodes = {start,
                      node(u"who"_s, NodeKind::Audience, {300, 0}),
                      send,
                      node(u"done"_s, NodeKind::Exit, {900, 0}),
                      node(u"split"_s, NodeKind::Branch, {300, 200})};
    campaign.edges = {{u"start"_s, u"who"_s, {}},
                      {u"who"_s, u"send"_s, {}},
                      {u"send"_s, u"done"_s, {}}};
    return campaign;
}

QPoint TestGuiCanvas::viewPos(const QPointF &scenePos) const
{
    return m_view->mapFromScene(scenePos);
}

void TestGuiCanvas::drag(const QPoint &from, const QPoint &to, Qt::MouseButton button)
{
    Test::dragHolding(m_view->viewport(), from, to, button);
}

void TestGuiCanvas::dropKind(NodeKind kind, const QPoint &position)
{
    NodeKindModel *model = m_canvas->palette()->kindModel();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(kind)}));
    QVERIFY(mime);
    QWidget *viewport = m_view->viewport();
    QDragEnterEvent enter(position, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(position, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(position), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

void TestGuiCanvas::compareItemsWithDocument()
{
    const Campaign &campaign = m_document->campaign();
    QCOMPARE(m_view->nodeItems().size(), campaign.nodes.size());
    QCOMPARE(m_view->edgeItems().size(), campaign.edges.size());
    int nodes = 0;
    int edges = 0;
    const QList<QGraphicsItem *> all = m_scene->items();
    for (const QGraphicsItem *item : all) {
        nodes += item->type() == NodeItem::Type ? 1 : 0;
        edges += item->type() == EdgeItem::Type ? 1 : 0;
    }
    QCOMPARE(nodes, campaign.nodes.size());
    QCOMPARE(edges, campaign.edges.size());
    for (const Node &node : campaign.nodes) {
        const NodeItem *item = m_view->nodeItem(node.id);
        QVERIFY2(item, qPrintable(node.id));
        QCOMPARE(item->pos(), node.position);
        QCOMPARE(item->node(), node);
    }
    for (const Edge &edge : campaign.edges) {
        const EdgeItem *item = m_scene->edgeItem(edge);
        QVERIFY2(item, qPrintable(edge.from + u" → "_s + edge.to));
        QCOMPARE(item->from(), m_view->nodeItem(edge.from)->outputPort(edge.port));
        QCOMPARE(item->to(), m_view->nodeItem(edge.to)->inputPort());
    }
}

// ---- palette ---------------------------------------------------------------------------------

void TestGuiCanvas::kindModelIsSound()
{
    NodeKindModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 7);
}

void TestGuiCanvas::kindModelHasEveryKind()
{
    const NodeKindModel *model = m_canvas->palette()->kindModel();
    QCOMPARE(m_canvas->palette()->model(), model);
    const QList<NodeKind> kinds{NodeKind::Trigger,
                                NodeKind::Audience,
                                NodeKind::Webhook,
                                NodeKind::Delay,
                                NodeKind::Branch,
                                NodeKind::Limit,
                                NodeKind::Exit};
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        QCOMPARE(model->kind(index), kinds.at(row));
        QCOMPARE(index.data().toString(), nodeKindDisplayName(kinds.at(row)));
        QCOMPARE(index.data(NodeKindModel::KindNameRole).toString(), nodeKindName(kinds.at(row)));
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model->flags(index).testFlag(Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> mime(model->mimeData({index}));
        QCOMPARE(mime->data(u"application/x-hookflow-node-kind"_s),
                 nodeKindName(kinds.at(row)).toUtf8());
    }
    QCOMPARE(model->mimeTypes(), QStringList{u"application/x-hookflow-node-kind"_s});
}

void TestGuiCanvas::dropEveryKindFromPalette_data()
{
    QTest::addColumn<NodeKind>("kind");
    QTest::newRow("trigger") << NodeKind::Trigger;
    QTest::newRow("audience") << NodeKind::Audience;
    QTest::newRow("webhook") << NodeKind::Webhook;
    QTest::newRow("delay") << NodeKind::Delay;
    QTest::newRow("branch") << NodeKind::Branch;
    QTest::newRow("limit") << NodeKind::Limit;
    QTest::newRow("exit") << NodeKind::Exit;
}

void TestGuiCanvas::dropEveryKindFromPalette()
{
    QFETCH(NodeKind, kind);
    const qsizetype before = m_document->campaign().nodes.size();
    const QPoint at = viewPos(QPointF(613, 417));
    dropKind(kind, at);
    QCOMPARE(m_document->campaign().nodes.size(), before + 1);
    const Node added = m_document->campaign().nodes.constLast();
    QCOMPARE(added.kind, kind);
    // Centred on the drop point, snapped to the grid.
    QCOMPARE(added.position,
             QPointF(std::round((613 - NodeItem::Width / 2) / 20) * 20,
                     std::round((417 - NodeItem::Height / 2) / 20) * 20));
    QCOMPARE(m_view->selectedNodeIds(), QStringList{added.id});
    QCOMPARE(m_document->undoStack()->count(), 1);
    compareItemsWithDocument();
}

void TestGuiCanvas::dropOfOtherDataIsRefused()
{
    QMimeData mime;
    mime.setText(u"webhook"_s);
    const QPoint at = viewPos(QPointF(600, 400));
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestGuiCanvas::paletteActivationAddsAtCentre()
{
    NodePalette *palette = m_canvas->palette();
    const QModelIndex index = palette->kindModel()->indexOf(NodeKind::Delay);
    const QRect rect = palette->visualRect(index);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(palette->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(m_document->campaign().nodes.size(), 6);
    const Node added = m_document->campaign().nodes.constLast();
    QCOMPARE(added.kind, NodeKind::Delay);
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY(QRectF(added.position, QSizeF(NodeItem::Width, NodeItem::Height))
                .adjusted(-20, -20, 20, 20)
                .contains(centre));
    QCOMPARE(m_view->selectedNodeIds(), QStringList{added.id});

    // And from the keyboard: Enter on the current item.
    palette->setFocus();
    palette->setCurrentIndex(palette->kindModel()->indexOf(NodeKind::Limit));
    QTest::keyClick(palette, Qt::Key_Return);
    QCOMPARE(m_document->campaign().nodes.constLast().kind, NodeKind::Limit);
}

// ---- connecting -------------------------------------------------------------------------------

void TestGuiCanvas::portDragConnects()
{
    // send's output → split's input (a new edge: send already goes to done).
    const NodeItem *send = m_view->nodeItem(u"send"_s);
    const NodeItem *split = m_view->nodeItem(u"split"_s);
    QSignalSpy messages(m_view, &FlowView::message);
    drag(viewPos(send->outputPort()), viewPos(split->inputPort()));
    QVERIFY2(messages.isEmpty(), qPrintable(messages.value(0).value(0).toString()));
    QVERIFY(m_document->campaign().edges.contains(Edge{u"send"_s, u"split"_s, {}}));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(!m_scene->isConnecting());
    // Nothing moved: a port drag is not a node drag.
    QCOMPARE(m_document->node(u"send"_s)->position, QPointF(600, 0));
    compareItemsWithDocument();

    // Dropping anywhere on a node's body connects to its input too.
    m_document->undoStack()->undo();
    drag(viewPos(send->outputPort()), viewPos(split->mapToScene(QPointF(110, 50))));
    QVERIFY(m_document->campaign().edges.contains(Edge{u"send"_s, u"split"_s, {}}));
}

void TestGuiCanvas::reverseDragFromInputConnects()
{
    // From split's input back to who's output: who → split.
    const NodeItem *who = m_view->nodeItem(u"who"_s);
    const NodeItem *split = m_view->nodeItem(u"split"_s);
    drag(viewPos(split->inputPort()), viewPos(who->outputPort()));
    QVERIFY(m_document->campaign().edges.contains(Edge{u"who"_s, u"split"_s, {}}));
    compareItemsWithDocument();
}

void TestGuiCanvas::branchPortsConnectYesAndNo()
{
    const NodeItem *split = m_view->nodeItem(u"split"_s);
    const NodeItem *done = m_view->nodeItem(u"done"_s);
    const NodeItem *send = m_view->nodeItem(u"send"_s);
    QVERIFY(split->outputPort(u"yes"_s) != split->outputPort(u"no"_s));
    drag(viewPos(split->outputPort(u"yes"_s)), viewPos(send->inputPort()));
    drag(viewPos(split->outputPort(u"no"_s)), viewPos(done->inputPort()));
    QVERIFY(m_document->campaign().edges.contains(Edge{u"split"_s, u"send"_s, u"yes"_s}));
    QVERIFY(m_document->campaign().edges.contains(Edge{u"split"_s, u"done"_s, u"no"_s}));
    QCOMPARE(m_scene->edgeItem(Edge{u"split"_s, u"send"_s, u"yes"_s})->portLabel(), u"yes"_s);
    compareItemsWithDocument();
}

void TestGuiCanvas::refusedConnection_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("fromOutput");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("toOutput");
    QTest::addColumn<QString>("reason"); // a word the message must contain

    QTest::newRow("into a trigger") << u"send"_s << true << u"start"_s << false << u"trigger"_s;
    QTest::newRow("a cycle") << u"send"_s << true << u"who"_s << false << u"loop"_s;
    QTest::newRow("output to output") << u"who"_s << true << u"split"_s << true << u"output"_s;
    QTest::newRow("input to input") << u"send"_s << false << u"done"_s << false << u"output"_s;
    QTest::newRow("onto itself") << u"who"_s << true << u"who"_s << false << u"itself"_s;
    QTest::newRow("already connected") << u"who"_s << true << u"send"_s << false << u"already"_s;
}

void TestGuiCanvas::refusedConnection()
{
    QFETCH(QString, from);
    QFETCH(bool, fromOutput);
    QFETCH(QString, to);
    QFETCH(bool, toOutput);
    QFETCH(QString, reason);

    const Campaign before = m_document->campaign();
    const NodeItem *source = m_view->nodeItem(from);
    const NodeItem *target = m_view->nodeItem(to);
    const QPointF start = fromOutput ? source->outputPort() : source->inputPort();
    QPointF end = toOutput ? target->outputPort(u"yes"_s) : target->inputPort();
    if (to == u"start"_s) // a trigger has no input port: its body is the target
        end = target->mapToScene(QPointF(20, 50));
    QSignalSpy messages(m_view, &FlowView::message);
    drag(viewPos(start), viewPos(end));
    QCOMPARE(m_document->campaign(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(messages.size(), 1);
    const QString message = messages.at(0).at(0).toString();
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY(!m_scene->isConnecting());
    compareItemsWithDocument();
}

void TestGuiCanvas::hoverShowsWhyRefused()
{
    // Halfway through a drag into the trigger, the hint says why and the band is red.
    const NodeItem *send = m_view->nodeItem(u"send"_s);
    const NodeItem *start = m_view->nodeItem(u"start"_s);
    const NodeItem *split = m_view->nodeItem(u"split"_s);
    QWidget *viewport = m_view->viewport();
    const QPoint from = viewPos(send->outputPort());
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QVERIFY(m_scene->isConnecting());
    auto moveTo = [viewport](const QPoint &at) { Test::moveHolding(viewport, at); };
    moveTo(viewPos(start->mapToScene(QPointF(100, 50))));
    QVERIFY2(m_scene->connectionHintText().contains(u"trigger"_s),
             qPrintable(m_scene->connectionHintText()));
    // Over a valid input: no hint.
    moveTo(viewPos(split->inputPort()));
    QVERIFY(m_scene->connectionHintText().isEmpty());
    // Over empty canvas: no hint either.
    moveTo(viewPos(QPointF(700, 500)));
    QVERIFY(m_scene->connectionHintText().isEmpty());
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, viewPos(QPointF(700, 500)));
    QVERIFY(!m_scene->isConnecting());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

// ---- selecting, moving, deleting ------------------------------------------------------------

void TestGuiCanvas::dragMoveIsOneSnappedUndoStep()
{
    NodeItem *who = m_view->nodeItem(u"who"_s);
    QVERIFY(m_view->snapToGrid());
    const QPointF grab = who->mapToScene(QPointF(110, 60));
    drag(viewPos(grab), viewPos(grab + QPointF(133, 57)));
    QCOMPARE(m_document->undoStack()->count(), 1);
    // 300 + 133 = 433 → 440; 0 + 57 → 60.
    QCOMPARE(m_document->node(u"who"_s)->position, QPointF(440, 60));
    QCOMPARE(who->pos(), QPointF(440, 60));
    compareItemsWithDocument(); // the edges followed

    m_document->undoStack()->undo();
    QCOMPARE(who->pos(), QPointF(300, 0));
    compareItemsWithDocument();

    // Two selected nodes move together, still one step.
    m_view->selectNodes({u"who"_s, u"send"_s});
    drag(viewPos(grab), viewPos(grab + QPointF(0, 100)));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->node(u"who"_s)->position, QPointF(300, 100));
    QCOMPARE(m_document->node(u"send"_s)->position, QPointF(600, 100));

    // A click without moving is no step at all.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(grab));
    QCOMPARE(m_document->undoStack()->count(), 1);

    // The arrow keys move the selection one grid step, one undo step per press.
    m_view->selectNodes({u"done"_s});
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_document->node(u"done"_s)->position, QPointF(920, 20));
    QCOMPARE(m_document->undoStack()->count(), 3);
    compareItemsWithDocument();
}

void TestGuiCanvas::dragWithoutSnapKeepsPosition()
{
    m_view->setSnapToGrid(false);
    QVERIFY(!m_view->snapToGrid());
    const QPointF grab = m_view->nodeItem(u"who"_s)->mapToScene(QPointF(110, 60));
    drag(viewPos(grab), viewPos(grab + QPointF(33, 7)));
    QCOMPARE(m_document->node(u"who"_s)->position, QPointF(333, 7));

    // A drag that snaps back onto where it started changes nothing, and the item follows.
    m_view->setSnapToGrid(true);
    const QPointF grab2 = m_view->nodeItem(u"send"_s)->mapToScene(QPointF(110, 60));
    drag(viewPos(grab2), viewPos(grab2 + QPointF(4, 3)));
    QCOMPARE(m_document->node(u"send"_s)->position, QPointF(600, 0));
    QCOMPARE(m_view->nodeItem(u"send"_s)->pos(), QPointF(600, 0));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestGuiCanvas::rubberBandSelects()
{
    QSignalSpy selection(m_view, &FlowView::selectionChanged);
    // From empty space above-left of "who" to below-right of "send": who, send and the edge.
    drag(viewPos(QPointF(280, -40)), viewPos(QPointF(840, 110)));
    QCOMPARE(m_view->selectedNodeIds(), (QStringList{u"who"_s, u"send"_s}));
    QVERIFY(!selection.isEmpty());
    QCOMPARE(selection.constLast().at(0).toStringList(), (QStringList{u"who"_s, u"send"_s}));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestGuiCanvas::deleteAndUndoRestores()
{
    const Campaign before = m_document->campaign();
    m_view->selectNodes({u"who"_s});
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!m_document->node(u"who"_s));
    QCOMPARE(m_document->campaign().edges.size(), 1); // send → done is left
    compareItemsWithDocument();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->campaign(), before);
    compareItemsWithDocument();

    m_view->selectNodes({u"send"_s, u"done"_s});
    QTest::keyClick(m_view, Qt::Key_Backspace);
    QCOMPARE(m_document->campaign().nodes.size(), 3);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->campaign(), before);
    compareItemsWithDocument();
}

void TestGuiCanvas::deleteSelectedEdge()
{
    const Edge edge{u"who"_s, u"send"_s, {}};
    EdgeItem *item = m_scene->edgeItem(edge);
    QVERIFY(item);
    // Click the middle of the curve to select it.
    const QPointF middle = EdgeItem::curve(item->from(), item->to()).pointAtPercent(0.5);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(middle));
    QVERIFY(item->isSelected());
    QVERIFY(m_view->selectedNodeIds().isEmpty());
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!m_document->campaign().edges.contains(edge));
    QCOMPARE(m_document->campaign().nodes.size(), 5);
    compareItemsWithDocument();

    // A node and an unrelated edge together are one step.
    m_document->undoStack()->undo();
    m_scene->edgeItem(Edge{u"start"_s, u"who"_s, {}})->setSelected(true);
    m_view->nodeItem(u"done"_s)->setSelected(true);
    const int steps = m_document->undoStack()->index();
    m_view->deleteSelection();
    QCOMPARE(m_document->undoStack()->index(), steps + 1);
    QCOMPARE(m_document->campaign().edges.size(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->campaign(), sampleCampaign());
}

void TestGuiCanvas::cutCopyPasteGivesFreshIds()
{
    m_view->selectNodes({u"who"_s, u"send"_s});
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime->hasFormat(u"application/x-hookflow-flow+json"_s));
    QVERIFY(mime->hasText());
    QCOMPARE(mime->text().toUtf8(), mime->data(u"application/x-hookflow-flow+json"_s));

    m_view->paste();
    QCOMPARE(m_document->campaign().nodes.size(), 7);
    const QStringList pasted = m_view->selectedNodeIds();
    QCOMPARE(pasted.size(), 2);
    for (const QString &id : pasted) {
        QVERIFY2(id != u"who"_s && id != u"send"_s, qPrintable(id));
        QVERIFY(m_document->node(id));
    }
    // The edge between them came along, between the copies.
    QVERIFY(m_document->campaign().edges.contains(Edge{pasted.at(0), pasted.at(1), {}}));
    QCOMPARE(m_document->undoStack()->count(), 1);
    compareItemsWithDocument();

    // Cut removes and keeps the clipboard; paste brings them back under free ids.
    m_view->selectNodes({u"done"_s});
    m_view->cut();
    QVERIFY(!m_document->node(u"done"_s));
    m_view->paste();
    QCOMPARE(m_document->campaign().nodes.size(), 7);
    QCOMPARE(m_view->selectedNodeIds().size(), 1);
    compareItemsWithDocument();
}

void TestGuiCanvas::pasteFromPlainText()
{
    // What a text editor puts on the clipboard: a format-1 fragment as plain text.
    const QString fragment = uR"({"format": 1,
        "nodes": [ { "id": "wait", "kind": "delay", "position": [0, 400],
                     "wait": { "amount": 2, "unit": "hours" } },
                   { "id": "bye", "kind": "exit", "position": [300, 400] } ],
        "edges": [ { "from": "wait", "to": "bye" } ] })"_s;
    QGuiApplication::clipboard()->setText(fragment);
    QSignalSpy messages(m_view, &FlowView::message);
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.value(0).value(0).toString()));
    QCOMPARE(m_document->campaign().nodes.size(), 7);
    QCOMPARE(m_view->selectedNodeIds().size(), 2);
    QCOMPARE(m_document->campaign().edges.size(), 4);
    compareItemsWithDocument();
}

void TestGuiCanvas::pasteOfGarbageSaysWhy()
{
    QGuiApplication::clipboard()->setText(u"hello, not a flow"_s);
    QSignalSpy messages(m_view, &FlowView::message);
    m_view->paste();
    QCOMPARE(messages.size(), 1);
    QVERIFY(!messages.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_document->campaign(), sampleCampaign());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestGuiCanvas::duplicateSelectsCopies()
{
    m_view->selectNodes({u"split"_s});
    QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
    const QStringList copies = m_view->selectedNodeIds();
    QCOMPARE(copies.size(), 1);
    QVERIFY(copies.first() != u"split"_s);
    QCOMPARE(m_document->node(copies.first())->kind, NodeKind::Branch);
    QVERIFY(m_document->node(copies.first())->position != m_document->node(u"split"_s)->position);
    QCOMPARE(m_document->undoStack()->count(), 1);
    compareItemsWithDocument();
}

void TestGuiCanvas::autoLayoutLeavesNoOverlaps()
{
    // Pile every node onto one spot, then lay out.
    QHash<QString, QPointF> pile;
    for (const Node &node : m_document->campaign().nodes)
        pile.insert(node.id, QPointF(40, 40));
    m_document->moveNodes(pile);
    m_view->autoLayout();
    const QList<NodeItem *> items = m_view->nodeItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            const QRectF a(items.at(i)->pos(), QSizeF(NodeItem::Width, NodeItem::Height));
            const QRectF b(items.at(j)->pos(), QSizeF(NodeItem::Width, NodeItem::Height));
            QVERIFY2(!a.intersects(b),
                     qPrintable(items.at(i)->nodeId() + u" overlaps "_s + items.at(j)->nodeId()));
        }
    }
    // Left to right along the flow.
    QVERIFY(m_view->nodeItem(u"start"_s)->x() < m_view->nodeItem(u"who"_s)->x());
    QVERIFY(m_view->nodeItem(u"who"_s)->x() < m_view->nodeItem(u"send"_s)->x());
    compareItemsWithDocument();
    m_document->undoStack()->undo();
    compareItemsWithDocument();
}

void TestGuiCanvas::zoomInOutAndFit()
{
    QSignalSpy zooms(m_view, &FlowView::zoomChanged);
    QCOMPARE(m_view->zoom(), 1.0);
    QTest::keyClick(m_view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(m_view->zoom() > 1.0);
    QCOMPARE(zooms.size(), 1);
    QTest::keyClick(m_view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() < 1.0);
    m_view->zoomIn();
    QVERIFY(qFuzzyCompare(m_view->zoom(), 1.0));

    // Ctrl+wheel zooms; a plain wheel scrolls.
    const QPoint centre = m_view->viewport()->rect().center();
    QWheelEvent wheel(QPointF(centre),
                      QPointF(m_view->viewport()->mapToGlobal(centre)),
                      QPoint(),
                      QPoint(0, 120),
                      Qt::NoButton,
                      Qt::ControlModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->zoom() > 1.0);

    // Zoom far in, then Ctrl+0 fits the whole flow into the view again.
    m_view->setZoom(3.0);
    QTest::keyClick(m_view, Qt::Key_0, Qt::ControlModifier);
    const QRect flow = m_view->mapFromScene(m_scene->flowRect()).boundingRect();
    QVERIFY2(m_view->viewport()->rect().contains(flow),
             qPrintable(u"%1 %2"_s.arg(m_view->zoom()).arg(flow.width())));
    QVERIFY(m_view->zoom() <= 1.0);

    // Limits.
    for (int i = 0; i < 40; ++i)
        m_view->zoomOut();
    QVERIFY(m_view->zoom() >= 0.1 - 1e-9);
}

void TestGuiCanvas::itemsFollowUndoRedo()
{
    // Drop, connect, move, delete: after every step and every undo/redo the items match.
    dropKind(NodeKind::Limit, viewPos(QPointF(900, 300)));
    const QString limit = m_document->campaign().nodes.constLast().id;
    const NodeItem *split = m_view->nodeItem(u"split"_s);
    drag(viewPos(split->outputPort(u"yes"_s)), viewPos(m_view->nodeItem(limit)->inputPort()));
    const QPointF grab = m_view->nodeItem(limit)->mapToScene(QPointF(110, 60));
    drag(viewPos(grab), viewPos(grab + QPointF(40, 60)));
    m_view->selectNodes({u"who"_s});
    m_view->deleteSelection();
    QUndoStack *undo = m_document->undoStack();
    QCOMPARE(undo->count(), 4);
    compareItemsWithDocument();
    while (undo->canUndo()) {
        undo->undo();
        compareItemsWithDocument();
    }
    QCOMPARE(m_document->campaign(), sampleCampaign());
    while (undo->canRedo()) {
        undo->redo();
        compareItemsWithDocument();
    }
    QCOMPARE(m_document->campaign().nodes.size(), 5);

    // A reset rebuilds everything.
    m_document->reset(sampleCampaign());
    compareItemsWithDocument();
}

void TestGuiCanvas::badgesFollowDiagnostics()
{
    auto expected = [this](const QString &id) -> std::optional<Diagnostic::Severity> {
        std::optional<Diagnostic::Severity> worst;
        for (const Diagnostic &diagnostic : m_document->diagnostics()) {
            if (diagnostic.nodeId == id && (!worst || diagnostic.isError()))
                worst = diagnostic.severity;
        }
        return worst;
    };
    const QList<NodeItem *> items = m_view->nodeItems();
    bool any = false;
    for (const NodeItem *item : items) {
        QCOMPARE(item->issue(), expected(item->nodeId()));
        any = any || item->issue().has_value();
    }
    QVERIFY2(any, "the sample campaign has a loose branch: something should be flagged");
    // A message of the node's own problems is in its tooltip.
    for (const Diagnostic &diagnostic : m_document->diagnostics()) {
        if (const NodeItem *item = m_view->nodeItem(diagnostic.nodeId))
            QVERIFY2(item->toolTip().contains(diagnostic.message.toHtmlEscaped()),
                     qPrintable(item->toolTip()));
    }
    // After an edit the badges are current again.
    m_view->selectNodes({u"split"_s});
    m_view->deleteSelection();
    for (const NodeItem *item : m_view->nodeItems())
        QCOMPARE(item->issue(), expected(item->nodeId()));
}

void TestGuiCanvas::selectionSignalAndFocus()
{
    QSignalSpy selection(m_view, &FlowView::selectionChanged);
    m_view->focusNode(u"done"_s);
    QCOMPARE(m_view->selectedNodeIds(), QStringList{u"done"_s});
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.at(0).at(0).toStringList(), QStringList{u"done"_s});
    const QRect visible = m_view->viewport()->rect();
    QVERIFY(visible.contains(viewPos(m_view->nodeItem(u"done"_s)->sceneBoundingRect().center())));

    QTest::keyClick(m_view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_view->selectedNodeIds().size(), 5);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, viewPos({700, 600}));
    QVERIFY(m_view->selectedNodeIds().isEmpty());
    QCOMPARE(selection.constLast().at(0).toStringList(), QStringList());
}

void TestGuiCanvas::miniMapPansTheView()
{
    MiniMap *map = m_canvas->miniMap();
    QVERIFY(map->isVisible());
    // In the view's bottom-right corner.
    const QRect viewport = m_view->viewport()->geometry();
    QVERIFY(viewport.contains(map->geometry()));
    QVERIFY(map->geometry().right() > viewport.center().x());
    QVERIFY(map->geometry().bottom() > viewport.center().y());

    m_view->setZoom(2.0);
    m_view->centerOn(QPointF(0, 0));
    const QPointF target(900, 0);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, Qt::NoModifier, map->mapFromScene(target));
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY2(QLineF(centre, target).length() < 40,
             qPrintable(u"%1,%2"_s.arg(centre.x()).arg(centre.y())));
    QVERIFY(map->visibleArea().contains(target));

    m_canvas->setMiniMapVisible(false);
    QVERIFY(!map->isVisible());
    QVERIFY(!m_canvas->isMiniMapVisible());
}

void TestGuiCanvas::middleDragPans()
{
    m_view->setZoom(2.0);
    const QPointF before = m_view->mapToScene(m_view->viewport()->rect().center());
    drag(QPoint(400, 300), QPoint(300, 250), Qt::MiddleButton);
    const QPointF after = m_view->mapToScene(m_view->viewport()->rect().center());
    QCOMPARE(qRound(after.x() - before.x()), 50); // 100 px at 200 %
    QCOMPARE(qRound(after.y() - before.y()), 25);
    QCOMPARE(m_document->undoStack()->count(), 0);

    // Space + left-drag pans too, and does not select or move.
    QTest::keyPress(m_view, Qt::Key_Space);
    const QPoint onNode = viewPos(m_view->nodeItem(u"who"_s)->mapToScene(QPointF(110, 60)));
    drag(onNode, onNode + QPoint(60, 0));
    QTest::keyRelease(m_view, Qt::Key_Space);
    QCOMPARE(m_document->node(u"who"_s)->position, QPointF(300, 0));
    QCOMPARE(m_document->undoStack()->count(), 0);
    const QPointF last = m_view->mapToScene(m_view->viewport()->rect().center());
    QCOMPARE(qRound(after.x() - last.x()), 30);
}

QTEST_MAIN(TestGuiCanvas)
#include "tst_gui_canvas.moc"
