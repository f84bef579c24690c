// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Hookflow {

void installTranslations(QCoreApplication &app, const QLocale &requested)
{
    const QByteArray override = qgetenv("HOOKFLOW_LANG");
    const QLocale locale = override.isEmpty() ? requested : QLocale(QString::fromUtf8(override));
    if (!override.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the forced language too
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // English is the source language, but its plural forms ("1 rule", "2 rules") live in
    // hookflow_en: use it for any language Hookflow has no translation for.
    if (own->load(locale, u"hookflow"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/hookflow_en"_s))
        QCoreApplication::installTranslator(own);
}

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(u"Hookflow"_s);
    QCoreApplication::setOrganizationName(u"Hookflow"_s);
    QCoreApplication::setOrganizationDomain(u"hookflow.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKFLOW_VERSION));
    installTranslations(app);
}

} // namespace Hookflow
