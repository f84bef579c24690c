// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr qreal Radius = 8;
constexpr qreal PortRadius = 5;
constexpr qreal Padding = 10;

qreal portY(const QString &port)
{
    const qreal body = NodeItem::Height - NodeItem::HeaderHeight;
    if (port == "yes"_L1)
        return NodeItem::HeaderHeight + body / 3;
    if (port == "no"_L1)
        return NodeItem::HeaderHeight + body * 2 / 3;
    return NodeItem::HeaderHeight + body / 2;
}

QString durationText(const Duration &duration)
{
    const int amount = static_cast<int>(duration.amount);
    switch (duration.unit) {
    case Duration::Unit::Minutes:
        return NodeItem::tr("%n minute(s)", nullptr, amount);
    case Duration::Unit::Hours:
        return NodeItem::tr("%n hour(s)", nullptr, amount);
    case Duration::Unit::Days:
        return NodeItem::tr("%n day(s)", nullptr, amount);
    }
    return {};
}

/// "https://api.example.com/v1/x?y=1" → "api.example.com/v1/x"; templates stay as written.
QString shortUrl(const QString &url)
{
    QString text = url;
    const qsizetype scheme = text.indexOf("://"_L1);
    if (scheme >= 0)
        text = text.mid(scheme + 3);
    const qsizetype query = text.indexOf(u'?');
    if (query >= 0)
        text.truncate(query);
    return text;
}

} // namespace

NodeItem::NodeItem(const Node &node, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_node(node)
{
    setFlag(ItemIsSelectable);
    setPos(node.position);
    setZValue(1);
    QString tip = u"<b>%1</b> · %2"_s.arg(node.id.toHtmlEscaped(),
                                          nodeKindDisplayName(node.kind).toHtmlEscaped());
    if (!node.label.isEmpty())
        tip += u"<br>"_s + node.label.toHtmlEscaped();
    tip += u"<br>"_s + summary(node).toHtmlEscaped();
    if (node.kind == NodeKind::Webhook)
        tip += u"<br>"_s + node.request.url.toHtmlEscaped();
    m_baseToolTip = tip;
    setToolTip(tip);
}

void NodeItem::setIssue(std::optional<Diagnostic::Severity> severity, const QString &message)
{
    m_issue = severity;
    setToolTip(message.isEmpty() ? m_baseToolTip
                                 : m_baseToolTip + u"<hr>"_s + message.toHtmlEscaped());
    update();
}

bool NodeItem::hasInput() const
{
    return m_node.kind != NodeKind::Trigger;
}

bool NodeItem::hasOutput() const
{
    return m_node.kind != NodeKind::Exit;
}

QPointF NodeItem::outputPort(const QString &port) const
{
    return mapToScene(QPointF(Width, portY(m_node.kind == NodeKind::Branch ? port : QString())));
}

QPointF NodeItem::inputPort() const
{
    return mapToScene(QPointF(0, portY({})));
}

QColor NodeItem::kindColor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Trigger:
        return QColor(0x2e, 0x9d, 0x5b);
    case NodeKind::Audience:
        return QColor(0x2f, 0x6f, 0xde);
    case NodeKind::Webhook:
        return QColor(0x8e, 0x44, 0xad);
    case NodeKind::Delay:
        return QColor(0xb9, 0x77, 0x0e);
    case NodeKind::Branch:
        return QColor(0x13, 0x8d, 0x90);
    case NodeKind::Limit:
        return QColor(0xc0, 0x39, 0x2b);
    case NodeKind::Exit:
        return QColor(0x6c, 0x7a, 0x89);
    }
    return Qt::gray;
}

QString NodeItem::summary(const Node &node)
{
    switch (node.kind) {
    case NodeKind::Trigger:
        if (node.filters.isEmpty())
            return node.eventKey;
        return tr("%1 · %n filter(s)", nullptr, int(node.filters.size())).arg(node.eventKey);
    case NodeKind::Audience:
        if (node.rules.isEmpty())
            return tr("everyone");
        return tr("%n rule(s)", nullptr, int(node.rules.size()));
    case NodeKind::Webhook:
        return u"%1 %2"_s.arg(node.request.method, shortUrl(node.request.url));
    case NodeKind::Delay:
        return tr("wait %1").arg(durationText(node.wait));
    case NodeKind::Branch:
        return tr("yes / no on %n rule(s)", nullptr, int(node.rules.size()));
    case NodeKind::Limit:
        return tr("at most %n per %1", nullptr, node.limit.count)
            .arg(durationText(node.limit.window));
    case NodeKind::Exit:
        return tr("end of flow");
    }
    return {};
}

QRectF NodeItem::boundingRect() const
{
    // Room for the ports that stick out of the box and for the selection outline.
    const qreal margin = PortRadius + 2;
    return QRectF(-margin, -margin, Width + 2 * margin, Height + 2 * margin);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const QColor color = kindColor(m_node.kind);
    const QRectF box(0, 0, Width, Height);
    const bool selected = option->state & QStyle::State_Selected;

    painter->setRenderHint(QPainter::Antialiasing);

    // A soft shadow lifts the box off the grid.
    QColor shadow = palette.color(QPalette::Shadow);
    shadow.setAlpha(40);
    painter->setPen(Qt::NoPen);
    painter->setBrush(shadow);
    painter->drawRoundedRect(box.translated(0, 2), Radius, Radius);

    QPainterPath outline;
    outline.addRoundedRect(box, Radius, Radius);
    painter->fillPath(outline, palette.color(QPalette::Base));
    QPainterPath header;
    header.addRect(QRectF(0, 0, Width, HeaderHeight));
    painter->fillPath(outline.intersected(header), color);

    painter->setBrush(Qt::NoBrush);
    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 3)
                             : QPen(color.darker(115), 1.5));
    painter->drawPath(outline);

    const QFont base = scene() ? scene()->font() : QApplication::font();
    const qreal textWidth = Width - 2 * Padding;

    QFont kindFont = base;
    kindFont.setBold(true);
    kindFont.setPointSizeF(base.pointSizeF() * 0.9);
    painter->setFont(kindFont);
    painter->setPen(Qt::white);
    const qreal headerWidth = textWidth - (m_issue ? HeaderHeight : 0);
    painter->drawText(QRectF(Padding, 0, headerWidth, HeaderHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(kindFont).elidedText(nodeKindDisplayName(m_node.kind),
                                                         Qt::ElideRight,
                                                         headerWidth));

    const qreal bodyTop = HeaderHeight + 6;
    const qreal lineHeight = (Height - bodyTop - 6) / 2;
    QFont titleFont = base;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QString title = m_node.label.isEmpty() ? m_node.id : m_node.label;
    painter->drawText(QRectF(Padding, bodyTop, textWidth, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, textWidth));

    QFont summaryFont = base;
    summaryFont.setPointSizeF(base.pointSizeF() * 0.92);
    painter->setFont(summaryFont);
    QColor dim = palette.color(QPalette::Text);
    dim.setAlphaF(0.7f);
    painter->setPen(dim);
    painter->drawText(QRectF(Padding, bodyTop + lineHeight, textWidth, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(summaryFont)
                          .elidedText(summary(m_node), Qt::ElideMiddle, textWidth));

    if (m_issue) {
        // A badge in the header's corner says "look at Issues" without covering the text.
        const bool error = *m_issue == Diagnostic::Severity::Error;
        const QPointF centre(Width - HeaderHeight / 2, HeaderHeight / 2);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(error ? QColor(0xc0, 0x39, 0x2b) : QColor(0xf1, 0xc4, 0x0f));
        painter->drawEllipse(centre, 8, 8);
        painter->setFont(kindFont);
        painter->setPen(error ? Qt::white : Qt::black);
        painter->drawText(QRectF(centre - QPointF(8, 8), QSizeF(16, 16)), Qt::AlignCenter, u"!"_s);
    }

    painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
    painter->setBrush(color);
    if (hasInput())
        painter->drawEllipse(QPointF(0, portY({})), PortRadius, PortRadius);
    if (hasOutput()) {
        if (m_node.kind == NodeKind::Branch) {
            painter->drawEllipse(QPointF(Width, portY(u"yes"_s)), PortRadius, PortRadius);
            painter->drawEllipse(QPointF(Width, portY(u"no"_s)), PortRadius, PortRadius);
        } else {
            painter->drawEllipse(QPointF(Width, portY({})), PortRadius, PortRadius);
        }
    }
}

} // namespace Hookflow
