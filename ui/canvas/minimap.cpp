// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "minimap.h"

#include "flowscene.h"
#include "flowview.h"

#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
constexpr qreal MapMargin = 60;
}

MiniMap::MiniMap(FlowView *view, QWidget *parent)
    : QGraphicsView(view->scene(), parent)
    , m_view(view)
{
    setObjectName(u"miniMap"_s);
    setAccessibleName(tr("Minimap"));
    setToolTip(tr("The whole flow; click or drag to move the view."));
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setViewportUpdateMode(FullViewportUpdate);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(Box);
    setCursor(Qt::PointingHandCursor);

    // The scene's rectangle follows every edit of the flow.
    connect(view->scene(), &QGraphicsScene::sceneRectChanged, this, &MiniMap::refit);
    connect(view, &FlowView::visibleAreaChanged, this, &MiniMap::refit);
}

QSize MiniMap::sizeHint() const
{
    return QSize(200, 130);
}

QRectF MiniMap::visibleArea() const
{
    if (!m_view)
        return {};
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

void MiniMap::refit()
{
    if (!m_view || !isVisible())
        return;
    if (m_dragging) {
        // Rescaling under the pointer while it pans would make the view run away.
        viewport()->update();
        return;
    }
    const auto *scene = static_cast<FlowScene *>(m_view->scene());
    // The flow and where the view is, so that the frame is always on the map.
    QRectF rect = scene->flowRect().united(visibleArea());
    if (rect.isEmpty())
        rect = QRectF(0, 0, 400, 260);
    rect.adjust(-MapMargin, -MapMargin, MapMargin, MapMargin);
    setSceneRect(rect);
    fitInView(rect, Qt::KeepAspectRatio);
    viewport()->update();
}

void MiniMap::drawBackground(QPainter *painter, const QRectF &rect)
{
    // No dots: at this scale they are noise.
    painter->fillRect(rect, palette().color(QPalette::AlternateBase));
}

void MiniMap::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF area = visibleArea();
    if (area.isEmpty())
        return;
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.12f);
    painter->setBrush(fill);
    painter->setPen(QPen(palette().color(QPalette::Highlight), 0)); // cosmetic: one pixel
    painter->drawRect(area);
}

void MiniMap::panTo(const QPoint &position)
{
    if (m_view)
        m_view->centerOn(mapToScene(position));
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_dragging = true;
    panTo(event->position().toPoint());
    event->accept();
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        panTo(event->position().toPoint());
    event->accept();
}

void MiniMap::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    refit();
    event->accept();
}

void MiniMap::wheelEvent(QWheelEvent *event)
{
    // Scrolling over the minimap would scroll it away from the flow it shows.
    event->accept();
}

void MiniMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MiniMap::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    refit();
}

} // namespace Hookflow
