// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qsci/qscilexercustom.h>

#include <QByteArrayView>
#include <QColor>
#include <QFont>
#include <QList>

namespace Hookflow {

/// Highlights personalization templates for the template editor: Liquid's `{{ … }}` outputs and
/// `{% … %}` tags everywhere (variables, filters, keywords and literals inside them), and, for
/// a JSON body, the JSON around them with keys distinct from string values. Folds JSON objects
/// and arrays and `{% if %}`/`{% for %}`-style blocks. Works on the editor's UTF-8 bytes, so the
/// positions it reports are QScintilla positions.
class TemplateLexer final : public QsciLexerCustom
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateLexer)

public:
    enum Style {
        Default = 0,
        JsonKey,
        JsonString,
        JsonNumber,
        JsonKeyword, ///< true, false, null
        JsonPunctuation,
        OutputDelimiter, ///< `{{`, `}}` (with their whitespace-control dashes)
        OutputVariable,
        OutputFilter,
        OutputKeyword,
        OutputLiteral,
        OutputOperator, ///< also the whitespace inside the placeholder
        TagDelimiter,   ///< `{%`, `%}`
        TagName,        ///< `if`, `for`, `endif`, `assign` …
        TagVariable,
        TagFilter,
        TagKeyword,
        TagLiteral,
        TagOperator,
        Comment, ///< `{% comment %}…{% endcomment %}` and `{% # … %}`
        Raw,     ///< the inside of `{% raw %}…{% endraw %}`
        StyleCount
    };

    /// Where a position of the template lies, for completion.
    enum class Region { Outside, JsonString, Output, Tag, Comment, Raw };

    /// One run of bytes with one style.
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int style = Default;
    };

    /// What scanning a template gives.
    struct Scan
    {
        QList<Span> spans;                  ///< cover the text, in order
        QList<int> foldLevels;              ///< one per line, Scintilla's SC_FOLDLEVEL* encoding
        Region endRegion = Region::Outside; ///< where the end of the text lies
        bool endAfterPipe = false;          ///< the end is in filter-name position (after `|`)
        bool endAtTagName = false;          ///< the end is where an unclosed tag's name goes
    };

    explicit TemplateLexer(QObject *parent = nullptr);
    ~TemplateLexer() override;

    /// JSON lexing on (a body) or off (URL, header, text: only the placeholders).
    void setJson(bool json);
    bool isJson() const { return m_json; }

    /// Colours for a dark or a light editor background.
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }

    /// The text colour of `style` on a dark or a light background (for views that show JSON
    /// the way the editor does).
    static QColor themeColor(int style, bool dark);

    /// Scans UTF-8 template text.
    static Scan scan(QByteArrayView text, bool json);

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;
    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;
    bool defaultEolFill(int style) const override;
    const char *wordCharacters() const override;

private:
    void applyTheme();
    void restyle();

    bool m_json = true;
    bool m_dark = false;
};

} // namespace Hookflow
