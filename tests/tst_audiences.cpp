// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "engine/flowmatcher.h"
#include "engine/workspace.h"
#include "io/userimport.h"
#include "model/campaignformat.h"
#include "targeting/audiences.h"
#include "targeting/evaluator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

QString fixture(const QString &relative)
{
    return QStringLiteral(HOOKFLOW_TEST_DATA) + u"/audiences/"_s + relative;
}

/// Copies a fixture folder into `target` (created), so that every test works on its own copy.
bool copyTree(const QString &source, const QString &target)
{
    QDir().mkpath(target);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = QDir(target).filePath(QDir(source).relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).path());
        if (!QFile::copy(file, to))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

SampleUser makeUser(const QString &id,
                    const QJsonObject &properties,
                    const QList<Event> &events = {})
{
    SampleUser user;
    user.userId = id;
    user.properties = properties;
    user.events = events;
    return user;
}

Condition audienceCondition(KeyType type, const QString &name, MatchType match = MatchType::Match)
{
    Condition c;
    c.keyType = type;
    c.keyName = name;
    c.match = match;
    c.op = Operator::In;
    c.values = QJsonArray{true};
    return c;
}

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

/// The problems of one file (by its name), as "LINE:severity" strings in file order.
QStringList problemsOf(const Audiences &audiences, const QString &fileName)
{
    QStringList found;
    for (const AudienceProblem &p : audiences.problems()) {
        if (QFileInfo(p.file).fileName() == fileName)
            found.append(u"%1:%2"_s.arg(p.line).arg(p.isError() ? u"error"_s : u"warning"_s));
    }
    return found;
}

QString allProblems(const Audiences &audiences)
{
    QStringList lines;
    for (const AudienceProblem &p : audiences.problems())
        lines.append(p.format());
    return lines.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(Hookflow::KeyType)
Q_DECLARE_METATYPE(Hookflow::MatchType)

/// Segments and cohorts: loading a workspace's files, every problem they can have, membership,
/// and their use from the flow matcher and hookflow-cli.
class TestAudiences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingFoldersMeanNone();
    void membership_data();
    void membership();
    void segmentTraceExplains();
    void cycles_data();
    void cycles();
    void unknownReferenceIsReportedAtTheCondition();
    void brokenFilesAreReportedAndSkipped_data();
    void brokenFilesAreReportedAndSkipped();
    void staticCohortCsv_data();
    void staticCohortCsv();
    void dynamicCohortOnFixedClock_data();
    void dynamicCohortOnFixedClock();
    void flowMatcherUsesAudiences();
    void seededWorkspaceHasExamples();
    void cliMatchHonoursWorkspaceSegments();
    void cliRefusesUnknownSegment();
    void cliFireDryRunHonoursSegments();

private:
    Audiences loadFixture(const QString &name);
    QTemporaryDir m_dir;
    int m_copies = 0;
};

void TestAudiences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

Audiences TestAudiences::loadFixture(const QString &name)
{
    const QString folder = m_dir.filePath(u"%1-%2"_s.arg(name).arg(++m_copies));
    if (!copyTree(fixture(name), folder))
        qFatal("cannot copy the fixture %s", qPrintable(name));
    Result<Audiences> loaded = Audiences::load(folder);
    if (!loaded)
        qFatal("cannot load %s: %s", qPrintable(folder), qPrintable(loaded.error().message));
    return *loaded;
}

void TestAudiences::missingFoldersMeanNone()
{
    const Result<Audiences> none = Audiences::load(m_dir.filePath(u"no-such-workspace"_s));
    QVERIFY(none.ok());
    QVERIFY(none->segmentNames().isEmpty());
    QVERIFY(none->cohortNames().isEmpty());
    QVERIFY(none->problems().isEmpty());

    // A file where the folder should be cannot be listed: that is an Error, not "no segments".
    const QString odd = m_dir.filePath(u"odd-workspace"_s);
    QVERIFY(writeFile(odd + u"/segments"_s, "not a folder"));
    QVERIFY(!Audiences::load(odd).ok());
}

void TestAudiences::membership_data()
{
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<MatchType>("match");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<bool>("passes");

    const auto seg = KeyType::Segment;
    const auto coh = KeyType::Cohort;
    const auto in = MatchType::Match;
    const auto out = MatchType::NotMatch;
    QTest::newRow("segment: gold in Seoul is in seoul")
        << seg << u"seoul"_s << in << u"u1"_s << true;
    QTest::newRow("segment: Busan is not in seoul") << seg << u"seoul"_s << in << u"u3"_s << false;
    QTest::newRow("segment not_match: Busan") << seg << u"seoul"_s << out << u"u3"_s << true;
    QTest::newRow("segment not_match: Seoul") << seg << u"seoul"_s << out << u"u1"_s << false;
    QTest::newRow("nested: gold in Seoul") << seg << u"vip-seoul"_s << in << u"u1"_s << true;
    QTest::newRow("nested: vip in Seoul") << seg << u"vip-seoul"_s << in << u"u4"_s << true;
    QTest::newRow("nested: bronze in Seoul") << seg << u"vip-seoul"_s << in << u"u2"_s << false;
    QTest::newRow("nested: vip in Busan") << seg << u"vip-seoul"_s << in << u"u3"_s << false;
    QTest::newRow("nested: no tier at all") << seg << u"vip-seoul"_s << in << u"u5"_s << false;
    QTest::newRow("nested not_match inside a segment: u5")
        << seg << u"not-vip-seoul"_s << in << u"u5"_s << true;
    QTest::newRow("nested not_match inside a segment: u4")
        << seg << u"not-vip-seoul"_s << in << u"u4"_s << false;
    QTest::newRow("segment OR cohort: u3 via the cohort")
        << seg << u"beta-or-vip"_s << in << u"u3"_s << true;
    QTest::newRow("segment OR cohort: u4 via the segment")
        << seg << u"beta-or-vip"_s << in << u"u4"_s << true;
    QTest::newRow("segment OR cohort: u2 via neither")
        << seg << u"beta-or-vip"_s << in << u"u2"_s << false;
    QTest::newRow("unknown segment: match never holds")
        << seg << u"nobody"_s << in << u"u1"_s << false;
    QTest::newRow("unknown segment: not_match never holds either")
        << seg << u"nobody"_s << out << u"u1"_s << false;
    QTest::newRow("static cohort: listed") << coh << u"beta"_s << in << u"u3"_s << true;
    QTest::newRow("static cohort: not listed") << coh << u"beta"_s << in << u"u2"_s << false;
    QTest::newRow("static cohort not_match: not listed")
        << coh << u"beta"_s << out << u"u2"_s << true;
    QTest::newRow("unknown cohort: match") << coh << u"ghosts"_s << in << u"u1"_s << false;
    QTest::newRow("unknown cohort: not_match") << coh << u"ghosts"_s << out << u"u1"_s << false;
}

void TestAudiences::membership()
{
    QFETCH(KeyType, type);
    QFETCH(QString, name);
    QFETCH(MatchType, match);
    QFETCH(QString, userId);
    QFETCH(bool, passes);

    const Audiences audiences = loadFixture(u"workspace"_s);
    QVERIFY2(audiences.problems().isEmpty(), qPrintable(allProblems(audiences)));
    QCOMPARE(audiences.segmentNames(),
             (QStringList{u"beta-or-vip"_s, u"not-vip-seoul"_s, u"seoul"_s, u"vip-seoul"_s}));
    QCOMPARE(audiences.cohortNames(), (QStringList{u"beta"_s, u"repeat-buyers"_s}));

    const UserImport users = UserImporter::parseJson(
        Test::readFile(fixture(u"workspace/users.json"_s)));
    QVERIFY(users.problems.isEmpty());
    const SampleUser *user = nullptr;
    for (const SampleUser &u : users.users) {
        if (u.userId == userId)
            user = &u;
    }
    QVERIFY(user);
    const Event event{u"price_drop"_s, fixedNow, {}};
    const EvaluationContext context{user, &event, fixedNow, &audiences};
    const ConditionTrace trace = Evaluator::evaluate(audienceCondition(type, name, match), context);
    QVERIFY2(trace.passed == passes, qPrintable(trace.explanation));
    QVERIFY(!trace.explanation.isEmpty());

    // The API the evaluator uses answers the same.
    if (type == KeyType::Segment && audiences.hasSegment(name)) {
        const auto direct = audiences.evaluateSegment(name, context);
        QVERIFY(direct);
        QCOMPARE(direct->passed, match == MatchType::Match ? passes : !passes);
    }
    if (type == KeyType::Cohort && audiences.hasCohort(name))
        QCOMPARE(*audiences.inCohort(name, context), match == MatchType::Match ? passes : !passes);
    if (!audiences.hasSegment(name) && !audiences.hasCohort(name)) {
        QVERIFY(!audiences.evaluateSegment(name, context));
        QVERIFY(!audiences.inCohort(name, context));
        QVERIFY(audiences.referenceProblem(audienceCondition(type, name)).has_value());
    }
}

void TestAudiences::segmentTraceExplains()
{
    const Audiences audiences = loadFixture(u"workspace"_s);
    const SampleUser user = makeUser(u"u2"_s, {{u"tier"_s, u"bronze"_s}, {u"city"_s, u"서울"_s}});
    const EvaluationContext context{&user, nullptr, fixedNow, &audiences};
    const auto trace = audiences.evaluateSegment(u"vip-seoul"_s, context);
    QVERIFY(trace);
    QVERIFY(!trace->passed);
    QCOMPARE(trace->rules.size(), 1);
    QCOMPARE(trace->rules.first().conditions.size(), 2);
    // Which condition failed, and with what value: the segment's own trace says it.
    QVERIFY(!trace->rules.first().conditions.at(0).passed);
    QCOMPARE(trace->rules.first().conditions.at(0).seen, u"bronze"_s);
    QVERIFY(trace->rules.first().conditions.at(1).passed);
    QCOMPARE(audiences.segmentTitle(u"vip-seoul"_s), u"VIPs in Seoul"_s);
    QCOMPARE(audiences.segmentTitle(u"not-vip-seoul"_s), u"not-vip-seoul"_s);
    QCOMPARE(audiences.cohortSize(u"beta"_s), qsizetype(2));
    QVERIFY(!audiences.cohortSize(u"repeat-buyers"_s));
}

void TestAudiences::cycles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a segment naming itself") << u"self.segment.json"_s << u"self → self"_s;
    QTest::newRow("two segments and a cohort, from the first")
        << u"a.segment.json"_s << u"a → b → c → a"_s;
    QTest::newRow("two segments and a cohort, from the second")
        << u"b.segment.json"_s << u"b → c → a → b"_s;
    QTest::newRow("two segments and a cohort, from the cohort")
        << u"c.cohort.json"_s << u"c → a → b → c"_s;
}

void TestAudiences::cycles()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);

    const Audiences audiences = loadFixture(u"cycles"_s);
    // Every member of a loop is reported at its own file, at the condition that starts the loop.
    const AudienceProblem *problem = nullptr;
    for (const AudienceProblem &p : audiences.problems()) {
        if (QFileInfo(p.file).fileName() == fileName && p.message.contains(u"refers to itself"_s))
            problem = &p;
    }
    QVERIFY2(problem, qPrintable(allProblems(audiences)));
    QVERIFY(problem->isError());
    QVERIFY2(problem->message.contains(expected), qPrintable(problem->message));
    QVERIFY(QFileInfo(problem->file).isAbsolute() || problem->file.contains(u'/'));
    QCOMPARE(problem->line, fileName.endsWith(u".cohort.json"_s) ? 3 : 6);
    QVERIFY(problem->column > 0);
    QCOMPARE(problem->path,
             fileName.endsWith(u".cohort.json"_s) ? u"$.rules[0][0]"_s : u"$.rules[0][1]"_s);
    QVERIFY(problem->format().startsWith(problem->file + u":%1:"_s.arg(problem->line)));

    // Loops are left out; what merely refers to one still loads and says why it never holds.
    QCOMPARE(audiences.segmentNames(), (QStringList{u"d"_s, u"fine"_s}));
    QVERIFY(audiences.cohortNames().isEmpty());
    QCOMPARE(problemsOf(audiences, u"d.segment.json"_s), QStringList{u"6:error"_s});
    QVERIFY(problemsOf(audiences, u"fine.segment.json"_s).isEmpty());
    const auto why = audiences.referenceProblem(audienceCondition(KeyType::Segment, u"a"_s));
    QVERIFY(why);
    QVERIFY2(why->contains(u"refers to itself"_s), qPrintable(*why));

    // Evaluating never recurses: d's reference to a simply does not hold.
    const SampleUser user = makeUser(u"u1"_s, {{u"tier"_s, u"gold"_s}});
    const EvaluationContext context{&user, nullptr, fixedNow, &audiences};
    const auto trace = audiences.evaluateSegment(u"d"_s, context);
    QVERIFY(trace);
    QVERIFY(!trace->passed);
    QVERIFY(!audiences.evaluateSegment(u"a"_s, context));
}

void TestAudiences::unknownReferenceIsReportedAtTheCondition()
{
    const QString folder = m_dir.filePath(u"unknown-ref"_s);
    QVERIFY(writeFile(folder + u"/segments/vips.segment.json"_s,
                      "{\n"
                      "  \"format\": 1,\n"
                      "  \"rules\": [\n"
                      "    [ { \"key\": { \"type\": \"user_property\", \"name\": \"tier\" }, "
                      "\"operator\": \"in\", \"values\": [\"vip\"] } ],\n"
                      "    [ { \"key\": { \"type\": \"segment\", \"name\": \"ghost\" }, "
                      "\"operator\": \"in\", \"values\": [true] } ]\n"
                      "  ]\n"
                      "}\n"));
    const Result<Audiences> audiences = Audiences::load(folder);
    QVERIFY(audiences.ok());
    QCOMPARE(audiences->problems().size(), 1);
    const AudienceProblem &problem = audiences->problems().first();
    QVERIFY(problem.isError());
    QCOMPARE(problem.line, 5);
    QCOMPARE(problem.column, 7);
    QCOMPARE(problem.path, u"$.rules[1][0]"_s);
    QVERIFY2(problem.message.contains(u"\"ghost\" is not defined"_s), qPrintable(problem.message));
    // The segment itself still works: its first rule does not depend on the ghost.
    QVERIFY(audiences->hasSegment(u"vips"_s));
    const SampleUser vip = makeUser(u"u1"_s, {{u"tier"_s, u"vip"_s}});
    const SampleUser gold = makeUser(u"u2"_s, {{u"tier"_s, u"gold"_s}});
    QVERIFY(audiences->evaluateSegment(u"vips"_s, {&vip, nullptr, fixedNow, &*audiences})->passed);
    QVERIFY(!audiences->evaluateSegment(u"vips"_s, {&gold, nullptr, fixedNow, &*audiences})->passed);
}

void TestAudiences::brokenFilesAreReportedAndSkipped_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("JSON syntax error, at its line")
        << u"syntax.segment.json"_s << QStringList{u"3:error"_s} << u""_s;
    QTest::newRow("a newer format is refused")
        << u"newer.segment.json"_s << QStringList{u"2:error"_s} << u"newer"_s;
    QTest::newRow("a key that differs from the file name")
        << u"renamed.segment.json"_s << QStringList{u"3:error"_s} << u"\"other\""_s;
    QTest::newRow("an unknown operator")
        << u"badop.segment.json"_s << QStringList{u"4:error"_s} << u"between"_s;
    QTest::newRow("unknown field and no rules: warnings only")
        << u"everyone.segment.json"_s << QStringList{u"3:warning"_s, u"4:warning"_s} << u"colour"_s;
    QTest::newRow("a file without the segment suffix")
        << u"notes.json"_s << QStringList{u"0:warning"_s} << u".segment.json"_s;
    QTest::newRow("a CSV without a user_id column")
        << u"noheader.csv"_s << QStringList{u"1:error"_s} << u"user_id"_s;
    QTest::newRow("a cohort defined by two files")
        << u"twice.csv"_s << QStringList{u"0:error"_s} << u"twice.cohort.json"_s;
}

void TestAudiences::brokenFilesAreReportedAndSkipped()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, problems);
    QFETCH(QString, messagePart);

    const Audiences audiences = loadFixture(u"broken"_s);
    QCOMPARE(problemsOf(audiences, fileName), problems);
    bool mentioned = messagePart.isEmpty();
    for (const AudienceProblem &p : audiences.problems()) {
        if (QFileInfo(p.file).fileName() == fileName && p.message.contains(messagePart))
            mentioned = true;
    }
    QVERIFY2(mentioned, qPrintable(allProblems(audiences)));
    QVERIFY(audiences.hasErrors());

    // One broken file does not take the others with it.
    QCOMPARE(audiences.segmentNames(), QStringList{u"everyone"_s});
    QCOMPARE(audiences.cohortNames(), QStringList{u"good"_s});
    const auto why = audiences.referenceProblem(audienceCondition(KeyType::Cohort, u"twice"_s));
    QVERIFY(why && why->contains(u"two files"_s));
    const auto broken = audiences.referenceProblem(audienceCondition(KeyType::Segment, u"syntax"_s));
    QVERIFY(broken && broken->contains(u"errors"_s));
}

void TestAudiences::staticCohortCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("plain") << QByteArray("user_id\nu1\nu2\n") << QStringList{u"u1"_s, u"u2"_s}
                           << QStringList{};
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFuser_id\r\nu1\r\nu2\r\n")
                                  << QStringList{u"u1"_s, u"u2"_s} << QStringList{};
    QTest::newRow("other columns, quoted commas and a line break in a quote")
        << QByteArray("name,user_id,note\n\"Kim, Minji\",u1,\"two\nlines\"\nLee,u2,\n")
        << QStringList{u"u1"_s, u"u2"_s} << QStringList{};
    QTest::newRow("typed header and blank lines, spaces trimmed")
        << QByteArray("User_Id:string\n\n u1 \n\nu2\n") << QStringList{u"u1"_s, u"u2"_s}
        << QStringList{};
    QTest::newRow("non-ASCII ids")
        << QByteArray("user_id\n김민지\n") << QStringList{u"김민지"_s} << QStringList{};
    QTest::newRow("duplicates are counted once, with a warning")
        << QByteArray("user_id\nu1\nu2\nu1\n") << QStringList{u"u1"_s, u"u2"_s}
        << QStringList{u"4:warning"_s};
    QTest::newRow("bad rows are reported by line and skipped")
        << QByteArray("user_id,note\nu1,a\n,empty id\nu2\nu3,a,b\nu4,\"fine\"\n")
        << QStringList{u"u1"_s, u"u4"_s} << QStringList{u"3:error"_s, u"4:error"_s, u"5:error"_s};
    QTest::newRow("text after a closing quote")
        << QByteArray("user_id\nu1\n\"u2\"x\nu3\n") << QStringList{u"u1"_s, u"u3"_s}
        << QStringList{u"3:error"_s};
    QTest::newRow("an unclosed quote ends the file")
        << QByteArray("user_id\nu1\n\"u2\nu3\n") << QStringList{u"u1"_s}
        << QStringList{u"3:error"_s};
    QTest::newRow("header only: empty, with a warning")
        << QByteArray("user_id\n") << QStringList{} << QStringList{u"1:warning"_s};
}

void TestAudiences::staticCohortCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, members);
    QFETCH(QStringList, problems);

    const Audiences audiences = Audiences::fromCohortCsv(u"list"_s, csv, u"list.csv"_s);
    QVERIFY(audiences.hasCohort(u"list"_s));
    QCOMPARE(audiences.cohortSize(u"list"_s), qsizetype(members.size()));
    QCOMPARE(problemsOf(audiences, u"list.csv"_s), problems);
    for (const QString &id : {u"u1"_s, u"u2"_s, u"u3"_s, u"u4"_s, u"김민지"_s}) {
        const SampleUser user = makeUser(id, {});
        QCOMPARE(*audiences.inCohort(u"list"_s, {&user, nullptr, fixedNow, &audiences}),
                 members.contains(id));
    }
    // The same file in a workspace gives the same answer, with the workspace's path in problems.
    const QString folder = m_dir.filePath(u"csv-%1"_s.arg(++m_copies));
    QVERIFY(writeFile(folder + u"/cohorts/list.csv"_s, csv));
    const Result<Audiences> loaded = Audiences::load(folder);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->cohortSize(u"list"_s), qsizetype(members.size()));
    QCOMPARE(problemsOf(*loaded, u"list.csv"_s), problems);
    for (const AudienceProblem &p : loaded->problems())
        QVERIFY(p.format().startsWith(folder + u"/cohorts/list.csv:"_s));
}

void TestAudiences::dynamicCohortOnFixedClock_data()
{
    QTest::addColumn<QList<int>>("purchasesDaysAgo");
    QTest::addColumn<int>("clockShiftDays");
    QTest::addColumn<bool>("member");

    QTest::newRow("two purchases within 30 days") << QList<int>{1, 20} << 0 << true;
    QTest::newRow("three purchases within 30 days") << QList<int>{1, 2, 3} << 0 << true;
    QTest::newRow("one purchase") << QList<int>{1} << 0 << false;
    QTest::newRow("second purchase too long ago") << QList<int>{1, 31} << 0 << false;
    QTest::newRow("none") << QList<int>{} << 0 << false;
    QTest::newRow("a later clock pushes one out") << QList<int>{1, 20} << 15 << false;
    QTest::newRow("an earlier clock: purchases in its future do not count")
        << QList<int>{1, 20} << -5 << false;
}

void TestAudiences::dynamicCohortOnFixedClock()
{
    QFETCH(QList<int>, purchasesDaysAgo);
    QFETCH(int, clockShiftDays);
    QFETCH(bool, member);

    const Audiences audiences = loadFixture(u"workspace"_s);
    QList<Event> events;
    for (int days : purchasesDaysAgo)
        events.append(Event{u"purchase"_s, fixedNow.addDays(-days), {}});
    events.append(Event{u"login"_s, fixedNow.addDays(-1), {}});
    const SampleUser user = makeUser(u"buyer"_s, {}, events);
    const EvaluationContext context{&user, nullptr, fixedNow.addDays(clockShiftDays), &audiences};
    QCOMPARE(*audiences.inCohort(u"repeat-buyers"_s, context), member);
    QCOMPARE(Evaluator::evaluate(audienceCondition(KeyType::Cohort, u"repeat-buyers"_s), context)
                 .passed,
             member);
}

void TestAudiences::flowMatcherUsesAudiences()
{
    const CampaignLoad load = CampaignFormat::load(fixture(u"segment-campaign.hookflow.json"_s));
    QVERIFY(load.ok());
    const Audiences audiences = loadFixture(u"workspace"_s);
    const SampleUser vip = makeUser(u"u4"_s, {{u"tier"_s, u"vip"_s}, {u"city"_s, u"서울"_s}});
    const SampleUser other = makeUser(u"u3"_s, {{u"tier"_s, u"vip"_s}, {u"city"_s, u"부산"_s}});
    const Event event{u"price_drop"_s, fixedNow, {}};

    const UserMatch in = FlowMatcher::match(*load.campaign, vip, event, fixedNow, &audiences);
    QVERIFY2(in.matched, qPrintable(in.reason));
    QCOMPARE(in.webhookNodes, QStringList{u"send"_s});
    const UserMatch out = FlowMatcher::match(*load.campaign, other, event, fixedNow, &audiences);
    QVERIFY(!out.matched);
    QVERIFY2(out.reason.contains(u"vip-seoul"_s), qPrintable(out.reason));
    // Without a workspace the segment is unknown and nobody is targeted; the old call still works.
    const UserMatch none = FlowMatcher::match(*load.campaign, vip, event, fixedNow);
    QVERIFY(!none.matched);
    QVERIFY2(none.reason.contains(u"not defined"_s), qPrintable(none.reason));
}

void TestAudiences::seededWorkspaceHasExamples()
{
    const QString folder = m_dir.filePath(u"seeded"_s);
    const Workspace workspace(folder);
    QVERIFY(workspace.ensureSeeded().ok());
    Result<Audiences> audiences = Audiences::load(folder);
    QVERIFY(audiences.ok());
    QVERIFY2(audiences->problems().isEmpty(), qPrintable(allProblems(*audiences)));
    QCOMPARE(audiences->segmentNames(), QStringList{u"vip-seoul"_s});
    QCOMPARE(audiences->cohortNames(), (QStringList{u"beta-testers"_s, u"repeat-buyers"_s}));
    QCOMPARE(audiences->cohortSize(u"beta-testers"_s), qsizetype(5));
    QCOMPARE(workspace.campaignFiles().size(), 3);

    // Idempotent, and an example the user deleted stays deleted.
    QVERIFY(QFile::remove(folder + u"/segments/vip-seoul.segment.json"_s));
    QVERIFY(workspace.ensureSeeded().ok());
    QVERIFY(!QFile::exists(folder + u"/segments/vip-seoul.segment.json"_s));
    QVERIFY(QFile::exists(folder + u"/cohorts/beta-testers.csv"_s));
}

void TestAudiences::cliMatchHonoursWorkspaceSegments()
{
    const QString folder = m_dir.filePath(u"cli-workspace"_s);
    QVERIFY(copyTree(fixture(u"workspace"_s), folder));
    const QStringList args{u"--json"_s,
                           u"match"_s,
                           fixture(u"segment-campaign.hookflow.json"_s),
                           u"--users"_s,
                           fixture(u"workspace/users.json"_s),
                           u"--now"_s,
                           u"2026-11-27T09:00:00Z"_s,
                           u"--explain"_s};
    QProcessEnvironment env;
    env.insert(u"HOOKFLOW_WORKSPACE"_s, folder);
    env.insert(u"HOOKFLOW_LANG"_s, u"en"_s);
    const Test::CliResult viaEnvironment = Test::runCli(args, env);
    QVERIFY2(viaEnvironment.exitCode == 0, viaEnvironment.err.constData());
    QVERIFY2(viaEnvironment.err.isEmpty(), viaEnvironment.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(viaEnvironment.out).object();
    QCOMPARE(json[u"total"_s].toInt(), 5);
    QCOMPARE(json[u"matched"_s].toArray(), (QJsonArray{u"u1"_s, u"u4"_s}));
    const QByteArray trace = QJsonDocument(json[u"explain"_s][u"u3"_s].toObject()).toJson();
    QVERIFY2(trace.contains("vip-seoul"), trace.constData());

    // --workspace wins over the environment.
    QProcessEnvironment elsewhere;
    elsewhere.insert(u"HOOKFLOW_WORKSPACE"_s, m_dir.filePath(u"empty-workspace"_s));
    const Test::CliResult viaOption = Test::runCli(args + QStringList{u"--workspace"_s, folder},
                                                   elsewhere);
    QVERIFY2(viaOption.exitCode == 0, viaOption.err.constData());
    QCOMPARE(QJsonDocument::fromJson(viaOption.out)[u"matched"_s].toArray(),
             (QJsonArray{u"u1"_s, u"u4"_s}));
}

void TestAudiences::cliRefusesUnknownSegment()
{
    const QString folder = m_dir.filePath(u"cli-typo"_s);
    QVERIFY(copyTree(fixture(u"workspace"_s), folder));
    QProcessEnvironment env;
    env.insert(u"HOOKFLOW_WORKSPACE"_s, folder);
    env.insert(u"HOOKFLOW_LANG"_s, u"en"_s);
    const QString campaign = fixture(u"unknown-segment-campaign.hookflow.json"_s);
    const Test::CliResult match = Test::runCli(
        {u"--json"_s, u"match"_s, campaign, u"--users"_s, fixture(u"workspace/users.json"_s)}, env);
    QCOMPARE(match.exitCode, 1);
    QVERIFY2(match.err.contains("segment \"vip-seuol\" is not defined"), match.err.constData());
    QVERIFY(match.err.startsWith(QByteArray(campaign.toUtf8() + ": error: ")));
    QCOMPARE(QJsonDocument::fromJson(match.out)[u"matched"_s].toArray(), QJsonArray());

    const Test::CliResult fire = Test::runCli({u"fire"_s,
                                               campaign,
                                               u"--users"_s,
                                               fixture(u"workspace/users.json"_s),
                                               u"--event"_s,
                                               u"{\"event_key\": \"price_drop\"}"_s,
                                               u"--dry-run"_s,
                                               u"--db"_s,
                                               m_dir.filePath(u"typo.db"_s)},
                                              env);
    QCOMPARE(fire.exitCode, 1);
    QVERIFY2(fire.err.contains("not fired"), fire.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"typo.db"_s)));
}

void TestAudiences::cliFireDryRunHonoursSegments()
{
    const QString folder = m_dir.filePath(u"cli-fire"_s);
    QVERIFY(copyTree(fixture(u"workspace"_s), folder));
    QProcessEnvironment env;
    env.insert(u"HOOKFLOW_LANG"_s, u"en"_s);
    env.insert(u"HOOKFLOW_WORKSPACE"_s, m_dir.filePath(u"not-this-one"_s));
    const Test::CliResult fire = Test::runCli({u"--json"_s,
                                               u"fire"_s,
                                               fixture(u"segment-campaign.hookflow.json"_s),
                                               u"--users"_s,
                                               fixture(u"workspace/users.json"_s),
                                               u"--event"_s,
                                               u"{\"event_key\": \"price_drop\"}"_s,
                                               u"--dry-run"_s,
                                               u"--workspace"_s,
                                               folder},
                                              env);
    QVERIFY2(fire.exitCode == 0, fire.err.constData());
    const QJsonObject counts = QJsonDocument::fromJson(fire.out).object();
    QCOMPARE(counts[u"targeted"_s].toInt(), 5);
    QCOMPARE(counts[u"matched"_s].toInt(), 2);
    QVERIFY(QFile::exists(folder + u"/hookflow.db"_s));
}

QTEST_GUILESS_MAIN(TestAudiences)
#include "tst_audiences.moc"
