#pragma once

#include <QApplication>

namespace kt {

// Keeps the wait cursor up while work that can take a moment on a big model
// (an export, a layout, routing many lines) runs on the UI thread.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace kt
