// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/samplecontext.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;

namespace Hookflow {

class AudienceCounter;
class CampaignDocument;
class CampaignEditor;
class NodeEditor;

/// The right-hand dock: an editor for the selection. Nothing selected shows the campaign
/// (key, title, description, status); one node shows the editor of its kind; several show how
/// many are selected. Every edit goes through the document, so it can be undone.
class Inspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inspector)

public:
    explicit Inspector(CampaignDocument *document, QWidget *parent = nullptr);
    ~Inspector() override;

    /// None → the campaign editor; one → that node's editor; several → "N nodes selected".
    void setSelection(const QStringList &nodeIds);
    QStringList selection() const { return m_selection; }

    void setSampleContext(SampleContextPtr context);
    SampleContextPtr sampleContext() const { return m_context; }

    /// The editor shown now: a NodeEditor subclass, the CampaignEditor, or a label.
    QWidget *currentEditor() const { return m_editor; }

signals:
    void message(const QString &text);

private:
    void rebuild();
    QWidget *makeEditor();

    QPointer<CampaignDocument> m_document;
    QStringList m_selection;
    SampleContextPtr m_context;
    std::shared_ptr<const AudienceCounter> m_counter;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_editor = nullptr;
};

} // namespace Hookflow
