// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "condition.h"

#include "util/enumnames.h"

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

const EnumNames<KeyType, 7> keyTypes{{
    {KeyType::UserId, u"user_id"_s},
    {KeyType::UserProperty, u"user_property"_s},
    {KeyType::HackleProperty, u"hackle_property"_s},
    {KeyType::EventProperty, u"event_property"_s},
    {KeyType::Segment, u"segment"_s},
    {KeyType::Cohort, u"cohort"_s},
    {KeyType::Event, u"event"_s},
}};

const EnumNames<Operator, 8> operators{{
    {Operator::In, u"in"_s},
    {Operator::Contains, u"contains"_s},
    {Operator::StartsWith, u"starts_with"_s},
    {Operator::EndsWith, u"ends_with"_s},
    {Operator::Gt, u"gt"_s},
    {Operator::Gte, u"gte"_s},
    {Operator::Lt, u"lt"_s},
    {Operator::Lte, u"lte"_s},
}};

const EnumNames<ValueType, 5> valueTypes{{
    {ValueType::String, u"string"_s},
    {ValueType::Number, u"number"_s},
    {ValueType::Boolean, u"boolean"_s},
    {ValueType::Version, u"version"_s},
    {ValueType::Json, u"json"_s},
}};

const EnumNames<Duration::Unit, 3> units{{
    {Duration::Unit::Minutes, u"minutes"_s},
    {Duration::Unit::Hours, u"hours"_s},
    {Duration::Unit::Days, u"days"_s},
}};

} // namespace

qint64 Duration::seconds() const
{
    switch (unit) {
    case Unit::Minutes:
        return amount * 60;
    case Unit::Hours:
        return amount * 3600;
    case Unit::Days:
        return amount * 86400;
    }
    return 0;
}

QString keyTypeName(KeyType type)
{
    return nameOf(keyTypes, type);
}
std::optional<KeyType> keyTypeFromName(const QString &name)
{
    return valueOf(keyTypes, name);
}
QString operatorName(Operator op)
{
    return nameOf(operators, op);
}
std::optional<Operator> operatorFromName(const QString &name)
{
    return valueOf(operators, name);
}
QString valueTypeName(ValueType type)
{
    return nameOf(valueTypes, type);
}
std::optional<ValueType> valueTypeFromName(const QString &name)
{
    return valueOf(valueTypes, name);
}
QString durationUnitName(Duration::Unit unit)
{
    return nameOf(units, unit);
}
std::optional<Duration::Unit> durationUnitFromName(const QString &name)
{
    return valueOf(units, name);
}

} // namespace Hookflow
