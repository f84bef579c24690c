// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowscene.h"

#include "edgeitem.h"
#include "minimap.h"
#include "model/campaigndocument.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPalette>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr qreal SceneMargin = 400;
/// Below this many screen pixels between dots the grid turns into noise: it is not drawn.
constexpr qreal MinDotSpacing = 8;

QString edgeKey(const Edge &edge)
{
    return edge.from + u'\n' + edge.port + u'\n' + edge.to;
}

QColor validColor()
{
    return QColor(0x2e, 0xa0, 0x4f);
}

QColor refusedColor()
{
    return QColor(0xd0, 0x30, 0x30);
}

} // namespace

/// The reason a connection is refused, next to the cursor; always the same size on screen.
class ConnectionHint final : public QGraphicsItem
{
public:
    ConnectionHint()
    {
        setFlag(ItemIgnoresTransformations);
        setZValue(4);
    }

    QString text() const { return m_text; }
    void setText(const QString &text)
    {
        if (text == m_text)
            return;
        prepareGeometryChange();
        m_text = text;
        const QFontMetricsF metrics(font());
        m_rect = metrics.boundingRect(QRectF(0, 0, 320, 1000), Qt::TextWordWrap, m_text)
                     .adjusted(-6, -4, 6, 4)
                     .translated(16, 18);
        setVisible(!m_text.isEmpty());
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget) override
    {
        // Only the view being dragged in shows it, not the minimap.
        if (widget && qobject_cast<MiniMap *>(widget->parentWidget()))
            return;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(refusedColor(), 1));
        painter->setBrush(scene() ? scene()->palette().color(QPalette::ToolTipBase) : Qt::white);
        painter->drawRoundedRect(m_rect, 4, 4);
        painter->setFont(font());
        painter->setPen(scene() ? scene()->palette().color(QPalette::ToolTipText) : Qt::black);
        painter->drawText(m_rect.adjusted(6, 4, -6, -4), Qt::TextWordWrap, m_text);
    }

private:
    QFont font() const { return scene() ? scene()->font() : QFont(); }

    QString m_text;
    QRectF m_rect;
};

FlowScene::FlowScene(CampaignDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    // Nodes move one drag at a time and most of the time nothing moves: the BSP index pays off
    // for hit tests and partial repaints of a big flow.
    setItemIndexMethod(BspTreeIndex);

    m_band = new QGraphicsPathItem;
    m_band->setZValue(3);
    m_band->setVisible(false);
    addItem(m_band);
    m_hint = new ConnectionHint;
    m_hint->setVisible(false);
    addItem(m_hint);

    connect(document, &CampaignDocument::documentReset, this, &FlowScene::rebuild);
    connect(document, &CampaignDocument::nodeAdded, this, &FlowScene::addNodeItem);
    connect(document, &CampaignDocument::nodeRemoved, this, &FlowScene::removeNodeItem);
    connect(document, &CampaignDocument::nodeChanged, this, &FlowScene::updateNodeItem);
    connect(document, &CampaignDocument::nodeRenamed, this, &FlowScene::renameNodeItem);
    connect(document, &CampaignDocument::edgeAdded, this, &FlowScene::addEdgeItem);
    connect(document, &CampaignDocument::edgeRemoved, this, &FlowScene::removeEdgeItem);
    connect(document, &CampaignDocument::changed, this, [this] {
        refreshIssues();
        updateSceneRect();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_quietSelection)
            emit nodeSelectionChanged(selectedNodeIds());
    });
    rebuild();
}

FlowScene::~FlowScene()
{
    // QGraphicsScene's destructor deletes the items after our members are gone; the selection
    // it changes on the way must not reach them.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    ++m_quietSelection;
    qDeleteAll(m_edges);
    qDeleteAll(m_nodes);
    m_edges.clear();
    m_nodes.clear();
    m_nodeEdges.clear();
}

QList<NodeItem *> FlowScene::nodeItems() const
{
    QList<NodeItem *> result;
    result.reserve(m_nodes.size());
    for (const Node &node : m_document->campaign().nodes) {
        if (NodeItem *item = m_nodes.value(node.id))
            result.append(item);
    }
    return result;
}

EdgeItem *FlowScene::edgeItem(const Edge &edge) const
{
    return m_edges.value(edgeKey(edge));
}

QList<EdgeItem *> FlowScene::edgeItems() const
{
    QList<EdgeItem *> result;
    result.reserve(m_edges.size());
    for (const Edge &edge : m_document->campaign().edges) {
        if (EdgeItem *item = m_edges.value(edgeKey(edge)))
            result.append(item);
    }
    return result;
}

QStringList FlowScene::selectedNodeIds() const
{
    QStringList ids;
    for (const Node &node : m_document->campaign().nodes) {
        const NodeItem *item = m_nodes.value(node.id);
        if (item && item->isSelected())
            ids.append(node.id);
    }
    return ids;
}

QList<Edge> FlowScene::selectedEdges() const
{
    QList<Edge> edges;
    for (const Edge &edge : m_document->campaign().edges) {
        const EdgeItem *item = m_edges.value(edgeKey(edge));
        if (item && item->isSelected())
            edges.append(edge);
    }
    return edges;
}

void FlowScene::selectNodes(const QStringList &ids)
{
    // One selectionChanged for the whole change, not one per item.
    const QStringList before = selectedNodeIds();
    ++m_quietSelection;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected)
        item->setSelected(false);
    for (const QString &id : ids) {
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    }
    --m_quietSelection;
    const QStringList after = selectedNodeIds();
    if (after != before || !selected.isEmpty())
        emit nodeSelectionChanged(after);
}

void FlowScene::selectAll()
{
    const QStringList before = selectedNodeIds();
    ++m_quietSelection;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setSelected(true);
    for (EdgeItem *item : std::as_const(m_edges))
        item->setSelected(true);
    --m_quietSelection;
    const QStringList after = selectedNodeIds();
    if (after != before)
        emit nodeSelectionChanged(after);
}

QPointF FlowScene::snapped(const QPointF &point) const
{
    if (!m_snap)
        return point;
    return QPointF(std::round(point.x() / GridStep) * GridStep,
                   std::round(point.y() / GridStep) * GridStep);
}

QRectF FlowScene::flowRect() const
{
    QRectF rect;
    for (const NodeItem *item : m_nodes)
        rect = rect.united(item->sceneBoundingRect());
    for (const EdgeItem *item : m_edges)
        rect = rect.united(item->sceneBoundingRect());
    return rect;
}

void FlowScene::rebuild()
{
    cancelConnection();
    m_pressPositions.clear();
    ++m_quietSelection;
    for (NodeItem *item : std::as_const(m_nodes))
        delete item;
    for (EdgeItem *item : std::as_const(m_edges))
        delete item;
    m_nodes.clear();
    m_edges.clear();
    m_nodeEdges.clear();

    const Campaign &campaign = m_document->campaign();
    m_nodes.reserve(campaign.nodes.size());
    for (const Node &node : campaign.nodes) {
        auto *item = new NodeItem(node);
        addItem(item);
        m_nodes.insert(node.id, item);
    }
    m_edges.reserve(campaign.edges.size());
    for (const Edge &edge : campaign.edges)
        addEdgeItem(edge);
    --m_quietSelection;
    refreshIssues();
    updateSceneRect();
    emit nodeSelectionChanged({});
}

void FlowScene::addNodeItem(const QString &id)
{
    const Node *node = m_document->node(id);
    if (!node || m_nodes.contains(id))
        return;
    auto *item = new NodeItem(*node);
    addItem(item);
    m_nodes.insert(id, item);
}

void FlowScene::removeNodeItem(const QString &id)
{
    // The document removes a node's edges first; whatever is left would dangle.
    const QList<EdgeItem *> edges = m_nodeEdges.value(id);
    for (const EdgeItem *edge : edges)
        removeEdgeItem(edge->edge());
    m_nodeEdges.remove(id);
    if (m_highlightedId == id)
        m_highlightedId.clear();
    if (m_connectFrom && m_connectFrom->nodeId == id)
        cancelConnection();
    m_pressPositions.remove(id);
    delete m_nodes.take(id);
}

void FlowScene::updateNodeItem(const QString &id)
{
    NodeItem *item = m_nodes.value(id);
    const Node *node = m_document->node(id);
    if (item && node)
        item->setNode(*node); // moving it moves its edges too (nodeItemMoved)
}

void FlowScene::renameNodeItem(const QString &oldId, const QString &newId)
{
    // Items are keyed by id: the renamed node and its edges are built again under the new id.
    const NodeItem *old = m_nodes.value(oldId);
    const bool selected = old && old->isSelected();
    ++m_quietSelection;
    removeNodeItem(oldId);
    addNodeItem(newId);
    for (const Edge &edge : m_document->campaign().edges) {
        if (edge.from == newId || edge.to == newId)
            addEdgeItem(edge);
    }
    if (NodeItem *item = m_nodes.value(newId))
        item->setSelected(selected);
    --m_quietSelection;
    refreshIssues();
    if (selected)
        emit nodeSelectionChanged(selectedNodeIds());
}

void FlowScene::addEdgeItem(const Edge &edge)
{
    const QString key = edgeKey(edge);
    const NodeItem *from = m_nodes.value(edge.from);
    const NodeItem *to = m_nodes.value(edge.to);
    if (!from || !to || m_edges.contains(key))
        return; // a dangling edge is an Issue, not something to draw
    auto *item = new EdgeItem(edge, from->outputPort(edge.port), to->inputPort());
    addItem(item);
    m_edges.insert(key, item);
    m_nodeEdges[edge.from].append(item);
    if (edge.to != edge.from)
        m_nodeEdges[edge.to].append(item);
}

void FlowScene::removeEdgeItem(const Edge &edge)
{
    EdgeItem *item = m_edges.take(edgeKey(edge));
    if (!item)
        return;
    m_nodeEdges[edge.from].removeOne(item);
    m_nodeEdges[edge.to].removeOne(item);
    delete item;
}

void FlowScene::nodeItemMoved(NodeItem *item)
{
    const auto it = m_nodeEdges.constFind(item->nodeId());
    if (it == m_nodeEdges.cend())
        return;
    for (EdgeItem *edge : *it) {
        const NodeItem *from = m_nodes.value(edge->edge().from);
        const NodeItem *to = m_nodes.value(edge->edge().to);
        if (from && to)
            edge->setEnds(from->outputPort(edge->edge().port), to->inputPort());
    }
}

void FlowScene::refreshIssues()
{
    struct Issues
    {
        std::optional<Diagnostic::Severity> worst;
        QStringList messages;
    };
    QHash<QString, Issues> byNode;
    for (const Diagnostic &diagnostic : m_document->diagnostics()) {
        if (diagnostic.nodeId.isEmpty())
            continue;
        Issues &issues = byNode[diagnostic.nodeId];
        issues.messages.append(diagnostic.message);
        if (!issues.worst || diagnostic.isError())
            issues.worst = diagnostic.severity;
    }
    for (NodeItem *item : std::as_const(m_nodes)) {
        const Issues issues = byNode.value(item->nodeId());
        item->setIssue(issues.worst, issues.messages.join(u'\n'));
    }
}

void FlowScene::updateSceneRect()
{
    // Room around the flow to drop and drag into; the rectangle grows with the flow.
    QRectF rect = flowRect();
    if (rect.isNull())
        rect = QRectF(0, 0, NodeItem::Width, NodeItem::Height);
    setSceneRect(rect.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void FlowScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Base));
    const qreal scale = painter->worldTransform().m11();
    if (scale * GridStep < MinDotSpacing)
        return;
    // A dot grid, faint enough to read as texture rather than content. Small squares without
    // antialiasing: a round-capped pen would stroke a path per dot, thousands per frame.
    QColor dot = palette().color(QPalette::Text);
    dot.setAlphaF(0.13f);
    const qreal size = 2 / scale; // two device pixels
    const qreal left = std::floor(rect.left() / GridStep) * GridStep;
    const qreal top = std::floor(rect.top() / GridStep) * GridStep;
    QList<QRectF> dots;
    dots.reserve(qsizetype((rect.width() / GridStep + 2) * (rect.height() / GridStep + 2)));
    for (qreal x = left; x <= rect.right(); x += GridStep) {
        for (qreal y = top; y <= rect.bottom(); y += GridStep)
            dots.append(QRectF(x - size / 2, y - size / 2, size, size));
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawRects(dots.constData(), int(dots.size()));
    painter->restore();
}

// ---- moving and connecting ----------------------------------------------------------------

void FlowScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_connectFrom) {
        const QList<QGraphicsItem *> under = items(event->scenePos());
        for (QGraphicsItem *item : under) {
            auto *node = qgraphicsitem_cast<NodeItem *>(item);
            if (!node)
                continue;
            if (const std::optional<PortRef> port = node->portAt(event->scenePos())) {
                m_connectFrom = port;
                m_band->setPath({});
                m_band->setVisible(true);
                updateConnection(event->scenePos());
                event->accept();
                return;
            }
            break; // the topmost node decides
        }
    }

    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    if (event->button() != Qt::LeftButton || !mouseGrabberItem())
        return;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (const auto *node = qgraphicsitem_cast<NodeItem *>(item))
            m_pressPositions.insert(node->nodeId(), node->pos());
    }
}

void FlowScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        updateConnection(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void FlowScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        if (event->button() == Qt::LeftButton)
            finishConnection(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_pressPositions.isEmpty())
        return;

    // The live movement was only visual: one moveNodes() makes the drag one undo step.
    const QHash<QString, QPointF> before = std::exchange(m_pressPositions, {});
    QHash<QString, QPointF> after;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const NodeItem *item = m_nodes.value(it.key());
        if (!item || item->pos() == it.value())
            continue;
        after.insert(it.key(), snapped(item->pos()));
    }
    if (after.isEmpty())
        return;
    m_document->moveNodes(after);
    // Whatever the document made of it (snapped back onto the start, refused while running),
    // the items show what it holds.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        NodeItem *item = m_nodes.value(it.key());
        const Node *node = m_document->node(it.key());
        if (item && node && item->pos() != node->position)
            item->setPos(node->position);
    }
}

FlowScene::Target FlowScene::targetAt(const QPointF &scenePos) const
{
    Target target;
    if (!m_connectFrom)
        return target;
    const QList<QGraphicsItem *> under = items(scenePos);
    for (QGraphicsItem *item : under) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            target.item = node;
            break;
        }
    }
    if (!target.item)
        return target;

    const PortRef &origin = *m_connectFrom;
    const bool forward = origin.isOutput();
    const std::optional<PortRef> onPort = target.item->portAt(scenePos);
    if (onPort && *onPort == origin)
        return {}; // still on the port the drag started from
    const QString nodeId = target.item->nodeId();

    if (onPort && onPort->isOutput() == origin.isOutput()) {
        target.port = onPort;
        target.problem = forward ? tr("edges go from an output to an input: drop on a node's "
                                      "input port, on its left side")
                                 : tr("edges go from an output to an input: drop on a node's "
                                      "output port, on its right side");
        return target;
    }
    if (forward) {
        target.port = PortRef{nodeId, PortRef::Side::Input, {}};
        target.edge = Edge{origin.nodeId, nodeId, origin.port};
    } else {
        const Node &node = target.item->node();
        QString port;
        if (onPort && onPort->isOutput()) {
            port = onPort->port;
        } else if (node.kind == NodeKind::Branch) {
            target.problem = tr("connect from the branch's \"yes\" or \"no\" output");
            return target;
        }
        target.port = PortRef{nodeId, PortRef::Side::Output, port};
        target.edge = Edge{nodeId, origin.nodeId, port};
    }
    if (!target.item->ports().contains(*target.port))
        target.port.reset(); // a trigger's input, an exit's output: nothing to light up
    target.problem = m_document->connectionProblem(target.edge.from,
                                                   target.edge.to,
                                                   target.edge.port);
    return target;
}

void FlowScene::updateConnection(const QPointF &scenePos)
{
    const NodeItem *originItem = m_nodes.value(m_connectFrom->nodeId);
    if (!originItem) {
        cancelConnection();
        return;
    }
    const Target target = targetAt(scenePos);
    const bool valid = target.item && !target.problem;

    clearHighlight();
    QColor color = palette().color(QPalette::Text);
    if (target.item) {
        color = valid ? validColor() : refusedColor();
        if (target.port) {
            target.item->setPortHighlight(target.port, color);
            m_highlightedId = target.item->nodeId();
        }
    }
    const QPointF anchor = originItem->portPosition(*m_connectFrom);
    // Snap the loose end onto the port it would connect to.
    QPointF end = scenePos;
    if (valid && target.port)
        end = target.item->portPosition(*target.port);
    m_band->setPath(m_connectFrom->isOutput() ? EdgeItem::curve(anchor, end)
                                              : EdgeItem::curve(end, anchor));
    m_band->setPen(QPen(color, 2, Qt::DashLine, Qt::RoundCap));

    m_hint->setText(target.problem ? *target.problem : QString());
    m_hint->setPos(scenePos);
}

void FlowScene::finishConnection(const QPointF &scenePos)
{
    const Target target = targetAt(scenePos);
    cancelConnection();
    if (!target.item)
        return; // dropped on empty canvas or on its own port: nothing was asked
    if (target.problem) {
        emit message(*target.problem);
        return;
    }
    const Result<void> result = m_document->connectNodes(target.edge.from,
                                                         target.edge.to,
                                                         target.edge.port);
    if (!result)
        emit message(result.error().message);
}

void FlowScene::cancelConnection()
{
    m_connectFrom.reset();
    clearHighlight();
    if (m_band) {
        m_band->setVisible(false);
        m_band->setPath({});
    }
    if (m_hint)
        m_hint->setText({});
}

void FlowScene::clearHighlight()
{
    if (NodeItem *item = m_nodes.value(m_highlightedId))
        item->setPortHighlight(std::nullopt);
    m_highlightedId.clear();
}

QString FlowScene::connectionHintText() const
{
    return m_hint->isVisible() ? m_hint->text() : QString();
}

} // namespace Hookflow
