// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Hookflow::TemplateProgram {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Template)
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_';
}

/// Ruby's String#strip whitespace.
bool isRubySpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r'
           || c == QChar(0);
}

/// A token of markup (the inside of `{{ }}` or a tag), as Liquid's lexer splits it.
struct Token
{
    enum class Type : quint8 {
        Id,
        String,
        Number,
        Comparison,
        Dot,
        DotDot,
        Pipe,
        Colon,
        Comma,
        OpenSquare,
        CloseSquare,
        OpenRound,
        CloseRound,
        Question,
        Dash,
        End,
    };
    Type type = Type::End;
    QStringView text;
    qsizetype offset = 0; ///< in the template's source
};

QString tokenName(Token::Type type)
{
    switch (type) {
    case Token::Type::Id:
        return Tr::tr("a name");
    case Token::Type::String:
        return Tr::tr("a string");
    case Token::Type::Number:
        return Tr::tr("a number");
    case Token::Type::Comparison:
        return Tr::tr("a comparison");
    case Token::Type::Dot:
        return u"\".\""_s;
    case Token::Type::DotDot:
        return u"\"..\""_s;
    case Token::Type::Pipe:
        return u"\"|\""_s;
    case Token::Type::Colon:
        return u"\":\""_s;
    case Token::Type::Comma:
        return u"\",\""_s;
    case Token::Type::OpenSquare:
        return u"\"[\""_s;
    case Token::Type::CloseSquare:
        return u"\"]\""_s;
    case Token::Type::OpenRound:
        return u"\"(\""_s;
    case Token::Type::CloseRound:
        return u"\")\""_s;
    case Token::Type::Question:
        return u"\"?\""_s;
    case Token::Type::Dash:
        return u"\"-\""_s;
    case Token::Type::End:
        return Tr::tr("the end");
    }
    return {};
}

/// Parses the markup of one output or tag into expressions.
class MarkupParser
{
public:
    MarkupParser(QStringView markup, qsizetype base, int maxDepth)
        : m_base(base)
        , m_maxDepth(maxDepth)
    {
        lex(markup);
    }

    const std::optional<ParseFailure> &failure() const { return m_failure; }
    bool failed() const { return m_failure.has_value(); }

    const Token &look(int ahead = 0) const
    {
        const size_t index = std::min(m_pos + size_t(ahead), m_tokens.size() - 1);
        return m_tokens[index];
    }
    bool lookIs(Token::Type type, int ahead = 0) const { return look(ahead).type == type; }
    bool atEnd() const { return lookIs(Token::Type::End); }
    qsizetype offset() const { return look().offset; }

    /// Consumes a token of `type`, or fails with what was found instead.
    std::optional<Token> consume(Token::Type type)
    {
        if (failed())
            return std::nullopt;
        const Token &token = look();
        if (token.type != type) {
            fail(token, Tr::tr("expected %1 but found %2").arg(tokenName(type), describe(token)));
            return std::nullopt;
        }
        ++m_pos;
        return token;
    }
    bool consumeIf(Token::Type type)
    {
        if (failed() || !lookIs(type))
            return false;
        ++m_pos;
        return true;
    }
    /// Consumes the identifier `word` if it is next.
    bool consumeId(QStringView word)
    {
        if (failed() || !lookIs(Token::Type::Id) || look().text != word)
            return false;
        ++m_pos;
        return true;
    }
    bool expectEnd()
    {
        if (failed())
            return false;
        if (!atEnd()) {
            fail(look(), Tr::tr("unexpected %1").arg(describe(look())));
            return false;
        }
        return true;
    }

    void fail(const Token &token, const QString &message)
    {
        if (!m_failure)
            m_failure = ParseFailure{{token.offset, std::max<qsizetype>(1, token.text.size())},
                                     message};
    }
    void fail(qsizetype offset, qsizetype length, const QString &message)
    {
        if (!m_failure)
            m_failure = ParseFailure{{offset, std::max<qsizetype>(1, length)}, message};
    }

    static QString describe(const Token &token)
    {
        if (token.type == Token::Type::End)
            return tokenName(token.type);
        return u"\"%1\""_s.arg(token.text.toString());
    }

    /// An expression: a literal, a variable with lookups, or a range `(a..b)`.
    Expr expression(int depth = 0)
    {
        Expr expr;
        if (failed())
            return expr;
        if (depth > m_maxDepth) {
            fail(look(),
                 Tr::tr("the expression is nested more than %1 levels deep").arg(m_maxDepth));
            return expr;
        }
        const Token token = look();
        expr.span.offset = token.offset;
        switch (token.type) {
        case Token::Type::Id: {
            ++m_pos;
            expr.kind = Expr::Kind::Variable;
            expr.root = TemplateValue::intern(token.text.toString());
            lookups(expr, depth);
            if (expr.lookups.empty()) {
                if (token.text == u"nil" || token.text == u"null") {
                    expr.kind = Expr::Kind::Literal;
                    expr.literal = {};
                } else if (token.text == u"true" || token.text == u"false") {
                    expr.kind = Expr::Kind::Literal;
                    expr.literal = TemplateValue(token.text == u"true");
                } else if (token.text == u"empty") {
                    expr.kind = Expr::Kind::Empty;
                } else if (token.text == u"blank") {
                    expr.kind = Expr::Kind::Blank;
                }
            }
            break;
        }
        case Token::Type::OpenSquare: {
            ++m_pos;
            expr.kind = Expr::Kind::Variable;
            expr.rootExpr = std::make_unique<Expr>(expression(depth + 1));
            consume(Token::Type::CloseSquare);
            lookups(expr, depth);
            break;
        }
        case Token::Type::String:
            ++m_pos;
            expr.literal = TemplateValue(
                TemplateValue::intern(token.text.mid(1, token.text.size() - 2).toString()));
            break;
        case Token::Type::Number:
            ++m_pos;
            expr.literal = number(token.text);
            break;
        case Token::Type::OpenRound: {
            ++m_pos;
            expr.kind = Expr::Kind::Range;
            expr.first = std::make_unique<Expr>(expression(depth + 1));
            consume(Token::Type::DotDot);
            expr.last = std::make_unique<Expr>(expression(depth + 1));
            consume(Token::Type::CloseRound);
            break;
        }
        case Token::Type::End:
            fail(token, Tr::tr("a value is missing here"));
            return expr;
        default:
            fail(token, Tr::tr("%1 is not a valid expression").arg(describe(token)));
            return expr;
        }
        expr.span.length = look().offset - expr.span.offset;
        if (atEnd())
            expr.span.length = m_endOffset - expr.span.offset;
        return expr;
    }

    /// A literal number: integers stay integers; ones too big for 64 bits become floats.
    static TemplateValue number(QStringView text)
    {
        if (!text.contains(u'.')) {
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            if (ok)
                return TemplateValue(value);
        }
        return TemplateValue(text.toDouble());
    }

    /// `name: value` keyword arguments and positional ones, after a filter's colon.
    void filterArguments(FilterApplication &filter)
    {
        do {
            if (lookIs(Token::Type::Id) && lookIs(Token::Type::Colon, 1)) {
                const QString name = look().text.toString();
                m_pos += 2;
                filter.named.emplace_back(name, expression());
            } else {
                filter.args.push_back(expression());
            }
        } while (!failed() && consumeIf(Token::Type::Comma));
    }

    /// `expr | filter: a, b | …`; `allowEmpty` for `{{ }}`.
    Output output(bool allowEmpty)
    {
        Output out;
        out.span.offset = offset();
        if (allowEmpty && atEnd()) {
            out.empty = true;
            return out;
        }
        out.expr = expression();
        while (!failed() && consumeIf(Token::Type::Pipe)) {
            FilterApplication filter;
            const std::optional<Token> name = consume(Token::Type::Id);
            if (!name)
                break;
            filter.span = {name->offset, name->text.size()};
            filter.spec = TemplateFilters::find(name->text);
            if (!filter.spec) {
                fail(*name, Tr::tr("unknown filter \"%1\"").arg(name->text.toString()));
                break;
            }
            if (consumeIf(Token::Type::Colon))
                filterArguments(filter);
            if (failed())
                break;
            const int count = int(filter.args.size());
            if (count < filter.spec->minArgs || count > filter.spec->maxArgs) {
                const QString expected = filter.spec->minArgs == filter.spec->maxArgs
                                             ? QString::number(filter.spec->minArgs)
                                             : u"%1–%2"_s.arg(filter.spec->minArgs)
                                                   .arg(filter.spec->maxArgs);
                fail(*name,
                     Tr::tr("filter \"%1\" takes %2 argument(s), not %3")
                         .arg(name->text.toString(), expected)
                         .arg(count));
                break;
            }
            for (const auto &[key, value] : filter.named) {
                Q_UNUSED(value)
                if (!filter.spec->namedArgs.contains(key)) {
                    fail(*name,
                         Tr::tr("filter \"%1\" has no option \"%2\"")
                             .arg(name->text.toString(), key));
                    break;
                }
            }
            out.filters.push_back(std::move(filter));
        }
        expectEnd();
        out.span.length = m_endOffset - out.span.offset;
        return out;
    }

    /// Conditions joined by `and`/`or`, as in `if` and `elsif`.
    std::vector<Condition> conditions()
    {
        std::vector<Condition> chain;
        do {
            Condition condition;
            condition.left = expression();
            if (lookIs(Token::Type::Comparison)) {
                const QStringView op = look().text;
                ++m_pos;
                condition.op = op == u"=="                  ? Comparison::Equal
                               : op == u"!=" || op == u"<>" ? Comparison::NotEqual
                               : op == u"<"                 ? Comparison::Less
                               : op == u">"                 ? Comparison::Greater
                               : op == u"<="                ? Comparison::LessEqual
                               : op == u">="                ? Comparison::GreaterEqual
                                                            : Comparison::Contains;
                condition.right = expression();
            }
            chain.push_back(std::move(condition));
            if (consumeId(u"and"))
                chain.back().join = Condition::Join::And;
            else if (consumeId(u"or"))
                chain.back().join = Condition::Join::Or;
            else
                break;
        } while (!failed());
        expectEnd();
        return chain;
    }

private:
    void lookups(Expr &expr, int depth)
    {
        while (!failed()) {
            if (consumeIf(Token::Type::OpenSquare)) {
                Lookup lookup;
                Expr key = expression(depth + 1);
                if (key.kind == Expr::Kind::Literal)
                    lookup.key = key.literal;
                else
                    lookup.dynamic = std::make_unique<Expr>(std::move(key));
                consume(Token::Type::CloseSquare);
                expr.lookups.push_back(std::move(lookup));
            } else if (consumeIf(Token::Type::Dot)) {
                const std::optional<Token> name = consume(Token::Type::Id);
                if (!name)
                    return;
                Lookup lookup;
                lookup.key = TemplateValue(TemplateValue::intern(name->text.toString()));
                lookup.command = name->text == u"size" || name->text == u"first"
                                 || name->text == u"last";
                expr.lookups.push_back(std::move(lookup));
            } else {
                return;
            }
        }
    }

    void lex(QStringView s)
    {
        m_endOffset = m_base + s.size();
        qsizetype i = 0;
        const qsizetype n = s.size();
        auto push = [&](Token::Type type, qsizetype start, qsizetype end) {
            m_tokens.push_back(Token{type, s.mid(start, end - start), m_base + start});
        };
        while (i < n) {
            const QChar c = s.at(i);
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v') {
                ++i;
                continue;
            }
            const qsizetype start = i;
            // Comparisons first, as Liquid's lexer does.
            if ((c == u'=' || c == u'!') && i + 1 < n && s.at(i + 1) == u'=') {
                push(Token::Type::Comparison, start, i + 2);
                i += 2;
                continue;
            }
            if (c == u'<' || c == u'>') {
                qsizetype end = i + 1;
                if (end < n && (s.at(end) == u'=' || (c == u'<' && s.at(end) == u'>')))
                    ++end;
                push(Token::Type::Comparison, start, end);
                i = end;
                continue;
            }
            if (s.mid(i).startsWith(u"contains") && i + 8 < n
                && (s.at(i + 8) == u' ' || s.at(i + 8) == u'\t' || s.at(i + 8) == u'\n'
                    || s.at(i + 8) == u'\r' || s.at(i + 8) == u'\f' || s.at(i + 8) == u'\v')) {
                push(Token::Type::Comparison, start, i + 8);
                i += 8;
                continue;
            }
            if (c == u'\'' || c == u'"') {
                const qsizetype close = s.indexOf(c, i + 1);
                if (close < 0) {
                    fail(m_base + i, 1, Tr::tr("a string starting here is never closed"));
                    break;
                }
                push(Token::Type::String, start, close + 1);
                i = close + 1;
                continue;
            }
            if (isAsciiDigit(c) || (c == u'-' && i + 1 < n && isAsciiDigit(s.at(i + 1)))) {
                qsizetype end = i + 1;
                while (end < n && isAsciiDigit(s.at(end)))
                    ++end;
                if (end + 1 < n && s.at(end) == u'.' && isAsciiDigit(s.at(end + 1))) {
                    end += 2;
                    while (end < n && isAsciiDigit(s.at(end)))
                        ++end;
                }
                push(Token::Type::Number, start, end);
                i = end;
                continue;
            }
            if (isAsciiLetter(c) || c == u'_') {
                qsizetype end = i + 1;
                while (end < n && (isWordChar(s.at(end)) || s.at(end) == u'-'))
                    ++end;
                if (end < n && s.at(end) == u'?')
                    ++end;
                push(Token::Type::Id, start, end);
                i = end;
                continue;
            }
            if (c == u'.' && i + 1 < n && s.at(i + 1) == u'.') {
                push(Token::Type::DotDot, start, i + 2);
                i += 2;
                continue;
            }
            Token::Type type;
            switch (c.unicode()) {
            case u'|':
                type = Token::Type::Pipe;
                break;
            case u'.':
                type = Token::Type::Dot;
                break;
            case u':':
                type = Token::Type::Colon;
                break;
            case u',':
                type = Token::Type::Comma;
                break;
            case u'[':
                type = Token::Type::OpenSquare;
                break;
            case u']':
                type = Token::Type::CloseSquare;
                break;
            case u'(':
                type = Token::Type::OpenRound;
                break;
            case u')':
                type = Token::Type::CloseRound;
                break;
            case u'?':
                type = Token::Type::Question;
                break;
            case u'-':
                type = Token::Type::Dash;
                break;
            default: {
                const qsizetype length = c.isHighSurrogate() && i + 1 < n ? 2 : 1;
                fail(m_base + i,
                     length,
                     Tr::tr("unexpected character \"%1\"").arg(s.mid(i, length).toString()));
                m_tokens.push_back(Token{Token::Type::End, {}, m_endOffset});
                return;
            }
            }
            push(type, start, i + 1);
            ++i;
        }
        m_tokens.push_back(Token{Token::Type::End, {}, m_endOffset});
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    qsizetype m_base = 0;
    qsizetype m_endOffset = 0; ///< just past the markup, in the template's source
    int m_maxDepth = 100;
    std::optional<ParseFailure> m_failure;
};

/// A piece of the template: literal text, `{{ … }}` or `{% … %}`.
struct Piece
{
    enum class Type : quint8 { Text, Output, Tag, End } type = Type::End;
    qsizetype start = 0; ///< of the whole piece
    qsizetype end = 0;
    QStringView markup; ///< without delimiters and whitespace-control dashes
    qsizetype markupOffset = 0;
    QString tagName;
    QStringView tagMarkup; ///< after the tag's name
    qsizetype tagMarkupOffset = 0;
    bool trimBefore = false;
    bool trimAfter = false;
};

class Parser
{
public:
    Parser(const QString &source, int maxDepth)
        : m_source(source)
        , m_maxDepth(maxDepth)
    {}

    ParseOutcome run()
    {
        auto program = std::make_shared<Program>();
        m_program = program.get();
        Piece terminator;
        parseBlock(program->root, {}, &terminator, 0);
        ParseOutcome outcome;
        if (m_failure) {
            outcome.failure = m_failure;
            return outcome;
        }
        program->nodeCount = m_nextId;
        outcome.program = std::move(program);
        return outcome;
    }

private:
    void fail(qsizetype offset, qsizetype length, const QString &message)
    {
        if (!m_failure)
            m_failure = ParseFailure{{offset, std::max<qsizetype>(1, length)}, message};
    }
    void fail(const Piece &piece, const QString &message)
    {
        fail(piece.start, piece.end - piece.start, message);
    }
    bool takeFailure(const MarkupParser &markup)
    {
        if (markup.failure() && !m_failure)
            m_failure = markup.failure();
        return m_failure.has_value();
    }

    /// The next piece after m_pos; text runs up to the next `{{` or `{%`.
    Piece next()
    {
        Piece piece;
        const qsizetype n = m_source.size();
        if (m_pos >= n)
            return piece;
        const qsizetype open = m_source.indexOf(u'{', m_pos);
        qsizetype start = open;
        while (start >= 0 && start + 1 < n && m_source.at(start + 1) != u'{'
               && m_source.at(start + 1) != u'%')
            start = m_source.indexOf(u'{', start + 1);
        if (start < 0 || start + 1 >= n)
            start = n;
        if (start > m_pos) {
            piece.type = Piece::Type::Text;
            piece.start = m_pos;
            piece.end = start;
            m_pos = start;
            return piece;
        }
        piece.start = start;
        const bool isTag = m_source.at(start + 1) == u'%';
        if (isTag) {
            const qsizetype close = m_source.indexOf(u"%}"_s, start + 2);
            if (close < 0) {
                fail(start, 2, Tr::tr("\"{%\" is never closed with \"%}\""));
                return piece;
            }
            piece.type = Piece::Type::Tag;
            piece.end = close + 2;
        } else {
            // Liquid ends an output at its first '}', which must be doubled.
            const qsizetype close = m_source.indexOf(u'}', start + 2);
            if (close < 0 || close + 1 >= n || m_source.at(close + 1) != u'}') {
                fail(start, 2, Tr::tr("\"{{\" is never closed with \"}}\""));
                return piece;
            }
            piece.type = Piece::Type::Output;
            piece.end = close + 2;
        }
        qsizetype markupStart = start + 2;
        qsizetype markupEnd = piece.end - 2;
        if (markupStart < markupEnd && m_source.at(markupStart) == u'-') {
            piece.trimBefore = true;
            ++markupStart;
        }
        if (markupEnd > markupStart && m_source.at(markupEnd - 1) == u'-') {
            piece.trimAfter = true;
            --markupEnd;
        }
        piece.markup = QStringView(m_source).mid(markupStart, markupEnd - markupStart);
        piece.markupOffset = markupStart;
        m_pos = piece.end;
        if (isTag) {
            qsizetype i = 0;
            while (i < piece.markup.size() && isRubySpace(piece.markup.at(i)))
                ++i;
            const qsizetype nameStart = i;
            if (i < piece.markup.size() && piece.markup.at(i) == u'#') {
                ++i;
            } else {
                while (i < piece.markup.size() && isWordChar(piece.markup.at(i)))
                    ++i;
            }
            piece.tagName = piece.markup.mid(nameStart, i - nameStart).toString();
            piece.tagMarkup = piece.markup.mid(i);
            piece.tagMarkupOffset = markupStart + i;
        }
        return piece;
    }

    Node &appendText(Block &block, qsizetype start, qsizetype end)
    {
        QString text = m_source.mid(start, end - start);
        if (m_trimNext) {
            qsizetype i = 0;
            while (i < text.size() && isRubySpace(text.at(i)))
                ++i;
            text.remove(0, i);
            m_trimNext = false;
        }
        Node node;
        node.kind = Node::Kind::Text;
        node.text = std::move(text);
        node.span = {start, end - start};
        return addNode(block, std::move(node));
    }

    Node &addNode(Block &block, Node &&node)
    {
        node.id = m_nextId++;
        block.push_back(std::move(node));
        return block.back();
    }

    /// Applies `{{-`/`{%-` to the text before, and remembers `-}}`/`-%}` for the text after.
    void whitespace(Block &block, const Piece &piece)
    {
        if (piece.trimBefore && !block.empty() && block.back().kind == Node::Kind::Text
            && !block.back().raw) {
            QString &text = block.back().text;
            qsizetype end = text.size();
            while (end > 0 && isRubySpace(text.at(end - 1)))
                --end;
            text.truncate(end);
        }
        m_trimNext = piece.trimAfter;
    }

    /// Parses nodes into `block` until one of `terminators` (returned in `terminator`) or the
    /// end of the template. Returns false after a failure.
    bool parseBlock(Block &block,
                    std::initializer_list<QStringView> terminators,
                    Piece *terminator,
                    int depth,
                    bool tolerateUnknownTags = false)
    {
        if (depth > m_maxDepth) {
            fail(m_pos, 2, Tr::tr("blocks are nested more than %1 levels deep").arg(m_maxDepth));
            return false;
        }
        for (;;) {
            if (m_failure)
                return false;
            const Piece piece = next();
            if (m_failure)
                return false;
            switch (piece.type) {
            case Piece::Type::End:
                *terminator = piece;
                return true;
            case Piece::Type::Text:
                appendText(block, piece.start, piece.end);
                continue;
            case Piece::Type::Output: {
                whitespace(block, piece);
                MarkupParser markup(piece.markup, piece.markupOffset, m_maxDepth);
                Node node;
                node.kind = Node::Kind::Output;
                node.output = markup.output(true);
                node.span = {piece.start, piece.end - piece.start};
                if (takeFailure(markup))
                    return false;
                recordReads(node.output);
                addNode(block, std::move(node));
                continue;
            }
            case Piece::Type::Tag:
                break;
            }
            whitespace(block, piece);
            for (const QStringView t : terminators) {
                if (piece.tagName == t) {
                    *terminator = piece;
                    return true;
                }
            }
            if (!parseTag(block, piece, depth)) {
                if (m_failure)
                    return false;
                if (tolerateUnknownTags)
                    continue;
                if (piece.tagName.isEmpty())
                    fail(piece, Tr::tr("a tag needs a name, e.g. {% if … %}"));
                else if (isEndOrBranchTag(piece.tagName))
                    fail(piece, Tr::tr("\"%1\" does not belong here").arg(piece.tagName));
                else
                    fail(piece, Tr::tr("unknown tag \"%1\"").arg(piece.tagName));
                return false;
            }
        }
    }

    static bool isEndOrBranchTag(const QString &name)
    {
        return name.startsWith(u"end"_s) || name == u"else" || name == u"elsif" || name == u"when";
    }

    /// Parses a block's body up to `end…`, failing when the template ends first.
    bool parseBody(Block &body,
                   std::initializer_list<QStringView> terminators,
                   Piece *terminator,
                   const Piece &opening,
                   int depth)
    {
        if (!parseBlock(body, terminators, terminator, depth + 1))
            return false;
        if (terminator->type == Piece::Type::End) {
            fail(opening, Tr::tr("\"%1\" is never closed").arg(opening.tagName));
            return false;
        }
        return true;
    }

    bool noMarkup(const Piece &piece)
    {
        for (const QChar c : piece.tagMarkup) {
            if (!isRubySpace(c)) {
                fail(piece, Tr::tr("\"%1\" takes nothing after its name").arg(piece.tagName));
                return false;
            }
        }
        return true;
    }

    /// Returns false for a tag it does not know (without failing) or after a failure.
    bool parseTag(Block &block, const Piece &piece, int depth)
    {
        const QString &name = piece.tagName;
        Node node;
        node.span = {piece.start, piece.end - piece.start};
        if (name == u"if" || name == u"unless") {
            node.kind = Node::Kind::If;
            node.negateFirst = name == u"unless";
            const QString end = u"end"_s + name;
            Node::Branch branch;
            if (!conditions(piece, branch.conditions))
                return false;
            for (;;) {
                Piece terminator;
                if (!parseBody(branch.body,
                               {u"elsif", u"else", QStringView(end)},
                               &terminator,
                               piece,
                               depth))
                    return false;
                node.branches.push_back(std::move(branch));
                branch = {};
                if (terminator.tagName == end)
                    break;
                if (terminator.tagName == u"elsif") {
                    if (!conditions(terminator, branch.conditions))
                        return false;
                }
            }
            node.blank = true;
            for (const Node::Branch &b : node.branches)
                node.blank = node.blank && isBlank(b.body);
            if (node.blank) {
                for (Node::Branch &b : node.branches)
                    removeBlankText(b.body);
            }
        } else if (name == u"case") {
            node.kind = Node::Kind::Case;
            MarkupParser markup(piece.tagMarkup, piece.tagMarkupOffset, m_maxDepth);
            node.subject = markup.expression();
            markup.expectEnd();
            if (takeFailure(markup))
                return false;
            recordReads(node.subject);
            // Anything before the first `when` is parsed and dropped, as Liquid does.
            Block ignored;
            Piece terminator;
            if (!parseBody(ignored, {u"when", u"else", u"endcase"}, &terminator, piece, depth))
                return false;
            node.blank = isBlank(ignored);
            while (terminator.tagName != u"endcase") {
                Node::When when;
                if (terminator.tagName == u"when" && !whenValues(terminator, when.values))
                    return false;
                if (!parseBody(when.body, {u"when", u"else", u"endcase"}, &terminator, piece, depth))
                    return false;
                node.blank = node.blank && isBlank(when.body);
                node.whens.push_back(std::move(when));
            }
            if (node.blank) {
                for (Node::When &when : node.whens)
                    removeBlankText(when.body);
            }
        } else if (name == u"for") {
            node.kind = Node::Kind::For;
            if (!forHeader(piece, node))
                return false;
            Piece terminator;
            if (!parseBody(node.body, {u"else", u"endfor"}, &terminator, piece, depth))
                return false;
            if (terminator.tagName == u"else"
                && !parseBody(node.elseBody, {u"endfor"}, &terminator, piece, depth))
                return false;
            node.usesForloop = mentionsForloop(piece.end, terminator.start);
            node.blank = isBlank(node.body) && isBlank(node.elseBody);
            if (node.blank) {
                removeBlankText(node.body);
                removeBlankText(node.elseBody);
            }
        } else if (name == u"assign") {
            node.kind = Node::Kind::Assign;
            const qsizetype equals = piece.tagMarkup.indexOf(u'=');
            const QStringView target = equals < 0 ? QStringView() : piece.tagMarkup.left(equals);
            node.name = target.trimmed().toString();
            if (equals < 0 || !isVariableName(node.name)) {
                fail(piece, Tr::tr("write assign as {% assign name = value %}"));
                return false;
            }
            MarkupParser markup(piece.tagMarkup.mid(equals + 1),
                                piece.tagMarkupOffset + equals + 1,
                                m_maxDepth);
            node.output = markup.output(false);
            if (takeFailure(markup))
                return false;
            recordReads(node.output);
            bind(node.name);
        } else if (name == u"capture") {
            node.kind = Node::Kind::Capture;
            QString target = piece.tagMarkup.trimmed().toString();
            if (target.size() >= 2 && (target.front() == u'"' || target.front() == u'\'')
                && target.back() == target.front())
                target = target.mid(1, target.size() - 2);
            if (!isVariableName(target)) {
                fail(piece, Tr::tr("write capture as {% capture name %}…{% endcapture %}"));
                return false;
            }
            node.name = target;
            bind(node.name);
            Piece terminator;
            if (!parseBody(node.body, {u"endcapture"}, &terminator, piece, depth))
                return false;
        } else if (name == u"raw") {
            if (!noMarkup(piece))
                return false;
            node.kind = Node::Kind::Text;
            const qsizetype start = m_pos;
            // The body is everything up to the first {% endraw %}, taken literally.
            qsizetype search = m_pos;
            for (;;) {
                const qsizetype open = m_source.indexOf(u"{%"_s, search);
                if (open < 0) {
                    fail(piece, Tr::tr("\"raw\" is never closed"));
                    return false;
                }
                const qsizetype close = m_source.indexOf(u"%}"_s, open + 2);
                if (close < 0) {
                    fail(piece, Tr::tr("\"raw\" is never closed"));
                    return false;
                }
                QStringView inner = QStringView(m_source).mid(open + 2, close - open - 2);
                const bool trimAfter = inner.endsWith(u'-') && inner.size() > 1;
                if (inner.startsWith(u'-'))
                    inner = inner.mid(1);
                if (trimAfter)
                    inner.chop(1);
                if (inner.trimmed() == u"endraw") {
                    // The body is literal: neither the tags' dashes nor later ones trim it.
                    m_trimNext = false;
                    appendText(block, start, open).raw = true;
                    m_trimNext = trimAfter;
                    m_pos = close + 2;
                    return true;
                }
                search = open + 2;
            }
        } else if (name == u"comment") {
            // The body is parsed (Liquid does too) and dropped; unknown tags inside are fine.
            Block ignored;
            Piece terminator;
            if (!parseBlock(ignored, {u"endcomment"}, &terminator, depth + 1, true))
                return false;
            if (terminator.type == Piece::Type::End) {
                fail(piece, Tr::tr("\"comment\" is never closed"));
                return false;
            }
            return true;
        } else if (name == u"#") {
            return true; // an inline comment
        } else if (name == u"break" || name == u"continue") {
            if (!noMarkup(piece))
                return false;
            node.kind = name == u"break" ? Node::Kind::Break : Node::Kind::Continue;
        } else if (name == u"echo") {
            node.kind = Node::Kind::Output;
            MarkupParser markup(piece.tagMarkup, piece.tagMarkupOffset, m_maxDepth);
            node.output = markup.output(true);
            if (takeFailure(markup))
                return false;
            recordReads(node.output);
        } else if (name == u"increment" || name == u"decrement") {
            node.kind = name == u"increment" ? Node::Kind::Increment : Node::Kind::Decrement;
            node.name = piece.tagMarkup.trimmed().toString();
            if (!isVariableName(node.name)) {
                fail(piece, Tr::tr("write %1 as {% %1 name %}").arg(name));
                return false;
            }
            bind(node.name);
        } else if (name == u"cycle") {
            node.kind = Node::Kind::Cycle;
            MarkupParser markup(piece.tagMarkup, piece.tagMarkupOffset, m_maxDepth);
            Expr first = markup.expression();
            if (markup.consumeIf(Token::Type::Colon)) {
                node.hasCycleGroup = true;
                node.cycleGroup = std::move(first);
                first = markup.expression();
            }
            node.cycleValues.push_back(std::move(first));
            while (!markup.failed() && markup.consumeIf(Token::Type::Comma))
                node.cycleValues.push_back(markup.expression());
            markup.expectEnd();
            if (takeFailure(markup))
                return false;
            node.name = piece.tagMarkup.trimmed().toString();
        } else {
            return false;
        }
        addNode(block, std::move(node));
        return true;
    }

    /// Liquid's blank?: a block of whitespace, assign, capture and blank blocks prints nothing
    /// at all, so that a conditional assign does not leave empty lines behind.
    static bool isBlank(const Block &block)
    {
        for (const Node &node : block) {
            switch (node.kind) {
            case Node::Kind::Text:
                if (node.raw ? !node.text.isEmpty()
                             : !std::all_of(node.text.cbegin(), node.text.cend(), [](QChar c) {
                                   return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'
                                          || c == u'\f' || c == u'\v';
                               }))
                    return false;
                break;
            case Node::Kind::If:
            case Node::Kind::Case:
            case Node::Kind::For:
                if (!node.blank)
                    return false;
                break;
            case Node::Kind::Assign:
            case Node::Kind::Capture:
                break;
            default:
                return false;
            }
        }
        return true;
    }

    static void removeBlankText(Block &block)
    {
        block.erase(std::remove_if(block.begin(),
                                   block.end(),
                                   [](const Node &node) {
                                       return node.kind == Node::Kind::Text && !node.raw;
                                   }),
                    block.end());
    }

    static bool isVariableName(const QString &name)
    {
        if (name.isEmpty() || !(isAsciiLetter(name.front()) || name.front() == u'_'))
            return false;
        for (const QChar c : name) {
            if (!isWordChar(c) && c != u'-')
                return false;
        }
        return true;
    }

    bool conditions(const Piece &piece, std::vector<Condition> &out)
    {
        MarkupParser markup(piece.tagMarkup, piece.tagMarkupOffset, m_maxDepth);
        out = markup.conditions();
        if (takeFailure(markup))
            return false;
        for (const Condition &condition : out) {
            recordReads(condition.left);
            recordReads(condition.right);
        }
        return true;
    }

    /// `when a, b` and `when a or b`.
    bool whenValues(const Piece &piece, std::vector<Expr> &values)
    {
        MarkupParser markup(piece.tagMarkup, piece.tagMarkupOffset, m_maxDepth);
        do {
            values.push_back(markup.expression());
            recordReads(values.back());
        } while (!markup.failed()
                 && (markup.consumeIf(Token::Type::Comma) || markup.consumeId(u"or")));
        markup.expectEnd();
        return !takeFailure(markup);
    }

    bool forHeader(const Piece &piece, Node &node)
    {
        MarkupParser markup(piece.tagMarkup, piece.tagMarkupOffset, m_maxDepth);
        const std::optional<Token> variable = markup.consume(Token::Type::Id);
        if (variable && !markup.consumeId(u"in"))
            markup.fail(markup.look(), Tr::tr("write for as {% for item in collection %}"));
        const qsizetype collectionStart = markup.offset();
        if (!markup.failed())
            node.collection = markup.expression();
        const QString collectionText = m_source
                                           .mid(collectionStart, markup.offset() - collectionStart)
                                           .trimmed();
        node.reversed = markup.consumeId(u"reversed");
        while (!markup.failed()
               && (markup.lookIs(Token::Type::Comma) || markup.lookIs(Token::Type::Id))) {
            markup.consumeIf(Token::Type::Comma);
            const bool isLimit = markup.consumeId(u"limit");
            const bool isOffset = !isLimit && markup.consumeId(u"offset");
            if (!isLimit && !isOffset) {
                markup.fail(markup.look(),
                            Tr::tr(
                                "a for loop takes only limit: and offset: after its collection"));
                break;
            }
            markup.consume(Token::Type::Colon);
            Expr value = markup.expression();
            if (isOffset && value.kind == Expr::Kind::Variable && value.root == u"continue"
                && value.lookups.empty()) {
                node.offsetContinue = true;
                node.offset.reset();
            } else if (isOffset) {
                node.offsetContinue = false;
                node.offset = std::make_unique<Expr>(std::move(value));
            } else {
                node.limit = std::make_unique<Expr>(std::move(value));
            }
        }
        markup.expectEnd();
        if (takeFailure(markup))
            return false;
        node.name = variable->text.toString();
        node.loopKey = node.name + u'-' + collectionText;
        recordReads(node.collection);
        bind(node.name);
        return true;
    }

    bool mentionsForloop(qsizetype from, qsizetype to) const
    {
        return QStringView(m_source).mid(from, to - from).contains(u"forloop");
    }

    void bind(const QString &name)
    {
        if (!m_program->boundNames.contains(name))
            m_program->boundNames.append(name);
    }

    void recordReads(const Output &output)
    {
        recordReads(output.expr);
        for (const FilterApplication &filter : output.filters) {
            for (const Expr &arg : filter.args)
                recordReads(arg);
            for (const auto &[name, arg] : filter.named)
                recordReads(arg);
        }
    }

    void recordReads(const Expr &expr)
    {
        if (expr.kind == Expr::Kind::Range) {
            if (expr.first)
                recordReads(*expr.first);
            if (expr.last)
                recordReads(*expr.last);
            return;
        }
        if (expr.kind != Expr::Kind::Variable)
            return;
        if (expr.rootExpr)
            recordReads(*expr.rootExpr);
        QStringList path;
        bool constant = !expr.root.isEmpty();
        if (constant)
            path.append(expr.root);
        for (const Lookup &lookup : expr.lookups) {
            if (lookup.dynamic) {
                recordReads(*lookup.dynamic);
                constant = false;
            }
            if (constant)
                path.append(lookup.key.text());
        }
        if (!path.isEmpty())
            m_program->reads.emplace_back(path, expr.span);
    }

    const QString &m_source;
    int m_maxDepth;
    Program *m_program = nullptr;
    qsizetype m_pos = 0;
    bool m_trimNext = false;
    int m_nextId = 0;
    std::optional<ParseFailure> m_failure;
};

} // namespace

ParseOutcome parse(const QString &source, int maxDepth)
{
    return Parser(source, maxDepth).run();
}

} // namespace Hookflow::TemplateProgram
