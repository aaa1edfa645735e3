"""kvmgui benchmark: the VM list at 100 / 1000 / 5000 domains against raw libvirt-python.

Run by hand (`make bench`); not part of the test suite. For each size it builds a
test-driver host (at most 1000 VMs running), then measures, each in a fresh process:

  list time    process start -> list fully shown (kvmgui) vs. process start ->
               open + listAllDomains + getAllDomainStats done (raw libvirt-python);
               median of --repeat runs
  events       1000 rapid state changes: event (callback) -> row and API call -> row
  stalls       longest GUI-thread stall while connecting and during the changes
  CPU          whole process, monitoring the running VMs at a 1 s interval
  RSS          peak resident set size of each process

Writes bench/results.json and docs/performance.png (see docs/performance.md).
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
from bench.sides import write_results  # noqa: E402

SIZES = (100, 1000, 5000)
MAX_RUNNING = 1000


def spawn(args: list[str]) -> tuple[float, dict, float]:
    """Run a probe; return (seconds from spawn to its "done" time, its JSON, its peak RSS MiB)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    start = time.time()
    proc = subprocess.Popen([sys.executable, *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _pid, _status, usage = os.wait4(proc.pid, 0)
    line = next((x for x in reversed(out.splitlines()) if x.startswith("{")), "{}")
    data = json.loads(line)
    done = data.get("done", data.get("populated", float("nan")))
    return done - start, data, usage.ru_maxrss / 1024


def measure(size: int, uri: str, repeat: int) -> dict:
    # Interleaved, so a burst of load on the machine hits both sides alike.
    base, lists = [], []
    for _ in range(repeat):
        base.append(spawn(["bench/baseline.py", uri]))
        lists.append(spawn(["bench/app_probe.py", uri, str(size), "time"]))
    stalls = [spawn(["bench/app_probe.py", uri, str(size), "list"]) for _ in range(2)]
    _t, full, full_rss = spawn(["bench/app_probe.py", uri, str(size), "full"])
    raw_s = statistics.median(t for t, _d, _r in base)
    app_s = statistics.median(t for t, _d, _r in lists)
    return {
        "size": size,
        "running": full.get("running"),
        "raw_list_s": raw_s,
        "app_list_s": app_s,
        "ratio": app_s / raw_s,
        "raw_runs_s": [t for t, _d, _r in base],
        "app_runs_s": [t for t, _d, _r in lists],
        "connect_stall_ms": max([d.get("connect_stall_ms", float("nan")) for _t, d, _r in stalls]
                                + [full.get("connect_stall_ms", float("nan"))]),
        "changes_stall_ms": full.get("changes_stall_ms"),
        "events": full.get("events", {}),
        "cpu_percent": full.get("cpu_percent"),
        "raw_rss_mb": max(r for _t, _d, r in base),
        "app_rss_mb": max([r for _t, _d, r in lists + stalls] + [full_rss]),
        "error": full.get("error"),
    }


def table(results: list[dict]) -> str:
    rows = [("domains", "raw list s", "kvmgui list s", "ratio", "event→row p50/p99 ms",
             "call→row p50/p99 ms", "stall connect/changes ms", "CPU % (running)",
             "RSS raw/kvmgui MiB")]
    for r in results:
        e = r["events"]
        rows.append((
            str(r["size"]), f"{r['raw_list_s']:.3f}", f"{r['app_list_s']:.3f}", f"{r['ratio']:.2f}",
            f"{e.get('cb_p50_ms', float('nan')):.1f} / {e.get('cb_p99_ms', float('nan')):.1f}",
            f"{e.get('p50_ms', float('nan')):.1f} / {e.get('p99_ms', float('nan')):.1f}",
            f"{r['connect_stall_ms']:.0f} / {r['changes_stall_ms'] or float('nan'):.0f}",
            f"{r['cpu_percent'] or float('nan'):.2f} ({r['running']})",
            f"{r['raw_rss_mb']:.0f} / {r['app_rss_mb']:.0f}",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=5, help="runs per list-time median")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results.json")
    parser.add_argument("--plot", type=Path, default=REPO / "docs" / "performance.png")
    args = parser.parse_args()
    hosts = Path(tempfile.mkdtemp(prefix="kvmgui-bench-"))
    results = []
    for size in args.sizes:
        uri = write_host(hosts, size, min(size, MAX_RUNNING))
        print(f"measuring {size} domains…", file=sys.stderr, flush=True)
        results.append(measure(size, uri, args.repeat))
    print(table(results))
    write_results(args.out, results, load_before=os.getloadavg())
    subprocess.run([sys.executable, "bench/plot.py", str(args.out), str(args.plot)], cwd=REPO,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO)),
                   check=True)
    print(f"wrote {args.out} and {args.plot}", file=sys.stderr)


if __name__ == "__main__":
    main()
