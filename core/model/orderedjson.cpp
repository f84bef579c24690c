// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hookflow {

namespace {
QByteArray scalarJson(const QJsonValue &value)
{
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}
} // namespace

OrderedJson::OrderedJson(const QJsonValue &scalarOrPlain)
    : m_plain(scalarOrPlain)
{
    if (scalarOrPlain.isObject()) {
        m_kind = Kind::Object;
        const QJsonObject object = scalarOrPlain.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            m_members.append({it.key(), OrderedJson(it.value())});
    } else if (scalarOrPlain.isArray()) {
        m_kind = Kind::Array;
        for (const QJsonValue &item : scalarOrPlain.toArray())
            m_items.append(OrderedJson(item));
    }
}

OrderedJson OrderedJson::object()
{
    OrderedJson json;
    json.m_kind = Kind::Object;
    return json;
}

OrderedJson OrderedJson::array()
{
    OrderedJson json;
    json.m_kind = Kind::Array;
    return json;
}

OrderedJson &OrderedJson::add(const QString &key, const OrderedJson &value)
{
    m_members.append({key, value});
    return *this;
}

OrderedJson &OrderedJson::append(const OrderedJson &value)
{
    m_items.append(value);
    return *this;
}

QByteArray OrderedJson::compact() const
{
    switch (m_kind) {
    case Kind::Plain:
        return scalarJson(m_plain);
    case Kind::Object: {
        QByteArray out = "{";
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            out += (i ? ", " : " ") + scalarJson(m_members[i].first) + ": "
                   + m_members[i].second.compact();
        }
        return out + (m_members.isEmpty() ? "}" : " }");
    }
    case Kind::Array: {
        QByteArray out = "[";
        for (qsizetype i = 0; i < m_items.size(); ++i)
            out += (i ? ", " : "") + m_items[i].compact();
        return out + "]";
    }
    }
    return {};
}

void OrderedJson::write(QByteArray &out, int indent, int column, int width) const
{
    const QByteArray oneLine = compact();
    const bool empty = m_kind == Kind::Plain || (m_members.isEmpty() && m_items.isEmpty());
    if (empty || column + oneLine.size() <= width) {
        out += oneLine;
        return;
    }
    const QByteArray inner(indent + 2, ' ');
    if (m_kind == Kind::Object) {
        out += "{\n";
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            const QByteArray key = scalarJson(m_members[i].first) + ": ";
            out += inner + key;
            m_members[i].second.write(out, indent + 2, int(inner.size() + key.size()), width);
            out += i + 1 < m_members.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
    } else {
        out += "[\n";
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            out += inner;
            m_items[i].write(out, indent + 2, indent + 2, width);
            out += i + 1 < m_items.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
    }
}

QByteArray OrderedJson::toJson(int width) const
{
    QByteArray out;
    write(out, 0, 0, width);
    return out + '\n';
}

} // namespace Hookflow
