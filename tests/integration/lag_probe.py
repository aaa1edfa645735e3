"""An event-loop lag probe: how long the GUI thread went without running its event loop.

A precise QTimer ticks every ``interval_ms`` on the thread that creates the probe (the
GUI thread); each gap between ticks beyond the interval is a stall::

    with LagProbe() as lag:
        ...  # run the event loop: qtbot.waitSignal / waitUntil / wait, app.exec()
    assert lag.max_ms < 50, lag.summary()

The stats fill in when the block ends (``max_ms``, ``percentile(q)``, ``p50``/``p95``/
``p99``, ``worst_at``: seconds after the start when the worst stall ended).  Only time
in which the event loop runs is measured; code of the test itself that blocks the
thread (a ``subprocess.run`` outside ``qtbot`` waits) counts as a stall too, so keep
such calls out of a measured block or in a worker.

On a shared machine part of a stall is the kernel not giving the thread a CPU: the
probe reads the GUI thread's ``/proc/.../schedstat`` at every tick and splits each
stall into *runqueue wait* (runnable, no CPU free: the machine's load) and the rest
(running our code, or blocked on the GIL, a lock or I/O: the program's own doing).
``max_own_ms`` is the longest stall without its runqueue wait.  For the worst stall,
``worst_split()`` also tells the GUI thread's CPU time in it and the time Python's
garbage collector ran (it stops every thread that needs the GIL).
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer


@dataclass(repr=False)
class LagStats:
    interval_ms: float
    stalls_ms: list[float] = field(default_factory=list)  # one per tick: gap - interval, >= 0
    ends: list[float] = field(default_factory=list)  # when each gap ended (s after start)
    runq_ms: list[float] = field(default_factory=list)  # of each gap: waiting for a CPU
    duration_s: float = 0.0
    cpu_ms: list[float] = field(default_factory=list)  # of each gap: the thread on a CPU
    gc_ms: list[float] = field(default_factory=list)  # of each gap: garbage collection
    started_at: float = 0.0  # time.perf_counter() (CLOCK_MONOTONIC) when the probe started

    @property
    def ticks(self) -> int:
        return len(self.stalls_ms)

    @property
    def max_ms(self) -> float:
        return max(self.stalls_ms, default=0.0)

    @property
    def own_ms(self) -> list[float]:
        """Each stall without the time the thread waited for a CPU."""
        if len(self.runq_ms) != len(self.stalls_ms):  # no schedstat here: all of it
            return list(self.stalls_ms)
        return [max(s - q, 0.0) for s, q in zip(self.stalls_ms, self.runq_ms, strict=True)]

    @property
    def max_own_ms(self) -> float:
        return max(self.own_ms, default=0.0)

    def worst_split(self, own: bool = False) -> tuple[float, float, float, float]:
        """(stall, runqueue wait, CPU time, garbage collection) of the longest stall (with
        ``own``: of the longest without CPU wait), in ms."""
        values = self.own_ms if own else self.stalls_ms
        if not values:
            return 0.0, 0.0, 0.0, 0.0
        i = values.index(max(values))

        def at(series: list[float]) -> float:
            return series[i] if i < len(series) else 0.0

        return self.stalls_ms[i], at(self.runq_ms), at(self.cpu_ms), at(self.gc_ms)

    def since(self, start_s: float) -> LagStats:
        """The ticks after ``start_s`` seconds into the probe (a phase of a scenario)."""
        keep = [i for i, t in enumerate(self.ends) if t >= start_s]

        def part(series: list[float]) -> list[float]:
            return [series[i] for i in keep if i < len(series)]

        return LagStats(self.interval_ms, part(self.stalls_ms), part(self.ends), part(self.runq_ms),
                        self.ends[-1] - start_s if self.ends else 0.0, part(self.cpu_ms),
                        part(self.gc_ms), self.started_at)

    def longer_than(self, limit_ms: float) -> list[tuple[float, float, float, float]]:
        """(CLOCK_MONOTONIC when it ended, stall, runqueue wait, CPU time) of each stall over
        ``limit_ms``: to find them again in a trace taken meanwhile (``perf -k mono``)."""
        return [(self.started_at + self.ends[i], s,
                 self.runq_ms[i] if i < len(self.runq_ms) else 0.0,
                 self.cpu_ms[i] if i < len(self.cpu_ms) else 0.0)
                for i, s in enumerate(self.stalls_ms) if s > limit_ms]

    @property
    def worst_at(self) -> float:
        if not self.stalls_ms:
            return 0.0
        return self.ends[self.stalls_ms.index(self.max_ms)]

    def percentile(self, q: float) -> float:
        """The q-quantile (0..1) of the stalls, nearest rank."""
        if not self.stalls_ms:
            return 0.0
        ordered = sorted(self.stalls_ms)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    @property
    def p50(self) -> float:
        return self.percentile(0.5)

    @property
    def p95(self) -> float:
        return self.percentile(0.95)

    @property
    def p99(self) -> float:
        return self.percentile(0.99)

    def over(self, limit_ms: float) -> int:
        return sum(1 for s in self.stalls_ms if s > limit_ms)

    def __repr__(self) -> str:
        return f"<LagStats {self.summary()}>"

    def summary(self) -> str:
        stall, runq, _cpu, _gc = self.worst_split()
        own_stall, _own_runq, own_cpu, own_gc = self.worst_split(own=True)
        return (f"longest stall {stall:.1f} ms (at {self.worst_at:.2f} s; {runq:.1f} ms of it "
                f"waiting for a CPU); longest without CPU wait {self.max_own_ms:.1f} ms (of "
                f"{own_stall:.1f} ms: {own_cpu:.1f} ms on a CPU, {own_gc:.1f} ms garbage "
                f"collection); p50/p95/p99 {self.p50:.1f}/{self.p95:.1f}/{self.p99:.1f} ms, "
                f"{self.ticks} ticks over {self.duration_s:.1f} s")


class LagProbe(QObject):
    """A context manager measuring event-loop stalls; see the module docstring."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stats = LagStats(float(interval_ms))
        self._interval = interval_ms / 1000.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._start = self._last = 0.0
        self._sched_fd: int | None = None
        self._runq_ns = self._cpu_ns = 0
        self._gc_ms = 0.0  # collections since the last tick
        self._gc_start = 0.0

    def start(self) -> LagStats:
        self.stats = LagStats(self.stats.interval_ms)
        self._open_schedstat()
        self._cpu_ns, self._runq_ns = self._read_schedstat()
        self._gc_ms = 0.0
        if self._on_gc not in gc.callbacks:
            gc.callbacks.append(self._on_gc)
        self._start = self._last = time.perf_counter()
        self.stats.started_at = self._start
        self._timer.start()
        return self.stats

    def stop(self) -> LagStats:
        if self._timer.isActive():
            self._tick()
            self._timer.stop()
        self.stats.duration_s = time.perf_counter() - self._start
        with contextlib.suppress(ValueError):
            gc.callbacks.remove(self._on_gc)
        if self._sched_fd is not None:
            os.close(self._sched_fd)
            self._sched_fd = None
        return self.stats

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stats.stalls_ms.append(max(now - self._last - self._interval, 0.0) * 1000)
        self.stats.ends.append(now - self._start)
        self._last = now
        if self._sched_fd is not None:
            cpu, runq = self._read_schedstat()
            self.stats.runq_ms.append((runq - self._runq_ns) / 1e6)
            self.stats.cpu_ms.append((cpu - self._cpu_ns) / 1e6)
            self._cpu_ns, self._runq_ns = cpu, runq
        self.stats.gc_ms.append(self._gc_ms)
        self._gc_ms = 0.0

    def _on_gc(self, phase: str, _info: dict[str, int]) -> None:
        # Any thread's collection: it holds the GIL throughout.
        now = time.perf_counter()
        if phase == "start":
            self._gc_start = now
        elif self._gc_start:
            self._gc_ms += (now - self._gc_start) * 1000

    def _open_schedstat(self) -> None:
        # The thread that ticks: this one (a QTimer fires in the thread of its object).
        path = f"/proc/self/task/{threading.get_native_id()}/schedstat"
        with contextlib.suppress(OSError):
            self._sched_fd = os.open(path, os.O_RDONLY)

    def _read_schedstat(self) -> tuple[int, int]:
        """(ns on a CPU, ns runnable but waiting for a CPU) of the ticking thread."""
        if self._sched_fd is None:
            return 0, 0
        try:
            os.lseek(self._sched_fd, 0, os.SEEK_SET)
            fields = os.read(self._sched_fd, 128).split()
            return int(fields[0]), int(fields[1])
        except (OSError, ValueError, IndexError):
            os.close(self._sched_fd)
            self._sched_fd = None
            return 0, 0

    def __enter__(self) -> LagStats:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
