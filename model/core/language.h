#pragma once

#include <QString>

namespace kt {

// The language of the user interface ("vi" or "en"), chosen once at start-up by
// the application; profile texts and report content follow it.
QString uiLanguage();
void setUiLanguage(const QString &language);

} // namespace kt
