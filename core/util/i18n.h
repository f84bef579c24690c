// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Hookflow {

/// Loads Hookflow's translation (embedded under :/i18n) and Qt's own for `locale` (the system's
/// by default, or $HOOKFLOW_LANG such as "ko") into the application.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

/// What both executables do first: the application's names and version (which also decide the
/// app-data location of the default workspace), then installTranslations().
void setUpApplication(QCoreApplication &app);

} // namespace Hookflow
