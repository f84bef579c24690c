// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"
#include "util/result.h"

#include <QGraphicsView>
#include <QList>

class QAction;

namespace Hookflow {

class CampaignDocument;
class EdgeItem;
class FlowScene;
class NodeItem;

/// The flow editor: a view of a CampaignDocument's flow that the user edits directly. Select,
/// rubber-band select, move by drag (one undo step, snapped to the grid), connect by dragging
/// from a port, delete, cut/copy/paste/duplicate through the clipboard (format-1 JSON), drop node
/// kinds from the palette, zoom (Ctrl+wheel, Ctrl+=, Ctrl+-, Ctrl+0 to fit) and pan (middle-drag,
/// Space+drag). Every change goes through the document; the view never edits the campaign.
class FlowView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowView)

public:
    /// The clipboard type of a copied part of a flow (format-1 JSON, also put there as text).
    static QString flowMimeType();
    /// What the palette drags: the node kind's name ("webhook").
    static QString nodeKindMimeType();

    explicit FlowView(CampaignDocument *document, QWidget *parent = nullptr);
    ~FlowView() override;

    CampaignDocument *document() const { return m_document; }
    FlowScene *flowScene() const { return m_scene; }

    QList<NodeItem *> nodeItems() const;
    NodeItem *nodeItem(const QString &id) const;
    QList<EdgeItem *> edgeItems() const;

    QStringList selectedNodeIds() const;
    /// Selects exactly these nodes.
    void selectNodes(const QStringList &ids);
    /// Selects a node and scrolls it into view.
    void focusNode(const QString &id);

    bool snapToGrid() const;
    /// The current scale (1.0 = 100 %).
    qreal zoom() const;
    /// Adds a node of `kind` centred on `scenePos` (snapped) and selects it; returns its id.
    QString addNode(NodeKind kind, const QPointF &scenePos);
    /// What a right-click on the canvas offers: the window's Edit and View actions, so the menu
    /// and the menu bar stay one set of actions. A right-click on a node selects it first.
    void setContextMenuActions(const QList<QAction *> &actions) { m_contextActions = actions; }

public slots:
    void cut();
    void copy();
    /// Pastes format-1 JSON from the clipboard (ours, or text from an editor) at the mouse
    /// when it is over the canvas, else next to the originals; the new nodes are selected.
    void paste();
    void duplicate();
    /// Deletes the selected nodes (with their edges) and the selected edges, as one undo step.
    void deleteSelection();
    void selectAll();
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);
    /// Fits the whole flow into the view (never enlarging it beyond 100 %).
    void fitFlow();
    void autoLayout();
    void setSnapToGrid(bool snap);
    /// Adds a node of `kind` in the middle of what the view shows (the palette's double-click).
    void addNodeAtCentre(NodeKind kind);
    /// Moves the selected nodes by `delta` (the arrow keys: one grid step), as one undo step.
    void nudgeSelection(const QPointF &delta);

signals:
    void selectionChanged(const QStringList &nodeIds);
    /// Something the user asked for was refused, or needs saying; for the status bar.
    void message(const QString &text);
    void zoomChanged(qreal zoom);
    /// The part of the scene the view shows moved or changed size (for the minimap).
    void visibleAreaChanged();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void init();
    void fitIfAuto();
    void zoomBy(qreal factor, ViewportAnchor anchor);
    Result<QStringList> pasteAtBestPlace(const QByteArray &json);
    void endPan();

    CampaignDocument *m_document = nullptr;
    FlowScene *m_scene = nullptr;
    QList<QAction *> m_contextActions;
    bool m_autoFit = true;
    bool m_opening = true; ///< fitting a campaign just opened (see MinOpeningScale)
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QByteArray m_lastPaste;
    int m_pasteCount = 0;
};

} // namespace Hookflow
