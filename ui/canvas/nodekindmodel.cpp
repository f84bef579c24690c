// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodekindmodel.h"

#include "flowview.h"
#include "nodeitem.h"

#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

/// A small node: the kind's colour as a header over a light body.
QIcon kindIcon(NodeKind kind)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color = NodeItem::kindColor(kind);
        const QRectF box = QRectF(0, size * 0.15, size, size * 0.7).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = size / 8.0;
        painter.setPen(QPen(color.darker(115), 1));
        painter.setBrush(QColor(0xfa, 0xfa, 0xfa));
        painter.drawRoundedRect(box, radius, radius);
        QPainterPath clip;
        clip.addRoundedRect(box, radius, radius);
        painter.setClipPath(clip);
        painter.fillRect(QRectF(box.left(), box.top(), box.width(), box.height() * 0.4), color);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

NodeKindModel::NodeKindModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_kinds{NodeKind::Trigger,
              NodeKind::Audience,
              NodeKind::Webhook,
              NodeKind::Delay,
              NodeKind::Branch,
              NodeKind::Limit,
              NodeKind::Exit}
{}

NodeKind NodeKindModel::kind(const QModelIndex &index) const
{
    return m_kinds.value(index.row(), NodeKind::Exit);
}

QModelIndex NodeKindModel::indexOf(NodeKind kind) const
{
    return index(int(m_kinds.indexOf(kind)), 0);
}

QString NodeKindModel::description(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Trigger:
        return tr("Starts the flow when a user does an event, optionally filtered by its "
                  "properties.");
    case NodeKind::Audience:
        return tr("Lets only the users who match the targeting rules through.");
    case NodeKind::Webhook:
        return tr("Sends one HTTP request, personalized for each user.");
    case NodeKind::Delay:
        return tr("Waits a while before the next step.");
    case NodeKind::Branch:
        return tr("Splits the flow: users who match the rules go on at “yes”, the others at "
                  "“no”.");
    case NodeKind::Limit:
        return tr("Caps how often a user goes through: at most a number of times per period.");
    case NodeKind::Exit:
        return tr("Ends the flow.");
    }
    return {};
}

int NodeKindModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size());
}

QVariant NodeKindModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeKind kind = m_kinds.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return nodeKindDisplayName(kind);
    case Qt::DecorationRole:
        return kindIcon(kind);
    case Qt::ToolTipRole:
        return tr("<b>%1</b><br>%2<br><i>Drag onto the canvas, or double-click to add.</i>")
            .arg(nodeKindDisplayName(kind).toHtmlEscaped(), description(kind).toHtmlEscaped());
    case Qt::StatusTipRole:
    case Qt::AccessibleDescriptionRole:
        return description(kind);
    case KindRole:
        return int(kind);
    case KindNameRole:
        return nodeKindName(kind);
    default:
        return {};
    }
}

Qt::ItemFlags NodeKindModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> NodeKindModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    return names;
}

QStringList NodeKindModel::mimeTypes() const
{
    return {FlowView::nodeKindMimeType()};
}

QMimeData *NodeKindModel::mimeData(const QModelIndexList &indexes) const
{
    // One node per drop: the first valid index decides.
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        auto *mime = new QMimeData;
        mime->setData(FlowView::nodeKindMimeType(), nodeKindName(m_kinds.at(index.row())).toUtf8());
        return mime;
    }
    return nullptr;
}

Qt::DropActions NodeKindModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Hookflow
