#!/usr/bin/env bash
# `make run`: open the window on a database, creating a demo one the first time.
#
#   make run                       the default database (RAKOR_DB, else the user data dir)
#   make run DB=/tmp/coba.sqlite   another file (or a postgresql:// URL)
#   make run ARGS="--lang en"      extra arguments for rakor-desktop
set -euo pipefail

VENV=${VENV:-.venv}
APP="$VENV/bin/rakor-desktop"
DB=${1:-}
shift || true

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "     Use 'make run-xvfb' (virtual X server) or 'xvfb-run -a make run'," >&2
    echo "     or QT_QPA_PLATFORM=offscreen make run to start without showing anything." >&2
    exit 1
fi

if [ -z "$DB" ]; then
    DB=$("$VENV/bin/python" -c 'from rakor_desktop.config import resolve_db_target; print(resolve_db_target(None))')
fi

if [[ "$DB" != *"://"* ]] && [ ! -s "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    echo "run: no database at $DB yet; creating one with demo data" >&2
    if ! "$APP" --db "$DB" demo; then
        echo "run: warning: 'rakor-desktop demo' failed; opening the window anyway" >&2
    fi
fi

echo "run: rakor-desktop --db $DB $*" >&2
exec "$APP" --db "$DB" "$@"
