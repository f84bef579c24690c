// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the tst_gui_* suites, which link the widgets (the support library does not).

#include <QApplication>
#include <QMouseEvent>
#include <QString>
#include <QTest>
#include <QWidget>

namespace Hookflow::Test {

/// The child called `name` that a user can see (the editors of other node kinds are hidden).
template<typename T>
T *visibleChild(QWidget *parent, const QString &name)
{
    const QList<T *> children = parent->findChildren<T *>(name);
    for (T *child : children) {
        if (child->isVisibleTo(parent))
            return child;
    }
    return nullptr;
}

/// A mouse move with `button` held: QTest::mouseMove does not hold buttons.
inline void moveHolding(QWidget *widget, const QPoint &at, Qt::MouseButton button = Qt::LeftButton)
{
    QMouseEvent move(QEvent::MouseMove,
                     QPointF(at),
                     QPointF(widget->mapToGlobal(at)),
                     Qt::NoButton,
                     button,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

/// Press at `from`, move there in steps with the button held, release at `to`.
inline void dragHolding(QWidget *widget,
                        const QPoint &from,
                        const QPoint &to,
                        Qt::MouseButton button = Qt::LeftButton)
{
    constexpr int Steps = 6;
    QTest::mousePress(widget, button, Qt::NoModifier, from);
    for (int i = 1; i <= Steps; ++i)
        moveHolding(widget, from + (to - from) * i / Steps, button);
    QTest::mouseRelease(widget, button, Qt::NoModifier, to);
}

} // namespace Hookflow::Test
