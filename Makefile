# Rakor Desktop: everyday commands. `make help` lists them.
#
# Everything runs from .venv (created on first use from pyproject.toml; refreshed when
# pyproject.toml or requirements-lock.txt changes). On Debian/Ubuntu the system
# libraries Qt needs are checked (and installed when running as root): scripts/sysdeps.sh.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSDEPS := VENV_PY=$(PY) scripts/sysdeps.sh

# make run DB=/path/to/file.sqlite   (default: RAKOR_DB, else the user data directory)
DB ?=
# make run ARGS="--lang en"          extra arguments for rakor-desktop
ARGS ?=
# make test PYTEST_ARGS="-k meetings -x"
PYTEST_ARGS ?=
# The date-dependent tests (marker `dated`) run again as if today were each of these:
# the day issue 14 found the suite red, a month end, a year end and the end of a short
# February (make test TEST_DATES=).
TEST_DATES ?= 2026-12-03 2026-12-31 2027-02-28
# The machine has two cores and pytest uses one: these directories (package builds and
# command-line subprocesses, mostly waiting on children) run in a second pytest beside
# the rest when PYTEST_ARGS does not narrow the run (make test TEST_SHARD= to run serially).
TEST_SHARD ?= tests/packaging tests/cli

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: help venv sysdeps sysdeps-gui run run-xvfb test gui-test lint bench dist deb translations lock clean distclean

help:
	@echo "make run          open the window (creates a demo database the first time; DB=...)"
	@echo "make run-xvfb     the same under a virtual X server (no display needed)"
	@echo "make test         the whole test suite (what CI runs: .ci/run)"
	@echo "make gui-test     the real windows under Xvfb: walkthrough (xdotool) + layout check"
	@echo "make lint         ruff check + format check + mypy (what CI runs first)"
	@echo "make bench        benchmarks; one JSON object per line on stdout"
	@echo "make dist         PyInstaller one-folder build in dist/rakor-desktop/"
	@echo "make deb          Debian package of that build (dpkg -i dist/rakor-desktop_*.deb)"
	@echo "make translations compile resources/translations/*.ts to .qm"
	@echo "make sysdeps      check/install the system libraries Qt and the tests need"
	@echo "make lock         record the installed versions in requirements-lock.txt"
	@echo "make clean        remove build output (distclean: also .venv)"

# ---------------------------------------------------------------- environment
venv: $(STAMP)

$(STAMP): pyproject.toml $(wildcard requirements-lock.txt)
	@PYTHON="$(PYTHON)" VENV="$(VENV)" scripts/venv.sh

sysdeps: venv
	@$(SYSDEPS) test

sysdeps-gui: venv
	@$(SYSDEPS) gui

lock: venv
	@$(PY) -m pip freeze --disable-pip-version-check --exclude-editable > requirements-lock.txt
	@echo "requirements-lock.txt: $$(wc -l < requirements-lock.txt) pinned packages"
	@touch $(STAMP)

# ---------------------------------------------------------------- running
run: venv sysdeps-gui translations
	@scripts/run.sh "$(DB)" $(ARGS)

run-xvfb: venv translations
	@$(SYSDEPS) gui xvfb
	@xvfb-run -a -s "-screen 0 1440x900x24" $(MAKE) run DB="$(DB)" ARGS="$(ARGS)"

# ---------------------------------------------------------------- checks
# PYTEST_RC_FILE (set by .ci/run) receives pytest's own exit code, which make turns into 2.
# The dated reruns are independent processes (own temp dirs, own PostgreSQL server, own
# RAKOR_TODAY): they run side by side, and their output is printed in order afterwards.
# Every process beside another gets its own --basetemp: pytest's clean-up of old numbered
# temp dirs under one shared root raced between them ("rm_rf ... Directory not empty").
# (SHELLFLAGS has -e: each subshell records pytest's status with && / ||, never by ;.)
test: venv sysdeps translations
	@rc=0; out=$$(mktemp -d); \
	if [ -z "$(strip $(PYTEST_ARGS))" ] && [ -n "$(strip $(TEST_SHARD))" ]; then \
		( QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider --durations=10 \
			--basetemp=$$out/tmp-shard $(TEST_SHARD) > $$out/shard.log 2>&1 \
			&& echo 0 > $$out/shard.rc || echo $$? > $$out/shard.rc ) & \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --durations=15 \
			$(addprefix --ignore=,$(TEST_SHARD)) || rc=$$?; \
		wait; \
		echo "== $(TEST_SHARD), run beside the rest"; cat $$out/shard.log; \
		shard_rc=$$(cat $$out/shard.rc); [ $$rc -eq 0 ] && [ $$shard_rc -ne 0 ] && rc=$$shard_rc; \
	else \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --durations=15 $(PYTEST_ARGS) || rc=$$?; \
	fi; \
	if [ $$rc -eq 0 ] && [ -n "$(strip $(TEST_DATES))" ]; then \
		for day in $(TEST_DATES); do \
			( QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m dated \
				--basetemp=$$out/tmp-$$day --today $$day $(PYTEST_ARGS) > $$out/$$day.log 2>&1 \
				&& echo 0 > $$out/$$day.rc || echo $$? > $$out/$$day.rc ) & \
		done; \
		wait; \
		for day in $(TEST_DATES); do \
			echo "== dated tests as if today were $$day"; cat $$out/$$day.log; \
			day_rc=$$(cat $$out/$$day.rc); [ $$rc -eq 0 ] && [ $$day_rc -ne 0 ] && rc=$$day_rc; \
		done; \
	fi; \
	rm -rf $$out; \
	if [ -n "$${PYTEST_RC_FILE:-}" ]; then echo $$rc > "$$PYTEST_RC_FILE"; fi; \
	exit $$rc

# A whole Rakor through the real app and kiosk windows on Xvfb screens of 1366x768,
# 1280x800 and 1920x1080 (xdotool keystrokes and clicks; screenshots in
# build/walkthrough/<size>/), and the layout check of every page, dialog and kiosk
# state at those sizes. `make test` runs both as part of the suite.
gui-test: venv sysdeps translations
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/walkthrough tests/ui/test_layout_check.py $(PYTEST_ARGS)
	@echo "gui-test: screenshots in build/walkthrough/"

# ruff (with RUF100: no stale noqa), the formatter, and mypy on the whole package
# ([tool.mypy] in pyproject.toml). .ci/run runs this before the tests.
lint: venv
	@$(VENV)/bin/ruff check rakor_desktop tests benchmarks scripts
	@$(VENV)/bin/ruff format --check --quiet rakor_desktop tests benchmarks scripts || \
		{ echo "lint: run '$(VENV)/bin/ruff format rakor_desktop tests benchmarks scripts'" >&2; exit 1; }
	@$(VENV)/bin/mypy

bench: venv
	@$(SYSDEPS) gui office postgres || echo "bench: system packages incomplete; continuing" >&2
	@VENV_PY=$(PY) scripts/bench.sh

# ---------------------------------------------------------------- artefacts
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@ >&2
	@echo "translations: $@" >&2

dist: venv translations
	@$(SYSDEPS) build
	@start=$$(date +%s); \
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec; \
	echo "dist/rakor-desktop: $$(du -sm dist/rakor-desktop | cut -f1) MB, built in $$(( $$(date +%s) - start ))s"

# The one-folder build as a Debian package (dist/rakor-desktop_<version>_<arch>.deb):
# /opt/rakor-desktop, /usr/bin/rakor-desktop, menu entry, icon, .rakor MIME type.
# RAKOR_DEB_COMPRESS=xz for the smallest release file (slower).
deb: dist
	@scripts/build_deb.sh dist/rakor-desktop dist | tee /dev/stderr | xargs du -h

clean:
	rm -rf build dist .pytest_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
