// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usergenerator.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <span>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 Hour = 60 * 60;
constexpr int MaxEvents = 40;

/// std::mt19937_64 produces the same sequence everywhere; the mappings below are ours, so the
/// users are the same everywhere too (std::uniform_int_distribution differs between libraries).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    /// A number in [low, high], both included.
    qint64 between(qint64 low, qint64 high)
    {
        const quint64 span = quint64(high - low) + 1;
        return low + qint64(m_engine() % span);
    }
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }

    /// Any item of an array or span, each equally likely.
    template<typename Items>
    const auto &pick(const Items &items)
    {
        return items[size_t(between(0, qint64(std::size(items)) - 1))];
    }

    /// Picks an index by weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        qint64 roll = between(0, total - 1);
        int index = 0;
        for (int weight : weights) {
            if (roll < weight)
                return index;
            roll -= weight;
            ++index;
        }
        return index - 1;
    }

    /// Picks an item by its `weight` member.
    template<typename Items>
    const auto &weightedPick(const Items &items)
    {
        int total = 0;
        for (const auto &item : items)
            total += item.weight;
        qint64 roll = between(0, total - 1);
        for (const auto &item : items) {
            if (roll < item.weight)
                return item;
            roll -= item.weight;
        }
        return *std::prev(std::end(items));
    }

private:
    std::mt19937_64 m_engine;
};

struct Name
{
    const char16_t *text;
    const char *latin; ///< for e-mail addresses
    int weight = 1;
};

struct City
{
    const char16_t *name;
    const char16_t *timezone;
    const char *areaCode; ///< US only: the area code of the fictional 555-01XX numbers
    int weight = 1;
};

struct Country
{
    const char16_t *code;
    std::span<const City> cities;
    int weight;
};

struct Product
{
    const char16_t *id;
    const char16_t *english;
    const char16_t *korean;
    int usdCents;
    int krw;
};

struct Version
{
    const char16_t *text;
    int weight;
};

// Roughly the real frequencies of Korean family names.
constexpr Name koreanSurnames[] = {
    {u"김", "kim", 21}, {u"이", "lee", 15}, {u"박", "park", 8}, {u"최", "choi", 5},
    {u"정", "jung", 5}, {u"강", "kang", 2}, {u"조", "cho", 2},  {u"윤", "yoon", 2},
    {u"장", "jang", 2}, {u"임", "lim", 2},  {u"한", "han", 1},  {u"오", "oh", 1},
    {u"서", "seo", 1},  {u"신", "shin", 1}, {u"권", "kwon", 1}, {u"황", "hwang", 1},
    {u"안", "ahn", 1},  {u"송", "song", 1}, {u"류", "ryu", 1},  {u"홍", "hong", 1},
};

// No 민지: the demo data's hand-written u-kim is the one 김민지, which the GUI test searches for.
constexpr Name koreanGivenNames[] = {
    {u"민서", "minseo"},  {u"서준", "seojun"},  {u"지우", "jiwoo"},   {u"하준", "hajun"},
    {u"서연", "seoyeon"}, {u"도윤", "doyun"},   {u"수아", "sua"},     {u"예준", "yejun"},
    {u"지민", "jimin"},   {u"시우", "siwoo"},   {u"하은", "haeun"},   {u"주원", "juwon"},
    {u"윤서", "yunseo"},  {u"지호", "jiho"},    {u"채원", "chaewon"}, {u"지훈", "jihoon"},
    {u"수빈", "subin"},   {u"현우", "hyunwoo"}, {u"유진", "yujin"},   {u"민준", "minjun"},
    {u"예린", "yerin"},   {u"건우", "geonwoo"}, {u"다은", "daeun"},   {u"우진", "woojin"},
    {u"서윤", "seoyun"},  {u"준서", "junseo"},  {u"소율", "soyul"},   {u"은우", "eunwoo"},
    {u"지안", "jian"},    {u"태윤", "taeyun"},
};

constexpr Name englishFirstNames[] = {
    {u"Emma", "emma"},       {u"Olivia", "olivia"},
    {u"Ava", "ava"},         {u"Sophia", "sophia"},
    {u"Mia", "mia"},         {u"Amelia", "amelia"},
    {u"Isla", "isla"},       {u"Charlotte", "charlotte"},
    {u"Grace", "grace"},     {u"Chloe", "chloe"},
    {u"Liam", "liam"},       {u"Noah", "noah"},
    {u"Oliver", "oliver"},   {u"James", "james"},
    {u"Jack", "jack"},       {u"William", "william"},
    {u"Lucas", "lucas"},     {u"Henry", "henry"},
    {u"Ethan", "ethan"},     {u"Leo", "leo"},
    {u"Harper", "harper"},   {u"Ella", "ella"},
    {u"Ruby", "ruby"},       {u"Zoe", "zoe"},
    {u"Daniel", "daniel"},   {u"Samuel", "samuel"},
    {u"Thomas", "thomas"},   {u"Benjamin", "benjamin"},
    {u"Matthew", "matthew"}, {u"Lily", "lily"},
};

constexpr Name englishLastNames[] = {
    {u"Smith", "smith"},       {u"Johnson", "johnson"},  {u"Williams", "williams"},
    {u"Brown", "brown"},       {u"Jones", "jones"},      {u"Taylor", "taylor"},
    {u"Wilson", "wilson"},     {u"Davies", "davies"},    {u"Evans", "evans"},
    {u"Thomas", "thomas"},     {u"Miller", "miller"},    {u"Davis", "davis"},
    {u"Garcia", "garcia"},     {u"Martin", "martin"},    {u"Clark", "clark"},
    {u"Lewis", "lewis"},       {u"Walker", "walker"},    {u"Hall", "hall"},
    {u"Young", "young"},       {u"King", "king"},        {u"Wright", "wright"},
    {u"Scott", "scott"},       {u"Green", "green"},      {u"Baker", "baker"},
    {u"Adams", "adams"},       {u"Nelson", "nelson"},    {u"Hill", "hill"},
    {u"Campbell", "campbell"}, {u"O'Connor", "oconnor"}, {u"Nguyen", "nguyen"},
};

constexpr City koreanCities[] = {
    {u"서울", u"Asia/Seoul", "", 40},
    {u"부산", u"Asia/Seoul", "", 12},
    {u"인천", u"Asia/Seoul", "", 10},
    {u"대구", u"Asia/Seoul", "", 8},
    {u"대전", u"Asia/Seoul", "", 6},
    {u"광주", u"Asia/Seoul", "", 6},
    {u"수원", u"Asia/Seoul", "", 8},
};

constexpr City usCities[] = {
    {u"New York", u"America/New_York", "212", 5},
    {u"Los Angeles", u"America/Los_Angeles", "310", 4},
    {u"Chicago", u"America/Chicago", "312", 3},
    {u"San Francisco", u"America/Los_Angeles", "415", 2},
    {u"Seattle", u"America/Los_Angeles", "206", 2},
    {u"Boston", u"America/New_York", "617", 2},
    {u"Austin", u"America/Chicago", "512", 2},
};

constexpr City ukCities[] = {
    {u"London", u"Europe/London", "", 6},
    {u"Manchester", u"Europe/London", "", 2},
    {u"Edinburgh", u"Europe/London", "", 1},
    {u"Bristol", u"Europe/London", "", 1},
};

constexpr City auCities[] = {
    {u"Sydney", u"Australia/Sydney", "", 4},
    {u"Melbourne", u"Australia/Melbourne", "", 4},
    {u"Brisbane", u"Australia/Brisbane", "", 2},
    {u"Perth", u"Australia/Perth", "", 1},
};

constexpr Country englishCountries[] = {
    {u"US", usCities, 50},
    {u"GB", ukCities, 25},
    {u"AU", auCities, 25},
};

constexpr Product products[] = {
    {u"p1001", u"Wireless Earbuds", u"무선 이어폰", 7999, 89000},
    {u"p1002", u"Running Shoes", u"러닝화", 11900, 139000},
    {u"p1003", u"Stainless Tumbler", u"스테인리스 텀블러", 2450, 29000},
    {u"p1004", u"Linen Shirt", u"린넨 셔츠", 4500, 49000},
    {u"p1005", u"Smart Watch", u"스마트워치", 24900, 329000},
    {u"p1006", u"Yoga Mat", u"요가 매트", 3200, 35000},
    {u"p1007", u"Backpack", u"백팩", 6800, 79000},
    {u"p1008", u"Sunscreen SPF50", u"선크림 SPF50", 1899, 21000},
    {u"p1009", u"Hand Cream Set", u"핸드크림 세트", 2200, 25000},
    {u"p1010", u"Bluetooth Speaker", u"블루투스 스피커", 5999, 69000},
    {u"p1011", u"Coffee Beans 1kg", u"원두 1kg", 2900, 32000},
    {u"p1012", u"Desk Lamp", u"데스크 램프", 3900, 45000},
};

// About 30% of users run a version below 2.4.0.
constexpr Version appVersions[] = {
    {u"2.1.0", 3},
    {u"2.1.4", 3},
    {u"2.2.0", 4},
    {u"2.2.3", 4},
    {u"2.3.0", 5},
    {u"2.3.5", 5},
    {u"2.3.9", 6},
    {u"2.4.0", 8},
    {u"2.4.2", 10},
    {u"2.5.0", 14},
    {u"2.5.1", 16},
    {u"2.6.0", 12},
    {u"2.6.3", 10},
};

QString text(const char16_t *utf16)
{
    return QString::fromUtf16(utf16);
}

/// What the events of one user need to know about them.
struct Profile
{
    bool korean = false;
    QString country;
    QString platform;
};

class HistoryBuilder
{
public:
    HistoryBuilder(Random &random, const Profile &profile)
        : m_random(random)
        , m_profile(profile)
    {}

    /// One visit starting at `start`: app open, maybe a login, browsing, maybe a purchase.
    void session(qint64 start, bool forceLogin, qint64 latest)
    {
        qint64 time = start;
        const auto next = [&] { time += m_random.between(20, 300); };
        if (m_profile.platform != u"web"_s) {
            static constexpr const char16_t *sources[] = {u"direct", u"push", u"deeplink"};
            add(u"app_open"_s,
                time,
                {{u"source"_s, text(sources[m_random.weighted({70, 20, 10})])}});
            next();
        }
        if (forceLogin || m_random.chance(0.55)) {
            add(u"login"_s, time, {{u"method"_s, loginMethod()}});
            next();
        }
        const Product &focus = m_random.pick(products);
        const int views = int(m_random.between(0, 3));
        for (int i = 0; i < views; ++i) {
            add(u"view_product"_s,
                time,
                productProperties(i == 0 ? focus : m_random.pick(products)));
            next();
        }
        if (views > 0 && m_random.chance(0.2)) {
            add(u"add_to_wishlist"_s, time, productProperties(focus));
            next();
        }
        if (views > 0 && m_random.chance(0.15)) {
            const QString orderId = u"o%1"_s.arg(m_random.between(10000000, 99999999));
            QJsonObject properties = productProperties(focus);
            properties.insert(u"order_id"_s, orderId);
            add(u"purchase"_s, time, properties);
            // Some buyers review a few days later, if that is still before `latest`.
            // One RNG call per statement: the order operands are evaluated in is unspecified.
            const qint64 reviewDays = m_random.between(1, 5);
            const qint64 reviewTime = time + reviewDays * Day + m_random.between(0, 12 * Hour);
            if (m_random.chance(0.35) && reviewTime < latest) {
                static constexpr int ratings[] = {5, 4, 3, 2, 1};
                const int rating = ratings[m_random.weighted({50, 30, 12, 5, 3})];
                add(u"write_review"_s,
                    reviewTime,
                    {{u"order_id"_s, orderId},
                     {u"product_id"_s, text(focus.id)},
                     {u"rating"_s, rating}});
            }
        }
    }

    /// The events oldest first, at most MaxEvents; the newest are kept, and so is a recent login.
    QList<Event> take(qint64 recentSince)
    {
        std::stable_sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
            return a.timestamp < b.timestamp;
        });
        const QDateTime recent = QDateTime::fromSecsSinceEpoch(recentSince, Qt::UTC);
        const auto isRecentLogin = [&](const Event &e) {
            return e.key == u"login"_s && e.timestamp >= recent;
        };
        const bool hadRecentLogin = std::any_of(m_events.cbegin(), m_events.cend(), isRecentLogin);
        while (m_events.size() > MaxEvents) {
            qsizetype drop = 0;
            // Keep the last recent login so that trimming never turns an active user inactive.
            if (hadRecentLogin && isRecentLogin(m_events.at(drop))
                && std::count_if(m_events.cbegin(), m_events.cend(), isRecentLogin) == 1)
                drop = 1;
            m_events.removeAt(drop);
        }
        return std::move(m_events);
    }

private:
    void add(const QString &key, qint64 time, const QJsonObject &properties)
    {
        m_events.append(Event{key, QDateTime::fromSecsSinceEpoch(time, Qt::UTC), properties});
    }

    QString loginMethod()
    {
        if (m_profile.korean) {
            static constexpr const char16_t *methods[] = {u"kakao", u"naver", u"email", u"apple"};
            return text(
                methods[m_random.weighted({45, 15, 25, m_profile.platform == u"ios"_s ? 15 : 2})]);
        }
        static constexpr const char16_t *methods[] = {u"email", u"google", u"apple"};
        return text(methods[m_random.weighted({45, 30, m_profile.platform == u"ios"_s ? 25 : 3})]);
    }

    QJsonObject productProperties(const Product &product) const
    {
        QJsonObject properties{{u"product_id"_s, text(product.id)}};
        if (m_profile.korean) {
            properties.insert(u"product_name"_s, text(product.korean));
            properties.insert(u"price"_s, product.krw);
            properties.insert(u"currency"_s, u"KRW"_s);
            return properties;
        }
        properties.insert(u"product_name"_s, text(product.english));
        // Local list prices in whole cents, so that the JSON shows 63.99 and not 63.9920000001.
        int cents = product.usdCents;
        QString currency = u"USD"_s;
        if (m_profile.country == u"GB"_s) {
            cents = cents * 4 / 5;
            currency = u"GBP"_s;
        } else if (m_profile.country == u"AU"_s) {
            cents = cents * 3 / 2;
            currency = u"AUD"_s;
        }
        cents = cents / 100 * 100 + 99 - (cents % 100 == 0 ? 99 : 0);
        properties.insert(u"price"_s, cents / 100.0);
        properties.insert(u"currency"_s, currency);
        return properties;
    }

    Random &m_random;
    const Profile &m_profile;
    QList<Event> m_events;
};

QString digits(Random &random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + int(random.between(0, 9)));
    return out;
}

/// Phone numbers and e-mail addresses already given out: each user gets their own while the
/// number ranges last (a few retries, then a repeat is accepted rather than looping forever).
struct Taken
{
    static constexpr int Retries = 20;
    QSet<QString> phones;
    QSet<QString> emails;
};

SampleUser makeUser(Random &random, int number, qint64 now, Taken &taken)
{
    SampleUser user;
    user.userId = u"u%1"_s.arg(number, 5, 10, QChar(u'0'));

    Profile profile;
    profile.korean = random.chance(0.6);
    QJsonObject &p = user.properties;
    QString latinName;
    if (profile.korean) {
        const Name &surname = random.weightedPick(koreanSurnames);
        const Name &given = random.pick(koreanGivenNames);
        const City &city = random.weightedPick(koreanCities);
        profile.country = u"KR"_s;
        p.insert(u"name"_s, QString(text(surname.text) + text(given.text)));
        latinName = QString::fromLatin1(given.latin) + u'.' + QString::fromLatin1(surname.latin);
        // Korean mobile numbers: 010, then eight digits whose first is 2–9.
        QString phone;
        for (int attempt = 0;
             attempt == 0 || (taken.phones.contains(phone) && attempt < Taken::Retries);
             ++attempt) {
            const QString firstDigit = QString::number(random.between(2, 9));
            phone = u"+8210"_s + firstDigit + digits(random, 7);
        }
        taken.phones.insert(phone);
        p.insert(u"phone"_s, phone);
        p.insert(u"city"_s, text(city.name));
        p.insert(u"timezone"_s, text(city.timezone));
        p.insert(u"language"_s, u"ko"_s);
        profile.platform = QStringList{u"android"_s, u"ios"_s, u"web"_s}.at(
            random.weighted({55, 32, 13}));
    } else {
        const Name &first = random.pick(englishFirstNames);
        const Name &last = random.pick(englishLastNames);
        const Country &country = random.weightedPick(englishCountries);
        const City &city = random.weightedPick(country.cities);
        profile.country = text(country.code);
        p.insert(u"name"_s, QString(text(first.text) + u' ' + text(last.text)));
        latinName = QString::fromLatin1(first.latin) + u'.' + QString::fromLatin1(last.latin);
        // Numbers reserved for fiction: 555-0100…0199 (US), 07700 900xxx (UK), 0491 57x xxx (AU).
        QString phone;
        for (int attempt = 0;
             attempt == 0 || (taken.phones.contains(phone) && attempt < Taken::Retries);
             ++attempt) {
            if (profile.country == u"US"_s)
                phone = u"+1"_s + QString::fromLatin1(city.areaCode) + u"55501"_s
                        + digits(random, 2);
            else if (profile.country == u"GB"_s)
                phone = u"+447700900"_s + digits(random, 3);
            else
                phone = u"+6149157"_s + digits(random, 4);
        }
        taken.phones.insert(phone);
        p.insert(u"phone"_s, phone);
        p.insert(u"city"_s, text(city.name));
        p.insert(u"timezone"_s, text(city.timezone));
        p.insert(u"language"_s, u"en"_s);
        profile.platform = QStringList{u"ios"_s, u"android"_s, u"web"_s}.at(
            random.weighted({50, 35, 15}));
    }
    p.insert(u"country"_s, profile.country);
    p.insert(u"platform"_s, profile.platform);

    static constexpr const char16_t *domains[] = {u"example.com", u"example.net", u"example.org"};
    QString email;
    for (int attempt = 0;
         attempt == 0 || (taken.emails.contains(email) && attempt < Taken::Retries);
         ++attempt) {
        QString suffix;
        if (attempt > 0)
            suffix = QString::number(random.between(100, 9999));
        else if (random.chance(0.5))
            suffix = QString::number(random.between(1, 99));
        const QString domain = text(random.pick(domains));
        email = latinName + suffix + u'@' + domain;
    }
    taken.emails.insert(email);
    p.insert(u"email"_s, email);

    // Age buckets shaped like a shopping app's audience.
    static constexpr int ageLow[] = {18, 25, 35, 45, 55};
    static constexpr int ageHigh[] = {24, 34, 44, 54, 70};
    const int bucket = random.weighted({18, 32, 24, 15, 11});
    p.insert(u"age"_s, int(random.between(ageLow[bucket], ageHigh[bucket])));

    static constexpr const char16_t *tiers[] = {u"bronze", u"silver", u"gold", u"vip"};
    static constexpr int pointsLow[] = {0, 500, 2000, 8000};
    static constexpr int pointsHigh[] = {1500, 5000, 12000, 30000};
    const int tier = random.weighted({45, 30, 18, 7});
    p.insert(u"tier"_s, text(tiers[tier]));
    p.insert(u"points"_s, int(random.between(pointsLow[tier] / 10, pointsHigh[tier] / 10)) * 10);

    p.insert(u"app_version"_s, text(random.weightedPick(appVersions).text));

    const bool marketing = random.chance(0.8);
    p.insert(u"marketing_opt_in"_s, marketing);
    p.insert(u"sms_opt_in"_s, random.chance(marketing ? 0.7 : 0.1));
    p.insert(u"push_opt_in"_s, random.chance(profile.platform == u"web"_s ? 0.35 : 0.75));

    const qint64 signupDaysAgo = random.between(7, 1100);
    const qint64 signup = now - signupDaysAgo * Day;
    p.insert(u"signup_date"_s,
             QDateTime::fromSecsSinceEpoch(signup, Qt::UTC).date().toString(Qt::ISODate));

    // The history: active users logged in during the last 7 days, inactive ones did nothing then.
    const bool active = !random.chance(0.3);
    const qint64 windowStart = std::max(now - 60 * Day, signup);
    const qint64 recentSince = now - 7 * Day;
    HistoryBuilder history(random, profile);
    if (active) {
        const qint64 latest = now - Hour;
        // Within 6 days, so a run whose clock is a few hours past `now` still sees it as recent.
        history.session(random.between(now - 6 * Day, latest), true, latest);
        const qint64 a = random.between(0, 11);
        const qint64 b = random.between(0, 11);
        const int sessions = int(std::min(a, b)); // mostly few visits, sometimes many
        for (int i = 0; i < sessions; ++i)
            history.session(random.between(windowStart, latest), false, latest);
    } else {
        const qint64 latest = recentSince - Hour;
        const int sessions = random.chance(0.2) ? 0 : int(random.between(1, 8));
        for (int i = 0; i < sessions && windowStart < latest; ++i)
            history.session(random.between(windowStart, latest), false, latest);
    }
    user.events = history.take(recentSince);
    return user;
}

} // namespace

namespace UserGenerator {

QList<SampleUser> generate(int count, quint64 seed, const QDateTime &now)
{
    QList<SampleUser> users;
    if (count <= 0)
        return users;
    users.reserve(count);
    Random random(seed);
    Taken taken;
    const qint64 nowSecs = now.toSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        users.append(makeUser(random, i + 1, nowSecs, taken));
    return users;
}

} // namespace UserGenerator

} // namespace Hookflow
