// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"
#include "util/result.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace Hookflow {

/// One row (CSV record, JSONL line, JSON array element) that was skipped, and why.
struct ImportProblem
{
    int line = 0;    ///< 1-based physical line where the row starts
    QString message; ///< translated
    bool operator==(const ImportProblem &) const = default;
};

/// What an import produced: the good users in file order, and one problem per skipped row.
struct UserImport
{
    QList<SampleUser> users;
    QList<ImportProblem> problems;
};

/// Reads sample users from CSV, a JSON array or JSON Lines (DESIGN §3). Bad rows are reported by
/// line and skipped; the good ones are kept. Input is UTF-8, with or without a byte order mark.
namespace UserImporter {

/// Picks the format by extension (.csv, .json, .jsonl/.ndjson), else by the first character
/// ('[' a JSON array, '{' JSON Lines, anything else CSV). An Error means nothing could be read:
/// the file is unreadable or empty, a JSON array is not well-formed, or a CSV header is unusable.
/// Its `detail` then holds the place as "LINE" or "LINE:COLUMN" when one is known.
Result<UserImport> importFile(const QString &path);

/// CSV (RFC 4180) with a header row holding a `user_id` column; `name:type` fixes a column's type
/// (string, number, boolean, json, version), otherwise each value's type is inferred. An optional
/// `events` column holds a JSON array of events. An unusable header is reported as a problem on
/// its line and no users are returned.
UserImport parseCsv(const QByteArray &data);

/// A JSON array of user objects; problems carry the line where each bad element starts. A single
/// top-level object is read as one user, and several objects one per line as JSON Lines.
UserImport parseJson(const QByteArray &data);

/// One user object per line; blank lines are ignored.
UserImport parseJsonLines(const QByteArray &data);

} // namespace UserImporter

/// The users of a run, handed out a batch at a time so that the run's memory does not grow with
/// its size: a JSON Lines file is read as it is consumed, one line at a time; CSV and JSON arrays
/// are parsed whole first (their structure needs it), and so is a list already in memory. Rows
/// that cannot be used are skipped and reported with their line, as by UserImporter.
class UserStream
{
public:
    /// At most this many problems are kept (all are counted).
    static constexpr int MaxProblems = 1000;

    /// Opens a users file in the formats of UserImporter::importFile, with the same errors.
    static Result<std::unique_ptr<UserStream>> open(const QString &path);
    static std::unique_ptr<UserStream> fromList(QList<SampleUser> users);

    /// Up to `max` more users; an empty list at the end. An Error when the file cannot be read
    /// any further.
    Result<QList<SampleUser>> next(int max);
    /// Users handed out so far.
    qint64 count() const { return m_count; }
    /// Rows skipped so far; the first MaxProblems of them are in problems().
    qint64 skipped() const { return m_skipped; }
    const QList<ImportProblem> &problems() const { return m_problems; }

private:
    UserStream() = default;
    void problem(int line, const QString &message);
    /// False when a row before had this user_id (kept as a 64-bit hash: 8 bytes a user).
    bool firstSighting(const QString &userId);

    QList<SampleUser> m_list; ///< the users of a file read whole, or of a list
    qsizetype m_next = 0;
    std::unique_ptr<QFile> m_file; ///< JSON Lines, read as it goes
    int m_line = 0;
    std::vector<quint64> m_seen; ///< sorted
    QSet<quint64> m_seenLately;  ///< merged into m_seen now and then
    qint64 m_count = 0;
    qint64 m_skipped = 0;
    QList<ImportProblem> m_problems;
};

/// Writes sample users in the formats UserImporter reads, so that what is written reads back equal.
namespace UserExport {

/// A pretty-printed JSON array (2-space indentation, one element per user, one line per event),
/// ending with a newline.
QByteArray toJsonArray(const QList<SampleUser> &users);

/// One compact JSON object per line.
QByteArray toJsonLines(const QList<SampleUser> &users);

/// CSV with a header: `user_id`, one typed column per property (`age:number`, `tier:string`, …,
/// in name order) and an `events` column holding each user's history as a JSON array.
QByteArray toCsv(const QList<SampleUser> &users);

} // namespace UserExport

} // namespace Hookflow
