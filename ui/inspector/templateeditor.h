// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "template/template.h"
#include "template/variablecatalogue.h"

#include <Qsci/qsciscintilla.h>

#include <QList>
#include <QStringList>

class QTimer;
class QToolButton;

namespace Hookflow {

class TemplateLexer;
class VariablePicker;

/// The editor for one personalization template (a URL, a header value or a JSON body): JSON and
/// placeholder highlighting, the `{...}` variable picker (a button, Ctrl+Shift+Space, the context
/// menu, or `{` then "Insert variable…" where a `{` cannot open a JSON object), completion of
/// variable paths after `{{`, tag names after `{%` and filter names after `|`, brace matching,
/// folding, and the template's problems as squiggles and margin markers (checked 250 ms after
/// the last change) with the message as a tooltip.
class TemplateEditor final : public QsciScintilla
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)

public:
    /// Indicator numbers of the squiggles (QScintilla positions; 0-7 belong to lexers).
    static constexpr int ErrorIndicator = 8;
    static constexpr int WarningIndicator = 9;
    /// Marker numbers of the margin symbols.
    static constexpr int ErrorMarker = 0;
    static constexpr int WarningMarker = 1;
    /// The id of the "Insert variable…" user list that typing `{` offers.
    static constexpr int InsertVariableList = 1;

    explicit TemplateEditor(QWidget *parent = nullptr);
    ~TemplateEditor() override;

    void setOutputContext(OutputContext context);
    OutputContext outputContext() const { return m_context; }
    /// The variables offered by the picker and completion, and checked for unknown names.
    void setCatalogue(const VariableCatalogue &catalogue);
    const VariableCatalogue &catalogue() const { return m_catalogue; }

    QString templateText() const;
    /// Replaces the text without emitting templateEdited() and clears QScintilla's own undo
    /// history (the document's undo stack is the one that counts). Setting the text the editor
    /// already shows does nothing, so the cursor stays where the user is typing.
    void setTemplateText(const QString &text);

    /// The problems found by the last check.
    QList<TemplateDiagnostic> diagnostics() const { return m_diagnostics; }
    /// Checks the template now instead of after the debounce delay.
    void checkNow();

    /// Opens the `{...}` variable picker under the cursor.
    void showVariablePicker();
    /// Inserts a variable at the cursor: `{{path}}`, or just the path inside a placeholder.
    void insertVariable(const QString &path);
    /// How `path` is written inside a placeholder: `user_properties.name`, or
    /// `user_properties["phone number"]` for a name that is not an identifier.
    static QString variableExpression(const QString &path);

    /// What completion offers at `position` (a QScintilla position): variable paths inside a
    /// placeholder, filter names after `|`, nothing elsewhere. `prefixLength` receives the
    /// length in bytes of the text before `position` that a choice replaces.
    QStringList completionsAt(int position, int *prefixLength = nullptr) const;
    /// What the tooltip beside the completion list says about `item`: the variable's type,
    /// example values and description, or a filter's arguments.
    QString completionDetail(const QString &item) const;
    /// The entries of the completion list shown last.
    QStringList shownCompletions() const { return m_shownCompletions; }

    VariablePicker *variablePicker() const { return m_picker; }
    TemplateLexer *templateLexer() const { return m_lexer; }
    QToolButton *variableButton() const { return m_variableButton; }

signals:
    /// The user changed the text (typing, pasting, undo, a picked variable); never for
    /// setTemplateText().
    void templateEdited(const QString &text);
    /// diagnostics() changed.
    void diagnosticsChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Mark
    {
        int start = 0; ///< QScintilla positions
        int end = 0;
        int line = 0;
        TemplateDiagnostic diagnostic;
    };

    void applyPalette();
    void applyFoldColours();
    void handleTextChanged();
    void handleCharAdded(int character);
    void handleCompletionDone(const char *selection, int position);
    void handleUserList(int id, const QString &text);
    void showCompletions(bool explicitRequest);
    void showCompletionDetail(const char *selection);
    void closeOpenPlaceholder();
    void updateMarks();
    void updateLineNumberWidth();
    QByteArray textBefore(int position) const;
    int bytePosition(qsizetype utf16Offset) const;
    QString toolTipAt(const QPoint &point) const;
    QPoint caretGlobalPosition() const;

    TemplateLexer *m_lexer;
    VariablePicker *m_picker;
    QToolButton *m_variableButton;
    QTimer *m_checkTimer;
    OutputContext m_context = OutputContext::Json;
    VariableCatalogue m_catalogue;
    QList<TemplateDiagnostic> m_diagnostics;
    QList<Mark> m_marks;
    QStringList m_shownCompletions;
    bool m_programmatic = false;
    bool m_completingVariable = false;
    int m_pendingBrace = -1; ///< the `{` typed before "Insert variable…", replaced by the pick
};

} // namespace Hookflow
