"""What the benches that compare checkouts share: the sides, their order, the results file."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def sides_of(this: Path, baseline: Path | None) -> dict[str, Path]:
    """{"this": this checkout, "baseline": ``--baseline``'s, if given}."""
    sides = {"this": this}
    if baseline:
        sides["baseline"] = baseline.resolve()
    return sides


def in_turn(sides: Mapping[str, Any], run: int) -> list[str]:
    """The sides in the order of run ``run``: alternating, so neither always goes first
    (a machine warms up and cools down within a run)."""
    return list(sides) if run % 2 == 0 else list(reversed(sides))


def rotated(kinds: list[str], run: int) -> list[str]:
    """``kinds`` in the order of run ``run``: each run starts one further along, so every
    kind goes first, last and in between in turn (for two, the same as ``in_turn``)."""
    start = run % len(kinds)
    return kinds[start:] + kinds[:start]


def median_worst(runs: list[dict[str, Any]], key: str) -> tuple[float, float]:
    """Median and worst (largest) of ``key`` over the runs that have it (NaN left out);
    (NaN, NaN) if none has."""
    values = [r[key] for r in runs if key in r and r[key] == r[key]]
    if not values:
        return float("nan"), float("nan")
    return statistics.median(values), max(values)


def write_results(out: Path, results: Any, **meta: Any) -> None:
    """``results`` and ``meta`` (plus Python, CPUs and when) as JSON in ``out``."""
    meta = {"python": sys.version.split()[0], "cpus": os.cpu_count(), **meta,
            "when": time.strftime("%Y-%m-%d %H:%M")}
    out.write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
