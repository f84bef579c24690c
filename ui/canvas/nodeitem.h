// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/diagnostic.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <optional>

namespace Hookflow {

/// One node on the flow canvas: a rounded box in its kind's colour with the kind's name, the
/// node's id (or label) and one line that says what it does.
class NodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = UserType + 1 };
    static constexpr qreal Width = 220;
    static constexpr qreal Height = 90;
    static constexpr qreal HeaderHeight = 26;

    explicit NodeItem(const Node &node, QGraphicsItem *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NodeItem)

    const Node &node() const { return m_node; }
    QString nodeId() const { return m_node.id; }

    /// Where edges start: the output port, or a branch node's "yes" / "no" port; in scene coordinates.
    QPointF outputPort(const QString &port = {}) const;
    /// Where edges end, in scene coordinates.
    QPointF inputPort() const;

    /// The node's colour on the canvas.
    static QColor kindColor(NodeKind kind);
    /// The one line under the title: "price_drop", "2 rules", "POST api.example.com/v1/x", "wait 1 day".
    static QString summary(const Node &node);

    /// Marks the node with the worst problem validation found in it (none, warning or error).
    void setIssue(std::optional<Diagnostic::Severity> severity, const QString &message = {});

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    bool hasInput() const;
    bool hasOutput() const;

    Node m_node;
    std::optional<Diagnostic::Severity> m_issue;
    QString m_baseToolTip;
};

} // namespace Hookflow
