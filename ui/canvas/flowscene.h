// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/nodeitem.h"
#include "model/campaign.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <optional>

class QGraphicsPathItem;

namespace Hookflow {

class CampaignDocument;
class ConnectionHint;
class EdgeItem;

/// The flow of one CampaignDocument as graphics items, keyed by node id (QtNodes'
/// BasicGraphicsScene). Items are created, changed and deleted only in slots for the document's
/// signals; every edit the user makes here (a move, a connection) goes through the document, so
/// it is one undo step and the items follow whatever the document then says.
class FlowScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowScene)

public:
    /// The snap grid, also the spacing of the background dots.
    static constexpr qreal GridStep = 20;

    explicit FlowScene(CampaignDocument *document, QObject *parent = nullptr);
    ~FlowScene() override;

    CampaignDocument *document() const { return m_document; }

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    /// In the document's order.
    QList<NodeItem *> nodeItems() const;
    EdgeItem *edgeItem(const Edge &edge) const;
    QList<EdgeItem *> edgeItems() const;

    /// Ids of the selected nodes, in the document's order.
    QStringList selectedNodeIds() const;
    QList<Edge> selectedEdges() const;
    /// Selects exactly these nodes.
    void selectNodes(const QStringList &ids);
    /// Selects every node and edge.
    void selectAll();

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    /// `point` on the grid when snapping is on, else unchanged.
    QPointF snapped(const QPointF &point) const;
    /// The rectangle around every node and edge (empty without any).
    QRectF flowRect() const;

    /// Throws every item away and builds them again from the document (after documentReset).
    void rebuild();
    /// Called by a NodeItem while it moves, so that its edges follow.
    void nodeItemMoved(NodeItem *item);

    /// True while a connection is being dragged from a port.
    bool isConnecting() const { return m_connectFrom.has_value(); }
    /// What the hint next to the cursor says while connecting (empty when nothing is refused).
    QString connectionHintText() const;

signals:
    /// The user tried something the document refused; the text says why (for the status bar).
    void message(const QString &text);
    /// The selected nodes changed (ids in the document's order).
    void nodeSelectionChanged(const QStringList &nodeIds);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    /// Where a drop at `scenePos` would connect, seen from m_connectFrom, and why not.
    struct Target
    {
        NodeItem *item = nullptr;
        std::optional<PortRef> port;    ///< the port to light up, when the node has it
        std::optional<QString> problem; ///< why the connection is refused
        Edge edge;                      ///< what connectNodes() gets when there is no problem
    };

    void addNodeItem(const QString &id);
    void removeNodeItem(const QString &id);
    void updateNodeItem(const QString &id);
    void renameNodeItem(const QString &oldId, const QString &newId);
    void addEdgeItem(const Edge &edge);
    void removeEdgeItem(const Edge &edge);
    void refreshIssues();
    void updateSceneRect();

    Target targetAt(const QPointF &scenePos) const;
    void updateConnection(const QPointF &scenePos);
    void finishConnection(const QPointF &scenePos);
    void cancelConnection();
    void clearHighlight();

    CampaignDocument *m_document = nullptr;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, EdgeItem *> m_edges;
    QHash<QString, QList<EdgeItem *>> m_nodeEdges;
    bool m_snap = true;
    int m_quietSelection = 0; ///< >0 while the selection changes in bulk

    // A move by drag: where the dragged nodes were when the button went down.
    QHash<QString, QPointF> m_pressPositions;

    // A connection being dragged.
    std::optional<PortRef> m_connectFrom;
    QGraphicsPathItem *m_band = nullptr;
    ConnectionHint *m_hint = nullptr;
    QString m_highlightedId;
};

} // namespace Hookflow
