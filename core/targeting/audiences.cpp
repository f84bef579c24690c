// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiences.h"

#include "io/csv.h"

#include "model/campaignformat.h"
#include "model/jsonsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Audiences)
};

const QString SegmentSuffix = u".segment.json"_s;
const QString CohortJsonSuffix = u".cohort.json"_s;
const QString CohortCsvSuffix = u".csv"_s;

/// Deeper than any sensible nesting; cycles are refused at load time, this only keeps a damaged
/// state from exhausting the stack.
constexpr int MaxNesting = 32;
thread_local int nesting = 0;

/// A segment or cohort condition inside a definition, for the reference graph.
struct Reference
{
    KeyType type = KeyType::Segment;
    QString name;
    QString path; ///< "$.rules[0][1]"
    SourceLocation location;
};

/// One loaded segment or cohort.
struct Definition
{
    QString name;
    QString title;
    QString file;
    bool isStatic = false; ///< a cohort read from CSV: `members`, no `rules`
    RuleSet rules;         ///< segments and dynamic cohorts
    QSet<QString> members; ///< static cohorts
    QList<Reference> references;
};

/// The segments or cohorts a condition names: `key.name` in our files; Hackle's own form leaves
/// the name empty and lists the keys as values (any-of), and the evaluator reads both.
QStringList referencedNames(const Condition &condition)
{
    if (!condition.keyName.isEmpty())
        return {condition.keyName};
    QStringList names;
    for (const QJsonValue &value : condition.values) {
        if (value.isString())
            names.append(value.toString());
    }
    return names;
}

bool validName(const QString &name)
{
    static const QRegularExpression pattern(u"\\A[A-Za-z0-9][A-Za-z0-9._-]*\\z"_s);
    return pattern.match(name).hasMatch();
}

QString kindWord(KeyType type)
{
    return type == KeyType::Segment ? Tr::tr("segment") : Tr::tr("cohort");
}

/// "segment vip" / "cohort beta": how the messages name a node of the reference graph.
QString describe(KeyType type, const QString &name)
{
    return type == KeyType::Segment ? Tr::tr("segment \"%1\"").arg(name)
                                    : Tr::tr("cohort \"%1\"").arg(name);
}

class Problems
{
public:
    explicit Problems(QList<AudienceProblem> &list)
        : m_list(list)
    {}

    void add(Diagnostic::Severity severity,
             const QString &file,
             int line,
             const QString &message,
             const QString &path = {},
             int column = 0)
    {
        m_list.append({severity, file, path, line, column, message});
    }
    void error(const QString &file, int line, const QString &message)
    {
        add(Diagnostic::Severity::Error, file, line, message);
    }
    void warning(const QString &file, int line, const QString &message)
    {
        add(Diagnostic::Severity::Warning, file, line, message);
    }

private:
    QList<AudienceProblem> &m_list;
};

// ---------------------------------------------------------------------------------------------
// Static cohorts: CSV

/// A CSV record's fields as text (the file was checked to be UTF-8 as a whole).
QStringList texts(const Csv::Record &record)
{
    QStringList fields;
    for (const QByteArray &field : record.fields)
        fields.append(QString::fromUtf8(field));
    return fields;
}

/// Reads a static cohort's members; nullopt when the file cannot be used at all.
std::optional<QSet<QString>> parseCohortCsv(const QByteArray &data,
                                            const QString &file,
                                            Problems &problems)
{
    const QByteArray text = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    decoder.decode(text);
    if (decoder.hasError()) {
        problems.error(file, 0, Tr::tr("the file is not valid UTF-8"));
        return std::nullopt;
    }
    const QList<Csv::Record> records = Csv::split(text);
    if (records.isEmpty()) {
        problems.error(file,
                       1,
                       Tr::tr("the file is empty; a cohort file starts with a header row "
                              "holding a user_id column"));
        return std::nullopt;
    }
    const Csv::Record &header = records.first();
    const QStringList headerFields = texts(header);
    if (!header.error.isEmpty()) {
        problems.error(file, header.line, header.error);
        return std::nullopt;
    }
    qsizetype userIdColumn = -1;
    for (qsizetype i = 0; i < headerFields.size(); ++i) {
        // "user_id:string", as sample-user CSV headers write a type, names the same column.
        const QString title = headerFields.at(i).section(u':', 0, 0).trimmed();
        if (title.compare(u"user_id"_s, Qt::CaseInsensitive) != 0)
            continue;
        if (userIdColumn >= 0) {
            problems.error(file, header.line, Tr::tr("the header has two user_id columns"));
            return std::nullopt;
        }
        userIdColumn = i;
    }
    if (userIdColumn < 0) {
        problems.error(file,
                       header.line,
                       Tr::tr("the header row has no user_id column (found: %1)")
                           .arg(headerFields.join(u", "_s)));
        return std::nullopt;
    }

    QSet<QString> members;
    QHash<QString, int> firstLine;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Csv::Record &record = records.at(r);
        if (!record.error.isEmpty()) {
            problems.error(file, record.line, Tr::tr("row skipped: %1").arg(record.error));
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            problems.error(file,
                           record.line,
                           Tr::tr("row skipped: the header has %n column(s) but this row has %1",
                                  nullptr,
                                  int(header.fields.size()))
                               .arg(record.fields.size()));
            continue;
        }
        const QString userId = QString::fromUtf8(record.fields.at(userIdColumn)).trimmed();
        if (userId.isEmpty()) {
            problems.error(file, record.line, Tr::tr("row skipped: the user_id is empty"));
            continue;
        }
        if (const auto seen = firstLine.constFind(userId); seen != firstLine.constEnd()) {
            problems.warning(file,
                             record.line,
                             Tr::tr("user \"%1\" is already listed on line %2; counted once")
                                 .arg(userId)
                                 .arg(*seen));
            continue;
        }
        firstLine.insert(userId, record.line);
        members.insert(userId);
    }
    if (members.isEmpty())
        problems.warning(file, header.line, Tr::tr("the cohort has no members"));
    return members;
}

// ---------------------------------------------------------------------------------------------
// Segments and dynamic cohorts: JSON

/// Reads `NAME.segment.json` or `NAME.cohort.json`; nullopt (with errors reported) when the file
/// cannot be used as it is, because leaving out a broken condition would change who is in it.
std::optional<Definition> readJsonDefinition(const QString &file,
                                             const QString &name,
                                             KeyType type,
                                             Problems &problems)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        problems.error(file, 0, Tr::tr("cannot open the file: %1").arg(in.errorString()));
        return std::nullopt;
    }
    const JsonSource source = JsonSource::parse(in.readAll());
    if (const auto &syntax = source.syntaxError()) {
        problems.add(Diagnostic::Severity::Error,
                     file,
                     syntax->location.line,
                     syntax->message,
                     u"$"_s,
                     syntax->location.column);
        return std::nullopt;
    }
    Diagnostics diagnostics;
    auto report = [&](Diagnostic::Severity severity, const QString &path, const QString &message) {
        diagnostics.append({severity, path, {}, message, {}});
    };
    if (!source.root().isObject()) {
        report(Diagnostic::Severity::Error,
               u"$"_s,
               Tr::tr("a %1 file must hold a JSON object").arg(kindWord(type)));
    }
    const QJsonObject object = source.root().toObject();
    Definition definition;
    definition.name = name;
    definition.file = file;
    if (source.root().isObject()) {
        const QJsonValue format = object.value(u"format"_s);
        if (format.isUndefined())
            report(Diagnostic::Severity::Error,
                   u"$"_s,
                   Tr::tr("missing required field \"%1\"").arg(u"format"_s));
        else if (!format.isDouble())
            report(Diagnostic::Severity::Error,
                   u"$.format"_s,
                   Tr::tr("\"format\" must be a number"));
        else if (format.toDouble() > 1)
            report(Diagnostic::Severity::Error,
                   u"$.format"_s,
                   Tr::tr("this file uses %1 format %2, which is newer than this version of "
                          "Hookflow reads (format 1); update Hookflow to use it")
                       .arg(kindWord(type))
                       .arg(format.toDouble()));
        else if (format.toDouble() != 1)
            report(Diagnostic::Severity::Error,
                   u"$.format"_s,
                   Tr::tr("unsupported %1 format %2").arg(kindWord(type)).arg(format.toDouble()));

        const QJsonValue key = object.value(u"key"_s);
        if (!key.isUndefined() && !key.isString())
            report(Diagnostic::Severity::Error, u"$.key"_s, Tr::tr("\"key\" must be a string"));
        else if (key.isString() && key.toString() != name)
            report(Diagnostic::Severity::Error,
                   u"$.key"_s,
                   Tr::tr("the key \"%1\" differs from the file's name \"%2\"; rename the file or "
                          "change the key so that references cannot be read two ways")
                       .arg(key.toString(), name));
        for (const QString &field : {u"title"_s, u"description"_s}) {
            const QJsonValue value = object.value(field);
            if (!value.isUndefined() && !value.isString())
                report(Diagnostic::Severity::Error,
                       JsonSource::member(u"$"_s, field),
                       Tr::tr("\"%1\" must be a string").arg(field));
        }
        definition.title = object.value(u"title"_s).toString();

        if (!object.contains(u"rules"_s)) {
            report(Diagnostic::Severity::Error,
                   u"$"_s,
                   Tr::tr("missing required field \"%1\"").arg(u"rules"_s));
        } else if (const auto rules = CampaignFormat::parseRules(object.value(u"rules"_s),
                                                                 u"$.rules"_s,
                                                                 diagnostics)) {
            definition.rules = *rules;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            static const QStringList known{u"format"_s,
                                           u"key"_s,
                                           u"title"_s,
                                           u"description"_s,
                                           u"rules"_s};
            if (!known.contains(it.key()))
                report(Diagnostic::Severity::Warning,
                       JsonSource::member(u"$"_s, it.key()),
                       Tr::tr("unknown field \"%1\" (ignored)").arg(it.key()));
        }
    }

    const bool usable = !hasErrors(diagnostics);
    if (usable) {
        if (definition.rules.isEmpty() && object.value(u"rules"_s).isArray())
            report(Diagnostic::Severity::Warning,
                   u"$.rules"_s,
                   Tr::tr("no rules: every user belongs to this %1").arg(kindWord(type)));
        if (definition.rules.size() > 10)
            report(Diagnostic::Severity::Warning,
                   u"$.rules"_s,
                   Tr::tr("Hackle allows at most 10 rules; this %1 has %2")
                       .arg(kindWord(type))
                       .arg(definition.rules.size()));
        for (qsizetype r = 0; r < definition.rules.size(); ++r) {
            const Rule &rule = definition.rules.at(r);
            const QString rulePath = JsonSource::index(u"$.rules"_s, r);
            if (rule.size() > 10)
                report(Diagnostic::Severity::Warning,
                       rulePath,
                       Tr::tr("Hackle allows at most 10 conditions in a rule; this one has %1")
                           .arg(rule.size()));
            for (qsizetype c = 0; c < rule.size(); ++c) {
                const Condition &condition = rule.at(c);
                if (condition.keyType != KeyType::Segment && condition.keyType != KeyType::Cohort)
                    continue;
                const QString path = JsonSource::index(rulePath, c);
                for (const QString &referenced : referencedNames(condition))
                    definition.references.append(
                        {condition.keyType, referenced, path, source.locate(path)});
            }
        }
    }
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        const SourceLocation location = source.locate(d.path);
        problems.add(d.severity, file, location.line, d.message, d.path, location.column);
    }
    if (!usable)
        return std::nullopt;
    return definition;
}

/// Files of one folder, sorted by name; an Error when the folder exists but cannot be listed.
Result<QStringList> filesIn(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return QStringList();
    if (!info.isDir() || !info.isReadable())
        return Error{u"audiences"_s, Tr::tr("%1 is not a readable folder").arg(folder)};
    QDir dir(folder);
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString AudienceProblem::format() const
{
    // "error" / "warning" stay English: editors and CI parse this form.
    const QString kind = isError() ? u"error"_s : u"warning"_s;
    QString place = file;
    if (line > 0) {
        place += u":%1"_s.arg(line);
        if (column > 0)
            place += u":%1"_s.arg(column);
    }
    const QString where = path.isEmpty() ? QString() : u" (%1)"_s.arg(path);
    return u"%1: %2: %3%4"_s.arg(place, kind, message, where);
}

struct Audiences::Data
{
    QHash<QString, Definition> segments;
    QHash<QString, Definition> cohorts;
    /// Names with a file that was left out, and why, so that a reference to one says so.
    QHash<QString, QString> brokenSegments;
    QHash<QString, QString> brokenCohorts;
    QList<AudienceProblem> problems;
};

namespace {

/// Finds the segments and cohorts that refer to themselves, directly or through others (Tarjan's
/// strongly connected components), reports each at its file and takes it out of `data`.
void removeCycles(QHash<QString, Definition> &segments,
                  QHash<QString, Definition> &cohorts,
                  QHash<QString, QString> &brokenSegments,
                  QHash<QString, QString> &brokenCohorts,
                  Problems &problems)
{
    using Node = std::pair<KeyType, QString>;
    auto lookup = [&](const Node &node) -> const Definition * {
        const auto &map = node.first == KeyType::Segment ? segments : cohorts;
        const auto it = map.constFind(node.second);
        return it == map.constEnd() ? nullptr : &*it;
    };
    auto keyOf = [](const Node &node) -> QString {
        return (node.first == KeyType::Segment ? u"s:"_s : u"c:"_s) + node.second;
    };
    QList<Node> nodes;
    for (auto it = segments.cbegin(); it != segments.cend(); ++it)
        nodes.append({KeyType::Segment, it.key()});
    for (auto it = cohorts.cbegin(); it != cohorts.cend(); ++it)
        nodes.append({KeyType::Cohort, it.key()});
    std::sort(nodes.begin(), nodes.end(), [&](const Node &a, const Node &b) {
        return keyOf(a) < keyOf(b);
    });
    auto successors = [&](const Node &node) {
        QList<Node> next;
        if (const Definition *definition = lookup(node)) {
            for (const Reference &ref : definition->references) {
                if (lookup({ref.type, ref.name}))
                    next.append({ref.type, ref.name});
            }
        }
        return next;
    };

    QHash<QString, int> index, lowLink;
    QSet<QString> onStack;
    QList<Node> stack;
    QList<QList<Node>> components;
    int counter = 0;
    std::function<void(const Node &)> connect = [&](const Node &node) {
        const QString key = keyOf(node);
        index.insert(key, counter);
        lowLink.insert(key, counter);
        ++counter;
        stack.append(node);
        onStack.insert(key);
        for (const Node &next : successors(node)) {
            const QString nextKey = keyOf(next);
            if (!index.contains(nextKey)) {
                connect(next);
                lowLink[key] = std::min(lowLink.value(key), lowLink.value(nextKey));
            } else if (onStack.contains(nextKey)) {
                lowLink[key] = std::min(lowLink.value(key), index.value(nextKey));
            }
        }
        if (lowLink.value(key) == index.value(key)) {
            QList<Node> component;
            Node member;
            do {
                member = stack.takeLast();
                onStack.remove(keyOf(member));
                component.append(member);
            } while (keyOf(member) != key);
            components.append(component);
        }
    };
    for (const Node &node : std::as_const(nodes)) {
        if (!index.contains(keyOf(node)))
            connect(node);
    }

    QList<Node> cyclic;
    QSet<QString> inComponent;
    for (const QList<Node> &component : std::as_const(components)) {
        const bool selfLoop = component.size() == 1
                              && successors(component.first()).contains(component.first());
        if (component.size() < 2 && !selfLoop)
            continue;
        for (const Node &node : component) {
            cyclic.append(node);
            inComponent.insert(keyOf(node));
        }
    }
    std::sort(cyclic.begin(), cyclic.end(), [&](const Node &a, const Node &b) {
        return keyOf(a) < keyOf(b);
    });
    for (const Node &node : std::as_const(cyclic)) {
        // The shortest way back to itself (breadth first inside the cycle) names the culprits.
        QHash<QString, Node> previous;
        QList<Node> queue{node};
        QSet<QString> seen;
        std::optional<Node> last;
        while (!queue.isEmpty() && !last) {
            const Node current = queue.takeFirst();
            for (const Node &next : successors(current)) {
                if (!inComponent.contains(keyOf(next)))
                    continue;
                if (next == node) {
                    last = current;
                    break;
                }
                if (seen.contains(keyOf(next)))
                    continue;
                seen.insert(keyOf(next));
                previous.insert(keyOf(next), current);
                queue.append(next);
            }
        }
        QList<Node> chain{node};
        for (Node step = last.value_or(node); step != node; step = previous.value(keyOf(step)))
            chain.insert(1, step);
        chain.append(node);
        QStringList names;
        for (const Node &step : std::as_const(chain))
            names.append(step.second);

        // Point at the condition that starts the loop.
        const Definition *definition = lookup(node);
        const Reference *at = nullptr;
        for (const Reference &ref : definition->references) {
            if (Node{ref.type, ref.name} == chain.at(1)) {
                at = &ref;
                break;
            }
        }
        const QString reason = Tr::tr("%1 refers to itself (%2); it is not used until the loop "
                                      "is broken")
                                   .arg(describe(node.first, node.second), names.join(u" → "_s));
        problems.add(Diagnostic::Severity::Error,
                     definition->file,
                     at ? at->location.line : 0,
                     reason,
                     at ? at->path : QString(),
                     at ? at->location.column : 0);
        (node.first == KeyType::Segment ? brokenSegments : brokenCohorts)
            .insert(node.second, Tr::tr("it refers to itself (%1)").arg(names.join(u" → "_s)));
    }
    for (const Node &node : std::as_const(cyclic))
        (node.first == KeyType::Segment ? segments : cohorts).remove(node.second);
}

} // namespace

Audiences::Audiences()
    : d(std::make_shared<const Data>())
{}

Result<Audiences> Audiences::load(const QString &workspaceFolder)
{
    auto data = std::make_shared<Data>();
    Problems problems(data->problems);
    const QDir workspace(workspaceFolder);

    Result<QStringList> segmentFiles = filesIn(workspace.filePath(u"segments"_s));
    if (!segmentFiles)
        return segmentFiles.error();
    Result<QStringList> cohortFiles = filesIn(workspace.filePath(u"cohorts"_s));
    if (!cohortFiles)
        return cohortFiles.error();

    for (const QString &file : std::as_const(*segmentFiles)) {
        const QString fileName = QFileInfo(file).fileName();
        if (!fileName.endsWith(SegmentSuffix)) {
            problems.warning(file,
                             0,
                             Tr::tr("ignored: segment files are named NAME%1").arg(SegmentSuffix));
            continue;
        }
        const QString name = fileName.chopped(SegmentSuffix.size());
        if (!validName(name)) {
            problems.error(file,
                           0,
                           Tr::tr("\"%1\" is not a usable segment name: it must start with a "
                                  "letter or digit and use only letters, digits, '.', '_' and '-'")
                               .arg(name));
            continue;
        }
        if (auto definition = readJsonDefinition(file, name, KeyType::Segment, problems))
            data->segments.insert(name, *definition);
        else
            data->brokenSegments.insert(name, Tr::tr("its file %1 has errors").arg(file));
    }

    QHash<QString, QString> cohortFileByName;
    for (const QString &file : std::as_const(*cohortFiles)) {
        const QString fileName = QFileInfo(file).fileName();
        const bool isJson = fileName.endsWith(CohortJsonSuffix);
        const bool isCsv = !isJson && fileName.endsWith(CohortCsvSuffix, Qt::CaseInsensitive);
        if (!isJson && !isCsv) {
            problems.warning(file,
                             0,
                             Tr::tr("ignored: cohort files are named NAME.csv (a list of user "
                                    "ids) or NAME%1 (a behavioural definition)")
                                 .arg(CohortJsonSuffix));
            continue;
        }
        const QString name = fileName.chopped(isJson ? CohortJsonSuffix.size()
                                                     : CohortCsvSuffix.size());
        if (!validName(name)) {
            problems.error(file,
                           0,
                           Tr::tr("\"%1\" is not a usable cohort name: it must start with a "
                                  "letter or digit and use only letters, digits, '.', '_' and '-'")
                               .arg(name));
            continue;
        }
        if (const auto other = cohortFileByName.constFind(name);
            other != cohortFileByName.constEnd()) {
            // Neither wins: picking one silently would target people the user did not mean.
            problems.error(file,
                           0,
                           Tr::tr("cohort \"%1\" is also defined by %2; neither is used until one "
                                  "is removed")
                               .arg(name, *other));
            problems.error(*other,
                           0,
                           Tr::tr("cohort \"%1\" is also defined by %2; neither is used until one "
                                  "is removed")
                               .arg(name, file));
            data->cohorts.remove(name);
            data->brokenCohorts.insert(name, Tr::tr("it is defined by two files"));
            continue;
        }
        cohortFileByName.insert(name, file);
        std::optional<Definition> definition;
        if (isJson) {
            definition = readJsonDefinition(file, name, KeyType::Cohort, problems);
        } else {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                problems.error(file, 0, Tr::tr("cannot open the file: %1").arg(in.errorString()));
            } else if (auto members = parseCohortCsv(in.readAll(), file, problems)) {
                definition = Definition{name, {}, file, true, {}, *members, {}};
            }
        }
        if (definition)
            data->cohorts.insert(name, *definition);
        else
            data->brokenCohorts.insert(name, Tr::tr("its file %1 has errors").arg(file));
    }

    removeCycles(data->segments, data->cohorts, data->brokenSegments, data->brokenCohorts, problems);

    // A reference to a name that is not there makes that condition never hold: an error, at the
    // condition, but the rest of the definition is still usable.
    QList<const Definition *> definitions;
    for (const auto *map : {&data->segments, &data->cohorts}) {
        for (const Definition &definition : *map)
            definitions.append(&definition);
    }
    std::sort(definitions.begin(), definitions.end(), [](const Definition *a, const Definition *b) {
        return a->file < b->file;
    });
    for (const Definition *definition : std::as_const(definitions)) {
        for (const Reference &ref : definition->references) {
            const bool isSegment = ref.type == KeyType::Segment;
            if ((isSegment ? data->segments : data->cohorts).contains(ref.name))
                continue;
            const QString broken = (isSegment ? data->brokenSegments : data->brokenCohorts)
                                       .value(ref.name);
            const QString message
                = broken.isEmpty()
                      ? Tr::tr("%1 is not defined in this workspace; this condition never holds")
                            .arg(describe(ref.type, ref.name))
                      : Tr::tr("%1 cannot be used (%2); this condition never holds")
                            .arg(describe(ref.type, ref.name), broken);
            problems.add(Diagnostic::Severity::Error,
                         definition->file,
                         ref.location.line,
                         message,
                         ref.path,
                         ref.location.column);
        }
    }

    // Grouped by file and in reading order, whichever pass found them.
    std::stable_sort(data->problems.begin(),
                     data->problems.end(),
                     [](const AudienceProblem &a, const AudienceProblem &b) {
                         return std::tie(a.file, a.line, a.column)
                                < std::tie(b.file, b.line, b.column);
                     });
    Audiences audiences;
    audiences.d = std::move(data);
    return audiences;
}

Audiences Audiences::fromCohortCsv(const QString &name, const QByteArray &csv, const QString &file)
{
    auto data = std::make_shared<Data>();
    Problems problems(data->problems);
    if (auto members = parseCohortCsv(csv, file, problems))
        data->cohorts.insert(name, Definition{name, {}, file, true, {}, *members, {}});
    else
        data->brokenCohorts.insert(name, Tr::tr("its file %1 has errors").arg(file));
    Audiences audiences;
    audiences.d = std::move(data);
    return audiences;
}

bool Audiences::hasSegment(const QString &name) const
{
    return d->segments.contains(name);
}

bool Audiences::hasCohort(const QString &name) const
{
    return d->cohorts.contains(name);
}

namespace {

/// Counts nesting for the duration of one segment or cohort evaluation.
class NestingGuard
{
public:
    NestingGuard() { ++nesting; }
    ~NestingGuard() { --nesting; }
    Q_DISABLE_COPY_MOVE(NestingGuard)
};

RuleSetTrace tooDeep(KeyType type, const QString &name)
{
    ConditionTrace condition;
    condition.subject = describe(type, name);
    condition.explanation = Tr::tr("%1 is nested more than %2 levels deep, so it is not evaluated")
                                .arg(condition.subject)
                                .arg(MaxNesting);
    RuleSetTrace trace;
    trace.rules.append(RuleTrace{false, {condition}});
    return trace;
}

} // namespace

std::optional<RuleSetTrace> Audiences::evaluateSegment(const QString &name,
                                                       const EvaluationContext &context) const
{
    const auto it = d->segments.constFind(name);
    if (it == d->segments.constEnd())
        return std::nullopt;
    if (nesting >= MaxNesting)
        return tooDeep(KeyType::Segment, name);
    const NestingGuard guard;
    EvaluationContext inner = context;
    inner.audiences = this;
    return Evaluator::evaluate(it->rules, inner);
}

std::optional<bool> Audiences::inCohort(const QString &name, const EvaluationContext &context) const
{
    const auto it = d->cohorts.constFind(name);
    if (it == d->cohorts.constEnd())
        return std::nullopt;
    if (it->isStatic)
        return context.user && it->members.contains(context.user->userId);
    if (nesting >= MaxNesting)
        return false;
    const NestingGuard guard;
    EvaluationContext inner = context;
    inner.audiences = this;
    return Evaluator::evaluate(it->rules, inner).passed;
}

QStringList Audiences::segmentNames() const
{
    QStringList names = d->segments.keys();
    names.sort();
    return names;
}

QStringList Audiences::cohortNames() const
{
    QStringList names = d->cohorts.keys();
    names.sort();
    return names;
}

QString Audiences::segmentTitle(const QString &name) const
{
    const auto it = d->segments.constFind(name);
    if (it == d->segments.constEnd())
        return {};
    return it->title.isEmpty() ? name : it->title;
}

QString Audiences::cohortTitle(const QString &name) const
{
    const auto it = d->cohorts.constFind(name);
    if (it == d->cohorts.constEnd())
        return {};
    return it->title.isEmpty() ? name : it->title;
}

std::optional<qsizetype> Audiences::cohortSize(const QString &name) const
{
    const auto it = d->cohorts.constFind(name);
    if (it == d->cohorts.constEnd() || !it->isStatic)
        return std::nullopt;
    return it->members.size();
}

const QList<AudienceProblem> &Audiences::problems() const
{
    return d->problems;
}

bool Audiences::hasErrors() const
{
    return std::any_of(d->problems.cbegin(), d->problems.cend(), [](const AudienceProblem &p) {
        return p.isError();
    });
}

std::optional<QString> Audiences::referenceProblem(const Condition &condition) const
{
    if (condition.keyType != KeyType::Segment && condition.keyType != KeyType::Cohort)
        return std::nullopt;
    const bool isSegment = condition.keyType == KeyType::Segment;
    const QStringList names = referencedNames(condition);
    if (names.isEmpty())
        return isSegment ? Tr::tr("the condition names no segment")
                         : Tr::tr("the condition names no cohort");
    for (const QString &name : names) {
        if ((isSegment ? d->segments : d->cohorts).contains(name))
            continue;
        const QString broken = (isSegment ? d->brokenSegments : d->brokenCohorts).value(name);
        if (broken.isEmpty())
            return Tr::tr("%1 is not defined in this workspace")
                .arg(describe(condition.keyType, name));
        return Tr::tr("%1 cannot be used: %2").arg(describe(condition.keyType, name), broken);
    }
    return std::nullopt;
}

QStringList Audiences::unusableReferences(const Campaign &campaign) const
{
    QStringList problems;
    auto check = [&](const Node &node, const Condition &condition) {
        if (const auto problem = referenceProblem(condition))
            problems.append(Tr::tr("node \"%1\": %2").arg(node.id, *problem));
    };
    for (const Node &node : campaign.nodes) {
        for (const Condition &condition : node.filters)
            check(node, condition);
        for (const Rule &rule : node.rules) {
            for (const Condition &condition : rule)
                check(node, condition);
        }
    }
    return problems;
}

} // namespace Hookflow
