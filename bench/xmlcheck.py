"""XML editor: how long libvirt's RelaxNG check of a large domain takes, and what the GUI
thread feels of it now that it runs in a worker.

Usage: python bench/xmlcheck.py [RUNS]   (one JSON line per run, then median/worst)

Each figure in a fresh process (the first check of a process compiles the schema):
  inline_cold_ms   the first check + diff of a 200-device domain, schema compile included:
                   what the GUI thread waited for on the first Apply before this moved
  inline_ms        median (inline_worst_ms: worst) of 20 more: every later Apply
  inline_1000_ms   the same, median, for a 1000-device domain
  stall_cold_N_ms  the longest gap of a 2 ms GUI-thread timer while a worker runs the
                   first check + diff of an N-device domain (compiling the schema)
  stall_warm_N_ms  the same over 10 more checks
  stall_idle_ms    the same timer with nothing to check: the machine's own noise
Target (issue 12): no GUI stall over 16 ms from checking a 200-device domain.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer

from kvmgui.dialogs.xmledit_check import check_and_diff
from kvmgui.libvirt import workers


def domain(devices: int) -> str:
    """A domain with ``devices`` devices (disks, NICs, serial ports, RNGs), one per line."""
    parts = []
    for i in range(devices):
        kind = i % 4
        if kind == 0:
            parts.append("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                         f"<source file='/var/lib/libvirt/images/d{i}.qcow2'/>"
                         f"<target dev='vd{i}' bus='virtio'/></disk>")
        elif kind == 1:
            parts.append(f"<interface type='network'><mac address='52:54:00:00:{i // 256:02x}:"
                         f"{i % 256:02x}'/><source network='default'/><model type='virtio'/>"
                         "</interface>")
        elif kind == 2:
            parts.append(f"<serial type='pty'><target port='{i}'/></serial>")
        else:
            parts.append("<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>")
    return ("<domain type='kvm'>\n  <name>big</name>\n  <memory unit='KiB'>1048576</memory>\n"
            "  <vcpu>2</vcpu>\n  <os><type arch='x86_64' machine='pc'>hvm</type></os>\n"
            "  <devices>\n    " + "\n    ".join(parts) + "\n  </devices>\n</domain>\n")


def edited(text: str) -> str:
    return text.replace("<vcpu>2</vcpu>", "<vcpu>4</vcpu>")


def inline() -> dict[str, float]:
    small, big = domain(200), domain(1000)
    t = time.perf_counter()
    problems, _ = check_and_diff(edited(small), "domain", small)
    cold = time.perf_counter() - t
    assert not problems, problems
    warm, warm_big = [], []
    for _ in range(20):
        t = time.perf_counter()
        check_and_diff(edited(small), "domain", small)
        warm.append(time.perf_counter() - t)
        t = time.perf_counter()
        check_and_diff(edited(big), "domain", big)
        warm_big.append(time.perf_counter() - t)
    return {"inline_cold_ms": cold * 1000, "inline_ms": statistics.median(warm) * 1000,
            "inline_worst_ms": max(warm) * 1000, "inline_1000_ms": statistics.median(warm_big) * 1000}


def stall(mode: str, devices: int) -> dict[str, float]:
    """The longest gap of a 2 ms GUI-thread timer while a worker checks: ``cold`` one
    check that also compiles the schema, ``warm`` 10 checks (schema compiled before the
    meter starts), ``idle`` no checks for as long as ``IDLE_MS``."""
    app = QCoreApplication([])
    text = domain(devices)
    if mode == "warm":
        check_and_diff(text, "domain", None)
    clock = QElapsedTimer()
    clock.start()
    last, worst = [clock.elapsed()], [0]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0] - 2)
        last[0] = now

    meter = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=2)
    meter.timeout.connect(tick)
    meter.start()
    left = [1 if mode == "cold" else 10]
    started = time.perf_counter()

    def next_check(_result: object = None) -> None:
        if left[0] == 0:
            app.quit()
            return
        left[0] -= 1
        workers.shared().submit(check_and_diff, edited(text), "domain", text, done=next_check)

    if mode == "idle":
        QTimer.singleShot(int(os.environ.get("IDLE_MS", "1000")), app.quit)
    else:
        QTimer.singleShot(10, next_check)
    app.exec()
    return {f"stall_{mode}_{devices}_ms": float(worst[0]),
            f"span_{mode}_{devices}_s": time.perf_counter() - started}


def child(figure: str, devices: int, env: dict[str, str] | None = None) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--figure", figure, str(devices)],
                         capture_output=True,
                         text=True, check=True, env={**os.environ, **(env or {})})
    return json.loads(out.stdout)


def main() -> None:
    if sys.argv[1:2] == ["--figure"]:
        figure, devices = sys.argv[2], int(sys.argv[3])
        print(json.dumps(inline() if figure == "inline" else stall(figure, devices)))
        return
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rows = []
    for _ in range(runs):
        row = child("inline", 0)
        for devices in (200, 1000):
            row.update(child("cold", devices))
            row.update(child("warm", devices))
        # The machine's own noise, over as long as the warm 1000-device checks took.
        idle = child("idle", 0, {"IDLE_MS": str(int(row["span_warm_1000_s"] * 1000))})
        row["stall_idle_ms"] = idle["stall_idle_0_ms"]
        row = {k: v for k, v in row.items() if not k.startswith("span_")}
        print(json.dumps({k: round(v, 1) for k, v in row.items()}), flush=True)
        rows.append(row)
    for key in rows[0]:
        values = [r[key] for r in rows]
        print(f"{key:>22}: median {statistics.median(values):7.1f}  worst {max(values):7.1f}")


if __name__ == "__main__":
    main()
