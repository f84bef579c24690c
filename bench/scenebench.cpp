// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hookflow-scenebench: the flow canvas with a generated flow of N nodes in layers (a realistic mix
// of kinds, about 1.2 edges per node). bench/run drives it on the offscreen platform:
//   hookflow-scenebench [--nodes N] [--runs R] [--seed S] [--machine TEXT] [--png FILE]
// and prints one markdown table: the time to load the flow into a FlowScene (document reset →
// every item built), to render one full frame of it into a 1920×1080 QImage (the whole flow
// fitted, and at 100 %), and the peak RSS.

#include "canvas/edgeitem.h"
#include "canvas/flowscene.h"
#include "canvas/nodeitem.h"
#include "model/campaigndocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace Hookflow::Bench {

namespace {

constexpr qreal LoadTargetMs = 200;
constexpr qreal FrameTargetMs = 16;
const QSize FrameSize(1920, 1080);

struct Options
{
    int nodes = 500;
    int runs = 15;
    quint64 seed = 20261120;
    QString machine;
    QString png;
};

/// A flow of `count` nodes: a trigger, then layers of about 20 nodes, left to right. Each node
/// after the trigger is reached from one node of the layer before (a branch through "yes" or
/// "no"), and one in five from a second one too; exits end paths and lead nowhere.
Campaign generateFlow(int count, quint64 seed)
{
    std::mt19937_64 random(seed);
    auto pick = [&random](int bound) {
        return int(std::uniform_int_distribution<int>(0, bound - 1)(random));
    };
    // webhook 35 %, audience 15 %, delay 15 %, branch 12 %, limit 10 %, exit 13 %
    const std::vector<std::pair<NodeKind, int>> mix{{NodeKind::Webhook, 35},
                                                    {NodeKind::Audience, 15},
                                                    {NodeKind::Delay, 15},
                                                    {NodeKind::Branch, 12},
                                                    {NodeKind::Limit, 10},
                                                    {NodeKind::Exit, 13}};
    auto kindFor = [&] {
        int roll = pick(100);
        for (const auto &[kind, share] : mix) {
            if (roll < share)
                return kind;
            roll -= share;
        }
        return NodeKind::Webhook;
    };

    Campaign campaign;
    campaign.key = u"generated-%1"_s.arg(count);
    campaign.title = u"Generated flow of %1 nodes"_s.arg(count);
    Node trigger = CampaignDocument::defaultNode(NodeKind::Trigger);
    trigger.id = u"start"_s;
    trigger.eventKey = u"price_drop"_s;
    campaign.nodes.append(trigger);

    constexpr int LayerWidth = 20;
    QList<QStringList> layers{{trigger.id}};
    QHash<QString, int> branchOutputs;
    int made = 1;
    while (made < count) {
        const int layer = int(layers.size());
        QStringList ids;
        const int width = std::min(LayerWidth, count - made);
        for (int i = 0; i < width; ++i, ++made) {
            Node node = CampaignDocument::defaultNode(kindFor());
            node.id = u"%1-%2"_s.arg(nodeKindName(node.kind)).arg(made);
            node.position = QPointF(layer * 300, i * 140);
            if (node.kind == NodeKind::Webhook)
                node.request.url = u"https://api.example.com/v1/notify/%1?user={{user_id}}"_s.arg(
                    made);
            if (node.kind == NodeKind::Delay)
                node.wait = Duration{1 + pick(6), Duration::Unit::Hours};
            campaign.nodes.append(node);
            ids.append(node.id);
        }
        // Sources: the previous layer's nodes that have an output.
        QStringList sources;
        for (const QString &id : layers.constLast()) {
            if (campaign.node(id)->kind != NodeKind::Exit)
                sources.append(id);
        }
        if (sources.isEmpty())
            sources = layers.constLast();
        for (const QString &id : ids) {
            const int incoming = pick(5) == 0 ? 2 : 1;
            QStringList used;
            for (int e = 0; e < incoming; ++e) {
                const QString from = sources.at(pick(int(sources.size())));
                if (used.contains(from))
                    continue;
                used.append(from);
                QString port;
                if (campaign.node(from)->kind == NodeKind::Branch)
                    port = branchOutputs[from]++ % 2 == 0 ? u"yes"_s : u"no"_s;
                campaign.edges.append(Edge{from, id, port});
            }
        }
        layers.append(ids);
    }
    return campaign;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// One frame of `source` into an image as the view paints it (antialiased, text antialiased).
double renderFrame(QGraphicsScene &scene, QImage &image, const QRectF &source)
{
    QElapsedTimer timer;
    timer.start();
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
    painter.end();
    return elapsedMs(timer);
}

QString mark(double value, double target)
{
    return value < target ? u" ✅"_s : u" ❌"_s;
}

int run(const Options &options)
{
    const Campaign flow = generateFlow(options.nodes, options.seed);
    CampaignDocument document;
    FlowScene scene(&document);
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);

    std::vector<double> loads;
    std::vector<double> rebuilds;
    std::vector<double> firstFrames;
    std::vector<double> fitted;
    std::vector<double> actual;
    for (int i = 0; i < options.runs; ++i) {
        // (a) the document takes the campaign and validates it; the scene builds every item.
        document.reset(Campaign{});
        QElapsedTimer timer;
        timer.start();
        document.reset(flow);
        loads.push_back(elapsedMs(timer));
        if (scene.nodeItems().size() != flow.nodes.size()
            || scene.edgeItems().size() != flow.edges.size()) {
            std::fprintf(stderr, "scenebench: the scene does not hold the flow\n");
            return 1;
        }
        timer.restart();
        scene.rebuild();
        rebuilds.push_back(elapsedMs(timer));

        // (b) the first frame after a load also builds the scene's index.
        const QRectF whole = scene.flowRect();
        firstFrames.push_back(renderFrame(scene, image, whole));
        for (int frame = 0; frame < 5; ++frame)
            fitted.push_back(renderFrame(scene, image, whole));
        // At 100 %, the top-left 1920×1080 of the flow: every text drawn.
        const QRectF oneToOne(whole.topLeft(), QSizeF(FrameSize));
        for (int frame = 0; frame < 5; ++frame)
            actual.push_back(renderFrame(scene, image, oneToOne));
    }
    if (!options.png.isEmpty()) {
        renderFrame(scene, image, scene.flowRect());
        image.save(options.png);
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMiB = double(usage.ru_maxrss) / 1024;

    const double load = median(loads);
    const double frame = median(fitted);
    const double frame1 = median(actual);
    QString table;
    table += u"| Measure (%1 nodes, %2 edges, offscreen, median of %3) | Hookflow | Target |\n"_s
                 .arg(flow.nodes.size())
                 .arg(flow.edges.size())
                 .arg(options.runs);
    table += u"|---|---|---|\n"_s;
    table += u"| Load into the scene: `CampaignDocument::reset` → every item built | %1 ms%2 | "
             "< %3 ms |\n"_s.arg(load, 0, 'f', 1)
                 .arg(mark(load, LoadTargetMs))
                 .arg(LoadTargetMs);
    table += u"| Of which the scene's own rebuild (`FlowScene::rebuild`) | %1 ms | |\n"_s
                 .arg(median(rebuilds), 0, 'f', 1);
    table += u"| One frame, the whole flow fitted into %1×%2 (`QGraphicsScene::render`) | %3 ms%4 "
             "| < %5 ms |\n"_s.arg(FrameSize.width())
                 .arg(FrameSize.height())
                 .arg(frame, 0, 'f', 1)
                 .arg(mark(frame, FrameTargetMs))
                 .arg(FrameTargetMs);
    table += u"| One frame at 100 %, %1×%2 of the flow (every label drawn) | %3 ms%4 | < %5 ms |\n"_s
                 .arg(FrameSize.width())
                 .arg(FrameSize.height())
                 .arg(frame1, 0, 'f', 1)
                 .arg(mark(frame1, FrameTargetMs))
                 .arg(FrameTargetMs);
    table += u"| First frame after a load (builds the scene's BSP index), fitted | %1 ms | |\n"_s
                 .arg(median(firstFrames), 0, 'f', 1);
    table += u"| Peak RSS of the process (ru_maxrss) | %1 MiB | |\n"_s.arg(peakMiB, 0, 'f', 0);
    if (!options.machine.isEmpty())
        table += u"\nMachine: %1\n"_s.arg(options.machine);
    std::fputs(table.toUtf8().constData(), stdout);
    return load < LoadTargetMs && frame < FrameTargetMs && frame1 < FrameTargetMs ? 0 : 1;
}

} // namespace

} // namespace Hookflow::Bench

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Hookflow::Bench::Options options;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (arg == "--nodes"_L1) {
            options.nodes = std::max(2, value.toInt());
            ++i;
        } else if (arg == "--runs"_L1) {
            options.runs = std::max(1, value.toInt());
            ++i;
        } else if (arg == "--seed"_L1) {
            options.seed = value.toULongLong();
            ++i;
        } else if (arg == "--machine"_L1) {
            options.machine = value;
            ++i;
        } else if (arg == "--png"_L1) {
            options.png = value;
            ++i;
        } else {
            std::fprintf(stderr,
                         "usage: hookflow-scenebench [--nodes N] [--runs R] [--seed S] "
                         "[--machine TEXT] [--png FILE]\n");
            return 2;
        }
    }
    return Hookflow::Bench::run(options);
}
