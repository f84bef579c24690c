// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// RFC 4180 CSV, shared by sample-user import and static cohorts.
namespace Hookflow::Csv {

/// One record as raw bytes, with the physical line it starts on.
struct Record
{
    int line = 0;
    qsizetype begin = 0;
    qsizetype end = 0;
    QList<QByteArray> fields;
    QString error; ///< a structural problem (unterminated quote, text after a closing quote)
};

/// Splits CSV text into records; blank lines are skipped, LF, CRLF and a lone CR end a line.
/// Works on bytes: the delimiters are ASCII and never occur inside a multi-byte UTF-8 sequence,
/// so invalid UTF-8 stays confined to the fields that hold it.
QList<Record> split(const QByteArray &text);

} // namespace Hookflow::Csv
