// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "model/diagnostic.h"

#include <QGraphicsView>
#include <QList>

class QGraphicsScene;

namespace Hookflow {

class NodeItem;

/// A read-only drawing of a campaign's flow: nodes at their file positions, arrows for edges.
/// It fits the flow into the view until the user zooms (Ctrl+wheel); fitFlow() fits it again.
class FlowView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowView)

public:
    explicit FlowView(QWidget *parent = nullptr);
    ~FlowView() override;

    void setCampaign(const Campaign &campaign);
    /// Marks the nodes that the diagnostics name (the worst problem per node wins).
    void setDiagnostics(const Diagnostics &diagnostics);
    const Campaign &campaign() const { return m_campaign; }

    QList<NodeItem *> nodeItems() const;
    NodeItem *nodeItem(const QString &id) const;

    /// Fits the whole flow into the view (never enlarging it beyond 100 %) and keeps it fitted.
    void fitFlow();
    /// Selects a node and scrolls it into view.
    void focusNode(const QString &id);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void fitIfAuto();

    QGraphicsScene *m_scene = nullptr;
    Campaign m_campaign;
    bool m_autoFit = true;
};

} // namespace Hookflow
