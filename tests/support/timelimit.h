#pragma once

#include <QtGlobal>

// A test's bound on the time of an operation, stretched in a sanitizer build
// (`make test-asan`, docs/ROBUSTNESS.md), where the instrumented code runs several times
// slower: the bound there says "no hang, nothing quadratic", not how fast the code is.
namespace kt::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr int SanitizerSlowdown = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr int SanitizerSlowdown = 10;
#else
inline constexpr int SanitizerSlowdown = 1;
#endif
#else
inline constexpr int SanitizerSlowdown = 1;
#endif

constexpr qint64 timeLimit(qint64 milliseconds)
{
    return milliseconds * SanitizerSlowdown;
}

} // namespace kt::test
