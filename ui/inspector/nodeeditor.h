// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/samplecontext.h"
#include "model/campaign.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QFormLayout;
class QVBoxLayout;

namespace Hookflow {

class AudienceCounter;
class CampaignDocument;

/// The base of the per-kind editors: it shows the node's kind, id and caption (label), follows
/// the document's nodeChanged for its node and sends every edit through
/// CampaignDocument::updateNode. Subclasses add their fields and show the node in showNode().
class NodeEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeEditor)

public:
    NodeEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent = nullptr);
    ~NodeEditor() override;

    QString nodeId() const { return m_nodeId; }

    /// The sample data and the audience counter built from it (shared by all editors).
    void setSampleContext(const SampleContextPtr &context,
                          const std::shared_ptr<const AudienceCounter> &counter);

    /// Shows the node as the document has it now. Widgets already showing the right value are
    /// left alone, so this never disturbs typing.
    void refresh();

signals:
    void message(const QString &text);

protected:
    /// How an edit joins the undo history.
    enum class Step {
        Typing, ///< merges with the previous edit of the same property (one step per field)
        Single, ///< always its own step (buttons, adding and removing rows)
    };

    CampaignDocument *document() const;
    const Node *node() const;
    SampleContextPtr sampleContext() const { return m_context; }
    const AudienceCounter *audienceCounter() const { return m_counter.get(); }
    /// True while showNode() runs: widget signals then come from the document, not the user.
    bool isRefreshing() const { return m_refreshing; }

    /// The form subclasses add their rows to (below the caption).
    QFormLayout *form() const { return m_form; }
    /// The column below the form, for wide parts (tables, rule builders, previews).
    QVBoxLayout *content() const { return m_content; }

    /// Replaces the node's data with `changed` as one undo step or a merge into the last one.
    void commit(const Node &changed, const QString &property, Step step = Step::Typing);

    virtual void showNode(const Node &node) = 0;
    /// The sample data changed (completions, counts, previews).
    virtual void sampleContextChanged() {}

private:
    QPointer<CampaignDocument> m_document;
    QString m_nodeId;
    SampleContextPtr m_context;
    std::shared_ptr<const AudienceCounter> m_counter;
    QLabel *m_heading = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_label = nullptr;
    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_content = nullptr;
    bool m_refreshing = false;
};

} // namespace Hookflow
