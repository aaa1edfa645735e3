"""The backing file a disk image's header names (qcow2, qcow, QED), and the header's first
bytes (``imageformat`` tells the format by them), read from a file on this machine.
Blocking: run only in workers.

For images libvirt has no volume XML of (outside every active pool): a stopped VM's
overlay there still opens its base when the VM starts.

An image may lie on a network mount that is down, where opening it hangs for good. The
read runs on a thread of the image's mount (as ``pathcache``'s looks do: links followed
on one mount at a time, ``utils.mounts``), and the worker waits ``READ_TIMEOUT_S`` for it,
then gives up with :class:`MountHungError`: a hung mount holds only its own reads, never
the worker that asked (one of the host's calls' threads, which every job of the window
waits on).
"""

from __future__ import annotations

import errno
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from functools import partial
from typing import Any

from kvmgui.utils.mounts import MAX_HOPS, Elsewhere, current_mount_points, mount_of, on_its_mount

QCOW_MAGIC = b"QFI\xfb"  # qcow and qcow2: backing name offset (u64) at 8, length (u32) at 16, big-endian
QED_MAGIC = b"QED\0"  # QED: offset (u32) at 56, length (u32) at 60, little-endian
MAX_NAME = 4096  # qcow2 allows 1023 bytes; longer is a damaged header QEMU refuses too
READ_TIMEOUT_S = 10.0  # a mount silent this long is taken as down


class MountHungError(TimeoutError):
    """The file system an image lies on did not answer in time (a network mount down)."""

    def __init__(self, path: str) -> None:
        super().__init__(errno.ETIMEDOUT, "the file system did not answer", path)


class _Reader:
    """One daemon thread per mount (a thread hung in the kernel cannot be stopped, and
    must not hold the application's exit)."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = queue.SimpleQueue()
        threading.Thread(target=self._run, name=name, daemon=True).start()

    def submit(self, job: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        self._jobs.put((job, future))
        return future

    def _run(self) -> None:
        while True:
            job, future = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue  # its worker gave up before it began
            try:
                future.set_result(job())
            except BaseException as exc:  # the waiting worker gets it
                future.set_exception(exc)
            del job, future


_readers: dict[str, _Reader] = {}
_readers_lock = threading.Lock()


def _reader_for(path: str) -> _Reader:
    mount = mount_of(path, current_mount_points())
    with _readers_lock:
        reader = _readers.get(mount)
        if reader is None:
            reader = _readers[mount] = _Reader(f"imagehead-{len(_readers)}")
        return reader


def backing_name(path: str) -> str:
    """The backing file as the image at ``path`` names it (relative names are relative to
    the image's directory); "" when it names none or is no format that has one. Raises
    ``OSError`` when the file cannot be read, :class:`MountHungError` (an ``OSError``)
    when its file system does not answer within ``READ_TIMEOUT_S``."""
    return str(on_mount_thread(path, read_backing_name))


def head(path: str, size: int) -> bytes:
    """The first ``size`` bytes of the image at ``path`` (fewer if it is shorter), read as
    :func:`backing_name` reads, with its errors."""
    return bytes(on_mount_thread(path, partial(read_head, size=size)))


def on_mount_thread(path: str, read: Callable[[str], Any]) -> Any:
    """``read(path)`` run on the thread of the mount ``path`` lies on (links followed
    from mount to mount), waited for up to ``READ_TIMEOUT_S``."""
    where = path
    for _hop in range(MAX_HOPS + 1):
        future = _reader_for(where).submit(partial(_read, where, read))
        try:
            answer = future.result(timeout=READ_TIMEOUT_S)
        except FutureTimeout:
            future.cancel()  # still queued behind a hung read: never run
            raise MountHungError(path) from None
        if not isinstance(answer, Elsewhere):
            return answer
        where = answer.path
    raise OSError(errno.ELOOP, "too many mounts through links", path)


def _read(path: str, read: Callable[[str], Any]) -> Any:
    # The mounts are read anew at each look (one may have come or gone since the last).
    return on_its_mount(path, current_mount_points(), read)


def read_head(path: str, size: int) -> bytes:
    """:func:`head` read here and now, on the calling thread."""
    with open(path, "rb") as image:
        return image.read(size)


def read_backing_name(path: str) -> str:
    """:func:`backing_name` read here and now, on the calling thread."""
    with open(path, "rb") as image:
        head = image.read(64)
        if head[:4] == QCOW_MAGIC and len(head) >= 20:
            offset, size = int.from_bytes(head[8:16], "big"), int.from_bytes(head[16:20], "big")
        elif head[:4] == QED_MAGIC and len(head) >= 64:
            offset, size = int.from_bytes(head[56:60], "little"), int.from_bytes(head[60:64], "little")
        else:
            return ""
        if not offset or not 0 < size <= MAX_NAME:
            return ""
        image.seek(offset)
        return image.read(size).decode("utf-8", "surrogateescape")
