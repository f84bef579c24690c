// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgeitem.h"

#include "nodeitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QWidget>

#include <QtMath>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
constexpr qreal ArrowLength = 10;
constexpr qreal ArrowHalfWidth = 5;
} // namespace

EdgeItem::EdgeItem(const Edge &edge, QPointF from, QPointF to, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_edge(edge)
    , m_from(from)
    , m_to(to)
{
    setZValue(0);
    // The curve stops short of the port so that the arrowhead's tip touches it.
    const qreal bend = qMax(40.0, qAbs(to.x() - from.x()) / 2);
    const QPointF end = to - QPointF(ArrowLength, 0);
    m_path.moveTo(from);
    m_path.cubicTo(from + QPointF(bend, 0), end - QPointF(bend, 0), end);

    m_arrow << to << QPointF(end.x(), end.y() - ArrowHalfWidth)
            << QPointF(end.x(), end.y() + ArrowHalfWidth);
    setToolTip(portLabel().isEmpty() ? u"%1 → %2"_s.arg(edge.from, edge.to)
                                     : u"%1 (%2) → %3"_s.arg(edge.from, portLabel(), edge.to));
}

QString EdgeItem::portLabel() const
{
    if (m_edge.port == "yes"_L1)
        return tr("yes");
    if (m_edge.port == "no"_L1)
        return tr("no");
    return m_edge.port;
}

QRectF EdgeItem::boundingRect() const
{
    // Generous margins hold the arrowhead, the pen and the port label.
    return m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-8, -24, 60, 8);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.55f);
    if (m_edge.port == "yes"_L1)
        color = NodeItem::kindColor(NodeKind::Trigger);
    else if (m_edge.port == "no"_L1)
        color = NodeItem::kindColor(NodeKind::Limit);

    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);

    const QString label = portLabel();
    if (label.isEmpty())
        return;
    QFont font = scene() ? scene()->font() : QApplication::font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    painter->setPen(color);
    const QFontMetricsF metrics(font);
    painter->drawText(m_from + QPointF(9, -metrics.descent() - 3), label);
}

} // namespace Hookflow
