// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Hookflow {

class CampaignDocument;
class FlowView;
class MiniMap;
class NodePalette;

/// One campaign's canvas, as a tab of the main window holds it: the node palette along the left
/// edge, the flow editor filling the rest, the minimap over the editor's bottom-right corner.
class CanvasWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasWidget)

public:
    explicit CanvasWidget(CampaignDocument *document, QWidget *parent = nullptr);

    CampaignDocument *document() const { return m_document; }
    FlowView *view() const { return m_view; }
    NodePalette *palette() const { return m_palette; }
    MiniMap *miniMap() const { return m_miniMap; }

    bool isMiniMapVisible() const { return m_miniMapVisible; }

public slots:
    void setMiniMapVisible(bool visible);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeMiniMap();

    CampaignDocument *m_document = nullptr;
    FlowView *m_view = nullptr;
    NodePalette *m_palette = nullptr;
    MiniMap *m_miniMap = nullptr;
    bool m_miniMapVisible = true;
};

} // namespace Hookflow
