// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpattempt.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimerEvent>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpAttempt)
};

QAtomicInteger<qint64> created;
QAtomicInteger<qint64> refused;

/// A reply that fails at once without touching the network.
class RefusedReply final : public QNetworkReply
{
public:
    RefusedReply(const QNetworkRequest &request,
                 QNetworkAccessManager::Operation op,
                 const QString &reason,
                 QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setError(ProtocolUnknownError, reason);
        setFinished(true);
        open(ReadOnly);
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit errorOccurred(ProtocolUnknownError);
                emit finished();
            },
            Qt::QueuedConnection);
    }
    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https" ? 443 : 80)
                  == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

QString unsafeUrlReason(const QUrl &url)
{
    if (!url.isValid())
        return Tr::tr("the URL is not valid: %1").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return Tr::tr("the URL \"%1\" has no scheme; only http:// and https:// URLs are sent")
            .arg(url.toString());
    if (scheme != u"http" && scheme != u"https")
        return Tr::tr("the URL scheme \"%1:\" is refused; only http:// and https:// URLs are sent")
            .arg(url.scheme());
    if (url.host().isEmpty())
        return Tr::tr("the URL \"%1\" has no host").arg(url.toString());
    return {};
}

qint64 SafeNetworkAccessManager::requestsCreated()
{
    return created.loadRelaxed();
}

qint64 SafeNetworkAccessManager::requestsRefused()
{
    return refused.loadRelaxed();
}

QNetworkReply *SafeNetworkAccessManager::createRequest(Operation op,
                                                       const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    created.fetchAndAddRelaxed(1);
    if (const QString reason = unsafeUrlReason(request.url()); !reason.isEmpty()) {
        refused.fetchAndAddRelaxed(1);
        return new RefusedReply(request, op, reason, this);
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

HttpAttempt::HttpAttempt(QNetworkAccessManager *network,
                         PreparedRequest request,
                         const DeliveryPolicy &policy,
                         const QDateTime &now,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_now(now)
{}

void HttpAttempt::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_deadline)
        return QObject::timerEvent(event);
    killTimer(std::exchange(m_deadline, 0));
    m_abortClass = u"timeout"_s;
    m_abortReason = Tr::tr("no complete answer within %1 ms of sending").arg(m_policy.timeoutMs);
    if (m_reply)
        m_reply->abort();
}

HttpAttempt::~HttpAttempt()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpAttempt::start()
{
    m_clock.start();
    // A timer of the attempt's own rather than a QTimer: one object and connection fewer per request.
    m_deadline = startTimer(
        int(std::clamp<qint64>(m_policy.timeoutMs, 1, std::numeric_limits<int>::max())));
    send();
}

void HttpAttempt::cancel(const QString &why)
{
    m_abortClass = u"canceled"_s;
    m_abortReason = why;
    if (m_reply)
        m_reply->abort();
    else
        fail(m_abortClass, m_abortReason);
}

void HttpAttempt::send()
{
    if (const QString reason = unsafeUrlReason(m_request.url); !reason.isEmpty())
        return fail(u"url"_s, reason);

    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const bool https = m_request.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    switch (m_policy.http2) {
    case Http2Mode::Off:
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        break;
    case Http2Mode::Allowed:
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        break;
    case Http2Mode::PriorKnowledge:
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, !https);
        break;
    }
    if (m_policy.inactivityMs > 0)
        request.setTransferTimeout(int(qMin<qint64>(m_policy.inactivityMs, INT_MAX)));
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"Hookflow/%1"_s.arg(QStringLiteral(HOOKFLOW_VERSION)));
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name.toUtf8(), value.toUtf8());

    const QByteArray body = m_request.method.compare(u"GET"_s, Qt::CaseInsensitive) == 0
                                    && m_request.body.isEmpty()
                                ? QByteArray()
                                : m_request.body;
    m_downloaded = 0;
    m_result.responseBody.clear();
    m_result.responseTruncated = false;
    m_reply = m_network->sendCustomRequest(request, m_request.method.toLatin1(), body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpAttempt::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpAttempt::onFinished);
    if (https) // nothing to verify on a plain-http hop
        connect(m_reply, &QNetworkReply::sslErrors, this, &HttpAttempt::onSslErrors);
    if (!m_policy.pinnedSha256.isEmpty()) {
        connect(m_reply, &QNetworkReply::encrypted, this, [this] {
            if (!pinMatches()) {
                m_abortClass = u"tls"_s;
                m_abortReason = Tr::tr("the server's certificate does not match the pinned one");
                m_reply->abort();
            }
        });
    }
}

bool HttpAttempt::pinMatches() const
{
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    return !peer.isNull()
           && QCryptographicHash::hash(peer.toDer(), QCryptographicHash::Sha256)
                  == m_policy.pinnedSha256;
}

void HttpAttempt::onSslErrors(const QList<QSslError> &errors)
{
    // A pinned certificate is the only way to accept one the system does not trust.
    if (!m_policy.pinnedSha256.isEmpty() && pinMatches()) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    m_abortClass = u"tls"_s;
    m_abortReason = Tr::tr("the TLS handshake failed: %1").arg(reasons.join(u"; "_s));
}

void HttpAttempt::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_downloaded += chunk.size();
    const qsizetype room = MaxStoredResponse - m_result.responseBody.size();
    if (room > 0)
        m_result.responseBody.append(chunk.left(room));
    if (chunk.size() > room)
        m_result.responseTruncated = true;
    if (m_downloaded > MaxDownload) {
        m_abortClass = u"too-large"_s;
        m_abortReason = Tr::tr("the response was longer than %1 MiB; it was cut off")
                            .arg(MaxDownload / (1024 * 1024));
        m_reply->abort();
    }
}

void HttpAttempt::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);
    if (m_done)
        return;

    m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_result.protocol = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                            ? u"h2"_s
                            : u"http/1.1"_s;
    m_result.responseHeaders.clear();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        m_result.responseHeaders.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    if (reply->isOpen() && m_abortClass.isEmpty())
        onReadyRead();

    const QNetworkReply::NetworkError error = reply->error();
    if (!m_abortClass.isEmpty() && m_abortClass != u"too-large") {
        // Our own deadline, TLS refusal or cancel: the status (if any) does not count.
        m_result.status = m_abortClass == u"timeout" ? m_result.status : 0;
        return fail(m_abortClass, m_abortReason);
    }
    const int interim = m_result.status >= 100 && m_result.status < 200 ? m_result.status : 0;
    if (interim) // a 1xx is never an answer: the exchange broke off before the final status
        m_result.status = 0;
    if (m_result.status == 0) {
        if (interim && error == QNetworkReply::NoError)
            return fail(u"connection"_s,
                        Tr::tr("the server sent HTTP %1 and then no final answer").arg(interim));
        // Qt 6.4 reports its transfer (inactivity) timeout as OperationCanceledError.
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            return fail(u"timeout"_s, Tr::tr("no data for %1 ms").arg(m_policy.inactivityMs));
        if (error == QNetworkReply::SslHandshakeFailedError)
            return fail(u"tls"_s, reply->errorString());
        if (error == QNetworkReply::ProtocolUnknownError)
            return fail(u"url"_s, reply->errorString());
        m_result.outcome = classifyNetworkError(error);
        m_result.errorClass = u"connection"_s;
        m_result.error = reply->errorString();
        return done();
    }

    // The head arrived but the transfer broke off (the connection closed or was reset
    // mid-body): not an answer to act on. QNAM's codes 1-99 are the network's, not HTTP's.
    if (error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError
        && m_abortClass.isEmpty()) {
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            return fail(u"timeout"_s,
                        Tr::tr("the response (HTTP %1) stalled: no data for %2 ms")
                            .arg(m_result.status)
                            .arg(m_policy.inactivityMs));
        return fail(u"connection"_s,
                    Tr::tr("the response (HTTP %1) broke off: %2")
                        .arg(m_result.status)
                        .arg(reply->errorString()));
    }

    // Qt 6.4 now and then reports a body cut short by a closing connection as complete: the
    // declared length decides (QNAM inflates gzip itself, so only for an unencoded body).
    bool lengthKnown = false;
    const qint64 declared = reply->rawHeader("Content-Length").toLongLong(&lengthKnown);
    if (error == QNetworkReply::NoError && lengthKnown && m_downloaded < declared
        && m_request.method.compare(u"HEAD"_s, Qt::CaseInsensitive) != 0
        && !reply->hasRawHeader("Content-Encoding")) {
        return fail(u"connection"_s,
                    Tr::tr("the response (HTTP %1) broke off after %2 of its %3 bytes")
                        .arg(m_result.status)
                        .arg(m_downloaded)
                        .arg(declared));
    }

    // A redirect the campaign allows: follow it within the same deadline.
    const bool redirect = m_result.status >= 300 && m_result.status < 400 && m_result.status != 304;
    const QByteArray location = reply->rawHeader("Location");
    if (redirect && m_policy.followRedirects && !location.isEmpty()) {
        const QUrl next = m_request.url.resolved(QUrl::fromEncoded(location));
        if (m_result.redirects.size() >= m_policy.maxRedirects)
            return fail(u"redirect"_s,
                        Tr::tr("more than %1 redirects; the last one pointed to %2")
                            .arg(m_policy.maxRedirects)
                            .arg(next.toString()));
        if (const QString reason = unsafeUrlReason(next); !reason.isEmpty())
            return fail(u"redirect"_s, Tr::tr("the redirect was not followed: %1").arg(reason));
        if (m_request.url.scheme() == u"https" && next.scheme() != u"https")
            return fail(u"redirect"_s,
                        Tr::tr("the redirect from https to %1 was refused: it would send the "
                               "request unencrypted")
                            .arg(next.toString()));
        if (!sameOrigin(m_request.url, next)) {
            // Credentials and signatures stay with the host they were meant for.
            HeaderList kept;
            for (const auto &header : std::as_const(m_request.headers)) {
                const bool flagged = m_request.redactHeaderNames.contains(header.first,
                                                                          Qt::CaseInsensitive);
                if (!flagged && !RequestBuilder::isSensitiveHeader(header.first))
                    kept.append(header);
            }
            m_request.headers = kept;
        }
        const int status = m_result.status;
        const bool post = m_request.method.compare(u"POST"_s, Qt::CaseInsensitive) == 0;
        if (status == 303 || ((status == 301 || status == 302) && post)) {
            m_request.method = u"GET"_s;
            m_request.body.clear();
        }
        m_result.redirects.append(next.toString());
        m_request.url = next;
        m_result = AttemptResult{{}, {}, {}, {}, {}, false, 0, {}, {}, m_result.redirects, {}, {}};
        return send();
    }

    m_result.outcome = classifyStatus(m_result.status);
    if (m_result.outcome != Outcome::Success) {
        m_result.errorClass = u"http"_s;
        m_result.error = Tr::tr("the server answered HTTP %1 %2")
                             .arg(m_result.status)
                             .arg(m_result.reason);
        if (redirect)
            m_result.error += u" "_s
                              + Tr::tr(
                                  "(redirects are not followed unless the policy allows them)");
        if (const QByteArray retryAfter = reply->rawHeader("Retry-After"); !retryAfter.isEmpty())
            m_result.retryAfterMs = parseRetryAfterMs(retryAfter, m_now);
    }
    if (m_abortClass == u"too-large") {
        m_result.responseTruncated = true;
        m_result.error = m_result.error.isEmpty() ? m_abortReason
                                                  : m_result.error + u"; "_s + m_abortReason;
    }
    done();
}

void HttpAttempt::fail(const QString &errorClass, const QString &error)
{
    m_result.errorClass = errorClass;
    m_result.error = error;
    // A timeout or a broken connection may go better next time; the others will not.
    m_result.outcome = errorClass == u"timeout" || errorClass == u"connection" ? Outcome::Retry
                                                                               : Outcome::Final;
    done();
}

void HttpAttempt::done()
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        killTimer(std::exchange(m_deadline, 0));
    m_result.latencyMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished();
}

} // namespace Hookflow
