// Fuzz target: a pasted diagram fragment, decoded by DiagramClipboard::paste against the
// tests' sample model (kt::test::fuzz::clipboard: the edit applies to a sound model and
// reverts exactly).
#include "fuzzsupport.h"

#include <support/fuzzchecks.h>

KT_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    kt::fuzz::report(kt::test::fuzz::clipboard(kt::fuzz::input(bytes, size)));
    return 0;
}
