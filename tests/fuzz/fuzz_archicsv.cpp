// Fuzz target: Archi's CSV set, its three files (elements, relations, properties) joined
// by "\n#####\n" in the input, read on its own as `info x-elements.csv` does and merged
// into the tests' sample model as File ▸ Import Archi CSV does (kt::test::fuzz::archiCsv:
// what is accepted passes ModelCheck and the limits, and saves as .ktm).
#include "fuzzsupport.h"

#include <support/fuzzchecks.h>

KT_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    kt::fuzz::report(
            kt::test::fuzz::archiCsv(kt::fuzz::input(bytes, size), kt::fuzz::scratchDir()));
    return 0;
}
