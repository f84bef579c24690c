// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>

namespace Hookflow {

/// An arrow from one node's output port to another's input port; a branch's edges say "yes" or
/// "no". Selectable, so that it can be deleted; the scene moves its ends when a node moves.
class EdgeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(EdgeItem)

public:
    enum { Type = UserType + 2 };

    EdgeItem(const Edge &edge, QPointF from, QPointF to, QGraphicsItem *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EdgeItem)

    const Edge &edge() const { return m_edge; }
    /// "yes" / "no" in the user's language, or empty.
    QString portLabel() const;
    /// Moves the ends (after a node moved) and rebuilds the cached curve.
    void setEnds(QPointF from, QPointF to);
    QPointF from() const { return m_from; }
    QPointF to() const { return m_to; }

    /// The curve an edge from `from` to `to` follows; shared with the live connection band.
    static QPainterPath curve(QPointF from, QPointF to);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void rebuild();

    Edge m_edge;
    QPointF m_from;
    QPointF m_to;
    QPainterPath m_path;
    QPainterPath m_shape;
    QPolygonF m_arrow;
    QRectF m_bounds;
    QPointF m_labelPos;
};

} // namespace Hookflow
