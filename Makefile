# The two commands of the README: `make run` and `make test`; `make bench` measures
# (docs/PERFORMANCE.md), e.g. `make bench BENCH_ARGS=--quick` or `BENCH_ARGS="--sizes S,M"`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
BENCH_ARGS ?=
# DEBUG_INFO=0 (CI): the plain build without debug information, -O2 as before; less
# compile and link time, the same code.
DEBUG_INFO ?= 1
ifeq ($(DEBUG_INFO),0)
PLAIN_FLAGS = -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG"
endif
# The sanitizer build (docs/ROBUSTNESS.md): `make test-asan` and `make fuzz` share it.
ASAN_DIR ?= build-asan
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= exchange ktm profile clipboard archicsv
# Tests left out of the sanitizer build: the desktop install and Debian package tests
# run cmake --install and cpack on the build (no code of ours runs in them that
# `make test` has not run) and cost minutes.
ASAN_CTEST_EXCLUDE ?= ^desktop/(install|package)$$
# More for the sanitizer run: ctest options (CI adds --verbose) and environment
# (CI points KT_SHARED_DIR at an empty folder), e.g.
# `make test-asan ASAN_TEST_ENV=KT_SHARED_DIR=/tmp/empty ASAN_CTEST_ARGS=--verbose`.
ASAN_CTEST_ARGS ?=
ASAN_TEST_ENV ?=
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: deps configure build run test bench clean asan-configure asan-build test-asan fuzz

deps:
	bash scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then \
	    cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(PLAIN_FLAGS); \
	fi

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/kientruc

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

bench: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target kientruc-bench
	$(BUILD_DIR)/tests/bench/kientruc-bench $(BENCH_ARGS)

# clang, -O1, AddressSanitizer + UndefinedBehaviorSanitizer, libFuzzer's coverage; no
# benchmark (it measures, and a sanitized build measures nothing).
asan-configure: deps
	@if [ ! -f $(ASAN_DIR)/build.ninja ]; then \
	    CC=clang CXX=clang++ cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
	        -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
	        -DKT_SANITIZE=ON -DKT_FUZZ=ON -DKT_BENCH=OFF; \
	fi

asan-build: asan-configure
	cmake --build $(ASAN_DIR) -j $(JOBS)

# Every test of the suite but the two above (model, export, widgets, app, report,
# command line, faults), the command-line tests running the sanitized kientruc of
# build-asan (each test's time limit is 30 minutes there). The build is the one of
# `make fuzz`: run after it, only what the fuzzers did not need is compiled.
test-asan: asan-build
	cd $(ASAN_DIR) && $(SANITIZER_ENV) QT_QPA_PLATFORM=offscreen $(ASAN_TEST_ENV) \
	    ctest --output-on-failure -j $(JOBS) -E '$(ASAN_CTEST_EXCLUDE)' $(ASAN_CTEST_ARGS)

# Each target FUZZ_SECONDS seconds on its corpus (the seeds, then what it found before)
# with its dictionary; a crash, a sanitizer report, a leak or an input slower than 10 s
# fails. Findings land in $(ASAN_DIR)/fuzz-findings/<target>/ (docs/ROBUSTNESS.md).
fuzz: asan-configure
	cmake --build $(ASAN_DIR) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS)) fuzz-seeds
	@set -e; for t in $(FUZZ_TARGETS); do \
	    corpus=$(ASAN_DIR)/fuzz-corpus/$$t; findings=$(ASAN_DIR)/fuzz-findings/$$t; \
	    mkdir -p $$corpus $$findings; \
	    echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	    $(SANITIZER_ENV) $(ASAN_DIR)/tests/fuzz/fuzz_$$t $$corpus $(ASAN_DIR)/tests/fuzz/seeds/$$t \
	        -dict=tests/fuzz/$$t.dict -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	        -rss_limit_mb=2048 -artifact_prefix=$$findings/ -print_final_stats=1 \
	        2>$(ASAN_DIR)/fuzz-findings/$$t.log \
	    || { tail -n 40 $(ASAN_DIR)/fuzz-findings/$$t.log; \
	         echo "FAILED: fuzz_$$t found a problem: $$(ls $$findings)" >&2; exit 1; }; \
	    grep -E '^stat::number_of_executed_units|^Done ' $(ASAN_DIR)/fuzz-findings/$$t.log || true; \
	done

clean:
	rm -rf $(BUILD_DIR)
