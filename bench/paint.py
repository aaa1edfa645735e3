"""What the VM list's per-second repaint costs the GUI thread, against another checkout.

Run by hand (not in CI):

    .venv/bin/python bench/paint.py [--runs 5] [--vms 200] [--baseline DIR]

Each run starts, per side (this checkout, and ``--baseline``'s if given; the order
alternates from run to run), a fresh probe process: the real main window
(``kvmgui.app.start``, offscreen, 1280×800: about 23 VM rows on screen) on a
test-driver host where every VM runs, stats every 0.5 s until each VM has 20 points of
history, then sampling stopped. It then times, 100 times each, the synchronous repaint
(``viewport().repaint(rect)``) of

  stats   the stats columns (CPU to uptime) of the visible rows, with every kept
          sparkline pixmap and laid-out text dropped first: what a new sample costs
          every second (the model's dataChanged covers exactly these cells);
  warm    the whole viewport, nothing dropped: a repaint that changes nothing (a
          selection, a tooltip, the window uncovered).

Prints median and worst of the per-run medians (ms) per side; writes
bench/paint-results.json.
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
PROBE_TIMEOUT_S = 180
REPAINTS = 100
HISTORY_POINTS = 20


def probe(uri: str, vms: int) -> None:
    """Child: measure one side (kvmgui imported from KVMGUI_CHECKOUT); print JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="kvmgui-paint-config-")
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="kvmgui-paint-state-")
    # Imported here, after the path: kvmgui comes from the checkout under test.
    sys.path.insert(0, os.environ["KVMGUI_CHECKOUT"])
    from dataclasses import replace  # noqa: PLC0415

    from PySide6.QtCore import QRect, QTimer  # noqa: PLC0415

    from kvmgui.app import start  # noqa: PLC0415
    from kvmgui.libvirt.stats import sampler_for  # noqa: PLC0415
    from kvmgui.models.domainrow import Column  # noqa: PLC0415
    from kvmgui.models.roles import Role  # noqa: PLC0415

    app, registry, window = start(["-c", uri])
    window.resize(1280, 800)
    window.apply_preferences(replace(window.prefs, stats_interval_ms=500))
    conn = registry.find(uri)
    view = window.vm_view
    proxy = view.model()

    def ready() -> bool:
        if proxy.rowCount() != vms:
            return False
        history = proxy.index(0, Column.CPU).data(Role.HISTORY)
        return bool(history) and len(history) >= HISTORY_POINTS

    def drop_kept() -> None:
        for delegate in view.sparklines.values():
            delegate.cache._pixmaps.clear()
            getattr(delegate.cache, "_seen", {}).clear()  # painted once (where kept)
        for col in Column:  # laid-out texts, where the checkout keeps them
            text = getattr(view.itemDelegateForColumn(col), "text", None)
            if text is not None:
                text._layouts.clear()

    def timed(rect: QRect, drop: bool) -> list[float]:
        times = []
        for _ in range(REPAINTS):
            if drop:
                drop_kept()
            t0 = time.perf_counter()
            view.viewport().repaint(rect)
            times.append((time.perf_counter() - t0) * 1000)
        return times

    def measure() -> None:
        if not ready():
            QTimer.singleShot(200, measure)
            return
        sampler_for(conn).set_interval(60000)  # no sample lands while timing
        left = view.columnViewportPosition(Column.CPU)
        right = max(view.columnViewportPosition(c) + view.columnWidth(c)
                    for c in (Column.CPU, Column.MEMORY, Column.VCPUS, Column.DISK_IO,
                              Column.NET_IO, Column.UPTIME))
        stats_rect = QRect(left, 0, right - left, view.viewport().height())
        timed(view.viewport().rect(), drop=False)  # warm up caches and glyphs
        stats = timed(stats_rect, drop=True)
        warm = timed(view.viewport().rect(), drop=False)
        print(json.dumps({"stats_ms": statistics.median(stats), "stats_worst_ms": max(stats),
                          "warm_ms": statistics.median(warm), "warm_worst_ms": max(warm)}),
              flush=True)
        app.quit()

    QTimer.singleShot(500, measure)
    app.exec()


def one_run(checkout: Path, uri: str, vms: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KVMGUI_CHECKOUT=str(checkout),
               PYTHONPATH=str(checkout))
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--probe", uri, str(vms)],
                          cwd=checkout, env=env, capture_output=True, text=True,
                          timeout=PROBE_TIMEOUT_S, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    return json.loads(lines[-1]) if lines else {"error": proc.stderr[-500:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--vms", type=int, default=200)
    parser.add_argument("--baseline", type=Path, help="another checkout to measure alike")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "paint-results.json")
    parser.add_argument("--probe", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.probe[0], int(args.probe[1]))
        return
    sys.path.insert(0, str(REPO))
    from bench.hosts import write_host  # noqa: PLC0415
    from bench.sides import in_turn, sides_of, write_results  # noqa: PLC0415

    sides = sides_of(REPO, args.baseline)
    uri = write_host(Path(tempfile.mkdtemp(prefix="kvmgui-paint-")), args.vms, args.vms)
    results: dict[str, list[dict]] = {side: [] for side in sides}
    for run in range(args.runs):
        for side in in_turn(sides, run):
            result = one_run(sides[side], uri, args.vms)
            results[side].append(result)
            print(f"run {run + 1}/{args.runs} {side}: {json.dumps(result)}", file=sys.stderr,
                  flush=True)
    print(f"VM list repaint, {args.vms} running VMs, 1280×800; median / worst of "
          f"{args.runs} run medians (ms)")
    for side, runs in results.items():
        good = [r for r in runs if "stats_ms" in r]
        if not good:
            print(f"{side:>9}: failed")
            continue
        stats = [r["stats_ms"] for r in good]
        warm = [r["warm_ms"] for r in good]
        print(f"{side:>9}: new sample (stats cells) {statistics.median(stats):6.2f} / "
              f"{max(stats):6.2f}   nothing new (whole view) {statistics.median(warm):6.2f} / "
              f"{max(warm):6.2f}")
    write_results(args.out, results, vms=args.vms, sides={k: str(v) for k, v in sides.items()})
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
