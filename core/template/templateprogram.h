// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The compiled form of a template: a tree the parser builds once and the renderer walks per
// user. Internal to core/template.

#include "templatefilters.h"
#include "templatevalue.h"

#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace Hookflow::TemplateProgram {

/// Where in the source a piece of markup is, for diagnostics.
struct Span
{
    qsizetype offset = 0;
    qsizetype length = 0;
};

struct Expr;

/// Where a lookup found its key last time, tried first next time (an inline cache: every user's
/// properties have the same shape). Shared by threads rendering one template, hence atomic.
struct Hint
{
    Hint() = default;
    Hint(const Hint &other)
        : value(other.value.load(std::memory_order_relaxed))
    {}
    Hint &operator=(const Hint &other)
    {
        value.store(other.value.load(std::memory_order_relaxed), std::memory_order_relaxed);
        return *this;
    }
    mutable std::atomic<int> value{-1};
};

/// One step of a variable lookup: `.name`, `["name"]`, `[0]` or `[expr]`.
struct Lookup
{
    TemplateValue key;             ///< a constant key (string or integer)
    std::unique_ptr<Expr> dynamic; ///< `[expr]` with a non-constant expression
    bool command = false;          ///< `.size`, `.first`, `.last` may call the method
    Hint hint;
};

/// An expression: a literal, a variable with lookups, or a range.
struct Expr
{
    enum class Kind : quint8 { Literal, Variable, Range, Empty, Blank };
    Kind kind = Kind::Literal;
    TemplateValue literal;
    QString root; ///< the variable's first name (empty with rootExpr)
    Hint rootHint;
    std::unique_ptr<Expr> rootExpr; ///< `[expr].x`: the first name computed
    std::vector<Lookup> lookups;
    std::unique_ptr<Expr> first, last; ///< a range's bounds
    Span span;
};

struct FilterApplication
{
    const FilterSpec *spec = nullptr;
    std::vector<Expr> args;
    std::vector<std::pair<QString, Expr>> named;
    Span span;
    /// Arguments that are all literals are evaluated once, when the template compiles.
    bool constant = false;
    QList<TemplateValue> constantArgs;
    QList<std::pair<QString, TemplateValue>> constantNamed;
};

/// `expr | filter: args | …`, as in `{{ }}`, `assign` and `echo`.
struct Output
{
    Expr expr;
    std::vector<FilterApplication> filters;
    bool empty = false; ///< `{{ }}` prints nothing
    Span span;
};

enum class Comparison : quint8 {
    None,
    Equal,
    NotEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    Contains
};

/// `a`, or `a op b`; conditions chain with `and`/`or`, evaluated from the right as Liquid does.
struct Condition
{
    Expr left;
    Comparison op = Comparison::None;
    Expr right;
    enum class Join : quint8 { None, And, Or } join = Join::None;
};

struct Node;
using Block = std::vector<Node>;

/// Output contexts track where literal text leaves them; a transition table per text node makes
/// that O(1) at render time.
constexpr int JsonStates = 7; ///< outside, in string, escape, \u + 1…4 hex digits
constexpr int UrlStates = 7;  ///< start, after ':', after ':/', authority, path, query, fragment

struct Node
{
    enum class Kind : quint8 {
        Text,
        Output,
        If, ///< also unless (negated first branch)
        Case,
        For,
        Assign,
        Capture,
        Break,
        Continue,
        Cycle,
        Increment,
        Decrement,
    };
    Kind kind = Kind::Text;
    int id = 0; ///< unique per node, for the JSON validity cache

    // Text
    QString text;
    bool raw = false;   ///< from {% raw %}: kept as it is, even in blank blocks
    bool blank = false; ///< if/case/for: nothing but whitespace, assign and capture inside
    std::array<quint8, JsonStates> jsonNext{};
    std::array<quint8, UrlStates> urlNext{};

    // Output, Assign (value), Cycle (values as outputs without filters)
    Output output;

    // If / unless: branches of conditions (each a chain), then an else block
    struct Branch
    {
        std::vector<Condition> conditions; ///< empty for else
        Block body;
    };
    std::vector<Branch> branches;
    bool negateFirst = false; ///< unless

    // Case
    Expr subject;
    struct When
    {
        std::vector<Expr> values; ///< empty for else
        Block body;
    };
    std::vector<When> whens;

    // For: name, collection, limit, offset, reversed, body, else (in branches[0..1])
    QString name; ///< for, assign, capture, increment, decrement, cycle group
    Expr collection;
    std::unique_ptr<Expr> limit;
    std::unique_ptr<Expr> offset;
    bool offsetContinue = false;
    bool reversed = false;
    bool usesForloop = false;
    QString loopKey; ///< `offset: continue` remembers positions under this name
    Block body;
    Block elseBody;

    // Cycle
    std::vector<Expr> cycleValues;
    Expr cycleGroup;
    bool hasCycleGroup = false;

    Span span;
};

/// A whole compiled template.
struct Program
{
    Block root;
    int nodeCount = 0;
    /// Names the template itself binds (assign, capture, for); the others come from the
    /// variables passed in, which lets the renderer skip its scopes for them.
    QStringList boundNames;
    /// Every variable path the template reads with constant lookups, e.g.
    /// "user_properties.name", with where it is read.
    std::vector<std::pair<QStringList, Span>> reads;
};

} // namespace Hookflow::TemplateProgram
