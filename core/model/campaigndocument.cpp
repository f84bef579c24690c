// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/campaigndocument.h"

#include "model/campaignformat.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Hookflow::CampaignDocument)
};

/// One reversible change. A command is a list of steps; undo runs their inverses in reverse order,
/// so indices recorded when a step was made are valid again when it is undone.
struct Step
{
    enum class Kind {
        AddNode,
        RemoveNode,
        ChangeNode,
        RenameNode,
        AddEdge,
        RemoveEdge,
        ChangeField,
        ChangeStatus
    };
    Kind kind = Kind::ChangeNode;
    int index = -1;
    Node before;
    Node after;
    Edge edge;
    CampaignDocument::Field field = CampaignDocument::Field::Title;
    QString beforeText;
    QString afterText;
    CampaignStatus beforeStatus = CampaignStatus::Ready;
    CampaignStatus afterStatus = CampaignStatus::Ready;
};

constexpr int MergeableCommandId = 0x486f6f6b; // "Hook"

} // namespace

/// The one undo command class: it holds ids and snapshots (never item pointers) and changes the
/// campaign only through the document's apply functions.
class DocumentCommand final : public QUndoCommand
{
public:
    DocumentCommand(CampaignDocument *document,
                    const QString &text,
                    QList<Step> steps,
                    QString mergeKey = {})
        : QUndoCommand(text)
        , m_document(document)
        , m_steps(std::move(steps))
        , m_mergeKey(std::move(mergeKey))
    {}

    void redo() override
    {
        for (const Step &step : std::as_const(m_steps))
            forward(step);
        m_document->finishChange();
    }

    void undo() override
    {
        for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it)
            backward(*it);
        m_document->finishChange();
    }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : MergeableCommandId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const DocumentCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || m_steps.size() != 1 || next->m_steps.size() != 1)
            return false;
        Step &mine = m_steps.first();
        const Step &theirs = next->m_steps.first();
        if (mine.kind != theirs.kind)
            return false;
        mine.after = theirs.after;
        mine.afterText = theirs.afterText;
        // Typing something and deleting it again leaves nothing to undo.
        setObsolete(mine.kind == Step::Kind::ChangeNode ? mine.before == mine.after
                                                        : mine.beforeText == mine.afterText);
        return true;
    }

private:
    void forward(const Step &step)
    {
        switch (step.kind) {
        case Step::Kind::AddNode:
            m_document->applyInsertNode(step.index, step.after);
            break;
        case Step::Kind::RemoveNode:
            m_document->applyRemoveNode(step.before.id);
            break;
        case Step::Kind::ChangeNode:
            m_document->applyNode(step.after);
            break;
        case Step::Kind::RenameNode:
            m_document->applyRename(step.beforeText, step.afterText);
            break;
        case Step::Kind::AddEdge:
            m_document->applyInsertEdge(step.index, step.edge);
            break;
        case Step::Kind::RemoveEdge:
            m_document->applyRemoveEdge(step.edge);
            break;
        case Step::Kind::ChangeField:
            m_document->applyField(step.field, step.afterText);
            break;
        case Step::Kind::ChangeStatus:
            m_document->applyStatus(step.afterStatus);
            break;
        }
    }

    void backward(const Step &step)
    {
        switch (step.kind) {
        case Step::Kind::AddNode:
            m_document->applyRemoveNode(step.after.id);
            break;
        case Step::Kind::RemoveNode:
            m_document->applyInsertNode(step.index, step.before);
            break;
        case Step::Kind::ChangeNode:
            m_document->applyNode(step.before);
            break;
        case Step::Kind::RenameNode:
            m_document->applyRename(step.afterText, step.beforeText);
            break;
        case Step::Kind::AddEdge:
            m_document->applyRemoveEdge(step.edge);
            break;
        case Step::Kind::RemoveEdge:
            m_document->applyInsertEdge(step.index, step.edge);
            break;
        case Step::Kind::ChangeField:
            m_document->applyField(step.field, step.beforeText);
            break;
        case Step::Kind::ChangeStatus:
            m_document->applyStatus(step.beforeStatus);
            break;
        }
    }

    CampaignDocument *m_document;
    QList<Step> m_steps;
    QString m_mergeKey;
};

CampaignDocument::CampaignDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
    });
    m_campaign = emptyCampaign();
    m_diagnostics = validateCampaign(m_campaign);
}

CampaignDocument::~CampaignDocument() = default;

bool CampaignDocument::isModified() const
{
    return !m_undo->isClean();
}

void CampaignDocument::reset(const Campaign &campaign, const QString &fileName, bool modified)
{
    const bool wasModified = isModified();
    m_undo->clear();
    m_campaign = campaign;
    m_diagnostics = validateCampaign(m_campaign);
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(m_fileName);
    }
    if (modified)
        m_undo->resetClean();
    emit documentReset();
    emit changed();
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

Campaign CampaignDocument::emptyCampaign()
{
    Campaign campaign;
    campaign.key = u"campaign-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    campaign.title = Tr::tr("Untitled campaign");
    return campaign;
}

Result<void> CampaignDocument::load(const QString &fileName, Diagnostics *diagnostics)
{
    CampaignLoad loaded = CampaignFormat::load(fileName);
    if (diagnostics)
        *diagnostics = loaded.diagnostics;
    // A file with parts we could not read is not opened for editing: saving it would drop them.
    if (!loaded.campaign || !loaded.readCompletely) {
        const auto first = std::find_if(loaded.diagnostics.cbegin(),
                                        loaded.diagnostics.cend(),
                                        [](const Diagnostic &d) { return d.isError(); });
        return Error{u"campaign-file"_s,
                     first == loaded.diagnostics.cend() ? Tr::tr("the file cannot be read")
                                                        : first->format(fileName)};
    }
    reset(*loaded.campaign, fileName);
    return {};
}

Result<void> CampaignDocument::save(const QString &fileName)
{
    const QString target = fileName.isEmpty() ? m_fileName : fileName;
    if (target.isEmpty())
        return Error{u"io"_s, Tr::tr("the campaign has no file yet; use Save As")};
    if (Result<void> saved = CampaignFormat::save(m_campaign, target); !saved)
        return saved;
    if (target != m_fileName) {
        m_fileName = target;
        emit fileNameChanged(m_fileName);
    }
    m_undo->setClean();
    return {};
}

void CampaignDocument::push(QUndoCommand *command, bool gated)
{
    if (gated && m_campaign.status == CampaignStatus::Running && m_runningGate && !m_runningGate()) {
        delete command;
        return;
    }
    m_undo->push(command);
}

void CampaignDocument::finishChange()
{
    m_diagnostics = validateCampaign(m_campaign);
    emit changed();
}

// ---- campaign ------------------------------------------------------------------------------

void CampaignDocument::setField(Field field, const QString &value)
{
    Step step;
    step.kind = Step::Kind::ChangeField;
    step.field = field;
    switch (field) {
    case Field::Key:
        step.beforeText = m_campaign.key;
        break;
    case Field::Title:
        step.beforeText = m_campaign.title;
        break;
    case Field::Description:
        step.beforeText = m_campaign.description;
        break;
    }
    if (step.beforeText == value)
        return;
    step.afterText = value;
    static const char *const names[] = {QT_TRANSLATE_NOOP("Hookflow::CampaignDocument", "key"),
                                        QT_TRANSLATE_NOOP("Hookflow::CampaignDocument", "title"),
                                        QT_TRANSLATE_NOOP("Hookflow::CampaignDocument",
                                                          "description")};
    const QString name = Tr::tr(names[static_cast<int>(field)]);
    push(new DocumentCommand(this,
                             Tr::tr("Edit campaign %1").arg(name),
                             {step},
                             u"campaign/"_s + QString::number(static_cast<int>(field))));
}

void CampaignDocument::setStatus(CampaignStatus status)
{
    if (status == m_campaign.status)
        return;
    Step step;
    step.kind = Step::Kind::ChangeStatus;
    step.beforeStatus = m_campaign.status;
    step.afterStatus = status;
    push(new DocumentCommand(this,
                             Tr::tr("Set status to %1").arg(campaignStatusName(status)),
                             {step}),
         false);
}

// ---- nodes ---------------------------------------------------------------------------------

Node CampaignDocument::defaultNode(NodeKind kind)
{
    Node node;
    node.kind = kind;
    if (kind == NodeKind::Webhook) {
        node.request.method = u"POST"_s;
        node.request.body = u"{}"_s;
    }
    return node;
}

QString CampaignDocument::freshId(NodeKind kind) const
{
    const QString base = nodeKindName(kind);
    if (!m_campaign.node(base))
        return base;
    for (int n = 2;; ++n) {
        const QString id = base + u'-' + QString::number(n);
        if (!m_campaign.node(id))
            return id;
    }
}

QString CampaignDocument::addNode(NodeKind kind, const QPointF &position)
{
    Node node = defaultNode(kind);
    node.position = position;
    return addNode(std::move(node));
}

QString CampaignDocument::addNode(Node node)
{
    if (node.id.isEmpty() || m_campaign.node(node.id))
        node.id = freshId(node.kind);
    Step step;
    step.kind = Step::Kind::AddNode;
    step.index = int(m_campaign.nodes.size());
    step.after = node;
    push(new DocumentCommand(this, Tr::tr("Add %1").arg(nodeKindDisplayName(node.kind)), {step}));
    return m_campaign.node(node.id) ? node.id : QString();
}

void CampaignDocument::removeNodes(const QStringList &ids, const QList<Edge> &edges)
{
    const QSet<QString> doomed(ids.cbegin(), ids.cend());
    QList<Step> steps;
    // Highest index first, so that undo (which runs the steps backwards) inserts in rising order
    // and every index is right again when it is used.
    for (int i = int(m_campaign.edges.size()) - 1; i >= 0; --i) {
        const Edge &edge = m_campaign.edges.at(i);
        if (doomed.contains(edge.from) || doomed.contains(edge.to) || edges.contains(edge)) {
            Step step;
            step.kind = Step::Kind::RemoveEdge;
            step.index = i;
            step.edge = edge;
            steps.append(step);
        }
    }
    int removed = 0;
    for (int i = int(m_campaign.nodes.size()) - 1; i >= 0; --i) {
        const Node &node = m_campaign.nodes.at(i);
        if (doomed.contains(node.id)) {
            Step step;
            step.kind = Step::Kind::RemoveNode;
            step.index = i;
            step.before = node;
            steps.append(step);
            ++removed;
        }
    }
    if (steps.isEmpty())
        return;
    push(new DocumentCommand(this,
                             removed > 0
                                 ? Tr::tr("Delete %n node(s)", nullptr, removed)
                                 : Tr::tr("Delete %n connection(s)", nullptr, int(steps.size())),
                             steps));
}

void CampaignDocument::moveNodes(const QHash<QString, QPointF> &positions)
{
    QList<Step> steps;
    for (const Node &node : std::as_const(m_campaign.nodes)) {
        const auto it = positions.constFind(node.id);
        if (it == positions.cend() || it.value() == node.position)
            continue;
        Step step;
        step.kind = Step::Kind::ChangeNode;
        step.before = node;
        step.after = node;
        step.after.position = it.value();
        steps.append(step);
    }
    if (steps.isEmpty())
        return;
    push(new DocumentCommand(this, Tr::tr("Move %n node(s)", nullptr, int(steps.size())), steps));
}

void CampaignDocument::updateNode(const Node &node, const QString &property, bool mergeable)
{
    const Node *current = m_campaign.node(node.id);
    if (!current)
        return;
    Step step;
    step.kind = Step::Kind::ChangeNode;
    step.before = *current;
    step.after = node;
    step.after.position = current->position;
    step.after.kind = current->kind;
    if (step.before == step.after)
        return;
    push(new DocumentCommand(this,
                             Tr::tr("Edit %1 of %2").arg(property, node.id),
                             {step},
                             mergeable ? node.id + u'/' + property : QString()));
}

Result<void> CampaignDocument::renameNode(const QString &id, const QString &newId)
{
    static const QRegularExpression idPattern(u"\\A[A-Za-z0-9_][A-Za-z0-9_.-]*\\z"_s);
    if (!m_campaign.node(id))
        return Error{u"rename"_s, Tr::tr("there is no node \"%1\"").arg(id)};
    if (newId == id)
        return {};
    if (!idPattern.match(newId).hasMatch())
        return Error{u"rename"_s,
                     Tr::tr("a node id uses letters, digits, '_', '-' and '.', and starts with a "
                            "letter, digit or '_'")};
    if (m_campaign.node(newId))
        return Error{u"rename"_s, Tr::tr("there is already a node \"%1\"").arg(newId)};
    Step step;
    step.kind = Step::Kind::RenameNode;
    step.beforeText = id;
    step.afterText = newId;
    push(new DocumentCommand(this, Tr::tr("Rename %1 to %2").arg(id, newId), {step}));
    if (!m_campaign.node(newId))
        return Error{u"rename"_s, Tr::tr("The campaign is running; nothing was renamed.")};
    return {};
}

void CampaignDocument::autoLayout()
{
    const QHash<QString, QPointF> positions = AutoLayout::positions(m_campaign);
    QList<Step> steps;
    for (const Node &node : std::as_const(m_campaign.nodes)) {
        const QPointF target = positions.value(node.id, node.position);
        if (target == node.position)
            continue;
        Step step;
        step.kind = Step::Kind::ChangeNode;
        step.before = node;
        step.after = node;
        step.after.position = target;
        steps.append(step);
    }
    if (!steps.isEmpty())
        push(new DocumentCommand(this, Tr::tr("Auto-layout"), steps));
}

// ---- edges ---------------------------------------------------------------------------------

std::optional<QString> CampaignDocument::connectionProblem(const QString &from,
                                                           const QString &to,
                                                           const QString &port) const
{
    const Node *source = m_campaign.node(from);
    const Node *target = m_campaign.node(to);
    if (!source)
        return Tr::tr("there is no node \"%1\"").arg(from);
    if (!target)
        return Tr::tr("there is no node \"%1\"").arg(to);
    if (from == to)
        return Tr::tr("a node cannot lead to itself");
    if (source->kind == NodeKind::Exit)
        return Tr::tr("an exit ends the flow; it has no output");
    if (target->kind == NodeKind::Trigger)
        return Tr::tr("nothing can lead into a trigger: it is where the flow starts, and a "
                      "campaign has only one");
    if (source->kind == NodeKind::Branch && port != "yes"_L1 && port != "no"_L1)
        return Tr::tr("connect from the branch's \"yes\" or \"no\" output");
    if (source->kind != NodeKind::Branch && !port.isEmpty())
        return Tr::tr("only a branch has \"yes\" and \"no\" outputs");
    for (const Edge &edge : m_campaign.edges) {
        if (edge.from == from && edge.to == to && edge.port == port)
            return Tr::tr("these nodes are already connected");
    }
    // A cycle: `to` already leads (directly or not) to `from`.
    QSet<QString> seen{to};
    QList<QString> pending{to};
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        for (const Edge &edge : m_campaign.edges) {
            if (edge.from != id || seen.contains(edge.to))
                continue;
            if (edge.to == from)
                return Tr::tr("this would make a loop: \"%1\" already leads to \"%2\"").arg(to, from);
            seen.insert(edge.to);
            pending.append(edge.to);
        }
    }
    return std::nullopt;
}

Result<void> CampaignDocument::connectNodes(const QString &from,
                                            const QString &to,
                                            const QString &port)
{
    if (const auto problem = connectionProblem(from, to, port))
        return Error{u"connection"_s, *problem};
    Step step;
    step.kind = Step::Kind::AddEdge;
    step.index = int(m_campaign.edges.size());
    step.edge = Edge{from, to, port};
    push(new DocumentCommand(this, Tr::tr("Connect %1 to %2").arg(from, to), {step}));
    return {};
}

void CampaignDocument::removeEdges(const QList<Edge> &edges)
{
    removeNodes({}, edges);
}

// ---- clipboard -----------------------------------------------------------------------------

QByteArray CampaignDocument::copy(const QStringList &ids) const
{
    const QSet<QString> chosen(ids.cbegin(), ids.cend());
    QList<Node> nodes;
    for (const Node &node : m_campaign.nodes) {
        if (chosen.contains(node.id))
            nodes.append(node);
    }
    QList<Edge> edges;
    for (const Edge &edge : m_campaign.edges) {
        if (chosen.contains(edge.from) && chosen.contains(edge.to))
            edges.append(edge);
    }
    return CampaignFormat::serializeFragment(nodes, edges);
}

Result<QStringList> CampaignDocument::paste(const QByteArray &json,
                                            const QPointF &where,
                                            PasteAt mode)
{
    const CampaignLoad fragment = CampaignFormat::parseFragment(json);
    if (!fragment.campaign || hasErrors(fragment.diagnostics)) {
        for (const Diagnostic &d : fragment.diagnostics) {
            if (d.isError())
                return Error{u"paste"_s,
                             Tr::tr("The clipboard does not hold Hookflow nodes: %1")
                                 .arg(d.format(Tr::tr("clipboard")))};
        }
        return Error{u"paste"_s, Tr::tr("The clipboard does not hold Hookflow nodes.")};
    }
    QPointF offset = where;
    if (mode == PasteAt::TopLeft && !fragment.campaign->nodes.isEmpty()) {
        QPointF topLeft = fragment.campaign->nodes.first().position;
        for (const Node &node : fragment.campaign->nodes)
            topLeft = QPointF(std::min(topLeft.x(), node.position.x()),
                              std::min(topLeft.y(), node.position.y()));
        offset = where - topLeft;
    }
    // Pasted nodes keep recognisable ids ("alimtalk" → "alimtalk-2") that are new to the campaign.
    QSet<QString> taken;
    for (const Node &node : std::as_const(m_campaign.nodes))
        taken.insert(node.id);
    QHash<QString, QString> renamed;
    QList<Step> steps;
    QStringList ids;
    int index = int(m_campaign.nodes.size());
    for (Node node : fragment.campaign->nodes) {
        if (renamed.contains(node.id))
            continue; // a duplicate id in the fragment; the first one wins
        QString base = node.id.isEmpty() ? nodeKindName(node.kind) : node.id;
        static const QRegularExpression suffix(u"-\\d+$"_s);
        QString id = base;
        if (taken.contains(id)) {
            base.remove(suffix);
            for (int n = 2; taken.contains(id); ++n)
                id = base + u'-' + QString::number(n);
        }
        taken.insert(id);
        renamed.insert(node.id, id);
        node.id = id;
        node.position += offset;
        Step step;
        step.kind = Step::Kind::AddNode;
        step.index = index++;
        step.after = node;
        steps.append(step);
        ids.append(id);
    }
    if (ids.isEmpty())
        return Error{u"paste"_s, Tr::tr("The clipboard holds no nodes.")};
    int edgeIndex = int(m_campaign.edges.size());
    for (const Edge &edge : fragment.campaign->edges) {
        if (!renamed.contains(edge.from) || !renamed.contains(edge.to))
            continue;
        Step step;
        step.kind = Step::Kind::AddEdge;
        step.index = edgeIndex++;
        step.edge = Edge{renamed.value(edge.from), renamed.value(edge.to), edge.port};
        steps.append(step);
    }
    const qsizetype before = m_campaign.nodes.size();
    push(new DocumentCommand(this, Tr::tr("Paste %n node(s)", nullptr, int(ids.size())), steps));
    if (m_campaign.nodes.size() == before)
        return Error{u"paste"_s, Tr::tr("The campaign is running; nothing was pasted.")};
    return ids;
}

QStringList CampaignDocument::duplicate(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    Result<QStringList> pasted = paste(copy(ids), QPointF(40, 40));
    return pasted ? *pasted : QStringList();
}

QByteArray CampaignDocument::cut(const QStringList &ids)
{
    const QByteArray copied = copy(ids);
    removeNodes(ids);
    return copied;
}

// ---- apply functions -----------------------------------------------------------------------

void CampaignDocument::applyInsertNode(int index, const Node &node)
{
    m_campaign.nodes.insert(qBound(0, index, int(m_campaign.nodes.size())), node);
    emit nodeAdded(node.id);
}

void CampaignDocument::applyRemoveNode(const QString &id)
{
    const auto it = std::find_if(m_campaign.nodes.begin(),
                                 m_campaign.nodes.end(),
                                 [&](const Node &node) { return node.id == id; });
    if (it == m_campaign.nodes.end())
        return;
    m_campaign.nodes.erase(it);
    emit nodeRemoved(id);
}

void CampaignDocument::applyNode(const Node &node)
{
    for (Node &existing : m_campaign.nodes) {
        if (existing.id == node.id) {
            existing = node;
            emit nodeChanged(node.id);
            return;
        }
    }
}

void CampaignDocument::applyRename(const QString &from, const QString &to)
{
    for (Node &node : m_campaign.nodes) {
        if (node.id == from)
            node.id = to;
    }
    for (Edge &edge : m_campaign.edges) {
        if (edge.from == from)
            edge.from = to;
        if (edge.to == from)
            edge.to = to;
    }
    emit nodeRenamed(from, to);
}

void CampaignDocument::applyInsertEdge(int index, const Edge &edge)
{
    m_campaign.edges.insert(qBound(0, index, int(m_campaign.edges.size())), edge);
    emit edgeAdded(edge);
}

void CampaignDocument::applyRemoveEdge(const Edge &edge)
{
    if (m_campaign.edges.removeOne(edge))
        emit edgeRemoved(edge);
}

void CampaignDocument::applyField(Field field, const QString &value)
{
    switch (field) {
    case Field::Key:
        m_campaign.key = value;
        break;
    case Field::Title:
        m_campaign.title = value;
        break;
    case Field::Description:
        m_campaign.description = value;
        break;
    }
    emit campaignChanged();
}

void CampaignDocument::applyStatus(CampaignStatus status)
{
    m_campaign.status = status;
    emit campaignChanged();
}

// ---- layout --------------------------------------------------------------------------------

QHash<QString, QPointF> AutoLayout::positions(const Campaign &campaign)
{
    constexpr qreal ColumnStep = 300; // NodeWidth + room for arrows; multiples of the 20 px grid
    constexpr qreal RowStep = 140;

    QHash<QString, int> order; // file order, the stable tie-break
    for (int i = 0; i < campaign.nodes.size(); ++i)
        order.insert(campaign.nodes.at(i).id, i);
    QHash<QString, QList<Edge>> incoming;
    QHash<QString, int> pendingInputs;
    for (const Edge &edge : campaign.edges) {
        if (!order.contains(edge.from) || !order.contains(edge.to) || edge.from == edge.to)
            continue;
        incoming[edge.to].append(edge);
        ++pendingInputs[edge.to];
    }

    // Longest-path layers in topological order (Kahn). Nodes on a cycle never become ready; they
    // are placed one layer after everything else, so a broken file still lays out.
    QHash<QString, int> layer;
    QList<QString> ready;
    for (const Node &node : campaign.nodes) {
        if (pendingInputs.value(node.id) == 0) {
            ready.append(node.id);
            layer.insert(node.id, 0);
        }
    }
    for (qsizetype i = 0; i < ready.size(); ++i) {
        const QString id = ready.at(i);
        for (const Edge &edge : campaign.edges) {
            if (edge.from != id || !order.contains(edge.to) || edge.from == edge.to)
                continue;
            layer[edge.to] = std::max(layer.value(edge.to), layer.value(id) + 1);
            if (--pendingInputs[edge.to] == 0)
                ready.append(edge.to);
        }
    }
    int deepest = 0;
    for (const int l : std::as_const(layer))
        deepest = std::max(deepest, l);
    const QSet<QString> placed(ready.cbegin(), ready.cend());
    for (const Node &node : campaign.nodes) {
        if (!placed.contains(node.id))
            layer.insert(node.id, deepest + 1);
    }

    QMap<int, QStringList> layers;
    for (const Node &node : campaign.nodes)
        layers[layer.value(node.id)].append(node.id);

    // Order each layer by the mean row of its predecessors (yes above no), left to right.
    QHash<QString, qreal> row;
    for (auto it = layers.begin(); it != layers.end(); ++it) {
        QStringList &ids = it.value();
        QHash<QString, qreal> key;
        for (const QString &id : std::as_const(ids)) {
            qreal sum = 0;
            int count = 0;
            for (const Edge &edge : incoming.value(id)) {
                if (!row.contains(edge.from))
                    continue;
                sum += row.value(edge.from) + (edge.port == "no"_L1 ? 0.5 : 0.0);
                ++count;
            }
            key.insert(id, count ? sum / count : order.value(id) * 1e-3 - 1e3);
        }
        std::stable_sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
            const qreal ka = key.value(a);
            const qreal kb = key.value(b);
            return ka != kb ? ka < kb : order.value(a) < order.value(b);
        });
        for (int i = 0; i < ids.size(); ++i)
            row.insert(ids.at(i), i);
    }

    QHash<QString, QPointF> positions;
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        const QStringList &ids = it.value();
        const qreal top = -(ids.size() - 1) * RowStep / 2;
        for (int i = 0; i < ids.size(); ++i) {
            const qreal y = std::round((top + i * RowStep) / 20) * 20;
            positions.insert(ids.at(i), QPointF(it.key() * ColumnStep, y));
        }
    }
    return positions;
}

} // namespace Hookflow
