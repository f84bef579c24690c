// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/diagnostic.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

#include <optional>

namespace Hookflow {

/// A port of a node on the canvas: which node, which side, and for a branch's output "yes"/"no".
struct PortRef
{
    enum class Side { Input, Output };

    QString nodeId;
    Side side = Side::Input;
    QString port; ///< empty, or "yes" / "no" for a branch's outputs

    bool isOutput() const { return side == Side::Output; }
    bool operator==(const PortRef &) const = default;
};

/// One node on the flow canvas: a rounded box in its kind's colour with the kind's name, the
/// node's id (or label) and one line that says what it does, with its ports on the sides.
/// It mirrors a node of the document and is updated with setNode(); the text is laid out once
/// per change, not per paint, so that a large flow paints quickly.
class NodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = UserType + 1 };
    static constexpr qreal Width = 220;
    static constexpr qreal Height = 90;
    static constexpr qreal HeaderHeight = 26;
    static constexpr qreal PortRadius = 6;
    /// How far from a port's centre a press or a drop still counts as on the port.
    static constexpr qreal PortGrabRadius = 12;

    explicit NodeItem(const Node &node, QGraphicsItem *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NodeItem)

    const Node &node() const { return m_node; }
    QString nodeId() const { return m_node.id; }
    /// Takes the document's current data for the node (position included).
    void setNode(const Node &node);

    /// Where edges start: the output port, or a branch node's "yes" / "no" port; in scene coordinates.
    QPointF outputPort(const QString &port = {}) const;
    /// Where edges end, in scene coordinates.
    QPointF inputPort() const;
    /// The port at `scenePos` (within PortGrabRadius), if any.
    std::optional<PortRef> portAt(const QPointF &scenePos) const;
    /// The ports this node has: input (not on a trigger), output(s) (none on an exit).
    QList<PortRef> ports() const;
    QPointF portPosition(const PortRef &port) const;

    /// Marks one port (while a connection is dragged): green for valid, red for refused.
    void setPortHighlight(const std::optional<PortRef> &port, const QColor &color = {});

    /// The node's colour on the canvas.
    static QColor kindColor(NodeKind kind);
    /// The one line under the title: "price_drop", "2 rules", "POST api.example.com/v1/x", "wait 1 day".
    static QString summary(const Node &node);

    /// Marks the node with the worst problem validation found in it (none, warning or error);
    /// `message` lists the problems and goes into the tooltip.
    void setIssue(std::optional<Diagnostic::Severity> severity, const QString &message = {});
    std::optional<Diagnostic::Severity> issue() const { return m_issue; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    bool hasInput() const;
    bool hasOutput() const;
    void updateToolTip();
    void layoutText(const QFont &base);

    Node m_node;
    std::optional<Diagnostic::Severity> m_issue;
    QString m_issueText;
    std::optional<PortRef> m_highlightPort;
    QColor m_highlightColor;

    // Text laid out for m_layoutFont; redone when the node or the font changes.
    QFont m_layoutFont;
    bool m_layoutValid = false;
    QFont m_kindFont;
    QFont m_titleFont;
    QFont m_summaryFont;
    qreal m_kindHeight = 0;
    qreal m_titleHeight = 0;
    qreal m_summaryHeight = 0;
    QStaticText m_kindText;
    QStaticText m_titleText;
    QStaticText m_summaryText;
    QStaticText m_yesText;
    QStaticText m_noText;
};

} // namespace Hookflow
