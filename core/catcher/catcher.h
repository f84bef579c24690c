// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

namespace Hookflow {

/// One HTTP request as the catcher received it.
struct CapturedRequest
{
    qint64 sequence = 0;  ///< 1-based, in arrival order; keeps counting across Catcher::clear()
    QDateTime receivedAt; ///< UTC, when the last byte of the request arrived
    QString peer;         ///< "127.0.0.1:54321", "[::1]:54321"
    QString method;       ///< "POST"
    QString target;       ///< request-target as sent, e.g. "/v1/x?a=b"
    QString httpVersion;  ///< "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers; ///< in order, names as sent, values OWS-trimmed
    QByteArray body;                                  ///< de-chunked

    /// The value of the first header called \a name (case-insensitive); empty if there is none.
    QByteArray header(QByteArrayView name) const;

    /// {sequence, received_at, peer, method, target, http_version, headers: [[name, value]], body};
    /// a body that is not valid UTF-8 is base64 and comes with "body_encoding": "base64".
    QJsonObject toJson() const;
};

/// The built-in loopback endpoint that records what it receives.
///
/// A small HTTP/1.1 server on QTcpServer: keep-alive, pipelining, Content-Length and chunked bodies,
/// "Expect: 100-continue". Everything happens in the event loop of the thread the catcher lives in.
class Catcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Catcher)

public:
    /// How many requests requests() keeps; older ones are dropped first.
    static constexpr int MaxStoredRequests = 10000;

    explicit Catcher(QObject *parent = nullptr);
    ~Catcher() override;

    /// Starts listening; a catcher that is already listening is closed first.
    Result<void> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// Stops listening and drops every open connection. Captured requests are kept.
    void close();
    bool isListening() const;
    /// The port listened on, 0 when not listening.
    quint16 port() const;
    /// "http://127.0.0.1:PORT/" (a loopback address when listening on Any); empty when not listening.
    QUrl url() const;

    /// The status of every response, 100-599 (default 200). 1xx, 204 and 304 go out without a body.
    void setResponseStatus(int status);
    int responseStatus() const;
    /// Milliseconds each response waits before it is sent (default 0), on a timer, never blocking.
    void setResponseDelay(int ms);
    int responseDelay() const;
    /// Default: {"ok":true} as application/json.
    void setResponseBody(const QByteArray &body, const QByteArray &contentType);

    /// The last MaxStoredRequests requests, oldest first.
    QList<CapturedRequest> requests() const;
    /// The number of stored requests (what requests() would return).
    int requestCount() const;
    /// Forgets the stored requests; sequence numbers keep counting.
    void clear();

signals:
    void requestCaptured(const Hookflow::CapturedRequest &request);

private:
    class Connection;
    struct Private;

    void acceptConnections();

    std::unique_ptr<Private> d;
};

} // namespace Hookflow

Q_DECLARE_METATYPE(Hookflow::CapturedRequest)
