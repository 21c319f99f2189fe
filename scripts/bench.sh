#!/usr/bin/env bash
# `make bench`: run every benchmarks/bench_*.py; stdout carries only their JSON lines
# (one object per line), everything else (progress, warnings) goes to stderr.
# A failing benchmark does not stop the others; the exit status says whether all passed.
set -uo pipefail

VENV_PY=${VENV_PY:-.venv/bin/python}
shopt -s nullglob
benches=(benchmarks/bench_*.py)
if [ ${#benches[@]} -eq 0 ]; then
    echo "bench: no benchmarks/bench_*.py found" >&2
    exit 0
fi

failed=()
for bench in "${benches[@]}"; do
    echo "bench: $bench" >&2
    start=$(date +%s)
    # Lines that look like one JSON object go to stdout, the rest to stderr.
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$VENV_PY" "$bench" \
        | awk '/^[[:space:]]*\{.*\}[[:space:]]*$/ { print; fflush(); next }
               { print "bench: (not JSON) " $0 > "/dev/stderr" }'
    rc=${PIPESTATUS[0]}
    if [ "$rc" -ne 0 ]; then
        echo "bench: $bench FAILED (exit $rc)" >&2
        failed+=("$bench")
    else
        echo "bench: $bench done in $(( $(date +%s) - start ))s" >&2
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "bench: failed: ${failed[*]}" >&2
    exit 1
fi
