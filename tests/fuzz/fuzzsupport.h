#pragma once

// What the fuzz targets of this folder share (docs/ROBUSTNESS.md): the Qt application
// object, a scratch folder, and how a broken promise is reported. The code paths
// themselves are in tests/support/fuzzchecks.h, shared with the normal test suite.
// libFuzzer counts a crash, a sanitizer report, a leak or a timeout as a finding;
// a target reports one more kind: the code under test returned normally but broke one
// of its documented promises (a model it accepted that its own checks or writer refuse).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace kt::fuzz {

// Creates the QCoreApplication the model code expects (once, from LLVMFuzzerInitialize).
void initialize(int *argc, char ***argv);

// A folder of this process for temporary files: in /dev/shm when there is one (no disk
// syncs per execution), removed at exit.
QString scratchDir();

// The input as bytes (a copy: libFuzzer's buffer is read-only).
QByteArray input(const std::uint8_t *bytes, std::size_t size);

// Aborts with the broken promise when there is one, so that libFuzzer keeps the input.
void report(const QString &brokenPromise);

} // namespace kt::fuzz

// The initialisation every target has.
#define KT_FUZZ_INITIALIZE                                                                         \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        kt::fuzz::initialize(argc, argv);                                                          \
        return 0;                                                                                  \
    }
