"""Qt's GUI thread pool: what a repaint costs the GUI thread with it and without it.

Qt's raster engine hands a fill of more than about 96 spans to a thread pool of its own
and blocks the painting thread until the pool is done; ``QT_NO_GUI_THREADPOOL`` (which
kvmgui sets at start-up, kvmgui/app.py) keeps every fill on the painting thread. Run by
hand:

    .venv/bin/python bench/guipool.py [--runs 5]

Each run starts two fresh processes in turn (order alternating): ``pool`` (Qt's
default) and ``serial`` (``QT_NO_GUI_THREADPOOL=1``). Each times 100 synchronous
repaints (``QWidget.grab``) in the Fusion style, offscreen, of

  scrollbar   a vertical scroll bar 700 px tall (a long gradient);
  table       a 1280×800 table of 200 rows × 10 columns of text (the VM list's size).

Prints the median and worst of the per-run medians, and the worst single repaint,
in ms per side. Writes bench/guipool-results.json. Nothing else runs meanwhile: the
pool's cost here is its hand-off alone, without the CPU contention that made it block
for tens of ms during a burst (docs/reliability.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.sides import in_turn, write_results  # noqa: E402

REPAINTS = 100
WARMUP = 5
SIDES = {"pool": {}, "serial": {"QT_NO_GUI_THREADPOOL": "1"}}


def probe() -> None:
    """Child: time the repaints of each widget; print JSON {widget: [ms, ...]}."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QScrollBar, QTableView  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.resize(16, 700)
    bar.setRange(0, 5000)
    bar.setPageStep(23)
    model = QStandardItemModel(200, 10)
    for row in range(200):
        for column in range(10):
            model.setItem(row, column, QStandardItem(f"vm{row:04d} {column * 1.5:.1f} %"))
    table = QTableView()
    table.setModel(model)
    table.resize(1280, 800)
    table.show()
    app.processEvents()
    out: dict[str, list[float]] = {}
    for name, widget in (("scrollbar", bar), ("table", table)):
        times = []
        for _ in range(WARMUP + REPAINTS):
            start = time.perf_counter()
            widget.grab()
            times.append((time.perf_counter() - start) * 1000)
        out[name] = times[WARMUP:]
    out["threads"] = [float(len(os.listdir("/proc/self/task")))]
    print(json.dumps(out), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "guipool-results.json")
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe()
        return
    runs: dict[str, list[dict[str, list[float]]]] = {side: [] for side in SIDES}
    for run in range(args.runs):
        for side in in_turn(SIDES, run):
            env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
            env.update(SIDES[side], QT_QPA_PLATFORM="offscreen")
            done = subprocess.run([sys.executable, __file__, "--probe"], env=env, check=True,
                                  capture_output=True, text=True, timeout=120)
            runs[side].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"repaint ms, {args.runs} runs of {REPAINTS}: median / worst of the run medians "
          "(worst single repaint)")
    summary: dict[str, dict[str, float]] = {}
    for side, results in runs.items():
        for widget in ("scrollbar", "table"):
            medians = [statistics.median(r[widget]) for r in results]
            worst = max(max(r[widget]) for r in results)
            summary[f"{side}/{widget}"] = {"median": statistics.median(medians),
                                           "worst": max(medians), "worst_single": worst}
            print(f"  {side:7}{widget:10}{statistics.median(medians):8.3f} /{max(medians):7.3f}"
                  f"   ({worst:.1f})")
        threads = {int(r["threads"][0]) for r in results}
        print(f"  {side:7}threads after the repaints: {sorted(threads)}")
    write_results(args.out, {"summary": summary, "runs": runs}, load_before=os.getloadavg())
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
