"""New-VM wizard benchmark: how long the wizard takes to open, and the GUI thread's
longest stall while the OS database loads and an ISO is identified behind it.

Run by hand (not part of the test suite):

    .venv/bin/python bench/newvm_wizard.py [--repeat 7]

Every run is a fresh process (imports of the wizard's modules included, as when a user
first opens it; bytecode cached, as installed packages have it), with the offscreen
platform, the main window on a test-driver host (a copy of the Demo host), connected and
painted before the clock starts. Interleaved:

  wizard    New virtual machine (the main window's action, Ctrl+N) → the wizard's first
            paint; libosinfo installed, so its database starts loading in a worker
  no-osinfo the same with libosinfo hidden (the generic profiles only): the baseline
            for "the database costs the opening nothing"
  network   the network wizard (issue 8) from construction to its first paint: the
            house's other wizard, as a reference

After the first paint of "wizard" a 2 ms precise timer runs on the GUI thread; the
longest gap between its ticks (minus 2 ms) is the stall while the database loads, then
while the wizard detects the OS of a small ISO labelled like Ubuntu Server 22.04 (the
method page gets its path, Next to the OS page, then "Detect it from the install media"
is ticked: the worker's detection and the OS's defaults filling every page). The same meter over
1 s of the idle main window, before the wizard opens, gives the machine's noise floor.

Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KINDS = ("wizard", "no-osinfo", "network")


def probe(kind: str, iso: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="kvmgui-bench-wizard-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp)
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    app = QApplication([])
    app.setApplicationName("kvmgui-bench")
    from kvmgui.libvirt import eventloop  # noqa: PLC0415
    from kvmgui.libvirt.connection import ConnState  # noqa: PLC0415
    from kvmgui.libvirt.registry import ConnectionRegistry  # noqa: PLC0415
    from kvmgui.window.mainwindow import MainWindow  # noqa: PLC0415

    eventloop.install()
    shutil.copy(REPO / "resources" / "demo" / "host.xml", tmp / "host.xml")
    settings = QSettings(str(tmp / "kvmgui.ini"), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    conn = registry.add(f"test://{tmp / 'host.xml'}", save=False)

    def spin_until(done, timeout: float = 60.0) -> None:
        end = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError(kind)
            loop = QEventLoop()
            QTimer.singleShot(5, loop.quit)
            loop.exec()

    conn.open()
    spin_until(lambda: conn.state == ConnState.CONNECTED)
    window = MainWindow(registry, settings)
    window.show()
    spin_until(lambda: window.proxy.rowCount() == 5)
    settle_end = time.perf_counter() + 0.5
    spin_until(lambda: time.perf_counter() > settle_end)  # first paints and stats settle
    if kind == "no-osinfo":
        from kvmgui.osinfo import database  # noqa: PLC0415

        database._libosinfo = lambda: None  # as on a host without PyGObject or the typelib

    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    worst = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(2)
    timer.timeout.connect(tick)
    # The noise floor: the same meter over 1 s of the idle main window, before the wizard.
    last[0] = time.perf_counter()
    timer.start()
    idle_end = time.perf_counter() + 1.0
    spin_until(lambda: time.perf_counter() > idle_end)
    timer.stop()
    idle_stall_ms = max(worst[0] - 0.002, 0.0) * 1000

    watcher = FirstPaint()
    start = time.perf_counter()
    if kind == "network":
        from kvmgui.wizards.network.wizard import NetworkWizard  # noqa: PLC0415

        wizard = NetworkWizard(conn)
        wizard.installEventFilter(watcher)
        wizard.show()
    else:
        window.new_vm_action.trigger()
        wizard = window.new_vm_wizard
        wizard.installEventFilter(watcher)
    spin_until(lambda: bool(painted))
    out = {"kind": kind, "open_ms": (painted[0] - start) * 1000, "idle_stall_ms": idle_stall_ms}
    if kind != "wizard":
        return out

    worst[0], last[0] = 0.0, time.perf_counter()
    timer.start()
    state = wizard.state
    spin_until(lambda: state.osdb_loaded)
    out["load_ms"] = (time.perf_counter() - start) * 1000
    out["load_stall_ms"] = max(worst[0] - 0.002, 0.0) * 1000
    timer.stop()
    wizard.os_page.detect.setChecked(False)  # detection starts below, not with the page switch
    wizard.method.iso_file.edit.setText(iso)
    while wizard.currentId() != 2:  # the OS page
        spin_until(lambda: wizard.button(wizard.WizardButton.NextButton).isEnabled())
        wizard.next()
    shown_end = time.perf_counter() + 0.3
    spin_until(lambda: time.perf_counter() > shown_end)  # the page's first paints are done
    worst[0], last[0] = 0.0, time.perf_counter()
    timer.start()
    detect_start = time.perf_counter()
    wizard.os_page.detect.setChecked(True)  # as the user ticks "Detect it from the install media"
    spin_until(lambda: state.spec.os.short_id == "ubuntu22.04")
    out["detect_ms"] = (time.perf_counter() - detect_start) * 1000
    out["detect_stall_ms"] = max(worst[0] - 0.002, 0.0) * 1000
    timer.stop()
    out["entries"] = len(state.osdb.entries)
    return out


def spawn(kind: str, iso: str, pycache: str) -> dict:
    # Bytecode cached as in an installed package (pip and distro packages compile it):
    # this machine's environment sets PYTHONDONTWRITEBYTECODE, which would add ~60 ms of
    # compiling the wizard's modules to every run.
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    run = subprocess.run([sys.executable, __file__, "--probe", kind, "--iso", iso], cwd=REPO, env=env,
                         capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(run.stdout.strip().splitlines()[-1])


def summary(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} / {max(values):.0f}" if values else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--probe", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--iso", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.probe, args.iso)), flush=True)
        return
    sys.path.insert(0, str(REPO))
    from bench.osinfo import make_iso  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        iso = Path(tmp) / "ubuntu-like.iso"
        make_iso(iso)
        pycache = str(Path(tmp) / "pycache")
        for kind in KINDS:  # warm-up, not counted: writes the bytecode cache
            spawn(kind, str(iso), pycache)
        runs: dict[str, list[dict]] = {kind: [] for kind in KINDS}
        for _ in range(args.repeat):
            for kind in KINDS:  # interleaved: a burst of load on the machine hits all alike
                runs[kind].append(spawn(kind, str(iso), pycache))
    wiz = runs["wizard"]
    print(f"{args.repeat} runs each, median / worst, ms; OS database: {wiz[0]['entries']} entries")
    rows = [
        ("open → first paint: new-VM wizard (libosinfo)", summary([r["open_ms"] for r in wiz])),
        ("open → first paint: new-VM wizard, no libosinfo",
         summary([r["open_ms"] for r in runs["no-osinfo"]])),
        ("open → first paint: network wizard (reference)", summary([r["open_ms"] for r in runs["network"]])),
        ("OS database loaded, from the open", summary([r["load_ms"] for r in wiz])),
        ("GUI stall, idle main window (noise floor)", summary([r["idle_stall_ms"] for r in wiz])),
        ("GUI stall while it loads", summary([r["load_stall_ms"] for r in wiz])),
        ("detect the ISO's OS (tick → OS chosen)", summary([r["detect_ms"] for r in wiz])),
        ("GUI stall while it detects", summary([r["detect_stall_ms"] for r in wiz])),
    ]  # fmt: skip
    for name, value in rows:
        print(f"{name:52} {value:>12}")
    print(json.dumps({"repeat": args.repeat, **runs}))


if __name__ == "__main__":
    main()
