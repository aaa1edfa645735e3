"""A transfer's local file, read or written on a thread of its own, a few pieces ahead of
(an upload) or behind (a download) the libvirt stream. Blocking; no Qt.

A read or write on a network mount that stopped answering hangs in the kernel, and
nothing interrupts it. Done by the thread that drives the stream, it kept that thread
from seeing Cancel: the stream stayed open, the host waiting on it, until the mount
answered. Here the stream's thread only hands pieces over or takes them, waiting
``POLL_S`` at a time and looking at the transfer's Cancel in between, so Cancel aborts
the stream at once. The file's thread, hung meanwhile, does its last step once the mount
answers: it closes the file (a download's ``settle`` also removes the partial file).

Each transfer has its own file thread, a daemon (one hung at exit must not hold the exit
up; ``wait_at_exit`` gives those still doing their last step the exit's grace); at most
``DEPTH`` pieces wait between the two threads. A piece is data (``bytes``,
``CHUNK`` at most) or a hole (``int``: that many zero bytes).
"""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Final, TypeVar

from kvmgui.libvirt.transfers import Transfer

DEPTH = 8
POLL_S = 0.1
SETTLE_WAIT_S = 2.0  # a failed download waits this long for its partial file to go
CHUNK = 256 * 1024  # libvirt-python's virStorageVol.streamBufSize

T = TypeVar("T")
Piece = bytes | int
END: Final = None  # after the last piece


_lock = threading.Lock()
_unsettled: set[_Pump] = set()  # the file threads that have not done their last step


class _Pump:
    """The file's thread, the pieces queued to or from it, and how it ended."""

    def __init__(self, xfer: Transfer, name: str) -> None:
        self._xfer = xfer
        self._queue: queue.Queue[Any] = queue.Queue(DEPTH)
        self._error: BaseException | None = None
        self._given_up = threading.Event()  # the stream's side stopped: stop too
        self._over = threading.Event()  # the file's thread did its last step
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _start(self) -> None:
        with _lock:
            _unsettled.add(self)
        try:
            self._thread.start()
        except BaseException:  # no thread (none left to start): nothing to wait for
            with _lock:
                _unsettled.discard(self)
            raise

    def _ended(self) -> None:
        """The file's thread did its last step (it closed the file, settled a download's)."""
        with _lock:
            _unsettled.discard(self)
        self._over.set()

    def _run(self) -> None:
        raise NotImplementedError

    def _wait(self, step: Callable[[], T]) -> T:
        """``step`` (a queue's put or get waiting ``POLL_S``), again until it succeeds; the
        file's failure and Cancel are raised meanwhile (the stream's thread)."""
        while True:
            if self._error is not None:
                raise self._error
            self._xfer.check()
            try:
                return step()
            except (queue.Full, queue.Empty):
                continue

    def give_up(self, wait: float = 0.0) -> None:
        """The transfer failed or was cancelled: the file's thread stops after the step it
        is in, and does its last one; waited for ``wait`` seconds at most."""
        self._given_up.set()
        with contextlib.suppress(queue.Full):  # full: the thread is busy, it sees the flag
            self._queue.put_nowait(_WAKE)
        self._over.wait(wait)


_WAKE = object()  # a given-up pump's wake-up, never a piece


class Writer(_Pump):
    """A download's file ``fd``: ``write`` and ``hole`` from the stream's thread, ``drain``
    when all came, then ``finish``. ``settle(complete)`` runs last on the file's thread in
    any case: it closes ``fd``, and keeps the file only if ``complete``."""

    def __init__(self, fd: int, xfer: Transfer, settle: Callable[[bool], None]) -> None:
        super().__init__(xfer, "kvmgui-file-write")
        self._fd, self._settle = fd, settle
        self._start()

    def write(self, data: bytes) -> None:
        self._wait(lambda: self._queue.put(data, timeout=POLL_S))

    def hole(self, length: int) -> None:
        self._wait(lambda: self._queue.put(length, timeout=POLL_S))

    def drain(self) -> None:
        """Wait until what was handed over is in the file."""
        written = threading.Event()
        self._wait(lambda: self._queue.put(written, timeout=POLL_S))
        self._wait(lambda: None if written.wait(POLL_S) else _empty())

    def finish(self) -> None:
        """The download is complete: the file is settled as such; its failure raised.
        Cancel is answered until the file's thread has the end; from then on the rename
        decides, and is waited for: a Cancel that landed during it said "cancelled" while
        the whole file then stood at its destination. (A rename hung on a mount that
        stopped answering holds the transfer; the window lets it go, as for a hung write.)"""
        self._wait(lambda: self._queue.put(END, timeout=POLL_S))
        self._xfer.settling = True
        self._over.wait()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        complete = False
        try:
            while not self._given_up.is_set():
                piece = self._queue.get()
                if self._given_up.is_set():
                    break
                if piece is END:
                    complete = True
                    break
                if isinstance(piece, threading.Event):
                    piece.set()
                elif isinstance(piece, int):
                    # A hole at the very end must still count in the file's size.
                    os.ftruncate(self._fd, os.lseek(self._fd, piece, os.SEEK_CUR))
                else:
                    view = memoryview(piece)
                    while view:
                        view = view[os.write(self._fd, view):]
        except BaseException as exc:  # the stream's side raises it
            self._error = exc
        finally:
            try:
                self._settle(complete)
            except BaseException as exc:
                self._error = self._error or exc
            self._ended()


class Reader(_Pump):
    """An upload's file ``fd`` from where it stands: ``take`` hands out its pieces (its
    holes as holes) up to ``size`` (see :func:`pieces`), then ``tail`` zero bytes as a
    hole, then None. ``fd`` is closed on the file's thread at the end."""

    def __init__(self, fd: int, xfer: Transfer, tail: int = 0, size: int | None = None) -> None:
        super().__init__(xfer, "kvmgui-file-read")
        self._fd, self._tail, self._size = fd, tail, size
        self._start()

    def take(self) -> Piece | None:
        return self._wait(lambda: self._queue.get(timeout=POLL_S))  # type: ignore[no-any-return]

    def _hand(self, piece: Piece | None) -> bool:
        """Queue ``piece``; False once the stream's side gave up."""
        while not self._given_up.is_set():
            try:
                self._queue.put(piece, timeout=POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for piece in pieces(self._fd, self._tail, self._size):
                if not self._hand(piece):
                    return
            self._hand(END)
        except BaseException as exc:  # the stream's side raises it
            self._error = exc
        finally:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._ended()


def wait_at_exit(timeout: float) -> bool:
    """Once the transfers' jobs ended (at exit): wait up to ``timeout`` s for the file
    threads still doing their last step. A download that failed or was cancelled waited
    ``SETTLE_WAIT_S`` for its partial file to go, then left that to its thread, which the
    process's end stopped: a write still under way on a slow disk left ``<dest>.part``.
    False if one is still at it (its mount does not answer)."""
    deadline = time.monotonic() + timeout
    with _lock:
        pumps = list(_unsettled)
    return all(pump._over.wait(max(deadline - time.monotonic(), 0.0)) for pump in pumps)


def pieces(fd: int, tail: int = 0, size: int | None = None) -> Iterator[Piece]:
    """``fd``'s content from its position: data in ``CHUNK``s, holes as their lengths
    (found with SEEK_DATA / SEEK_HOLE), then ``tail`` zero bytes as a hole. Up to ``size``,
    the file's length as the transfer announced it (a new volume was made that large), by
    default the one it has now: what the file gained since is left out, and what it lost
    goes as zeroes."""
    yield from _content(fd, size)
    if tail:
        yield tail


def _content(fd: int, size: int | None) -> Iterator[Piece]:
    cur = os.lseek(fd, 0, os.SEEK_CUR)
    end = os.fstat(fd).st_size if size is None else size
    while cur < end:
        try:
            data = os.lseek(fd, cur, os.SEEK_DATA)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
            data = end  # only a hole is left
        if data > cur:
            yield min(data, end) - cur
            cur = data
            continue
        try:
            stop = min(os.lseek(fd, cur, os.SEEK_HOLE), end)  # the end counts as a hole
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
            yield end - cur  # cut below cur since SEEK_DATA: what it lost goes as zeroes
            return
        while cur < stop:
            chunk = os.pread(fd, min(CHUNK, stop - cur), cur)
            if not chunk:  # the file shrank meanwhile: what it lost goes as zeroes, so that
                yield end - cur  # the tail after it lies where it was announced
                return
            yield chunk
            cur += len(chunk)


def _empty() -> None:
    raise queue.Empty
