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
        waited, now = self._read(), self._clock()
        last, self._last = self._last, (None if waited is None else (now, waited))
        if waited is None or last is None or now <= last[0]:
            return True
        return waited - last[1] >= self.share * (now - last[0])
