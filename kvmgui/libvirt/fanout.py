"""Several blocking libvirt calls at once, so that N round trips cost about one.

libvirt's remote driver multiplexes calls on one connection: each caller sends its
request and waits for its own reply (the driver lock is released during the round
trip, and the client passes the socket between the waiting threads). Over a link of
300 ms, 16 event registrations one after another took 10 s; side by side they take
one round trip. Local drivers are thread-safe too, so the same code serves every URI.

Only for use inside a worker job: the calls run on short-lived threads (named like
the workers, so checks of "which thread" treat them alike) plus the calling one.

No reference cycles: garbage that holds a libvirt object is freed by a later garbage
collection, and ``virDomain.__del__`` calls ``virDomainFree``, which resets that
thread's libvirt error. Run in a worker, between a failed call and its ``libvirtError``,
that collection made the error lose its code, and a VM that vanished looked like a
failure (the property tests found it). Collections now run on the GUI thread only
(``kvmgui/utils/gcthread.py``); still, failures are kept without their traceback (it
would hold the frame that holds the results, which hold the failure), so nothing waits
for one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from kvmgui.libvirt.workers import WORKER_PREFIX
from kvmgui.utils import background, heap

WIDTH = 32  # threads per fan-out at most (the calling thread included)


class Failure:
    """What one call raised (``outcomes`` keeps it in the call's place)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __repr__(self) -> str:
        return f"Failure({self.error!r})"


def outcomes(calls: Sequence[Callable[[], Any]], width: int = WIDTH) -> list[Any]:
    """Run every call, ``width`` at a time; their results in order, a ``Failure`` in the
    place of each call that raised. Returns when all have finished."""
    results: list[Any] = [None] * len(calls)
    pending = iter(range(len(calls)))
    lock = threading.Lock()

    def work() -> None:
        while True:
            with lock:
                i = next(pending, None)
            if i is None:
                return
            try:
                results[i] = calls[i]()
            except BaseException as exc:  # handed to the caller, in the call's place
                # Without its traceback: that would hold this frame, hence ``results``,
                # hence itself: a cycle (see below).
                results[i] = Failure(exc.with_traceback(None))

    def help_out() -> None:
        # Woken together by one round trip's replies: behind the GUI thread (see there).
        background.lower_this_thread()
        work()
        # A helper's own arena, before the helper ends; the calling thread's job settles
        # its thread afterwards (``workers.Lane``).
        heap.settle()

    helpers = [threading.Thread(target=help_out, name=f"{WORKER_PREFIX}-fanout", daemon=True)
               for _ in range(min(width, len(calls)) - 1)]
    for thread in helpers:
        thread.start()
    work()
    for thread in helpers:
        thread.join()
    return results


def gather(calls: Sequence[Callable[[], Any]], width: int = WIDTH) -> list[Any]:
    """Like ``outcomes``, but raises the first failure (in call order) once all ended."""
    results = outcomes(calls, width)
    for result in results:
        if isinstance(result, Failure):
            raise result.error
    return results
