// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/requestbuilder.h"
#include "inspector/samplecontext.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextEdit;
class QTimer;

namespace Hookflow {

class CampaignDocument;
class UserPickerModel;

/// The live preview of one webhook node: pick a sample user and see the exact request the node
/// would send them (method, full URL, every header, the body pretty-printed when it is JSON), or
/// in plain words why it could not be sent. Secrets are masked unless "Show secrets" is on;
/// "Copy as cURL" puts the request on the clipboard as a shell command. Follows the document,
/// refreshing 150 ms after the last change.
class RequestPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPreview)

public:
    explicit RequestPreview(QWidget *parent = nullptr);
    ~RequestPreview() override;

    void setDocument(CampaignDocument *document);
    void setNodeId(const QString &webhookNodeId);
    void setSampleContext(SampleContextPtr context);

    /// The sample user previewed; selects it in the picker.
    void setUserId(const QString &userId);
    QString userId() const;
    void setSecretsShown(bool shown);
    bool secretsShown() const;

    /// Renders now instead of after the debounce delay.
    void refreshNow();

    /// The request for the chosen user, when it renders.
    const std::optional<PreparedRequest> &request() const { return m_request; }
    /// Why there is no request (a render failure, no webhook, no users); empty when there is.
    QString errorText() const { return m_error; }
    /// The request as the preview shows it, as plain text.
    QString previewText() const;
    /// What "Copy as cURL" copies (secrets masked unless they are shown); empty without request.
    QString curlCommand() const;
    /// Puts curlCommand() on the clipboard.
    void copyAsCurl();

    /// `body` indented by two spaces per level with its key order, numbers and escapes kept as
    /// they are; nullopt when it is not strict JSON.
    static std::optional<QString> prettyJson(const QByteArray &body);

signals:
    /// The preview was rendered again (for views and tests that wait for it).
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void showMessage(const QString &message, bool problem);
    void showRequest();
    void styleMessage();

    QPointer<CampaignDocument> m_document;
    QString m_nodeId;
    SampleContextPtr m_context;
    QString m_webhookId;
    std::optional<PreparedRequest> m_request;
    QString m_error;
    bool m_messageIsProblem = false;

    UserPickerModel *m_userModel;
    QComboBox *m_users;
    QCheckBox *m_showSecrets;
    QPushButton *m_copy;
    QLabel *m_message;
    QLabel *m_event;
    QTextEdit *m_view;
    QTimer *m_refreshTimer;
};

} // namespace Hookflow
