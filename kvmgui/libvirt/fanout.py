"""Several blocking libvirt calls at once, so that N round trips cost about one.

libvirt's remote driver multiplexes calls on one connection: each caller sends its
request and waits for its own reply (the driver lock is released during the round
trip, and the client passes the socket between the waiting threads). Over a link of
300 ms, 16 event registrations one after another took 10 s; side by side they take
one round trip. Local drivers are thread-safe too, so the same code serves every URI;
``each`` fans out for a far host only (``width_for``).

Only for use inside a worker job: the calls run on short-lived threads (named like
the workers, so checks of "which thread" treat them alike) plus the calling one.

Reads only. A job's journal (``commands.current``, a context variable) is the calling
thread's: a change made through ``virsh`` on a helper thread would be neither noted in
the job's timeline nor held back in a preview ("Show command" would run it).

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
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

import libvirt

from kvmgui.libvirt.workers import WORKER_PREFIX
from kvmgui.utils import background, heap
from kvmgui.utils.uris import is_remote_uri

WIDTH = 32  # threads per fan-out at most (the calling thread included)
SLICE = 256  # calls of ``each`` run at a time: what its caller holds at once
T = TypeVar("T")


def width_for(conn: libvirt.virConnect) -> int:
    """``WIDTH`` for a far host, each of whose calls is a round trip; 1 (one by one, on the
    calling thread) for this machine's libvirt, where threads only add their own cost:
    3,000 VMs of the test driver read side by side took 2.5 to 3 times as long
    (docs/performance.md, "Who uses an image"). ``getURI`` asks no one."""
    return WIDTH if is_remote_uri(conn.getURI()) else 1


def each(conn: libvirt.virConnect, items: Sequence[T],
         call: Callable[[T], Any]) -> Iterator[tuple[T, Any]]:
    """Each item with ``call(item)`` or its ``Failure``, in order: side by side for a far
    host (``width_for``), ``SLICE`` at a time. A check that reads every VM of a far host
    one by one waits a round trip per VM: 40 VMs behind a 300 ms link, 24.7 s where side
    by side took 1.8 s (docs/performance.md, "Who uses an image")."""
    width = width_for(conn)
    if width == 1:  # without the slices' lists: a pool's 5,000 volumes are listed so
        for item in items:
            try:
                got = call(item)
            except BaseException as exc:  # handed to the caller, as ``outcomes`` does
                got = Failure(exc.with_traceback(None))
            yield item, got  # (outside the try: a caller that stops early closes us here)
        return
    for at in range(0, len(items), SLICE):
        some = items[at:at + SLICE]
        yield from zip(some, outcomes([partial(call, item) for item in some], width), strict=True)


class Failure:
    """What one call raised (``outcomes`` keeps it in the call's place)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __repr__(self) -> str:
        return f"Failure({self.error!r})"


def refusal(got: Any) -> libvirt.libvirtError | None:
    """libvirt's error when ``got`` is the ``Failure`` of a call libvirt refused (the
    caller decides what that means); None when ``got`` is an answer. Any other failure
    (a bug in the call, not the host's word) is raised."""
    if not isinstance(got, Failure):
        return None
    if isinstance(got.error, libvirt.libvirtError):
        return got.error
    raise got.error


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
