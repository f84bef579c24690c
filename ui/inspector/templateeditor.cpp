// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/templateeditor.h"

#include "inspector/templatelexer.h"
#include "inspector/variablepicker.h"
#include "template/templatefilters.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr int MarginLines = 0;
constexpr int MarginSymbols = 1;
constexpr int MarginFold = 2;
constexpr int CheckDelayMs = 250;
constexpr char CompletionSeparator = '\n';
constexpr char CompletionTypeSeparator = '\x1e'; // never in a variable path

/// Margin symbols drawn here, so that they look the same on every platform and theme.
QImage markerImage(bool error, qreal devicePixelRatio)
{
    const int size = 12;
    QImage image(QSize(size, size) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    if (error) {
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    } else {
        painter.setBrush(QColor(0xf2, 0xa1, 0x00));
        QPainterPath triangle;
        triangle.moveTo(size / 2.0, 0.5);
        triangle.lineTo(size - 0.5, size - 0.5);
        triangle.lineTo(0.5, size - 0.5);
        triangle.closeSubpath();
        painter.drawPath(triangle);
    }
    painter.setPen(
        QPen(error ? Qt::white : QColor(0x20, 0x20, 0x20), 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(size / 2.0, error ? 3.0 : 4.0), QPointF(size / 2.0, 7.0));
    painter.drawPoint(QPointF(size / 2.0, 9.3));
    return image;
}

bool isPathChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
           || c == '.' || c == '-' || u >= 0x80;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_-]*$"_s);
    return identifier.match(name).hasMatch();
}

bool sameDiagnostics(const QList<TemplateDiagnostic> &a, const QList<TemplateDiagnostic> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.severity == y.severity && x.offset == y.offset && x.length == y.length
               && x.message == y.message;
    });
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new TemplateLexer(this))
    , m_picker(new VariablePicker(this))
    , m_variableButton(new QToolButton(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(u"templateEditor"_s);
    setUtf8(true);
    setEolMode(EolUnix);
    setLexer(m_lexer);
    setTabWidth(2);
    setIndentationsUseTabs(false);
    setAutoIndent(true);
    setBraceMatching(SloppyBraceMatch);
    setWrapMode(WrapWord);
    setWrapVisualFlags(WrapFlagByBorder);
    setWrapIndentMode(WrapIndentIndented);
    setAutoCompletionSource(AcsNone); // completion is driven by handleCharAdded()

    setMarginType(MarginLines, NumberMargin);
    setMarginLineNumbers(MarginLines, true);
    setMarginType(MarginSymbols, SymbolMargin);
    setMarginWidth(MarginSymbols, 16);
    setMarginMarkerMask(MarginSymbols, (1 << ErrorMarker) | (1 << WarningMarker));
    setMarginMarkerMask(MarginLines, 0);
    setFolding(BoxedTreeFoldStyle, MarginFold);
    markerDefine(markerImage(true, devicePixelRatioF()), ErrorMarker);
    markerDefine(markerImage(false, devicePixelRatioF()), WarningMarker);

    indicatorDefine(SquiggleIndicator, ErrorIndicator);
    indicatorDefine(SquiggleIndicator, WarningIndicator);
    setIndicatorForegroundColor(QColor(0xe0, 0x30, 0x30), ErrorIndicator);
    setIndicatorForegroundColor(QColor(0xe0, 0x9a, 0x00), WarningIndicator);

    SendScintilla(SCI_AUTOCSETSEPARATOR, static_cast<unsigned long>(CompletionSeparator));
    SendScintilla(SCI_AUTOCSETTYPESEPARATOR, static_cast<unsigned long>(CompletionTypeSeparator));
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1UL);
    SendScintilla(SCI_AUTOCSETORDER, 1UL); // SC_ORDER_PERFORMSORT
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 10UL);
    SendScintilla(SCI_AUTOCSETMAXWIDTH, 0UL);

    m_variableButton->setObjectName(u"insertVariableButton"_s);
    m_variableButton->setText(u"{…}"_s);
    m_variableButton->setToolTip(tr("Insert a variable (Ctrl+Shift+Space)"));
    m_variableButton->setAutoRaise(true);
    m_variableButton->setCursor(Qt::ArrowCursor);
    m_variableButton->setFocusPolicy(Qt::NoFocus);
    connect(m_variableButton, &QToolButton::clicked, this, &TemplateEditor::showVariablePicker);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &TemplateEditor::checkNow);

    connect(this, &QsciScintilla::textChanged, this, &TemplateEditor::handleTextChanged);
    connect(this, &QsciScintilla::linesChanged, this, &TemplateEditor::updateLineNumberWidth);
    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &TemplateEditor::handleCharAdded);
    connect(this,
            &QsciScintillaBase::SCN_AUTOCCOMPLETED,
            this,
            [this](const char *selection, int position, int, int) {
                handleCompletionDone(selection, position);
            });
    connect(this, &QsciScintilla::userListActivated, this, &TemplateEditor::handleUserList);
    connect(this,
            &QsciScintillaBase::SCN_AUTOCSELECTIONCHANGE,
            this,
            [this](const char *selection, int id, int) {
                if (id == 0) // the completion list, not "Insert variable…"
                    showCompletionDetail(selection);
            });
    connect(this, &QsciScintillaBase::SCN_AUTOCCANCELLED, this, [] { QToolTip::hideText(); });
    connect(m_picker, &VariablePicker::variableChosen, this, &TemplateEditor::insertVariable);

    applyPalette();
    updateLineNumberWidth();
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::setOutputContext(OutputContext context)
{
    m_context = context;
    m_lexer->setJson(context == OutputContext::Json);
    setFolding(context == OutputContext::Json ? BoxedTreeFoldStyle : NoFoldStyle, MarginFold);
    applyFoldColours();
    setWrapMode(context == OutputContext::Json ? WrapWord : WrapCharacter);
    m_checkTimer->start();
}

void TemplateEditor::setCatalogue(const VariableCatalogue &catalogue)
{
    m_catalogue = catalogue;
    m_picker->setCatalogue(catalogue);
    m_checkTimer->start();
}

QString TemplateEditor::templateText() const
{
    return text();
}

void TemplateEditor::setTemplateText(const QString &text)
{
    if (text == templateText())
        return;
    // Keep the view where it was (an undo from the main window replaces the text).
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    const long firstLine = SendScintilla(SCI_GETFIRSTVISIBLELINE);
    m_programmatic = true;
    setText(text);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    m_programmatic = false;
    long restored = std::min<long>(position, length());
    if (restored > 0) // never inside a multi-byte character
        restored = SendScintilla(SCI_POSITIONAFTER,
                                 static_cast<unsigned long>(
                                     SendScintilla(SCI_POSITIONBEFORE,
                                                   static_cast<unsigned long>(restored))));
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(restored));
    SendScintilla(SCI_SETFIRSTVISIBLELINE, static_cast<unsigned long>(firstLine));
    m_pendingBrace = -1;
}

void TemplateEditor::handleTextChanged()
{
    m_checkTimer->start();
    if (!m_programmatic)
        emit templateEdited(templateText());
}

int TemplateEditor::bytePosition(qsizetype utf16Offset) const
{
    const QString source = templateText();
    return int(QStringView(source)
                   .left(std::clamp<qsizetype>(utf16Offset, 0, source.size()))
                   .toUtf8()
                   .size());
}

void TemplateEditor::checkNow()
{
    m_checkTimer->stop();
    // Without sample data every property would look unknown; warn only against real samples.
    const VariableCatalogue *catalogue = m_catalogue.entries().isEmpty() ? nullptr : &m_catalogue;
    const QList<TemplateDiagnostic> found = Template::check(templateText(), m_context, catalogue);
    const bool changed = !sameDiagnostics(found, m_diagnostics);
    m_diagnostics = found;
    updateMarks();
    if (changed)
        emit diagnosticsChanged();
}

void TemplateEditor::updateMarks()
{
    const int length = this->length();
    for (int indicator : {ErrorIndicator, WarningIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator));
        SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, static_cast<long>(length));
    }
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(WarningMarker);
    m_marks.clear();
    for (const TemplateDiagnostic &diagnostic : std::as_const(m_diagnostics)) {
        const bool error = diagnostic.severity == TemplateDiagnostic::Severity::Error;
        Mark mark;
        mark.diagnostic = diagnostic;
        mark.start = bytePosition(diagnostic.offset);
        mark.end = bytePosition(diagnostic.offset + diagnostic.length);
        if (mark.end <= mark.start) { // at the very end: underline the last character
            mark.end = mark.start;
            mark.start = std::max(0, mark.start - 1);
        }
        mark.line = int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(mark.start)));
        SendScintilla(SCI_SETINDICATORCURRENT,
                      static_cast<unsigned long>(error ? ErrorIndicator : WarningIndicator));
        SendScintilla(SCI_INDICATORFILLRANGE,
                      static_cast<unsigned long>(mark.start),
                      static_cast<long>(mark.end - mark.start));
        markerAdd(mark.line, error ? ErrorMarker : WarningMarker);
        m_marks.append(mark);
    }
}

void TemplateEditor::updateLineNumberWidth()
{
    const int digits = std::max(2, int(QString::number(lines()).size()));
    setMarginWidth(MarginLines, QString(digits + 1, u'9'));
}

void TemplateEditor::applyPalette()
{
    const QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    m_lexer->setDarkTheme(dark);
    const QColor paper = m_lexer->defaultPaper(TemplateLexer::Default);
    const QColor ink = m_lexer->defaultColor(TemplateLexer::Default);
    setPaper(paper);
    setColor(ink);
    setCaretForegroundColor(ink);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(dark ? paper.lighter(125) : QColor(0xf4, 0xf6, 0xf8));
    const QColor margin = dark ? paper.lighter(115) : QColor(0xf0, 0xf0, 0xf0);
    setMarginsBackgroundColor(margin);
    setMarginsForegroundColor(dark ? QColor(0x85, 0x85, 0x85) : QColor(0x80, 0x80, 0x80));
    setFoldMarginColors(margin, margin);
    setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(dark ? QColor(0x3a, 0x5a, 0x3a) : QColor(0xc8, 0xf0, 0xc8));
    setMatchedBraceForegroundColor(ink);
    setUnmatchedBraceForegroundColor(QColor(0xe0, 0x30, 0x30));
    setUnmatchedBraceBackgroundColor(paper);
    setCallTipsBackgroundColor(palette.color(QPalette::ToolTipBase));
    setCallTipsForegroundColor(palette.color(QPalette::ToolTipText));
    SendScintilla(SCI_STYLESETBACK, static_cast<unsigned long>(STYLE_LINENUMBER), margin);
    applyFoldColours();
}

void TemplateEditor::applyFoldColours()
{
    // setFolding() draws white boxes with black lines, glaring on a dark background.
    const bool dark = m_lexer->isDarkTheme();
    const QColor fill = m_lexer->defaultPaper(TemplateLexer::Default);
    const QColor lines = dark ? QColor(0x90, 0x90, 0x90) : QColor(0x70, 0x70, 0x70);
    for (int marker = int(SC_MARKNUM_FOLDEREND); marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        setMarkerForegroundColor(fill, marker);
        setMarkerBackgroundColor(lines, marker);
    }
}

void TemplateEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void TemplateEditor::resizeEvent(QResizeEvent *event)
{
    QsciScintilla::resizeEvent(event);
    m_variableButton->adjustSize();
    const QRect area = viewport()->geometry();
    m_variableButton->move(area.right() - m_variableButton->width() - 2, area.top() + 2);
    m_variableButton->raise();
}

void TemplateEditor::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Space && modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        showVariablePicker();
        return;
    }
    if (event->key() == Qt::Key_Space && modifiers == Qt::ControlModifier) {
        int prefix = 0;
        if (completionsAt(int(SendScintilla(SCI_GETCURRENTPOS)), &prefix).isEmpty())
            showVariablePicker();
        else
            showCompletions(true);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void TemplateEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *insert = new QAction(tr("Insert &Variable…"), menu);
    insert->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    connect(insert, &QAction::triggered, this, &TemplateEditor::showVariablePicker);
    menu->insertAction(menu->actions().value(0), insert);
    menu->insertSeparator(menu->actions().value(1));
    menu->popup(event->globalPos());
}

bool TemplateEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QsciScintilla::viewportEvent(event);
}

QString TemplateEditor::toolTipAt(const QPoint &point) const
{
    int marginsWidth = 0;
    for (int margin = 0; margin < margins(); ++margin)
        marginsWidth += marginWidth(margin);
    QStringList messages;
    if (point.x() < marginsWidth) {
        const long position = SendScintilla(SCI_POSITIONFROMPOINT,
                                            static_cast<unsigned long>(marginsWidth),
                                            static_cast<long>(point.y()));
        const long line = SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position));
        for (const Mark &mark : m_marks) {
            if (mark.line == line)
                messages.append(mark.diagnostic.message);
        }
    } else {
        const long position = SendScintilla(SCI_POSITIONFROMPOINTCLOSE,
                                            static_cast<unsigned long>(point.x()),
                                            static_cast<long>(point.y()));
        if (position < 0)
            return {};
        for (const Mark &mark : m_marks) {
            if (position >= mark.start && position <= mark.end)
                messages.append(mark.diagnostic.message);
        }
    }
    return messages.join(u'\n');
}

QByteArray TemplateEditor::textBefore(int position) const
{
    QByteArray text = bytes(0, position);
    text.truncate(position);
    return text;
}

QString TemplateEditor::variableExpression(const QString &path)
{
    static const QStringList propertyRoots{u"user_properties"_s,
                                           u"event_properties"_s,
                                           u"secrets"_s};
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0 || !propertyRoots.contains(path.left(dot)))
        return path;
    const QString name = path.mid(dot + 1);
    if (isIdentifier(name))
        return path;
    // Liquid strings have no escapes: quote with whichever quote the name does not contain.
    const QChar quote = name.contains(u'"') ? u'\'' : u'"';
    return path.left(dot) + u'[' + quote + name + quote + u']';
}

QStringList TemplateEditor::completionsAt(int position, int *prefixLength) const
{
    const QByteArray before = textBefore(position);
    qsizetype start = before.size();
    while (start > 0 && isPathChar(before.at(start - 1)))
        --start;
    // A leading '-' belongs to the delimiter ("{{-name").
    while (start < before.size() && before.at(start) == '-')
        ++start;
    const QByteArray prefix = before.mid(start);
    const TemplateLexer::Scan scan = TemplateLexer::scan(QByteArrayView(before).first(start),
                                                         m_context == OutputContext::Json);
    if (scan.endRegion != TemplateLexer::Region::Output
        && scan.endRegion != TemplateLexer::Region::Tag)
        return {};
    const QString typed = QString::fromUtf8(prefix);
    QStringList items;
    if (scan.endAtTagName) {
        static const QStringList tags{u"assign"_s,  u"break"_s,      u"capture"_s,
                                      u"case"_s,    u"comment"_s,    u"continue"_s,
                                      u"cycle"_s,   u"decrement"_s,  u"echo"_s,
                                      u"else"_s,    u"elsif"_s,      u"endcapture"_s,
                                      u"endcase"_s, u"endcomment"_s, u"endfor"_s,
                                      u"endif"_s,   u"endraw"_s,     u"endunless"_s,
                                      u"for"_s,     u"if"_s,         u"increment"_s,
                                      u"raw"_s,     u"unless"_s,     u"when"_s};
        for (const QString &tag : tags) {
            if (tag.startsWith(typed, Qt::CaseInsensitive))
                items.append(tag);
        }
    } else if (scan.endAfterPipe) {
        for (const QString &name : TemplateFilters::names()) {
            if (name.startsWith(typed, Qt::CaseInsensitive))
                items.append(name);
        }
    } else {
        // A number or an operator is not the start of a variable.
        if (!prefix.isEmpty()
            && !(std::isalpha(static_cast<unsigned char>(prefix.at(0))) || prefix.at(0) == '_'
                 || prefix.at(0) < 0))
            return {};
        for (const CatalogueEntry &entry : m_catalogue.entries()) {
            const QString expression = variableExpression(entry.path);
            if (expression.startsWith(typed, Qt::CaseInsensitive) && !items.contains(expression))
                items.append(expression);
        }
    }
    if (prefixLength)
        *prefixLength = int(prefix.size());
    std::sort(items.begin(), items.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return items;
}

void TemplateEditor::showCompletions(bool explicitRequest)
{
    const int position = int(SendScintilla(SCI_GETCURRENTPOS));
    int prefix = 0;
    const QStringList items = completionsAt(position, &prefix);
    if (items.isEmpty()) {
        if (SendScintilla(SCI_AUTOCACTIVE))
            SendScintilla(SCI_AUTOCCANCEL);
        m_shownCompletions.clear();
        return;
    }
    // A single exact match needs no list unless asked for.
    if (!explicitRequest && items.size() == 1
        && items.first().toUtf8() == textBefore(position).right(prefix)) {
        SendScintilla(SCI_AUTOCCANCEL);
        m_shownCompletions.clear();
        return;
    }
    m_shownCompletions = items;
    const QByteArray list = items.join(QChar::fromLatin1(CompletionSeparator)).toUtf8();
    SendScintilla(SCI_AUTOCSHOW, static_cast<unsigned long>(prefix), list.constData());
}

void TemplateEditor::handleCharAdded(int character)
{
    if (SendScintilla(SCI_GETSELECTIONSTART) != SendScintilla(SCI_GETSELECTIONEND))
        return;
    const int position = int(SendScintilla(SCI_GETCURRENTPOS));
    const QByteArray before = textBefore(position);
    if (character == '{' && !before.endsWith("{{")) {
        const TemplateLexer::Scan scan = TemplateLexer::scan(QByteArrayView(before).first(
                                                                 before.size() - 1),
                                                             m_context == OutputContext::Json);
        if (scan.endRegion == TemplateLexer::Region::Output
            || scan.endRegion == TemplateLexer::Region::Tag
            || scan.endRegion == TemplateLexer::Region::Raw
            || scan.endRegion == TemplateLexer::Region::Comment)
            return;
        // Outside a JSON body's strings a '{' opens an object, and Enter after it must start a
        // new line, not open the picker; "{{" there still completes variables.
        if (m_context == OutputContext::Json && scan.endRegion != TemplateLexer::Region::JsonString)
            return;
        m_pendingBrace = position - 1;
        const QByteArray list = tr("Insert variable…").toUtf8();
        SendScintilla(SCI_USERLISTSHOW,
                      static_cast<unsigned long>(InsertVariableList),
                      list.constData());
        return;
    }
    if (character == '{' || character == '-' || character == '|' || character == '.'
        || character == '_' || character >= 0x80 || std::isalnum(character)
        || (character == ' ' && (before.endsWith("| ") || before.endsWith("{{ ")))) {
        showCompletions(false);
    } else if (SendScintilla(SCI_AUTOCACTIVE)) {
        SendScintilla(SCI_AUTOCCANCEL);
    }
}

void TemplateEditor::handleCompletionDone(const char *, int)
{
    QToolTip::hideText();
    closeOpenPlaceholder();
}

QString TemplateEditor::completionDetail(const QString &item) const
{
    for (const CatalogueEntry &entry : m_catalogue.entries()) {
        if (variableExpression(entry.path) != item)
            continue;
        const QString examples = VariableListModel::examplesText(entry);
        QString detail = examples.isEmpty() ? entry.type : tr("%1 — %2").arg(entry.type, examples);
        if (!entry.description.isEmpty())
            detail += u'\n' + entry.description;
        return detail;
    }
    if (const FilterSpec *filter = TemplateFilters::find(item)) {
        QString detail;
        if (filter->maxArgs == 0)
            detail = tr("filter without arguments");
        else if (filter->minArgs == filter->maxArgs)
            detail = tr("filter with %n argument(s)", nullptr, filter->minArgs);
        else if (filter->minArgs == 0)
            detail = tr("filter with up to %n argument(s)", nullptr, filter->maxArgs);
        else
            detail = tr("filter with %1 to %2 arguments").arg(filter->minArgs).arg(filter->maxArgs);
        if (!filter->namedArgs.isEmpty())
            detail = tr("%1; options: %2").arg(detail, filter->namedArgs.join(u", "_s));
        return detail;
    }
    return {};
}

void TemplateEditor::showCompletionDetail(const char *selection)
{
    const QString detail = completionDetail(QString::fromUtf8(selection));
    if (detail.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Above the line being typed, because the list opens below it.
    const unsigned long position = static_cast<unsigned long>(SendScintilla(SCI_GETCURRENTPOS));
    const int x = int(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, static_cast<long>(position)));
    const int y = int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, static_cast<long>(position)));
    QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y - 3 * fontMetrics().height())),
                       detail,
                       viewport());
}

void TemplateEditor::closeOpenPlaceholder()
{
    // After a completion in a placeholder the user typed a moment ago, close it: "{{name" gets
    // its "}}" unless something already follows the name ("}}", a filter, an argument).
    const int position = int(SendScintilla(SCI_GETCURRENTPOS));
    const TemplateLexer::Scan scan = TemplateLexer::scan(textBefore(position),
                                                         m_context == OutputContext::Json);
    if (scan.endRegion != TemplateLexer::Region::Output)
        return;
    const int length = this->length();
    QByteArray after = bytes(position, std::min(length, position + 64));
    after.truncate(std::min(length, position + 64) - position);
    const QByteArray rest = after.trimmed();
    if (rest.startsWith("}}") || rest.startsWith("-}}") || rest.startsWith('|')
        || rest.startsWith(':') || rest.startsWith(','))
        return;
    SendScintilla(SCI_INSERTTEXT, static_cast<unsigned long>(position), "}}");
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(position + 2));
}

void TemplateEditor::handleUserList(int id, const QString &)
{
    if (id == InsertVariableList)
        showVariablePicker();
}

QPoint TemplateEditor::caretGlobalPosition() const
{
    const unsigned long position = static_cast<unsigned long>(SendScintilla(SCI_GETCURRENTPOS));
    const int x = int(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, static_cast<long>(position)));
    const int y = int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, static_cast<long>(position)));
    const int lineHeight = int(SendScintilla(SCI_TEXTHEIGHT, 0UL));
    return viewport()->mapToGlobal(QPoint(x, y + lineHeight));
}

void TemplateEditor::showVariablePicker()
{
    if (SendScintilla(SCI_AUTOCACTIVE))
        SendScintilla(SCI_AUTOCCANCEL);
    m_picker->popup(caretGlobalPosition());
}

void TemplateEditor::insertVariable(const QString &path)
{
    setFocus(Qt::OtherFocusReason);
    const QString expression = variableExpression(path);
    int position = int(SendScintilla(SCI_GETCURRENTPOS));
    // Replace the '{' that offered "Insert variable…" when the cursor is still right after it.
    if (m_pendingBrace >= 0 && m_pendingBrace == position - 1
        && SendScintilla(SCI_GETCHARAT, static_cast<unsigned long>(m_pendingBrace)) == '{') {
        SendScintilla(SCI_SETSEL,
                      static_cast<unsigned long>(m_pendingBrace),
                      static_cast<long>(position));
        position = m_pendingBrace;
    }
    m_pendingBrace = -1;
    const TemplateLexer::Scan scan = TemplateLexer::scan(textBefore(position),
                                                         m_context == OutputContext::Json);
    const bool inMarkup = scan.endRegion == TemplateLexer::Region::Output
                          || scan.endRegion == TemplateLexer::Region::Tag;
    const QByteArray text = (inMarkup ? expression : u"{{"_s + expression + u"}}"_s).toUtf8();
    beginUndoAction();
    SendScintilla(SCI_REPLACESEL, 0UL, text.constData());
    endUndoAction();
}

} // namespace Hookflow
