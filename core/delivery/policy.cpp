// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/policy.h"

#include "model/jsonsource.h"
#include "util/enumnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryPolicy)
};

const EnumNames<Outcome, 3> outcomeNames{
    {{Outcome::Success, u"success"_s}, {Outcome::Retry, u"retry"_s}, {Outcome::Final, u"final"_s}}};

const EnumNames<Http2Mode, 3> http2Names{{{Http2Mode::Off, u"off"_s},
                                          {Http2Mode::Allowed, u"allowed"_s},
                                          {Http2Mode::PriorKnowledge, u"prior-knowledge"_s}}};

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;

// ---- HTTP-date (RFC 9110 §5.6.7) ----------------------------------------------------------

std::optional<int> digits(QByteArrayView text, qsizetype minLength, qsizetype maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> month(QByteArrayView name)
{
    static const char *const names[] = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

bool isDayName(QByteArrayView name, bool longForm)
{
    static const char *const shortNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const longNames[] = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (int i = 0; i < 7; ++i) {
        const char *candidate = longForm ? longNames[i] : shortNames[i];
        if (name.compare(QByteArrayView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QTime> timeOfDay(QByteArrayView text)
{
    if (text.size() != 8 || text.at(2) != ':' || text.at(5) != ':')
        return std::nullopt;
    const auto hour = digits(text.sliced(0, 2), 2, 2);
    const auto minute = digits(text.sliced(3, 2), 2, 2);
    const auto second = digits(text.sliced(6, 2), 2, 2);
    if (!hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60)
        return std::nullopt;
    return QTime(*hour, *minute, std::min(*second, 59)); // a leap second is the second before
}

std::optional<QDateTime> dateTime(int year, std::optional<int> month, int day, const QTime &time)
{
    if (!month)
        return std::nullopt;
    const QDate date(year, *month, day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

/// IMF-fixdate, RFC 850 and asctime forms; nullopt for anything else.
std::optional<QDateTime> parseHttpDate(QByteArrayView text, const QDateTime &now)
{
    QList<QByteArrayView> parts;
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && text.at(i) == ' ')
            ++i;
        qsizetype end = i;
        while (end < text.size() && text.at(end) != ' ')
            ++end;
        if (end > i)
            parts.append(text.sliced(i, end - i));
        i = end;
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    if (parts.size() == 6 && parts.at(0).endsWith(',')) {
        if (!isDayName(parts.at(0).chopped(1), false) || parts.at(5) != "GMT")
            return std::nullopt;
        const auto day = digits(parts.at(1), 2, 2);
        const auto year = digits(parts.at(3), 4, 4);
        const auto time = timeOfDay(parts.at(4));
        if (!day || !year || !time)
            return std::nullopt;
        return dateTime(*year, month(parts.at(2)), *day, *time);
    }
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
    if (parts.size() == 4 && parts.at(0).endsWith(',')) {
        const QByteArrayView date = parts.at(1);
        if (!isDayName(parts.at(0).chopped(1), true) || parts.at(3) != "GMT" || date.size() != 9
            || date.at(2) != '-' || date.at(6) != '-')
            return std::nullopt;
        const auto day = digits(date.sliced(0, 2), 2, 2);
        const auto twoDigitYear = digits(date.sliced(7, 2), 2, 2);
        const auto time = timeOfDay(parts.at(2));
        if (!day || !twoDigitYear || !time)
            return std::nullopt;
        // RFC 9110: a year more than 50 years ahead is the most recent past one with those digits.
        const int thisYear = now.toUTC().date().year();
        int year = thisYear - thisYear % 100 + *twoDigitYear;
        if (year > thisYear + 50)
            year -= 100;
        return dateTime(year, month(date.sliced(3, 3)), *day, *time);
    }
    // asctime: "Sun Nov  6 08:49:37 1994"
    if (parts.size() == 5) {
        if (!isDayName(parts.at(0), false))
            return std::nullopt;
        const auto day = digits(parts.at(2), 1, 2);
        const auto time = timeOfDay(parts.at(3));
        const auto year = digits(parts.at(4), 4, 4);
        if (!day || !time || !year)
            return std::nullopt;
        return dateTime(*year, month(parts.at(1)), *day, *time);
    }
    return std::nullopt;
}

// ---- reading members ----------------------------------------------------------------------

/// Reads members of one JSON object, reporting problems under its path.
class MemberReader
{
public:
    MemberReader(const QJsonObject &object, QString path, Diagnostics *diagnostics)
        : m_object(object)
        , m_path(path.isEmpty() ? u"$"_s : std::move(path))
        , m_diagnostics(diagnostics)
    {}

    QString pathOf(const QString &key) const { return JsonSource::member(m_path, key); }

    void error(const QString &key, const QString &message) const
    {
        if (m_diagnostics)
            m_diagnostics->append({Diagnostic::Severity::Error, pathOf(key), {}, message, {}});
    }

    /// An integer in [min, max] into `target`; anything else is reported and leaves it alone.
    template<typename Int>
    void integer(
        const QString &key, Int &target, qint64 min, qint64 max, const QString &unit = {}) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || std::floor(number) != number || number < double(min)
            || number > double(max)) {
            error(key,
                  unit.isEmpty() ? Tr::tr("\"%1\" must be a whole number from %2 to %3")
                                       .arg(key)
                                       .arg(min)
                                       .arg(max)
                                 : Tr::tr("\"%1\" must be a whole number of %4 from %2 to %3")
                                       .arg(key)
                                       .arg(min)
                                       .arg(max)
                                       .arg(unit));
            return;
        }
        target = Int(number);
    }

    void boolean(const QString &key, bool &target) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isBool()) {
            error(key, Tr::tr("\"%1\" must be true or false").arg(key));
            return;
        }
        target = value.toBool();
    }

    /// A string member; nullopt (reported) when present but not a string.
    std::optional<QString> string(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            error(key, Tr::tr("\"%1\" must be a string").arg(key));
            return std::nullopt;
        }
        return value.toString();
    }

    /// An object member; nullopt (reported) when present but not an object.
    std::optional<QJsonObject> object(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            error(key, Tr::tr("\"%1\" must be an object").arg(key));
            return std::nullopt;
        }
        return value.toObject();
    }

    /// Members other than `known` are kept in the file but not understood: a warning each.
    void unknown(const QStringList &known) const
    {
        if (!m_diagnostics)
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                m_diagnostics->append({Diagnostic::Severity::Warning,
                                       pathOf(it.key()),
                                       {},
                                       Tr::tr("unknown member \"%1\" is ignored (known: %2)")
                                           .arg(it.key(), known.join(u", "_s)),
                                       {}});
        }
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    Diagnostics *m_diagnostics;
};

/// 32 bytes from 64 hex digits (colons allowed between pairs, as openssl prints them) or from
/// base64; empty when the text is neither.
QByteArray parseSha256(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(u':');
    if (hex.size() == 64) {
        const bool allHex = std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
        if (allHex)
            return QByteArray::fromHex(hex.toLatin1());
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == 32)
        return decoded.decoded;
    return {};
}

/// How far a fixed delay may move either way.
qint64 jitterSpread(qint64 nominal, double jitter)
{
    return std::llround(double(nominal) * std::clamp(jitter, 0.0, 1.0));
}

const QString PresetKey = u"preset"_s;
const QString MaxAttemptsKey = u"max_attempts"_s;
const QString TimeoutKey = u"timeout_ms"_s;
const QString InactivityKey = u"inactivity_timeout_ms"_s;
const QString RetryAfterCapKey = u"retry_after_cap_ms"_s;
const QString Http2Key = u"http2"_s;
const QString RedirectsKey = u"redirects"_s;
const QString FollowKey = u"follow"_s;
const QString MaxHopsKey = u"max_hops"_s;
const QString PinnedKey = u"pinned_certificate_sha256"_s;

const QString HostConcurrencyKey = u"host_concurrency"_s;
const QString RateLimitKey = u"rate_limit"_s;
const QString CountKey = u"count"_s;
const QString PerKey = u"per"_s;
const QString BreakerKey = u"circuit_breaker"_s;
const QString FailuresKey = u"failures"_s;
const QString WindowKey = u"window_ms"_s;
const QString CooldownKey = u"cooldown_ms"_s;
const QString ProfileKey = u"profile"_s;

} // namespace

QString outcomeName(Outcome outcome)
{
    return nameOf(outcomeNames, outcome);
}

Outcome classifyStatus(int status)
{
    if (status >= 200 && status <= 299)
        return Outcome::Success;
    if (status == 408 || status == 429 || (status >= 500 && status <= 599))
        return Outcome::Retry;
    return Outcome::Final;
}

Outcome classifyNetworkError(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::NoError:
        return Outcome::Success;
    // The connection could not be made, was cut, or took too long: the next try may work.
    case E::ConnectionRefusedError:
    case E::RemoteHostClosedError:
    case E::HostNotFoundError:
    case E::TimeoutError:
    case E::OperationCanceledError: // the engine's own deadline or inactivity timer aborted it
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::UnknownProxyError:
    // A response that broke the protocol (garbled headers, a body cut short) is most often a
    // connection dropped half-way; an endpoint that always answers garbage still runs out of
    // attempts.
    case E::ProtocolFailure:
        return Outcome::Retry;
    // Trying again cannot help: the certificate is not trusted, the scheme is not HTTP, the
    // redirect policy refused, or credentials are missing.
    case E::SslHandshakeFailedError:
    case E::BackgroundRequestNotAllowedError:
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
    case E::ProxyAuthenticationRequiredError:
    case E::ProtocolUnknownError:
        return Outcome::Final;
    // QtNetwork's names for HTTP statuses: the same answer as the status would give.
    case E::ContentAccessDenied:
        return classifyStatus(403);
    case E::ContentOperationNotPermittedError:
        return classifyStatus(405);
    case E::ContentNotFoundError:
        return classifyStatus(404);
    case E::AuthenticationRequiredError:
        return classifyStatus(401);
    case E::ContentReSendError: // the body could not be sent a second time (after a 401)
        return Outcome::Final;
    case E::ContentConflictError:
        return classifyStatus(409);
    case E::ContentGoneError:
        return classifyStatus(410);
    case E::UnknownContentError: // some other 4xx
        return Outcome::Final;
    case E::ProtocolInvalidOperationError: // 400
        return classifyStatus(400);
    case E::InternalServerError:
        return classifyStatus(500);
    case E::OperationNotImplementedError:
        return classifyStatus(501);
    case E::ServiceUnavailableError:
        return classifyStatus(503);
    case E::UnknownServerError: // some other 5xx
        return Outcome::Retry;
    }
    return Outcome::Retry; // a code newer than this list: a network problem of some kind
}

std::optional<qint64> parseRetryAfterMs(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // delta-seconds; anything beyond a year is as good as forever, and the cap applies.
        constexpr qint64 MaxSeconds = 366LL * 24 * 3600;
        qint64 seconds = 0;
        for (char c : text) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > MaxSeconds) {
                seconds = MaxSeconds;
                break;
            }
        }
        return seconds * Second;
    }
    const std::optional<QDateTime> date = parseHttpDate(text, now);
    if (!date)
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(*date));
}

QString http2ModeName(Http2Mode mode)
{
    return nameOf(http2Names, mode);
}

std::optional<Http2Mode> http2ModeFromName(const QString &name)
{
    return valueOf(http2Names, name);
}

// ---- DeliveryPolicy -------------------------------------------------------------------------

bool DeliveryPolicy::isPreset(const QString &name)
{
    return name == TestFire || name == Production;
}

DeliveryPolicy DeliveryPolicy::forPreset(const QString &name)
{
    DeliveryPolicy policy; // the members' initializers are the test-fire preset
    if (name == Production) {
        policy.preset = Production;
        policy.maxAttempts = 8;
        policy.scheduleMs = {
            5 * Second, 5 * Minute, 30 * Minute, 2 * Hour, 5 * Hour, 10 * Hour, 10 * Hour};
        policy.scheduleJitter = 0.2;
        policy.retryAfterCapMs = Hour;
    }
    return policy;
}

DeliveryPolicy DeliveryPolicy::fromJson(const QJsonObject &json,
                                        const QString &path,
                                        Diagnostics *diagnostics)
{
    const MemberReader read(json, path, diagnostics);
    DeliveryPolicy policy;
    if (const auto preset = read.string(PresetKey)) {
        if (isPreset(*preset))
            policy = forPreset(*preset);
        else
            read.error(PresetKey,
                       Tr::tr("unknown preset \"%1\" (use \"test-fire\" or \"production\")")
                           .arg(*preset));
    }
    read.integer(MaxAttemptsKey, policy.maxAttempts, 1, MaxAttemptsLimit);
    const QString ms = Tr::tr("milliseconds");
    read.integer(TimeoutKey, policy.timeoutMs, 1, MaxTimeoutMs, ms);
    read.integer(InactivityKey, policy.inactivityMs, 0, MaxTimeoutMs, ms);
    read.integer(RetryAfterCapKey, policy.retryAfterCapMs, 0, MaxRetryAfterCapMs, ms);
    if (const auto http2 = read.string(Http2Key)) {
        if (const auto mode = http2ModeFromName(*http2))
            policy.http2 = *mode;
        else
            read.error(Http2Key,
                       Tr::tr("unknown HTTP/2 mode \"%1\" (use \"off\", \"allowed\" or "
                              "\"prior-knowledge\")")
                           .arg(*http2));
    }
    if (const auto redirects = read.object(RedirectsKey)) {
        const MemberReader readRedirects(*redirects, read.pathOf(RedirectsKey), diagnostics);
        readRedirects.boolean(FollowKey, policy.followRedirects);
        readRedirects.integer(MaxHopsKey, policy.maxRedirects, 1, MaxRedirectsLimit);
        readRedirects.unknown({FollowKey, MaxHopsKey});
    }
    if (const auto pinned = read.string(PinnedKey)) {
        const QByteArray sha256 = parseSha256(*pinned);
        if (sha256.isEmpty())
            read.error(PinnedKey,
                       Tr::tr("\"%1\" must be the certificate's SHA-256 as 64 hex digits or in "
                              "base64")
                           .arg(PinnedKey));
        else
            policy.pinnedSha256 = sha256;
    }
    read.unknown({PresetKey,
                  MaxAttemptsKey,
                  TimeoutKey,
                  InactivityKey,
                  RetryAfterCapKey,
                  Http2Key,
                  RedirectsKey,
                  PinnedKey});
    return policy;
}

QJsonObject DeliveryPolicy::toJson() const
{
    const DeliveryPolicy base = forPreset(preset);
    QJsonObject json; // QJsonObject keeps its keys sorted: the order is stable
    if (preset != TestFire)
        json.insert(PresetKey, preset);
    if (maxAttempts != base.maxAttempts)
        json.insert(MaxAttemptsKey, maxAttempts);
    if (timeoutMs != base.timeoutMs)
        json.insert(TimeoutKey, timeoutMs);
    if (inactivityMs != base.inactivityMs)
        json.insert(InactivityKey, inactivityMs);
    if (retryAfterCapMs != base.retryAfterCapMs)
        json.insert(RetryAfterCapKey, retryAfterCapMs);
    if (http2 != base.http2)
        json.insert(Http2Key, http2ModeName(http2));
    QJsonObject redirects;
    if (followRedirects != base.followRedirects)
        redirects.insert(FollowKey, followRedirects);
    if (maxRedirects != base.maxRedirects)
        redirects.insert(MaxHopsKey, maxRedirects);
    if (!redirects.isEmpty())
        json.insert(RedirectsKey, redirects);
    if (!pinnedSha256.isEmpty())
        json.insert(PinnedKey, QString::fromLatin1(pinnedSha256.toHex()));
    return json;
}

qint64 DeliveryPolicy::maxDelayBeforeAttempt(int attempt) const
{
    if (attempt < 2)
        return 0;
    if (!scheduleMs.isEmpty()) {
        const qint64 nominal = scheduleMs.at(
            std::min<qsizetype>(attempt - 2, scheduleMs.size() - 1));
        return nominal + jitterSpread(nominal, scheduleJitter);
    }
    // min(cap, base·2^(attempt−2)) without overflowing for large attempts.
    qint64 ceiling = backoffBaseMs;
    for (int i = 2; i < attempt && ceiling < backoffCapMs; ++i)
        ceiling *= 2;
    return std::max<qint64>(0, std::min(ceiling, backoffCapMs));
}

qint64 DeliveryPolicy::delayBeforeAttempt(int attempt, QRandomGenerator &rng) const
{
    if (attempt < 2)
        return 0;
    const qint64 highest = maxDelayBeforeAttempt(attempt);
    qint64 lowest = 0; // full jitter
    if (!scheduleMs.isEmpty()) {
        const qint64 nominal = scheduleMs.at(
            std::min<qsizetype>(attempt - 2, scheduleMs.size() - 1));
        lowest = std::max<qint64>(0, nominal - jitterSpread(nominal, scheduleJitter));
    }
    if (highest <= lowest)
        return std::max<qint64>(0, highest);
    return lowest + qint64(rng.bounded(quint64(highest - lowest) + 1));
}

qint64 DeliveryPolicy::retryDelay(int attempt,
                                  std::optional<qint64> retryAfterMs,
                                  QRandomGenerator &rng) const
{
    const qint64 backoff = delayBeforeAttempt(attempt, rng);
    if (!retryAfterMs)
        return backoff;
    return std::max(backoff, std::clamp<qint64>(*retryAfterMs, 0, retryAfterCapMs));
}

qint64 DeliveryPolicy::maxTotalDelayMs() const
{
    qint64 total = 0;
    for (int attempt = 2; attempt <= maxAttempts; ++attempt)
        total += maxDelayBeforeAttempt(attempt);
    return total;
}

QString DeliveryPolicy::formatDuration(qint64 ms)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    struct Unit
    {
        qint64 ms;
        QString (*format)(const QString &);
    };
    static const Unit units[] = {
        {Hour, [](const QString &n) { return Tr::tr("%1 h", "hours").arg(n); }},
        {Minute, [](const QString &n) { return Tr::tr("%1 min", "minutes").arg(n); }},
        {Second, [](const QString &n) { return Tr::tr("%1 s", "seconds").arg(n); }},
    };
    for (const Unit &unit : units) {
        if (ms < unit.ms)
            continue;
        if (ms % unit.ms == 0)
            return unit.format(locale.toString(ms / unit.ms));
        if ((ms * 10) % unit.ms == 0)
            return unit.format(locale.toString(double(ms) / double(unit.ms), 'f', 1));
    }
    return Tr::tr("%1 ms", "milliseconds").arg(locale.toString(ms));
}

QString DeliveryPolicy::scheduleSummary() const
{
    QStringList steps{Tr::tr("now", "the first attempt goes at once")};
    for (int attempt = 2; attempt <= maxAttempts; ++attempt) {
        if (scheduleMs.isEmpty()) {
            steps << Tr::tr("up to %1", "a random delay of at most this")
                         .arg(formatDuration(maxDelayBeforeAttempt(attempt)));
        } else {
            steps << formatDuration(
                scheduleMs.at(std::min<qsizetype>(attempt - 2, scheduleMs.size() - 1)));
        }
    }
    const QString list = steps.join(u", "_s);
    if (maxAttempts == 1)
        return Tr::tr("%1 (no retries)").arg(list);
    if (!scheduleMs.isEmpty() && scheduleJitter > 0)
        return Tr::tr("%1 (each retry ±%2%)").arg(list).arg(qRound(scheduleJitter * 100));
    return list;
}

// ---- DeliverySettings -----------------------------------------------------------------------

DeliverySettings DeliverySettings::fromJson(const QJsonObject &json,
                                            const QString &path,
                                            Diagnostics *diagnostics)
{
    const MemberReader read(json, path.isEmpty() ? u"$.delivery"_s : path, diagnostics);
    DeliverySettings settings;
    read.integer(HostConcurrencyKey, settings.hostConcurrency, 1, MaxHostConcurrency);
    if (const auto rate = read.object(RateLimitKey)) {
        const MemberReader readRate(*rate, read.pathOf(RateLimitKey), diagnostics);
        int count = 0;
        if (!rate->contains(CountKey))
            readRate.error(CountKey, Tr::tr("a rate limit needs a \"count\""));
        readRate.integer(CountKey, count, 1, MaxRateLimit);
        qint64 window = 1000;
        if (const auto per = readRate.string(PerKey)) {
            if (*per == u"second")
                window = Second;
            else if (*per == u"minute")
                window = Minute;
            else
                readRate.error(PerKey,
                               Tr::tr("unknown rate period \"%1\" (use \"second\" or \"minute\")")
                                   .arg(*per));
        }
        readRate.unknown({CountKey, PerKey});
        settings.rateLimit = count;
        settings.rateWindowMs = window;
    }
    if (const auto breaker = read.object(BreakerKey)) {
        const MemberReader readBreaker(*breaker, read.pathOf(BreakerKey), diagnostics);
        const QString ms = Tr::tr("milliseconds");
        readBreaker.integer(FailuresKey, settings.breakerFailures, 0, MaxBreakerFailures);
        readBreaker.integer(WindowKey, settings.breakerWindowMs, 1, MaxBreakerMs, ms);
        readBreaker.integer(CooldownKey, settings.breakerCooldownMs, 1, MaxBreakerMs, ms);
        readBreaker.unknown({FailuresKey, WindowKey, CooldownKey});
    }
    if (const auto profile = read.string(ProfileKey)) {
        if (profile->isEmpty() || *profile == HackleProfile)
            settings.profile = *profile;
        else
            read.error(ProfileKey,
                       Tr::tr("unknown validation profile \"%1\" (use \"hackle\")").arg(*profile));
    }
    read.unknown({HostConcurrencyKey, RateLimitKey, BreakerKey, ProfileKey});
    return settings;
}

QJsonObject DeliverySettings::toJson() const
{
    const DeliverySettings base;
    QJsonObject json;
    if (hostConcurrency != base.hostConcurrency)
        json.insert(HostConcurrencyKey, hostConcurrency);
    if (rateLimit > 0)
        json.insert(RateLimitKey,
                    QJsonObject{{CountKey, rateLimit},
                                {PerKey, rateWindowMs == Minute ? u"minute"_s : u"second"_s}});
    QJsonObject breaker;
    if (breakerFailures != base.breakerFailures)
        breaker.insert(FailuresKey, breakerFailures);
    if (breakerWindowMs != base.breakerWindowMs)
        breaker.insert(WindowKey, breakerWindowMs);
    if (breakerCooldownMs != base.breakerCooldownMs)
        breaker.insert(CooldownKey, breakerCooldownMs);
    if (!breaker.isEmpty())
        json.insert(BreakerKey, breaker);
    if (!profile.isEmpty())
        json.insert(ProfileKey, profile);
    return json;
}

} // namespace Hookflow
