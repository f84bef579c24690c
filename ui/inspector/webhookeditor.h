// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/nodeeditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Hookflow {

class KeyValueModel;
class RequestPreview;
class TemplateEditor;

/// The editor of a webhook node: method, URL (with its template problems), query parameters and
/// headers, the body template, the delivery policy and signing, and below them the live preview
/// of the request for a sample user.
class WebhookEditor final : public NodeEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookEditor)

public:
    WebhookEditor(CampaignDocument *document, const QString &nodeId, QWidget *parent = nullptr);

    KeyValueModel *paramsModel() const { return m_params; }
    KeyValueModel *headersModel() const { return m_headers; }

protected:
    void showNode(const Node &node) override;
    void sampleContextChanged() override;

private:
    /// The table of params or headers with its Add and Remove buttons.
    QWidget *makeTable(KeyValueModel *model, const QString &name, const QString &what);
    void checkUrl(const QString &url);
    void editPolicy(const QString &key, const QJsonValue &value, const QString &label);
    void editFollowRedirects(bool follow);
    /// The policy's effective values where the file says nothing: spin boxes' "Preset (…)"
    /// texts and the schedule line.
    void showPolicy(const QJsonObject &policy);
    void editSigning(bool on, const QString &secret, bool typing);

    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlProblem = nullptr;
    KeyValueModel *m_params = nullptr;
    KeyValueModel *m_headers = nullptr;
    TemplateEditor *m_body = nullptr;
    QLabel *m_bodyNote = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_maxAttempts = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_inactivity = nullptr;
    QComboBox *m_http2 = nullptr;
    QCheckBox *m_followRedirects = nullptr;
    QLabel *m_schedule = nullptr;
    QCheckBox *m_signing = nullptr;
    QComboBox *m_secret = nullptr;
    RequestPreview *m_preview = nullptr;
};

} // namespace Hookflow
