// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hookflow-qnamloop: the bare QNetworkAccessManager loop the delivery engine is measured
// against (bench/run delivery). It POSTs one ~300-byte JSON body to URL with K requests in
// flight until N replies have finished, and prints one JSON line: requests, errors, wall and
// CPU seconds, replies per second and how many went over HTTP/2. Nothing else happens per
// request (no rendering, no database), so this is the ceiling the engine's QNAM path can reach.
//
// The knobs (bench/README.md, "Where QNetworkAccessManager spends its time") are what a Qt
// engineer would try: HTTP/2 with prior knowledge (h2c), HTTP/1.1 pipelining, a QNetworkRequest
// built per request or reused, no cookie jar, synchronous requests (no hop to the QNAM's HTTP
// thread), several QNAMs on one thread or one per thread. QT_NO_GLIB=1 in the environment swaps
// the GLib event dispatcher for Qt's own.
//
//   hookflow-qnamloop --url http://127.0.0.1:8080/ [--requests 100000] [--inflight 64]
//       [--http2] [--pipelining] [--fresh-request] [--no-cookies] [--synchronous] [--threads T]
//       [--qnams M] [--insecure]
//       [--body PATH] [--warmup 1000] [--label TEXT]
//
// Requests in flight are spread over the QNAMs; a QNAM keeps at most 6 HTTP/1.1 connections per
// host (QHttpNetworkConnection's channel count), so --inflight beyond 6 per QNAM only queues
// inside Qt, unless --pipelining or --http2 (one connection, up to 100 streams).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QUrl url;
    QString urlText;
    QByteArray body;
    qint64 requests = 100000;
    int inflight = 64;
    int threads = 1;
    int qnams = 1;
    qint64 warmup = 1000;
    bool http2 = false;
    bool pipelining = false;
    bool freshRequest = false;
    bool noCookies = false;
    bool synchronous = false;
    bool insecure = false;
};

/// The default body: a Hackle-style Alimtalk message of about 300 bytes.
QByteArray defaultBody()
{
    return QByteArrayLiteral(
        R"({"to":"+821012345678","template_code":"PRICE_DROP_01","name":"김민지","message":"The price of [무선 이어폰 프로 2] you saved has dropped by 15%!","product_id":"p-1042","percent":15,"price":129000,"user_id":"user-000042","campaign":"bench-delivery","sent_at":"2026-11-27T09:00:00Z"})");
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// One QNAM and its share of the requests in flight; lives in one thread.
class Loop final : public QObject
{
    Q_OBJECT
public:
    Loop(const Options &options, qint64 quota, int inflight)
        : m_options(options)
        , m_quota(quota)
        , m_inflight(inflight)
    {}

    void start()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        if (m_options.noCookies) {
            // QNAM creates its jar lazily; a jar that never stores is the nearest to "none".
            class NoJar final : public QNetworkCookieJar
            {
            public:
                using QNetworkCookieJar::QNetworkCookieJar;
                QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
                bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override
                {
                    return false;
                }
            };
            m_nam->setCookieJar(new NoJar(m_nam.get()));
        }
        m_nam->setCache(nullptr);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_request = makeRequest();
        if (m_options.synchronous) {
            // post() returns a finished reply: the HTTP work runs in this thread, no hop to
            // the QNAM's HTTP thread, one request at a time per QNAM.
            while (m_sent < m_quota) {
                ++m_sent;
                QNetworkReply *reply = m_nam->post(m_request, m_options.body);
                record(reply);
                delete reply;
            }
            emit done();
            return;
        }
        for (int i = 0; i < m_inflight && m_sent < m_quota; ++i)
            send();
        if (m_quota == 0)
            emit done();
    }

    qint64 errors() const { return m_errors; }
    qint64 http2() const { return m_http2; }
    QString firstError() const { return m_firstError; }

signals:
    void done();

private:
    QNetworkRequest makeRequest() const
    {
        QNetworkRequest request(m_options.freshRequest ? QUrl(m_options.urlText) : m_options.url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("User-Agent"_ba, "hookflow-qnamloop"_ba);
        if (m_options.http2) {
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
            // Prior knowledge (h2c) for http://; over TLS, h2 is negotiated with ALPN.
            if (request.url().scheme() == u"http"_s)
                request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        } else {
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        }
        if (m_options.pipelining)
            request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
        if (m_options.synchronous)
            request.setAttribute(QNetworkRequest::SynchronousRequestAttribute, true);
        if (m_options.insecure) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            request.setSslConfiguration(tls);
        }
        if (m_options.noCookies) {
            request.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                 QNetworkRequest::Manual);
            request.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                 QNetworkRequest::Manual);
        }
        return request;
    }

    void send()
    {
        ++m_sent;
        QNetworkReply *reply = m_nam->post(m_options.freshRequest ? makeRequest() : m_request,
                                           m_options.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
    }

    void finished(QNetworkReply *reply)
    {
        record(reply);
        reply->deleteLater();
        ++m_finished;
        if (m_sent < m_quota)
            send();
        else if (m_finished == m_quota)
            emit done();
    }

    void record(QNetworkReply *reply)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->readAll();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            if (m_firstError.isEmpty())
                m_firstError = u"%1 (HTTP %2)"_s.arg(reply->errorString()).arg(status);
            ++m_errors;
        }
        if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            ++m_http2;
    }

    const Options &m_options;
    const qint64 m_quota;
    const int m_inflight;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QNetworkRequest m_request;
    qint64 m_sent = 0;
    qint64 m_finished = 0;
    qint64 m_errors = 0;
    qint64 m_http2 = 0;
    QString m_firstError;
};

struct Totals
{
    qint64 errors = 0;
    qint64 http2 = 0;
    QString firstError;
    double wallSeconds = 0;
    double cpuSeconds = 0;
};

/// Runs `requests` over threads × qnams loops and waits for all of them.
Totals runOnce(const Options &options, qint64 requests)
{
    const int loopsPerThread = options.qnams;
    const int loopCount = options.threads * loopsPerThread;
    std::vector<std::unique_ptr<Loop>> loops;
    std::vector<std::unique_ptr<QThread>> threads;
    QEventLoop wait;
    int remaining = loopCount;
    for (int i = 0; i < loopCount; ++i) {
        const qint64 quota = requests / loopCount + (i < requests % loopCount ? 1 : 0);
        const int inflight = std::max(1,
                                      options.inflight / loopCount
                                          + (i < options.inflight % loopCount ? 1 : 0));
        loops.push_back(std::make_unique<Loop>(options, quota, inflight));
        QObject::connect(loops.back().get(), &Loop::done, &wait, [&] {
            if (--remaining == 0)
                wait.quit();
        });
    }
    // Thread 0 is this one; the others get their own event loop.
    for (int t = 1; t < options.threads; ++t) {
        threads.push_back(std::make_unique<QThread>());
        for (int l = 0; l < loopsPerThread; ++l)
            loops.at(t * loopsPerThread + l)->moveToThread(threads.back().get());
        threads.back()->start();
    }
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (const auto &loop : loops)
        QMetaObject::invokeMethod(loop.get(), &Loop::start, Qt::QueuedConnection);
    wait.exec();
    Totals totals;
    totals.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    totals.cpuSeconds = cpuSeconds() - cpu0;
    for (const auto &loop : loops) {
        totals.errors += loop->errors();
        totals.http2 += loop->http2();
        if (totals.firstError.isEmpty())
            totals.firstError = loop->firstError();
    }
    // Each loop's QNAM is destroyed in its own thread before the thread stops.
    for (int i = loopsPerThread; i < loopCount; ++i) {
        std::unique_ptr<Loop> &loop = loops.at(i);
        QMetaObject::invokeMethod(
            loop.get(), [&loop] { loop.reset(); }, Qt::BlockingQueuedConnection);
    }
    for (const auto &thread : threads) {
        thread->quit();
        thread->wait();
    }
    return totals;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A bare QNetworkAccessManager POST loop"_s);
    parser.addHelpOption();
    const QCommandLineOption url(u"url"_s, u"Where to POST"_s, u"URL"_s);
    const QCommandLineOption requests(u"requests"_s, u"Replies to wait for"_s, u"N"_s, u"100000"_s);
    const QCommandLineOption inflight(u"inflight"_s, u"Requests in flight"_s, u"K"_s, u"64"_s);
    const QCommandLineOption threads(u"threads"_s,
                                     u"Threads, each with its QNAMs"_s,
                                     u"T"_s,
                                     u"1"_s);
    const QCommandLineOption qnams(u"qnams"_s, u"QNAMs per thread"_s, u"M"_s, u"1"_s);
    const QCommandLineOption warmup(u"warmup"_s, u"Untimed requests first"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption body(u"body"_s, u"File with the body to POST"_s, u"PATH"_s);
    const QCommandLineOption label(u"label"_s, u"Echoed in the output"_s, u"TEXT"_s);
    const QCommandLineOption http2(u"http2"_s, u"HTTP/2 with prior knowledge (h2c)"_s);
    const QCommandLineOption pipelining(u"pipelining"_s, u"HTTP/1.1 pipelining"_s);
    const QCommandLineOption fresh(u"fresh-request"_s,
                                   u"Build QUrl and QNetworkRequest per request"_s);
    const QCommandLineOption noCookies(u"no-cookies"_s, u"A cookie jar that never stores"_s);
    const QCommandLineOption insecure(u"insecure"_s,
                                      u"https: accept any certificate (a loopback test server)"_s);
    const QCommandLineOption synchronous(u"synchronous"_s,
                                         u"SynchronousRequestAttribute: one at a time per QNAM"_s);
    parser.addOptions({url,
                       requests,
                       inflight,
                       threads,
                       qnams,
                       warmup,
                       body,
                       label,
                       http2,
                       pipelining,
                       fresh,
                       noCookies,
                       synchronous,
                       insecure});
    parser.process(app);

    Options options;
    options.urlText = parser.value(url);
    options.url = QUrl(options.urlText);
    if (!options.url.isValid() || options.url.host().isEmpty()) {
        fprintf(stderr, "hookflow-qnamloop: --url must be an http:// URL\n");
        return 64;
    }
    options.body = defaultBody();
    if (parser.isSet(body)) {
        QFile file(parser.value(body));
        if (!file.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "hookflow-qnamloop: cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        options.body = file.readAll();
    }
    options.requests = parser.value(requests).toLongLong();
    options.inflight = parser.value(inflight).toInt();
    options.threads = std::max(1, parser.value(threads).toInt());
    options.qnams = std::max(1, parser.value(qnams).toInt());
    options.warmup = parser.value(warmup).toLongLong();
    options.http2 = parser.isSet(http2);
    options.pipelining = parser.isSet(pipelining);
    options.freshRequest = parser.isSet(fresh);
    options.noCookies = parser.isSet(noCookies);
    options.synchronous = parser.isSet(synchronous);
    options.insecure = parser.isSet(insecure);
    if (options.requests < 1 || options.inflight < 1) {
        fprintf(stderr, "hookflow-qnamloop: --requests and --inflight must be positive\n");
        return 64;
    }

    // The warm-up opens the connections (and, for h2c, the session) outside the timing; it
    // uses QNAMs of its own, so the timed run opens its connections again, as a fresh run does.
    if (options.warmup > 0)
        runOnce(options, options.warmup);
    const Totals totals = runOnce(options, options.requests);

    QJsonObject json{{u"label"_s, parser.value(label)},
                     {u"requests"_s, options.requests},
                     {u"inflight"_s, options.inflight},
                     {u"threads"_s, options.threads},
                     {u"qnams"_s, options.qnams},
                     {u"body_bytes"_s, options.body.size()},
                     {u"errors"_s, totals.errors},
                     {u"http2"_s, totals.http2},
                     {u"wall_s"_s, totals.wallSeconds},
                     {u"cpu_s"_s, totals.cpuSeconds},
                     {u"rps"_s, double(options.requests) / totals.wallSeconds},
                     {u"cpu_us_per_request"_s, totals.cpuSeconds * 1e6 / double(options.requests)}};
    if (!totals.firstError.isEmpty())
        json.insert(u"first_error"_s, totals.firstError);
    printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return totals.errors == 0 ? 0 : 1;
}

#include "qnamloop.moc"
