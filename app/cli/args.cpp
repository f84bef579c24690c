// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Hookflow::Cli {

Args::Args(const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(u"--"_s) || arg == u"--") {
            m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (valueOptions.contains(name)) {
            if (inlineValue) {
                m_values.insert(name, *inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                m_error = QCoreApplication::translate("Cli", "option --%1 needs a value").arg(name);
                return;
            }
        } else if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            m_error = QCoreApplication::translate("Cli", "unknown option --%1").arg(name);
            return;
        }
    }
}

} // namespace Hookflow::Cli
