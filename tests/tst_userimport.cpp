// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/usergenerator.h"
#include "io/userimport.h"
#include "store/resultsdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

QStringList ids(const UserImport &imported)
{
    QStringList out;
    for (const SampleUser &user : imported.users)
        out.append(user.userId);
    return out;
}

QList<int> problemLines(const UserImport &imported)
{
    QList<int> out;
    for (const ImportProblem &problem : imported.problems)
        out.append(problem.line);
    return out;
}

/// The problems as "LINE: message", for failure messages.
QByteArray describe(const UserImport &imported)
{
    QStringList lines;
    for (const ImportProblem &problem : imported.problems)
        lines.append(u"%1: %2"_s.arg(problem.line).arg(problem.message));
    return lines.join(u" | "_s).toUtf8();
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString fixture(const QString &name)
{
    return QStringLiteral(HOOKFLOW_TEST_DATA) + u"/users/"_s + name;
}

/// A user whose text exercises every escaping rule: quotes, backslash, newline, comma, emoji, Hangul.
SampleUser trickyUser()
{
    SampleUser user;
    user.userId = u"u-quotes"_s;
    user.properties = QJsonObject{{u"name"_s, u"Jane \"JJ\" O\\Brien\n😀 Smile"_s},
                                  {u"note"_s, u"a, b; \"c\"\r\nd"_s},
                                  {u"city"_s, u"서울"_s},
                                  {u"age"_s, 34},
                                  {u"score"_s, 2.75},
                                  {u"marketing_opt_in"_s, true},
                                  {u"tags"_s, QJsonArray{u"a"_s, 1}},
                                  {u"padded"_s, u"  spaced  "_s}};
    user.events.append(Event{u"login"_s,
                             QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC),
                             QJsonObject{{u"method"_s, u"카카오"_s}}});
    return user;
}

/// `data` written to `fileName` in `dir`; without data, `fileName` as it is (a file of the
/// project). Empty when the file cannot be written.
QString fixture(const QTemporaryDir &dir, const QString &fileName, const QByteArray &data)
{
    if (data.isEmpty())
        return fileName;
    const QString path = dir.filePath(fileName);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() ? path : QString();
}

} // namespace

/// Reading sample users from CSV, JSON arrays and JSON Lines: good rows kept, bad rows reported.
class TestUserImport : public QObject
{
    Q_OBJECT

private slots:
    void csv_data();
    void csv();
    void csvInference_data();
    void csvInference();
    void csvDuplicateMessageNamesFirstLine();
    void jsonArray_data();
    void jsonArray();
    void jsonLines_data();
    void jsonLines();
    void importFile_data();
    void importFile();
    void importFileFailures_data();
    void importFileFailures();
    void streamMatchesImportFile_data() { importFile_data(); }
    void streamMatchesImportFile();
    void streamFailures_data() { importFileFailures_data(); }
    void streamFailures();
    void streamReadsJsonLinesAsItGoes();
    void roundTrip_data();
    void roundTrip();
    void importIntoDatabase();
};

void TestUserImport::csv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("problems");

    QTest::newRow("untyped header") << "user_id,name,age\nu1,Jane,34\nu2,Kim,31\n"_ba
                                    << QStringList{u"u1"_s, u"u2"_s} << QList<int>{};
    QTest::newRow("typed header") << "user_id,name:string,age:number,vip:boolean,meta:json\n"
                                     "u1,Jane,34,true,\"{\"\"a\"\": 1}\"\n"_ba
                                  << QStringList{u"u1"_s} << QList<int>{};
    QTest::newRow("no trailing newline")
        << "user_id,name\nu1,Jane"_ba << QStringList{u"u1"_s} << QList<int>{};
    QTest::newRow("quoted commas, newlines and doubled quotes")
        << "user_id,name,note\n"
           "u1,\"O'Brien, Jane\",\"line one\nline two\"\n"
           "u2,\"say \"\"hi\"\"\",plain\n"
           "u3,too,many,fields\n"_ba
        << QStringList{u"u1"_s, u"u2"_s} << QList<int>{5};
    QTest::newRow("CRLF line endings") << "user_id,name\r\nu1,\"a\r\nb\"\r\nu2\r\nu3,c\r\n"_ba
                                       << QStringList{u"u1"_s, u"u3"_s} << QList<int>{4};
    QTest::newRow("byte order mark")
        << "\xEF\xBB\xBFuser_id,name\nu1,Jane\n"_ba << QStringList{u"u1"_s} << QList<int>{};
    QTest::newRow("wrong field counts") << "user_id,name\nu1,A\nu2\nu3,C,extra\nu4,D\n"_ba
                                        << QStringList{u"u1"_s, u"u4"_s} << QList<int>{3, 4};
    QTest::newRow("blank lines are skipped but counted")
        << "user_id,name\n\nu1,A\n\nu2,B,x\n"_ba << QStringList{u"u1"_s} << QList<int>{5};
    QTest::newRow("type mismatch") << "user_id,age:number,ok:boolean,v:version,j:json\n"
                                      "u1,abc,true,1.0,1\n"
                                      "u2,3,maybe,1.0,1\n"
                                      "u3,3,true,latest,1\n"
                                      "u4,3,true,1.0,{oops\n"
                                      "u5,4,false,2.4.0,[1]\n"_ba
                                   << QStringList{u"u5"_s} << QList<int>{2, 3, 4, 5};
    QTest::newRow("empty user_id")
        << "user_id,name\n,A\n  ,B\nu1,C\n"_ba << QStringList{u"u1"_s} << QList<int>{2, 3};
    QTest::newRow("duplicate user_id keeps the first")
        << "user_id,name\nu1,A\nu2,B\nu1,C\n"_ba << QStringList{u"u1"_s, u"u2"_s} << QList<int>{4};
    QTest::newRow("a skipped row does not reserve its id")
        << "user_id,age:number\nu1,x\nu1,3\n"_ba << QStringList{u"u1"_s} << QList<int>{2};
    QTest::newRow("invalid UTF-8") << "user_id,name\nu1,\xFF\xFE\nu2,\xC3\xA9\nu3,\xED\xA0\x80\n"_ba
                                   << QStringList{u"u2"_s} << QList<int>{2, 4};
    QTest::newRow("overlong UTF-8")
        << "user_id,name\nu1,\xC0\xAF\nu2,ok\n"_ba << QStringList{u"u2"_s} << QList<int>{2};
    QTest::newRow("unterminated quote runs to the end")
        << "user_id,name\nu1,ok\nu2,\"open\nu3,B\n"_ba << QStringList{u"u1"_s} << QList<int>{3};
    QTest::newRow("text after a closing quote")
        << "user_id,name\nu1,\"A\"x\nu2,B\n"_ba << QStringList{u"u2"_s} << QList<int>{2};
    QTest::newRow("events column") << "user_id,events\n"
                                      "u1,\"[{\"\"event_key\"\":\"\"login\"\",\"\"timestamp\"\":"
                                      "\"\"2026-11-20T09:30:00Z\"\"}]\"\n"
                                      "u2,\"[{\"\"timestamp\"\":\"\"2026-11-20T09:30:00Z\"\"}]\"\n"
                                      "u3,not json\n"
                                      "u4,\"{\"\"event_key\"\":\"\"login\"\"}\"\n"
                                      "u5,\n"_ba
                                   << QStringList{u"u1"_s, u"u5"_s} << QList<int>{3, 4, 5};
    QTest::newRow("header only") << "user_id,name\n"_ba << QStringList{} << QList<int>{};
    QTest::newRow("no user_id column") << "id,name\nu1,A\n"_ba << QStringList{} << QList<int>{1};
    QTest::newRow("unknown column type")
        << "user_id,age:int32\nu1,3\n"_ba << QStringList{} << QList<int>{1};
    QTest::newRow("duplicate column")
        << "user_id,name,name:string\nu1,A,B\n"_ba << QStringList{} << QList<int>{1};
    QTest::newRow("header after blank lines")
        << "\n\nuser_id,name\nu1,A\nu2\n"_ba << QStringList{u"u1"_s} << QList<int>{5};
    QTest::newRow("empty input") << QByteArray() << QStringList{} << QList<int>{1};
}

void TestUserImport::csv()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, problems);

    const UserImport imported = UserImporter::parseCsv(data);
    QVERIFY2(problemLines(imported) == problems, describe(imported));
    QCOMPARE(::ids(imported), ids);
    for (const ImportProblem &problem : imported.problems)
        QVERIFY(!problem.message.isEmpty());
}

void TestUserImport::csvInference_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QJsonObject>("properties");
    QTest::addColumn<int>("events");

    QTest::newRow("inferred types")
        << "user_id,age,score,neg,vip,off,name,phone,zip,version,big\n"
           "u1,31,2.5,-4,true,FALSE,Kim,+821012345678,007,2.5.1,12345678901234567890\n"_ba
        << object(R"({"age": 31, "score": 2.5, "neg": -4, "vip": true, "off": false, "name": "Kim",
                      "phone": "+821012345678", "zip": "007", "version": "2.5.1",
                      "big": "12345678901234567890"})")
        << 0;
    QTest::newRow("declared types")
        << "user_id,code:string,n:number,b:bool,meta:json,app_version:version,flag:boolean\n"
           "u1,123,1e3,yes,\"{\"\"a\"\": [1, 2]}\",2.5,0\n"_ba
        << object(
               R"({"code": "123", "n": 1000, "b": true, "meta": {"a": [1, 2]}, "app_version": "2.5",
                      "flag": false})")
        << 0;
    QTest::newRow("empty cells are absent")
        << "user_id,age,city,tags:json\nu1,,서울, \n"_ba << object(R"({"city": "서울"})") << 0;
    QTest::newRow("quoted text keeps its characters")
        << "user_id,name\nu1,\"Jane \"\"JJ\"\" O\\Brien\n😀 Smile\"\n"_ba
        << QJsonObject{{u"name"_s, u"Jane \"JJ\" O\\Brien\n😀 Smile"_s}} << 0;
    QTest::newRow("Korean text") << "user_id,name,city\nu1,김민지,서울\n"_ba
                                 << QJsonObject{{u"name"_s, u"김민지"_s}, {u"city"_s, u"서울"_s}}
                                 << 0;
    QTest::newRow("typed column names and spaces")
        << "user_id , age : number \nu1, 31 \n"_ba << object(R"({"age": 31})") << 0;
    QTest::newRow("events column")
        << "user_id,events\nu1,\"[{\"\"event_key\"\": \"\"login\"\", \"\"timestamp\"\": "
           "\"\"2026-11-20T09:30:00Z\"\"},"
           " {\"\"event_key\"\": \"\"purchase\"\", \"\"properties\"\": {\"\"price\"\": 12.5}}]\"\n"_ba
        << QJsonObject{} << 2;
}

void TestUserImport::csvInference()
{
    QFETCH(QByteArray, data);
    QFETCH(QJsonObject, properties);
    QFETCH(int, events);

    const UserImport imported = UserImporter::parseCsv(data);
    QVERIFY2(imported.problems.isEmpty(), describe(imported));
    QCOMPARE(imported.users.size(), 1);
    QCOMPARE(imported.users.first().userId, u"u1"_s);
    QCOMPARE(imported.users.first().properties, properties);
    QCOMPARE(imported.users.first().events.size(), events);
}

void TestUserImport::csvDuplicateMessageNamesFirstLine()
{
    const UserImport imported = UserImporter::parseCsv("user_id,name\nu1,\"a\nb\"\nu1,C\n"_ba);
    QCOMPARE(imported.problems.size(), 1);
    QCOMPARE(imported.problems.first(),
             (ImportProblem{4, u"user_id u1 already appears on line 2"_s}));
}

void TestUserImport::jsonArray_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("problems");

    QTest::newRow("pretty array")
        << "[\n  {\n    \"user_id\": \"u1\",\n    \"properties\": {\"age\": 3}\n  },\n"
           "  {\"user_id\": \"u2\"}\n]\n"_ba
        << QStringList{u"u1"_s, u"u2"_s} << QList<int>{};
    QTest::newRow("bad elements by start line")
        << "[\n  {\"user_id\": \"u1\"},\n  {\n    \"properties\": {}\n  },\n  42,\n  \"u3\",\n"
           "  [1, 2],\n  {\"user_id\": \"u2\", \"events\": {}},\n  {\"user_id\": \"u4\"}\n]"_ba
        << QStringList{u"u1"_s, u"u4"_s} << QList<int>{3, 6, 7, 8, 9};
    QTest::newRow("syntax error inside one element")
        << "[\n  {\"user_id\": \"u1\"},\n  {\n    \"user_id\": \"u2\"\n    \"properties\": {}\n  "
           "},\n"
           "  {\"user_id\": \"u3\"}\n]\n"_ba
        << QStringList{u"u1"_s, u"u3"_s} << QList<int>{3};
    QTest::newRow("invalid UTF-8 inside one element")
        << "[\n  {\"user_id\": \"u1\"},\n  {\n    \"user_id\": \"u2\",\n    \"properties\": "
           "{\"name\": \"\xFF\"}\n  },\n"
           "  {\"user_id\": \"u3\"}\n]\n"_ba
        << QStringList{u"u1"_s, u"u3"_s} << QList<int>{3};
    QTest::newRow("byte order mark and Korean")
        << "\xEF\xBB\xBF[{\"user_id\": \"u1\", \"properties\": {\"name\": \"김민지\"}}]"_ba
        << QStringList{u"u1"_s} << QList<int>{};
    QTest::newRow("duplicate ids") << "[\n{\"user_id\": \"u1\"},\n{\"user_id\": \"u1\"}\n]"_ba
                                   << QStringList{u"u1"_s} << QList<int>{3};
    QTest::newRow("numeric user_id")
        << "[{\"user_id\": 17}]"_ba << QStringList{u"17"_s} << QList<int>{};
    QTest::newRow("brackets inside strings")
        << "[{\"user_id\": \"u]1\", \"properties\": {\"x\": \"}{[\\\"\"}}]"_ba
        << QStringList{u"u]1"_s} << QList<int>{};
    QTest::newRow("empty array") << "[]"_ba << QStringList{} << QList<int>{};
    QTest::newRow("single object")
        << "{\n  \"user_id\": \"u1\"\n}\n"_ba << QStringList{u"u1"_s} << QList<int>{};
    QTest::newRow("JSON Lines in a .json file")
        << "{\"user_id\": \"u1\"}\n{\"user_id\": \"u2\"}\nnope\n"_ba
        << QStringList{u"u1"_s, u"u2"_s} << QList<int>{3};
    QTest::newRow("not JSON at all") << "user_id,name\nu1,A\n"_ba << QStringList{} << QList<int>{1};
    QTest::newRow("unterminated array")
        << "[\n  {\"user_id\": \"u1\"},\n  {\"user_id\": \"u2\"\n"_ba << QStringList{}
        << QList<int>{3};
    QTest::newRow("trailing comma")
        << "[\n{\"user_id\": \"u1\"},\n]"_ba << QStringList{} << QList<int>{3};
    QTest::newRow("text after the array")
        << "[{\"user_id\": \"u1\"}]\n[]"_ba << QStringList{} << QList<int>{2};
    QTest::newRow("mismatched bracket")
        << "[\n{\"user_id\": \"u1\"]\n]"_ba << QStringList{} << QList<int>{2};
}

void TestUserImport::jsonArray()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, problems);

    const UserImport imported = UserImporter::parseJson(data);
    QVERIFY2(problemLines(imported) == problems, describe(imported));
    QCOMPARE(::ids(imported), ids);
}

void TestUserImport::jsonLines_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("problems");

    QTest::newRow("good lines")
        << "{\"user_id\": \"u1\"}\n{\"user_id\": \"u2\", \"properties\": {\"name\": \"김민지\"}}\n"_ba
        << QStringList{u"u1"_s, u"u2"_s} << QList<int>{};
    QTest::newRow("bad lines")
        << "{\"user_id\": \"u1\"}\n\n{\"user_id\": \n[1]\n\"u9\"\n"
           "{\"properties\": {}}\n{\"user_id\": \"u2\", \"events\": [{}]}\n{\"user_id\": \"u3\"}\n"_ba
        << QStringList{u"u1"_s, u"u3"_s} << QList<int>{3, 4, 5, 6, 7};
    QTest::newRow("CRLF and byte order mark")
        << "\xEF\xBB\xBF{\"user_id\": \"u1\"}\r\n\r\n{\"user_id\": \"u2\"}\r\n"_ba
        << QStringList{u"u1"_s, u"u2"_s} << QList<int>{};
    QTest::newRow("invalid UTF-8")
        << "{\"user_id\": \"u1\", \"properties\": {\"n\": \"\xC3\"}}\n{\"user_id\": \"u2\"}\n"_ba
        << QStringList{u"u2"_s} << QList<int>{1};
    QTest::newRow("duplicate ids") << "{\"user_id\": \"u1\"}\n{\"user_id\": \"u1\"}\n"_ba
                                   << QStringList{u"u1"_s} << QList<int>{2};
    QTest::newRow("empty") << QByteArray() << QStringList{} << QList<int>{};
}

void TestUserImport::jsonLines()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, problems);

    const UserImport imported = UserImporter::parseJsonLines(data);
    QVERIFY2(problemLines(imported) == problems, describe(imported));
    QCOMPARE(::ids(imported), ids);
}

void TestUserImport::importFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data"); ///< written to a temporary file; empty: a fixture
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("problems");

    QTest::newRow("CSV fixture") << fixture(u"users.csv"_s) << QByteArray()
                                 << QStringList{u"u1"_s, u"u2"_s, u"u4"_s} << QList<int>{4};
    QTest::newRow("JSON fixture") << fixture(u"users.json"_s) << QByteArray()
                                  << QStringList{u"u1"_s, u"u2"_s} << QList<int>{9, 10, 15};
    QTest::newRow("JSONL fixture") << fixture(u"users.jsonl"_s) << QByteArray()
                                   << QStringList{u"u1"_s, u"u2"_s, u"u5"_s} << QList<int>{4, 5, 6};
    QTest::newRow(".ndjson") << u"users.ndjson"_s << "{\"user_id\": \"u1\"}\n"_ba
                             << QStringList{u"u1"_s} << QList<int>{};
    QTest::newRow("sniffed JSON array") << u"users.txt"_s << "\n  [{\"user_id\": \"u1\"}]"_ba
                                        << QStringList{u"u1"_s} << QList<int>{};
    QTest::newRow("sniffed JSON Lines")
        << u"users"_s << "{\"user_id\": \"u1\"}\n{\"user_id\": \"u2\"}\n"_ba
        << QStringList{u"u1"_s, u"u2"_s} << QList<int>{};
    QTest::newRow("sniffed CSV") << u"users.dat"_s << "\xEF\xBB\xBFuser_id,name\nu1,A\n"_ba
                                 << QStringList{u"u1"_s} << QList<int>{};
    QTest::newRow("extension in capitals")
        << u"USERS.CSV"_s << "user_id\nu1\n"_ba << QStringList{u"u1"_s} << QList<int>{};
}

void TestUserImport::importFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, problems);

    QTemporaryDir dir;
    const QString path = fixture(dir, fileName, data);
    QVERIFY(!path.isEmpty());
    const Result<UserImport> imported = UserImporter::importFile(path);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QVERIFY2(problemLines(*imported) == problems, describe(*imported));
    QCOMPARE(::ids(*imported), ids);
}

void TestUserImport::importFileFailures_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data"); ///< null: the file does not exist
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("place");

    QTest::newRow("missing file") << u"missing.csv"_s << QByteArray() << u"unreadable"_s
                                  << QString();
    QTest::newRow("empty file") << u"empty.json"_s << ""_ba << u"empty-file"_s << QString();
    QTest::newRow("only whitespace")
        << u"blank.jsonl"_s << "\n \n"_ba << u"empty-file"_s << QString();
    QTest::newRow("not JSON at all")
        << u"users.json"_s << "hello"_ba << u"invalid-users-file"_s << u"1:1"_s;
    QTest::newRow("broken JSON array")
        << u"users.json"_s << "[\n  {\"user_id\": \"u1\"},\n  \"open\n]"_ba
        << u"invalid-users-file"_s << u"3:3"_s;
    QTest::newRow("CSV without user_id")
        << u"users.csv"_s << "id,name\nu1,A\n"_ba << u"invalid-users-file"_s << u"1"_s;
    QTest::newRow("CSV header not UTF-8")
        << u"users.csv"_s << "user_id,n\xFF\nu1,A\n"_ba << u"invalid-users-file"_s << u"1"_s;
}

void TestUserImport::importFileFailures()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(QString, place);

    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    if (!data.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    const Result<UserImport> imported = UserImporter::importFile(path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, code);
    QCOMPARE(imported.error().detail, place);
    QVERIFY(!imported.error().message.isEmpty());
}

void TestUserImport::streamMatchesImportFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, problems);

    QTemporaryDir dir;
    const QString path = fixture(dir, fileName, data);
    QVERIFY(!path.isEmpty());
    Result<std::unique_ptr<UserStream>> stream = UserStream::open(path);
    QVERIFY2(stream.ok(), stream.ok() ? "" : qPrintable(stream.error().message));
    // Two at a time: the same users and the same skipped lines as a whole import.
    QStringList streamed;
    for (;;) {
        Result<QList<SampleUser>> batch = (*stream)->next(2);
        QVERIFY(batch.ok());
        QVERIFY(batch->size() <= 2);
        if (batch->isEmpty())
            break;
        for (const SampleUser &user : std::as_const(*batch))
            streamed.append(user.userId);
    }
    QCOMPARE(streamed, ids);
    QCOMPARE((*stream)->count(), qint64(ids.size()));
    QList<int> lines;
    for (const ImportProblem &problem : (*stream)->problems())
        lines.append(problem.line);
    QCOMPARE(lines, problems);
    QCOMPARE((*stream)->skipped(), qint64(problems.size()));
}

void TestUserImport::streamFailures()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QString, code);

    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    if (!data.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    const Result<std::unique_ptr<UserStream>> stream = UserStream::open(path);
    QVERIFY(!stream.ok());
    QCOMPARE(stream.error().code, code);
    QVERIFY(!stream.error().message.isEmpty());
}

void TestUserImport::streamReadsJsonLinesAsItGoes()
{
    // 5,000 users, every third line broken or repeated: users come out in order, each problem
    // has its line, and only the first UserStream::MaxProblems problems are kept.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.jsonl"_s);
    QByteArray data = "\xEF\xBB\xBF"_ba; // a byte order mark
    QStringList expected;
    QList<int> badLines;
    for (int line = 1; line <= 5000; ++line) {
        const QByteArray id = "u" + QByteArray::number(line);
        if (line % 3 == 0) {
            data += line % 2 ? "{\"user_id\": \"u1\"}\r\n"_ba : "{\"user_id\": \"broken\r\n"_ba;
            badLines.append(line);
            continue;
        }
        data += "{\"user_id\": \"" + id + "\", \"properties\": {\"n\": " + QByteArray::number(line)
                + "}}" + (line == 5000 ? "" : "\r\n");
        expected.append(QString::fromLatin1(id));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    Result<std::unique_ptr<UserStream>> stream = UserStream::open(path);
    QVERIFY(stream.ok());
    QStringList streamed;
    for (;;) {
        Result<QList<SampleUser>> batch = (*stream)->next(700);
        QVERIFY(batch.ok());
        if (batch->isEmpty())
            break;
        for (const SampleUser &user : std::as_const(*batch))
            streamed.append(user.userId);
    }
    QCOMPARE(streamed, expected);
    QCOMPARE((*stream)->skipped(), qint64(badLines.size()));
    QCOMPARE((*stream)->problems().size(), UserStream::MaxProblems);
    QCOMPARE((*stream)->problems().first().line, 3);
    QCOMPARE((*stream)->problems().last().line, badLines.at(UserStream::MaxProblems - 1));
    QVERIFY2((*stream)->problems().at(0).message.contains(u"u1"_s),
             qPrintable((*stream)->problems().at(0).message));
}

void TestUserImport::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("JSON array") << u"json"_s;
    QTest::newRow("JSON Lines") << u"jsonl"_s;
    QTest::newRow("CSV with typed headers") << u"csv"_s;
}

void TestUserImport::roundTrip()
{
    QFETCH(QString, format);

    // Generated users are mostly Korean: names, cities and product names round-trip as Hangul.
    QList<SampleUser> users = UserGenerator::generate(
        60, 7, QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC));
    users.prepend(trickyUser());

    UserImport imported;
    if (format == u"json"_s)
        imported = UserImporter::parseJson(UserExport::toJsonArray(users));
    else if (format == u"jsonl"_s)
        imported = UserImporter::parseJsonLines(UserExport::toJsonLines(users));
    else
        imported = UserImporter::parseCsv(UserExport::toCsv(users));
    QVERIFY2(imported.problems.isEmpty(), describe(imported));
    QCOMPARE(imported.users.size(), users.size());
    for (qsizetype i = 0; i < users.size(); ++i)
        QCOMPARE(imported.users.at(i), users.at(i));
}

void TestUserImport::importIntoDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<UserImport> imported = UserImporter::importFile(fixture(u"users.csv"_s));
    QVERIFY(imported.ok());
    QCOMPARE(imported->users.size(), 3);

    Result<std::unique_ptr<ResultsDatabase>> db = ResultsDatabase::open(
        dir.filePath(u"hookflow.db"_s));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    const Result<int> written = (*db)->upsertUsers(imported->users);
    QVERIFY(written.ok());
    QCOMPARE(*written, 3);
    QCOMPARE((*db)->userCount(), 3);

    const Result<QList<SampleUser>> stored = (*db)->users();
    QVERIFY(stored.ok());
    QCOMPARE(*stored, imported->users);
    const SampleUser &jane = stored->first();
    QCOMPARE(jane.properties.value(u"name"_s).toString(), u"Jane \"JJ\" O\\Brien, Jr."_s);
    QCOMPARE(jane.properties.value(u"age"_s).toDouble(), 34.0);
    QCOMPARE(jane.events.size(), 1);
    QCOMPARE(stored->at(1).properties.value(u"city"_s).toString(), u"서울"_s);

    // Importing again replaces by user_id instead of adding rows.
    QVERIFY((*db)->upsertUsers(imported->users).ok());
    QCOMPARE((*db)->userCount(), 3);
}

QTEST_GUILESS_MAIN(TestUserImport)
#include "tst_userimport.moc"
