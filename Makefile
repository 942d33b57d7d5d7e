# Tandem's everyday commands. Each installs the Debian packages it needs that are missing,
# so a fresh Debian 12 or Ubuntu machine needs nothing else; each can be run again safely.

BUILD_DIR   ?= _build
PREFIX      := $(CURDIR)/$(BUILD_DIR)/install
XVFB        := xvfb-run -a -s "-screen 0 1400x900x24"
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What building and testing need.
BUILD_DEPS  := meson ninja-build pkg-config gcc gettext itstool appstream desktop-file-utils \
               libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libsqlcipher-dev \
               libjson-glib-dev libcsv-dev libshumate-dev libsoup-3.0-dev yelp-tools xvfb xauth \
               libpoppler-glib-dev poppler-utils libsodium-dev libpwquality-dev cracklib-runtime \
               libsecret-1-dev gnome-keyring dbus-daemon dbus-bin libxtst-dev \
               fonts-noto-core fonts-noto-color-emoji
# What running the app on a desktop adds: the help viewer.
RUN_DEPS    := yelp
# What the benchmarks compare Tandem with: an editor's launch, an office suite's printing;
# and secret-tool, which puts the cached benchmark database's key into their keyring.
BENCH_DEPS  := gnome-text-editor libreoffice-writer-nogui libsecret-tools
# What the fuzzers need: clang, its libFuzzer and sanitizer runtimes, and llvm-symbolizer
# (in llvm) for readable stack traces when one finds a crash. The runtimes' package is named
# after clang's version (libclang-rt-14-dev on Debian 12), so deps-fuzz asks clang which.
FUZZ_DEPS   := clang llvm

# The fuzzing build, and how long `make fuzz` runs each target (make fuzz FUZZ_SECONDS=600).
FUZZ_DIR     := $(BUILD_DIR)-fuzz
FUZZ_SECONDS ?= 60

.PHONY: all run test bench screenshots print-samples asan fuzz fuzz-build build clean \
        deps-build deps-run deps-bench deps-fuzz install-packages

all: build

# Installs the packages named in $(1) that are not installed yet.
define install-missing
	@missing=""; \
	for package in $(1); do \
	  dpkg-query -W -f='$${Status}' "$$package" 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps-build:
	$(call install-missing,$(BUILD_DEPS))

deps-run:
	$(call install-missing,$(RUN_DEPS))

deps-bench:
	$(call install-missing,$(BENCH_DEPS))

deps-fuzz:
	$(call install-missing,$(FUZZ_DEPS))
	@$(MAKE) --no-print-directory install-packages \
	  PACKAGES="libclang-rt-$$(clang -dumpversion | cut -d. -f1)-dev"

# Installs $(PACKAGES), for lists known only once something else is installed.
install-packages:
	$(call install-missing,$(PACKAGES))

$(BUILD_DIR)/build.ninja:
	meson setup $(BUILD_DIR) --werror --prefix "$(PREFIX)"

build: deps-build $(BUILD_DIR)/build.ninja
	ninja -C $(BUILD_DIR)

# Installed into the build folder, so the desktop file, icons, help and settings schema are
# found as on a real install; then Tandem opens its default database.
run: build deps-run
	meson install -C $(BUILD_DIR) --quiet
	XDG_DATA_DIRS="$(PREFIX)/share:$${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
	GSETTINGS_SCHEMA_DIR="$(PREFIX)/share/glib-2.0/schemas" \
	"$(PREFIX)/bin/tandem"

# Every suite, and a few seconds of each fuzz target; the display tests run under Xvfb. The
# last line says how many passed, in both builds together.
test: build fuzz-build
	$(XVFB) tests/run-tests.sh $(BUILD_DIR) $(FUZZ_DIR)

bench: deps-build deps-bench
	@[ -f $(BUILD_DIR)-release/build.ninja ] || meson setup $(BUILD_DIR)-release -Dbuildtype=release
	ninja -C $(BUILD_DIR)-release
	tests/bench/run-benchmarks.sh $(BUILD_DIR)-release

# A tall screen: one screenshot shows every kind of outcome measure chart at once.
screenshots: build
	@for style in "" --dark --rtl; do \
	  GSETTINGS_SCHEMA_DIR=$(BUILD_DIR)/data GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 \
	    xvfb-run -a -s "-screen 0 1400x2700x24" \
	    $(BUILD_DIR)/tests/ui/screenshots $(BUILD_DIR)/screenshots $$style || exit 1; \
	done
	@echo "Screenshots are in $(BUILD_DIR)/screenshots"

# Every page of one example plan in every language it prints in, as PNGs to look at.
print-samples: build
	tests/print/render-languages.sh $(BUILD_DIR)

# The unit suites under AddressSanitizer and UndefinedBehaviorSanitizer.
asan: deps-build
	@[ -f $(BUILD_DIR)-asan/build.ninja ] || \
	  meson setup $(BUILD_DIR)-asan -Db_sanitize=address,undefined -Db_lundef=false
	ninja -C $(BUILD_DIR)-asan
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	  tests/run-tests.sh $(BUILD_DIR)-asan --suite unit

# The crash test at length: a child writing through the store killed SOAK_KILLS times at
# random moments, the database checked after each kill. TANDEM_CRASH_SEED replays a run.
SOAK_KILLS  ?= 5000

.PHONY: soak
soak: build
	TANDEM_CRASH_KILLS=$(SOAK_KILLS) meson test -C $(BUILD_DIR) crash --timeout-multiplier 0 \
	  --verbose

# The libFuzzer targets (tests/fuzz), with the whole library built by clang under
# AddressSanitizer and UndefinedBehaviorSanitizer. Not --werror: the gcc build is the one
# that holds the code to no warnings, and clang warns of things GLib 2.74's own macros do
# (an unused g_autoptr(GMutexLocker)), which must not fail `make test`.
$(FUZZ_DIR)/build.ninja:
	CC=clang meson setup $(FUZZ_DIR) -Dfuzzing=true -Db_sanitize=address,undefined \
	  -Db_lundef=false

fuzz-build: deps-build deps-fuzz $(FUZZ_DIR)/build.ninja
	ninja -C $(FUZZ_DIR)

# Each target for FUZZ_SECONDS, one after another; new corpus entries stay in the build
# folder, and a crash stops here with the input that caused it.
fuzz: fuzz-build
	@for corpus in tests/fuzz/corpus/*/; do \
	  name=$$(basename "$$corpus"); \
	  tests/fuzz/run-fuzz.sh $(FUZZ_DIR)/tests/fuzz/fuzz-$$name $$name $(FUZZ_SECONDS) \
	    $(FUZZ_DIR)/tests/fuzz/scratch || exit 1; \
	done

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-release $(BUILD_DIR)-asan $(FUZZ_DIR)
