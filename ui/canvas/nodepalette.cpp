// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodepalette.h"

#include "nodekindmodel.h"

using namespace Qt::StringLiterals;

namespace Hookflow {

NodePalette::NodePalette(QWidget *parent)
    : QListView(parent)
    , m_model(new NodeKindModel(this))
{
    setObjectName(u"nodePalette"_s);
    setAccessibleName(tr("Node palette"));
    setModel(m_model);
    setSelectionMode(SingleSelection);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setIconSize(QSize(24, 24));
    setSpacing(2);
    setUniformItemSizes(true);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // activated: a double-click, or Enter on the current item (keyboard reachability).
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit kindActivated(m_model->kind(index));
    });
}

QSize NodePalette::sizeHint() const
{
    const int width = sizeHintForColumn(0);
    return QSize(width + 2 * frameWidth() + 8, QListView::sizeHint().height());
}

} // namespace Hookflow
