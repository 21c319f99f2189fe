"""What the benchmark scripts share: one p95 definition and the JSON lines they print.

Every script runs as ``python benchmarks/bench_x.py``, which puts this folder first on
``sys.path``, so they import it as ``from _common import ...``. The name does not match
``bench_*.py``: ``scripts/bench.sh`` does not run it.
"""

from __future__ import annotations

import json
import math
import statistics


def p95(values: list[float]) -> float:
    """The nearest-rank 95th percentile: a value that was measured, never interpolated."""
    ordered = sorted(values)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def line(
    name: str,
    values: list[float],
    unit: str = "s",
    *,
    digits: int = 4,
    count: str = "runs",
    **extra: object,
) -> str:
    """``{"name", "value" (the median), "unit", "median", "p95", <count>, **extra}`` as JSON."""
    return json.dumps({
        "name": name,
        "value": round(statistics.median(values), digits),
        "unit": unit,
        "median": round(statistics.median(values), digits),
        "p95": round(p95(values), digits),
        count: len(values),
        **extra,
    })  # fmt: skip


def emit(name: str, values: list[float] | float, unit: str = "ms", **extra: object) -> None:
    """Print a latency figure whose value is the p95 (a list) or a single number."""
    if isinstance(values, list):
        record = {"name": name, "value": round(p95(values), 3), "unit": unit,
                  "median": round(statistics.median(values), 3), "p95": round(p95(values), 3),
                  "n": len(values)}  # fmt: skip
    else:
        record = {"name": name, "value": round(values, 3), "unit": unit}
    record.update(extra)
    print(json.dumps(record), flush=True)
