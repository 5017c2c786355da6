#pragma once

// The code paths of the fuzz targets (tests/fuzz/, docs/ROBUSTNESS.md), shared with the
// normal test suite, which runs every input the fuzzers once found
// (tests/data/fuzz-regressions/) through them. Each reads untrusted bytes as the program
// does and returns an empty string, or the promise the code broke ("accepted a model
// the writer refuses: …"). Crashes, leaks and hangs are left to the sanitizers, the
// fuzzer and the test's timeout.

#include <QByteArray>
#include <QString>

namespace kt::test::fuzz {

// An ArchiMate exchange file, read from memory.
QString exchange(const QByteArray &input);
// A .ktm file: written to scratchDir, opened, checked, saved again and reopened.
QString ktm(const QByteArray &input, const QString &scratchDir);
// A framework profile (JSON).
QString profile(const QByteArray &input);
// A diagram fragment pasted into the sample model's overall view.
QString clipboard(const QByteArray &input);
// An Archi CSV set, its three files joined by csvSeparator(), written to scratchDir.
QString archiCsv(const QByteArray &input, const QString &scratchDir);
QByteArray csvSeparator();

// The sample view as the editor copies it: the clipboard target's seed.
QByteArray clipboardSeed();

} // namespace kt::test::fuzz
