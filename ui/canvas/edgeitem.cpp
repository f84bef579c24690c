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
#include <QStyleOptionGraphicsItem>

#include <optional>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
constexpr qreal ArrowLength = 10;
constexpr qreal ArrowHalfWidth = 5;
/// How far from the curve a click still selects the edge.
constexpr qreal PickWidth = 10;
} // namespace

EdgeItem::EdgeItem(const Edge &edge, QPointF from, QPointF to, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_edge(edge)
    , m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
    rebuild();
    setToolTip(portLabel().isEmpty() ? u"%1 → %2"_s.arg(edge.from, edge.to)
                                     : u"%1 (%2) → %3"_s.arg(edge.from, portLabel(), edge.to));
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to)
{
    // The curve stops short of the port so that the arrowhead's tip touches it.
    const QPointF end = to - QPointF(ArrowLength, 0);
    QPainterPath path;
    path.moveTo(from);
    const qreal dx = end.x() - from.x();
    if (dx >= 0) {
        const qreal bend = qMax(40.0, dx / 2);
        path.cubicTo(from + QPointF(bend, 0), end - QPointF(bend, 0), end);
        return path;
    }
    // Backwards (to a node on the left): out to the right, around below both ports and in
    // from the left, rather than a line straight through the nodes in between.
    const qreal bend = qMax(60.0, qAbs(end.y() - from.y()) / 4);
    const QPointF middle((from.x() + end.x()) / 2, qMax(from.y(), end.y()) + 90);
    const qreal reach = qMax(40.0, -dx / 4);
    path.cubicTo(from + QPointF(bend, 0), middle + QPointF(reach, 0), middle);
    path.cubicTo(middle - QPointF(reach, 0), end - QPointF(bend, 0), end);
    return path;
}

void EdgeItem::setEnds(QPointF from, QPointF to)
{
    if (from == m_from && to == m_to)
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    rebuild();
}

void EdgeItem::rebuild()
{
    m_path = curve(m_from, m_to);
    const QPointF end = m_to - QPointF(ArrowLength, 0);
    m_arrow.clear();
    m_arrow << m_to << QPointF(end.x(), end.y() - ArrowHalfWidth)
            << QPointF(end.x(), end.y() + ArrowHalfWidth);
    QPainterPathStroker stroker;
    stroker.setWidth(PickWidth);
    m_shape = stroker.createStroke(m_path);
    m_shape.addPolygon(m_arrow);
    m_labelPos = m_path.pointAtPercent(0.5);
    // Generous margins hold the pen, the selection halo and the port label at the middle.
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-8, -8, 8, 8);
    if (!m_edge.port.isEmpty())
        m_bounds = m_bounds.united(QRectF(m_labelPos - QPointF(30, 24), QSizeF(60, 30)));
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
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QApplication::palette();
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.7f);
    if (m_edge.port == "yes"_L1)
        color = NodeItem::kindColor(NodeKind::Trigger);
    else if (m_edge.port == "no"_L1)
        color = NodeItem::kindColor(NodeKind::Limit);
    const bool selected = option->state & QStyle::State_Selected;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());

    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.4);
    painter->setBrush(Qt::NoBrush);
    if (selected) {
        QColor halo = palette.color(QPalette::Highlight);
        halo.setAlphaF(0.45f);
        painter->setPen(QPen(halo, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(m_path);
    }
    const QColor lineColor = selected ? palette.color(QPalette::Highlight) : color;
    // A cosmetic one-pixel line: the raster engine's fast path. A wider pen, or the curve
    // stroked once and filled as a polygon, made the edges most of a frame's time.
    QPen pen(lineColor, 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(lineColor);
    painter->drawPolygon(m_arrow);

    const QString label = portLabel();
    if (label.isEmpty() || lod < 0.4)
        return;
    // The label's font and metrics, made once per scene font: a QFontMetricsF of a new QFont
    // looks the font up again, which cost more than drawing the edge.
    static QFont base;
    static QFont font;
    static std::optional<QFontMetricsF> cached;
    const QFont sceneFont = scene() ? scene()->font() : QApplication::font();
    if (!cached || sceneFont != base) {
        base = sceneFont;
        font = sceneFont;
        font.setBold(true);
        font.setPointSizeF(sceneFont.pointSizeF() * 0.85);
        cached.emplace(font);
    }
    const QFontMetricsF &metrics = *cached;
    // A pill in the middle of the curve, readable across other edges.
    const QRectF pill = QRectF(QPointF(),
                               QSizeF(metrics.horizontalAdvance(label) + 10, metrics.height() + 2))
                            .translated(m_labelPos - QPointF(0, metrics.height() / 2 + 1))
                            .translated(-(metrics.horizontalAdvance(label) + 10) / 2, 0);
    painter->setPen(QPen(color, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(pill, Qt::AlignCenter, label);
}

} // namespace Hookflow
