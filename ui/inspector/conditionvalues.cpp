// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/conditionvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Hookflow::ConditionValues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConditionValues)
};

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
}

QStringList split(const QString &text)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && text.at(i + 1) == u',') {
            part += u',';
            ++i;
        } else if (c == u',') {
            parts << part.trimmed();
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part.trimmed();
    // A trailing comma while typing ("a, ") does not make an empty value.
    parts.removeAll(QString());
    return parts;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

QString format(const QJsonArray &values, ValueType type)
{
    if (type == ValueType::Json)
        return values.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
    QStringList parts;
    for (const QJsonValue &value : values)
        parts << valueText(value).replace(u","_s, u"\\,"_s);
    return parts.join(u", "_s);
}

Result<QJsonArray> parse(const QString &text, ValueType type)
{
    if (type == ValueType::Json) {
        if (text.trimmed().isEmpty())
            return QJsonArray();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            return Error{u"values"_s, Tr::tr("write the values as a JSON array, e.g. [1, \"a\"]")};
        return document.array();
    }
    QJsonArray values;
    for (const QString &part : split(text)) {
        switch (type) {
        case ValueType::Auto:
            if (part == u"true" || part == u"false")
                values.append(part == u"true");
            else if (const auto n = number(part))
                values.append(*n);
            else
                values.append(part);
            break;
        case ValueType::Number:
            if (const auto n = number(part))
                values.append(*n);
            else
                return Error{u"values"_s, Tr::tr("\"%1\" is not a number").arg(part)};
            break;
        case ValueType::Boolean:
            if (part == u"true" || part == u"false")
                values.append(part == u"true");
            else
                return Error{u"values"_s, Tr::tr("\"%1\" is not true or false").arg(part)};
            break;
        case ValueType::String:
        case ValueType::Version:
        case ValueType::Json:
            values.append(part);
            break;
        }
    }
    return values;
}

} // namespace Hookflow::ConditionValues
