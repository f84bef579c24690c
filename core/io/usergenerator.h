// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sampledata.h"

#include <QDateTime>
#include <QList>

namespace Hookflow {

/// Synthetic sample users with realistic properties and event histories, for demos and tests.
namespace UserGenerator {

/// Makes `count` users with ids u00001, u00002, … About 60% are Korean (ko, Asia/Seoul, +8210…)
/// and 40% English-speaking (US, GB, AU). Properties: name, email, phone (E.164), age (18–70),
/// tier, city, country, language, timezone, app_version (2.1.0–2.6.3), platform,
/// marketing_opt_in, sms_opt_in, push_opt_in, signup_date, points. Each history holds 0–40 events
/// (login, app_open, view_product, add_to_wishlist, purchase, write_review) from the 60 days
/// before `now`; about 30% of users have no login in the last 7 days, the others logged in then.
///
/// The same `count`, `seed` and `now` always give the same users, on every platform: the
/// sequence comes from std::mt19937_64 and is mapped to ranges without <random> distributions,
/// whose output the standard leaves to each library.
QList<SampleUser> generate(int count, quint64 seed, const QDateTime &now);

} // namespace UserGenerator

} // namespace Hookflow
