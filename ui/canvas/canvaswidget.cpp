// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvaswidget.h"

#include "flowview.h"
#include "minimap.h"
#include "nodepalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
constexpr int MiniMapInset = 12;
}

CanvasWidget::CanvasWidget(CampaignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_view(new FlowView(document, this))
    , m_palette(new NodePalette(this))
{
    setObjectName(u"canvasWidget"_s);
    m_view->setObjectName(u"flowView"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_palette);
    layout->addWidget(m_view, 1);

    // Over the view, not in the layout: the flow runs underneath it.
    m_miniMap = new MiniMap(m_view, m_view);
    m_miniMap->resize(m_miniMap->sizeHint());
    m_view->installEventFilter(this);
    setFocusProxy(m_view);

    connect(m_palette, &NodePalette::kindActivated, m_view, &FlowView::addNodeAtCentre);
}

void CanvasWidget::setMiniMapVisible(bool visible)
{
    m_miniMapVisible = visible;
    m_miniMap->setVisible(visible);
    if (visible)
        placeMiniMap();
}

bool CanvasWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        placeMiniMap();
    return QWidget::eventFilter(watched, event);
}

void CanvasWidget::placeMiniMap()
{
    // Inside the viewport's corner, clear of the scroll bars.
    const QRect area = m_view->viewport()->geometry();
    const QSize size = m_miniMap->sizeHint().boundedTo(area.size() / 3).expandedTo(QSize(80, 52));
    m_miniMap->setGeometry(QRect(area.right() - MiniMapInset - size.width() + 1,
                                 area.bottom() - MiniMapInset - size.height() + 1,
                                 size.width(),
                                 size.height()));
    m_miniMap->raise();
}

} // namespace Hookflow
