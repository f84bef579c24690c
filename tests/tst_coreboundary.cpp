// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

/// core/ must stay free of widgets and QScintilla (DESIGN §2): the CLI and tests link it alone.
class TestCoreBoundary : public QObject
{
    Q_OBJECT

private slots:
    void coreIncludesNoGuiHeaders()
    {
        static const QRegularExpression forbidden(
            u"^\\s*#\\s*include\\s*[<\"](QtWidgets/|Qsci/|QtPrintSupport/"
            u"|Q(Widget|MainWindow|Dialog|MessageBox|Application|"
            "GraphicsView|GraphicsScene|AbstractButton|LineEdit|TableView|TreeView)\\b)"_s,
            QRegularExpression::MultilineOption);
        QDirIterator it(Hookflow::Test::sourcePath(u"core"_s),
                        {u"*.h"_s, u"*.cpp"_s},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        QStringList offenders;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            const QString text = QString::fromUtf8(Hookflow::Test::readFile(path));
            const QRegularExpressionMatch match = forbidden.match(text);
            if (match.hasMatch())
                offenders.append(u"%1: %2"_s.arg(path, match.captured(0).trimmed()));
        }
        QVERIFY(files > 10);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCoreBoundary)
#include "tst_coreboundary.moc"
