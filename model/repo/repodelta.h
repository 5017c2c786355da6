#pragma once

#include "repository.h"

#include <QString>

namespace kt {

// Follows others' commits without checking the model out again: puts what a
// Repository::changesSince() read into the checkout it was read for (its objects,
// their versions and the head). false with the reason in *error (the checkout is then
// partly updated: check it out again) when an object cannot be read or the delta is
// not of this checkout (its head is older than the checkout's).
bool applyDelta(RepoCheckout &base, const RepoDelta &delta, QString *error = nullptr);

} // namespace kt
