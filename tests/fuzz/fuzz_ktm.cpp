// Fuzz target: the .ktm opener (KtmStore) on a scratch copy of the input, as `info` and
// File ▸ Open open a model (kt::test::fuzz::ktm: the file is left alone, an opened model
// passes the checks a save makes, saves, and the saved file opens).
#include "fuzzsupport.h"

#include <support/fuzzchecks.h>

KT_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    kt::fuzz::report(kt::test::fuzz::ktm(kt::fuzz::input(bytes, size), kt::fuzz::scratchDir()));
    return 0;
}
