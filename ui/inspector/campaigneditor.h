// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/campaign.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Hookflow {

class CampaignDocument;

/// What the inspector shows when nothing is selected: the campaign's key, title, description
/// and its lifecycle status (ready → running → paused → ended), with the buttons to move it on,
/// and the campaign-wide delivery settings (per-host concurrency, rate limit, circuit breaker,
/// Hackle profile).
class CampaignEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignEditor)

public:
    explicit CampaignEditor(CampaignDocument *document, QWidget *parent = nullptr);

    /// Shows the campaign as the document has it; leaves alone fields that already show it.
    void refresh();

    static QString statusLabel(CampaignStatus status);
    /// Whether the document can store campaign.delivery (CampaignDocument::setDelivery); without
    /// it the delivery settings are shown read-only.
    static bool canEditDelivery();

signals:
    void message(const QString &text);

private:
    void setStatus(CampaignStatus status);
    QGroupBox *makeDeliveryBox();
    void showDelivery(const QJsonObject &delivery);
    /// Replaces campaign.delivery; `typing` merges with the previous edit of the same field.
    void editDelivery(const QJsonObject &delivery, bool typing);

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
    QSpinBox *m_hostConcurrency = nullptr;
    QSpinBox *m_rateLimit = nullptr;
    QComboBox *m_ratePer = nullptr;
    QSpinBox *m_breakerFailures = nullptr;
    QSpinBox *m_breakerWindow = nullptr;
    QSpinBox *m_breakerCooldown = nullptr;
    QCheckBox *m_hackle = nullptr;
    QLabel *m_deliveryNote = nullptr;
    bool m_refreshing = false;
};

} // namespace Hookflow
