// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catcher/catcher.h"

#include "catcher/httprequestparser.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <iterator>
#include <optional>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

Q_LOGGING_CATEGORY(lcCatcher, "hookflow.catcher", QtWarningMsg)

// After an error response the client may still be sending (a refused body, the rest of huge headers).
// Closing with unread input makes the kernel send RST, which can destroy the response before the client
// reads it, so the rest is read and dropped until the client goes quiet ("lingering close", as Apache
// and nginx do).
constexpr int LingerIdleMs = 1000;
constexpr int LingerMaxMs = 10000;

struct ReasonPhrase
{
    int status;
    const char *phrase;
};

// RFC 9110 §15 (and 418, which every client knows).
constexpr ReasonPhrase ReasonPhrases[] = {
    {100, "Continue"},
    {101, "Switching Protocols"},
    {102, "Processing"},
    {103, "Early Hints"},
    {200, "OK"},
    {201, "Created"},
    {202, "Accepted"},
    {203, "Non-Authoritative Information"},
    {204, "No Content"},
    {205, "Reset Content"},
    {206, "Partial Content"},
    {207, "Multi-Status"},
    {208, "Already Reported"},
    {226, "IM Used"},
    {300, "Multiple Choices"},
    {301, "Moved Permanently"},
    {302, "Found"},
    {303, "See Other"},
    {304, "Not Modified"},
    {305, "Use Proxy"},
    {307, "Temporary Redirect"},
    {308, "Permanent Redirect"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {402, "Payment Required"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"},
    {408, "Request Timeout"},
    {409, "Conflict"},
    {410, "Gone"},
    {411, "Length Required"},
    {412, "Precondition Failed"},
    {413, "Content Too Large"},
    {414, "URI Too Long"},
    {415, "Unsupported Media Type"},
    {416, "Range Not Satisfiable"},
    {417, "Expectation Failed"},
    {418, "I'm a teapot"},
    {421, "Misdirected Request"},
    {422, "Unprocessable Content"},
    {423, "Locked"},
    {424, "Failed Dependency"},
    {425, "Too Early"},
    {426, "Upgrade Required"},
    {428, "Precondition Required"},
    {429, "Too Many Requests"},
    {431, "Request Header Fields Too Large"},
    {451, "Unavailable For Legal Reasons"},
    {500, "Internal Server Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
    {505, "HTTP Version Not Supported"},
    {506, "Variant Also Negotiates"},
    {507, "Insufficient Storage"},
    {508, "Loop Detected"},
    {510, "Not Extended"},
    {511, "Network Authentication Required"},
};

QByteArray reasonPhrase(int status)
{
    const auto *const found = std::find_if(std::begin(ReasonPhrases),
                                           std::end(ReasonPhrases),
                                           [status](const ReasonPhrase &r) {
                                               return r.status == status;
                                           });
    return found == std::end(ReasonPhrases) ? QByteArray() : QByteArray(found->phrase);
}

// IMF-fixdate (RFC 9110 §5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

QByteArray responseBytes(
    int status, const QByteArray &contentType, const QByteArray &body, bool headRequest, bool close)
{
    // RFC 9110 §6.4.1: these never carry content, and 1xx/204 must not carry Content-Length.
    const bool bodyless = status < 200 || status == 204 || status == 304;
    QByteArray response;
    response.reserve(192 + body.size());
    response += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    if (!bodyless) {
        if (!contentType.isEmpty())
            response += "Content-Type: " + contentType + "\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    response += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (!bodyless && !headRequest)
        response += body;
    return response;
}

QString formatPeer(const QHostAddress &address, quint16 port)
{
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    if (isIPv4)
        return u"%1:%2"_s.arg(QHostAddress(ipv4).toString()).arg(port);
    return u"[%1]:%2"_s.arg(address.toString()).arg(port);
}

// The text of \a bytes if they are valid UTF-8, exactly (a leading BOM is kept, not swallowed).
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

// --- CapturedRequest ------------------------------------------------------------------------------

QByteArray CapturedRequest::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (name.compare(headerName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject CapturedRequest::toJson() const
{
    QJsonArray headerArray;
    for (const auto &[name, value] : headers) {
        headerArray.append(QJsonArray{QString::fromLatin1(name),
                                      decodeUtf8(value).value_or(QString::fromLatin1(value))});
    }
    QJsonObject json{
        {u"sequence"_s, sequence},
        {u"received_at"_s, receivedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"peer"_s, peer},
        {u"method"_s, method},
        {u"target"_s, target},
        {u"http_version"_s, httpVersion},
        {u"headers"_s, headerArray},
    };
    if (const std::optional<QString> text = decodeUtf8(body)) {
        json.insert(u"body"_s, *text);
    } else {
        json.insert(u"body"_s, QString::fromLatin1(body.toBase64()));
        json.insert(u"body_encoding"_s, u"base64"_s);
    }
    return json;
}

// --- Catcher::Private -----------------------------------------------------------------------------

struct Catcher::Private
{
    explicit Private(Catcher *catcher)
        : q(catcher)
    {}

    void capture(CapturedRequest &request);

    Catcher *q;
    QTcpServer *server = nullptr;
    int status = 200;
    int delayMs = 0;
    QByteArray body = R"({"ok":true})"_ba;
    QByteArray contentType = "application/json"_ba;
    QList<CapturedRequest> requests;
    qint64 nextSequence = 1;
    QSet<Connection *> connections;
};

void Catcher::Private::capture(CapturedRequest &request)
{
    request.sequence = nextSequence++;
    requests.append(request);
    if (requests.size() > MaxStoredRequests)
        requests.remove(0, requests.size() - MaxStoredRequests);
    emit q->requestCaptured(request);
}

// --- Catcher::Connection --------------------------------------------------------------------------

/// One accepted socket: parses requests as bytes arrive and answers them in order.
class Catcher::Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, Catcher::Private *d, QObject *parent);
    ~Connection() override;

    /// The catcher no longer tracks this connection (it is closing or being destroyed).
    void detach() { m_d = nullptr; }
    /// Drops the connection now: no more reading, writing or timers; the object deletes itself later.
    void shutdown();

private:
    struct Outgoing
    {
        quint64 id = 0;
        QByteArray bytes;
        bool ready = false;
        bool close = false;  // the connection ends after these bytes
        bool linger = false; // ... and unread input may follow, so drain before closing
    };

    void onReadyRead();
    void process();
    void respond(QByteArray bytes, int delayMs, bool close, bool linger = false);
    void markReady(quint64 id);
    void flush();
    void finishIfWritten();
    void startLinger();

    QTcpSocket *m_socket;
    Catcher::Private *m_d;
    QString m_peer;
    HttpRequestParser m_parser;
    std::deque<Outgoing> m_queue;
    quint64 m_nextId = 0;
    bool m_stopReading = false; // a response that ends the connection is queued
    bool m_closeWhenWritten = false;
    bool m_lingerOnClose = false;
    bool m_closing = false;
    bool m_lingering = false;
    bool m_shutDown = false;
    QTimer *m_lingerTimer;
    QDeadlineTimer m_lingerDeadline;
};

Catcher::Connection::Connection(QTcpSocket *socket, Catcher::Private *d, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_d(d)
    , m_peer(formatPeer(socket->peerAddress(), socket->peerPort()))
    , m_lingerTimer(new QTimer(this))
{
    m_socket->setParent(this);
    m_lingerTimer->setSingleShot(true);
    m_lingerTimer->setInterval(LingerIdleMs);
    connect(m_lingerTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcCatcher) << "closing lingering connection from" << m_peer;
        m_socket->abort();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::finishIfWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_parser.inProgress() && !m_stopReading)
            qCDebug(lcCatcher) << "client" << m_peer << "disconnected in the middle of a request";
        else
            qCDebug(lcCatcher) << "client" << m_peer << "disconnected";
        shutdown();
    });
    qCDebug(lcCatcher) << "connection from" << m_peer;
}

Catcher::Connection::~Connection()
{
    if (m_d)
        m_d->connections.remove(this);
}

void Catcher::Connection::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_queue.clear();
    m_lingerTimer->stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    deleteLater();
}

void Catcher::Connection::onReadyRead()
{
    if (m_shutDown)
        return;
    if (m_stopReading) {
        // Nothing after a closing response is answered; drop it instead of letting it pile up.
        m_socket->skip(m_socket->bytesAvailable());
        if (m_lingering) {
            if (m_lingerDeadline.hasExpired())
                m_socket->abort();
            else
                m_lingerTimer->start();
        }
        return;
    }
    m_parser.feed(m_socket->readAll());
    process();
}

void Catcher::Connection::process()
{
    for (;;) {
        switch (m_parser.next()) {
        case HttpRequestParser::Event::NeedMoreData:
            return;

        case HttpRequestParser::Event::ContinueExpected:
            respond("HTTP/1.1 100 Continue\r\n\r\n"_ba, 0, false);
            continue;

        case HttpRequestParser::Event::RequestComplete: {
            if (!m_d)
                return;
            HttpRequestParser::Request parsed = m_parser.takeRequest();
            CapturedRequest captured;
            captured.receivedAt = QDateTime::currentDateTimeUtc();
            captured.peer = m_peer;
            captured.method = QString::fromLatin1(parsed.method);
            captured.target = QString::fromUtf8(parsed.target);
            captured.httpVersion = QString::fromLatin1(parsed.version);
            captured.headers = std::move(parsed.headers);
            captured.body = std::move(parsed.body);

            // An interim status cannot end an exchange: close so the client is not left waiting.
            const bool close = !parsed.keepAlive || m_d->status < 200;
            respond(responseBytes(
                        m_d->status, m_d->contentType, m_d->body, parsed.method == "HEAD", close),
                    m_d->delayMs,
                    close);
            if (close)
                m_stopReading = true;

            // A slot connected to requestCaptured may close the catcher or even delete it.
            const QPointer<Connection> self(this);
            m_d->capture(captured);
            if (!self || !m_d || m_shutDown || m_stopReading)
                return;
            continue;
        }

        case HttpRequestParser::Event::Failed: {
            const int status = m_parser.errorStatus();
            qCDebug(lcCatcher) << "refusing request from" << m_peer << "with" << status << ":"
                               << m_parser.errorDetail();
            respond(responseBytes(status,
                                  "text/plain; charset=utf-8"_ba,
                                  reasonPhrase(status) + ": " + m_parser.errorDetail() + '\n',
                                  false,
                                  true),
                    0,
                    true,
                    true);
            m_stopReading = true;
            return;
        }
        }
    }
}

void Catcher::Connection::respond(QByteArray bytes, int delayMs, bool close, bool linger)
{
    const quint64 id = m_nextId++;
    m_queue.push_back({id, std::move(bytes), delayMs <= 0, close, linger});
    if (delayMs > 0) {
        // Precise: a coarse timer may fire up to 5% early, and the delay is a promise to the client.
        QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, id] { markReady(id); });
    }
    flush();
}

void Catcher::Connection::markReady(quint64 id)
{
    for (Outgoing &outgoing : m_queue) {
        if (outgoing.id == id) {
            outgoing.ready = true;
            break;
        }
    }
    flush();
}

void Catcher::Connection::flush()
{
    // Responses leave strictly in request order, whatever order their delays end in.
    while (!m_shutDown && !m_queue.empty() && m_queue.front().ready) {
        const Outgoing outgoing = std::move(m_queue.front());
        m_queue.pop_front();
        m_socket->write(outgoing.bytes);
        if (outgoing.close) {
            m_queue.clear();
            m_closeWhenWritten = true;
            m_lingerOnClose = outgoing.linger;
            break;
        }
    }
    finishIfWritten();
}

void Catcher::Connection::finishIfWritten()
{
    if (m_shutDown || !m_closeWhenWritten || m_closing || m_socket->bytesToWrite() > 0)
        return;
    m_closing = true;
    if (m_lingerOnClose || m_parser.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0)
        startLinger();
    else
        m_socket->disconnectFromHost();
}

void Catcher::Connection::startLinger()
{
    m_lingering = true;
    m_lingerDeadline.setRemainingTime(LingerMaxMs);
#if defined(Q_OS_UNIX)
    // Half-close, as nginx does: the client sees the end of the response at once (and usually
    // closes its side, which ends the linger), while its remaining input is still drained here.
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
#endif
    m_socket->skip(m_socket->bytesAvailable());
    m_lingerTimer->start();
}

// --- Catcher --------------------------------------------------------------------------------------

Catcher::Catcher(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    qRegisterMetaType<Hookflow::CapturedRequest>();
    d->server = new QTcpServer(this);
    connect(d->server, &QTcpServer::newConnection, this, &Catcher::acceptConnections);
}

Catcher::~Catcher()
{
    close();
}

Result<void> Catcher::listen(const QHostAddress &address, quint16 port)
{
    if (d->server->isListening())
        close();
    if (!d->server->listen(address, port)) {
        const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? u"[%1]:%2"_s.arg(address.toString()).arg(port)
                                  : u"%1:%2"_s.arg(address.toString()).arg(port);
        return Error{u"catcher.listen_failed"_s,
                     // Spelled out: lupdate cannot resolve tr() here (Catcher::Private confuses it).
                     QCoreApplication::translate("Hookflow::Catcher",
                                                 "The capture endpoint cannot listen on %1: %2")
                         .arg(where, d->server->errorString()),
                     d->server->errorString()};
    }
    qCInfo(lcCatcher) << "listening on" << url().toString();
    return {};
}

void Catcher::close()
{
    if (d->server->isListening())
        qCInfo(lcCatcher) << "closing" << url().toString();
    d->server->close();
    const QSet<Connection *> connections = std::exchange(d->connections, {});
    for (Connection *connection : connections) {
        connection->detach();
        connection->shutdown();
    }
}

bool Catcher::isListening() const
{
    return d->server->isListening();
}

quint16 Catcher::port() const
{
    return d->server->isListening() ? d->server->serverPort() : 0;
}

QUrl Catcher::url() const
{
    if (!d->server->isListening())
        return {};
    QHostAddress host = d->server->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(d->server->serverPort());
    url.setPath(u"/"_s);
    return url;
}

void Catcher::setResponseStatus(int status)
{
    if (status < 100 || status > 599) {
        qCWarning(lcCatcher) << "ignoring response status" << status << "(must be 100-599)";
        return;
    }
    d->status = status;
}

int Catcher::responseStatus() const
{
    return d->status;
}

void Catcher::setResponseDelay(int ms)
{
    d->delayMs = qMax(0, ms);
}

int Catcher::responseDelay() const
{
    return d->delayMs;
}

void Catcher::setResponseBody(const QByteArray &body, const QByteArray &contentType)
{
    d->body = body;
    d->contentType = contentType;
}

QList<CapturedRequest> Catcher::requests() const
{
    return d->requests;
}

int Catcher::requestCount() const
{
    return int(d->requests.size());
}

void Catcher::clear()
{
    d->requests.clear();
}

void Catcher::acceptConnections()
{
    while (QTcpSocket *socket = d->server->nextPendingConnection())
        d->connections.insert(new Connection(socket, d.get(), this));
}

} // namespace Hookflow
