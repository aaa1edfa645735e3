"""Runs the real kvmgui main window on a test-driver host and measures it.

Usage: app_probe.py URI EXPECTED_COUNT MODE   (MODE: "time", "list" or "full";
"time" runs no stall meter, whose 500 wake-ups a second would slow the listing down)

Prints one JSON line. Times are wall-clock (time.time) so the parent can subtract
its own spawn time. Measured:
  populated         the first paint of the VM list after it holds every domain
  connect_stall_ms  longest GUI-thread gap while connecting and filling the list
full mode, also:
  events            1000 rapid state changes: call->row and callback->row latencies
  changes_stall_ms  longest GUI-thread gap during those changes
  cpu_percent       CPU of the whole process (all threads) over 20 s of monitoring at 1 s
  rss_mb            peak resident set size
"""

from __future__ import annotations

import cProfile
import json
import os
import resource
import sys
import tempfile
import threading
import time
from collections import defaultdict, deque
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's own QSettings(), in a private place: no saved connections, no user config.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="kvmgui-bench-config-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import libvirt
from PySide6.QtCore import QEvent, QObject, QTimer

from bench.stall import StallMeter
from kvmgui.app import start
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.records import DomainState

CHANGES = 1000
TRACE = defaultdict(list) if os.environ.get("BENCH_TRACE") else None
PROFILE = cProfile.Profile() if os.environ.get("BENCH_PROFILE") else None
MONITOR_S = 20.0


class FirstPaint(QObject):
    """Calls back on the first paint of the view once ``ready()`` says the rows are all there."""

    def __init__(self, widget: QObject, ready, then) -> None:
        super().__init__()
        self.ready, self.then, self.done = ready, then, False
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint and self.ready():
            self.done = True
            QTimer.singleShot(0, self.then)  # after this paint has finished
        return False


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main(uri: str, expected: int, mode: str) -> None:
    app, registry, window = start(["-c", uri])
    conn = registry.find(uri)
    out: dict = {}
    meter = StallMeter()
    if mode != "time":  # "time": the list time alone; the meter's wake-ups would slow it down
        meter.start()

    def populated() -> None:
        out["populated"] = time.time()
        QTimer.singleShot(1000, after_connect)  # the stall window includes the settling

    watcher = FirstPaint(  # noqa: F841 - referenced so its event filter lives on
        window.vm_view.viewport(),
        lambda: window.proxy.rowCount() == expected and conn.state == ConnState.CONNECTED,
        populated)

    def after_connect() -> None:
        out["connect_stall_ms"] = meter.stop()
        out["rows"] = window.proxy.rowCount()
        if mode in ("list", "time"):
            finish()
        else:
            storm()

    # -- 1000 rapid state changes ----------------------------------------------------------
    calls: dict[str, deque] = defaultdict(deque)  # uuid -> call times (worker side)
    callbacks: dict[str, deque] = defaultdict(deque)  # uuid -> callback times
    latencies: list[float] = []
    cb_latencies: list[float] = []
    pending = [0]

    class TimedInbox(deque):
        """The connection's inbox, noting when each lifecycle callback copied its event."""

        def append(self, item) -> None:
            if item.kind == "domain" and item.event_id == libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE:
                callbacks[item.uuid].append(time.perf_counter())
            super().append(item)

    def on_row(records) -> None:
        """A row shows a new state: that change, and any earlier one of the same VM that a
        later change superseded within the same batch, has reached the row now."""
        now = time.perf_counter()
        for rec in records:
            if TRACE is not None:
                TRACE[rec.uuid].append((round(now, 4), rec.state.name, len(calls[rec.uuid])))
            if shown_state.get(rec.uuid) == rec.state:
                continue  # a refresh confirming what the row already shows: no change
            shown_state[rec.uuid] = rec.state
            want = expected_states.get(rec.uuid)
            if not want or rec.state not in want:
                continue
            for _ in range(list(want).index(rec.state) + 1):
                want.popleft()
                t_call = calls[rec.uuid].popleft() if calls[rec.uuid] else None
                t_cb = callbacks[rec.uuid].popleft() if callbacks[rec.uuid] else None
                if t_call is not None:
                    latencies.append(now - t_call)
                if t_cb is not None:
                    cb_latencies.append(now - t_cb)
                pending[0] -= 1
        round_shown.set()  # the worker sends the next round once this one shows
        if pending[0] == 0:
            changes_over()

    def changes_over() -> None:
        if "changes_done" not in out:
            out["changes_done"] = True
            out["unseen"] = pending[0]  # net-invisible (e.g. pause+resume shown as one batch)
            QTimer.singleShot(500, after_changes)

    expected_states: dict[str, deque] = defaultdict(deque)
    round_shown = threading.Event()
    shown_state: dict[str, DomainState] = {}

    def storm() -> None:
        # One change per VM when there are 1000 running; else pause/resume rounds, each
        # round sent once the previous one shows (or a pause and its resume could land in
        # one batch and never show at all).
        running = sorted(r.uuid for r in conn.domains.records() if r.state == DomainState.RUNNING)
        plan, rounds = [], []
        rnd = 0
        while len(plan) < CHANGES and running:
            suspend = rnd % 2 == 0
            batch = [(uuid, suspend) for uuid in running[:CHANGES - len(plan)]]
            for uuid, _s in batch:
                expected_states[uuid].append(DomainState.PAUSED if suspend else DomainState.RUNNING)
            plan += batch
            rounds.append(batch)
            rnd += 1
        pending[0] = len(plan)
        out["changes"] = len(plan)
        out["rounds"] = len(rounds)
        conn._inbox._queue = TimedInbox(conn._inbox._queue)
        conn.domains.changed.connect(on_row)  # after the model's slot: the row is updated

        def job(c) -> None:
            sent = 0
            for batch in rounds:
                deadline = time.monotonic() + 5.0
                while len(plan) - pending[0] < sent and time.monotonic() < deadline:
                    round_shown.wait(0.05)
                    round_shown.clear()
                for uuid, suspend in batch:
                    dom = c.lookupByUUIDString(uuid)
                    calls[uuid].append(time.perf_counter())
                    dom.suspend() if suspend else dom.resume()
                sent += len(batch)

        meter.start()
        if PROFILE is not None:
            PROFILE.enable()
        # Whatever never shows within 3 s of the last call is reported as unseen.
        conn.run(job, done=lambda _r: QTimer.singleShot(3000, changes_over))

    def after_changes() -> None:
        out["changes_stall_ms"] = meter.stop()
        if TRACE is not None:
            for uuid in [u for u, w in expected_states.items() if w][:3]:
                print(uuid[-4:], list(expected_states[uuid]), TRACE[uuid], file=sys.stderr)
        if PROFILE is not None:
            PROFILE.disable()
            PROFILE.dump_stats(os.environ["BENCH_PROFILE"])
        out["events"] = {
            "count": len(latencies), "unseen": out.get("unseen", 0),
            "p50_ms": pct(latencies, 0.5) * 1000, "p99_ms": pct(latencies, 0.99) * 1000,
            "max_ms": max(latencies) * 1000 if latencies else float("nan"),
            "cb_p50_ms": pct(cb_latencies, 0.5) * 1000, "cb_p99_ms": pct(cb_latencies, 0.99) * 1000,
        }
        window.apply_preferences(replace(window.prefs, stats_interval_ms=1000))
        QTimer.singleShot(3000, monitor_start)  # a few samples first: history buffers exist

    # -- steady monitoring ---------------------------------------------------------------------
    def monitor_start() -> None:
        out["running"] = sum(1 for r in conn.domains.records() if r.state.is_active)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        state = (time.perf_counter(), usage.ru_utime + usage.ru_stime)
        # No stall meter here: its 500 wake-ups a second would be counted as our CPU.
        QTimer.singleShot(int(MONITOR_S * 1000), lambda: monitor_end(state))

    def monitor_end(state) -> None:
        t0, cpu0 = state
        usage = resource.getrusage(resource.RUSAGE_SELF)
        out["cpu_percent"] = (usage.ru_utime + usage.ru_stime - cpu0) / (time.perf_counter() - t0) * 100
        out["samples_per_s"] = 1.0
        finish()

    def finish() -> None:
        out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out["threads"] = threading.active_count()
        print(json.dumps(out), flush=True)
        registry.shutdown()
        app.quit()

    def give_up() -> None:
        print(json.dumps({"error": "timeout", "rows_seen": window.proxy.rowCount(),
                          "state": conn.state.name, **out}), flush=True)
        app.quit()

    QTimer.singleShot(int(os.environ.get("BENCH_TIMEOUT_MS", "180000")), give_up)
    app.exec()
    os._exit(0)  # skip interpreter teardown of 5000 handles: not part of what we measure


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
