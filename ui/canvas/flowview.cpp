// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowview.h"

#include "edgeitem.h"
#include "nodeitem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
constexpr qreal SceneMargin = 48;
constexpr qreal GridStep = 24;
constexpr qreal MaxFitScale = 1.0;
/// Below this, node text is too small to read; a longer flow scrolls instead.
constexpr qreal MinFitScale = 0.7;
constexpr qreal MinScale = 0.1;
constexpr qreal MaxScale = 4.0;
} // namespace

FlowView::FlowView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setViewportUpdateMode(SmartViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setFrameShape(NoFrame);
    setAlignment(Qt::AlignCenter);
}

FlowView::~FlowView() = default;

void FlowView::setCampaign(const Campaign &campaign)
{
    m_campaign = campaign;
    m_scene->clear();

    QHash<QString, NodeItem *> items;
    for (const Node &node : campaign.nodes) {
        auto *item = new NodeItem(node);
        m_scene->addItem(item);
        items.insert(node.id, item);
    }
    for (const Edge &edge : campaign.edges) {
        const NodeItem *from = items.value(edge.from);
        const NodeItem *to = items.value(edge.to);
        if (!from || !to)
            continue; // a dangling edge is an Issue, not something to draw
        m_scene->addItem(new EdgeItem(edge, from->outputPort(edge.port), to->inputPort()));
    }
    m_scene->setSceneRect(
        m_scene->itemsBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    fitFlow();
}

void FlowView::setDiagnostics(const Diagnostics &diagnostics)
{
    const QList<NodeItem *> items = nodeItems();
    for (NodeItem *item : items) {
        std::optional<Diagnostic::Severity> worst;
        QStringList messages;
        for (const Diagnostic &diagnostic : diagnostics) {
            if (diagnostic.nodeId != item->nodeId())
                continue;
            messages << diagnostic.message;
            if (!worst || diagnostic.isError())
                worst = diagnostic.severity;
        }
        item->setIssue(worst, messages.join(u'\n'));
    }
}

QList<NodeItem *> FlowView::nodeItems() const
{
    QList<NodeItem *> result;
    const QList<QGraphicsItem *> all = m_scene->items(Qt::AscendingOrder);
    for (QGraphicsItem *item : all) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            result.append(node);
    }
    return result;
}

NodeItem *FlowView::nodeItem(const QString &id) const
{
    const QList<NodeItem *> all = nodeItems();
    for (NodeItem *item : all) {
        if (item->nodeId() == id)
            return item;
    }
    return nullptr;
}

void FlowView::fitFlow()
{
    m_autoFit = true;
    fitIfAuto();
}

void FlowView::fitIfAuto()
{
    if (!m_autoFit || m_scene->items().isEmpty())
        return;
    const QRectF rect = m_scene->sceneRect();
    fitInView(rect, Qt::KeepAspectRatio);
    const qreal fitted = transform().m11();
    // A three-node flow blown up to fill a big window looks like a toy, and a long one shrunk
    // to fit is unreadable: stay between the two and let a long flow scroll from its start.
    const qreal scale = std::clamp(fitted, MinFitScale, MaxFitScale);
    if (scale != fitted)
        setTransform(QTransform::fromScale(scale, scale));
    if (scale > fitted)
        centerOn(rect.left() + viewport()->width() / scale / 2, rect.center().y());
    else
        centerOn(rect.center());
}

void FlowView::focusNode(const QString &id)
{
    NodeItem *item = nodeItem(id);
    if (!item)
        return;
    m_scene->clearSelection();
    item->setSelected(true);
    ensureVisible(item);
}

void FlowView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Base));
    // A dot grid, faint enough to read as texture rather than content.
    QColor dot = palette().color(QPalette::Text);
    dot.setAlphaF(0.14f);
    const qreal scale = transform().m11();
    if (scale * GridStep < 8)
        return;
    painter->setPen(QPen(dot, 1.6 / scale, Qt::SolidLine, Qt::RoundCap));
    const qreal left = std::floor(rect.left() / GridStep) * GridStep;
    const qreal top = std::floor(rect.top() / GridStep) * GridStep;
    QList<QPointF> points;
    for (qreal x = left; x <= rect.right(); x += GridStep) {
        for (qreal y = top; y <= rect.bottom(); y += GridStep)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

void FlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitIfAuto();
}

void FlowView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    fitIfAuto();
}

void FlowView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal factor = std::pow(1.0015, event->angleDelta().y());
    const qreal current = transform().m11();
    const qreal target = std::clamp(current * factor, MinScale, MaxScale);
    m_autoFit = false;
    scale(target / current, target / current);
    event->accept();
}

} // namespace Hookflow
