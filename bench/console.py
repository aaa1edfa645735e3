"""Serial console speed: 1 MB of guest-like output through the real terminal widget.

Usage: python bench/console.py [RUNS]   (prints one JSON line per run, then a summary)

Each run, interleaved:
  pyte_s      pyte alone (a plain pyte.Screen of the same size) parsing the bytes: baseline
  widget_s    the same bytes fed to a shown TerminalView as the console delivers them
              (64 KiB per turn of the event loop, pausing while the widget asks to), until
              everything is parsed and the last frame painted
  stall_ms    the longest gap between ticks of a 2 ms timer on the GUI thread meanwhile
  paints      frames painted
Targets (issue 11): stall_ms < 50 and widget_s < 2 x pyte_s.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyte
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from bench.stall import StallMeter
from kvmgui.widgets.terminal import TerminalView

SIZE = 1 << 20
DELIVERY = 64 * 1024  # what one READABLE callback hands over (RECV_CHUNK)
WORDS = ("kernel", "systemd", "Started", "Reached", "target", "network", "eth0", "link",
         "mounted", "/dev/vda1", "service", "journal", "udev", "audit", "firewall", "ok")


def guest_output(size: int = SIZE, seed: int = 7) -> bytes:
    """Boot-log and shell-like output: colours, CRLF, progress lines redrawn with CR,
    `ls --color` listings, cursor moves and clears (a fixed seed: the same bytes each run)."""
    rnd = random.Random(seed)
    out = bytearray()
    t = 0.0
    while len(out) < size:
        kind = rnd.random()
        if kind < 0.45:
            t += rnd.random()
            words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 12)))
            status = rnd.choice([b"\x1b[0;32m  OK  \x1b[0m", b"\x1b[0;1;31mFAILED\x1b[0m",
                                 b"\x1b[0;1;33m WARN \x1b[0m"])
            out += b"[%12.6f] [" % t + status + b"] " + words.encode() + b"\r\n"
        elif kind < 0.65:
            for _ in range(rnd.randint(3, 8)):
                colour = rnd.choice([b"01;34", b"01;32", b"00", b"01;36", b"38;5;208",
                                     b"38;2;120;200;80"])
                out += b"\x1b[" + colour + b"m" + rnd.choice(WORDS).encode() + b"\x1b[0m  "
            out += b"\r\n"
        elif kind < 0.85:
            for pct in range(0, 101, 10):
                bar = b"#" * (pct // 5) + b"." * (20 - pct // 5)
                out += b"\rdownloading [" + bar + b"] %3d%%" % pct
            out += b"\r\n"
        elif kind < 0.95:
            out += b"\x1b[s\x1b[1;60H\x1b[7m %02d:%02d \x1b[0m\x1b[u" % (rnd.randint(0, 23),
                                                                        rnd.randint(0, 59))
            out += b"\x1b[1mroot@guest\x1b[0m:\x1b[34m~\x1b[0m# ls -l\r\n"
        else:
            out += b"\x1b[2J\x1b[H" + b"\x1b[K\r\n" * 3
    return bytes(out[:size])


def pyte_alone(data: bytes, columns: int, lines: int) -> float:
    screen = pyte.Screen(columns, lines)
    stream = pyte.ByteStream(screen)
    start = time.perf_counter()
    for i in range(0, len(data), DELIVERY):
        stream.feed(data[i:i + DELIVERY])
    return time.perf_counter() - start


def through_widget(view: TerminalView, data: bytes) -> dict:
    probe = StallMeter()  # its worst gap as it is, tick included (as this bench always said)
    loop = QEventLoop()
    state = {"pos": 0, "paused": False, "paints": 0}
    original = view.paintEvent

    def counting_paint(event: object) -> None:
        state["paints"] += 1
        original(event)  # type: ignore[arg-type]

    view.paintEvent = counting_paint  # type: ignore[method-assign]
    view.backlog.connect(lambda behind: state.__setitem__("paused", behind))
    deliver = QTimer()
    deliver.setInterval(0)

    def tick() -> None:
        if state["pos"] < len(data):
            if not state["paused"]:
                view.feed(data[state["pos"]:state["pos"] + DELIVERY])
                state["pos"] += DELIVERY
        elif not view.pending and not view._frame.isActive() and not view._pump.isActive():
            deliver.stop()
            QTimer.singleShot(0, loop.quit)  # after the last paint request is handled

    deliver.timeout.connect(tick)
    probe.start()
    start = time.perf_counter()
    deliver.start()
    loop.exec()
    QApplication.processEvents()  # the last frame
    elapsed = time.perf_counter() - start
    probe.timer.stop()
    return {"widget_s": elapsed, "stall_ms": probe.worst * 1000, "paints": state["paints"]}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = QApplication.instance() or QApplication([])
    data = guest_output()
    results = []
    for run in range(runs):
        view = TerminalView()
        view.resize(1000, 640)
        view.show()
        QApplication.processEvents()
        columns, lines = view.vt.columns, view.vt.lines
        first_pyte = run % 2 == 0  # interleave: half the runs measure pyte first
        base = pyte_alone(data, columns, lines) if first_pyte else None
        measured = through_widget(view, data)
        if base is None:
            base = pyte_alone(data, columns, lines)
        row = {"run": run, "bytes": len(data), "columns": columns, "lines": lines,
               "pyte_s": round(base, 3), **{k: round(v, 3) for k, v in measured.items()}}
        row["ratio"] = round(row["widget_s"] / row["pyte_s"], 2)
        print(json.dumps(row), flush=True)
        results.append(row)
        view.close()
        view.deleteLater()
        QApplication.processEvents()

    def summary(key: str) -> dict:
        values = [r[key] for r in results]
        return {"median": round(statistics.median(values), 3), "worst": round(max(values), 3)}

    print(json.dumps({"summary": {k: summary(k) for k in ("pyte_s", "widget_s", "ratio",
                                                          "stall_ms", "paints")}}))
    del app


if __name__ == "__main__":
    main()
