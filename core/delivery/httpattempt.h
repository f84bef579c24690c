// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/policy.h"
#include "delivery/requestbuilder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QNetworkReply;
class QSslError;

namespace Hookflow {

/// Only http and https URLs with a host reach the network (DESIGN §6). Empty when `url` may be
/// requested, otherwise the reason in words.
QString unsafeUrlReason(const QUrl &url);

/// A QNetworkAccessManager that refuses, as a last line of defence, every URL unsafeUrlReason()
/// rejects, and counts what it is asked (tests prove the network layer is never called for them).
class SafeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    /// Requests this manager was asked to create, refused ones included (all instances).
    static qint64 requestsCreated();
    static qint64 requestsRefused();

protected:
    QNetworkReply *createRequest(Operation op,
                                 const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};

/// How one attempt ended, before the engine records it.
struct AttemptResult
{
    int status = 0;   ///< 0 when no response arrived
    QString reason;   ///< the server's reason phrase
    QString protocol; ///< "http/1.1" or "h2"
    QList<std::pair<QString, QString>> responseHeaders;
    QByteArray responseBody; ///< the first MaxStoredResponse bytes
    bool responseTruncated = false;
    qint64 latencyMs = 0;
    QString errorClass; ///< "", "http", "timeout", "connection", "tls", "redirect", "url", "too-large"
    QString error;      ///< readable, translated
    QStringList redirects; ///< locations followed, in order
    Outcome outcome = Outcome::Final;
    std::optional<qint64> retryAfterMs; ///< the server's Retry-After, uncapped
};

/// One HTTP exchange of a delivery (following redirects when the policy allows), with the
/// policy's deadline, inactivity timeout, TLS pinning and response caps.
class HttpAttempt final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxStoredResponse = 64 * 1024;
    static constexpr qint64 MaxDownload = 10 * 1024 * 1024;

    HttpAttempt(QNetworkAccessManager *network,
                PreparedRequest request,
                const DeliveryPolicy &policy,
                const QDateTime &now,
                QObject *parent = nullptr);
    ~HttpAttempt() override;

    /// Sends the request; finished() follows exactly once (possibly before start() returns when
    /// the URL is refused).
    void start();
    /// Stops the exchange; finished() follows with errorClass "canceled".
    void cancel(const QString &why);

    const AttemptResult &result() const { return m_result; }
    const PreparedRequest &request() const { return m_request; }

signals:
    void finished();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void send();
    void onReadyRead();
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    bool pinMatches() const;
    void fail(const QString &errorClass, const QString &error);
    void done();

    QNetworkAccessManager *m_network;
    PreparedRequest m_request;
    DeliveryPolicy m_policy;
    QDateTime m_now;
    QPointer<QNetworkReply> m_reply;
    int m_deadline = 0; ///< the deadline's timer id (QObject::startTimer), 0 when none
    QElapsedTimer m_clock;
    AttemptResult m_result;
    qint64 m_downloaded = 0;
    QString m_abortClass; ///< why we aborted the reply ourselves
    QString m_abortReason;
    bool m_done = false;
};

} // namespace Hookflow
