#pragma once

// What the panel tests (tst_modeltree, tst_palette, tst_properties) share: the
// elements of test::sampleModel() they work on, and typing as a user types.

#include <model/core/id.h>

#include <QString>
#include <QTest>
#include <QWidget>

namespace kt::test {

inline const ElementId citizen(QStringLiteral("id-e-citizen"));
inline const ElementId portal(QStringLiteral("id-e-portal"));
inline const ElementId application(QStringLiteral("id-e-app"));
inline const ElementId dataCentre(QStringLiteral("id-e-dc"));

// Types text as key presses; QTest::keyClicks takes ASCII only.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace kt::test
