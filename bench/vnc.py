"""kvmgui's VNC console: paint time of a full 1920x1080 update, and key → echo round trip.

    python bench/vnc.py paint              # no root needed (offscreen Qt)
    python bench/vnc.py roundtrip          # root: isolated libvirtd + the tiny guest
    python bench/vnc.py all
    QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1920x1200x24" python bench/vnc.py paint
                                           # paint including the flush to an X server

paint      VncView.repaint() of a full 1920x1080 framebuffer (1:1, and shrunk to
           1280x720), beside the floor: one QPainter.drawImage of the same image into a
           QImage. Also a full raw 1920x1080 FramebufferUpdate from a fake server on a
           socketpair: first byte sent → GVnc decoded it → view repainted.
roundtrip  on the tiny guest's VGA shell (a real QEMU, TCG): (a) in process, a key sent
           through the view → the damage of its echo arriving from GVnc (repaint
           included); (b) kvmgui and virt-viewer each alone on its own Xvfb, interleaved:
           an XTEST key press → the echo's pixels on the X screen (XGetImage polling),
           the same injection and the same watcher for both.

Appends each run to bench/vnc_results.json (the last ten); figures go to
docs/performance.md by hand. Run it on a quiet
machine: medians and worst of several, A/B interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QImage, QKeyEvent, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.sides import in_turn  # noqa: E402
from bench.xprobe import Xvfb  # noqa: E402
from kvmgui.libvirt import eventloop  # noqa: E402
from kvmgui.libvirt.connection import ConnState  # noqa: E402
from kvmgui.libvirt.registry import ConnectionRegistry  # noqa: E402
from kvmgui.widgets.vnc.console import GraphicalConsole  # noqa: E402
from kvmgui.widgets.vnc.controller import ConsoleState  # noqa: E402
from kvmgui.widgets.vnc.session import VncSession  # noqa: E402
from kvmgui.widgets.vnc.view import ScaleMode, VncView  # noqa: E402
from tests.guest.build import BOOT_MARKER, ensure_guest_assets  # noqa: E402
from tests.integration.isolated_host import IsolatedHost  # noqa: E402
from tests.integration.vnc_guest import start_vnc_guest, type_text  # noqa: E402
from tests.unit.widgets.vnc.fake_rfb import FakeRfbServer  # noqa: E402

RESULTS = REPO / "bench" / "vnc_results.json"
W, H = 1920, 1080


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def stats(values: list[float]) -> dict:
    return {"median_ms": round(statistics.median(values), 2), "worst_ms": round(max(values), 2),
            "n": len(values)}


def wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def noise_image(w: int, h: int) -> QImage:
    data = os.urandom(w * h * 4)
    return QImage(data, w, h, w * 4, QImage.Format.Format_RGB32).copy()


# -- paint -----------------------------------------------------------------------------

class PaintCounter(QObject):
    """Proves each repaint() painted (a hidden or unexposed widget would not)."""

    def __init__(self, painted: list) -> None:
        super().__init__()
        self.painted = painted

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(event.rect().size().toTuple())
        return False


def bench_paint(repeat: int) -> dict:
    image = noise_image(W, H)
    target = QImage(W, H, QImage.Format.Format_RGB32)
    floor = []
    for _ in range(repeat):
        t = time.perf_counter()
        painter = QPainter(target)
        painter.drawImage(0, 0, image)
        painter.end()
        floor.append((time.perf_counter() - t) * 1000)

    view = VncView()
    view.set_image(image)
    out = {"drawImage_floor": stats(floor)}
    for label, mode, size in (("view_1to1", ScaleMode.ONE_TO_ONE, (W, H)),
                              ("view_fit_1280x720", ScaleMode.FIT, (1280, 720))):
        view.set_mode(mode)
        view.resize(*size)
        view.show()
        QTest.qWaitForWindowExposed(view)
        painted = []
        view.installEventFilter(counter := PaintCounter(painted))
        times = []
        for i in range(repeat + 3):
            t = time.perf_counter()
            view.repaint()
            if i >= 3:  # warm-up
                times.append((time.perf_counter() - t) * 1000)
        view.removeEventFilter(counter)
        if len(painted) != repeat + 3:
            raise RuntimeError(f"{label}: {len(painted)} paints for {repeat + 3} repaints")
        out[label] = stats(times)
    view.close()
    out["socket_to_painted"] = bench_full_update(max(5, repeat // 4))
    return out


def bench_full_update(repeat: int) -> dict:
    """A full raw update from a fake server: first byte sent → decoded → repainted."""
    server = FakeRfbServer(W, H)
    session = VncSession()
    view = VncView()
    view.attach(session)
    view.set_mode(ScaleMode.ONE_TO_ONE)
    view.resize(W, H)
    view.show()
    session.open_fd(server.client_fd())
    wait_until(lambda: session.image is not None, 10)
    payload = struct.pack(">BxH", 0, 1) + struct.pack(">HHHHi", 0, 0, W, H, 0) + os.urandom(W * H * 4)
    times = []
    for _ in range(repeat):
        done = []

        def painted(*_rect, d=done) -> None:
            view.repaint()
            d.append(time.perf_counter())

        session.damaged.connect(painted)
        start = time.perf_counter()
        threading.Thread(target=server._ours.sendall, args=(payload,)).start()
        wait_until(lambda d=done: bool(d), 10)
        session.damaged.disconnect(painted)
        times.append((done[0] - start) * 1000)
    session.close()
    wait_until(lambda: session._conn is None, 5)
    server.close()
    view.close()
    return stats(times)


# -- round trip ---------------------------------------------------------------------------

def key_event(kind: QEvent.Type, key: Qt.Key, text: str) -> QKeyEvent:
    return QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)


def bench_in_process(host, uuid: str, keys: int) -> dict:
    registry = ConnectionRegistry(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"),
                                            QSettings.Format.IniFormat))
    conn = registry.add(host.uri, save=False)
    conn.open()
    wait_until(lambda: conn.state is ConnState.CONNECTED, 30)
    console = GraphicalConsole(conn, uuid)
    console.resize(800, 520)
    console.show()
    wait_until(lambda: console.controller.state is ConsoleState.CONNECTED, 60)
    view = console.view
    type_text(view, "clear\n")
    wait_until(lambda: False, 2)  # let the screen settle
    samples = []
    for i in range(keys * 2):
        key, text = (Qt.Key.Key_X, "x") if i % 2 == 0 else (Qt.Key.Key_Backspace, "")
        done = []

        def echoed(*_rect, d=done) -> None:
            view.repaint()
            d.append(time.perf_counter())

        view.session.damaged.connect(echoed)
        start = time.perf_counter()
        QApplication.sendEvent(view, key_event(QEvent.Type.KeyPress, key, text))
        QApplication.sendEvent(view, key_event(QEvent.Type.KeyRelease, key, text))
        wait_until(lambda d=done: bool(d), 5)
        view.session.damaged.disconnect(echoed)
        if done:
            samples.append((done[0] - start) * 1000)
        wait_until(lambda: False, 0.15)
    console.shutdown()
    wait_until(lambda: console.controller.session is None, 10)
    registry.shutdown()
    return stats(samples)


def bench_xvfb(host, uri: str, uuid: str, keys: int) -> dict:
    ours, theirs = Xvfb(97), Xvfb(98)
    procs = []
    try:
        app = subprocess.Popen([sys.executable, str(REPO / "bench" / "vnc_app.py"), uri, uuid],
                               env=ours.env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, cwd=REPO)
        procs.append(app)
        # --shared as kvmgui: an exclusive client would make QEMU drop the other one.
        viewer = subprocess.Popen(["virt-viewer", "--connect", uri, "--attach", "--shared", "--", uuid],
                                  env=theirs.env(), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        procs.append(viewer)
        ready, _w, _x = select.select([app.stdout], [], [], 120)
        if not ready or app.stdout is None or app.stdout.readline().strip() != "ready":
            raise RuntimeError("kvmgui's console did not come up")
        region = (0, 0, 1024, 220)
        sides = {"kvmgui": ours, "virt-viewer": theirs}
        for x in sides.values():
            x.move_pointer(380, 250)  # focus follows the pointer without a window manager
        time.sleep(3)  # virt-viewer: no ready signal; give it time to show the screen
        letter, erase = ours.keycode("x"), ours.keycode("BackSpace")
        for name in ("c", "l", "e", "a", "r", "Return"):
            ours.key(ours.keycode(name))
        time.sleep(1.5)

        def quiet(x) -> bytes:
            last = x.grab(*region)
            while True:
                time.sleep(0.1)
                now = x.grab(*region)
                if now == last:
                    return now
                last = now

        def one(x, keycode: int) -> float | None:
            before = quiet(x)
            start = time.perf_counter()
            x.key(keycode)
            while time.perf_counter() - start < 3:
                if x.grab(*region) != before:
                    return (time.perf_counter() - start) * 1000
                time.sleep(0.001)  # leave the two cores to QEMU and the viewer
            return None

        samples: dict[str, list[float]] = {name: [] for name in sides}
        missed = dict.fromkeys(sides, 0)
        for i in range(keys):
            for name in in_turn(sides, i):
                x = sides[name]
                for keycode in (letter, erase):
                    dt = one(x, keycode)
                    if dt is None:
                        missed[name] += 1
                    else:
                        samples[name].append(dt)
        return {name: stats(v) | {"missed": missed[name]} if v else {"missed": missed[name]}
                for name, v in samples.items()}
    finally:
        for proc in procs:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        ours.close()
        theirs.close()


def bench_roundtrip(keys: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="kvmgui-vnc-bench-"))
    host = IsolatedHost().start()
    try:
        guest = start_vnc_guest(host, "bench", ensure_guest_assets(), tmp)
        uuid = host.virsh("domuuid", "bench").strip()
        if not wait_until(lambda: BOOT_MARKER in guest.serial(), 120):
            raise RuntimeError("the guest did not boot")
        wait_until(lambda: False, 3)  # the shell on tty1
        log("guest up; in-process round trip")
        out = {"in_process": bench_in_process(host, uuid, keys)}
        log(f"in process: {out['in_process']}; kvmgui and virt-viewer on Xvfb")
        out["xvfb"] = bench_xvfb(host, host.uri, uuid, keys)
        log(f"xvfb: {out['xvfb']}")
        return out
    finally:
        host.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("paint", "roundtrip", "all"))
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--keys", type=int, default=20)
    args = parser.parse_args()
    # A timeout's SIGTERM must still stop the isolated host and the viewers (finally blocks).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    app = QApplication(sys.argv[:1])
    eventloop.install()
    run: dict = {"when": time.strftime("%Y-%m-%d %H:%M"), "platform": app.platformName()}
    if args.what in ("paint", "all"):
        run["paint"] = bench_paint(args.repeat)
    if args.what in ("roundtrip", "all"):
        run["roundtrip"] = bench_roundtrip(args.keys)
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {"runs": []}
    results["runs"] = [*results.get("runs", []), run][-10:]  # the last ten runs
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(run, indent=2))
    QTimer.singleShot(0, app.quit)


if __name__ == "__main__":
    main()
