"""Jobs on this machine's files, each on a thread of the file's mount.

A network mount that stops answering (NFS, SSHFS) hangs every ``stat``, ``open`` and
write under it until it comes back, and a thread hung in the kernel cannot be stopped.
On the shared pool (``workers.shared()``: four threads for every job that is no host's)
four such jobs held every thread, and the XML editor's schema check, exports and the
New VM wizard's checks all waited for the mount. Here each mounted file system has one
thread, found from the mount table (which never hangs: ``utils/mounts.py``): a hung
mount holds only the jobs on it, which wait there one behind the other instead of
taking more threads. ``pathcache``'s looks run on the same threads.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Hashable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject

from kvmgui.libvirt import workers
from kvmgui.utils.mounts import MAX_HOPS, Elsewhere, current_mount_points, mount_of, on_its_mount

log = logging.getLogger(__name__)
Done = Callable[[Any], None]

_lanes: dict[str, workers.Lane] = {}


def mount_for(path: str) -> str:
    """The mount point ``path`` is on, by its text (links are not followed): the key of
    its thread. Asks no file system."""
    return mount_of(path, current_mount_points())


def lane_for(path: str) -> workers.Lane:
    """The one thread of the mount ``path`` is on (its text: links are not followed)."""
    mount = mount_for(path)
    lane = _lanes.get(mount)
    if lane is None:
        lane = _lanes[mount] = workers.Lane(f"mount-{len(_lanes)}")
    return lane


def submit(path: str, fn: Callable[..., Any], *args: Any, done: Done | None = None,
           failed: workers.Failed | None = None, context: QObject | None = None) -> None:
    """Run ``fn(where, *args)`` on the thread of the mount the file at ``path`` is on;
    ``done(result)`` or ``failed(exc)`` then on the GUI thread, as ``Lane.submit``.

    ``where`` is ``path``, or where its links lead when they leave the mount its text
    names: the job then runs on that other mount's thread (a link from a local disk into
    a dead mount would otherwise hang the local disk's thread)."""
    _Hops(fn, args, done, failed, context).ask(path, 0)


class _Hops:
    """One job and its callbacks while it moves from mount to mount along links."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], done: Done | None,
                 failed: workers.Failed | None, context: QObject | None) -> None:
        self.fn, self.args = fn, args
        self.done, self.failed, self.context = done, failed, context

    def ask(self, where: str, hops: int) -> None:
        lane_for(where).submit(_run_on_mount, where, self.fn, self.args, context=self.context,
                               done=partial(self._answered, hops), failed=self.failed)

    def _answered(self, hops: int, answer: Any) -> None:
        if not isinstance(answer, Elsewhere):
            if self.done is not None:
                self.done(answer)
        elif hops >= MAX_HOPS:
            _fail(self.failed, OSError(errno.ELOOP, "too many mounts through links", answer.path))
        else:
            self.ask(answer.path, hops + 1)


def _run_on_mount(where: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    return on_its_mount(where, current_mount_points(), lambda there: fn(there, *args))


class OneAtATime:
    """Jobs that are not started again while they run: asked again with the same key,
    the job still out answers the new ask (its callbacks replace the earlier ones), and
    nothing more is queued. On a hung mount each retry (a detection asked again, the same
    file saved again) would otherwise wait behind the first until the mount answers, and
    then all of them would run."""

    def __init__(self) -> None:
        self._out: dict[Hashable, tuple[Done | None, workers.Failed | None]] = {}

    def __contains__(self, key: Hashable) -> bool:
        return key in self._out

    def submit(self, key: Hashable, path: str, fn: Callable[..., Any], *args: Any,
               done: Done | None = None, failed: workers.Failed | None = None,
               context: QObject | None = None) -> bool:
        """``submit(path, fn, *args, …)`` unless a job of ``key`` is out; False then (that
        job's answer goes to these callbacks instead)."""
        started = key not in self._out
        self._out[key] = (done, failed)
        if started:
            submit(path, fn, *args, context=context, done=partial(self._done, key),
                   failed=partial(self._failed, key))
        return started

    def _done(self, key: Hashable, result: Any) -> None:
        done, _failed = self._out.pop(key, (None, None))
        if done is not None:
            done(result)

    def _failed(self, key: Hashable, exc: BaseException) -> None:
        _done, failed = self._out.pop(key, (None, None))
        _fail(failed, exc)


def _fail(failed: workers.Failed | None, exc: BaseException) -> None:
    if failed is not None:
        failed(exc)
    else:  # as a lane does with a job nobody asked to hear about
        log.error("unhandled worker failure", exc_info=exc)
