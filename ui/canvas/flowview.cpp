// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowview.h"

#include "edgeitem.h"
#include "flowscene.h"
#include "model/campaigndocument.h"
#include "nodeitem.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {
constexpr qreal FitMargin = 40;
constexpr qreal MaxFitScale = 1.0;
constexpr qreal MinScale = 0.1;
/// A campaign opens no smaller than this, so its nodes stay readable; a longer flow then shows
/// its start, and Ctrl+0 still fits all of it.
constexpr qreal MinOpeningScale = 0.6;
constexpr qreal MaxScale = 4.0;
constexpr qreal ZoomStep = 1.25;
} // namespace

QString FlowView::flowMimeType()
{
    return u"application/x-hookflow-flow+json"_s;
}

QString FlowView::nodeKindMimeType()
{
    return u"application/x-hookflow-node-kind"_s;
}

FlowView::FlowView(CampaignDocument *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
{
    init();
}

FlowView::~FlowView() = default;

void FlowView::init()
{
    m_scene = new FlowScene(m_document, this);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFrameShape(NoFrame);
    setAlignment(Qt::AlignCenter);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);

    connect(m_scene, &FlowScene::nodeSelectionChanged, this, &FlowView::selectionChanged);
    connect(m_scene, &FlowScene::message, this, &FlowView::message);
    connect(m_document, &CampaignDocument::documentReset, this, [this] {
        m_autoFit = true;
        m_opening = true;
        fitIfAuto();
    });
}

QList<NodeItem *> FlowView::nodeItems() const
{
    return m_scene->nodeItems();
}

NodeItem *FlowView::nodeItem(const QString &id) const
{
    return m_scene->nodeItem(id);
}

QList<EdgeItem *> FlowView::edgeItems() const
{
    return m_scene->edgeItems();
}

QStringList FlowView::selectedNodeIds() const
{
    return m_scene->selectedNodeIds();
}

void FlowView::selectNodes(const QStringList &ids)
{
    m_scene->selectNodes(ids);
}

void FlowView::focusNode(const QString &id)
{
    NodeItem *item = nodeItem(id);
    if (!item)
        return;
    m_scene->selectNodes({id});
    ensureVisible(item, 40, 40);
}

bool FlowView::snapToGrid() const
{
    return m_scene->snapToGrid();
}

void FlowView::setSnapToGrid(bool snap)
{
    m_scene->setSnapToGrid(snap);
}

qreal FlowView::zoom() const
{
    return transform().m11();
}

QString FlowView::addNode(NodeKind kind, const QPointF &scenePos)
{
    const QPointF topLeft = m_scene->snapped(scenePos
                                             - QPointF(NodeItem::Width / 2, NodeItem::Height / 2));
    const QString id = m_document->addNode(kind, topLeft);
    if (!id.isEmpty())
        selectNodes({id});
    return id;
}

void FlowView::addNodeAtCentre(NodeKind kind)
{
    const QString id = addNode(kind, mapToScene(viewport()->rect().center()));
    if (NodeItem *item = nodeItem(id))
        ensureVisible(item, 20, 20);
    setFocus();
}

void FlowView::nudgeSelection(const QPointF &delta)
{
    QHash<QString, QPointF> positions;
    const QStringList ids = selectedNodeIds();
    for (const QString &id : ids) {
        if (const Node *node = m_document->node(id))
            positions.insert(id, node->position + delta);
    }
    if (!positions.isEmpty())
        m_document->moveNodes(positions);
    if (!ids.isEmpty()) {
        if (NodeItem *item = nodeItem(ids.constFirst()))
            ensureVisible(item, 20, 20);
    }
}

// ---- clipboard --------------------------------------------------------------------------------

void FlowView::copy()
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty()) {
        emit message(tr("Select the nodes to copy first."));
        return;
    }
    const QByteArray json = m_document->copy(ids);
    auto *mime = new QMimeData;
    mime->setData(flowMimeType(), json);
    mime->setText(QString::fromUtf8(json));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void FlowView::cut()
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty()) {
        emit message(tr("Select the nodes to cut first."));
        return;
    }
    const QByteArray json = m_document->cut(ids);
    auto *mime = new QMimeData;
    mime->setData(flowMimeType(), json);
    mime->setText(QString::fromUtf8(json));
    QGuiApplication::clipboard()->setMimeData(mime);
}

Result<QStringList> FlowView::pasteAtBestPlace(const QByteArray &json)
{
    // At the mouse, when it is over the canvas: the group's top-left corner there.
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    if (viewport()->rect().contains(cursor) && viewport()->underMouse()) {
        m_lastPaste.clear();
        return m_document->paste(json,
                                 m_scene->snapped(mapToScene(cursor)),
                                 CampaignDocument::PasteAt::TopLeft);
    }
    // From a menu or the keyboard elsewhere: next to the originals, one step further each time
    // the same thing is pasted again, so that copies do not hide each other.
    m_pasteCount = json == m_lastPaste ? m_pasteCount + 1 : 1;
    m_lastPaste = json;
    const qreal step = 2 * FlowScene::GridStep * m_pasteCount;
    return m_document->paste(json, QPointF(step, step));
}

void FlowView::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QByteArray json;
    if (mime && mime->hasFormat(flowMimeType()))
        json = mime->data(flowMimeType());
    else if (mime && mime->hasText())
        json = mime->text().toUtf8();
    if (json.trimmed().isEmpty()) {
        emit message(tr("The clipboard holds no part of a flow to paste."));
        return;
    }
    const Result<QStringList> pasted = pasteAtBestPlace(json);
    if (!pasted) {
        emit message(pasted.error().message);
        return;
    }
    selectNodes(*pasted);
    if (!pasted->isEmpty()) {
        if (NodeItem *item = nodeItem(pasted->constFirst()))
            ensureVisible(item, 20, 20);
    }
}

void FlowView::duplicate()
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty()) {
        emit message(tr("Select the nodes to duplicate first."));
        return;
    }
    selectNodes(m_document->duplicate(ids));
}

void FlowView::deleteSelection()
{
    const QStringList ids = selectedNodeIds();
    const QList<Edge> edges = m_scene->selectedEdges();
    if (ids.isEmpty() && edges.isEmpty())
        return;
    m_document->removeNodes(ids, edges);
}

void FlowView::selectAll()
{
    m_scene->selectAll();
}

// ---- zoom and pan -------------------------------------------------------------------------------

void FlowView::zoomBy(qreal factor, ViewportAnchor anchor)
{
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(anchor);
    setZoom(zoom() * factor);
    setTransformationAnchor(previous);
}

void FlowView::setZoom(qreal value)
{
    const qreal target = std::clamp(value, MinScale, MaxScale);
    m_autoFit = false;
    if (qFuzzyCompare(target, zoom()))
        return;
    setTransform(QTransform::fromScale(target, target));
    emit zoomChanged(target);
    emit visibleAreaChanged();
}

void FlowView::zoomIn()
{
    zoomBy(ZoomStep, AnchorViewCenter);
}

void FlowView::zoomOut()
{
    zoomBy(1 / ZoomStep, AnchorViewCenter);
}

void FlowView::fitFlow()
{
    m_autoFit = true;
    m_opening = false;
    fitIfAuto();
}

void FlowView::fitIfAuto()
{
    if (!m_autoFit)
        return;
    const qreal before = zoom();
    const QRectF rect = m_scene->flowRect();
    if (rect.isEmpty()) {
        setTransform(QTransform());
        centerOn(0, 0);
    } else {
        const QRectF area = rect.adjusted(-FitMargin, -FitMargin, FitMargin, FitMargin);
        const qreal fitted = std::min(viewport()->width() / area.width(),
                                      viewport()->height() / area.height());
        // A three-node flow blown up to fill a big window looks like a toy: never above 100 %.
        const qreal scale = std::clamp(fitted, m_opening ? MinOpeningScale : MinScale, MaxFitScale);
        setTransform(QTransform::fromScale(scale, scale));
        if (scale > fitted) {
            // Too long to fit readably: show where the flow starts.
            const qreal halfWidth = viewport()->width() / scale / 2;
            centerOn(area.left() + halfWidth, rect.center().y());
        } else {
            centerOn(rect.center());
        }
    }
    if (!qFuzzyCompare(before, zoom()))
        emit zoomChanged(zoom());
    emit visibleAreaChanged();
}

void FlowView::autoLayout()
{
    m_document->autoLayout();
    fitFlow();
}

void FlowView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        m_autoFit = false;
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, event->angleDelta().y()), AnchorUnderMouse);
    event->accept();
}

void FlowView::mousePressEvent(QMouseEvent *event)
{
    m_autoFit = false;
    const bool pan = event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (pan) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void FlowView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint position = event->position().toPoint();
        const QPoint delta = position - m_panLast;
        m_panLast = position;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FlowView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        if (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)
            endPan();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FlowView::endPan()
{
    m_panning = false;
    if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void FlowView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_contextActions.isEmpty()) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    // As in file managers: a right-click on something outside the selection acts on it alone.
    for (QGraphicsItem *item : items(event->pos())) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            if (!node->isSelected())
                selectNodes({node->nodeId()});
            break;
        }
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(m_contextActions);
    menu->popup(event->globalPos());
    event->accept();
}

void FlowView::keyPressEvent(QKeyEvent *event)
{
    // The window's Edit and View menus usually own these shortcuts and get them first; the view
    // handles them itself when it lives without that window.
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->key() == Qt::Key_Space && !ctrl) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            if (!m_panning)
                viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        deleteSelection();
    } else if (ctrl && (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus)) {
        zoomIn();
    } else if (ctrl && (event->key() == Qt::Key_Minus || event->key() == Qt::Key_Underscore)) {
        zoomOut();
    } else if (ctrl && event->key() == Qt::Key_0) {
        fitFlow();
    } else if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::Cut)) {
        cut();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (ctrl && event->key() == Qt::Key_D) {
        duplicate();
    } else if (!ctrl
               && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right
                   || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
               && !selectedNodeIds().isEmpty()) {
        const qreal step = FlowScene::GridStep;
        const QHash<int, QPointF> deltas{{Qt::Key_Left, {-step, 0}},
                                         {Qt::Key_Right, {step, 0}},
                                         {Qt::Key_Up, {0, -step}},
                                         {Qt::Key_Down, {0, step}}};
        nudgeSelection(deltas.value(event->key()));
    } else if (event->key() == Qt::Key_Escape) {
        m_scene->clearSelection();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FlowView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void FlowView::focusOutEvent(QFocusEvent *event)
{
    // A Space released elsewhere never reaches us.
    m_spaceHeld = false;
    if (!m_panning)
        viewport()->unsetCursor();
    QGraphicsView::focusOutEvent(event);
}

// ---- drops from the palette ----------------------------------------------------------------------

void FlowView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(nodeKindMimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    // Only node kinds land on the canvas (the scene would take anything and drop it).
    event->ignore();
}

void FlowView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(nodeKindMimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void FlowView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(nodeKindMimeType())) {
        event->ignore();
        return;
    }
    const QString name = QString::fromUtf8(event->mimeData()->data(nodeKindMimeType()));
    const std::optional<NodeKind> kind = nodeKindFromName(name);
    if (!kind) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_autoFit = false;
    addNode(*kind, mapToScene(event->position().toPoint()));
    setFocus();
}

// ---- geometry ------------------------------------------------------------------------------------

void FlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitIfAuto();
    emit visibleAreaChanged();
}

void FlowView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    fitIfAuto();
}

void FlowView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleAreaChanged();
}

} // namespace Hookflow
