// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Hookflow::Test::ReceivedRequest;
using Hookflow::Test::Reply;
using Hookflow::Test::ScriptServer;

namespace {

constexpr int WaitMs = 5000;

/// What a QNetworkAccessManager request ended with.
struct Fetched
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl url;
    QList<QSslError> sslErrors;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[fieldName, value] : headers) {
            if (name.compare(fieldName, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/// An event loop rather than QTest::qWaitFor, which sleeps 10 ms between looks and so slows
/// every request (and a streamed body) down to a crawl.
bool waitFinished(QNetworkReply *reply, int timeoutMs = WaitMs)
{
    if (reply->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->isFinished();
}

Fetched collect(QNetworkReply *reply)
{
    Fetched fetched;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&fetched](const auto &errors) {
        fetched.sslErrors += errors;
    });
    if (!waitFinished(reply)) {
        reply->abort();
        fetched.error = QNetworkReply::TimeoutError;
    } else {
        fetched.error = reply->error();
    }
    fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        fetched.body = reply->readAll();
    fetched.headers = reply->rawHeaderPairs();
    fetched.url = reply->url();
    reply->deleteLater();
    return fetched;
}

Fetched fetch(QNetworkAccessManager &nam,
              const QUrl &url,
              const QByteArray &verb = "GET"_ba,
              const QByteArray &body = {},
              QNetworkRequest request = QNetworkRequest())
{
    request.setUrl(url);
    return collect(nam.sendCustomRequest(request, verb, body));
}

/// A plain socket that sends exactly the given bytes and collects everything that comes back.
class RawClient
{
public:
    explicit RawClient(const QUrl &url)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] {
            m_received += m_socket.readAll();
            ++m_reads;
        });
        QObject::connect(&m_socket,
                         &QTcpSocket::errorOccurred,
                         &m_socket,
                         [this](QAbstractSocket::SocketError error) { m_error = error; });
        m_socket.connectToHost(url.host(), quint16(url.port()));
    }

    bool waitConnected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, WaitMs);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    /// Waits until the server closed the connection (or reset it).
    bool waitClosed()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, WaitMs);
    }
    bool waitReceived(qsizetype bytes)
    {
        return QTest::qWaitFor([this, bytes] { return m_received.size() >= bytes; }, WaitMs);
    }
    bool waitContains(QByteArrayView text)
    {
        return QTest::qWaitFor([this, text] { return m_received.contains(text); }, WaitMs);
    }

    QTcpSocket &socket() { return m_socket; }
    const QByteArray &received() const { return m_received; }
    int reads() const { return m_reads; }
    std::optional<QAbstractSocket::SocketError> error() const { return m_error; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    int m_reads = 0;
    std::optional<QAbstractSocket::SocketError> m_error;
};

QByteArray postBytes(const QByteArray &target, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray getBytes(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

QSslConfiguration trusting(const QSslCertificate &certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({certificate});
    return configuration;
}

} // namespace

class TestScriptServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listensAndRecords();
    void listensOn127002();
    void statusAndRetryAfterArrive();
    void queueThenHandlerThenDefault();
    void delayHoldsTheStatusLine();
    void dripSendsTheBodyInPieces();
    void resetGivesAnErrorWithoutAnswer();
    void resetOnAReusedConnectionIsResentByQnam();
    void closeMidBodyGivesAnError();
    void hangNeverAnswers();
    void hugeBodyStreams();
    void redirectAcrossHosts();
    void rawBytesAreExact();
    void chunkedAndPipelinedRequests();
    void headAndExpectContinue();
    void keepBodiesOffKeepsCounts();
    void concurrencyIsCounted();
    void http2PrefaceIsRefused();
    void clientGoneMidRequest();
    void closeWithBusyConnections();
    void tlsWithTheTestCertificate();
    void tlsFailsForAnUntrustedCertificate();
    void runsInAnotherThread();
};

void TestScriptServer::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestScriptServer::listensAndRecords()
{
    ScriptServer server;
    QVERIFY(server.listen());
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.url(), QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
    QCOMPARE(server.url(u"/a?b=1"_s), QUrl(u"http://127.0.0.1:%1/a?b=1"_s.arg(server.port())));

    QSignalSpy received(&server, &ScriptServer::requestReceived);
    QNetworkAccessManager nam;
    const Fetched fetched = fetch(nam, server.url(u"/hook?x=1"_s), "POST"_ba, "{}"_ba);
    QCOMPARE(fetched.error, QNetworkReply::NoError);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.header("content-length"), "0"_ba);

    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(received.size(), 1);
    const QList<ReceivedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    const ReceivedRequest &request = requests.first();
    QCOMPARE(request.sequence, 1);
    QCOMPARE(request.connectionId, 1);
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.target, "/hook?x=1"_ba);
    QCOMPARE(request.httpVersion, "HTTP/1.1"_ba);
    QCOMPARE(request.body, "{}"_ba);
    QCOMPARE(request.bodySize, 2);
    QCOMPARE(request.header("HOST"), u"127.0.0.1:%1"_s.arg(server.port()).toLatin1());
    QVERIFY(request.raw.startsWith("POST /hook?x=1 HTTP/1.1\r\n"));
    QVERIFY(request.raw.endsWith("\r\n\r\n{}"));
    QVERIFY(request.receivedAt.isValid());
    QVERIFY(!request.tls);
    QCOMPARE(server.completedReplies(), 1);
    QCOMPARE(server.requestsInFlight(), 0);

    server.clearRequests();
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(server.requests().isEmpty());
    QVERIFY(!server.lastRequest());
    QCOMPARE(fetch(nam, server.url(u"/again"_s)).status, 200);
    QCOMPARE(server.lastRequest()->sequence, 2); // sequence keeps counting across clearRequests()

    const quint16 port = server.port();
    server.close();
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), 0);

    // A restarted server gets its port back at once (a receiver that comes back after a crash).
    QVERIFY2(server.listen(QHostAddress(u"127.0.0.1"_s), port), qPrintable(server.errorString()));
    QCOMPARE(fetch(nam, server.url(u"/back"_s)).status, 200);
}

void TestScriptServer::listensOn127002()
{
    ScriptServer server;
    QVERIFY2(server.listen(QHostAddress(u"127.0.0.2"_s)), qPrintable(server.errorString()));
    QCOMPARE(server.url().host(), u"127.0.0.2"_s);
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, server.url(u"/"_s)).status, 200);
    QCOMPARE(server.requestCount(), 1);

    // The port is taken: a second server on it fails with a reason.
    ScriptServer second;
    QVERIFY(!second.listen(QHostAddress(u"127.0.0.2"_s), server.port()));
    QVERIFY(!second.errorString().isEmpty());
}

void TestScriptServer::statusAndRetryAfterArrive()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.enqueue(Reply::retryAfter(503, "7"_ba));
    server.enqueue(Reply::retryAfter(429, "Wed, 21 Oct 2015 07:28:00 GMT"_ba));
    Reply custom = Reply::withStatus(418, "short and stout"_ba);
    custom.headers.append({"X-One"_ba, "1"_ba});
    custom.headers.append({"Content-Type"_ba, "text/plain"_ba});
    server.enqueue(custom);

    QNetworkAccessManager nam;
    Fetched fetched = fetch(nam, server.url(u"/"_s));
    QCOMPARE(fetched.status, 503);
    QCOMPARE(fetched.header("retry-after"), "7"_ba);
    fetched = fetch(nam, server.url(u"/"_s));
    QCOMPARE(fetched.status, 429);
    QCOMPARE(fetched.header("Retry-After"), "Wed, 21 Oct 2015 07:28:00 GMT"_ba);
    fetched = fetch(nam, server.url(u"/"_s));
    QCOMPARE(fetched.status, 418);
    QCOMPARE(fetched.body, "short and stout"_ba);
    QCOMPARE(fetched.header("x-one"), "1"_ba);
    QCOMPARE(fetched.header("content-type"), "text/plain"_ba);
    QCOMPARE(server.queuedReplies(), 0);
}

void TestScriptServer::queueThenHandlerThenDefault()
{
    ScriptServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager nam;

    server.setDefault(Reply::withStatus(204));
    QCOMPARE(fetch(nam, server.url(u"/"_s)).status, 204);

    server.setHandler([](const ReceivedRequest &request) {
        return Reply::withStatus(request.target == "/missing" ? 404 : 201, request.body);
    });
    server.enqueue({Reply::withStatus(500), Reply::withStatus(502)});
    QCOMPARE(fetch(nam, server.url(u"/missing"_s)).status, 500);
    QCOMPARE(fetch(nam, server.url(u"/missing"_s)).status, 502);
    QCOMPARE(fetch(nam, server.url(u"/missing"_s)).status, 404);
    const Fetched echoed = fetch(nam, server.url(u"/echo"_s), "PUT"_ba, "hello"_ba);
    QCOMPARE(echoed.status, 201);
    QCOMPARE(echoed.body, "hello"_ba);

    server.setHandler({});
    QCOMPARE(fetch(nam, server.url(u"/"_s)).status, 204);
}

void TestScriptServer::delayHoldsTheStatusLine()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.enqueue(Reply{.status = 202, .delayMs = 300});
    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    QElapsedTimer timer;
    timer.start();
    client.send(getBytes("/slow"_ba));
    QVERIFY(server.waitForRequests(1, WaitMs));
    QCOMPARE(server.requestsInFlight(), 1);
    QVERIFY(client.received().isEmpty());
    QVERIFY(client.waitContains("\r\n\r\n"));
    QVERIFY2(timer.elapsed() >= 280, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(client.received().startsWith("HTTP/1.1 202 Accepted\r\n"));
    QTRY_COMPARE(server.requestsInFlight(), 0);
}

void TestScriptServer::dripSendsTheBodyInPieces()
{
    ScriptServer server;
    QVERIFY(server.listen());
    const QByteArray body = "0123456789"_ba;
    server.enqueue(Reply{.body = body, .dripChunk = 2, .dripIntervalMs = 40});
    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    QElapsedTimer timer;
    timer.start();
    client.send(getBytes("/drip"_ba));
    QVERIFY(client.waitContains("\r\n\r\n"));
    // The head goes out at once; the body follows in five pieces 40 ms apart.
    QVERIFY(!client.received().endsWith(body));
    QVERIFY(client.waitContains(body));
    QVERIFY2(timer.elapsed() >= 180, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(client.reads() >= 3, qPrintable(QString::number(client.reads())));
    QVERIFY(client.received().contains("Content-Length: 10\r\n"));

    // QNAM reads the dripped body whole.
    server.enqueue(Reply{.body = body, .dripChunk = 3, .dripIntervalMs = 10});
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, server.url(u"/drip"_s)).body, body);
}

void TestScriptServer::resetGivesAnErrorWithoutAnswer()
{
    ScriptServer server;
    QVERIFY(server.listen());
    // The default as well, so a client that retries on its own is reset again.
    server.setDefault(Reply{.fault = Reply::Fault::Reset});

    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    client.send(getBytes("/reset"_ba));
    QVERIFY(client.waitClosed());
    QVERIFY(client.received().isEmpty());
    QCOMPARE(client.error(), QAbstractSocket::RemoteHostClosedError);
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(server.requestsInFlight(), 0);
    QCOMPARE(server.completedReplies(), 0);

    QNetworkAccessManager nam;
    const Fetched fetched = fetch(nam, server.url(u"/reset"_s), "POST"_ba, "x"_ba);
    QVERIFY2(fetched.error == QNetworkReply::RemoteHostClosedError
                 || fetched.error == QNetworkReply::ConnectionRefusedError,
             qPrintable(QString::number(fetched.error)));
    QCOMPARE(fetched.status, 0);
}

void TestScriptServer::resetOnAReusedConnectionIsResentByQnam()
{
    // Worth knowing for engine tests: QNAM sends a request once more, on a new connection, when a
    // kept-alive connection dies before any answer. A reset is only seen as an error when the
    // retry fails too (Reset as the default) or the connection was new.
    ScriptServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, server.url(u"/first"_s)).status, 200);
    server.enqueue(Reply{.fault = Reply::Fault::Reset});
    const Fetched fetched = fetch(nam, server.url(u"/second"_s), "POST"_ba, "2"_ba);
    QCOMPARE(fetched.error, QNetworkReply::NoError);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.acceptedConnections(), 2);
    const QList<ReceivedRequest> requests = server.requests();
    QCOMPARE(requests.at(1).body, "2"_ba);
    QCOMPARE(requests.at(2).body, "2"_ba);
    QCOMPARE_NE(requests.at(1).connectionId, requests.at(2).connectionId);
}

void TestScriptServer::closeMidBodyGivesAnError()
{
    ScriptServer server;
    QVERIFY(server.listen());
    const QByteArray body(1000, 'b');
    server.setDefault(Reply{.body = body, .fault = Reply::Fault::CloseMidBody});

    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    client.send(getBytes("/cut"_ba));
    QVERIFY(client.waitClosed());
    const QByteArray &received = client.received();
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains("Content-Length: 1000\r\n"));
    QVERIFY(received.contains("Connection: close\r\n"));
    QCOMPARE(received.mid(received.indexOf("\r\n\r\n") + 4), QByteArray(500, 'b'));
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(server.requestsInFlight(), 0);
    QCOMPARE(server.completedReplies(), 0);

    QNetworkAccessManager nam;
    const Fetched fetched = fetch(nam, server.url(u"/cut"_s));
    QCOMPARE_NE(fetched.error, QNetworkReply::NoError);

    // Without a body of its own the reply cuts a generated one.
    server.setDefault(Reply{.fault = Reply::Fault::CloseMidBody});
    RawClient second(server.url());
    QVERIFY(second.waitConnected());
    second.send(getBytes("/cut"_ba));
    QVERIFY(second.waitClosed());
    QVERIFY(second.received().contains("Content-Length: 1024\r\n"));
    QCOMPARE(second.received().mid(second.received().indexOf("\r\n\r\n") + 4),
             ScriptServer::generatedBody(0, 512));
}

void TestScriptServer::hangNeverAnswers()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.enqueue(Reply{.fault = Reply::Fault::Hang});
    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    // A pipelined request behind the hanging one is recorded but waits too.
    client.send(getBytes("/hang"_ba) + getBytes("/behind"_ba));
    QVERIFY(server.waitForRequests(2, WaitMs));
    QTest::qWait(200);
    QVERIFY(client.received().isEmpty());
    QCOMPARE(server.requestsInFlight(), 2);
    QCOMPARE(server.maxRequestsInFlight(), 2);
    client.socket().abort();
    QTRY_COMPARE(server.requestsInFlight(), 0);
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(server.maxRequestsInFlight(), 2);
    server.resetStats();
    QCOMPARE(server.maxRequestsInFlight(), 0);
    QCOMPARE(server.acceptedConnections(), 0);
}

void TestScriptServer::hugeBodyStreams()
{
    constexpr qint64 size = 20 * 1024 * 1024;
    ScriptServer server;
    QVERIFY(server.listen());
    server.enqueue(Reply{.hugeBodyBytes = size});

    QNetworkAccessManager nam;
    QNetworkRequest request(server.url(u"/huge"_s));
    QNetworkReply *reply = nam.get(request);
    // Read as it arrives and hash in pieces, as a client that does not hold the body would.
    QCryptographicHash received(QCryptographicHash::Sha256);
    qint64 total = 0;
    connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const QByteArray piece = reply->readAll();
        received.addData(piece);
        total += piece.size();
    });
    QVERIFY(waitFinished(reply, 4 * WaitMs));
    const QByteArray rest = reply->readAll();
    received.addData(rest);
    total += rest.size();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), size);
    reply->deleteLater();
    QCOMPARE(total, size);

    QCryptographicHash expected(QCryptographicHash::Sha256);
    for (qint64 offset = 0; offset < size; offset += 1024 * 1024)
        expected.addData(ScriptServer::generatedBody(offset, 1024 * 1024));
    QCOMPARE(received.result(), expected.result());
    QCOMPARE(ScriptServer::generatedBody(70, 4), "6789"_ba);
    QTRY_COMPARE(server.completedReplies(), 1);
}

void TestScriptServer::redirectAcrossHosts()
{
    ScriptServer first;
    ScriptServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen(QHostAddress(u"127.0.0.2"_s)));
    first.enqueue(Reply::redirect(307, second.url(u"/landed"_s)));
    second.enqueue(Reply::withStatus(200, "here"_ba));

    QNetworkAccessManager nam;
    // Without following: the 307 and its Location are what the client sees.
    QNetworkRequest manual;
    manual.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                        QNetworkRequest::ManualRedirectPolicy);
    Fetched fetched = fetch(nam, first.url(u"/start"_s), "POST"_ba, "{}"_ba, manual);
    QCOMPARE(fetched.status, 307);
    QCOMPARE(fetched.header("location"), second.url(u"/landed"_s).toEncoded());
    QCOMPARE(second.requestCount(), 0);

    first.enqueue(Reply::redirect(307, second.url(u"/landed"_s)));
    QNetworkRequest follow;
    follow.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                        QNetworkRequest::NoLessSafeRedirectPolicy);
    follow.setRawHeader("Authorization"_ba, "Bearer secret"_ba);
    fetched = fetch(nam, first.url(u"/start"_s), "POST"_ba, "{}"_ba, follow);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, "here"_ba);
    QCOMPARE(fetched.url, second.url(u"/landed"_s));
    QCOMPARE(second.requestCount(), 1);
    const ReceivedRequest landed = *second.lastRequest();
    QCOMPARE(landed.method, "POST"_ba); // 307 keeps the method and body
    QCOMPARE(landed.body, "{}"_ba);
    // Qt 6.4's own redirect following now and then sends the request to the origin a second time
    // (seen for 302/303/307/308, GET and POST; never with the manual policy), so only "at least".
    QVERIFY(first.requestCount() >= 2);
    QCOMPARE(first.requests().at(1).header("authorization"), "Bearer secret"_ba);
}

void TestScriptServer::rawBytesAreExact()
{
    ScriptServer server;
    QVERIFY(server.listen());
    // Non-ASCII, NUL and CR/LF inside the body: what arrives is what was sent, byte for byte.
    const QByteArray body = "{\"name\":\"J\xc3\xbcrgen \xea\xb9\x80\xec\xb2\xa0\xec\x88\x98\","
                            "\"raw\":\"\x00\xff\r\n\"}"_ba;
    const QByteArray sent = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Odd:  spaced  \r\n"
                            "Content-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    // In small pieces, as a slow client would.
    for (qsizetype pos = 0; pos < sent.size(); pos += 7) {
        client.send(sent.mid(pos, 7));
        QVERIFY(client.socket().waitForBytesWritten(WaitMs));
    }
    QVERIFY(server.waitForRequests(1, WaitMs));
    ReceivedRequest request = *server.lastRequest();
    QCOMPARE(request.raw, sent);
    QCOMPARE(request.body, body);
    QCOMPARE(request.header("x-odd"), "spaced"_ba);

    QNetworkAccessManager nam;
    QNetworkRequest post;
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QCOMPARE(fetch(nam, server.url(u"/hook"_s), "POST"_ba, body, post).status, 200);
    request = *server.lastRequest();
    QCOMPARE(request.body, body);
    QVERIFY(request.raw.endsWith(QByteArray("\r\n\r\n" + body)));
    QCOMPARE(request.header("content-length"), QByteArray::number(body.size()));
}

void TestScriptServer::chunkedAndPipelinedRequests()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.setHandler(
        [](const ReceivedRequest &request) { return Reply::withStatus(200, request.target); });
    const QByteArray chunked = "POST /chunked HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n"
                               "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"_ba;
    const QByteArray first = postBytes("/one"_ba, "1"_ba);
    const QByteArray last = getBytes("/three"_ba);
    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    client.send(first + chunked + last);
    QVERIFY(server.waitForRequests(3, WaitMs));
    QVERIFY(client.waitContains("/three"));
    const QByteArray &received = client.received();
    QVERIFY(received.indexOf("/one") < received.indexOf("/chunked"));
    QVERIFY(received.indexOf("/chunked") < received.indexOf("/three"));

    const QList<ReceivedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).raw, first);
    QCOMPARE(requests.at(1).raw, chunked);
    QCOMPARE(requests.at(1).body, "hello world"_ba);
    QCOMPARE(requests.at(2).raw, last);
    QCOMPARE(requests.at(0).connectionId, requests.at(2).connectionId);
    QCOMPARE(server.acceptedConnections(), 1);

    // A reply that says "Connection: close" closes: what was pipelined behind it is not read.
    server.setHandler({});
    server.enqueue(Reply::withHeader(200, "Connection"_ba, "close"_ba));
    RawClient closing(server.url());
    QVERIFY(closing.waitConnected());
    closing.send(getBytes("/last"_ba) + getBytes("/never"_ba));
    QVERIFY(closing.waitClosed());
    QCOMPARE(closing.received().count("HTTP/1.1 "), 1);
    QCOMPARE(server.requestCount(), 4);
}

void TestScriptServer::headAndExpectContinue()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply::withStatus(200, "body"_ba));
    QNetworkAccessManager nam;
    QNetworkReply *head = nam.head(QNetworkRequest(server.url(u"/"_s)));
    const Fetched fetched = collect(head);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.header("content-length"), "4"_ba);
    QVERIFY(fetched.body.isEmpty());

    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    client.send("POST /e HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                "Content-Length: 3\r\n\r\n"_ba);
    QVERIFY(client.waitContains("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send("abc"_ba);
    QVERIFY(client.waitContains("\r\n\r\nbody"));
    QCOMPARE(server.lastRequest()->body, "abc"_ba);
}

void TestScriptServer::keepBodiesOffKeepsCounts()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.setKeepBodies(false);
    QByteArray seenBody;
    server.setHandler([&seenBody](const ReceivedRequest &request) {
        seenBody = request.body; // the handler still sees the body
        return Reply{};
    });
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, server.url(u"/"_s), "POST"_ba, QByteArray(4096, 'z')).status, 200);
    QCOMPARE(seenBody, QByteArray(4096, 'z'));
    ReceivedRequest request = *server.lastRequest();
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.raw.isEmpty());
    QCOMPARE(request.bodySize, 4096);
    QCOMPARE(request.method, "POST"_ba);

    server.setKeepRequests(false);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(fetch(nam, server.url(u"/"_s), "POST"_ba, "x"_ba).status, 200);
    QCOMPARE(server.requestCount(), 21);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.completedReplies(), 21);
}

void TestScriptServer::concurrencyIsCounted()
{
    ScriptServer server;
    QVERIFY(server.listen());
    server.setDefault(Reply{.delayMs = 300});

    // QNAM opens at most six HTTP/1.1 connections per host and port, so eight requests overlap six.
    auto nam = std::make_unique<QNetworkAccessManager>();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i)
        replies.append(nam->get(QNetworkRequest(server.url(u"/%1"_s.arg(i)))));
    QTRY_COMPARE(server.requestsInFlight(), 6);
    QCOMPARE(server.openConnections(), 6);
    for (QNetworkReply *reply : std::as_const(replies)) {
        const Fetched fetched = collect(reply);
        QCOMPARE(fetched.error, QNetworkReply::NoError);
    }
    QCOMPARE(server.maxOpenConnections(), 6);
    QCOMPARE(server.maxRequestsInFlight(), 6);
    QCOMPARE(server.requestCount(), 8);
    QCOMPARE(server.requestsInFlight(), 0);

    // Eight raw clients at once are eight connections and eight requests in flight.
    nam.reset(); // closes its kept-alive connections
    QTRY_COMPARE(server.openConnections(), 0);
    server.resetStats();
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 8; ++i) {
        clients.push_back(std::make_unique<RawClient>(server.url()));
        QVERIFY(clients.back()->waitConnected());
        clients.back()->send(getBytes("/raw"_ba));
    }
    QTRY_COMPARE(server.requestsInFlight(), 8);
    QCOMPARE(server.openConnections(), 8);
    for (auto &client : clients)
        QVERIFY(client->waitContains("\r\n\r\n"));
    QCOMPARE(server.maxOpenConnections(), 8);
    QCOMPARE(server.maxRequestsInFlight(), 8);
    QTRY_COMPARE(server.requestsInFlight(), 0);
    clients.clear();
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(server.acceptedConnections(), 8);
}

void TestScriptServer::http2PrefaceIsRefused()
{
    ScriptServer server;
    QVERIFY(server.listen());
    RawClient client(server.url());
    QVERIFY(client.waitConnected());
    client.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba);
    QVERIFY(client.waitClosed());
    QVERIFY(client.received().startsWith("HTTP/1.1 505 "));
    QCOMPARE(server.badRequests(), 1);
    QCOMPARE(server.requestCount(), 0);

    // QNAM speaking h2c with prior knowledge gets the 505 and the close, but (Qt 6.4) never
    // finishes the reply on its own: only its transfer timeout (or the caller's abort) ends it.
    QNetworkAccessManager nam;
    QNetworkRequest request;
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    request.setTransferTimeout(300);
    const Fetched fetched = fetch(nam, server.url(u"/"_s), "GET"_ba, {}, request);
    QCOMPARE_NE(fetched.error, QNetworkReply::NoError);
    QCOMPARE(server.requestCount(), 0);
    QTRY_COMPARE(server.openConnections(), 0);
}

void TestScriptServer::clientGoneMidRequest()
{
    ScriptServer server;
    QVERIFY(server.listen());
    {
        RawClient client(server.url());
        QVERIFY(client.waitConnected());
        client.send("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nabc"_ba);
        QVERIFY(client.socket().waitForBytesWritten(WaitMs));
        QTRY_COMPARE(server.openConnections(), 1);
    }
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(server.requestCount(), 0);

    // Gone while its reply drips: the reply stops, nothing is left in flight.
    server.enqueue(Reply{.body = QByteArray(100, 'd'), .dripChunk = 1, .dripIntervalMs = 20});
    {
        RawClient client(server.url());
        QVERIFY(client.waitConnected());
        client.send(getBytes("/drip"_ba));
        QVERIFY(client.waitContains("\r\n\r\n"));
        QCOMPARE(server.requestsInFlight(), 1);
    }
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(server.requestsInFlight(), 0);

    // The server still works.
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, server.url(u"/"_s)).status, 200);
}

void TestScriptServer::closeWithBusyConnections()
{
    auto server = std::make_unique<ScriptServer>();
    QVERIFY(server->listen());
    server->enqueue(Reply{.fault = Reply::Fault::Hang});
    server->enqueue(Reply{.delayMs = 5000});
    server->enqueue(Reply{.dripIntervalMs = 1, .hugeBodyBytes = 64 * 1024 * 1024});
    RawClient hang(server->url());
    RawClient delayed(server->url());
    RawClient drip(server->url());
    for (RawClient *client : {&hang, &delayed, &drip}) {
        QVERIFY(client->waitConnected());
        client->send(getBytes("/busy"_ba));
        QVERIFY(server->waitForRequests(server->requestCount() + 1, WaitMs));
    }
    QVERIFY(drip.waitContains("\r\n\r\n"));
    QCOMPARE(server->requestsInFlight(), 3);
    const QUrl url = server->url();
    server->close();
    QCOMPARE(server->openConnections(), 0);
    QCOMPARE(server->requestsInFlight(), 0);
    QVERIFY(hang.waitClosed());
    QVERIFY(delayed.waitClosed());
    QVERIFY(drip.waitClosed());
    QVERIFY(delayed.received().isEmpty());

    // Closed means closed: nobody listens on the port any more.
    RawClient refused(url);
    QTRY_VERIFY(refused.error().has_value());
    QCOMPARE(*refused.error(), QAbstractSocket::ConnectionRefusedError);

    // Destroying a server with live connections is just as safe.
    QVERIFY(server->listen());
    server->enqueue(Reply{.fault = Reply::Fault::Hang});
    RawClient last(server->url());
    QVERIFY(last.waitConnected());
    last.send(getBytes("/"_ba));
    QVERIFY(server->waitForRequests(1, WaitMs));
    server.reset();
    QVERIFY(last.waitClosed());
}

void TestScriptServer::tlsWithTheTestCertificate()
{
    QVERIFY(QSslSocket::supportsSsl());
    const QSslCertificate certificate = ScriptServer::testCertificate(0);
    QVERIFY(!ScriptServer::testCertificate(1).isNull());
    QVERIFY(certificate != ScriptServer::testCertificate(1));

    ScriptServer server;
    QVERIFY(server.listenTls(certificate, ScriptServer::testKey(0)));
    QVERIFY(server.isTls());
    QCOMPARE(server.url().scheme(), u"https"_s);
    server.enqueue(Reply::withStatus(201, "secure"_ba));

    // Trusted as a CA: the handshake verifies (the certificate names IP 127.0.0.1).
    QNetworkAccessManager nam;
    QNetworkRequest request;
    request.setSslConfiguration(trusting(certificate));
    Fetched fetched = fetch(nam, server.url(u"/tls"_s), "POST"_ba, "s"_ba, request);
    QCOMPARE(fetched.error, QNetworkReply::NoError);
    QCOMPARE(fetched.status, 201);
    QCOMPARE(fetched.body, "secure"_ba);
    ReceivedRequest received = *server.lastRequest();
    QVERIFY(received.tls);
    QCOMPARE(received.body, "s"_ba);

    // Not trusted, but exactly this certificate's errors ignored: what pinning its digest does.
    QNetworkAccessManager pinned;
    connect(&pinned,
            &QNetworkAccessManager::sslErrors,
            this,
            [certificate](QNetworkReply *reply, const QList<QSslError> &errors) {
                if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256)
                    == certificate.digest(QCryptographicHash::Sha256))
                    reply->ignoreSslErrors(errors);
            });
    // HTTP/2 allowed: ALPN settles on HTTP/1.1, which is all the server speaks.
    QNetworkRequest h2;
    h2.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    fetched = fetch(pinned, server.url(u"/pinned"_s), "GET"_ba, {}, h2);
    QCOMPARE(fetched.error, QNetworkReply::NoError);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(server.requestCount(), 2);
}

void TestScriptServer::tlsFailsForAnUntrustedCertificate()
{
    ScriptServer server;
    QVERIFY(server.listenTls(ScriptServer::testCertificate(1), ScriptServer::testKey(1)));
    QNetworkAccessManager nam;

    // No trust at all.
    Fetched fetched = fetch(nam, server.url(u"/"_s));
    QCOMPARE(fetched.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!fetched.sslErrors.isEmpty());

    // Trusting the other test certificate does not help.
    QNetworkRequest request;
    request.setSslConfiguration(trusting(ScriptServer::testCertificate(0)));
    fetched = fetch(nam, server.url(u"/"_s), "GET"_ba, {}, request);
    QCOMPARE(fetched.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(server.requestCount(), 0);
    QTRY_COMPARE(server.failedHandshakes(), 2);
    QCOMPARE(server.openConnections(), 0);

    // Plain HTTP to the TLS port is not a request either.
    RawClient plain(server.url());
    QVERIFY(plain.waitConnected());
    plain.send(getBytes("/"_ba));
    QVERIFY(plain.waitClosed());
    QCOMPARE(server.requestCount(), 0);
}

void TestScriptServer::runsInAnotherThread()
{
    // A server on its own thread keeps answering while the test thread is busy, and its counters
    // and records may be read from here.
    QThread thread;
    auto *server = new ScriptServer;
    server->setHandler(
        [](const ReceivedRequest &request) { return Reply::withStatus(200, request.target); });
    QVERIFY(server->listen());
    server->moveToThread(&thread);
    connect(&thread, &QThread::finished, server, &QObject::deleteLater);
    thread.start();

    QSignalSpy received(server, &ScriptServer::requestReceived);
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies.append(nam.get(QNetworkRequest(server->url(u"/%1"_s.arg(i)))));
    QVERIFY(server->waitForRequests(20, WaitMs));
    for (int i = 0; i < 20; ++i) {
        const Fetched fetched = collect(replies.at(i));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.body, u"/%1"_s.arg(i).toLatin1());
    }
    QCOMPARE(server->requests().size(), 20);
    QTRY_COMPARE(received.size(), 20);
    QCOMPARE(received.at(0).at(0).value<ReceivedRequest>().method, "GET"_ba);
    QTRY_COMPARE(server->completedReplies(), 20);
    thread.quit();
    QVERIFY(thread.wait(WaitMs));
}

QTEST_GUILESS_MAIN(TestScriptServer)
#include "tst_scriptserver.moc"
