#pragma once

#include <QString>

namespace kt {

// Chooses the UI language (KIENTRUC_LANG, else the saved preference, else
// Vietnamese) and installs its translations. Returns "vi" or "en".
QString installTranslations();

} // namespace kt
