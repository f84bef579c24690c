// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/flowview.h"

#include <QGraphicsView>
#include <QPointer>

namespace Hookflow {

/// The whole flow in miniature with a frame around what the main view shows; pressing or
/// dragging in it moves the main view there.
class MiniMap final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MiniMap)

public:
    explicit MiniMap(FlowView *view, QWidget *parent = nullptr);

    FlowView *flowView() const { return m_view; }
    /// The main view's visible area, in scene coordinates.
    QRectF visibleArea() const;
    QSize sizeHint() const override;

public slots:
    /// Fits the flow again (after the flow or the main view changed).
    void refit();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void panTo(const QPoint &position);

    QPointer<FlowView> m_view;
    bool m_dragging = false;
};

} // namespace Hookflow
