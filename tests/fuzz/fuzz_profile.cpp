// Fuzz target: the framework profile loader on JSON bytes, as resources/frameworks/*.json
// are read (kt::test::fuzz::profile: an accepted profile answers the editor's queries).
#include "fuzzsupport.h"

#include <support/fuzzchecks.h>

KT_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    kt::fuzz::report(kt::test::fuzz::profile(kt::fuzz::input(bytes, size)));
    return 0;
}
