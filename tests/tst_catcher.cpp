// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catcher/catcher.h"
#include "catcher/httprequestparser.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

#if defined(Q_OS_UNIX)
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using Hookflow::CapturedRequest;
using Hookflow::Catcher;
using Hookflow::HttpRequestParser;

namespace {

constexpr int WaitMs = 5000;

/// A response as read off the wire by RawClient.
struct RawResponse
{
    int status = 0;
    QByteArray statusLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[headerName, value] : headers) {
            if (name.compare(headerName, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &h) {
            return name.compare(h.first, Qt::CaseInsensitive) == 0;
        });
    }
};

/// A plain QTcpSocket that writes bytes exactly as given and reads responses one at a time.
class RawClient
{
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    bool waitConnected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, WaitMs);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    void close() { m_socket.abort(); }
    QTcpSocket &socket() { return m_socket; }

    /// Waits for the next complete response; \a head: it answers a HEAD request (no body follows).
    std::optional<RawResponse> response(bool head = false)
    {
        std::optional<RawResponse> result;
        const bool arrived = QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                result = take(head);
                return result.has_value();
            },
            WaitMs);
        return arrived ? result : std::nullopt;
    }

    /// True once the server has closed the connection (and sent nothing more).
    bool waitClosedByServer()
    {
        const bool closed = QTest::qWaitFor(
            [this] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            WaitMs);
        return closed && m_buffer.isEmpty();
    }

private:
    std::optional<RawResponse> take(bool head)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawResponse response;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        response.statusLine = lines.first().trimmed();
        response.status = response.statusLine.mid(9, 3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const bool bodyless = head || response.status < 200 || response.status == 204
                              || response.status == 304;
        const qsizetype length = bodyless ? 0 : response.header("content-length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return response;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray post(const QByteArray &target,
                const QByteArray &body,
                const QByteArray &extraHeaders = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

int openSockets(const Catcher &catcher)
{
    return int(catcher.findChildren<QTcpSocket *>().size());
}

/// Feeds \a bytes to a parser in pieces of \a step bytes and returns the requests it completes.
QList<HttpRequestParser::Request> parseAll(const QByteArray &bytes, qsizetype step, int *failure)
{
    HttpRequestParser parser;
    QList<HttpRequestParser::Request> requests;
    *failure = 0;
    for (qsizetype pos = 0; pos < bytes.size(); pos += step) {
        parser.feed(QByteArrayView(bytes).sliced(pos, qMin(step, bytes.size() - pos)));
        for (;;) {
            const HttpRequestParser::Event event = parser.next();
            if (event == HttpRequestParser::Event::RequestComplete) {
                requests.append(parser.takeRequest());
            } else if (event == HttpRequestParser::Event::Failed) {
                *failure = parser.errorStatus();
                return requests;
            } else if (event == HttpRequestParser::Event::NeedMoreData) {
                break;
            }
        }
    }
    return requests;
}

using Headers = QList<std::pair<QByteArray, QByteArray>>;

} // namespace

class TestCatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // The server lifecycle.
    void listensOnLoopback();
    void listenReportsAddressInUse();
    void closeDropsConnections();

    // Real clients.
    void capturesQnamPost();
    void returnsConfiguredStatusAndDelay_data();
    void returnsConfiguredStatusAndDelay();
    void reusesOneConnectionForKeepAlive();
    void customResponseBody();

    // Raw sockets: framing and connection handling.
    void responseHeaders_data();
    void responseHeaders();
    void connectionPersistence_data();
    void connectionPersistence();
    void pipelinedRequestsAnsweredInOrder_data();
    void pipelinedRequestsAnsweredInOrder();
    void pipelineStopsAtMalformedRequest();
    void chunkedBody_data();
    void chunkedBody();
    void expectContinue();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void refusesOversizedHeaderSection_data();
    void refusesOversizedHeaderSection();
    void refusesOversizedBody_data();
    void refusesOversizedBody();
    void acceptsBodyAtSizeLimit();
    void survivesClientDisconnect_data();
    void survivesClientDisconnect();

    // What is recorded.
    void toJsonEncodesBody_data();
    void toJsonEncodesBody();
    void headerLookupIsCaseInsensitive();
    void requestCapturedSignal();
    void closeFromRequestCapturedSlot();
    void keepsOnlyTheLatestRequests();
    void runsInItsOwnThread();

    // The parser alone, fed in every possible split.
    void parserIsIndependentOfSplits_data();
    void parserIsIndependentOfSplits();
    void parserHeaderLimitIsExact();

    // hookflow-cli catch.
    void cliRejectsBadOptions_data();
    void cliRejectsBadOptions();
    void cliPrintsRequestsUntilSignalled_data();
    void cliPrintsRequestsUntilSignalled();

private:
    void listenOrFail(Catcher &catcher);
};

void TestCatcher::initTestCase()
{
    // A proxy from the environment must never see loopback test traffic.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestCatcher::listenOrFail(Catcher &catcher)
{
    const Hookflow::Result<void> listening = catcher.listen();
    QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.error().message));
}

void TestCatcher::listensOnLoopback()
{
    Catcher catcher;
    QVERIFY(!catcher.isListening());
    QCOMPARE(catcher.port(), quint16(0));
    QVERIFY(catcher.url().isEmpty());

    listenOrFail(catcher);
    QVERIFY(catcher.isListening());
    QVERIFY(catcher.port() != 0);
    QCOMPARE(catcher.url(), QUrl(u"http://127.0.0.1:%1/"_s.arg(catcher.port())));

    catcher.close();
    QVERIFY(!catcher.isListening());
    QCOMPARE(catcher.port(), quint16(0));
}

void TestCatcher::listenReportsAddressInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    Catcher catcher;
    const Hookflow::Result<void> listening = catcher.listen(QHostAddress::LocalHost,
                                                            occupant.serverPort());
    QVERIFY(!listening.ok());
    QCOMPARE(listening.error().code, u"catcher.listen_failed"_s);
    QVERIFY(listening.error().message.contains(QString::number(occupant.serverPort())));
    QVERIFY(!catcher.isListening());
}

void TestCatcher::closeDropsConnections()
{
    Catcher catcher;
    listenOrFail(catcher);
    catcher.setResponseDelay(60000);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(get("/pending"));
    QTRY_COMPARE(catcher.requestCount(), 1);

    catcher.close();
    QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(openSockets(catcher), 0);
    QCOMPARE(catcher.requestCount(), 1); // closing keeps what was captured
}

void TestCatcher::capturesQnamPost()
{
    Catcher catcher;
    listenOrFail(catcher);
    QSignalSpy captured(&catcher, &Catcher::requestCaptured);

    const QByteArray body = R"({"to":"+821012345678","percent":15,"name":"김민지"})";
    QNetworkAccessManager nam;
    QNetworkRequest request(catcher.url().resolved(QUrl(u"/v1/alimtalk?campaign=price-drop"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("X-Hookflow-Test", "spaces are kept");
    request.setRawHeader("webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W");

    const QDateTime before = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(WaitMs));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/json"_s);
    QCOMPARE(reply->readAll(), R"({"ok":true})"_ba);
    reply->deleteLater();

    QCOMPARE(captured.size(), 1);
    QCOMPARE(catcher.requestCount(), 1);
    const CapturedRequest got = catcher.requests().constFirst();
    QCOMPARE(got.sequence, 1);
    QCOMPARE(got.method, u"POST"_s);
    QCOMPARE(got.target, u"/v1/alimtalk?campaign=price-drop"_s);
    QCOMPARE(got.httpVersion, u"HTTP/1.1"_s);
    QCOMPARE(got.body, body);
    QVERIFY(got.peer.startsWith(u"127.0.0.1:"_s));
    QCOMPARE(got.receivedAt.timeSpec(), Qt::UTC);
    QVERIFY(got.receivedAt >= before.addMSecs(-1) && got.receivedAt <= after.addMSecs(1));

    // Names exactly as sent, values exactly as set.
    QVERIFY(got.headers.contains(std::pair("X-Hookflow-Test"_ba, "spaces are kept"_ba)));
    QVERIFY(got.headers.contains(std::pair("webhook-id"_ba, "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"_ba)));
    QCOMPARE(got.header("content-type"), "application/json"_ba);
    QCOMPARE(got.header("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(got.header("host"), "127.0.0.1:" + QByteArray::number(catcher.port()));
}

void TestCatcher::returnsConfiguredStatusAndDelay_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QString>("reason");

    QTest::newRow("201 at once") << 201 << 0 << u"Created"_s;
    QTest::newRow("404 at once") << 404 << 0 << u"Not Found"_s;
    QTest::newRow("429 at once") << 429 << 0 << u"Too Many Requests"_s;
    QTest::newRow("200 after 150 ms") << 200 << 150 << u"OK"_s;
    QTest::newRow("503 after 300 ms") << 503 << 300 << u"Service Unavailable"_s;
}

void TestCatcher::returnsConfiguredStatusAndDelay()
{
    QFETCH(int, status);
    QFETCH(int, delayMs);
    QFETCH(QString, reason);

    Catcher catcher;
    listenOrFail(catcher);
    catcher.setResponseStatus(status);
    catcher.setResponseDelay(delayMs);
    QCOMPARE(catcher.responseStatus(), status);
    QCOMPARE(catcher.responseDelay(), delayMs);
    QSignalSpy captured(&catcher, &Catcher::requestCaptured);

    QNetworkAccessManager nam;
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkRequest request(catcher.url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = nam.post(request, R"({"n":1})"_ba);
    QSignalSpy finished(reply, &QNetworkReply::finished);

    QVERIFY(captured.wait(WaitMs));
    if (delayMs > 0)
        QVERIFY(!reply->isFinished()); // captured, but the answer is still being held back
    QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
    QVERIFY(elapsed.elapsed() >= delayMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), reason);
    QCOMPARE(reply->readAll(), R"({"ok":true})"_ba);
    reply->deleteLater();
}

void TestCatcher::reusesOneConnectionForKeepAlive()
{
    Catcher catcher;
    listenOrFail(catcher);
    QNetworkAccessManager nam;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(catcher.url().resolved(QUrl(u"/n/%1"_s.arg(i))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain"_ba);
        QNetworkReply *reply = nam.post(request, QByteArray::number(i));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->rawHeader("Connection"), "keep-alive"_ba);
        reply->deleteLater();
    }
    const QList<CapturedRequest> requests = catcher.requests();
    QCOMPARE(requests.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(requests.at(i).sequence, i + 1);
        QCOMPARE(requests.at(i).target, u"/n/%1"_s.arg(i));
        QCOMPARE(requests.at(i).body, QByteArray::number(i));
        // The same client port every time: one TCP connection carried all four.
        QCOMPARE(requests.at(i).peer, requests.first().peer);
    }
    QCOMPARE(openSockets(catcher), 1);
}

void TestCatcher::customResponseBody()
{
    Catcher catcher;
    listenOrFail(catcher);
    catcher.setResponseBody("accepted\n", "text/plain; charset=utf-8");
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(post("/", "x"));
    const std::optional<RawResponse> response = client.response();
    QVERIFY(response);
    QCOMPARE(response->header("Content-Type"), "text/plain; charset=utf-8"_ba);
    QCOMPARE(response->header("Content-Length"), "9"_ba);
    QCOMPARE(response->body, "accepted\n"_ba);
}

void TestCatcher::responseHeaders_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<bool>("hasContent");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("200 GET") << 200 << "GET"_ba
                             << "HTTP/1.1 200 OK"_ba << true << R"({"ok":true})"_ba;
    QTest::newRow("200 HEAD has length, no body") << 200 << "HEAD"_ba
                                                  << "HTTP/1.1 200 OK"_ba << true << QByteArray();
    QTest::newRow("202") << 202 << "POST"_ba
                         << "HTTP/1.1 202 Accepted"_ba << true << R"({"ok":true})"_ba;
    QTest::newRow("204 has no content") << 204 << "POST"_ba
                                        << "HTTP/1.1 204 No Content"_ba << false << QByteArray();
    QTest::newRow("410") << 410 << "DELETE"_ba
                         << "HTTP/1.1 410 Gone"_ba << true << R"({"ok":true})"_ba;
    QTest::newRow("418") << 418 << "PUT"_ba
                         << "HTTP/1.1 418 I'm a teapot"_ba << true << R"({"ok":true})"_ba;
    QTest::newRow("500") << 500 << "PATCH"_ba
                         << "HTTP/1.1 500 Internal Server Error"_ba << true << R"({"ok":true})"_ba;
    QTest::newRow("unregistered code, empty reason")
        << 299 << "POST"_ba
        << "HTTP/1.1 299"_ba << true << R"({"ok":true})"_ba;
}

void TestCatcher::responseHeaders()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, statusLine);
    QFETCH(bool, hasContent);
    QFETCH(QByteArray, body);

    Catcher catcher;
    listenOrFail(catcher);
    catcher.setResponseStatus(status);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(method + " /r HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const std::optional<RawResponse> response = client.response(method == "HEAD");
    QVERIFY(response);

    QCOMPARE(response->statusLine, statusLine);
    QCOMPARE(response->header("Connection"), "keep-alive"_ba);
    QCOMPARE(response->hasHeader("Content-Length"), hasContent);
    QCOMPARE(response->hasHeader("Content-Type"), hasContent);
    if (hasContent) {
        QCOMPARE(response->header("Content-Type"), "application/json"_ba);
        QCOMPARE(response->header("Content-Length"), "11"_ba);
    }
    QCOMPARE(response->body, body);
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(response->header("Date")),
                                                   u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    QVERIFY2(date.isValid(), response->header("Date").constData());

    // The connection is still good for another request.
    client.send(get("/again"));
    QVERIFY(client.response());
    QCOMPARE(catcher.requestCount(), 2);
}

void TestCatcher::connectionPersistence_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("connectionHeader");
    QTest::addColumn<bool>("staysOpen");

    QTest::newRow("HTTP/1.1 persists by default") << "HTTP/1.1"_ba << QByteArray() << true;
    QTest::newRow("HTTP/1.1 Connection: close") << "HTTP/1.1"_ba
                                                << "close"_ba << false;
    QTest::newRow("HTTP/1.1 close among other options, any case") << "HTTP/1.1"_ba
                                                                  << "TE, Close"_ba << false;
    QTest::newRow("HTTP/1.0 closes by default") << "HTTP/1.0"_ba << QByteArray() << false;
    QTest::newRow("HTTP/1.0 Connection: keep-alive") << "HTTP/1.0"_ba
                                                     << "Keep-Alive"_ba << true;
}

void TestCatcher::connectionPersistence()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, connectionHeader);
    QFETCH(bool, staysOpen);

    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    QByteArray request = "GET /first " + version + "\r\nHost: 127.0.0.1\r\n";
    if (!connectionHeader.isEmpty())
        request += "Connection: " + connectionHeader + "\r\n";
    client.send(request + "\r\n");

    const std::optional<RawResponse> response = client.response();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("Connection"), staysOpen ? "keep-alive"_ba : "close"_ba);
    QCOMPARE(catcher.requests().constFirst().httpVersion, QString::fromLatin1(version));

    if (staysOpen) {
        client.send(get("/second"));
        QVERIFY(client.response());
        QCOMPARE(catcher.requestCount(), 2);
    } else {
        QVERIFY(client.waitClosedByServer());
        QTRY_COMPARE(openSockets(catcher), 0);
    }
}

void TestCatcher::pipelinedRequestsAnsweredInOrder_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::newRow("no delay") << 0;
    QTest::newRow("delayed responses") << 100;
}

void TestCatcher::pipelinedRequestsAnsweredInOrder()
{
    QFETCH(int, delayMs);

    Catcher catcher;
    listenOrFail(catcher);
    catcher.setResponseDelay(delayMs);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());

    // Four requests in one write; the HEAD in the middle only parses if the answers come in order.
    client.send(post("/one", "first") + get("/two") + "HEAD /three HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /four HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                  "6\r\nfourth\r\n0\r\n\r\n");

    for (int i = 0; i < 4; ++i) {
        const std::optional<RawResponse> response = client.response(i == 2);
        QVERIFY2(response, qPrintable(u"response %1"_s.arg(i + 1)));
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, i == 2 ? QByteArray() : R"({"ok":true})"_ba);
    }

    const QList<CapturedRequest> requests = catcher.requests();
    QCOMPARE(requests.size(), 4);
    const QStringList targets{u"/one"_s, u"/two"_s, u"/three"_s, u"/four"_s};
    const QList<QByteArray> bodies{"first", "", "", "fourth"};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(requests.at(i).sequence, i + 1);
        QCOMPARE(requests.at(i).target, targets.at(i));
        QCOMPARE(requests.at(i).body, bodies.at(i));
        QCOMPARE(requests.at(i).peer, requests.first().peer);
    }
}

void TestCatcher::pipelineStopsAtMalformedRequest()
{
    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(get("/fine") + "NOT AN HTTP REQUEST\r\n\r\n" + get("/never"));

    const std::optional<RawResponse> first = client.response();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    const std::optional<RawResponse> second = client.response();
    QVERIFY(second);
    QCOMPARE(second->status, 400);
    QCOMPARE(second->header("Connection"), "close"_ba);
    QVERIFY(client.waitClosedByServer());
    QCOMPARE(catcher.requestCount(), 1);
    QCOMPARE(catcher.requests().constFirst().target, u"/fine"_s);
}

void TestCatcher::chunkedBody_data()
{
    QTest::addColumn<QByteArray>("chunked");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("one chunk") << "5\r\nhello\r\n0\r\n\r\n"_ba
                               << "hello"_ba;
    QTest::newRow("several chunks") << "3\r\nabc\r\n3\r\ndef\r\n1\r\ng\r\n0\r\n\r\n"_ba
                                    << "abcdefg"_ba;
    QTest::newRow("upper-case hex, leading zeros, extensions")
        << "00A;name=value\r\n0123456789\r\n1 ; x\r\n!\r\n0\r\n\r\n"_ba
        << "0123456789!"_ba;
    QTest::newRow("trailer fields are not headers")
        << "4\r\nwxyz\r\n0\r\nX-Checksum: 1234\r\n\r\n"_ba
        << "wxyz"_ba;
    QTest::newRow("binary data with CRLF inside") << "6\r\n\r\n\0\xff\r\n\r\n0\r\n\r\n"_ba
                                                  << "\r\n\0\xff\r\n"_ba;
    QTest::newRow("bare LF line ends") << "2\nhi\n0\n\n"_ba
                                       << "hi"_ba;
    QTest::newRow("empty body") << "0\r\n\r\n"_ba << QByteArray();
}

void TestCatcher::chunkedBody()
{
    QFETCH(QByteArray, chunked);
    QFETCH(QByteArray, body);

    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    const QByteArray head
        = "POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    // Head and body in separate writes, and the body in two halves.
    client.send(head);
    QVERIFY(client.socket().waitForBytesWritten(WaitMs));
    client.send(chunked.left(chunked.size() / 2));
    QVERIFY(client.socket().waitForBytesWritten(WaitMs));
    client.send(chunked.mid(chunked.size() / 2));

    const std::optional<RawResponse> response = client.response();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(catcher.requestCount(), 1);
    const CapturedRequest got = catcher.requests().constFirst();
    QCOMPARE(got.body, body);
    QCOMPARE(got.header("Transfer-Encoding"), "chunked"_ba);
    QVERIFY(got.header("X-Checksum").isEmpty());
}

void TestCatcher::expectContinue()
{
    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(
        "PUT /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");

    const std::optional<RawResponse> interim = client.response();
    QVERIFY(interim);
    QCOMPARE(interim->statusLine, "HTTP/1.1 100 Continue"_ba);
    QCOMPARE(catcher.requestCount(), 0);

    client.send("hello");
    const std::optional<RawResponse> final = client.response();
    QVERIFY(final);
    QCOMPARE(final->status, 200);
    QCOMPARE(catcher.requests().constFirst().body, "hello"_ba);

    // Too large to accept: the final answer comes at once, with no invitation to send the body.
    client.send("PUT /big HTTP/1.1\r\nHost: x\r\nContent-Length: 40000000\r\n"
                "Expect: 100-continue\r\n\r\n");
    const std::optional<RawResponse> refused = client.response();
    QVERIFY(refused);
    QCOMPARE(refused->status, 413);
    QVERIFY(client.waitClosedByServer());
}

void TestCatcher::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("not HTTP") << "HELLO\r\n\r\n"_ba << 400;
    QTest::newRow("no version") << "GET /\r\nHost: x\r\n\r\n"_ba << 400;
    QTest::newRow("two spaces") << "GET  / HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
    QTest::newRow("lower-case version") << "GET / http/1.1\r\nHost: x\r\n\r\n"_ba << 400;
    QTest::newRow("bad method") << "G(T / HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
    QTest::newRow("control character in target")
        << "GET /a\x01 HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
    QTest::newRow("HTTP/2.0") << "GET / HTTP/2.0\r\nHost: x\r\n\r\n"_ba << 505;
    QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 400;
    QTest::newRow("header without colon")
        << "GET / HTTP/1.1\r\nHost: x\r\nBroken\r\n\r\n"_ba << 400;
    QTest::newRow("obsolete line folding")
        << "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n"_ba << 400;
    QTest::newRow("control character in value")
        << "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01z\r\n\r\n"_ba << 400;
    QTest::newRow("bare CR") << "GET / HTTP/1.1\r\nHost: x\rX-A: b\r\n\r\n"_ba << 400;
    QTest::newRow("missing Host") << "GET / HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("two Host fields") << "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"_ba << 400;
    QTest::newRow("non-numeric Content-Length")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n"_ba << 400;
    QTest::newRow("negative Content-Length")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"_ba << 400;
    QTest::newRow("conflicting Content-Length")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"_ba
        << 400;
    QTest::newRow("Content-Length and Transfer-Encoding")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
           "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba
        << 400;
    QTest::newRow("chunked not last")
        << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"_ba << 400;
    QTest::newRow("unsupported transfer coding")
        << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"_ba << 501;
    QTest::newRow("bad chunk size")
        << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n"_ba << 400;
    QTest::newRow("chunk longer than announced")
        << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n"_ba
        << 400;
    QTest::newRow("unsupported expectation")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nExpect: magic\r\n\r\n"_ba << 417;
}

void TestCatcher::refusesMalformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);

    Catcher catcher;
    listenOrFail(catcher);
    QSignalSpy captured(&catcher, &Catcher::requestCaptured);
    {
        RawClient client(catcher.port());
        QVERIFY(client.waitConnected());
        client.send(request);
        const std::optional<RawResponse> response = client.response();
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(response->header("Connection"), "close"_ba);
        QCOMPARE(response->header("Content-Type"), "text/plain; charset=utf-8"_ba);
        QVERIFY(client.waitClosedByServer());
    }
    QTRY_COMPARE(openSockets(catcher), 0);
    QCOMPARE(captured.size(), 0);

    // The server itself is unharmed.
    RawClient next(catcher.port());
    QVERIFY(next.waitConnected());
    next.send(get("/next"));
    const std::optional<RawResponse> response = next.response();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(catcher.requestCount(), 1);
}

void TestCatcher::refusesOversizedHeaderSection_data()
{
    QTest::addColumn<QByteArray>("request");

    QTest::newRow("one huge field") << get("/", "X-Huge: " + QByteArray(70 * 1024, 'a') + "\r\n");
    QByteArray many;
    for (int i = 0; i < 3000; ++i)
        many += "X-Field-" + QByteArray::number(i) + ": some value here\r\n";
    QTest::newRow("many fields") << get("/", many);
    QTest::newRow("huge request target") << get("/" + QByteArray(70 * 1024, 'p'));
    QTest::newRow("never-ending field, no line end")
        << "GET / HTTP/1.1\r\nX-Endless: " + QByteArray(80 * 1024, 'e');
}

void TestCatcher::refusesOversizedHeaderSection()
{
    QFETCH(QByteArray, request);

    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(request);
    const std::optional<RawResponse> response = client.response();
    QVERIFY(response);
    QCOMPARE(response->statusLine, "HTTP/1.1 431 Request Header Fields Too Large"_ba);
    QCOMPARE(response->header("Connection"), "close"_ba);
    QVERIFY(client.waitClosedByServer());
    QCOMPARE(catcher.requestCount(), 0);
}

void TestCatcher::refusesOversizedBody_data()
{
    QTest::addColumn<QByteArray>("request");

    QTest::newRow("Content-Length one past 32 MiB")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 33554433\r\n\r\n"_ba;
    QTest::newRow("Content-Length with 30 digits")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 123456789012345678901234567890\r\n\r\n"_ba;
    QTest::newRow("one chunk past 32 MiB")
        << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2000001\r\n"_ba;
    QTest::newRow("chunks adding up past 32 MiB")
        << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
           "10\r\n0123456789abcdef\r\n1FFFFF1\r\n"_ba;
    QTest::newRow("absurd chunk size")
        << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n"_ba;
}

void TestCatcher::refusesOversizedBody()
{
    QFETCH(QByteArray, request);

    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(request);
    const std::optional<RawResponse> response = client.response();
    QVERIFY(response);
    QCOMPARE(response->statusLine, "HTTP/1.1 413 Content Too Large"_ba);
    QCOMPARE(response->header("Connection"), "close"_ba);
    QVERIFY(client.waitClosedByServer());
    QCOMPARE(catcher.requestCount(), 0);
}

void TestCatcher::acceptsBodyAtSizeLimit()
{
    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    QByteArray body(HttpRequestParser::MaxBodyBytes, 'b');
    body[0] = 'A';
    body[body.size() - 1] = 'Z';
    client.send(post("/big", body));
    const std::optional<RawResponse> response = client.response();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(catcher.requestCount(), 1);
    QVERIFY(catcher.requests().constFirst().body == body);
}

void TestCatcher::survivesClientDisconnect_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("captured");

    QTest::newRow("inside the request line") << "POST /unfin"_ba << 0 << 0;
    QTest::newRow("inside the header section")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Le"_ba << 0 << 0;
    QTest::newRow("inside a Content-Length body")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789"_ba << 0 << 0;
    QTest::newRow("inside a chunk")
        << "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc"_ba << 0 << 0;
    QTest::newRow("while the response is delayed") << get("/waiting") << 60000 << 1;
}

void TestCatcher::survivesClientDisconnect()
{
    QFETCH(QByteArray, partial);
    QFETCH(int, delayMs);
    QFETCH(int, captured);

    Catcher catcher;
    listenOrFail(catcher);
    catcher.setResponseDelay(delayMs);
    {
        RawClient client(catcher.port());
        QVERIFY(client.waitConnected());
        QTRY_COMPARE(openSockets(catcher), 1);
        client.send(partial);
        QVERIFY(client.socket().waitForBytesWritten(WaitMs));
        if (captured)
            QTRY_COMPARE(catcher.requestCount(), captured);
        client.close();
    }
    // The server noticed, and its socket was released.
    QTRY_COMPARE(openSockets(catcher), 0);
    QCOMPARE(catcher.requestCount(), captured);

    catcher.setResponseDelay(0);
    RawClient next(catcher.port());
    QVERIFY(next.waitConnected());
    next.send(post("/after", "still here"));
    const std::optional<RawResponse> response = next.response();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(catcher.requests().constLast().body, "still here"_ba);
}

void TestCatcher::toJsonEncodesBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("base64");

    QTest::newRow("ASCII JSON") << R"({"ok":1})"_ba << false;
    QTest::newRow("Korean UTF-8") << R"({"name":"김민지"})"_ba << false;
    QTest::newRow("emoji (4-byte UTF-8)") << "\xf0\x9f\x94\x94 ring"_ba << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("UTF-8 with BOM is kept byte for byte") << "\xef\xbb\xbfhi"_ba << false;
    QTest::newRow("NUL is valid UTF-8") << "a\0b"_ba << false;
    QTest::newRow("Latin-1 byte") << "caf\xe9"_ba << true;
    QTest::newRow("binary") << "\x00\x01\xff\xfe"_ba << true;
    QTest::newRow("truncated sequence") << "ok\xea\xb9"_ba << true;
    QTest::newRow("overlong encoding") << "\xc0\xaf"_ba << true;
    QTest::newRow("encoded surrogate") << "\xed\xa0\x80"_ba << true;
}

void TestCatcher::toJsonEncodesBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, base64);

    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(post("/json?x=1", body, "X-Name: \xea\xb9\x80\r\nX-Latin: \xe9\r\n"));
    QVERIFY(client.response());
    QCOMPARE(catcher.requestCount(), 1);
    const CapturedRequest got = catcher.requests().constFirst();
    QCOMPARE(got.body, body);

    // Not through QJsonDocument::fromJson: it drops a BOM at the start of a string value.
    const QJsonObject json = got.toJson();
    QCOMPARE(json.value(u"sequence"_s).toInteger(), 1);
    QCOMPARE(json.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(json.value(u"target"_s).toString(), u"/json?x=1"_s);
    QCOMPARE(json.value(u"http_version"_s).toString(), u"HTTP/1.1"_s);
    QCOMPARE(json.value(u"peer"_s).toString(), got.peer);
    QCOMPARE(QDateTime::fromString(json.value(u"received_at"_s).toString(), Qt::ISODateWithMs),
             got.receivedAt);
    const QJsonArray headers = json.value(u"headers"_s).toArray();
    QCOMPARE(headers.size(), got.headers.size());
    QCOMPARE(headers.at(0), QJsonValue(QJsonArray{u"Host"_s, u"127.0.0.1"_s}));
    QCOMPARE(headers.at(2), QJsonValue(QJsonArray{u"X-Name"_s, u"김"_s}));
    QCOMPARE(headers.at(3), QJsonValue(QJsonArray{u"X-Latin"_s, u"é"_s}));

    if (base64) {
        QCOMPARE(json.value(u"body_encoding"_s).toString(), u"base64"_s);
        QCOMPARE(QByteArray::fromBase64(json.value(u"body"_s).toString().toLatin1()), body);
    } else {
        QVERIFY(!json.contains(u"body_encoding"_s));
        QCOMPARE(json.value(u"body"_s).toString().toUtf8(), body);
    }
}

void TestCatcher::headerLookupIsCaseInsensitive()
{
    CapturedRequest request;
    request.headers = {{"Content-Type", "application/json"},
                       {"X-Dup", "first"},
                       {"x-dup", "second"},
                       {"X-Empty", ""}};
    QCOMPARE(request.header("content-type"), "application/json"_ba);
    QCOMPARE(request.header("CONTENT-TYPE"), "application/json"_ba);
    QCOMPARE(request.header("X-DUP"), "first"_ba);
    QCOMPARE(request.header("X-Empty"), QByteArray());
    QCOMPARE(request.header("Missing"), QByteArray());
}

void TestCatcher::requestCapturedSignal()
{
    Catcher catcher;
    listenOrFail(catcher);
    QSignalSpy spy(&catcher, &Catcher::requestCaptured);
    QVERIFY(spy.isValid());

    // The type travels through queued connections too.
    QList<CapturedRequest> queued;
    QObject receiver;
    connect(
        &catcher,
        &Catcher::requestCaptured,
        &receiver,
        [&queued](const CapturedRequest &request) { queued.append(request); },
        Qt::QueuedConnection);

    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(post("/signal", "payload"));
    QVERIFY(spy.wait(WaitMs));
    QCOMPARE(spy.size(), 1);
    const auto fromSignal = spy.at(0).at(0).value<CapturedRequest>();
    QCOMPARE(fromSignal.sequence, 1);
    QCOMPARE(fromSignal.target, u"/signal"_s);
    QCOMPARE(fromSignal.body, "payload"_ba);
    QCOMPARE(fromSignal.toJson(), catcher.requests().constFirst().toJson());

    QTRY_COMPARE(queued.size(), 1);
    QCOMPARE(queued.first().toJson(), fromSignal.toJson());
}

void TestCatcher::closeFromRequestCapturedSlot()
{
    Catcher catcher;
    listenOrFail(catcher);
    connect(&catcher, &Catcher::requestCaptured, this, [&catcher] { catcher.close(); });
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    client.send(get("/first") + get("/second"));
    QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(openSockets(catcher), 0);
    QCOMPARE(catcher.requestCount(), 1);
    QVERIFY(!catcher.isListening());
}

void TestCatcher::keepsOnlyTheLatestRequests()
{
    Catcher catcher;
    listenOrFail(catcher);
    RawClient client(catcher.port());
    QVERIFY(client.waitConnected());
    const int total = Catcher::MaxStoredRequests + 5;
    QByteArray pipeline;
    for (int i = 1; i <= total; ++i)
        pipeline += get("/" + QByteArray::number(i));
    client.send(pipeline);
    const auto lastSequence = [&catcher] {
        const QList<CapturedRequest> requests = catcher.requests();
        return requests.isEmpty() ? qint64(0) : requests.constLast().sequence;
    };
    QTRY_COMPARE_WITH_TIMEOUT(lastSequence(), qint64(total), 30000);

    QCOMPARE(catcher.requestCount(), Catcher::MaxStoredRequests);
    const QList<CapturedRequest> requests = catcher.requests();
    QCOMPARE(requests.constFirst().sequence, 6);
    QCOMPARE(requests.constFirst().target, u"/6"_s);
    QCOMPARE(requests.constLast().target, u"/%1"_s.arg(total));

    catcher.clear();
    QCOMPARE(catcher.requestCount(), 0);
    RawClient another(catcher.port());
    QVERIFY(another.waitConnected());
    another.send(get("/after-clear"));
    QVERIFY(another.response());
    QCOMPARE(catcher.requestCount(), 1);
    QCOMPARE(catcher.requests().constFirst().sequence, total + 1); // numbering carries on
}

void TestCatcher::runsInItsOwnThread()
{
    QThread thread;
    thread.start();
    auto *catcher = new Catcher;
    catcher->moveToThread(&thread);

    bool listening = false;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        catcher,
        [&] {
            listening = catcher->listen().ok();
            port = catcher->port();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(listening);

    std::atomic<QThread *> emittedIn = nullptr;
    connect(
        catcher,
        &Catcher::requestCaptured,
        catcher,
        [&emittedIn] { emittedIn = QThread::currentThread(); },
        Qt::DirectConnection);
    QList<CapturedRequest> received;
    QObject receiver;
    connect(catcher, &Catcher::requestCaptured, &receiver, [&](const CapturedRequest &request) {
        received.append(request);
    });

    RawClient client(port);
    QVERIFY(client.waitConnected());
    client.send(post("/threaded", "from main"));
    const std::optional<RawResponse> response = client.response();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().body, "from main"_ba);
    QCOMPARE(emittedIn.load(), &thread);

    QMetaObject::invokeMethod(
        catcher, [catcher] { delete catcher; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(WaitMs));
}

void TestCatcher::parserIsIndependentOfSplits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QByteArray>>("targets");
    QTest::addColumn<QList<QByteArray>>("bodies");

    QTest::newRow("Content-Length body") << post("/a", "{\"k\":\"v\"}") << QList<QByteArray>{"/a"}
                                         << QList<QByteArray>{"{\"k\":\"v\"}"};
    QTest::newRow("chunked with extensions and trailers")
        << "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
           "4;a=b\r\nwiki\r\n5\r\npedia\r\n0\r\nX-T: 1\r\n\r\n"_ba
        << QList<QByteArray>{"/c"} << QList<QByteArray>{"wikipedia"};
    QTest::newRow("three pipelined")
        << get("/1") + post("/2", "two") + "\r\n" + get("/3") << QList<QByteArray>{"/1", "/2", "/3"}
        << QList<QByteArray>{"", "two", ""};
    QTest::newRow("bare LF everywhere") << "POST /lf HTTP/1.1\nHost: x\nContent-Length: 2\n\nok"_ba
                                        << QList<QByteArray>{"/lf"} << QList<QByteArray>{"ok"};
}

void TestCatcher::parserIsIndependentOfSplits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, targets);
    QFETCH(QList<QByteArray>, bodies);

    for (const qsizetype step : {bytes.size(), qsizetype(1), qsizetype(2), qsizetype(7)}) {
        int failure = 0;
        const QList<HttpRequestParser::Request> requests = parseAll(bytes, step, &failure);
        QCOMPARE(failure, 0);
        QCOMPARE(requests.size(), targets.size());
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QCOMPARE(requests.at(i).target, targets.at(i));
            QCOMPARE(requests.at(i).body, bodies.at(i));
            QCOMPARE(requests.at(i).headers.constFirst().first, "Host"_ba);
            QVERIFY(requests.at(i).keepAlive);
        }
    }

    // The 100-continue invitation only comes when no body byte is there yet.
    HttpRequestParser parser;
    parser.feed("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Event::ContinueExpected);
    QCOMPARE(parser.next(), HttpRequestParser::Event::NeedMoreData);
    parser.feed("ok");
    QCOMPARE(parser.next(), HttpRequestParser::Event::RequestComplete);
    QCOMPARE(parser.takeRequest().body, "ok"_ba);
    parser.feed("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok");
    QCOMPARE(parser.next(), HttpRequestParser::Event::RequestComplete);
}

void TestCatcher::parserHeaderLimitIsExact()
{
    const QByteArray start = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ";
    const QByteArray end = "\r\n\r\n";
    const QByteArray exact = start
                             + QByteArray(HttpRequestParser::MaxHeaderBytes - start.size()
                                              - end.size(),
                                          'p')
                             + end;
    QCOMPARE(exact.size(), HttpRequestParser::MaxHeaderBytes);

    int failure = 0;
    QCOMPARE(parseAll(exact, exact.size(), &failure).size(), 1);
    QCOMPARE(failure, 0);
    QCOMPARE(parseAll(exact, 1000, &failure).size(), 1);
    QCOMPARE(failure, 0);

    const QByteArray oneOver = start + 'p' + exact.mid(start.size());
    QCOMPARE(parseAll(oneOver, oneOver.size(), &failure).size(), 0);
    QCOMPARE(failure, 431);
    QCOMPARE(parseAll(oneOver, 1000, &failure).size(), 0);
    QCOMPARE(failure, 431);
}

void TestCatcher::cliRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("non-numeric port") << QStringList{u"--port"_s, u"http"_s};
    QTest::newRow("port too large") << QStringList{u"--port"_s, u"65536"_s};
    QTest::newRow("negative port") << QStringList{u"--port=-1"_s};
    QTest::newRow("status below 100") << QStringList{u"--status"_s, u"99"_s};
    QTest::newRow("status above 599") << QStringList{u"--status"_s, u"600"_s};
    QTest::newRow("non-numeric status") << QStringList{u"--status"_s, u"ok"_s};
    QTest::newRow("negative delay") << QStringList{u"--delay"_s, u"-5"_s};
    QTest::newRow("missing value") << QStringList{u"--delay"_s};
    QTest::newRow("unknown option") << QStringList{u"--verbose"_s};
    QTest::newRow("positional argument") << QStringList{u"8080"_s};
}

void TestCatcher::cliRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess cli;
    cli.start(QStringLiteral(HOOKFLOW_CLI), QStringList{u"catch"_s} + arguments);
    QVERIFY(cli.waitForFinished(WaitMs));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 2);
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(errors.contains(u"catch [--port N]"_s), qPrintable(errors));
    QVERIFY(cli.readAllStandardOutput().isEmpty());
}

void TestCatcher::cliPrintsRequestsUntilSignalled_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("signal");

    QTest::newRow("text, SIGTERM") << false << int(SIGTERM);
    QTest::newRow("JSON lines, SIGINT") << true << int(SIGINT);
}

void TestCatcher::cliPrintsRequestsUntilSignalled()
{
    QFETCH(bool, json);
    QFETCH(int, signal);

    QProcess cli;
    QStringList arguments{u"catch"_s, u"--status"_s, u"202"_s};
    if (json)
        arguments.prepend(u"--json"_s);
    cli.start(QStringLiteral(HOOKFLOW_CLI), arguments);
    QVERIFY(cli.waitForStarted(WaitMs));

    QByteArray errors;
    const QRegularExpression listening(u"^Listening on (http://127\\.0\\.0\\.1:(\\d+)/)\\n"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY2((errors += cli.readAllStandardError(),
                  match = listening.match(QString::fromUtf8(errors)),
                  match.hasMatch()),
                 errors.constData());
    const auto port = quint16(match.captured(2).toUInt());

    RawClient client(port);
    QVERIFY(client.waitConnected());
    client.send(post("/hook?x=1", "line one\nline two\n") + post("/bin", "\xff\xfe"));
    const std::optional<RawResponse> first = client.response();
    QVERIFY(first);
    QCOMPARE(first->status, 202);
    QVERIFY(client.response());

    QByteArray output;
    QTRY_VERIFY((output += cli.readAllStandardOutput(), output.count('\n') >= (json ? 2 : 4)));
    if (json) {
        const QList<QByteArray> lines = output.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject firstLine = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(firstLine.value(u"sequence"_s).toInteger(), 1);
        QCOMPARE(firstLine.value(u"target"_s).toString(), u"/hook?x=1"_s);
        QCOMPARE(firstLine.value(u"body"_s).toString(), u"line one\nline two\n"_s);
        const QJsonObject secondLine = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(secondLine.value(u"body_encoding"_s).toString(), u"base64"_s);
    } else {
        QCOMPARE(output,
                 "#1 POST /hook?x=1 (18 bytes)\n    line one\n    line two\n"
                 "#2 POST /bin (2 bytes)\n"_ba);
    }

    ::kill(pid_t(cli.processId()), signal);
    QVERIFY(cli.waitForFinished(WaitMs));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCatcher)
#include "tst_catcher.moc"
