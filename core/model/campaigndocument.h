// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/campaign.h"
#include "model/diagnostic.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QPointF>

#include <functional>

class QUndoCommand;
class QUndoStack;

namespace Hookflow {

/// A campaign being edited: the campaign, its file and the QUndoStack of every change made to it.
/// It is the only way to change a campaign (STYLE): public edit methods check the edit, build an
/// undo command and push it; the commands call private apply functions, which change the data and
/// emit the fine-grained signals the canvas and the inspectors follow. Views key everything by
/// node id and never hold on to a Node.
class CampaignDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDocument)

public:
    /// The campaign fields an inspector edits as text; typing in one merges into one undo step.
    enum class Field { Key, Title, Description };

    explicit CampaignDocument(QObject *parent = nullptr);
    ~CampaignDocument() override;

    const Campaign &campaign() const { return m_campaign; }
    const Node *node(const QString &id) const { return m_campaign.node(id); }
    QUndoStack *undoStack() const { return m_undo; }

    /// The file the campaign was loaded from or last saved to; empty for a new campaign.
    QString fileName() const { return m_fileName; }
    /// True when the campaign differs from its file (the undo stack is not at its clean index).
    bool isModified() const;

    /// Replaces the whole campaign (New, Open, Revert, recovery): the undo stack is cleared and
    /// the document is clean unless `modified` (a recovered campaign is not what the file holds).
    void reset(const Campaign &campaign, const QString &fileName = {}, bool modified = false);
    /// An empty campaign with a fresh key, as File ▸ New makes it.
    static Campaign emptyCampaign();
    /// Loads a campaign file; on failure the document is unchanged and the diagnostics say why.
    /// A file with parts that cannot be read (wrong types, unknown kinds) is refused, since saving
    /// it would lose them; flow problems (a missing URL) are fine, the designer is there to fix them.
    Result<void> load(const QString &fileName, Diagnostics *diagnostics = nullptr);
    /// Writes the campaign (to `fileName`, or to fileName() when empty) and marks it clean.
    Result<void> save(const QString &fileName = {});

    /// Validation problems of the current campaign, refreshed after every change.
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    /// Asked before any edit of a running campaign (Hackle asks to pause first). Returning false
    /// cancels the edit. The GUI asks the user and pauses the campaign with setStatus(); without
    /// a gate, edits of a running campaign go through.
    void setRunningEditGate(std::function<bool()> gate) { m_runningGate = std::move(gate); }

    // ---- campaign --------------------------------------------------------------------------
    void setField(Field field, const QString &value);
    /// Changes the lifecycle status (an undoable edit, never gated).
    void setStatus(CampaignStatus status);

    // ---- nodes -----------------------------------------------------------------------------
    /// Adds a node of `kind` with the defaults a new node gets; returns its (fresh) id.
    QString addNode(NodeKind kind, const QPointF &position);
    /// Adds `node`, renaming its id when it is empty or taken; returns the id it got.
    QString addNode(Node node);
    /// Removes the nodes, every edge touching them and the other `edges`, as one undo step
    /// (Delete on a selection of nodes and connections).
    void removeNodes(const QStringList &ids, const QList<Edge> &edges = {});
    /// Moves nodes to new positions as one undo step (one drag); unchanged positions are ignored.
    void moveNodes(const QHash<QString, QPointF> &positions);
    /// Replaces node `node.id`'s data (all but its position). Consecutive `mergeable` edits of
    /// the same (node, property) merge into one undo step, so typing a URL is one step; a button's
    /// edit passes false and is a step of its own. `property` names what the edit touches, in
    /// words for the Undo menu ("URL", "body", "rule 1" …).
    void updateNode(const Node &node, const QString &property, bool mergeable = true);
    /// Gives node `id` the id `newId`, and its edges with it, as one undo step. Fails, changing
    /// nothing, when `newId` is empty, taken or not made of letters, digits, '_', '-' and '.'.
    Result<void> renameNode(const QString &id, const QString &newId);
    /// Arranges the flow in layers from left to right (see AutoLayout), as one undo step.
    void autoLayout();
    /// A fresh node id for `kind` ("webhook", "webhook-2" …).
    QString freshId(NodeKind kind) const;
    /// The defaults of a node dropped from the palette.
    static Node defaultNode(NodeKind kind);

    // ---- edges -----------------------------------------------------------------------------
    /// Why `from` (at `port`) cannot connect to `to`, or nothing when it can: unknown node, a node
    /// to itself, an exit's output, into a trigger, a branch without "yes"/"no", an edge that is
    /// already there, or one that would close a cycle. The message is translated.
    std::optional<QString> connectionProblem(const QString &from,
                                             const QString &to,
                                             const QString &port = {}) const;
    /// Adds the edge, or fails with connectionProblem().
    Result<void> connectNodes(const QString &from, const QString &to, const QString &port = {});
    void removeEdges(const QList<Edge> &edges);

    // ---- clipboard ---------------------------------------------------------------------------
    /// The nodes and the edges between them as format-1 JSON ({"format": 1, "nodes", "edges"}),
    /// what Copy puts on the clipboard.
    QByteArray copy(const QStringList &ids) const;
    /// Where paste() puts the nodes: moved by a distance, or as a group whose top-left corner is
    /// at a point (the mouse).
    enum class PasteAt { Offset, TopLeft };
    /// Inserts nodes and edges from format-1 JSON (a copy, or a whole campaign file) with fresh
    /// ids, placed by `where` as `mode` says, as one undo step; returns the new ids. Fails,
    /// changing nothing, when the text is not a campaign fragment; the message says where.
    Result<QStringList> paste(const QByteArray &json,
                              const QPointF &where = {},
                              PasteAt mode = PasteAt::Offset);
    /// Copies and pastes `ids` next to themselves; returns the new ids.
    QStringList duplicate(const QStringList &ids);
    /// Removes and returns what copy() gives for them (Cut).
    QByteArray cut(const QStringList &ids);

signals:
    /// Everything changed (reset, load); views rebuild.
    void documentReset();
    void nodeAdded(const QString &id);
    void nodeRemoved(const QString &id);
    /// Any of the node's data changed, its position included.
    void nodeChanged(const QString &id);
    /// The node `oldId` is now `newId`; its edges were renamed with it (no edge signals).
    void nodeRenamed(const QString &oldId, const QString &newId);
    void edgeAdded(const Hookflow::Edge &edge);
    void edgeRemoved(const Hookflow::Edge &edge);
    /// Key, title, description or status changed.
    void campaignChanged();
    /// After every change, once the diagnostics are current.
    void changed();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    friend class DocumentCommand;

    void push(QUndoCommand *command, bool gated = true);
    void finishChange();

    // Apply functions: the only code that changes m_campaign. Commands call them.
    void applyInsertNode(int index, const Node &node);
    void applyRemoveNode(const QString &id);
    void applyNode(const Node &node); ///< replaces the node with the same id
    void applyRename(const QString &from, const QString &to);
    void applyInsertEdge(int index, const Edge &edge);
    void applyRemoveEdge(const Edge &edge);
    void applyField(Field field, const QString &value);
    void applyStatus(CampaignStatus status);

    Campaign m_campaign;
    QString m_fileName;
    Diagnostics m_diagnostics;
    QUndoStack *m_undo = nullptr;
    std::function<bool()> m_runningGate;
};

/// Layered left-to-right layout: a node's layer is the longest path to it from a node nothing
/// leads into (the trigger, usually); within a layer, nodes are ordered by the mean order of their
/// predecessors (a branch's "yes" above its "no"). Positions are on the 20 px grid and no two
/// nodes overlap.
namespace AutoLayout {
inline constexpr qreal NodeWidth = 220;
inline constexpr qreal NodeHeight = 90;
QHash<QString, QPointF> positions(const Campaign &campaign);
} // namespace AutoLayout

} // namespace Hookflow
