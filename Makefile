# The two commands of the README: `make run` and `make test`; `make bench` measures
# (docs/PERFORMANCE.md), e.g. `make bench BENCH_ARGS=--quick` or `BENCH_ARGS="--sizes S,M"`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
BENCH_ARGS ?=

.PHONY: deps configure build run test bench clean

deps:
	bash scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then \
	    cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE); \
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

clean:
	rm -rf $(BUILD_DIR)
