// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/templatelexer.h"

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

// Scintilla's fold level encoding (SC_FOLDLEVELBASE, SC_FOLDLEVELHEADERFLAG).
constexpr int FoldBase = 0x400;
constexpr int FoldHeader = 0x2000;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Letters, '_' and any byte of a multi-byte UTF-8 sequence (Korean property names).
bool isIdentifierStart(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || u >= 0x80;
}

bool isIdentifierChar(char c)
{
    return isIdentifierStart(c) || isDigit(c);
}

bool isOneOf(QByteArrayView word, std::initializer_list<QByteArrayView> words)
{
    for (QByteArrayView candidate : words) {
        if (word == candidate)
            return true;
    }
    return false;
}

bool isKeyword(QByteArrayView word, bool tag)
{
    if (isOneOf(word, {"and", "or", "contains", "true", "false", "nil", "null", "empty", "blank"}))
        return true;
    return tag && isOneOf(word, {"in", "with", "as", "limit", "offset", "reversed", "continue"});
}

bool opensBlock(QByteArrayView tag)
{
    return isOneOf(tag, {"if", "unless", "case", "for", "capture", "comment", "raw", "tablerow"});
}

bool closesBlock(QByteArrayView tag)
{
    return isOneOf(tag,
                   {"endif",
                    "endunless",
                    "endcase",
                    "endfor",
                    "endcapture",
                    "endcomment",
                    "endraw",
                    "endtablerow"});
}

/// One pass over the template's bytes.
class Scanner
{
public:
    Scanner(QByteArrayView text, bool json)
        : m_text(text)
        , m_json(json)
    {}

    TemplateLexer::Scan run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        bool inString = false;
        QList<qsizetype> stringSpans; // the current JSON string's own spans, to restyle a key
        while (i < n) {
            const char c = m_text[i];
            if (startsMarkup(i)) {
                i = markup(i);
                continue;
            }
            if (!m_json) {
                qsizetype j = i + 1;
                while (j < n && m_text[j] != '{')
                    ++j;
                add(i, j - i, TemplateLexer::Default);
                i = j;
                continue;
            }
            if (inString) {
                if (c == '\\') {
                    const qsizetype length = (i + 1 < n && m_text[i + 1] != '\n') ? 2 : 1;
                    stringSpans.append(add(i, length, TemplateLexer::JsonString));
                    i += length;
                } else if (c == '"') {
                    stringSpans.append(add(i, 1, TemplateLexer::JsonString));
                    ++i;
                    inString = false;
                    qsizetype j = i;
                    while (j < n && isSpace(m_text[j]))
                        ++j;
                    if (j < n && m_text[j] == ':') {
                        for (qsizetype index : std::as_const(stringSpans))
                            m_scan.spans[index].style = TemplateLexer::JsonKey;
                    }
                } else if (c == '\n') { // an unterminated string ends with its line
                    inString = false;
                    add(i, 1, TemplateLexer::Default);
                    ++i;
                } else {
                    qsizetype j = i + 1;
                    while (j < n && m_text[j] != '\\' && m_text[j] != '"' && m_text[j] != '\n'
                           && !startsMarkup(j))
                        ++j;
                    stringSpans.append(add(i, j - i, TemplateLexer::JsonString));
                    i = j;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
                stringSpans.clear();
                stringSpans.append(add(i, 1, TemplateLexer::JsonString));
                ++i;
            } else if (c == '{' || c == '[' || c == '}' || c == ']') {
                m_depthChanges.append({i, (c == '{' || c == '[') ? 1 : -1});
                add(i, 1, TemplateLexer::JsonPunctuation);
                ++i;
            } else if (c == ',' || c == ':') {
                add(i, 1, TemplateLexer::JsonPunctuation);
                ++i;
            } else if (isDigit(c) || c == '-') {
                qsizetype j = i + 1;
                while (j < n
                       && (isDigit(m_text[j]) || m_text[j] == '.' || m_text[j] == 'e'
                           || m_text[j] == 'E' || m_text[j] == '+' || m_text[j] == '-'))
                    ++j;
                add(i, j - i, TemplateLexer::JsonNumber);
                i = j;
            } else if (isIdentifierStart(c)) {
                qsizetype j = i + 1;
                while (j < n && isIdentifierChar(m_text[j]))
                    ++j;
                const QByteArrayView word = m_text.sliced(i, j - i);
                add(i,
                    j - i,
                    isOneOf(word, {"true", "false", "null"}) ? TemplateLexer::JsonKeyword
                                                             : TemplateLexer::Default);
                i = j;
            } else {
                qsizetype j = i + 1;
                while (j < n && isSpace(c) && isSpace(m_text[j]))
                    ++j;
                add(i, j - i, TemplateLexer::Default);
                i = j;
            }
        }
        if (!m_unclosed)
            m_scan.endRegion = inString ? TemplateLexer::Region::JsonString
                                        : TemplateLexer::Region::Outside;
        computeFoldLevels();
        return std::move(m_scan);
    }

private:
    bool startsMarkup(qsizetype i) const
    {
        return m_text[i] == '{' && i + 1 < m_text.size()
               && (m_text[i + 1] == '{' || m_text[i + 1] == '%');
    }

    /// The length of the closing delimiter at `i` (`}}`, `-}}`, `%}`, `-%}`), or 0.
    qsizetype closeAt(qsizetype i, bool tag) const
    {
        const QByteArrayView rest = m_text.sliced(i);
        const QByteArrayView close = tag ? QByteArrayView("%}") : QByteArrayView("}}");
        if (rest.startsWith(close))
            return 2;
        if (rest.size() >= 3 && rest[0] == '-' && rest.sliced(1).startsWith(close))
            return 3;
        return 0;
    }

    /// The start of the next `{% name %}` tag (whitespace control allowed) at or after `from`.
    qsizetype findTag(qsizetype from, QByteArrayView name) const
    {
        const qsizetype n = m_text.size();
        for (qsizetype i = m_text.indexOf("{%", from); i >= 0; i = m_text.indexOf("{%", i + 2)) {
            qsizetype j = i + 2;
            if (j < n && m_text[j] == '-')
                ++j;
            while (j < n && isSpace(m_text[j]))
                ++j;
            if (m_text.sliced(j).startsWith(name)
                && (j + name.size() >= n || !isIdentifierChar(m_text[j + name.size()])))
                return i;
        }
        return -1;
    }

    /// Lexes one `{{ … }}` or `{% … %}` starting at `i`; returns where it ends.
    qsizetype markup(qsizetype i)
    {
        const qsizetype n = m_text.size();
        const bool tag = m_text[i + 1] == '%';
        const int delimiter = tag ? TemplateLexer::TagDelimiter : TemplateLexer::OutputDelimiter;
        const int variable = tag ? TemplateLexer::TagVariable : TemplateLexer::OutputVariable;
        const int filter = tag ? TemplateLexer::TagFilter : TemplateLexer::OutputFilter;
        const int keyword = tag ? TemplateLexer::TagKeyword : TemplateLexer::OutputKeyword;
        const int literal = tag ? TemplateLexer::TagLiteral : TemplateLexer::OutputLiteral;
        const int punctuation = tag ? TemplateLexer::TagOperator : TemplateLexer::OutputOperator;

        qsizetype k = i + 2;
        if (k < n && m_text[k] == '-')
            ++k;
        add(i, k - i, delimiter);
        QByteArrayView tagName;
        bool firstWord = true;
        bool afterPipe = false;
        int previous = delimiter;
        bool closed = false;
        while (k < n) {
            if (const qsizetype close = closeAt(k, tag)) {
                add(k, close, delimiter);
                k += close;
                closed = true;
                break;
            }
            const char c = m_text[k];
            qsizetype m = k + 1;
            int style = punctuation;
            if (isSpace(c)) {
                while (m < n && isSpace(m_text[m]))
                    ++m;
                add(k, m - k, punctuation);
                k = m;
                continue;
            }
            if (tag && firstWord && c == '#') { // {% # an inline comment %}
                while (m < n && !closeAt(m, tag))
                    ++m;
                style = TemplateLexer::Comment;
            } else if (c == '"' || c == '\'') {
                while (m < n && m_text[m] != c && !closeAt(m, tag))
                    ++m;
                if (m < n && m_text[m] == c)
                    ++m;
                style = literal;
                afterPipe = false;
            } else if (isDigit(c) || (c == '-' && m < n && isDigit(m_text[m]))) {
                while (m < n
                       && (isDigit(m_text[m])
                           || (m_text[m] == '.' && m + 1 < n && isDigit(m_text[m + 1]))))
                    ++m;
                style = literal;
                afterPipe = false;
            } else if (isIdentifierStart(c)) {
                while (m < n
                       && (isIdentifierChar(m_text[m]) || m_text[m] == '?'
                           || (m_text[m] == '-' && !closeAt(m, tag))))
                    ++m;
                const QByteArrayView word = m_text.sliced(k, m - k);
                if (tag && firstWord) {
                    tagName = word;
                    style = TemplateLexer::TagName;
                } else if (afterPipe) {
                    style = filter;
                } else if (isKeyword(word, tag)) {
                    style = keyword;
                } else {
                    style = variable;
                }
                afterPipe = false;
            } else if (c == '.' && previous == variable && m < n && isIdentifierStart(m_text[m])) {
                style = variable; // the dot of a path
            } else if (c == '|') {
                afterPipe = true;
            } else {
                afterPipe = false;
            }
            firstWord = false;
            add(k, m - k, style);
            previous = style;
            k = m;
        }
        if (!closed) {
            m_unclosed = true;
            m_scan.endRegion = tag ? TemplateLexer::Region::Tag : TemplateLexer::Region::Output;
            m_scan.endAfterPipe = afterPipe;
            m_scan.endAtTagName = tag && firstWord;
            return k;
        }
        if (!tag)
            return k;
        if (opensBlock(tagName))
            m_depthChanges.append({i, 1});
        else if (closesBlock(tagName))
            m_depthChanges.append({i, -1});
        if (tagName == "raw" || tagName == "comment") {
            const bool raw = tagName == "raw";
            const qsizetype end = findTag(k, raw ? "endraw" : "endcomment");
            const qsizetype stop = end < 0 ? n : end;
            add(k, stop - k, raw ? TemplateLexer::Raw : TemplateLexer::Comment);
            if (end < 0) {
                m_unclosed = true;
                m_scan.endRegion = raw ? TemplateLexer::Region::Raw
                                       : TemplateLexer::Region::Comment;
            }
            return stop;
        }
        return k;
    }

    /// Appends a span; returns its index.
    qsizetype add(qsizetype start, qsizetype length, int style)
    {
        if (length <= 0)
            return m_scan.spans.size() - 1;
        m_scan.spans.append({start, length, style});
        return m_scan.spans.size() - 1;
    }

    void computeFoldLevels()
    {
        const qsizetype n = m_text.size();
        int depth = 0;
        qsizetype change = 0;
        qsizetype lineStart = 0;
        while (true) {
            qsizetype lineEnd = m_text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = n;
            const int startDepth = depth;
            while (change < m_depthChanges.size() && m_depthChanges[change].first <= lineEnd) {
                depth = std::max(0, depth + m_depthChanges[change].second);
                ++change;
            }
            m_scan.foldLevels.append((FoldBase + startDepth)
                                     | (depth > startDepth ? FoldHeader : 0));
            if (lineEnd >= n)
                break;
            lineStart = lineEnd + 1;
        }
    }

    QByteArrayView m_text;
    bool m_json;
    bool m_unclosed = false;
    QList<std::pair<qsizetype, int>> m_depthChanges; // (position, +1 or -1)
    TemplateLexer::Scan m_scan;
};

struct Colours
{
    QColor fore;
    QColor paper; ///< invalid: the editor's background
};

/// Readable on white and on a dark grey; the placeholders get a tinted background so that they
/// stand out inside JSON strings too.
Colours colours(int style, bool dark)
{
    const QColor base = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x1f, 0x23, 0x28);
    const QColor outputPaper = dark ? QColor(0x3a, 0x32, 0x18) : QColor(0xff, 0xf4, 0xd6);
    const QColor tagPaper = dark ? QColor(0x33, 0x25, 0x3d) : QColor(0xf5, 0xe9, 0xff);
    switch (style) {
    case TemplateLexer::JsonKey:
        return {dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x04, 0x51, 0xa5), base};
    case TemplateLexer::JsonString:
        return {dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15), base};
    case TemplateLexer::JsonNumber:
        return {dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58), base};
    case TemplateLexer::JsonKeyword:
        return {dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff), base};
    case TemplateLexer::JsonPunctuation:
        return {dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x55, 0x55, 0x55), base};
    case TemplateLexer::OutputDelimiter:
        return {dark ? QColor(0xff, 0xb8, 0x6c) : QColor(0xb3, 0x59, 0x00), outputPaper};
    case TemplateLexer::OutputVariable:
    case TemplateLexer::TagVariable:
        return {dark ? QColor(0xe0, 0xb0, 0xff) : QColor(0x6a, 0x1b, 0x9a),
                style == TemplateLexer::OutputVariable ? outputPaper : tagPaper};
    case TemplateLexer::OutputFilter:
    case TemplateLexer::TagFilter:
        return {dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x6d, 0x5b),
                style == TemplateLexer::OutputFilter ? outputPaper : tagPaper};
    case TemplateLexer::OutputKeyword:
    case TemplateLexer::TagKeyword:
        return {dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x3d, 0xc4),
                style == TemplateLexer::OutputKeyword ? outputPaper : tagPaper};
    case TemplateLexer::OutputLiteral:
    case TemplateLexer::TagLiteral:
        return {dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15),
                style == TemplateLexer::OutputLiteral ? outputPaper : tagPaper};
    case TemplateLexer::OutputOperator:
        return {dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x44, 0x44, 0x44), outputPaper};
    case TemplateLexer::TagOperator:
        return {dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x44, 0x44, 0x44), tagPaper};
    case TemplateLexer::TagDelimiter:
    case TemplateLexer::TagName:
        return {dark ? QColor(0xff, 0x79, 0xc6) : QColor(0xad, 0x14, 0x57), tagPaper};
    case TemplateLexer::Comment:
        return {dark ? QColor(0x8a, 0x99, 0x8a) : QColor(0x6a, 0x73, 0x7d), base};
    case TemplateLexer::Raw:
    case TemplateLexer::Default:
    default:
        return {text, base};
    }
}

} // namespace

TemplateLexer::TemplateLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    applyTheme();
}

TemplateLexer::~TemplateLexer() = default;

void TemplateLexer::setJson(bool json)
{
    if (m_json == json)
        return;
    m_json = json;
    restyle();
}

void TemplateLexer::setDarkTheme(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    applyTheme();
}

void TemplateLexer::applyTheme()
{
    setDefaultColor(colours(Default, m_dark).fore);
    setDefaultPaper(colours(Default, m_dark).paper);
    for (int style = 0; style < StyleCount; ++style) {
        setColor(defaultColor(style), style);
        setPaper(defaultPaper(style), style);
        setFont(defaultFont(style), style);
    }
}

void TemplateLexer::restyle()
{
    if (QsciScintilla *scintilla = editor())
        styleText(0, scintilla->length());
}

QColor TemplateLexer::themeColor(int style, bool dark)
{
    return colours(style, dark).fore;
}

TemplateLexer::Scan TemplateLexer::scan(QByteArrayView text, bool json)
{
    return Scanner(text, json).run();
}

const char *TemplateLexer::language() const
{
    return "Hookflow template";
}

QString TemplateLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Text");
    case JsonKey:
        return tr("JSON key");
    case JsonString:
        return tr("JSON string");
    case JsonNumber:
        return tr("JSON number");
    case JsonKeyword:
        return tr("JSON true, false or null");
    case JsonPunctuation:
        return tr("JSON punctuation");
    case OutputDelimiter:
        return tr("Placeholder braces");
    case OutputVariable:
        return tr("Placeholder variable");
    case OutputFilter:
        return tr("Placeholder filter");
    case OutputKeyword:
        return tr("Placeholder keyword");
    case OutputLiteral:
        return tr("Placeholder literal");
    case OutputOperator:
        return tr("Placeholder operator");
    case TagDelimiter:
        return tr("Tag braces");
    case TagName:
        return tr("Tag name");
    case TagVariable:
        return tr("Tag variable");
    case TagFilter:
        return tr("Tag filter");
    case TagKeyword:
        return tr("Tag keyword");
    case TagLiteral:
        return tr("Tag literal");
    case TagOperator:
        return tr("Tag operator");
    case Comment:
        return tr("Comment");
    case Raw:
        return tr("Raw text");
    default:
        return {};
    }
}

void TemplateLexer::styleText(int, int)
{
    // Templates are small and their state (inside a string, a placeholder or a raw block) can
    // reach across lines, so the whole text is styled every time.
    QsciScintilla *scintilla = editor();
    if (!scintilla)
        return;
    const int length = scintilla->length();
    QByteArray text = scintilla->bytes(0, length);
    text.truncate(length);
    const Scan result = scan(text, m_json);
    startStyling(0);
    for (const Span &span : result.spans)
        setStyling(int(span.length), span.style);
    for (qsizetype line = 0; line < result.foldLevels.size(); ++line)
        scintilla->SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL,
                                 static_cast<unsigned long>(line),
                                 static_cast<long>(result.foldLevels[line]));
}

QColor TemplateLexer::defaultColor(int style) const
{
    return colours(style, m_dark).fore;
}

QColor TemplateLexer::defaultPaper(int style) const
{
    return colours(style, m_dark).paper;
}

QFont TemplateLexer::defaultFont(int style) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    switch (style) {
    case OutputDelimiter:
    case TagDelimiter:
    case TagName:
    case JsonKey:
        font.setBold(true);
        break;
    case Comment:
        font.setItalic(true);
        break;
    default:
        break;
    }
    return font;
}

bool TemplateLexer::defaultEolFill(int) const
{
    return false;
}

const char *TemplateLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
}

} // namespace Hookflow
