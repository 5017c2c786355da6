// Fuzz target: the ArchiMate exchange reader on bytes, as `info` and File ▸ Open read an
// .xml (kt::test::fuzz::exchange: what it accepts passes ModelCheck, is written by
// ExchangeWriter, and that output reads again).
#include "fuzzsupport.h"

#include <support/fuzzchecks.h>

KT_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    kt::fuzz::report(kt::test::fuzz::exchange(kt::fuzz::input(bytes, size)));
    return 0;
}
