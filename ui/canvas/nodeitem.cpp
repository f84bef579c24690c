// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeitem.h"

#include "flowscene.h"
#include "minimap.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr qreal Radius = 8;
constexpr qreal Padding = 10;
constexpr qreal BadgeRadius = 8;
/// Below this zoom the text is unreadable: only boxes, headers and badges are drawn.
constexpr qreal TextLevelOfDetail = 0.4;
/// Below this a node is a plain block of its colour.
constexpr qreal BlockLevelOfDetail = 0.15;

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

/// The shapes every node shares, built once.
const QPainterPath &outlinePath()
{
    static const QPainterPath path = [] {
        QPainterPath p;
        p.addRoundedRect(QRectF(0, 0, NodeItem::Width, NodeItem::Height), Radius, Radius);
        return p;
    }();
    return path;
}

/// The box inside a border of `border` pixels, and its header: a node is drawn as three fills
/// (border colour, body, header) rather than by stroking its outline, which at every paint of
/// every node was a large part of a frame's time.
struct InnerPaths
{
    QPainterPath body;
    QPainterPath header;
};

const InnerPaths &innerPaths(bool selected)
{
    auto make = [](qreal border) {
        InnerPaths paths;
        const QRectF box = QRectF(0, 0, NodeItem::Width, NodeItem::Height)
                               .adjusted(border, border, -border, -border);
        paths.body.addRoundedRect(box, Radius - border / 2, Radius - border / 2);
        QPainterPath top;
        top.addRect(QRectF(0, 0, NodeItem::Width, NodeItem::HeaderHeight));
        paths.header = paths.body.intersected(top);
        return paths;
    };
    static const InnerPaths normal = make(1.5);
    static const InnerPaths thick = make(3);
    return selected ? thick : normal;
}

QStaticText staticText(const QString &text)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    result.setPerformanceHint(QStaticText::AggressiveCaching);
    return result;
}

} // namespace

NodeItem::NodeItem(const Node &node, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_node(node)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true); // a cross over a port says "drag from here to connect"
    setPos(node.position);
    setZValue(1);
    updateToolTip();
}

void NodeItem::setNode(const Node &node)
{
    const bool portsChanged = node.kind != m_node.kind;
    if (portsChanged)
        prepareGeometryChange();
    m_node = node;
    m_layoutValid = false;
    if (pos() != node.position)
        setPos(node.position);
    updateToolTip();
    update();
}

void NodeItem::updateToolTip()
{
    QString tip = u"<b>%1</b> · %2"_s.arg(m_node.id.toHtmlEscaped(),
                                          nodeKindDisplayName(m_node.kind).toHtmlEscaped());
    if (!m_node.label.isEmpty())
        tip += u"<br>"_s + m_node.label.toHtmlEscaped();
    tip += u"<br>"_s + summary(m_node).toHtmlEscaped();
    if (m_node.kind == NodeKind::Webhook)
        tip += u"<br>"_s + m_node.request.url.toHtmlEscaped();
    if (!m_issueText.isEmpty())
        tip += u"<hr>"_s + m_issueText.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    setToolTip(tip);
}

void NodeItem::setIssue(std::optional<Diagnostic::Severity> severity, const QString &message)
{
    if (m_issue == severity && m_issueText == message)
        return;
    m_issue = severity;
    m_issueText = message;
    updateToolTip();
    update();
}

void NodeItem::setPortHighlight(const std::optional<PortRef> &port, const QColor &color)
{
    if (m_highlightPort == port && m_highlightColor == color)
        return;
    m_highlightPort = port;
    m_highlightColor = color;
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

QList<PortRef> NodeItem::ports() const
{
    QList<PortRef> result;
    if (hasInput())
        result.append({m_node.id, PortRef::Side::Input, {}});
    if (m_node.kind == NodeKind::Branch) {
        result.append({m_node.id, PortRef::Side::Output, u"yes"_s});
        result.append({m_node.id, PortRef::Side::Output, u"no"_s});
    } else if (hasOutput()) {
        result.append({m_node.id, PortRef::Side::Output, {}});
    }
    return result;
}

QPointF NodeItem::portPosition(const PortRef &port) const
{
    return port.isOutput() ? outputPort(port.port) : inputPort();
}

std::optional<PortRef> NodeItem::portAt(const QPointF &scenePos) const
{
    const QList<PortRef> all = ports();
    for (const PortRef &port : all) {
        const QPointF delta = portPosition(port) - scenePos;
        if (QPointF::dotProduct(delta, delta) <= PortGrabRadius * PortGrabRadius)
            return port;
    }
    return std::nullopt;
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
    // Room for the ports that stick out of the box, the selection outline and the yes/no labels.
    const qreal margin = PortRadius + 3;
    return QRectF(-margin, -margin, Width + 2 * margin, Height + 2 * margin);
}

QPainterPath NodeItem::shape() const
{
    // The box plus the ports, so that pressing a port's outer half still hits the node.
    QPainterPath path = outlinePath();
    const QList<PortRef> all = ports();
    for (const PortRef &port : all) {
        const QPointF centre = mapFromScene(portPosition(port));
        path.addEllipse(centre, PortGrabRadius, PortGrabRadius);
    }
    path.setFillRule(Qt::WindingFill);
    return path;
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        if (auto *flow = qobject_cast<FlowScene *>(scene()))
            flow->nodeItemMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (portAt(event->scenePos()))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    unsetCursor();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::layoutText(const QFont &base)
{
    m_layoutFont = base;
    m_layoutValid = true;
    const qreal textWidth = Width - 2 * Padding;

    m_kindFont = base;
    m_kindFont.setBold(true);
    m_kindFont.setPointSizeF(base.pointSizeF() * 0.9);
    const qreal headerWidth = textWidth - (m_issue ? HeaderHeight : 0);
    m_kindText = staticText(
        QFontMetricsF(m_kindFont)
            .elidedText(nodeKindDisplayName(m_node.kind), Qt::ElideRight, headerWidth));
    m_kindText.prepare(QTransform(), m_kindFont);
    m_kindHeight = QFontMetricsF(m_kindFont).height();

    m_titleFont = base;
    m_titleFont.setBold(true);
    // A branch keeps room on the right for its "yes" and "no" port labels.
    const qreal bodyWidth = textWidth - (m_node.kind == NodeKind::Branch ? 26 : 0);
    const QString title = m_node.label.isEmpty() ? m_node.id : m_node.label;
    m_titleText = staticText(
        QFontMetricsF(m_titleFont).elidedText(title, Qt::ElideRight, bodyWidth));
    m_titleText.prepare(QTransform(), m_titleFont);
    m_titleHeight = QFontMetricsF(m_titleFont).height();

    m_summaryFont = base;
    m_summaryFont.setPointSizeF(base.pointSizeF() * 0.92);
    m_summaryText = staticText(
        QFontMetricsF(m_summaryFont).elidedText(summary(m_node), Qt::ElideMiddle, bodyWidth));
    m_summaryText.prepare(QTransform(), m_summaryFont);
    m_summaryHeight = QFontMetricsF(m_summaryFont).height();

    if (m_node.kind == NodeKind::Branch) {
        m_yesText = staticText(tr("yes"));
        m_yesText.prepare(QTransform(), m_summaryFont);
        m_noText = staticText(tr("no"));
        m_noText.prepare(QTransform(), m_summaryFont);
    }
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = scene() ? scene()->palette() : QApplication::palette();
    const QColor color = kindColor(m_node.kind);
    const bool selected = option->state & QStyle::State_Selected;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < BlockLevelOfDetail || (widget && qobject_cast<MiniMap *>(widget->parentWidget()))) {
        // The minimap and a far overview: a block in the kind's colour reads best, and is one
        // fill. Selected nodes and problems keep a mark.
        painter->fillRect(QRectF(0, 0, Width, Height), selected ? color.darker(140) : color);
        if (m_issue && !selected) {
            painter->fillRect(QRectF(Width - HeaderHeight, 0, HeaderHeight, HeaderHeight),
                              *m_issue == Diagnostic::Severity::Error ? QColor(0xc0, 0x39, 0x2b)
                                                                      : QColor(0xf1, 0xc4, 0x0f));
        }
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing, lod >= TextLevelOfDetail);
    const InnerPaths &inner = innerPaths(selected);
    painter->fillPath(outlinePath(),
                      selected ? palette.color(QPalette::Highlight) : color.darker(115));
    painter->fillPath(inner.body, palette.color(QPalette::Base));
    painter->fillPath(inner.header, color);

    const QPointF badgeCentre(Width - HeaderHeight / 2, HeaderHeight / 2);
    const QColor badgeColor = m_issue && *m_issue == Diagnostic::Severity::Error
                                  ? QColor(0xc0, 0x39, 0x2b)
                                  : QColor(0xf1, 0xc4, 0x0f);
    if (lod < TextLevelOfDetail) {
        // Zoomed far out (the overview, the minimap): a badge big enough to spot, no text.
        if (m_issue) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(badgeColor);
            painter->drawEllipse(badgeCentre, BadgeRadius * 1.5, BadgeRadius * 1.5);
        }
        return;
    }

    const QFont base = scene() ? scene()->font() : QApplication::font();
    if (!m_layoutValid || base != m_layoutFont)
        layoutText(base);

    const qreal bodyTop = HeaderHeight + 6;
    const qreal lineHeight = (Height - bodyTop - 6) / 2;
    auto centredTop = [](qreal top, qreal height, qreal textHeight) {
        return top + (height - textHeight) / 2;
    };

    painter->setFont(m_kindFont);
    painter->setPen(Qt::white);
    painter->drawStaticText(QPointF(Padding, centredTop(0, HeaderHeight, m_kindHeight)), m_kindText);

    painter->setFont(m_titleFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawStaticText(QPointF(Padding, centredTop(bodyTop, lineHeight, m_titleHeight)),
                            m_titleText);

    painter->setFont(m_summaryFont);
    QColor dim = palette.color(QPalette::Text);
    dim.setAlphaF(0.7f);
    painter->setPen(dim);
    painter->drawStaticText(QPointF(Padding,
                                    centredTop(bodyTop + lineHeight, lineHeight, m_summaryHeight)),
                            m_summaryText);

    if (m_issue) {
        // A badge in the header's corner says "look at Issues" without covering the text.
        const bool error = *m_issue == Diagnostic::Severity::Error;
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(badgeColor);
        painter->drawEllipse(badgeCentre, BadgeRadius, BadgeRadius);
        painter->setFont(m_kindFont);
        painter->setPen(error ? Qt::white : Qt::black);
        painter->drawText(QRectF(badgeCentre - QPointF(BadgeRadius, BadgeRadius),
                                 QSizeF(2 * BadgeRadius, 2 * BadgeRadius)),
                          Qt::AlignCenter,
                          u"!"_s);
    }

    const QList<PortRef> all = ports();
    for (const PortRef &port : all) {
        const QPointF centre = mapFromScene(portPosition(port));
        const bool highlighted = m_highlightPort && *m_highlightPort == port;
        // A ring in the background colour around the dot, as two fills (no stroking).
        const qreal radius = highlighted ? PortRadius + 2 : PortRadius;
        painter->setPen(Qt::NoPen);
        painter->setBrush(highlighted ? m_highlightColor : palette.color(QPalette::Base));
        painter->drawEllipse(centre, radius + 1, radius + 1);
        painter->setBrush(highlighted ? m_highlightColor : color);
        painter->drawEllipse(centre, radius - 0.5, radius - 0.5);
        if (!port.port.isEmpty()) {
            // A branch's outputs say which way they go, inside the box next to the port.
            painter->setFont(m_summaryFont);
            painter->setPen(dim);
            const QStaticText &label = port.port == "yes"_L1 ? m_yesText : m_noText;
            painter->drawStaticText(centre
                                        - QPointF(PortRadius + 3 + label.size().width(),
                                                  m_summaryHeight / 2),
                                    label);
        }
    }
}

} // namespace Hookflow
