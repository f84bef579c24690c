// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVariant>

/// Small helpers the inspector's editors share: they show a value from the document without
/// disturbing a widget that already shows it, so the one the user is typing in keeps its text,
/// cursor and undo history when the edit comes back from the document.
namespace Hookflow::EditorHelpers {

inline void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

inline void showText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

inline void showEditText(QComboBox *combo, const QString &text)
{
    if (combo->currentText() != text)
        combo->setEditText(text);
}

inline void showData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0 && combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

inline void showValue(QSpinBox *spin, int value)
{
    if (spin->value() != value)
        spin->setValue(value);
}

} // namespace Hookflow::EditorHelpers
