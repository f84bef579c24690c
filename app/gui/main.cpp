// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaswidget.h"
#include "canvas/flowview.h"
#include "catcher/catcher.h"
#include "engine/runengine.h"
#include "engine/workspace.h"
#include "mainwindow.h"
#include "util/i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "hookflow: %s\n", qUtf8Printable(message));
}

/// Kate's smoke test: the real window, offscreen, on a throw-away workspace; example (a) is
/// test-fired at the built-in catcher and every delivery must have reached it.
int selfTest(QApplication &app)
{
    const auto fail = [](const QString &why) {
        std::fprintf(stderr, "hookflow --self-test: FAIL: %s\n", qUtf8Printable(why));
        return 1;
    };

    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(u"no temporary folder: %1"_s.arg(folder.errorString()));
    const Workspace workspace(folder.path());
    if (const Result<void> seeded = workspace.ensureSeeded(); !seeded)
        return fail(u"the workspace could not be seeded: %1"_s.arg(seeded.error().message));

    // ensureSeeded() copied the examples into the workspace.
    const QString file = QDir(workspace.folder()).filePath(u"price-drop-alert.hookflow.json"_s);

    MainWindow window(workspace);
    window.setMessageBoxesEnabled(false);
    window.setSendToCatcher(true);
    window.show();
    if (!window.openCampaign(file))
        return fail(u"could not open %1"_s.arg(file));

    QString failure = u"the run did not finish"_s;
    QObject::connect(&window, &MainWindow::runFinished, &app, [&](const RunSummary &summary) {
        const RunCounts &counts = summary.counts;
        const int received = window.catcher()->requestCount();
        if (!summary.error.isEmpty())
            failure = u"the run failed: %1"_s.arg(summary.error);
        else if (counts.delivered <= 0)
            failure = u"nothing was delivered (targeted %1, matched %2)"_s.arg(counts.targeted)
                          .arg(counts.matched);
        else if (counts.failed != 0)
            failure = u"%1 deliveries failed"_s.arg(counts.failed);
        else if (received != counts.delivered)
            failure = u"the catcher received %1 requests for %2 deliveries"_s.arg(received).arg(
                counts.delivered);
        else
            failure.clear();
        if (failure.isEmpty()) {
            std::printf("hookflow --self-test: ok: run #%lld of %s: targeted %d, matched %d, "
                        "delivered %d, failed %d; the catcher received %d requests\n",
                        static_cast<long long>(summary.runId),
                        qUtf8Printable(QFileInfo(file).fileName()),
                        counts.targeted,
                        counts.matched,
                        counts.delivered,
                        counts.failed,
                        received);
            std::fflush(stdout);
        }
        QCoreApplication::exit(failure.isEmpty() ? 0 : 1);
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &app, [&] {
        failure = u"no result within 60 s"_s;
        QCoreApplication::exit(1);
    });
    guard.start(60 * 1000);
    QTimer::singleShot(0, &window, [&window] { window.fire(RunMode::Live); });

    const int code = app.exec();
    if (code != 0)
        return fail(failure);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"org.hookflow.Hookflow"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/org.hookflow.Hookflow.svg"_s));
    setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Design, test-fire and report on webhook campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        {u"w"_s, u"workspace"_s},
        QCoreApplication::translate("main", "Use the workspace in <dir> (default: %1).")
            .arg(QDir::toNativeSeparators(Workspace::defaultFolder())),
        QCoreApplication::translate("main", "dir"),
        Workspace::defaultFolder());
    const QCommandLineOption selfTestOption(
        u"self-test"_s,
        QCoreApplication::translate("main",
                                    "Open the window on a temporary workspace, test-fire an "
                                    "example at the built-in catcher and exit 0 if it worked."));
    const QCommandLineOption selectOption(
        u"select"_s,
        QCoreApplication::translate("main", "Select node <id> of the campaign file opened."),
        QCoreApplication::translate("main", "id"));
    parser.addOption(workspaceOption);
    parser.addOption(selfTestOption);
    parser.addOption(selectOption);
    parser.addPositionalArgument(u"file"_s,
                                 QCoreApplication::translate("main", "A campaign file to open."),
                                 u"[file]"_s);
    parser.process(app);

    if (parser.isSet(selfTestOption))
        return selfTest(app);

    const Workspace workspace(QDir(parser.value(workspaceOption)).absolutePath());
    if (const Result<void> seeded = workspace.ensureSeeded(); !seeded) {
        const QString message = QCoreApplication::translate("main",
                                                            "The workspace %1 could not be "
                                                            "prepared: %2")
                                    .arg(QDir::toNativeSeparators(workspace.folder()),
                                         seeded.error().message);
        printError(message);
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Hookflow"), message);
        return 1;
    }

    MainWindow window(workspace);
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && window.openCampaign(files.first()) && parser.isSet(selectOption))
        window.currentCanvas()->view()->focusNode(parser.value(selectOption));
    // After a crash, the campaigns it left unsaved and the test fires it left unfinished are
    // offered back once the window is up.
    QTimer::singleShot(0, &window, [&window] {
        window.offerRecovery();
        window.offerInterruptedRuns();
    });
    return app.exec();
}
