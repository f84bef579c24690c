// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignformat.h"

#include "model/orderedjson.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hookflow::CampaignFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CampaignFormat)
};

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("a boolean");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

QString jsonTypeName(const QJsonValue &value)
{
    return typeName(value.type());
}

/// Reads the structure of format 1, collecting every problem instead of stopping at the first.
class Reader
{
public:
    Diagnostics diagnostics;

    void error(const QString &path, const QString &message, const QString &nodeId = {})
    {
        diagnostics.append({Diagnostic::Severity::Error, path, nodeId, message, {}});
    }
    void warning(const QString &path, const QString &message, const QString &nodeId = {})
    {
        diagnostics.append({Diagnostic::Severity::Warning, path, nodeId, message, {}});
    }

    /// Returns the member when it has the expected type; reports a missing required member or a
    /// wrong type.
    QJsonValue member(const QJsonObject &object,
                      const QString &path,
                      const QString &key,
                      QJsonValue::Type type,
                      bool required,
                      const QString &nodeId = {})
    {
        const QJsonValue value = object.value(key);
        const QString memberPath = JsonSource::member(path, key);
        if (value.isUndefined()) {
            if (required)
                error(path, Tr::tr("missing required field \"%1\"").arg(key), nodeId);
            return {};
        }
        if (value.type() != type) {
            error(memberPath,
                  Tr::tr("\"%1\" must be %2, not %3").arg(key, typeName(type), jsonTypeName(value)),
                  nodeId);
            return {};
        }
        return value;
    }

    QString string(const QJsonObject &object,
                   const QString &path,
                   const QString &key,
                   bool required,
                   const QString &nodeId = {})
    {
        return member(object, path, key, QJsonValue::String, required, nodeId).toString();
    }

    void unknownMembers(const QJsonObject &object,
                        const QString &path,
                        const QStringList &known,
                        QJsonObject &extra,
                        const QString &nodeId = {})
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            warning(JsonSource::member(path, it.key()),
                    Tr::tr("unknown field \"%1\" (kept as it is)").arg(it.key()),
                    nodeId);
            extra.insert(it.key(), it.value());
        }
    }

    std::optional<Duration> duration(const QJsonValue &value,
                                     const QString &path,
                                     const QString &nodeId)
    {
        if (!value.isObject()) {
            error(path,
                  Tr::tr(
                      "a duration must be an object such as {\"amount\": 7, \"unit\": \"days\"}"),
                  nodeId);
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        const QJsonValue amount = member(object, path, u"amount"_s, QJsonValue::Double, true, nodeId);
        const QString unitName = string(object, path, u"unit"_s, true, nodeId);
        if (amount.isUndefined() || unitName.isEmpty())
            return std::nullopt;
        const double number = amount.toDouble();
        if (number < 0 || number != std::floor(number)) {
            error(JsonSource::member(path, u"amount"_s),
                  Tr::tr("\"amount\" must be a whole number of 0 or more"),
                  nodeId);
            return std::nullopt;
        }
        const auto unit = durationUnitFromName(unitName);
        if (!unit) {
            error(JsonSource::member(path, u"unit"_s),
                  Tr::tr("unknown unit \"%1\" (use minutes, hours or days)").arg(unitName),
                  nodeId);
            return std::nullopt;
        }
        return Duration{qint64(number), *unit};
    }

    std::optional<Condition> condition(const QJsonValue &value,
                                       const QString &path,
                                       const QString &nodeId)
    {
        if (!value.isObject()) {
            error(path,
                  Tr::tr("a condition must be an object, not %1").arg(jsonTypeName(value)),
                  nodeId);
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        Condition condition;
        bool good = true;
        const QJsonValue key = member(object, path, u"key"_s, QJsonValue::Object, true, nodeId);
        if (key.isObject()) {
            const QString keyPath = JsonSource::member(path, u"key"_s);
            const QString typeName = string(key.toObject(), keyPath, u"type"_s, true, nodeId);
            const auto type = keyTypeFromName(typeName);
            if (!type && !typeName.isEmpty()) {
                error(JsonSource::member(keyPath, u"type"_s),
                      Tr::tr(
                          "unknown key type \"%1\" (use user_id, user_property, hackle_property, "
                          "event_property, segment, cohort or event)")
                          .arg(typeName),
                      nodeId);
            }
            good = good && type.has_value();
            condition.keyType = type.value_or(KeyType::UserProperty);
            condition.keyName = string(key.toObject(),
                                       keyPath,
                                       u"name"_s,
                                       condition.keyType != KeyType::UserId,
                                       nodeId);
        } else {
            good = false;
        }
        const QString match = object.contains(u"match"_s)
                                  ? string(object, path, u"match"_s, false, nodeId)
                                  : u"match"_s;
        if (match == u"not_match")
            condition.match = MatchType::NotMatch;
        else if (match != u"match") {
            error(JsonSource::member(path, u"match"_s),
                  Tr::tr("\"match\" must be \"match\" or \"not_match\", not \"%1\"").arg(match),
                  nodeId);
            good = false;
        }
        const QString opName = string(object, path, u"operator"_s, true, nodeId);
        const auto op = operatorFromName(opName);
        if (!op && !opName.isEmpty()) {
            error(JsonSource::member(path, u"operator"_s),
                  Tr::tr(
                      "unknown operator \"%1\" (use in, contains, starts_with, ends_with, gt, gte, "
                      "lt or lte)")
                      .arg(opName),
                  nodeId);
        }
        good = good && op.has_value();
        condition.op = op.value_or(Operator::In);
        if (object.contains(u"value_type"_s)) {
            const QString typeName = string(object, path, u"value_type"_s, false, nodeId);
            const auto type = valueTypeFromName(typeName);
            if (!type) {
                error(
                    JsonSource::member(path, u"value_type"_s),
                    Tr::tr(
                        "unknown value type \"%1\" (use string, number, boolean, version or json)")
                        .arg(typeName),
                    nodeId);
                good = false;
            }
            condition.valueType = type.value_or(ValueType::Auto);
        }
        const QJsonValue values = member(object, path, u"values"_s, QJsonValue::Array, true, nodeId);
        good = good && values.isArray();
        condition.values = values.toArray();
        if (object.contains(u"within"_s)) {
            condition.within = duration(object.value(u"within"_s),
                                        JsonSource::member(path, u"within"_s),
                                        nodeId);
            good = good && condition.within.has_value();
        }
        if (object.contains(u"where"_s))
            good = where(object.value(u"where"_s),
                         JsonSource::member(path, u"where"_s),
                         nodeId,
                         condition)
                   && good;
        QJsonObject ignored;
        unknownMembers(object,
                       path,
                       {u"key"_s,
                        u"match"_s,
                        u"operator"_s,
                        u"value_type"_s,
                        u"values"_s,
                        u"within"_s,
                        u"where"_s},
                       ignored,
                       nodeId);
        return good ? std::optional(condition) : std::nullopt;
    }

    /// A behavioural condition's event filter: event_property conditions on each counted event.
    bool where(const QJsonValue &value,
               const QString &path,
               const QString &nodeId,
               Condition &condition)
    {
        if (condition.keyType != KeyType::Event) {
            error(path,
                  Tr::tr("\"where\" belongs to behavioural conditions (key type \"event\") only"),
                  nodeId);
            return false;
        }
        if (!value.isArray()) {
            error(path,
                  Tr::tr("\"where\" must be an array of event_property conditions, not %1")
                      .arg(jsonTypeName(value)),
                  nodeId);
            return false;
        }
        bool good = true;
        const QJsonArray array = value.toArray();
        for (qsizetype k = 0; k < array.size(); ++k) {
            const QString innerPath = JsonSource::index(path, k);
            const auto inner = this->condition(array.at(k), innerPath, nodeId);
            if (!inner) {
                good = false;
                continue;
            }
            if (inner->keyType != KeyType::EventProperty) {
                error(JsonSource::member(JsonSource::member(innerPath, u"key"_s), u"type"_s),
                      Tr::tr("a \"where\" condition looks at the event's properties: its key "
                             "type must be \"event_property\", not \"%1\"")
                          .arg(keyTypeName(inner->keyType)),
                      nodeId);
                good = false;
                continue;
            }
            condition.where.append(*inner);
        }
        return good;
    }

    QList<Condition> conditions(const QJsonValue &value, const QString &path, const QString &nodeId)
    {
        QList<Condition> result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto c = condition(array.at(i), JsonSource::index(path, i), nodeId))
                result.append(*c);
        }
        return result;
    }

    HeaderList pairs(const QJsonValue &value, const QString &path, const QString &nodeId)
    {
        HeaderList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonArray pair = array.at(i).toArray();
            if (!array.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString()
                || !pair.at(1).isString()) {
                error(JsonSource::index(path, i),
                      Tr::tr("each entry must be a [\"name\", \"value\"] pair of strings"),
                      nodeId);
                continue;
            }
            result.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        return result;
    }

    std::optional<Node> node(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            error(path, Tr::tr("a node must be an object, not %1").arg(jsonTypeName(value)));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        Node node;
        node.id = string(object, path, u"id"_s, true);
        const QString kindName = string(object, path, u"kind"_s, true, node.id);
        const auto kind = nodeKindFromName(kindName);
        if (!kindName.isEmpty() && !kind) {
            error(JsonSource::member(path, u"kind"_s),
                  Tr::tr("unknown node kind \"%1\" (use trigger, audience, webhook, delay, branch, "
                         "limit or exit)")
                      .arg(kindName),
                  node.id);
        }
        if (node.id.isEmpty() || !kind)
            return std::nullopt;
        node.kind = *kind;

        const QJsonValue position = member(
            object, path, u"position"_s, QJsonValue::Array, false, node.id);
        if (position.isArray()) {
            const QJsonArray xy = position.toArray();
            if (xy.size() == 2 && xy.at(0).isDouble() && xy.at(1).isDouble())
                node.position = QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
            else
                error(JsonSource::member(path, u"position"_s),
                      Tr::tr("\"position\" must be [x, y] numbers"),
                      node.id);
        }
        node.label = string(object, path, u"label"_s, false, node.id);

        QStringList known{u"id"_s, u"kind"_s, u"position"_s, u"label"_s};
        switch (node.kind) {
        case NodeKind::Trigger: {
            known << u"event_key"_s << u"filters"_s;
            node.eventKey = string(object, path, u"event_key"_s, true, node.id);
            const QJsonValue filters = member(
                object, path, u"filters"_s, QJsonValue::Array, false, node.id);
            node.filters = conditions(filters, JsonSource::member(path, u"filters"_s), node.id);
            break;
        }
        case NodeKind::Audience:
        case NodeKind::Branch: {
            known << u"rules"_s;
            const QJsonValue rules = member(
                object, path, u"rules"_s, QJsonValue::Array, false, node.id);
            const QJsonArray array = rules.toArray();
            const QString rulesPath = JsonSource::member(path, u"rules"_s);
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isArray()) {
                    error(JsonSource::index(rulesPath, i),
                          Tr::tr("a rule must be an array of conditions (all must hold)"),
                          node.id);
                    continue;
                }
                node.rules.append(conditions(array.at(i), JsonSource::index(rulesPath, i), node.id));
            }
            break;
        }
        case NodeKind::Webhook: {
            known << u"request"_s << u"policy"_s << u"signing"_s;
            const QJsonValue request = member(
                object, path, u"request"_s, QJsonValue::Object, true, node.id);
            if (request.isObject()) {
                const QJsonObject r = request.toObject();
                const QString rp = JsonSource::member(path, u"request"_s);
                if (r.contains(u"method"_s))
                    node.request.method = string(r, rp, u"method"_s, false, node.id);
                node.request.url = string(r, rp, u"url"_s, true, node.id);
                node.request.params = pairs(
                    member(r, rp, u"params"_s, QJsonValue::Array, false, node.id),
                    JsonSource::member(rp, u"params"_s),
                    node.id);
                node.request.headers = pairs(
                    member(r, rp, u"headers"_s, QJsonValue::Array, false, node.id),
                    JsonSource::member(rp, u"headers"_s),
                    node.id);
                node.request.body = string(r, rp, u"body"_s, false, node.id);
                const QString redactPath = JsonSource::member(rp, u"redact_headers"_s);
                const QJsonArray redact = member(r,
                                                 rp,
                                                 u"redact_headers"_s,
                                                 QJsonValue::Array,
                                                 false,
                                                 node.id)
                                              .toArray();
                for (qsizetype i = 0; i < redact.size(); ++i) {
                    if (redact.at(i).isString())
                        node.request.redactHeaders.append(redact.at(i).toString());
                    else
                        error(JsonSource::index(redactPath, i),
                              Tr::tr("a header name to redact must be a string"),
                              node.id);
                }
                QJsonObject ignored;
                unknownMembers(r,
                               rp,
                               {u"method"_s,
                                u"url"_s,
                                u"params"_s,
                                u"headers"_s,
                                u"body"_s,
                                u"redact_headers"_s},
                               ignored,
                               node.id);
            }
            node.policy = member(object, path, u"policy"_s, QJsonValue::Object, false, node.id)
                              .toObject();
            node.signing = member(object, path, u"signing"_s, QJsonValue::Object, false, node.id)
                               .toObject();
            break;
        }
        case NodeKind::Delay: {
            known << u"wait"_s;
            if (object.contains(u"wait"_s)) {
                if (auto wait = duration(object.value(u"wait"_s),
                                         JsonSource::member(path, u"wait"_s),
                                         node.id))
                    node.wait = *wait;
            } else {
                error(path, Tr::tr("missing required field \"%1\"").arg(u"wait"_s), node.id);
            }
            break;
        }
        case NodeKind::Limit: {
            known << u"count"_s << u"window"_s;
            const QJsonValue count = member(
                object, path, u"count"_s, QJsonValue::Double, true, node.id);
            if (count.isDouble()) {
                const double n = count.toDouble();
                if (n < 1 || n != std::floor(n))
                    error(JsonSource::member(path, u"count"_s),
                          Tr::tr("\"count\" must be a whole number of 1 or more"),
                          node.id);
                node.limit.count = int(n);
            }
            if (object.contains(u"window"_s)) {
                if (auto window = duration(object.value(u"window"_s),
                                           JsonSource::member(path, u"window"_s),
                                           node.id))
                    node.limit.window = *window;
            } else {
                error(path, Tr::tr("missing required field \"%1\"").arg(u"window"_s), node.id);
            }
            break;
        }
        case NodeKind::Exit:
            break;
        }
        unknownMembers(object, path, known, node.extra, node.id);
        return node;
    }
};

OrderedJson durationJson(const Duration &duration)
{
    return OrderedJson::object()
        .add(u"amount"_s, double(duration.amount))
        .add(u"unit"_s, durationUnitName(duration.unit));
}

OrderedJson conditionJson(const Condition &condition)
{
    OrderedJson key = OrderedJson::object().add(u"type"_s, keyTypeName(condition.keyType));
    if (condition.keyType != KeyType::UserId || !condition.keyName.isEmpty())
        key.add(u"name"_s, condition.keyName);
    OrderedJson json = OrderedJson::object().add(u"key"_s, key);
    if (condition.valueType != ValueType::Auto)
        json.add(u"value_type"_s, valueTypeName(condition.valueType));
    json.add(u"match"_s, condition.match == MatchType::Match ? u"match"_s : u"not_match"_s)
        .add(u"operator"_s, operatorName(condition.op))
        .add(u"values"_s, condition.values);
    if (condition.within)
        json.add(u"within"_s, durationJson(*condition.within));
    if (!condition.where.isEmpty()) {
        OrderedJson where = OrderedJson::array();
        for (const Condition &c : condition.where)
            where.append(conditionJson(c));
        json.add(u"where"_s, where);
    }
    return json;
}

OrderedJson pairsJson(const HeaderList &pairs)
{
    OrderedJson json = OrderedJson::array();
    for (const auto &[name, value] : pairs)
        json.append(QJsonArray{name, value});
    return json;
}

OrderedJson nodeJson(const Node &node)
{
    OrderedJson json = OrderedJson::object()
                           .add(u"id"_s, node.id)
                           .add(u"kind"_s, nodeKindName(node.kind))
                           .add(u"position"_s, QJsonArray{node.position.x(), node.position.y()});
    if (!node.label.isEmpty())
        json.add(u"label"_s, node.label);
    switch (node.kind) {
    case NodeKind::Trigger: {
        json.add(u"event_key"_s, node.eventKey);
        OrderedJson filters = OrderedJson::array();
        for (const Condition &c : node.filters)
            filters.append(conditionJson(c));
        json.add(u"filters"_s, filters);
        break;
    }
    case NodeKind::Audience:
    case NodeKind::Branch: {
        OrderedJson rules = OrderedJson::array();
        for (const Rule &rule : node.rules) {
            OrderedJson conditions = OrderedJson::array();
            for (const Condition &c : rule)
                conditions.append(conditionJson(c));
            rules.append(conditions);
        }
        json.add(u"rules"_s, rules);
        break;
    }
    case NodeKind::Webhook: {
        OrderedJson request = OrderedJson::object()
                                  .add(u"method"_s, node.request.method)
                                  .add(u"url"_s, node.request.url)
                                  .add(u"params"_s, pairsJson(node.request.params))
                                  .add(u"headers"_s, pairsJson(node.request.headers))
                                  .add(u"body"_s, node.request.body);
        if (!node.request.redactHeaders.isEmpty())
            request.add(u"redact_headers"_s,
                        QJsonValue(QJsonArray::fromStringList(node.request.redactHeaders)));
        json.add(u"request"_s, request);
        if (!node.policy.isEmpty())
            json.add(u"policy"_s, QJsonValue(node.policy));
        if (!node.signing.isEmpty())
            json.add(u"signing"_s, QJsonValue(node.signing));
        break;
    }
    case NodeKind::Delay:
        json.add(u"wait"_s, durationJson(node.wait));
        break;
    case NodeKind::Limit:
        json.add(u"count"_s, double(node.limit.count))
            .add(u"window"_s, durationJson(node.limit.window));
        break;
    case NodeKind::Exit:
        break;
    }
    for (auto it = node.extra.begin(); it != node.extra.end(); ++it)
        json.add(it.key(), it.value());
    return json;
}

} // namespace

QJsonObject conditionToJson(const Condition &condition)
{
    return QJsonDocument::fromJson(conditionJson(condition).toJson()).object();
}

std::optional<RuleSet> parseRules(const QJsonValue &value,
                                  const QString &path,
                                  Diagnostics &diagnostics)
{
    Reader reader;
    if (!value.isArray()) {
        reader.error(path,
                     Tr::tr("\"rules\" must be an array of rules, not %1").arg(jsonTypeName(value)));
        diagnostics += reader.diagnostics;
        return std::nullopt;
    }
    RuleSet rules;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isArray()) {
            reader.error(JsonSource::index(path, i),
                         Tr::tr("a rule must be an array of conditions (all must hold)"));
            continue;
        }
        rules.append(reader.conditions(array.at(i), JsonSource::index(path, i), {}));
    }
    diagnostics += reader.diagnostics;
    return rules;
}

namespace {

CampaignLoad parseImpl(const QByteArray &utf8, bool fragment)
{
    CampaignLoad load;
    const JsonSource source = JsonSource::parse(utf8);
    if (const auto &syntax = source.syntaxError()) {
        load.diagnostics.append(
            {Diagnostic::Severity::Error, u"$"_s, {}, syntax->message, syntax->location});
        return load;
    }
    auto locate = [&] {
        for (Diagnostic &d : load.diagnostics) {
            if (!d.location.isValid())
                d.location = source.locate(d.path);
        }
    };

    Reader reader;
    const QString root = u"$"_s;
    if (!source.root().isObject()) {
        reader.error(root,
                     Tr::tr("a campaign file must hold a JSON object, not %1")
                         .arg(jsonTypeName(source.root())));
        load.diagnostics = reader.diagnostics;
        locate();
        return load;
    }
    const QJsonObject object = source.root().toObject();
    const QJsonValue format = reader.member(object, root, u"format"_s, QJsonValue::Double, true);
    if (format.isDouble()) {
        const double version = format.toDouble();
        if (version > Campaign::CurrentFormat) {
            reader.error(u"$.format"_s,
                         Tr::tr(
                             "this file uses campaign format %1, which is newer than this version "
                             "of Hookflow "
                             "reads (format %2); update Hookflow to open it")
                             .arg(version)
                             .arg(Campaign::CurrentFormat));
        } else if (version != Campaign::CurrentFormat) {
            reader.error(u"$.format"_s, Tr::tr("unsupported campaign format %1").arg(version));
        }
    }
    if (hasErrors(reader.diagnostics)) {
        load.diagnostics = reader.diagnostics;
        locate();
        return load;
    }

    Campaign campaign;
    campaign.key = reader.string(object, root, u"key"_s, !fragment);
    static const QRegularExpression keyPattern(u"\\A[A-Za-z0-9][A-Za-z0-9._-]*\\z"_s);
    if (object.value(u"key"_s).isString() && !keyPattern.match(campaign.key).hasMatch())
        reader.error(u"$.key"_s,
                     Tr::tr(
                         "\"key\" must start with a letter or digit and use only letters, digits, "
                         "'.', '_' and '-'"));
    campaign.title = reader.string(object, root, u"title"_s, !fragment);
    campaign.description = reader.string(object, root, u"description"_s, false);
    if (object.contains(u"status"_s)) {
        const QString status = reader.string(object, root, u"status"_s, false);
        if (const auto parsed = campaignStatusFromName(status))
            campaign.status = *parsed;
        else if (object.value(u"status"_s).isString())
            reader.error(u"$.status"_s,
                         Tr::tr("unknown status \"%1\" (use ready, running, paused or ended)")
                             .arg(status));
    }
    const QJsonArray nodes = reader.member(object, root, u"nodes"_s, QJsonValue::Array, true)
                                 .toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (auto node = reader.node(nodes.at(i), JsonSource::index(u"$.nodes"_s, i)))
            campaign.nodes.append(*node);
    }
    const QJsonArray edges = reader.member(object, root, u"edges"_s, QJsonValue::Array, true)
                                 .toArray();
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QString path = JsonSource::index(u"$.edges"_s, i);
        if (!edges.at(i).isObject()) {
            reader.error(path,
                         Tr::tr(
                             "an edge must be an object such as {\"from\": \"a\", \"to\": \"b\"}"));
            continue;
        }
        const QJsonObject e = edges.at(i).toObject();
        Edge edge{reader.string(e, path, u"from"_s, true),
                  reader.string(e, path, u"to"_s, true),
                  reader.string(e, path, u"port"_s, false)};
        QJsonObject ignored;
        reader.unknownMembers(e, path, {u"from"_s, u"to"_s, u"port"_s}, ignored);
        campaign.edges.append(edge);
    }
    campaign.delivery = reader.member(object, root, u"delivery"_s, QJsonValue::Object, false)
                            .toObject();
    reader.unknownMembers(object,
                          root,
                          {u"format"_s,
                           u"key"_s,
                           u"title"_s,
                           u"description"_s,
                           u"status"_s,
                           u"delivery"_s,
                           u"nodes"_s,
                           u"edges"_s},
                          campaign.extra);

    load.diagnostics = reader.diagnostics;
    // Flow-level checks need the nodes as read; they run only on a structurally sound file, so
    // that one mistake is not reported twice.
    load.readCompletely = !hasErrors(load.diagnostics);
    if (!fragment && load.readCompletely)
        load.diagnostics += validateCampaign(campaign);
    locate();
    load.campaign = std::move(campaign);
    return load;
}

OrderedJson edgesJson(const QList<Edge> &list)
{
    OrderedJson edges = OrderedJson::array();
    for (const Edge &edge : list) {
        OrderedJson e = OrderedJson::object().add(u"from"_s, edge.from).add(u"to"_s, edge.to);
        if (!edge.port.isEmpty())
            e.add(u"port"_s, edge.port);
        edges.append(e);
    }
    return edges;
}

OrderedJson nodesJson(const QList<Node> &list)
{
    OrderedJson nodes = OrderedJson::array();
    for (const Node &node : list)
        nodes.append(nodeJson(node));
    return nodes;
}

} // namespace

CampaignLoad parse(const QByteArray &utf8)
{
    return parseImpl(utf8, false);
}

CampaignLoad parseFragment(const QByteArray &utf8)
{
    return parseImpl(utf8, true);
}

CampaignLoad load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        CampaignLoad result;
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   {},
                                   {},
                                   Tr::tr("cannot open the file: %1").arg(file.errorString()),
                                   {}});
        return result;
    }
    return parse(file.readAll());
}

QByteArray serialize(const Campaign &campaign)
{
    OrderedJson json = OrderedJson::object()
                           .add(u"format"_s, Campaign::CurrentFormat)
                           .add(u"key"_s, campaign.key)
                           .add(u"title"_s, campaign.title)
                           .add(u"description"_s, campaign.description)
                           .add(u"status"_s, campaignStatusName(campaign.status));
    if (!campaign.delivery.isEmpty())
        json.add(u"delivery"_s, QJsonValue(campaign.delivery));
    for (auto it = campaign.extra.begin(); it != campaign.extra.end(); ++it)
        json.add(it.key(), it.value());
    json.add(u"nodes"_s, nodesJson(campaign.nodes));
    json.add(u"edges"_s, edgesJson(campaign.edges));
    return json.toJson();
}

QByteArray serializeFragment(const QList<Node> &nodes, const QList<Edge> &edges)
{
    return OrderedJson::object()
        .add(u"format"_s, Campaign::CurrentFormat)
        .add(u"nodes"_s, nodesJson(nodes))
        .add(u"edges"_s, edgesJson(edges))
        .toJson();
}

Result<void> save(const Campaign &campaign, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"io"_s, Tr::tr("cannot write %1: %2").arg(fileName, file.errorString())};
    file.write(serialize(campaign));
    if (!file.commit())
        return Error{u"io"_s, Tr::tr("cannot write %1: %2").arg(fileName, file.errorString())};
    return {};
}

} // namespace Hookflow::CampaignFormat
