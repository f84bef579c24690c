// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Hookflow {

class CampaignDocument;

/// What the inspector shows when nothing is selected: the campaign's key, title, description
/// and its lifecycle status (ready → running → paused → ended), with the buttons to move it on.
class CampaignEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignEditor)

public:
    explicit CampaignEditor(CampaignDocument *document, QWidget *parent = nullptr);

    /// Shows the campaign as the document has it; leaves alone fields that already show it.
    void refresh();

    static QString statusLabel(CampaignStatus status);

signals:
    void message(const QString &text);

private:
    void setStatus(CampaignStatus status);

    QPointer<CampaignDocument> m_document;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_statusNote = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_end = nullptr;
    QLabel *m_summary = nullptr;
    bool m_refreshing = false;
};

} // namespace Hookflow
