// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/campaigndocument.h"
#include "model/campaignformat.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

Campaign example(const QString &name)
{
    const CampaignLoad load = CampaignFormat::load(
        Test::sourcePath(u"resources/examples/"_s + name + u".hookflow.json"_s));
    return *load.campaign;
}

QRectF rectOf(const QPointF &position)
{
    return QRectF(position, QSizeF(AutoLayout::NodeWidth, AutoLayout::NodeHeight));
}

/// The first pair of nodes whose boxes overlap, as "a/b", or empty.
QString overlap(const QHash<QString, QPointF> &positions)
{
    const QStringList ids = positions.keys();
    for (int i = 0; i < ids.size(); ++i) {
        for (int j = i + 1; j < ids.size(); ++j) {
            if (rectOf(positions.value(ids[i])).intersects(rectOf(positions.value(ids[j]))))
                return ids[i] + u'/' + ids[j];
        }
    }
    return {};
}

using Edit = std::function<void(CampaignDocument &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestCampaignDocument : public QObject
{
    Q_OBJECT

private slots:
    void everyEditUndoesAndRedoes_data();
    void everyEditUndoesAndRedoes();
    void typingMergesPerProperty();
    void removingNodesRemovesTheirEdgesAndUndoRestoresOrder();
    void connectionsAreRefusedWithAReason_data();
    void connectionsAreRefusedWithAReason();
    void renameRefusesBadIds();
    void pasteGivesFreshIds();
    void pasteAcceptsTextFromAnEditorAndRefusesGarbage();
    void autoLayoutLeavesNoOverlaps_data();
    void autoLayoutLeavesNoOverlaps();
    void modifiedFollowsTheCleanState();
    void runningCampaignAsksBeforeAnEdit();
    void buildsExampleAFromNothing();
    void loadKeepsTheDocumentWhenTheFileIsBroken();
    void signalsNameWhatChanged();
};

void TestCampaignDocument::everyEditUndoesAndRedoes_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("add node") << Edit([](CampaignDocument &d) {
        d.addNode(NodeKind::Delay, {40, 300});
    });
    QTest::newRow("remove nodes with edges")
        << Edit([](CampaignDocument &d) { d.removeNodes({u"who"_s}); });
    QTest::newRow("move") << Edit([](CampaignDocument &d) {
        d.moveNodes({{u"start"_s, QPointF(-100, 40)}, {u"alimtalk"_s, QPointF(600, 200)}});
    });
    QTest::newRow("update node") << Edit([](CampaignDocument &d) {
        Node node = *d.node(u"alimtalk"_s);
        node.request.url = u"https://hooks.example.org/x"_s;
        d.updateNode(node, u"url"_s);
    });
    QTest::newRow("rename") << Edit([](CampaignDocument &d) {
        QVERIFY(d.renameNode(u"who"_s, u"opted-in"_s).ok());
        QVERIFY(d.campaign().edges.contains(Edge{u"start"_s, u"opted-in"_s, {}}));
        QVERIFY(d.campaign().edges.contains(Edge{u"opted-in"_s, u"alimtalk"_s, {}}));
    });
    QTest::newRow("connect") << Edit([](CampaignDocument &d) {
        const QString exit = d.addNode(NodeKind::Exit, {800, 0});
        QVERIFY(d.connectNodes(u"alimtalk"_s, exit).ok());
    });
    QTest::newRow("remove edge") << Edit(
        [](CampaignDocument &d) { d.removeEdges({d.campaign().edges.first()}); });
    QTest::newRow("title") << Edit([](CampaignDocument &d) {
        d.setField(CampaignDocument::Field::Title, u"가격 인하 알림"_s);
    });
    QTest::newRow("status") << Edit(
        [](CampaignDocument &d) { d.setStatus(CampaignStatus::Paused); });
    QTest::newRow("paste") << Edit([](CampaignDocument &d) {
        QVERIFY(d.paste(d.copy({u"who"_s, u"alimtalk"_s}), {0, 200}).ok());
    });
    QTest::newRow("cut") << Edit([](CampaignDocument &d) { d.cut({u"alimtalk"_s}); });
    QTest::newRow("duplicate") << Edit(
        [](CampaignDocument &d) { QCOMPARE(d.duplicate({u"alimtalk"_s}).size(), 1); });
    QTest::newRow("auto-layout") << Edit([](CampaignDocument &d) { d.autoLayout(); });
}

void TestCampaignDocument::everyEditUndoesAndRedoes()
{
    QFETCH(Edit, edit);
    CampaignDocument document;
    document.reset(example(u"price-drop-alert"_s));
    const Campaign before = document.campaign();
    edit(document);
    const Campaign after = document.campaign();
    QVERIFY(after != before);
    QVERIFY(document.undoStack()->canUndo());
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.campaign(), before);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(document.campaign(), after);
}

void TestCampaignDocument::typingMergesPerProperty()
{
    CampaignDocument document;
    document.reset(example(u"price-drop-alert"_s));
    const Node original = *document.node(u"alimtalk"_s);
    Node node = original;
    for (const QString &url : {u"h"_s, u"ht"_s, u"htt"_s, u"http://127.0.0.1/x"_s}) {
        node.request.url = url;
        document.updateNode(node, u"url"_s);
    }
    QCOMPARE(document.undoStack()->count(), 1);
    node.request.body = u"{}"_s;
    document.updateNode(node, u"body"_s);
    QCOMPARE(document.undoStack()->count(), 2);
    // Back to the URL: a new step, because the body was edited in between.
    node.request.url = u"http://127.0.0.1/y"_s;
    document.updateNode(node, u"url"_s);
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.node(u"alimtalk"_s)->request.url, u"http://127.0.0.1/x"_s);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(*document.node(u"alimtalk"_s), original);

    // Typing and deleting it again leaves no step behind.
    const QString title = document.campaign().title;
    document.setField(CampaignDocument::Field::Title, title + u"!"_s);
    document.setField(CampaignDocument::Field::Title, title);
    QCOMPARE(document.undoStack()->index(), 0);
    QCOMPARE(document.campaign(), example(u"price-drop-alert"_s));
}

void TestCampaignDocument::removingNodesRemovesTheirEdgesAndUndoRestoresOrder()
{
    CampaignDocument document;
    document.reset(example(u"re-engagement"_s));
    const Campaign before = document.campaign();
    const QString middle = before.edges.at(1).to;
    document.removeNodes({middle, before.nodes.first().id});
    for (const Edge &edge : document.campaign().edges) {
        QVERIFY(edge.from != middle && edge.to != middle);
        QVERIFY(edge.from != before.nodes.first().id);
    }
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.campaign(), before);
}

void TestCampaignDocument::connectionsAreRefusedWithAReason_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("reason");
    QTest::newRow("to itself") << u"who"_s << u"who"_s << QString() << u"itself"_s;
    QTest::newRow("into the trigger") << u"alimtalk"_s << u"start"_s << QString() << u"trigger"_s;
    QTest::newRow("a loop") << u"alimtalk"_s << u"who"_s << QString() << u"loop"_s;
    QTest::newRow("twice") << u"start"_s << u"who"_s << QString() << u"already"_s;
    QTest::newRow("unknown node") << u"start"_s << u"nobody"_s << QString() << u"nobody"_s;
    QTest::newRow("port on a plain node") << u"start"_s << u"alimtalk"_s << u"yes"_s << u"branch"_s;
    QTest::newRow("from an exit") << u"end"_s << u"alimtalk"_s << QString() << u"exit"_s;
    QTest::newRow("branch without port") << u"split"_s << u"alimtalk"_s << QString() << u"yes"_s;
}

void TestCampaignDocument::connectionsAreRefusedWithAReason()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, port);
    QFETCH(QString, reason);
    CampaignDocument document;
    Campaign campaign = example(u"price-drop-alert"_s);
    Node exit = CampaignDocument::defaultNode(NodeKind::Exit);
    exit.id = u"end"_s;
    Node branch = CampaignDocument::defaultNode(NodeKind::Branch);
    branch.id = u"split"_s;
    campaign.nodes << exit << branch;
    document.reset(campaign);
    const Result<void> connected = document.connectNodes(from, to, port);
    QVERIFY(!connected.ok());
    QVERIFY2(connected.error().message.contains(reason), qPrintable(connected.error().message));
    QCOMPARE(document.connectionProblem(from, to, port), connected.error().message);
    QCOMPARE(document.campaign(), campaign);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestCampaignDocument::renameRefusesBadIds()
{
    CampaignDocument document;
    document.reset(example(u"price-drop-alert"_s));
    const Campaign before = document.campaign();
    QSignalSpy renamed(&document, &CampaignDocument::nodeRenamed);
    for (const QString &bad : {QString(), u"alimtalk"_s, u"has space"_s, u"-dash"_s, u"a/b"_s}) {
        QVERIFY2(!document.renameNode(u"who"_s, bad).ok(), qPrintable(bad));
        QCOMPARE(document.campaign(), before);
    }
    QVERIFY(!document.renameNode(u"nobody"_s, u"x"_s).ok());
    QCOMPARE(renamed.count(), 0);
    QVERIFY(document.renameNode(u"who"_s, u"고객"_s).ok()
            == false); // ids stay ASCII for URLs and logs
    QVERIFY(document.renameNode(u"who"_s, u"who_v2.1"_s).ok());
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(renamed.first().at(1).toString(), u"who_v2.1"_s);
    document.undoStack()->undo();
    QCOMPARE(document.campaign(), before);
    QCOMPARE(renamed.count(), 2);
}

void TestCampaignDocument::pasteGivesFreshIds()
{
    CampaignDocument document;
    document.reset(example(u"price-drop-alert"_s));
    const QByteArray copied = document.copy({u"who"_s, u"alimtalk"_s});
    const Result<QStringList> pasted = document.paste(copied, {0, 200});
    QVERIFY(pasted.ok());
    QCOMPARE(*pasted, QStringList({u"who-2"_s, u"alimtalk-2"_s}));
    QVERIFY(document.campaign().edges.contains(Edge{u"who-2"_s, u"alimtalk-2"_s, {}}));
    QCOMPARE(document.node(u"who-2"_s)->rules, document.node(u"who"_s)->rules);
    QCOMPARE(document.node(u"who-2"_s)->position,
             document.node(u"who"_s)->position + QPointF(0, 200));
    // The edge into the copy from outside it stays behind; the original edges are untouched.
    QCOMPARE(document.campaign().edges.size(), example(u"price-drop-alert"_s).edges.size() + 1);

    // Pasting the same again gets yet other ids, never one that is taken.
    const Result<QStringList> again = document.paste(copied);
    QVERIFY(again.ok());
    QCOMPARE(*again, QStringList({u"who-3"_s, u"alimtalk-3"_s}));
    QSet<QString> ids;
    for (const Node &node : document.campaign().nodes) {
        QVERIFY2(!ids.contains(node.id), qPrintable(node.id));
        ids.insert(node.id);
    }
}

void TestCampaignDocument::pasteAcceptsTextFromAnEditorAndRefusesGarbage()
{
    CampaignDocument document;
    document.reset(example(u"price-drop-alert"_s));
    const Campaign before = document.campaign();
    const QByteArray typed = Test::readFile(
        QStringLiteral(HOOKFLOW_TEST_DATA "/campaigns/fragment.json"));
    const Result<QStringList> pasted = document.paste(typed);
    QVERIFY2(pasted.ok(), pasted.ok() ? "" : qPrintable(pasted.error().message));
    QCOMPARE(pasted->size(), 2);
    QCOMPARE(document.node(pasted->first())->kind, NodeKind::Delay);

    document.reset(before);
    for (const QByteArray &garbage :
         {QByteArray("hello"),
          QByteArray("{\"format\": 1, \"nodes\": [{\"id\": \"x\", "
                     "\"kind\": \"teleport\"}], \"edges\": []}"),
          QByteArray("{\"format\": 1, \"nodes\": [], \"edges\": []}"),
          QByteArray("{\"format\": 9, \"nodes\": [], \"edges\": []}")}) {
        const Result<QStringList> refused = document.paste(garbage);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(document.campaign(), before);
        QCOMPARE(document.undoStack()->count(), 0);
    }
    const Result<QStringList> teleport = document.paste(
        "{\"format\": 1, \"nodes\": [{\"id\": \"x\", \"kind\": \"teleport\"}], \"edges\": []}");
    QVERIFY2(teleport.error().message.contains(u"clipboard:1:"_s),
             qPrintable(teleport.error().message));
    QVERIFY(teleport.error().message.contains(u"teleport"_s));
}

void TestCampaignDocument::autoLayoutLeavesNoOverlaps_data()
{
    QTest::addColumn<Campaign>("campaign");
    QTest::newRow("price-drop alert") << example(u"price-drop-alert"_s);
    QTest::newRow("review points") << example(u"review-points"_s);
    QTest::newRow("re-engagement") << example(u"re-engagement"_s);

    // A random flow of 200 nodes piled on one spot, with fan-out, joins and loose nodes.
    QRandomGenerator random(7);
    Campaign big;
    big.key = u"big"_s;
    big.title = u"big"_s;
    for (int i = 0; i < 200; ++i) {
        Node node = CampaignDocument::defaultNode(i == 0 ? NodeKind::Trigger : NodeKind::Webhook);
        node.id = u"n%1"_s.arg(i);
        big.nodes.append(node);
        if (i > 0 && random.bounded(10) > 0)
            big.edges.append({u"n%1"_s.arg(random.bounded(i)), node.id, {}});
    }
    QTest::newRow("200 random nodes") << big;
}

void TestCampaignDocument::autoLayoutLeavesNoOverlaps()
{
    QFETCH(Campaign, campaign);
    CampaignDocument document;
    document.reset(campaign);
    document.autoLayout();
    QHash<QString, QPointF> positions;
    for (const Node &node : document.campaign().nodes) {
        positions.insert(node.id, node.position);
        QCOMPARE(std::fmod(node.position.x(), 20.0), 0.0);
        QCOMPARE(std::fmod(node.position.y(), 20.0), 0.0);
    }
    QCOMPARE(overlap(positions), QString());
    // Every edge goes left to right.
    for (const Edge &edge : document.campaign().edges)
        QVERIFY(positions.value(edge.from).x() < positions.value(edge.to).x());
    QVERIFY(document.undoStack()->count() <= 1);
}

void TestCampaignDocument::modifiedFollowsTheCleanState()
{
    QTemporaryDir folder;
    CampaignDocument document;
    QSignalSpy modified(&document, &CampaignDocument::modifiedChanged);
    document.reset(example(u"price-drop-alert"_s), u"/nowhere/x.hookflow.json"_s);
    QVERIFY(!document.isModified());
    document.setField(CampaignDocument::Field::Description, u"changed"_s);
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    const QString file = folder.filePath(u"saved.hookflow.json"_s);
    QVERIFY(document.save(file).ok());
    QVERIFY(!document.isModified());
    QCOMPARE(document.fileName(), file);
    QCOMPARE(CampaignFormat::load(file).campaign->description, u"changed"_s);
    // Undo after saving differs from the file again.
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    // A recovered campaign is not what its file holds.
    document.reset(example(u"price-drop-alert"_s), file, true);
    QVERIFY(document.isModified());
    // Saving to a folder that does not exist fails and keeps the document modified.
    QVERIFY(!document.save(folder.filePath(u"missing/x.hookflow.json"_s)).ok());
    QVERIFY(document.isModified());
    QCOMPARE(document.fileName(), file);
}

void TestCampaignDocument::runningCampaignAsksBeforeAnEdit()
{
    CampaignDocument document;
    Campaign campaign = example(u"price-drop-alert"_s);
    campaign.status = CampaignStatus::Running;
    document.reset(campaign);
    int asked = 0;
    document.setRunningEditGate([&] {
        ++asked;
        return false;
    });
    document.setField(CampaignDocument::Field::Title, u"no"_s);
    QCOMPARE(asked, 1);
    QCOMPARE(document.campaign(), campaign);
    QVERIFY(document.addNode(NodeKind::Exit, {}).isEmpty());
    QVERIFY(!document.paste(document.copy({u"who"_s})).ok());
    QCOMPARE(document.campaign(), campaign);

    document.setRunningEditGate([&] {
        ++asked;
        document.setStatus(CampaignStatus::Paused);
        return true;
    });
    document.setField(CampaignDocument::Field::Title, u"yes"_s);
    QCOMPARE(document.campaign().status, CampaignStatus::Paused);
    QCOMPARE(document.campaign().title, u"yes"_s);
    QCOMPARE(document.undoStack()->count(), 2);
    // Paused: no more questions.
    const int before = asked;
    document.setField(CampaignDocument::Field::Title, u"yes!"_s);
    QCOMPARE(asked, before);
}

void TestCampaignDocument::buildsExampleAFromNothing()
{
    const Campaign target = example(u"price-drop-alert"_s);
    CampaignDocument document;
    Campaign empty = CampaignDocument::emptyCampaign();
    document.reset(empty);
    document.setField(CampaignDocument::Field::Key, target.key);
    document.setField(CampaignDocument::Field::Title, target.title);
    document.setField(CampaignDocument::Field::Description, target.description);
    QStringList ids;
    for (const Node &wanted : target.nodes) {
        const QString id = document.addNode(wanted.kind, wanted.position);
        Node node = wanted;
        node.id = id;
        document.updateNode(node, u"all"_s);
        ids.append(id);
    }
    // The palette names nodes after their kind; compare with the example's ids put back.
    Campaign built = document.campaign();
    for (int i = 0; i < built.nodes.size(); ++i)
        built.nodes[i].id = target.nodes.at(i).id;
    for (const Edge &edge : target.edges) {
        const int from = int(std::find_if(target.nodes.cbegin(),
                                          target.nodes.cend(),
                                          [&](const Node &n) { return n.id == edge.from; })
                             - target.nodes.cbegin());
        const int to = int(std::find_if(target.nodes.cbegin(),
                                        target.nodes.cend(),
                                        [&](const Node &n) { return n.id == edge.to; })
                           - target.nodes.cbegin());
        QVERIFY(document.connectNodes(ids.at(from), ids.at(to), edge.port).ok());
    }
    built.edges.clear();
    for (const Edge &edge : target.edges)
        built.edges.append(edge);
    QCOMPARE(built, target);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.campaign(), empty);
}

void TestCampaignDocument::loadKeepsTheDocumentWhenTheFileIsBroken()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"broken.hookflow.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": 1, \"key\": \"x\",\n \"title\": 5}");
    out.close();
    CampaignDocument document;
    document.reset(example(u"price-drop-alert"_s));
    const Campaign before = document.campaign();
    Diagnostics diagnostics;
    const Result<void> loaded = document.load(file, &diagnostics);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(u"broken.hookflow.json:2:"_s),
             qPrintable(loaded.error().message));
    QVERIFY(!diagnostics.isEmpty());
    QCOMPARE(document.campaign(), before);
}

void TestCampaignDocument::signalsNameWhatChanged()
{
    CampaignDocument document;
    document.reset(example(u"price-drop-alert"_s));
    QSignalSpy added(&document, &CampaignDocument::nodeAdded);
    QSignalSpy removed(&document, &CampaignDocument::nodeRemoved);
    QSignalSpy changedNode(&document, &CampaignDocument::nodeChanged);
    QSignalSpy edgeAdded(&document, &CampaignDocument::edgeAdded);
    QSignalSpy edgeRemoved(&document, &CampaignDocument::edgeRemoved);
    QSignalSpy changed(&document, &CampaignDocument::changed);
    const QString id = document.addNode(NodeKind::Exit, {800, 0});
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), id);
    QVERIFY(document.connectNodes(u"alimtalk"_s, id).ok());
    QCOMPARE(edgeAdded.count(), 1);
    document.moveNodes({{id, QPointF(820, 20)}});
    QCOMPARE(changedNode.count(), 1);
    document.removeNodes({id});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(edgeRemoved.count(), 1);
    QCOMPARE(changed.count(), 4);
    // Diagnostics are current when changed() arrives: an empty webhook URL is an error.
    Node webhook = *document.node(u"alimtalk"_s);
    webhook.request.url.clear();
    document.updateNode(webhook, u"url"_s);
    QVERIFY(
        std::any_of(document.diagnostics().cbegin(),
                    document.diagnostics().cend(),
                    [](const Diagnostic &d) { return d.nodeId == "alimtalk"_L1 && d.isError(); }));
}

QTEST_GUILESS_MAIN(TestCampaignDocument)
#include "tst_campaigndocument.moc"
