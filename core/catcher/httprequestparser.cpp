// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catcher/httprequestparser.h"

#include <algorithm>

namespace Hookflow {

namespace {

// A chunk-size line is hex digits plus optional extensions; nothing legitimate comes near this.
constexpr qsizetype MaxChunkLineBytes = 4096;
// The CRLF after chunk data.
constexpr qsizetype ChunkDataEndBytes = 2;
// Consumed bytes are dropped from the front of the buffer once this many have piled up.
constexpr qsizetype CompactThreshold = 64 * 1024;

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTchar);
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && isOws(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isOws(text.back()))
        text.chop(1);
    return text;
}

// field-value = *( VCHAR / obs-text / SP / HTAB ); any other control character is refused.
bool isFieldValue(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7f);
    });
}

// Visible ASCII plus obs-text: what a request-target may carry without breaking the request line.
bool isTarget(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u != 0x7f;
    });
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Comma-separated list elements, OWS-trimmed, empty elements dropped (RFC 9110 §5.6.1).
QList<QByteArray> listElements(QByteArrayView value)
{
    QList<QByteArray> elements;
    for (const QByteArrayView part :
         QByteArray::fromRawData(value.data(), value.size()).split(',')) {
        const QByteArrayView element = trimmedOws(part);
        if (!element.isEmpty())
            elements.append(element.toByteArray());
    }
    return elements;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

void HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state == State::Failed)
        return;
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos >= CompactThreshold)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(data);
}

bool HttpRequestParser::inProgress() const
{
    return m_state != State::RequestLine || m_headBytes > 0 || bufferedBytes() > 0;
}

HttpRequestParser::Request HttpRequestParser::takeRequest()
{
    return std::exchange(m_done, Request{});
}

HttpRequestParser::LineResult HttpRequestParser::takeLine(QByteArray &line,
                                                          qsizetype &counter,
                                                          qsizetype limit)
{
    const qsizetype available = bufferedBytes();
    const qsizetype lf = m_buffer.indexOf('\n', m_pos + m_scanFrom);
    if (lf < 0) {
        m_scanFrom = available;
        // Even if the very next byte is the LF, the line would not fit.
        return counter + available >= limit ? LineResult::TooLong : LineResult::NeedMore;
    }
    m_scanFrom = 0;
    counter += lf - m_pos + 1;
    if (counter > limit)
        return LineResult::TooLong;
    // RFC 9112 §2.2: a recipient may take a bare LF as the line terminator and ignore a preceding CR.
    qsizetype end = lf;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = lf + 1;
    return LineResult::Line;
}

HttpRequestParser::Event HttpRequestParser::fail(int status, QByteArray detail)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorDetail = std::move(detail);
    m_buffer.clear();
    m_pos = 0;
    return Event::Failed;
}

HttpRequestParser::Event HttpRequestParser::complete()
{
    m_done = std::exchange(m_current, Request{});
    m_state = State::RequestLine;
    m_headBytes = 0;
    m_trailerBytes = 0;
    m_chunkLineBytes = 0;
    m_remaining = 0;
    m_chunked = false;
    return Event::RequestComplete;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    // request-line = method SP request-target SP HTTP-version
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        fail(400, "malformed request line");
        return false;
    }
    const QByteArray method = line.left(sp1);
    const QByteArray target = line.mid(sp1 + 1, sp2 - sp1 - 1);
    const QByteArray version = line.mid(sp2 + 1);
    if (!isToken(method)) {
        fail(400, "invalid method");
        return false;
    }
    if (!isTarget(target)) {
        fail(400, "invalid request target");
        return false;
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.'
        || !isDigit(version.at(5)) || !isDigit(version.at(7))) {
        fail(400, "malformed HTTP version");
        return false;
    }
    if (version.at(5) != '1') {
        fail(505, "only HTTP/1.x is supported");
        return false;
    }
    m_current.method = method;
    m_current.target = target;
    m_current.version = version;
    return true;
}

bool HttpRequestParser::parseFieldLine(const QByteArray &line, bool keep)
{
    if (isOws(line.front())) {
        fail(400, "obsolete line folding in header section");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(400, "header line without a field name and colon");
        return false;
    }
    const QByteArrayView name = QByteArrayView(line).first(colon);
    if (!isToken(name)) {
        fail(400, "invalid header field name");
        return false;
    }
    const QByteArrayView value = trimmedOws(QByteArrayView(line).sliced(colon + 1));
    if (!isFieldValue(value)) {
        fail(400, "control character in header field value");
        return false;
    }
    if (keep)
        m_current.headers.append({name.toByteArray(), value.toByteArray()});
    return true;
}

HttpRequestParser::Event HttpRequestParser::parseChunkSize(const QByteArray &line)
{
    // chunk-size [ BWS ";" chunk-ext ]
    qsizetype digits = 0;
    while (digits < line.size() && isHexDigit(line.at(digits)))
        ++digits;
    if (digits == 0)
        return fail(400, "malformed chunk size");
    const QByteArrayView rest = trimmedOws(QByteArrayView(line).sliced(digits));
    if (!rest.isEmpty() && rest.front() != ';')
        return fail(400, "malformed chunk size");

    QByteArrayView hex = QByteArrayView(line).first(digits);
    while (hex.size() > 1 && hex.front() == '0')
        hex = hex.sliced(1);
    // Eight hex digits already exceed any body we accept; stop before the value could overflow.
    if (hex.size() > 8)
        return fail(413, "chunked body exceeds the size limit");
    bool ok = false;
    const qint64 size = hex.toLongLong(&ok, 16);
    if (!ok)
        return fail(400, "malformed chunk size");
    if (m_current.body.size() + size > MaxBodyBytes)
        return fail(413, "chunked body exceeds the size limit");

    if (size == 0) {
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return Event::NeedMoreData; // not an answer: the caller keeps parsing
}

HttpRequestParser::Event HttpRequestParser::finishHead()
{
    Request &r = m_current;
    const bool http10 = r.version == "HTTP/1.0";

    int hostFields = 0;
    bool hasTransferEncoding = false;
    bool hasExpect = false;
    QList<QByteArray> codings;
    QList<QByteArray> lengths;
    QList<QByteArray> expectations;
    QList<QByteArray> connectionOptions;
    for (const auto &[name, value] : std::as_const(r.headers)) {
        if (equalsIgnoringCase(name, "host")) {
            ++hostFields;
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            hasTransferEncoding = true;
            codings += listElements(value);
        } else if (equalsIgnoringCase(name, "content-length")) {
            // "Content-Length: 5, 5" is a list of identical values, which RFC 9110 §8.6 tolerates.
            const QList<QByteArray> values = listElements(value);
            lengths += values.isEmpty() ? QList<QByteArray>{QByteArray()} : values;
        } else if (equalsIgnoringCase(name, "expect")) {
            hasExpect = true;
            expectations += listElements(value);
        } else if (equalsIgnoringCase(name, "connection")) {
            connectionOptions += listElements(value);
        }
    }

    // RFC 9112 §3.2: exactly one Host in HTTP/1.1, at most one in HTTP/1.0.
    if (hostFields > 1 || (!http10 && hostFields == 0))
        return fail(400, hostFields ? "more than one Host header" : "missing Host header");

    m_chunked = false;
    m_remaining = 0;
    if (hasTransferEncoding) {
        // Both framings at once is the classic request-smuggling shape: refuse rather than guess.
        if (!lengths.isEmpty())
            return fail(400, "both Transfer-Encoding and Content-Length");
        if (codings.isEmpty() || !equalsIgnoringCase(codings.last(), "chunked"))
            return fail(400, "chunked is not the final transfer coding");
        if (codings.size() > 1) {
            const bool repeatedChunked = std::any_of(codings.cbegin(),
                                                     codings.cend() - 1,
                                                     [](const QByteArray &coding) {
                                                         return equalsIgnoringCase(coding,
                                                                                   "chunked");
                                                     });
            return repeatedChunked ? fail(400, "chunked applied more than once")
                                   : fail(501, "unsupported transfer coding");
        }
        m_chunked = true;
    } else if (!lengths.isEmpty()) {
        const QByteArray &first = lengths.first();
        const bool valid = std::all_of(lengths.cbegin(),
                                       lengths.cend(),
                                       [&first](const QByteArray &length) {
                                           return length == first;
                                       })
                           && !first.isEmpty()
                           && std::all_of(first.cbegin(), first.cend(), isDigit);
        if (!valid)
            return fail(400, "invalid Content-Length");
        QByteArrayView digits = first;
        while (digits.size() > 1 && digits.front() == '0')
            digits = digits.sliced(1);
        if (digits.size() > 10 || digits.toLongLong() > MaxBodyBytes)
            return fail(413, "Content-Length exceeds the size limit");
        m_remaining = digits.toLongLong();
    }

    // Expect means nothing in HTTP/1.0 (RFC 9110 §10.1.1).
    if (hasExpect && !http10) {
        const bool onlyContinue = !expectations.isEmpty()
                                  && std::all_of(expectations.cbegin(),
                                                 expectations.cend(),
                                                 [](const QByteArray &expectation) {
                                                     return equalsIgnoringCase(expectation,
                                                                               "100-continue");
                                                 });
        if (!onlyContinue)
            return fail(417, "unsupported expectation");
        r.expectContinue = m_chunked || m_remaining > 0;
    }

    const auto hasOption = [&connectionOptions](QByteArrayView option) {
        return std::any_of(connectionOptions.cbegin(),
                           connectionOptions.cend(),
                           [option](const QByteArray &o) { return equalsIgnoringCase(o, option); });
    };
    r.keepAlive = http10 ? hasOption("keep-alive") && !hasOption("close") : !hasOption("close");
    // RFC 9112 §6.1: Transfer-Encoding in HTTP/1.0 means the framing cannot be trusted afterwards.
    if (http10 && m_chunked)
        r.keepAlive = false;

    if (m_chunked) {
        m_state = State::ChunkSize;
        m_chunkLineBytes = 0;
    } else if (m_remaining > 0) {
        m_state = State::Body;
    } else {
        return complete();
    }
    if (r.expectContinue && bufferedBytes() == 0)
        return Event::ContinueExpected;
    return Event::NeedMoreData; // not an answer: the caller keeps parsing
}

HttpRequestParser::Event HttpRequestParser::next()
{
    QByteArray line;
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Event::Failed;

        case State::RequestLine:
            switch (takeLine(line, m_headBytes, MaxHeaderBytes)) {
            case LineResult::NeedMore:
                return Event::NeedMoreData;
            case LineResult::TooLong:
                return fail(431, "header section exceeds the size limit");
            case LineResult::Line:
                break;
            }
            // RFC 9112 §2.2: empty lines before a request line are ignored.
            if (line.isEmpty())
                continue;
            if (line.contains('\r'))
                return fail(400, "bare CR in request line");
            if (!parseRequestLine(line))
                return Event::Failed;
            m_state = State::Headers;
            continue;

        case State::Headers: {
            switch (takeLine(line, m_headBytes, MaxHeaderBytes)) {
            case LineResult::NeedMore:
                return Event::NeedMoreData;
            case LineResult::TooLong:
                return fail(431, "header section exceeds the size limit");
            case LineResult::Line:
                break;
            }
            if (line.isEmpty()) {
                const Event event = finishHead();
                if (event != Event::NeedMoreData)
                    return event;
                continue;
            }
            if (line.contains('\r'))
                return fail(400, "bare CR in header section");
            if (!parseFieldLine(line, true))
                return Event::Failed;
            continue;
        }

        case State::Body:
        case State::ChunkData: {
            const qsizetype available = bufferedBytes();
            if (available == 0)
                return Event::NeedMoreData;
            const qsizetype n = qsizetype(std::min<qint64>(available, m_remaining));
            m_current.body.append(m_buffer.constData() + m_pos, n);
            m_pos += n;
            m_remaining -= n;
            if (m_remaining > 0)
                return Event::NeedMoreData;
            if (m_state == State::Body)
                return complete();
            m_state = State::ChunkDataEnd;
            m_chunkLineBytes = 0;
            continue;
        }

        case State::ChunkSize: {
            switch (takeLine(line, m_chunkLineBytes, MaxChunkLineBytes)) {
            case LineResult::NeedMore:
                return Event::NeedMoreData;
            case LineResult::TooLong:
                return fail(400, "chunk size line too long");
            case LineResult::Line:
                break;
            }
            const Event event = parseChunkSize(line);
            if (event != Event::NeedMoreData)
                return event;
            m_chunkLineBytes = 0;
            continue;
        }

        case State::ChunkDataEnd:
            switch (takeLine(line, m_chunkLineBytes, ChunkDataEndBytes)) {
            case LineResult::NeedMore:
                return Event::NeedMoreData;
            case LineResult::TooLong:
                return fail(400, "chunk data not followed by CRLF");
            case LineResult::Line:
                break;
            }
            if (!line.isEmpty())
                return fail(400, "chunk data not followed by CRLF");
            m_state = State::ChunkSize;
            m_chunkLineBytes = 0;
            continue;

        case State::Trailers:
            switch (takeLine(line, m_trailerBytes, MaxHeaderBytes)) {
            case LineResult::NeedMore:
                return Event::NeedMoreData;
            case LineResult::TooLong:
                return fail(431, "trailer section exceeds the size limit");
            case LineResult::Line:
                break;
            }
            if (line.isEmpty())
                return complete();
            if (line.contains('\r'))
                return fail(400, "bare CR in trailer section");
            // Trailer fields are checked for shape but not merged into the header list (RFC 9110 §6.5.1).
            if (!parseFieldLine(line, false))
                return Event::Failed;
            continue;
        }
    }
}

} // namespace Hookflow
