"""The log's writer threads: a log call never waits for the file's disk, nor stderr.

A log call formats its line and hands it to a writer thread of its handler's own
(``Background``). On a disk that stops answering (a home on NFS) a write hangs, and a
write under the handler's lock made every other thread's log call, the GUI thread's too,
wait on it; stderr may be a pipe nobody reads (``stderrlog``). At exit ``shutdown``
replaces ``logging.shutdown``, which would wait for such a write for ever.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import logging
import queue
import sys
import threading
import time
import weakref

FLUSH_WAIT_S = 2.0  # a flush (at exit) waits this long for the writer: its disk may hang


class Background(logging.Handler):
    """Formats each record where it is logged (redacted by its formatter), then hands the
    line to a writer thread, started at the first record, that passes it to ``inner``.

    The record itself does not go: its arguments and traceback hold the caller's objects
    (a window), whose last reference must not go on another thread (see
    ``libvirt/workers.py``), and arguments changed later would be written changed."""

    def __init__(self, inner: logging.Handler) -> None:
        super().__init__()
        self.inner = inner
        self._lines: queue.SimpleQueue[logging.LogRecord | threading.Event | None] = \
            queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self.stuck = False  # closed while its writer hung in a write
        _backgrounds.add(self)
        self._start_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # as every handler: said on stderr, the program goes on
            self.handleError(record)
            return
        done = copy.copy(record)
        done.msg = done.message = line
        done.args, done.exc_info, done.exc_text, done.stack_info = None, None, None, None
        self._start()
        self._lines.put(done)

    def _start(self) -> None:
        with self._start_lock:
            if self._writer is None:
                # A daemon: one hung in a write must not keep the program from ending.
                self._writer = threading.Thread(target=self._write, name="kvmgui-log",
                                                daemon=True)
                self._writer.start()

    def _write(self) -> None:
        while (item := self._lines.get()) is not None:
            if isinstance(item, threading.Event):
                item.set()  # a flush: every line before it is written
                continue
            try:
                self.inner.handle(item)
            except Exception:  # a failure of the file's is said by inner; never end the thread
                self.inner.handleError(item)

    def flush(self, deadline: float | None = None) -> None:
        """Wait until the lines logged so far are written: until ``deadline`` (of
        ``time.monotonic``) at most, by default ``FLUSH_WAIT_S`` from now."""
        if self._writer is not None:
            written = threading.Event()
            self._lines.put(written)
            if written.wait(_left(deadline)):  # else the writer hangs, and inner's flush would
                self.inner.flush()

    def close(self, deadline: float | None = None) -> None:
        writer = self._writer
        if writer is not None:
            self._lines.put(None)
            writer.join(_left(deadline))
            self.stuck = writer.is_alive()  # in a write that hangs: left behind
            if not self.stuck:
                self._writer = None
        if not self.stuck:
            self.inner.close()
        super().close()


def _left(deadline: float | None) -> float:
    return FLUSH_WAIT_S if deadline is None else max(deadline - time.monotonic(), 0.0)


_backgrounds: weakref.WeakSet[Background] = weakref.WeakSet()
_exit_registered = False


def flush(handlers: list[logging.Handler]) -> None:
    """Flush ``handlers``, their writers given ``FLUSH_WAIT_S`` together (both may hang)."""
    deadline = time.monotonic() + FLUSH_WAIT_S
    for handler in handlers:
        handler.flush(deadline) if isinstance(handler, Background) else handler.flush()


def shutdown() -> None:
    """At exit, in place of ``logging.shutdown``: the writers are given ``FLUSH_WAIT_S``
    together to write what is queued, and ``logging.shutdown`` runs only if none hangs in
    a write. It flushes and closes every handler under the handler's lock, which a write
    hung on a disk that stopped answering holds: the program never ended."""
    stuck = False
    deadline = time.monotonic() + FLUSH_WAIT_S
    for handler in list(_backgrounds):
        handler.close(deadline)
        stuck = stuck or handler.stuck
    if not stuck:
        logging.shutdown()
        return
    with contextlib.suppress(OSError, ValueError):  # stderr's lines, at least
        sys.stderr.flush()


def shut_down_at_exit() -> None:
    """Have ``shutdown``, not ``logging.shutdown``, run at exit (once, however often asked)."""
    global _exit_registered
    if not _exit_registered:
        _exit_registered = True
        atexit.unregister(logging.shutdown)
        atexit.register(shutdown)
