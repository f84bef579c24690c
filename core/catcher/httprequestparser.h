// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Hookflow {

/// Incremental HTTP/1.x request parser (RFC 9112): bytes go in as they arrive, whole requests come out.
///
/// Feed data with feed(), then call next() until it answers NeedMoreData or Failed. It never blocks and
/// never looks at a socket, so the catcher and the tests drive it the same way.
class HttpRequestParser
{
public:
    /// Request line plus header fields plus the empty line; more is answered with 431.
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    /// Decoded body size; more is answered with 413.
    static constexpr qint64 MaxBodyBytes = 32 * 1024 * 1024;

    enum class Event {
        NeedMoreData,     ///< the buffered bytes do not complete anything yet
        ContinueExpected, ///< the head asked for "100-continue" and no body byte has arrived yet
        RequestComplete, ///< takeRequest() returns the request; call next() again for a pipelined one
        Failed,          ///< errorStatus() says which response to send; the connection must close
    };

    /// One parsed request. The body is de-chunked; trailer fields are validated and dropped.
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray version; ///< as sent, e.g. "HTTP/1.1"
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool keepAlive = true; ///< the connection may carry another request after this one
        bool expectContinue = false;
    };

    void feed(QByteArrayView data);
    Event next();
    Request takeRequest();

    /// After Failed: the status to answer with (400, 413, 417, 431, 501 or 505).
    int errorStatus() const { return m_errorStatus; }
    /// After Failed: what was wrong, in English, for logs and the response body.
    QByteArray errorDetail() const { return m_errorDetail; }

    /// True while part of a request has been received but not all of it.
    bool inProgress() const;
    /// Bytes received but not consumed by a complete request (pipelined data, partial input).
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Failed,
    };

    enum class LineResult { Line, NeedMore, TooLong };

    LineResult takeLine(QByteArray &line, qsizetype &counter, qsizetype limit);
    Event fail(int status, QByteArray detail);
    Event complete();
    bool parseRequestLine(const QByteArray &line);
    bool parseFieldLine(const QByteArray &line, bool keep);
    Event finishHead();
    Event parseChunkSize(const QByteArray &line);

    QByteArray m_buffer;
    qsizetype m_pos = 0;       // first unconsumed byte of m_buffer
    qsizetype m_scanFrom = 0;  // where the search for the next LF resumes, relative to m_pos
    qsizetype m_headBytes = 0; // request line + fields so far
    qsizetype m_chunkLineBytes = 0;
    qsizetype m_trailerBytes = 0;
    qint64 m_remaining = 0; // body or chunk bytes still to read
    bool m_chunked = false;
    State m_state = State::RequestLine;
    Request m_current;
    Request m_done;
    int m_errorStatus = 0;
    QByteArray m_errorDetail;
};

} // namespace Hookflow
