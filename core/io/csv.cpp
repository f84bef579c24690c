// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QCoreApplication>

namespace Hookflow::Csv {

QList<Record> split(const QByteArray &text)
{
    QList<Record> records;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    const auto lineBreakAt = [&](qsizetype at) {
        // Returns the length of the line break at `at` (0 when there is none).
        if (at >= n)
            return 0;
        if (text.at(at) == '\n')
            return 1;
        if (text.at(at) == '\r')
            return at + 1 < n && text.at(at + 1) == '\n' ? 2 : 1;
        return 0;
    };
    while (pos < n) {
        if (const int lineBreak = lineBreakAt(pos)) { // a blank line
            pos += lineBreak;
            ++line;
            continue;
        }
        Record record;
        record.line = line;
        record.begin = pos;
        for (;;) {
            QByteArray field;
            if (pos < n && text.at(pos) == '"') {
                const int openLine = line;
                bool closed = false;
                ++pos;
                while (pos < n) {
                    const char c = text.at(pos);
                    if (c == '"') {
                        if (pos + 1 < n && text.at(pos + 1) == '"') {
                            field.append('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (const int lineBreak = lineBreakAt(pos)) {
                        field.append(text.mid(pos, lineBreak));
                        pos += lineBreak;
                        ++line;
                        continue;
                    }
                    field.append(c);
                    ++pos;
                }
                if (!closed && record.error.isEmpty())
                    record.error = QCoreApplication::translate("UserImport",
                                                               "the quoted field opened on line %1 "
                                                               "is never closed")
                                       .arg(openLine);
                if (closed && pos < n && text.at(pos) != ',' && !lineBreakAt(pos)
                    && record.error.isEmpty())
                    record.error = QCoreApplication::translate(
                                       "UserImport",
                                       "unexpected text after the closing quote "
                                       "of field %1")
                                       .arg(record.fields.size() + 1);
            }
            // Unquoted text (or whatever follows a closing quote) runs to the next delimiter.
            while (pos < n && text.at(pos) != ',' && !lineBreakAt(pos)) {
                field.append(text.at(pos));
                ++pos;
            }
            record.fields.append(field);
            if (pos < n && text.at(pos) == ',') {
                ++pos;
                continue;
            }
            record.end = pos;
            if (const int lineBreak = lineBreakAt(pos)) {
                pos += lineBreak;
                ++line;
            }
            break;
        }
        records.append(std::move(record));
    }
    return records;
}

} // namespace Hookflow::Csv
