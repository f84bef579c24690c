// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "template.h"

#include "jsonvalidator.h"
#include "jsonwriter.h"
#include "templateparser.h"
#include "templateprogram.h"
#include "variablecatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hookflow {

using namespace TemplateProgram;
using namespace JsonWriter;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Template)
};

// JSON lexer states between pieces of literal text.
enum JsonState : quint8 { JsonOutside, JsonInString, JsonEscape, JsonU1, JsonU2, JsonU3, JsonU4 };
// URL states: a value may only land in the path, the query or the fragment.
enum UrlState : quint8 {
    UrlStart,
    UrlColon,
    UrlSlash,
    UrlAuthority,
    UrlPath,
    UrlQuery,
    UrlFragment
};

quint8 jsonStep(quint8 state, QChar c)
{
    switch (state) {
    case JsonOutside:
        return c == u'"' ? JsonInString : JsonOutside;
    case JsonInString:
        return c == u'\\' ? JsonEscape : c == u'"' ? JsonOutside : JsonInString;
    case JsonEscape:
        return c == u'u' ? JsonU1 : JsonInString;
    case JsonU1:
    case JsonU2:
    case JsonU3:
        return isxdigit(c.unicode() < 128 ? c.unicode() : 0) ? quint8(state + 1)
                                                             : quint8(JsonInString);
    default:
        return JsonInString;
    }
}

quint8 urlStep(quint8 state, QChar c)
{
    switch (state) {
    case UrlStart:
        return c == u':'   ? UrlColon
               : c == u'/' ? UrlPath
               : c == u'?' ? UrlQuery
               : c == u'#' ? UrlFragment
                           : UrlStart;
    case UrlColon:
        return c == u'/' ? UrlSlash : UrlPath;
    case UrlSlash:
        return c == u'/' ? UrlAuthority : UrlPath;
    case UrlAuthority:
        return c == u'/' ? UrlPath : c == u'?' ? UrlQuery : c == u'#' ? UrlFragment : UrlAuthority;
    case UrlPath:
        return c == u'?' ? UrlQuery : c == u'#' ? UrlFragment : UrlPath;
    case UrlQuery:
        return c == u'#' ? UrlFragment : UrlQuery;
    default:
        return UrlFragment;
    }
}

/// Characters that can continue a JSON number or literal: a value next to one of them would not
/// be a token of its own.
bool joinsJsonToken(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
           || c == u'.' || c == u'+' || c == u'-';
}

struct LineColumn
{
    int line = 1;
    int column = 1;
};

LineColumn lineColumn(const QString &source, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, source.size());
    const QStringView before = QStringView(source).left(offset);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return {int(before.count(u'\n')) + 1, int(offset - lineStart) + 1};
}

QString located(const QString &source, qsizetype offset, const QString &message)
{
    const LineColumn at = lineColumn(source, offset);
    return Tr::tr("line %1, column %2: %3").arg(at.line).arg(at.column).arg(message);
}

/// The renderer's output: small pieces copied inline into one QString's storage, grown by
/// doubling, which is much cheaper than QString::append for the dozens of pieces of one render,
/// and handed over as the result without a final copy.
class OutputBuffer
{
public:
    explicit OutputBuffer(qsizetype expected = 256)
    {
        m_text.resize(std::max<qsizetype>(expected, 64));
        m_data = reinterpret_cast<char16_t *>(m_text.data());
    }
    void append(QStringView text)
    {
        const qsizetype n = text.size();
        if (n == 0)
            return; // and memcpy may not be given the null data of an empty view
        if (m_size + n > m_text.size())
            grow(n);
        std::memcpy(m_data + m_size, text.utf16(), size_t(n) * sizeof(char16_t));
        m_size += n;
    }
    void append(const QString &text) { append(QStringView(text)); }
    void append(char16_t c)
    {
        if (m_size == m_text.size())
            grow(1);
        m_data[m_size++] = c;
    }
    void append(QChar c) { append(c.unicode()); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QChar back() const { return QChar(m_data[m_size - 1]); }
    QChar at(qsizetype i) const { return QChar(m_data[i]); }
    QString take() &&
    {
        m_text.truncate(m_size);
        return std::move(m_text);
    }

private:
    void grow(qsizetype needed)
    {
        m_text.resize(std::max(m_text.size() * 2, m_size + needed));
        m_data = reinterpret_cast<char16_t *>(m_text.data());
    }

    QString m_text;
    char16_t *m_data = nullptr;
    qsizetype m_size = 0;
};

/// Liquid's text of a value, without copying strings.
void appendText(OutputBuffer &out, const TemplateValue &value)
{
    if (value.isString())
        out.append(value.string());
    else if (value.isInt())
        appendInteger(out, value.toInt());
    else if (!value.isNil())
        out.append(value.text());
}

/// Percent-encodes UTF-8: unreserved characters stay, everything else (incl. + & / ? #) goes.
void appendUrlComponent(OutputBuffer &out, const QString &text)
{
    static const char16_t hex[] = u"0123456789ABCDEF";
    const QByteArray bytes = text.toUtf8();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-'
            || b == '.' || b == '_' || b == '~') {
            out.append(QChar(char16_t(b)));
        } else {
            const char16_t encoded[3] = {u'%', hex[b >> 4], hex[b & 15]};
            out.append(QStringView(encoded, 3));
        }
    }
}

/// Compares strings by code point, which is how Ruby orders UTF-8 strings.
int compareCodePoints(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        // Surrogates (U+D800–DFFF) stand for code points above U+FFFF: they sort last.
        const bool xs = x >= 0xD800 && x <= 0xDFFF;
        const bool ys = y >= 0xD800 && y <= 0xDFFF;
        if (xs != ys)
            return xs ? 1 : -1;
        return x < y ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

QString typeName(const TemplateValue &value)
{
    switch (value.type()) {
    case TemplateValue::Type::Nil:
        return u"nil"_s;
    case TemplateValue::Type::Bool:
        return Tr::tr("a boolean");
    case TemplateValue::Type::Int:
    case TemplateValue::Type::Float:
        return Tr::tr("a number");
    case TemplateValue::Type::String:
        return Tr::tr("a string");
    case TemplateValue::Type::Array:
    case TemplateValue::Type::Range:
        return Tr::tr("a list");
    case TemplateValue::Type::Object:
        return Tr::tr("an object");
    }
    return {};
}

void computeTransitions(Block &block)
{
    for (Node &node : block) {
        if (node.kind == Node::Kind::Text) {
            for (int start = 0; start < JsonStates; ++start) {
                quint8 state = quint8(start);
                for (const QChar c : std::as_const(node.text))
                    state = jsonStep(state, c);
                node.jsonNext[start] = state;
            }
            for (int start = 0; start < UrlStates; ++start) {
                quint8 state = quint8(start);
                for (const QChar c : std::as_const(node.text))
                    state = urlStep(state, c);
                node.urlNext[start] = state;
            }
        }
        auto constantFilters = [](Output &output) {
            for (FilterApplication &filter : output.filters) {
                filter.constant = true;
                for (const Expr &arg : filter.args) {
                    filter.constant = filter.constant && arg.kind == Expr::Kind::Literal;
                    filter.constantArgs.append(arg.literal);
                }
                for (const auto &[name, arg] : filter.named) {
                    filter.constant = filter.constant && arg.kind == Expr::Kind::Literal;
                    filter.constantNamed.append({name, arg.literal});
                }
            }
        };
        constantFilters(node.output);
        for (Node::Branch &branch : node.branches)
            computeTransitions(branch.body);
        for (Node::When &when : node.whens)
            computeTransitions(when.body);
        computeTransitions(node.body);
        computeTransitions(node.elseBody);
    }
}

bool usesFilter(const Block &block, QStringView name)
{
    for (const Node &node : block) {
        for (const FilterApplication &filter : node.output.filters) {
            if (filter.spec->name == name)
                return true;
        }
        for (const Node::Branch &branch : node.branches) {
            if (usesFilter(branch.body, name))
                return true;
        }
        for (const Node::When &when : node.whens) {
            if (usesFilter(when.body, name))
                return true;
        }
        if (usesFilter(node.body, name) || usesFilter(node.elseBody, name))
            return true;
    }
    return false;
}

qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

/// A value ahead of the path in the literal prefix of a URL template: caught when the campaign
/// is validated, not only when a user is rendered (a value inside a tag is caught then).
std::optional<ParseFailure> urlHostProblem(const Program &program)
{
    quint8 state = UrlStart;
    for (const Node &node : program.root) {
        if (node.kind != Node::Kind::Text) {
            if (node.kind == Node::Kind::Output && state < UrlPath)
                return ParseFailure{node.span,
                                    Tr::tr("a value cannot be part of the URL's scheme or host; "
                                           "put it in the path or the query")};
            break;
        }
        state = node.urlNext[state];
    }
    return std::nullopt;
}

/// How a value was written into a JSON body, for the validity cache's signature.
enum class Emitted : quint8 { Text, TypedString, TypedOther, InString, Nothing };

} // namespace

/// Renders with the same sequence of literal pieces and value kinds always give JSON that is
/// valid or always invalid; the signatures of the valid ones are remembered, so most renders
/// skip parsing their own output. Shared by copies of a template, safe across threads.
struct Template::JsonCache
{
    static constexpr int Slots = 16;
    std::array<std::atomic<quint64>, Slots> signatures{};
    std::atomic<unsigned> next{0};

    bool contains(quint64 signature) const
    {
        for (const auto &slot : signatures) {
            if (slot.load(std::memory_order_relaxed) == signature)
                return true;
        }
        return false;
    }
    void insert(quint64 signature)
    {
        signatures[next.fetch_add(1, std::memory_order_relaxed) % Slots]
            .store(signature, std::memory_order_relaxed);
    }
};

namespace {

const TemplateValue nilValue;

/// A value the renderer reads: borrowed from the variables or the program where it can be,
/// owned when it was computed. Borrowing saves a copy per lookup.
class ValueRef
{
public:
    ValueRef()
        : m_borrowed(&nilValue)
    {}
    explicit ValueRef(const TemplateValue *borrowed)
        : m_borrowed(borrowed ? borrowed : &nilValue)
    {}
    ValueRef(TemplateValue owned)
        : m_owned(std::move(owned))
    {}
    const TemplateValue &operator*() const { return m_borrowed ? *m_borrowed : *m_owned; }
    const TemplateValue *operator->() const { return &**this; }
    bool owned() const { return !m_borrowed; }
    TemplateValue take() && { return m_borrowed ? *m_borrowed : std::move(*m_owned); }

private:
    const TemplateValue *m_borrowed = nullptr;
    std::optional<TemplateValue> m_owned;
};

class Renderer
{
public:
    Renderer(const Program &program,
             const QString &source,
             OutputContext context,
             const TemplateLimits &limits,
             const TemplateValue &variables)
        : m_program(program)
        , m_source(source)
        , m_limits(limits)
        , m_variables(variables)
        , m_mode(context)
    {
        m_environment.maxStringLength = limits.maxOutputLength;
    }

    void setNow(const QDateTime &now) { m_environment.now = now; }

    /// Renders into `out`; false with error() set when it fails.
    bool run(OutputBuffer &out)
    {
        m_out = &out;
        renderBlock(m_program.root);
        return !m_error;
    }

    const Error &error() const { return *m_error; }
    bool cacheable() const { return m_cacheable; }
    quint64 signature() const { return m_signature; }

private:
    void fail(const QString &code, const Span &span, const QString &message)
    {
        if (!m_error)
            m_error = Error{code,
                            located(m_source, span.offset, message),
                            QString::number(span.offset)};
    }

    void mix(int id, Emitted kind)
    {
        // FNV-1a over (node, kind): cheap and good enough for a 64-bit cache key.
        m_signature ^= quint64(id) * 8 + quint64(kind);
        m_signature *= 0x100000001b3ULL;
    }

    /// Before anything is appended after a typed JSON value: it must stay a token of its own.
    void afterValue(QStringView next)
    {
        if (m_valueEnds && !next.isEmpty()) {
            if (joinsJsonToken(next.front()))
                m_cacheable = false;
            m_valueEnds = false;
        }
    }

    void renderBlock(const Block &block)
    {
        for (const Node &node : block) {
            renderNode(node);
            if (m_error || m_interrupt != Interrupt::None)
                return;
            if (m_out->size() > m_limits.maxOutputLength) {
                fail(u"template-limit"_s,
                     node.span,
                     Tr::tr("the output is longer than %1 characters").arg(m_limits.maxOutputLength));
                return;
            }
        }
    }

    void renderNode(const Node &node)
    {
        switch (node.kind) {
        case Node::Kind::Text:
            if (m_mode == OutputContext::Json) {
                m_jsonState = node.jsonNext[m_jsonState];
                mix(node.id, Emitted::Text);
                afterValue(node.text);
            } else if (m_mode == OutputContext::Url) {
                m_urlState = node.urlNext[m_urlState];
            }
            m_out->append(node.text);
            return;
        case Node::Kind::Output: {
            if (node.output.empty) {
                if (m_mode == OutputContext::Json)
                    mix(node.id, Emitted::Nothing);
                return;
            }
            const ValueRef value = evaluate(node.output);
            if (m_error)
                return;
            const QStringView lastFilter = node.output.filters.empty()
                                               ? QStringView()
                                               : node.output.filters.back().spec->name;
            write(node, *value, lastFilter);
            return;
        }
        case Node::Kind::If:
            renderIf(node);
            return;
        case Node::Kind::Case:
            renderCase(node);
            return;
        case Node::Kind::For:
            renderFor(node);
            return;
        case Node::Kind::Assign: {
            TemplateValue value = evaluate(node.output).take();
            if (!m_error)
                assign(node.name, std::move(value));
            return;
        }
        case Node::Kind::Capture: {
            OutputBuffer captured;
            OutputBuffer *outer = m_out;
            const OutputContext outerMode = m_mode;
            m_out = &captured;
            m_mode = OutputContext::Text; // escaping happens where the capture is output
            renderBlock(node.body);
            m_out = outer;
            m_mode = outerMode;
            if (!m_error)
                assign(node.name, TemplateValue(std::move(captured).take()));
            return;
        }
        case Node::Kind::Break:
            m_interrupt = Interrupt::Break;
            return;
        case Node::Kind::Continue:
            m_interrupt = Interrupt::Continue;
            return;
        case Node::Kind::Cycle: {
            const QString key = node.hasCycleGroup ? evaluate(node.cycleGroup)->text() : node.name;
            qint64 &position = m_cycles[key];
            const Expr &expr = node.cycleValues.at(
                size_t(position % qint64(node.cycleValues.size())));
            ++position;
            const ValueRef value = evaluate(expr);
            if (!m_error)
                write(node, TemplateValue(value->text()), {});
            return;
        }
        case Node::Kind::Increment:
        case Node::Kind::Decrement: {
            TemplateValue *counter = nullptr;
            for (auto &[name, value] : m_counters) {
                if (name == node.name)
                    counter = &value;
            }
            if (!counter) {
                TemplateValue start = m_variables.member(node.name);
                if (start.isNil())
                    start = TemplateValue(qint64(0));
                if (!start.isNumber()) {
                    fail(u"template-render"_s,
                         node.span,
                         Tr::tr("\"%1\" is %2, not a number").arg(node.name, typeName(start)));
                    return;
                }
                m_counters.append({node.name, start});
                m_bound = true;
                counter = &m_counters.last().second;
            }
            const bool up = node.kind == Node::Kind::Increment;
            const TemplateValue before = *counter;
            const TemplateValue after = before.isInt()
                                            ? TemplateValue(before.toInt() + (up ? 1 : -1))
                                            : TemplateValue(before.toDouble() + (up ? 1 : -1));
            *counter = after;
            write(node, TemplateValue((up ? before : after).text()), {});
            return;
        }
        }
    }

    /// Writes a value where it lands: typed or escaped in JSON, encoded in URLs, as text elsewhere.
    void write(const Node &node, const TemplateValue &value, QStringView lastFilter)
    {
        switch (m_mode) {
        case OutputContext::Text:
        case OutputContext::Header:
            appendText(*m_out, value);
            return;
        case OutputContext::Url:
            if (m_urlState < UrlPath) {
                fail(u"personalization"_s,
                     node.span,
                     Tr::tr("a value cannot be part of the URL's scheme or host; put it in the "
                            "path or the query"));
                return;
            }
            if (m_urlState == UrlPath && (m_out->isEmpty() || m_out->back() == u'/')) {
                // "." and ".." segments are removed on the way out, even encoded as %2E.
                const QString text = value.text();
                if (text == u"." || text == u"..") {
                    fail(u"personalization"_s,
                         node.span,
                         Tr::tr("the value \"%1\" would be a \".\" or \"..\" path segment, which "
                                "changes the path")
                             .arg(text));
                    return;
                }
            }
            if (lastFilter == u"url_encode")
                appendText(*m_out, value); // already encoded
            else
                appendUrlComponent(*m_out, value.text());
            return;
        case OutputContext::Json:
            break;
        }
        if (m_jsonState == JsonOutside) {
            if (!m_out->isEmpty() && joinsJsonToken(m_out->back()))
                m_cacheable = false;
            const qsizetype start = m_out->size();
            if (lastFilter == u"json" && value.isString())
                m_out->append(value.string()); // the json filter's output is JSON already
            else if (value.isRange() && value.size() > m_limits.maxOutputLength)
                return failRange(node.span);
            else
                appendJsonValue(*m_out, value);
            const bool isString = m_out->size() > start && m_out->at(start) == u'"';
            mix(node.id, isString ? Emitted::TypedString : Emitted::TypedOther);
            m_valueEnds = true;
            return;
        }
        if (m_jsonState != JsonInString)
            m_cacheable = false; // right after a backslash: only a full parse can tell
        mix(node.id, Emitted::InString);
        if (value.isString()) {
            appendJsonStringContent(*m_out, value.string());
        } else if (value.isInt()) {
            appendInteger(*m_out, value.toInt());
        } else {
            if (value.isRange() && value.size() > m_limits.maxOutputLength)
                return failRange(node.span);
            appendJsonStringContent(*m_out, value.text());
        }
    }

    void failRange(const Span &span)
    {
        fail(u"template-limit"_s,
             span,
             Tr::tr("a range of more than %1 numbers").arg(m_limits.maxOutputLength));
    }

    void assign(const QString &name, TemplateValue &&value)
    {
        globalScope();
        m_bound = true;
        for (auto &[key, existing] : m_scopes.front()) {
            if (key == name) {
                existing = std::move(value);
                return;
            }
        }
        m_scopes.front().emplace_back(name, std::move(value));
    }

    /// Scope 0 holds what assign and capture bind; made on first use, as most renders bind
    /// nothing.
    void globalScope()
    {
        if (m_scopes.empty())
            m_scopes.emplace_back();
    }

    ValueRef lookupRoot(QStringView name, const Hint *hint) const
    {
        if (m_bound)
            return lookupBound(name, hint);
        return lookupVariable(name, hint);
    }

    ValueRef lookupVariable(QStringView name, const Hint *hint) const
    {
        if (!hint)
            return ValueRef(m_variables.find(name));
        int position = hint->value.load(std::memory_order_relaxed);
        const TemplateValue *value = m_variables.find(name, position);
        hint->value.store(position, std::memory_order_relaxed);
        return ValueRef(value);
    }

    /// Names bound by the template (assign, capture, for, increment) shadow the variables.
    ValueRef lookupBound(QStringView name, const Hint *hint) const
    {
        for (auto scope = m_scopes.crbegin(); scope != m_scopes.crend(); ++scope) {
            for (const auto &[key, value] : *scope) {
                if (key == name)
                    return ValueRef(&value);
            }
        }
        for (const auto &[key, value] : m_counters) {
            if (key == name)
                return ValueRef(&value);
        }
        return lookupVariable(name, hint);
    }

    /// One lookup step, as Liquid's VariableLookup takes it.
    static ValueRef step(const TemplateValue &object,
                         const TemplateValue &key,
                         bool command,
                         const Hint *hint)
    {
        if (object.isObject()) {
            if (key.isString()) {
                int position = hint ? hint->value.load(std::memory_order_relaxed) : -1;
                const TemplateValue *member = object.find(key.string(), position);
                if (hint)
                    hint->value.store(position, std::memory_order_relaxed);
                if (member)
                    return ValueRef(member);
            }
            if (command && key.isString()) {
                if (key.string() == u"size")
                    return TemplateValue(object.size());
                if (key.string() == u"first" && !object.members().isEmpty()) {
                    const auto &[name, value] = object.members().front();
                    return TemplateValue(TemplateValue::Array{TemplateValue(name), value});
                }
            }
            return {};
        }
        if (object.isArray() || object.isRange()) {
            if (key.isInt())
                return object.at(key.toInt());
            if (command && key.isString()) {
                if (key.string() == u"size")
                    return TemplateValue(object.size());
                if (key.string() == u"first")
                    return object.at(0);
                if (key.string() == u"last")
                    return object.at(-1);
            }
            return {};
        }
        if (command && key.isString() && key.string() == u"size") {
            if (object.isString()) {
                // Characters, as Ruby counts them: a surrogate pair is one.
                const QString &text = object.string();
                return TemplateValue(qint64(std::count_if(text.cbegin(), text.cend(), [](QChar c) {
                    return !c.isLowSurrogate();
                })));
            }
            if (object.isInt())
                return TemplateValue(qint64(sizeof(qint64))); // Ruby's Integer#size
        }
        return {};
    }

    ValueRef evaluate(const Expr &expr)
    {
        switch (expr.kind) {
        case Expr::Kind::Literal:
            return ValueRef(&expr.literal);
        case Expr::Kind::Empty:
        case Expr::Kind::Blank:
            return TemplateValue(QString());
        case Expr::Kind::Range: {
            // Literal bounds are converted leniently at parse time in Ruby (to_i); a variable
            // bound makes both strict.
            if (expr.first->kind == Expr::Kind::Literal && expr.last->kind == Expr::Kind::Literal) {
                const std::optional<qint64> first = rubyToI(expr.first->literal, expr.first->span);
                const std::optional<qint64> last = rubyToI(expr.last->literal, expr.last->span);
                if (!first || !last)
                    return {};
                return TemplateValue::range(*first, *last);
            }
            const std::optional<qint64> first = toInteger(*evaluate(*expr.first), expr.first->span);
            const std::optional<qint64> last = first ? toInteger(*evaluate(*expr.last),
                                                                 expr.last->span)
                                                     : std::nullopt;
            if (!first || !last)
                return {};
            return TemplateValue::range(*first, *last);
        }
        case Expr::Kind::Variable:
            break;
        }
        ValueRef object;
        size_t next = 0;
        if (expr.rootExpr) {
            const ValueRef name = evaluate(*expr.rootExpr);
            if (name->isString())
                object = lookupRoot(name->string(), nullptr);
        } else {
            // The common case, `user_properties.name`: constant keys into hashes, followed by
            // pointer without a copy. Anything else continues in the general loop below.
            const TemplateValue *value = &*lookupRoot(expr.root, &expr.rootHint);
            for (; next < expr.lookups.size(); ++next) {
                const Lookup &lookup = expr.lookups[next];
                if (lookup.dynamic || !value->isObject() || !lookup.key.isString())
                    break;
                int position = lookup.hint.value.load(std::memory_order_relaxed);
                const TemplateValue *member = value->find(lookup.key.string(), position);
                lookup.hint.value.store(position, std::memory_order_relaxed);
                if (!member)
                    break; // missing, or a command such as .size
                value = member;
            }
            object = ValueRef(value);
        }
        for (; next < expr.lookups.size(); ++next) {
            const Lookup &lookup = expr.lookups[next];
            if (object->isNil())
                return object;
            ValueRef next = lookup.dynamic
                                ? step(*object, *evaluate(*lookup.dynamic), false, nullptr)
                                : step(*object, lookup.key, lookup.command, &lookup.hint);
            // What is borrowed from a computed value must not outlive it.
            if (object.owned() && !next.owned())
                next = ValueRef(TemplateValue(*next));
            object = std::move(next);
        }
        return object;
    }

    /// Ruby's to_i for a literal: floats truncate, strings give their leading integer.
    std::optional<qint64> rubyToI(const TemplateValue &value, const Span &span)
    {
        if (value.isInt() || value.isFloat())
            return value.toInt();
        if (value.isNil())
            return 0;
        if (value.isString()) {
            const QString text = value.string().trimmed();
            qsizetype end = 0;
            if (end < text.size() && (text.at(end) == u'-' || text.at(end) == u'+'))
                ++end;
            while (end < text.size() && text.at(end).isDigit() && text.at(end).unicode() < 128)
                ++end;
            return text.left(end).toLongLong();
        }
        fail(u"template-render"_s, span, Tr::tr("invalid integer: %1").arg(value.text()));
        return std::nullopt;
    }

    /// Liquid's to_integer: integers and integer strings; anything else is an error.
    std::optional<qint64> toInteger(const TemplateValue &value, const Span &span)
    {
        if (m_error)
            return std::nullopt;
        if (value.isInt())
            return value.toInt();
        if (value.isString()) {
            bool ok = false;
            const qint64 number = value.string().trimmed().toLongLong(&ok);
            if (ok)
                return number;
        }
        fail(u"template-render"_s, span, Tr::tr("invalid integer: %1").arg(value.text()));
        return std::nullopt;
    }

    ValueRef evaluate(const Output &output)
    {
        ValueRef ref = evaluate(output.expr);
        if (output.filters.empty())
            return ref;
        TemplateValue value = std::move(ref).take();
        for (const FilterApplication &filter : output.filters) {
            if (m_error)
                return {};
            QList<TemplateValue> args;
            QList<std::pair<QString, TemplateValue>> named;
            if (!filter.constant) {
                for (const Expr &arg : filter.args)
                    args.append(evaluate(arg).take());
                for (const auto &[name, arg] : filter.named)
                    named.append({name, evaluate(arg).take()});
            }
            const QList<TemplateValue> &callArgs = filter.constant ? filter.constantArgs : args;
            const auto &callNamed = filter.constant ? filter.constantNamed : named;
            if (tooBig(value, filter.span))
                return {};
            for (const TemplateValue &arg : callArgs) {
                if (tooBig(arg, filter.span))
                    return {};
            }
            Result<TemplateValue> result = filter.spec->function(
                FilterCall{value, callArgs, callNamed, m_environment});
            if (!result) {
                fail(result.error().code.isEmpty() ? u"template-render"_s : result.error().code,
                     filter.span,
                     Tr::tr("filter \"%1\": %2")
                         .arg(filter.spec->name.toString(), result.error().message));
                return {};
            }
            value = std::move(result).value();
            m_work += value.isString() ? value.size() : value.isArray() ? value.size() : 1;
            if (m_work > m_limits.maxWork) {
                fail(u"template-limit"_s,
                     filter.span,
                     Tr::tr("the template does too much work (more than %1 characters made by "
                            "filters)")
                         .arg(m_limits.maxWork));
                return {};
            }
        }
        return value;
    }

    /// Ranges are expanded by filters; a huge one fails instead.
    bool tooBig(const TemplateValue &value, const Span &span)
    {
        if (value.isRange() && value.size() > m_limits.maxOutputLength) {
            failRange(span);
            return true;
        }
        return false;
    }

    bool equalValues(const Expr &leftExpr,
                     const TemplateValue &left,
                     const Expr &rightExpr,
                     const TemplateValue &right)
    {
        // `x == empty` asks x whether it is empty; `blank` is never equal in Ruby's Liquid
        // without ActiveSupport, and neither are two of them.
        auto special = [](const Expr &expr) {
            return expr.kind == Expr::Kind::Empty || expr.kind == Expr::Kind::Blank;
        };
        if (special(leftExpr) || special(rightExpr)) {
            if (special(leftExpr) && special(rightExpr))
                return false;
            const Expr &method = special(leftExpr) ? leftExpr : rightExpr;
            const TemplateValue &other = special(leftExpr) ? right : left;
            if (method.kind == Expr::Kind::Blank)
                return false;
            return (other.isString() || other.isArray() || other.isObject()) && other.size() == 0;
        }
        return left == right;
    }

    bool holds(const Condition &condition)
    {
        const ValueRef leftRef = evaluate(condition.left);
        const TemplateValue &left = *leftRef;
        if (condition.op == Comparison::None)
            return condition.left.kind == Expr::Kind::Empty
                   || condition.left.kind == Expr::Kind::Blank || left.truthy();
        const ValueRef rightRef = evaluate(condition.right);
        const TemplateValue &right = *rightRef;
        switch (condition.op) {
        case Comparison::Equal:
            return equalValues(condition.left, left, condition.right, right);
        case Comparison::NotEqual:
            return !equalValues(condition.left, left, condition.right, right);
        case Comparison::Contains: {
            if (!left.truthy() || !right.truthy())
                return false;
            if (left.isString())
                return left.string().contains(right.text());
            if (left.isArray()) {
                for (const TemplateValue &item : left.array()) {
                    if (item == right)
                        return true;
                }
                return false;
            }
            if (left.isObject())
                return right.isString() && left.find(right.string()) != nullptr;
            if (left.isRange())
                return right.isNumber() && right.toDouble() >= double(left.rangeFirst())
                       && right.toDouble() <= double(left.rangeLast());
            return false;
        }
        default:
            break;
        }
        int order = 0;
        if (left.isNumber() && right.isNumber()) {
            if (left.isInt() && right.isInt())
                order = left.toInt() < right.toInt() ? -1 : left.toInt() > right.toInt() ? 1 : 0;
            else if (std::isnan(left.toDouble()) || std::isnan(right.toDouble()))
                return false;
            else
                order = left.toDouble() < right.toDouble()   ? -1
                        : left.toDouble() > right.toDouble() ? 1
                                                             : 0;
        } else if (left.isString() && right.isString()) {
            order = compareCodePoints(left.string(), right.string());
        } else if ((left.isNumber() && right.isString()) || (left.isString() && right.isNumber())) {
            fail(u"template-render"_s,
                 condition.left.span,
                 Tr::tr("cannot compare %1 with %2").arg(typeName(left), typeName(right)));
            return false;
        } else {
            return false;
        }
        switch (condition.op) {
        case Comparison::Less:
            return order < 0;
        case Comparison::Greater:
            return order > 0;
        case Comparison::LessEqual:
            return order <= 0;
        case Comparison::GreaterEqual:
            return order >= 0;
        default:
            return false;
        }
    }

    /// A chain of conditions: `a and b or c` is `a and (b or c)`, as Liquid evaluates it.
    bool holds(const std::vector<Condition> &chain)
    {
        for (const Condition &condition : chain) {
            const bool result = holds(condition);
            if (m_error)
                return false;
            if (condition.join == Condition::Join::Or && result)
                return true;
            if (condition.join == Condition::Join::And && !result)
                return false;
            if (condition.join == Condition::Join::None)
                return result;
        }
        return false;
    }

    void renderIf(const Node &node)
    {
        bool first = true;
        for (const Node::Branch &branch : node.branches) {
            bool taken = branch.conditions.empty() || holds(branch.conditions);
            if (m_error)
                return;
            if (first && node.negateFirst)
                taken = !taken;
            first = false;
            if (taken) {
                renderBlock(branch.body);
                return;
            }
        }
    }

    void renderCase(const Node &node)
    {
        const ValueRef subjectRef = evaluate(node.subject);
        const TemplateValue &subject = *subjectRef;
        bool matched = false;
        for (const Node::When &when : node.whens) {
            if (when.values.empty()) {
                if (!matched)
                    renderBlock(when.body);
            } else {
                // Every matching value renders its body, as in Liquid.
                for (const Expr &expr : when.values) {
                    if (equalValues(node.subject, subject, expr, *evaluate(expr))) {
                        matched = true;
                        renderBlock(when.body);
                    }
                    if (m_error || m_interrupt != Interrupt::None)
                        return;
                }
            }
            if (m_error || m_interrupt != Interrupt::None)
                return;
        }
    }

    void renderFor(const Node &node)
    {
        const TemplateValue collection = evaluate(node.collection).take();
        qint64 from = 0;
        if (node.offsetContinue) {
            from = m_forOffsets.value(node.loopKey);
        } else if (node.offset) {
            const TemplateValue value = evaluate(*node.offset).take();
            if (!value.isNil()) {
                const std::optional<qint64> number = toInteger(value, node.offset->span);
                if (!number)
                    return;
                from = *number;
            }
        }
        std::optional<qint64> to;
        if (node.limit) {
            const TemplateValue value = evaluate(*node.limit).take();
            if (!value.isNil()) {
                const std::optional<qint64> number = toInteger(value, node.limit->span);
                if (!number)
                    return;
                to = saturatingAdd(*number, from);
            }
        }
        if (m_error)
            return;

        // The items the loop visits: index in [max(from, 0), to) of the collection.
        qint64 count = 0;
        TemplateValue::Array items;
        if (collection.isString()) {
            if (!collection.string().isEmpty())
                items.append(collection);
        } else if (collection.isArray() || collection.isRange() || collection.isObject()) {
            count = collection.size();
            const qint64 begin = std::max<qint64>(from, 0);
            const qint64 end = to ? std::min(*to, count) : count;
            if (end > begin && end - begin > m_limits.maxIterations - m_iterations) {
                fail(u"template-limit"_s,
                     node.span,
                     Tr::tr("loops ran more than %1 times").arg(m_limits.maxIterations));
                return;
            }
            for (qint64 i = begin; i < end; ++i) {
                if (collection.isObject()) {
                    const auto &[key, value] = collection.members().at(i);
                    items.append(TemplateValue(TemplateValue::Array{TemplateValue(key), value}));
                } else {
                    items.append(collection.at(i));
                }
            }
        }
        if (node.reversed)
            std::reverse(items.begin(), items.end());
        m_forOffsets[node.loopKey] = saturatingAdd(from, items.size());
        if (items.isEmpty()) {
            renderBlock(node.elseBody);
            return;
        }

        globalScope();
        m_scopes.emplace_back();
        m_bound = true;
        const TemplateValue parent = m_forloops.empty() ? TemplateValue() : m_forloops.back();
        const qint64 length = items.size();
        for (qint64 index = 0; index < length; ++index) {
            if (++m_iterations > m_limits.maxIterations) {
                fail(u"template-limit"_s,
                     node.span,
                     Tr::tr("loops ran more than %1 times").arg(m_limits.maxIterations));
                break;
            }
            auto &scope = m_scopes.back();
            scope.clear();
            scope.emplace_back(node.name, items.at(index));
            if (node.usesForloop) {
                TemplateValue forloop(TemplateValue::Members{
                    {u"name"_s, TemplateValue(node.loopKey)},
                    {u"length"_s, TemplateValue(length)},
                    {u"index"_s, TemplateValue(index + 1)},
                    {u"index0"_s, TemplateValue(index)},
                    {u"rindex"_s, TemplateValue(length - index)},
                    {u"rindex0"_s, TemplateValue(length - index - 1)},
                    {u"first"_s, TemplateValue(index == 0)},
                    {u"last"_s, TemplateValue(index == length - 1)},
                    {u"parentloop"_s, parent},
                });
                scope.emplace_back(u"forloop"_s, forloop);
                m_forloops.push_back(forloop);
            }
            renderBlock(node.body);
            if (node.usesForloop)
                m_forloops.pop_back();
            if (m_error)
                break;
            if (m_interrupt == Interrupt::Break) {
                m_interrupt = Interrupt::None;
                break;
            }
            m_interrupt = Interrupt::None;
        }
        m_scopes.pop_back();
    }

    enum class Interrupt : quint8 { None, Break, Continue };

    const Program &m_program;
    const QString &m_source;
    const TemplateLimits &m_limits;
    const TemplateValue &m_variables;
    OutputContext m_mode;
    FilterEnvironment m_environment;
    OutputBuffer *m_out = nullptr;
    std::vector<std::vector<std::pair<QString, TemplateValue>>> m_scopes;
    QList<std::pair<QString, TemplateValue>> m_counters;
    QHash<QString, qint64> m_forOffsets;
    QHash<QString, qint64> m_cycles;
    std::vector<TemplateValue> m_forloops;
    Interrupt m_interrupt = Interrupt::None;
    qint64 m_iterations = 0;
    qint64 m_work = 0;
    quint8 m_jsonState = JsonOutside;
    quint8 m_urlState = UrlStart;
    bool m_cacheable = true;
    bool m_bound = false; ///< whether any name was bound yet (the common case: none)
    bool m_valueEnds = false;
    quint64 m_signature = 0xcbf29ce484222325ULL;
    std::optional<Error> m_error;
};

} // namespace

QString TemplateDiagnostic::text() const
{
    return Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

Result<Template> Template::compile(const QString &source,
                                   OutputContext context,
                                   const TemplateLimits &limits)
{
    ParseOutcome parsed = TemplateProgram::parse(source, limits.maxDepth);
    if (parsed.failure)
        return Error{u"template-syntax"_s,
                     located(source, parsed.failure->span.offset, parsed.failure->message),
                     QString::number(parsed.failure->span.offset)};
    computeTransitions(parsed.program->root);
    if (context == OutputContext::Url) {
        if (const std::optional<ParseFailure> problem = urlHostProblem(*parsed.program))
            return Error{u"template-syntax"_s,
                         located(source, problem->span.offset, problem->message),
                         QString::number(problem->span.offset)};
    }
    Template result;
    result.m_source = source;
    result.m_context = context;
    result.m_limits = limits;
    result.m_usesDate = usesFilter(parsed.program->root, u"date");
    result.m_program = std::move(parsed.program);
    result.m_jsonCache = std::make_shared<JsonCache>();
    return result;
}

QList<TemplateDiagnostic> Template::check(const QString &source,
                                          OutputContext context,
                                          const VariableCatalogue *catalogue)
{
    QList<TemplateDiagnostic> diagnostics;
    auto add = [&](TemplateDiagnostic::Severity severity, const Span &span, const QString &message) {
        const LineColumn at = lineColumn(source, span.offset);
        diagnostics.append({severity,
                            at.line,
                            at.column,
                            span.offset,
                            std::max<qsizetype>(1, span.length),
                            message});
    };
    const ParseOutcome parsed = TemplateProgram::parse(source, TemplateLimits().maxDepth);
    if (parsed.failure) {
        add(TemplateDiagnostic::Severity::Error, parsed.failure->span, parsed.failure->message);
        return diagnostics;
    }
    if (context == OutputContext::Url) {
        computeTransitions(parsed.program->root);
        if (const std::optional<ParseFailure> problem = urlHostProblem(*parsed.program)) {
            add(TemplateDiagnostic::Severity::Error, problem->span, problem->message);
            return diagnostics;
        }
    }
    if (!catalogue)
        return diagnostics;
    for (const auto &[path, span] : parsed.program->reads) {
        const QString &root = path.first();
        if (root == u"forloop" || parsed.program->boundNames.contains(root))
            continue;
        if (const std::optional<QString> problem = catalogue->problem(path))
            add(TemplateDiagnostic::Severity::Warning, span, *problem);
    }
    return diagnostics;
}

Result<QString> Template::render(const QJsonObject &variables) const
{
    return render(TemplateValue::fromJson(variables));
}

Result<QString> Template::render(const TemplateValue &variables) const
{
    Renderer renderer(*m_program, m_source, m_context, m_limits, variables);
    if (m_usesDate) {
        const TemplateValue now = variables.member(u"now");
        QDateTime time = now.isString() ? QDateTime::fromString(now.string(), Qt::ISODateWithMs)
                                        : QDateTime();
        renderer.setNow(time.isValid() ? time : QDateTime::currentDateTimeUtc());
    }
    OutputBuffer buffer(m_source.size() + 64);
    if (!renderer.run(buffer))
        return renderer.error();
    QString out = std::move(buffer).take();

    if (m_context == OutputContext::Header) {
        for (const QChar c : std::as_const(out)) {
            if (c == u'\r' || c == u'\n' || c == QChar(0))
                return Error{u"personalization"_s,
                             Tr::tr(
                                 "a header value may not contain a line break or NUL character")};
        }
    }
    if (m_context == OutputContext::Json) {
        const bool cacheable = renderer.cacheable();
        if (cacheable && m_jsonCache->contains(renderer.signature()))
            return out;
        if (QStringView(out).trimmed().isEmpty())
            return out;
        if (const std::optional<JsonProblem> problem = findJsonProblem(out)) {
            const LineColumn where = lineColumn(out, problem->offset);
            return Error{u"personalization"_s,
                         Tr::tr("the rendered body is not valid JSON: %1 at line %2, column %3")
                             .arg(problem->message)
                             .arg(where.line)
                             .arg(where.column)};
        }
        if (cacheable)
            m_jsonCache->insert(renderer.signature());
    }
    return out;
}

QStringList Template::variables() const
{
    QStringList names;
    for (const auto &[path, span] : m_program->reads) {
        if (path.first() == u"forloop" || m_program->boundNames.contains(path.first()))
            continue;
        const QString name = path.join(u'.');
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace Hookflow
