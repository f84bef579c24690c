// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"
#include "commands.h"
#include "output.h"

#include "catcher/catcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStringDecoder>

#include <optional>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Hookflow::Cli {

namespace {

QString catchUsage()
{
    return u"hookflow-cli catch [--port N] [--status CODE] [--delay MS]"_s;
}

// Printable text for the console: valid UTF-8 without control characters other than tab and newlines.
std::optional<QString> printableText(const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(body);
    if (decoder.hasError())
        return std::nullopt;
    for (const QChar c : std::as_const(text)) {
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7f)
            return std::nullopt;
    }
    return text;
}

QString describe(const CapturedRequest &request)
{
    // The line's shape is for scripts too; only the byte count is worded for people.
    const QString size = QCoreApplication::translate("Cli",
                                                     "%n bytes",
                                                     "size of a captured request body",
                                                     int(request.body.size()));
    QString line = u"#%1 %2 %3 (%4)\n"_s.arg(QString::number(request.sequence),
                                             request.method,
                                             request.target,
                                             size);
    if (const std::optional<QString> text = printableText(request.body)) {
        QStringView rest = *text;
        if (rest.endsWith(u'\n'))
            rest.chop(1);
        if (!rest.isEmpty()) {
            for (QStringView bodyLine : rest.split(u'\n')) {
                if (bodyLine.endsWith(u'\r'))
                    bodyLine.chop(1);
                line += u"    "_s;
                line += bodyLine;
                line += u'\n';
            }
        }
    }
    return line;
}

#if defined(Q_OS_UNIX)
// Self-pipe: the signal handler only writes a byte; the event loop reads it and quits.
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

/// Quits the application on SIGINT/SIGTERM while alive; restores the previous handlers afterwards.
class TerminationSignals
{
public:
    TerminationSignals()
    {
        if (::pipe(g_signalPipe) != 0)
            return;
        for (const int fd : g_signalPipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
        m_notifier.emplace(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(&*m_notifier, &QSocketNotifier::activated, qApp, [] {
            char buffer[16];
            while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) {
            }
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_previousInt);
        ::sigaction(SIGTERM, &action, &m_previousTerm);
        m_installed = true;
    }

    ~TerminationSignals()
    {
        if (m_installed) {
            ::sigaction(SIGINT, &m_previousInt, nullptr);
            ::sigaction(SIGTERM, &m_previousTerm, nullptr);
        }
        m_notifier.reset();
        for (int &fd : g_signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }

    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

private:
    std::optional<QSocketNotifier> m_notifier;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_installed = false;
};
#endif

} // namespace

int catchCommand(const CliContext &ctx, const QStringList &args)
{
    const Args parsed(args, {u"port"_s, u"status"_s, u"delay"_s}, {u"help"_s});
    if (!parsed.ok())
        return usageError(parsed.error(), catchUsage());
    if (parsed.has(u"help"_s) || parsed.positional() == QStringList{u"-h"_s}) {
        out(u"%1: %2\n\n%3"_s
                .arg(QCoreApplication::translate("Cli", "usage"),
                     catchUsage(),
                     QCoreApplication::translate(
                         "Cli",
                         "  --port N       port to listen on (default 0: any free port)\n"
                         "  --status CODE  status of every response, 100-599 (default 200)\n"
                         "  --delay MS     milliseconds to wait before each response "
                         "(default 0)\n")));
        return 0;
    }
    if (!parsed.positional().isEmpty()) {
        return usageError(QCoreApplication::translate("Cli", "unexpected argument '%1'")
                              .arg(parsed.positional().constFirst()),
                          catchUsage());
    }

    bool ok = false;
    const uint port = parsed.value(u"port"_s, u"0"_s).toUInt(&ok);
    if (!ok || port > 65535) {
        return usageError(QCoreApplication::translate(
                              "Cli", "invalid port '%1': expected a number from 0 to 65535")
                              .arg(parsed.value(u"port"_s)),
                          catchUsage());
    }
    const int status = parsed.value(u"status"_s, u"200"_s).toInt(&ok);
    if (!ok || status < 100 || status > 599) {
        return usageError(QCoreApplication::translate(
                              "Cli", "invalid status '%1': expected a number from 100 to 599")
                              .arg(parsed.value(u"status"_s)),
                          catchUsage());
    }
    const int delay = parsed.value(u"delay"_s, u"0"_s).toInt(&ok);
    if (!ok || delay < 0) {
        return usageError(QCoreApplication::translate(
                              "Cli",
                              "invalid delay '%1': expected a number of milliseconds, 0 or more")
                              .arg(parsed.value(u"delay"_s)),
                          catchUsage());
    }

    Catcher catcher;
    catcher.setResponseStatus(status);
    catcher.setResponseDelay(delay);
    QObject::connect(&catcher,
                     &Catcher::requestCaptured,
                     &catcher,
                     [json = ctx.json](const CapturedRequest &request) {
                         if (json) {
                             out(QString::fromUtf8(
                                     QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact))
                                 + u'\n');
                         } else {
                             out(describe(request));
                         }
                     });

#if defined(Q_OS_UNIX)
    const TerminationSignals signalGuard;
#endif
    if (const Result<void> listening = catcher.listen(QHostAddress::LocalHost, quint16(port));
        !listening) {
        err(u"hookflow-cli: error: %1\n"_s.arg(listening.error().message));
        return 1;
    }
    err(QCoreApplication::translate("Cli", "Listening on %1").arg(catcher.url().toString()) + u'\n');

    QCoreApplication::exec();
    catcher.close();
    return 0;
}

} // namespace Hookflow::Cli
