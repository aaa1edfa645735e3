"""One volume transfer's progress, cancel and outcome, as the upload and download loops
(:mod:`kvmgui.libvirt.volupload`, :mod:`kvmgui.libvirt.voldownload`) report them (no libvirt here).

Progress goes to a :class:`Transfer`: ``on_progress(Progress)`` is called on
the worker thread at most every ``interval`` seconds and once at the end (a
Qt signal's ``emit`` is a good callback: queued to the GUI thread).
``Transfer.cancel()`` may be called from any thread; the loop notices it
before the next chunk.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

RATE_WINDOW_S = 1.0


class TransferCancelledError(Exception):
    """The user cancelled; ``partial`` is the kept partial file of a download, if any."""

    def __init__(self, partial: str | None = None) -> None:
        super().__init__("transfer cancelled")
        self.partial = partial


class VolumeLeftError(Exception):
    """An upload into a new volume failed or was cancelled (``cause``), and the volume it
    made could not be deleted again (``undo``, the host's refusal): it is left in the pool."""

    def __init__(self, volume: str, cause: BaseException, undo: BaseException) -> None:
        super().__init__(f"{cause}; volume {volume} is left: {undo}")
        self.volume, self.cause, self.undo = volume, cause, undo


@dataclass(frozen=True, slots=True)
class Progress:
    done: int  # bytes of the file covered so far, holes included
    total: int  # bytes in all; 0 when unknown
    sent: int  # bytes that crossed the connection (holes excluded)
    rate: float  # bytes/s over about the last second, holes included
    elapsed: float  # seconds since the transfer started


@dataclass(frozen=True, slots=True)
class TransferResult:
    volume: str
    path: str  # the volume's path on the host (upload) or the local file (download)
    total: int
    sent: int
    sparse: bool  # a sparse stream was used
    seconds: float
    key: str = ""  # the uploaded volume's key (an LV's is its UUID, not its path)


class Transfer:
    """Progress and cancel of one running transfer (thread-safe).

    Signals are not used here so the libvirt layer stays usable without a Qt
    event loop; pass ``some_signal.emit`` as ``on_progress`` to get one.
    """

    def __init__(self, on_progress: Callable[[Progress], None] | None = None,
                 interval: float = 0.1) -> None:
        self._on_progress = on_progress
        self._interval = interval
        self._cancel = threading.Event()
        self._total = 0
        self._done = 0
        self._sent = 0
        self._start = 0.0
        self._last_report = 0.0
        self._samples: deque[tuple[float, int]] = deque()
        # A download's end handed to its file's thread: Cancel no longer stops it, its
        # rename decides (filepump.Writer.finish).
        self.settling = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TransferCancelledError

    # worker side
    def begin(self, total: int) -> None:
        self._total, self._done, self._sent = total, 0, 0
        self._start = self._last_report = time.monotonic()
        self._samples = deque([(self._start, 0)])

    def advance(self, count: int, *, hole: bool = False) -> None:
        self._done += count
        if not hole:
            self._sent += count
        now = time.monotonic()
        if now - self._last_report >= self._interval:
            self._report(now)

    def end(self) -> None:
        self._report(time.monotonic())

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._start

    @property
    def sent(self) -> int:
        return self._sent

    @property
    def total(self) -> int:
        return self._total

    def _report(self, now: float) -> None:
        self._last_report = now
        samples = self._samples
        samples.append((now, self._done))
        while len(samples) > 2 and now - samples[1][0] >= RATE_WINDOW_S:
            samples.popleft()
        then, done_then = samples[0]
        rate = (self._done - done_then) / (now - then) if now > then else 0.0
        if self._on_progress is not None:
            self._on_progress(Progress(self._done, self._total, self._sent, rate, now - self._start))
