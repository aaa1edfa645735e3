"""Whether a thread has lately had to wait for a CPU: the kernel's run delay.

``/proc/thread-self/schedstat`` holds, for the thread that reads it, the nanoseconds it
has run and the nanoseconds it has spent runnable but waiting for a CPU. The kernel
answers from its own counters, so reading it never blocks, and it costs microseconds:
fit for the GUI thread once a second. On a quiet desktop the GUI thread waits a few
microseconds a wake, under 1 ms a second; when its CPUs are shared (guests booting on
the same cores, a build) the waits grow to tens of ms a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

SCHEDSTAT = "/proc/thread-self/schedstat"
SHARED_SHARE = 0.01  # waiting 1 % of the time (10 ms a second) or more: the CPUs are shared
# Waiting 2 % of the time (20 ms a second) or more: the CPUs are overloaded. On a quiet
# desktop the GUI thread waited 0.02–0.07 %; while twenty guests booted on the same two
# cores, 1.3–6.2 % over a whole run (docs/reliability.md).
STARVED_SHARE = 0.02
MOST_LET_PASS = 2  # turns in a row: the figures still come every third interval


def run_delay_ns(path: str = SCHEDSTAT) -> int | None:
    """The calling thread's total wait for a CPU so far (None: the kernel does not say)."""
    try:
        with open(path, "rb") as f:
            return int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None


class WaitGauge:
    """Tells whether the thread that reads it waited for a CPU for at least ``share`` of
    the time since its last reading. Unknown (the first reading, or no schedstat) counts
    as shared: the caller then does what is safe on a busy machine."""

    def __init__(self, share: float = SHARED_SHARE, *,
                 read: Callable[[], int | None] = run_delay_ns,
                 clock: Callable[[], int] = time.monotonic_ns) -> None:
        self.share = share
        self._read = read
        self._clock = clock
        self._last: tuple[int, int] | None = None  # (clock, run delay) at the last reading

    def shared(self) -> bool:
        waited = self.waited()
        return waited is None or waited >= self.share

    def waited(self) -> float | None:
        """The share of the time since the last reading that the thread waited for a CPU
        (None: unknown: the first reading, the kernel did not say, no time went by)."""
        waited, now = self._read(), self._clock()
        last, self._last = self._last, (None if waited is None else (now, waited))
        if waited is None or last is None or now <= last[0]:
            return None
        return (waited - last[1]) / (now - last[0])


class Backoff:
    """Whether to let a turn of a periodic job that may come late pass (the live
    figures): yes while the thread that asks has lately waited for a CPU for ``share``
    of the time or more, but never more than ``most`` turns in a row, so the job still runs every
    ``most + 1`` turns. Unknown never lets a turn pass: a kernel without schedstat keeps
    the job's pace.

    Each turn of the VM list's figures is a worker's reading, its parsing and a repaint of
    every running row on screen. When a desktop shares its two cores with twenty booting
    guests, that work waits for the CPU in turns ten times its length, and the window's
    answers to a screen reader wait behind it: the turns let pass are the cheapest way
    to answer sooner (docs/reliability.md, 2026-12-05). ``enabled`` False (the tests'
    fixture) never lets one pass."""

    enabled = True

    def __init__(self, share: float = STARVED_SHARE, most: int = MOST_LET_PASS, *,
                 gauge: WaitGauge | None = None) -> None:
        self.most = most
        self._gauge = gauge if gauge is not None else WaitGauge()
        self._share = share
        self._passed = 0  # turns let pass in a row

    def let_pass(self) -> bool:
        """Read at every turn (the wait is measured from the last turn)."""
        waited = self._gauge.waited()
        if self.enabled and waited is not None and waited >= self._share \
                and self._passed < self.most:
            self._passed += 1
            return True
        self._passed = 0
        return False
