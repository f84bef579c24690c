// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/usergenerator.h"
#include "io/userimport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QVersionNumber>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

const QDateTime demoNow(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);

bool loggedInSince(const SampleUser &user, const QDateTime &since)
{
    return std::any_of(user.events.cbegin(), user.events.cend(), [&](const Event &event) {
        return event.key == u"login"_s && event.timestamp >= since;
    });
}

QByteArray failure(const SampleUser &user, const QString &what)
{
    return (user.userId + u": "_s + what).toUtf8();
}

} // namespace

/// The synthetic user generator: deterministic, realistic, and the source of the demo data.
class TestUserGenerator : public QObject
{
    Q_OBJECT

private slots:
    void deterministic_data();
    void deterministic();
    void differentSeedsDiffer();
    void countsAndIds_data();
    void countsAndIds();
    void properties_data();
    void properties();
    void events_data();
    void events();
    void mix_data();
    void mix();
    void demoFile();
};

void TestUserGenerator::deterministic_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("seed 0") << quint64(0) << demoNow;
    QTest::newRow("seed 1") << quint64(1) << demoNow;
    QTest::newRow("seed 2026") << quint64(2026) << demoNow;
    QTest::newRow("largest seed") << std::numeric_limits<quint64>::max() << demoNow;
    QTest::newRow("clock with milliseconds") << quint64(5) << demoNow.addMSecs(123456789);
}

void TestUserGenerator::deterministic()
{
    QFETCH(quint64, seed);
    QFETCH(QDateTime, now);
    const QList<SampleUser> first = UserGenerator::generate(150, seed, now);
    const QList<SampleUser> second = UserGenerator::generate(150, seed, now);
    QCOMPARE(first.size(), 150);
    QVERIFY(first == second);
    // A shorter run is a prefix of a longer one with the same seed.
    QVERIFY(UserGenerator::generate(20, seed, now) == first.mid(0, 20));
}

void TestUserGenerator::differentSeedsDiffer()
{
    const QList<SampleUser> a = UserGenerator::generate(50, 1, demoNow);
    const QList<SampleUser> b = UserGenerator::generate(50, 2, demoNow);
    int same = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        same += a.at(i).properties == b.at(i).properties ? 1 : 0;
    QCOMPARE(same, 0);
    QVERIFY(UserGenerator::generate(50, 1, demoNow.addDays(1)) != a);
}

void TestUserGenerator::countsAndIds_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("lastId");
    QTest::newRow("none") << 0 << QString();
    QTest::newRow("negative") << -5 << QString();
    QTest::newRow("one") << 1 << u"u00001"_s;
    QTest::newRow("many") << 1234 << u"u01234"_s;
}

void TestUserGenerator::countsAndIds()
{
    QFETCH(int, count);
    QFETCH(QString, lastId);
    const QList<SampleUser> users = UserGenerator::generate(count, 3, demoNow);
    QCOMPARE(users.size(), qMax(count, 0));
    if (users.isEmpty())
        return;
    QCOMPARE(users.first().userId, u"u00001"_s);
    QCOMPARE(users.last().userId, lastId);
    QSet<QString> ids;
    for (const SampleUser &user : users)
        ids.insert(user.userId);
    QCOMPARE(ids.size(), users.size());
}

void TestUserGenerator::properties_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 2026") << quint64(2026);
    QTest::newRow("seed 987654321") << quint64(987654321);
}

void TestUserGenerator::properties()
{
    QFETCH(quint64, seed);
    static const QRegularExpression e164(u"\\A\\+[1-9][0-9]{6,14}\\z"_s);
    static const QRegularExpression email(u"\\A[a-z0-9.]+@example\\.(com|net|org)\\z"_s);
    static const QRegularExpression version(u"\\A[0-9]+\\.[0-9]+\\.[0-9]+\\z"_s);
    static const QHash<QString, QString> phonePrefix{{u"KR"_s, u"+8210"_s},
                                                     {u"US"_s, u"+1"_s},
                                                     {u"GB"_s, u"+44"_s},
                                                     {u"AU"_s, u"+61"_s}};
    static const QHash<QString, QStringList> zones{
        {u"KR"_s, {u"Asia/Seoul"_s}},
        {u"US"_s, {u"America/New_York"_s, u"America/Chicago"_s, u"America/Los_Angeles"_s}},
        {u"GB"_s, {u"Europe/London"_s}},
        {u"AU"_s,
         {u"Australia/Sydney"_s,
          u"Australia/Melbourne"_s,
          u"Australia/Brisbane"_s,
          u"Australia/Perth"_s}}};
    const QStringList expectedKeys{u"age"_s,
                                   u"app_version"_s,
                                   u"city"_s,
                                   u"country"_s,
                                   u"email"_s,
                                   u"language"_s,
                                   u"marketing_opt_in"_s,
                                   u"name"_s,
                                   u"phone"_s,
                                   u"platform"_s,
                                   u"points"_s,
                                   u"push_opt_in"_s,
                                   u"signup_date"_s,
                                   u"sms_opt_in"_s,
                                   u"tier"_s,
                                   u"timezone"_s};
    const QVersionNumber oldest(2, 1, 0);
    const QVersionNumber newest(2, 6, 3);

    const QList<SampleUser> users = UserGenerator::generate(500, seed, demoNow);
    int belowTwoFour = 0;
    for (const SampleUser &user : users) {
        const QJsonObject &p = user.properties;
        QVERIFY2(p.keys() == expectedKeys, failure(user, p.keys().join(u',')));
        QVERIFY(p.value(u"name"_s).isString() && !p.value(u"name"_s).toString().isEmpty());
        QVERIFY2(email.match(p.value(u"email"_s).toString()).hasMatch(),
                 failure(user, p.value(u"email"_s).toString()));

        const QString country = p.value(u"country"_s).toString();
        QVERIFY2(phonePrefix.contains(country), failure(user, country));
        const QString phone = p.value(u"phone"_s).toString();
        QVERIFY2(e164.match(phone).hasMatch(), failure(user, phone));
        QVERIFY2(phone.startsWith(phonePrefix.value(country)), failure(user, phone));
        if (country == u"KR"_s)
            QCOMPARE(phone.size(), 13); // +82 10 XXXX XXXX
        QVERIFY2(zones.value(country).contains(p.value(u"timezone"_s).toString()),
                 failure(user, country));
        QCOMPARE(p.value(u"language"_s).toString(), country == u"KR"_s ? u"ko"_s : u"en"_s);
        QVERIFY(!p.value(u"city"_s).toString().isEmpty());

        QVERIFY(p.value(u"age"_s).isDouble());
        const double age = p.value(u"age"_s).toDouble();
        QVERIFY2(age >= 18 && age <= 70 && age == std::floor(age),
                 failure(user, QString::number(age)));
        QVERIFY(QStringList({u"bronze"_s, u"silver"_s, u"gold"_s, u"vip"_s})
                    .contains(p.value(u"tier"_s).toString()));
        QVERIFY(QStringList({u"ios"_s, u"android"_s, u"web"_s})
                    .contains(p.value(u"platform"_s).toString()));
        QVERIFY(p.value(u"points"_s).isDouble() && p.value(u"points"_s).toDouble() >= 0);
        for (const QString &flag : {u"marketing_opt_in"_s, u"sms_opt_in"_s, u"push_opt_in"_s})
            QVERIFY2(p.value(flag).isBool(), failure(user, flag));

        const QString appVersion = p.value(u"app_version"_s).toString();
        QVERIFY2(version.match(appVersion).hasMatch(), failure(user, appVersion));
        const QVersionNumber parsed = QVersionNumber::fromString(appVersion);
        QVERIFY2(parsed >= oldest && parsed <= newest, failure(user, appVersion));
        belowTwoFour += parsed < QVersionNumber(2, 4, 0) ? 1 : 0;

        const QDate signup = QDate::fromString(p.value(u"signup_date"_s).toString(), Qt::ISODate);
        QVERIFY2(signup.isValid() && signup < demoNow.date(),
                 failure(user, p.value(u"signup_date"_s).toString()));
    }
    QVERIFY2(belowTwoFour > users.size() / 10 && belowTwoFour < users.size() / 2,
             QByteArray::number(belowTwoFour));
}

void TestUserGenerator::events_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 2026") << quint64(2026);
}

void TestUserGenerator::events()
{
    QFETCH(quint64, seed);
    const QSet<QString> keys{u"login"_s,
                             u"view_product"_s,
                             u"add_to_wishlist"_s,
                             u"purchase"_s,
                             u"write_review"_s,
                             u"app_open"_s};
    const QDateTime start = demoNow.addDays(-60);
    const QList<SampleUser> users = UserGenerator::generate(400, seed, demoNow);
    int purchases = 0;
    int reviews = 0;
    for (const SampleUser &user : users) {
        QVERIFY2(user.events.size() <= 40, failure(user, QString::number(user.events.size())));
        const QDate signup = QDate::fromString(user.properties.value(u"signup_date"_s).toString(),
                                               Qt::ISODate);
        for (qsizetype i = 0; i < user.events.size(); ++i) {
            const Event &event = user.events.at(i);
            QVERIFY2(keys.contains(event.key), failure(user, event.key));
            QVERIFY(event.timestamp.isValid());
            QCOMPARE(event.timestamp.timeSpec(), Qt::UTC);
            QVERIFY2(event.timestamp >= start && event.timestamp < demoNow,
                     failure(user, formatTimestamp(event.timestamp)));
            QVERIFY(event.timestamp.date() >= signup);
            if (i > 0)
                QVERIFY(user.events.at(i - 1).timestamp <= event.timestamp);
            if (event.key == u"purchase"_s) {
                ++purchases;
                for (const QString &name :
                     {u"order_id"_s, u"product_id"_s, u"product_name"_s, u"price"_s})
                    QVERIFY2(event.properties.contains(name), failure(user, name));
                QVERIFY(event.properties.value(u"price"_s).toDouble() > 0);
            } else if (event.key == u"write_review"_s) {
                ++reviews;
                const double rating = event.properties.value(u"rating"_s).toDouble();
                QVERIFY(rating >= 1 && rating <= 5);
                QVERIFY(event.properties.contains(u"order_id"_s));
            } else if (event.key == u"view_product"_s) {
                QVERIFY(event.properties.contains(u"product_id"_s));
            }
        }
    }
    QVERIFY(purchases > 0);
    QVERIFY(reviews > 0);
}

void TestUserGenerator::mix_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 42") << quint64(42);
    QTest::newRow("seed 2026") << quint64(2026);
}

void TestUserGenerator::mix()
{
    QFETCH(quint64, seed);
    const QList<SampleUser> users = UserGenerator::generate(1000, seed, demoNow);
    const QDateTime weekAgo = demoNow.addDays(-7);
    int korean = 0;
    int inactive = 0;
    int optedIn = 0;
    QSet<QString> countries;
    for (const SampleUser &user : users) {
        korean += user.properties.value(u"country"_s).toString() == u"KR"_s ? 1 : 0;
        countries.insert(user.properties.value(u"country"_s).toString());
        optedIn += user.properties.value(u"marketing_opt_in"_s).toBool() ? 1 : 0;
        if (!loggedInSince(user, weekAgo))
            ++inactive;
        else // active users logged in within 6 days, so a clock a few hours later still counts them
            QVERIFY2(loggedInSince(user, demoNow.addDays(-6)),
                     failure(user, u"login too close to 7 days"_s));
    }
    QVERIFY2(korean >= 530 && korean <= 670, QByteArray::number(korean));
    QVERIFY2(inactive >= 240 && inactive <= 360, QByteArray::number(inactive));
    QVERIFY2(optedIn >= 740 && optedIn <= 860, QByteArray::number(optedIn));
    QCOMPARE(countries, (QSet<QString>{u"KR"_s, u"US"_s, u"GB"_s, u"AU"_s}));
}

void TestUserGenerator::demoFile()
{
    // resources/demo/users.json: hand-written users the tests rely on, then
    // `hookflow-cli users generate 200 --seed 2026 --now 2026-11-27T00:00:00Z`.
    QFile file(QStringLiteral(HOOKFLOW_SOURCE_DIR) + u"/resources/demo/users.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const UserImport imported = UserImporter::parseJson(bytes);
    QVERIFY(imported.problems.isEmpty());
    QVERIFY(imported.users.size() >= 200);

    const QStringList handWritten{u"u-quotes"_s,
                                  u"u-kim"_s,
                                  u"u-old-app"_s,
                                  u"u-opted-out"_s,
                                  u"u-inactive"_s};
    QCOMPARE(imported.users.size(), handWritten.size() + 200);
    for (qsizetype i = 0; i < handWritten.size(); ++i)
        QCOMPARE(imported.users.at(i).userId, handWritten.at(i));
    QVERIFY(imported.users.mid(handWritten.size()) == UserGenerator::generate(200, 2026, demoNow));
    // Written the way the generator's CLI writes a .json file, byte for byte.
    QCOMPARE(UserExport::toJsonArray(imported.users), bytes);

    const SampleUser &quotes = imported.users.at(0);
    QCOMPARE(quotes.properties.value(u"name"_s).toString(), u"Jane \"JJ\" O\\Brien\n😀 Smile"_s);
    QCOMPARE(quotes.properties.value(u"phone"_s).toString(), u"+12125550123"_s);
    QVERIFY(loggedInSince(quotes, demoNow.addDays(-2)));

    const SampleUser &kim = imported.users.at(1);
    QCOMPARE(kim.properties.value(u"name"_s).toString(), u"김민지"_s);
    QCOMPARE(kim.properties.value(u"phone"_s).toString(), u"+821012345678"_s);
    QVERIFY(loggedInSince(kim, demoNow.addDays(-6)));
    int kims = 0;
    for (const SampleUser &user : imported.users)
        kims += user.properties.value(u"name"_s).toString().contains(u"김민지"_s) ? 1 : 0;
    QCOMPARE(kims, 1); // the GUI test's search finds exactly one

    QCOMPARE(imported.users.at(2).properties.value(u"app_version"_s).toString(), u"2.3.9"_s);
    QCOMPARE(imported.users.at(3).properties.value(u"marketing_opt_in"_s).toBool(true), false);
    const SampleUser &inactive = imported.users.at(4);
    QVERIFY(!loggedInSince(inactive, demoNow.addDays(-7)));
    QVERIFY(loggedInSince(inactive, demoNow.addDays(-13)));
}

QTEST_GUILESS_MAIN(TestUserGenerator)
#include "tst_usergenerator.moc"
