# Coachtrack — the two commands a newcomer needs: `make demo` and `make test`.
BUILD_DIR ?= build
ASAN_DIR ?= build-asan
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 15
BUILD_TYPE ?= Release
WERROR ?= OFF
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ARGS ?=
export MAKEFLAGS += --no-print-directory

.PHONY: all setup configure build demo test test-sanitize fuzz-smoke bench package install-test translations format format-check clean

all: build

setup:
	@bash scripts/setup.sh

configure: setup
	@cmake -S . -B $(BUILD_DIR) --log-level=WARNING -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	  -DCOACHTRACK_WERROR=$(WERROR)

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Builds, synthesises the demo call if missing, and opens the window playing it.
demo: build
	@bash scripts/run_demo.sh $(BUILD_DIR) $(ARGS)

test: build
	@cd $(BUILD_DIR) && ctest -j $(JOBS) --output-on-failure --timeout 300

# The Debian package (build/coachtrack_<version>_<arch>.deb); `cmake --install build` lays out
# the same files.
package: build
	@cd $(BUILD_DIR) && rm -f coachtrack_*.deb && cpack -G DEB >/dev/null && ls coachtrack_*.deb

# As root: installs the package, checks the installed app, purges it (scripts/install_test.sh).
install-test: package
	@bash scripts/install_test.sh $(BUILD_DIR)

# The core libraries' tests under AddressSanitizer + UndefinedBehaviorSanitizer.
test-sanitize: setup
	@cmake -S . -B $(ASAN_DIR) --log-level=WARNING -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCOACHTRACK_SANITIZE=ON -DCOACHTRACK_BUILD_APP=OFF -DCOACHTRACK_BUILD_BENCH=OFF \
	  -DCOACHTRACK_WERROR=$(WERROR)
	@cmake --build $(ASAN_DIR) -j $(JOBS)
	@cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest -j $(JOBS) -L 'core|pg' --output-on-failure --timeout 600

# Every importer under libFuzzer + ASan + UBSan (clang-16; fuzz/) for FUZZ_SECONDS each, two
# at a time on two cores: 15 s keeps CI's smoke, build included, under 3 minutes.
fuzz-smoke: setup
	@BUILD_JOBS=$(JOBS) bash scripts/fuzz_smoke.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

bench: build
	@bash scripts/run_benchmarks.sh $(BUILD_DIR)

# Brings translations/*.ts up to date with the sources' tr() strings (lupdate); a new language:
# bash scripts/update_translations.sh fr. The build compiles them (lrelease) into the program.
translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

# Fails, naming each place, when any C++ file differs from what .clang-format makes of it.
format-check: setup
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

clean:
	@rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR)
