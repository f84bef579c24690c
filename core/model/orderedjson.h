// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Hookflow {

/// A JSON value whose object members keep the order they were added in (QJsonObject sorts them).
/// Used to write files whose key order is fixed by the format, so that they diff well.
class OrderedJson
{
public:
    OrderedJson(const QJsonValue &scalarOrPlain = {}); // objects inside are written with sorted keys
    static OrderedJson object();
    static OrderedJson array();

    OrderedJson &add(const QString &key, const OrderedJson &value); ///< object member
    OrderedJson &append(const OrderedJson &value);                  ///< array element
    OrderedJson &add(const QString &key, const QJsonValue &value)
    {
        return add(key, OrderedJson(value));
    }
    OrderedJson &append(const QJsonValue &value) { return append(OrderedJson(value)); }

    /// Pretty form: 2-space indentation; an object or array that fits in `width` columns stays on
    /// one line; ends with a newline.
    QByteArray toJson(int width = 100) const;

private:
    enum class Kind { Plain, Object, Array };
    Kind m_kind = Kind::Plain;
    QJsonValue m_plain;
    QList<std::pair<QString, OrderedJson>> m_members;
    QList<OrderedJson> m_items;

    QByteArray compact() const;
    void write(QByteArray &out, int indent, int column, int width) const;
};

} // namespace Hookflow
