#!/usr/bin/env bash
# Create/refresh .venv with the app and its dev tools (called by `make venv`).
#
#   PYTHON=python3.12 make venv     to choose the interpreter (needs >= 3.11)
#
# Installs with requirements-lock.txt as constraints when it exists, so CI and every
# developer get the versions the suite was last run with (`make lock` refreshes it).
# Output goes to stderr (so `make bench` keeps stdout for JSON lines).
set -euo pipefail
exec 1>&2

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
STAMP="$VENV/.installed"

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }
apt_install() {
    echo "venv: installing $*"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "$@"
}

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    if [ "$PYTHON" = python3 ] && can_apt; then
        apt_install python3 python3-venv
    else
        echo "venv: '$PYTHON' not found. Install Python 3.11 or newer, for example:"
        echo "    sudo apt-get install python3 python3-venv      (Debian 12 / Ubuntu 24.04)"
        echo "or point PYTHON at one: make PYTHON=/path/to/python3.11 venv"
        exit 1
    fi
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "venv: $("$PYTHON" --version 2>&1) is too old; Rakor Desktop needs Python >= 3.11."
    echo "    Debian 12 ships 3.11 (sudo apt-get install python3 python3-venv);"
    echo "    elsewhere install 3.11+ and run: make PYTHON=python3.11 venv"
    exit 1
fi

# A .venv copied from another machine, or whose interpreter was removed: start over.
if [ -e "$VENV" ] && ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
    echo "venv: $VENV is broken (interpreter missing); recreating it"
    rm -rf "$VENV"
fi

if [ ! -x "$VENV/bin/python" ]; then
    # Debian splits ensurepip into python3-venv; without it `-m venv` fails half-way.
    if ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1; then
        minor=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
        if can_apt; then
            apt_install "python$minor-venv" || apt_install python3-venv
        else
            echo "venv: $PYTHON cannot create virtual environments (no ensurepip). Run:"
            echo "    sudo apt-get install python$minor-venv"
            exit 1
        fi
    fi
    echo "venv: creating $VENV with $("$PYTHON" --version 2>&1)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi

log="$VENV/pip-install.log"
pip_install() {
    "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input "$@" -e '.[dev]' >"$log" 2>&1
}
start=$(date +%s)
if [ -f requirements-lock.txt ]; then
    echo "venv: pip install -e '.[dev]' -c requirements-lock.txt (first time: a few minutes, PySide6 is large)"
    if ! pip_install -c requirements-lock.txt; then
        # Usually a pin in pyproject.toml moved and the lock was not refreshed: do not
        # block anyone on it, install from pyproject.toml alone and say so.
        tail -n 5 "$log"
        echo "venv: WARNING: install with requirements-lock.txt failed (stale lock?);"
        echo "venv:          retrying from pyproject.toml alone. Refresh it with: make lock"
        constrained=0
    else
        constrained=1
    fi
else
    echo "venv: pip install -e '.[dev]' (first time: a few minutes, PySide6 is large)"
    constrained=0
fi
if [ "$constrained" = 0 ] && ! pip_install; then
    tail -n 40 "$log"
    echo "venv: pip install failed (full log: $log)"
    exit 1
fi
touch "$STAMP"
echo "venv: ready in $(( $(date +%s) - start ))s"
