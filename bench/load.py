"""Monitoring cost: CPU of the kvmgui process while it watches N running VMs at 1 s.

Run by hand (not in CI):

    .venv/bin/python bench/load.py --sizes 1000 5000 --runs 5 --seconds 60 \\
        --baseline /path/to/another/checkout

For every run, size and side (this checkout, and the ``--baseline`` one if given; the
order of the sides alternates from run to run) it writes a test-driver host of N VMs,
all running (bench/hosts.py), starts ``bench/load_probe.py`` (the real main window,
offscreen, 1280×800, stats every 1 s) with kvmgui imported from that side's checkout,
waits until the list is full plus the warm-up, then reads the process's user + system CPU time
from ``/proc/PID/stat`` from outside, twice, ``--seconds`` apart: CPU % of one core.
The test driver runs inside the kvmgui process, so its share (answering the stats
calls) counts, as it did in the issue's figure.

The warm-up (``--warmup``; by default at least 70 s) lasts until the VMs out of sight
have been read twice (``kvmgui.libvirt.stats.COLD_PER_S`` a second: 200 s at 5,000 VMs):
the first reading of each one reads its device list too (the test driver's stats come
per device), a cost that ends with the first round. Before 2026-11-30 it was 70 s at
every size, which at 5,000 VMs measured the last 30 s of that first round.

Prints median and worst per size and side; writes bench/load-results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.hosts import write_host  # noqa: E402
from bench.procio import read_line  # noqa: E402
from bench.sides import in_turn, sides_of, write_results  # noqa: E402
from kvmgui.libvirt.stats import COLD_PER_S  # noqa: E402

PROBE = Path(__file__).resolve().parent / "load_probe.py"
TICK = os.sysconf("SC_CLK_TCK")
READY_TIMEOUT_S = 240.0
MIN_WARMUP_S = 70.0


def warmup_for(size: int) -> float:
    """Two rounds over the VMs out of sight at the sampler's pace (stats.py)."""
    return max(MIN_WARMUP_S, 2 * size / COLD_PER_S)


def cpu_seconds(pid: int) -> float:
    """utime + stime of every thread of ``pid`` (fields 14 and 15 of /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def one_run(checkout: Path, uri: str, size: int, seconds: float, warmup: float) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(checkout),
               KVMGUI_CHECKOUT=str(checkout))
    proc = subprocess.Popen([sys.executable, str(PROBE), uri, str(size), str(warmup)],
                            cwd=checkout, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        if not read_line(proc, READY_TIMEOUT_S + warmup).startswith("READY"):
            return {"error": "not ready"}
        t0, c0 = time.monotonic(), cpu_seconds(proc.pid)
        time.sleep(seconds)
        t1, c1 = time.monotonic(), cpu_seconds(proc.pid)
        load = os.getloadavg()[0]
        assert proc.stdin is not None
        proc.stdin.write("QUIT\n")
        proc.stdin.flush()
        line = read_line(proc, 30)
        data = json.loads(line) if line.startswith("{") else {}
        return {"cpu_percent": (c1 - c0) / (t1 - t0) * 100, "load": load, **data}
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--warmup", type=float, help="seconds after the list is full (default: "
                        "two rounds over the VMs out of sight, at least 70)")
    parser.add_argument("--baseline", type=Path, help="another checkout to measure alike")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "load-results.json")
    args = parser.parse_args()
    sides = sides_of(REPO, args.baseline)
    hosts = Path(tempfile.mkdtemp(prefix="kvmgui-load-"))
    uris = {n: write_host(hosts, n, n) for n in args.sizes}
    results: dict[str, dict[str, list[dict]]] = {s: {str(n): [] for n in args.sizes} for s in sides}
    for run in range(args.runs):
        for size in args.sizes:
            for side in in_turn(sides, run):
                warmup = args.warmup if args.warmup is not None else warmup_for(size)
                r = one_run(sides[side], uris[size], size, args.seconds, warmup)
                results[side][str(size)].append(r)
                print(f"run {run + 1}/{args.runs} {size} {side}: {json.dumps(r)}", file=sys.stderr,
                      flush=True)
    print(f"CPU % of one core, {args.runs} runs of {args.seconds:g} s, every VM running, "
          "stats every 1 s; median / worst")
    for size in args.sizes:
        cells = []
        for side in sides:
            vals = [r["cpu_percent"] for r in results[side][str(size)] if "cpu_percent" in r]
            cells.append(f"{side}: {statistics.median(vals):.2f} / {max(vals):.2f}" if vals
                         else f"{side}: failed")
        print(f"{size:>6} VMs  " + "   ".join(cells))
    write_results(args.out, results, seconds=args.seconds, warmup=args.warmup,
                  sides={k: str(v) for k, v in sides.items()})
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
