"""Text consoles: a non-blocking libvirt stream on the one event loop, and a session that
follows its VM (opens, reopens after a start, ends cleanly when the VM stops).

Threads. ``newStream`` and ``openConsole`` talk to the host, so they run in a worker
(``conn.run``); so do ``finish()``/``abort()``, which wait for the daemon's answer. The
stream's callback is added on the GUI thread and runs wherever libvirt's default event loop
runs (the GUI thread under Qt's GLib dispatcher, else the ``libvirt-events`` thread; see
docs/event-bridge.md). On a ``VIR_STREAM_NONBLOCK`` stream ``recv``/``send`` only copy to or
from the client library's buffers and return -2 instead of waiting, so they run inside that
callback (and a first ``send`` on the caller's thread) by design; ``virStream`` is therefore
not among the classes tests/conftest.py forbids on the GUI thread. The send queue is shared
by both threads under a lock.

Flow control: WRITABLE is watched only while the send queue holds data; READABLE can be
switched off (``set_reading(False)``) while the reader is behind, which lets the guest's
output wait in libvirt and QEMU rather than in our memory.

(Past 400 lines on purpose: the stream, the targets it opens and the session that owns it
are read together.)
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

import libvirt
from PySide6.QtCore import QObject, Qt, Signal, Slot

from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.records import DomainRecord, LibvirtEvent
from kvmgui.xml.devices import Kind
from kvmgui.xml.domain import DomainDoc

log = logging.getLogger(__name__)

RECV_CHUNK = 64 * 1024
RECV_PER_CALLBACK = 256 * 1024  # then return to the loop; READABLE fires again
SEND_CHUNK = 16 * 1024
SEND_PER_CALLBACK = 64 * 1024
ALWAYS: int = libvirt.VIR_STREAM_EVENT_ERROR | libvirt.VIR_STREAM_EVENT_HANGUP

Runner = Callable[[Callable[[], Any]], Any]  # runs a blocking call off the GUI thread


class StreamEnd(Enum):
    EOF = "eof"  # the other side closed (VM stopped, console taken over)
    HANGUP = "hangup"
    ERROR = "error"  # libvirt's message comes with it
    CLOSED = "closed"  # we closed it


class ConsoleStream(QObject):
    """One open console stream: bytes in, bytes out, one end.

    Signals:
        received(bytes): output of the guest, in order.
        ended(StreamEnd, str): the stream is over (with libvirt's message on errors);
            emitted once, on the GUI thread, after the callback was removed.
    """

    received = Signal(bytes)
    ended = Signal(object, str)
    _over = Signal(object, str)  # from the callback's thread to the GUI thread

    def __init__(self, stream: Any, run: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stream = stream
        self._run = run
        self._lock = threading.Lock()
        self._queue: deque[bytes] = deque()
        self._queued = 0
        self._reading = True
        self._mask = 0
        self._watching = False  # a callback is registered
        self._done = False
        self._over.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    # -- GUI side ---------------------------------------------------------------------------

    def start(self) -> None:
        """Add the stream callback (GUI thread; data already waiting is delivered next)."""
        with self._lock:
            self._mask = self._wanted()
            self._stream.eventAddCallback(self._mask, self._callback, None)
            self._watching = True

    @property
    def pending(self) -> int:
        """Bytes queued for the guest and not yet taken by the stream."""
        return self._queued

    @property
    def active(self) -> bool:
        return not self._done

    def send(self, data: bytes) -> None:
        """Queue ``data`` for the guest; it goes at the stream's pace, never dropped."""
        if not data or self._done:
            return
        with self._lock:
            for start in range(0, len(data), SEND_CHUNK):
                self._queue.append(data[start:start + SEND_CHUNK])
            self._queued += len(data)
            try:
                self._flush_locked(SEND_CHUNK)  # typing: send at once when the stream takes it
            except libvirt.libvirtError as exc:
                self._fail_locked(StreamEnd.ERROR, error_text(exc))
                return
            self._update_locked()

    def set_reading(self, on: bool) -> None:
        """Stop or resume reading the guest's output (flow control for a slow reader)."""
        with self._lock:
            self._reading = on
            self._update_locked()

    def close(self) -> None:
        """End the stream on purpose: remove the callback, then abort it in a worker."""
        with self._lock:
            if self._done:
                return
            self._done = True
        self._finish(StreamEnd.CLOSED, "")

    # -- the callback (GUI thread under GLib, else libvirt's event thread) ---------------------

    def _callback(self, _stream: Any, events: int, _opaque: object) -> None:
        with self._lock:
            if self._done:
                return
            try:
                if events & libvirt.VIR_STREAM_EVENT_WRITABLE:
                    self._flush_locked(SEND_PER_CALLBACK)
                if events & (libvirt.VIR_STREAM_EVENT_READABLE | libvirt.VIR_STREAM_EVENT_HANGUP):
                    data, eof = self._read_locked()
                    if data:
                        self.received.emit(data)
                    if eof:
                        self._fail_locked(StreamEnd.EOF, "")
                        return
                if events & libvirt.VIR_STREAM_EVENT_ERROR:
                    self._fail_locked(StreamEnd.ERROR, libvirt.virGetLastErrorMessage() or "")
                    return
                if events & libvirt.VIR_STREAM_EVENT_HANGUP:
                    self._fail_locked(StreamEnd.HANGUP, "")
                    return
            except libvirt.libvirtError as exc:
                self._fail_locked(StreamEnd.ERROR, error_text(exc))
                return
            self._update_locked()

    def _read_locked(self) -> tuple[bytes, bool]:
        chunks: list[bytes] = []
        total = 0
        while self._reading and total < RECV_PER_CALLBACK:
            got = self._stream.recv(RECV_CHUNK)
            if got == -2:  # EAGAIN: nothing more for now
                return b"".join(chunks), False
            if not got:  # b"": end of file
                return b"".join(chunks), True
            chunks.append(got)
            total += len(got)
        return b"".join(chunks), False

    def _flush_locked(self, budget: int) -> None:
        while self._queue and budget > 0:
            head = self._queue[0]
            sent = self._stream.send(head)
            if sent in (-2, 0):  # EAGAIN: WRITABLE tells us when to go on
                return
            self._queued -= sent
            budget -= sent
            if sent < len(head):
                self._queue[0] = head[sent:]  # a partial send: the rest goes first next time
                return
            self._queue.popleft()

    def _wanted(self) -> int:
        mask: int = ALWAYS
        if self._reading:
            mask |= libvirt.VIR_STREAM_EVENT_READABLE
        if self._queue:
            mask |= libvirt.VIR_STREAM_EVENT_WRITABLE
        return mask

    def _update_locked(self) -> None:
        mask = self._wanted()
        if self._watching and not self._done and mask != self._mask:
            self._mask = mask
            self._stream.eventUpdateCallback(mask)

    def _fail_locked(self, end: StreamEnd, message: str) -> None:
        self._done = True
        if self._watching:
            # No more dispatches until the GUI thread removes the callback.
            with contextlib.suppress(libvirt.libvirtError):
                self._stream.eventUpdateCallback(0)
            self._mask = 0
        self._over.emit(end, message)

    @Slot(object, str)
    def _finish(self, end: StreamEnd, message: str) -> None:
        """GUI thread: remove the callback, then finish (EOF) or abort the stream off-thread."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        with self._lock:
            if self._watching:
                with contextlib.suppress(libvirt.libvirtError):
                    stream.eventRemoveCallback()
                self._watching = False
            self._queue.clear()
            self._queued = 0
        # The binding's __del__ removes the callback again if this attribute exists.
        with contextlib.suppress(AttributeError):
            del stream.cb
        closing = stream.finish if end is StreamEnd.EOF else stream.abort

        def close_stream() -> None:
            with contextlib.suppress(libvirt.libvirtError):
                closing()

        self._run(close_stream)
        self.ended.emit(end, message)


# -- which consoles a VM has ---------------------------------------------------------------------


@dataclass(frozen=True)
class SerialTarget:
    """A text console of a VM that ``openConsole`` can open (a pty-backed serial/console)."""

    alias: str | None  # the live alias (serial0, console1); None before the VM first runs
    kind: Kind  # Kind.SERIAL or Kind.CONSOLE
    port: int
    target_type: str  # isa-serial, virtio, serial, …
    pty: bool  # only a pty can be opened; others are listed so the page can say why


def serial_targets(doc: DomainDoc) -> list[SerialTarget]:
    """The VM's serial ports and consoles, without a console that repeats a serial port."""
    found: list[SerialTarget] = []
    aliases: set[str] = set()
    serial_ports: set[int] = set()
    for device in doc.devices():
        if device.kind not in (Kind.SERIAL, Kind.CONSOLE):
            continue
        node = device.node
        target = node.find("target")
        port = int(target.get("port", "0")) if target is not None else 0
        target_type = (target.get("type") if target is not None else None) or ""
        alias = device.alias
        if device.kind is Kind.CONSOLE and (
                (alias is not None and alias in aliases)
                or (target_type in ("serial", "") and port in serial_ports)):
            continue  # x86's <console> is serial port 0 again
        if device.kind is Kind.SERIAL:
            serial_ports.add(port)
        if alias is not None:
            aliases.add(alias)
        found.append(SerialTarget(alias, device.kind, port, target_type,
                                  (node.get("type") or "pty") == "pty"))
    return found


# -- a console that follows its VM -----------------------------------------------------------------


class ConsoleState(Enum):
    IDLE = "idle"  # not started yet
    CONNECTING = "connecting"
    CONNECTED = "connected"
    BUSY = "busy"  # another client holds it: offer Take over
    STOPPED = "stopped"  # the VM does not run: reopens when it starts
    ENDED = "ended"  # the stream ended while the VM runs (taken over?): Reconnect
    FAILED = "failed"  # libvirt refused; the message says why: Reconnect
    OFFLINE = "offline"  # the connection is down: reopens when it is back


def _open_job(c: libvirt.virConnect, uuid: str, alias: str | None, flags: int) -> Any:
    dom = c.lookupByUUIDString(uuid)
    stream = c.newStream(libvirt.VIR_STREAM_NONBLOCK)
    try:
        dom.openConsole(alias, stream, flags)
    except libvirt.libvirtError:
        with contextlib.suppress(libvirt.libvirtError):
            stream.abort()
        raise
    return stream


def _open_run(c: libvirt.virConnect, uuid: str, alias: str | None, flags: int) -> tuple[Any, int]:
    """The console's stream and the domain id of the run it belongs to (a new one each start)."""
    run_id = c.lookupByUUIDString(uuid).ID()
    return _open_job(c, uuid, alias, flags), run_id


def _open_failure(exc: BaseException) -> ConsoleState:
    if isinstance(exc, libvirt.libvirtError):
        code = exc.get_error_code()
        if code == libvirt.VIR_ERR_OPERATION_FAILED:
            return ConsoleState.BUSY  # libvirt: "Active console session exists"
        if code in (libvirt.VIR_ERR_OPERATION_INVALID, libvirt.VIR_ERR_NO_DOMAIN):
            return ConsoleState.STOPPED  # not running (any more)
    return ConsoleState.FAILED


class ConsoleSession(QObject):
    """The text console of one device of one VM, reopened as the VM and connection come back.

    Signals:
        stateChanged(ConsoleState, str): new state, with libvirt's message when there is one.
        received(bytes): the guest's output.
        newRun(): what follows comes from a guest that starts anew: the console opened on a
            new run of the VM (stopped and started since the last stream's), or the VM was
            reset under an open console (virsh reset, the guest's own reboot).
    """

    stateChanged = Signal(object, str)
    received = Signal(bytes)
    newRun = Signal()

    def __init__(self, conn: Connection, uuid: str, alias: str | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid, self.alias = conn, uuid, alias
        self.state = ConsoleState.IDLE
        self.message = ""
        self.stream: ConsoleStream | None = None
        self.forcing = False  # the last open takes the console over
        self._generation = 0
        self._run_id = -1  # the domain id of the VM's run the last stream was opened on
        self._reading = True
        conn.domains.added.connect(self._records)
        conn.domains.changed.connect(self._records)
        conn.domains.removed.connect(self._removed)
        conn.stateChanged.connect(self._conn_state)
        conn.events.connect(self._events)

    # -- public -------------------------------------------------------------------------------

    @property
    def vm_running(self) -> bool:
        rec: DomainRecord | None = self.conn.domains.get(self.uuid)
        return rec is not None and rec.state.is_active

    def start(self) -> None:
        """Open the console if the VM runs, else wait for it to start."""
        if self.state is ConsoleState.IDLE:
            self.open()

    def open(self, force: bool = False) -> None:
        """Open (again); ``force`` takes the console over from another client."""
        self._drop_stream()
        self._generation += 1
        self.forcing = force
        if self.conn.state is not ConnState.CONNECTED:
            self._set(ConsoleState.OFFLINE)
            return
        if not self.vm_running:
            self._set(ConsoleState.STOPPED)
            return
        gen = self._generation
        flags = libvirt.VIR_DOMAIN_CONSOLE_FORCE if force else 0
        self._set(ConsoleState.CONNECTING)
        self.conn.run(_open_run, self.uuid, self.alias, flags,
                      done=lambda opened: self._opened(gen, *opened),
                      failed=lambda exc: self._open_failed(gen, exc), context=self)

    def close(self) -> None:
        self._generation += 1
        self._drop_stream()
        self._set(ConsoleState.IDLE)

    def send(self, data: bytes) -> None:
        if self.stream is not None:
            self.stream.send(data)

    def set_reading(self, on: bool) -> None:
        self._reading = on
        if self.stream is not None:
            self.stream.set_reading(on)

    # -- internals ------------------------------------------------------------------------------

    def _set(self, state: ConsoleState, message: str = "") -> None:
        if (state, message) == (self.state, self.message):
            return
        self.state, self.message = state, message
        self.stateChanged.emit(state, message)

    def _run(self, fn: Callable[[], Any]) -> None:
        """Finish or abort a stream in a worker (a round trip to the daemon)."""

        def job(_c: libvirt.virConnect) -> None:
            with contextlib.suppress(libvirt.libvirtError):
                fn()

        # On a connection that is down there is nothing to tell the daemon; the stream is
        # freed with its last reference.
        self.conn.run(job, failed=lambda exc: log.debug("console stream: %s", exc))

    def _opened(self, gen: int, stream: Any, run_id: int) -> None:
        if gen != self._generation:
            self._run(stream.abort)  # superseded while it opened
            return
        if run_id != self._run_id >= 0:
            self.newRun.emit()  # before the new run's first bytes
        self._run_id = run_id
        console = ConsoleStream(stream, self._run, self)
        console.received.connect(self.received)
        console.ended.connect(lambda end, msg, c=console: self._ended(c, end, msg))
        self.stream = console
        console.start()
        console.set_reading(self._reading)
        self._set(ConsoleState.CONNECTED)

    def _open_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        state = _open_failure(exc)
        if state is ConsoleState.STOPPED and self.vm_running:
            state = ConsoleState.FAILED  # the table has not seen the stop yet: say why
        self._set(state, error_text(exc))

    def _ended(self, console: ConsoleStream, end: StreamEnd, message: str) -> None:
        if console is not self.stream:
            return  # one we dropped
        self.stream = None
        console.deleteLater()
        if not self.vm_running:
            self._set(ConsoleState.STOPPED)
        else:
            # The VM runs (or its stop is not in the table yet): another client took the
            # console over (libvirt: an I/O error), or the VM is stopping (its event follows).
            self._set(ConsoleState.ENDED, message)

    def _drop_stream(self) -> None:
        console, self.stream = self.stream, None
        if console is not None:
            console.close()
            console.deleteLater()

    def _records(self, records: list[DomainRecord]) -> None:
        rec = next((r for r in records if r.uuid == self.uuid), None)
        if rec is None:
            return
        if rec.state.is_active:
            if self.state is ConsoleState.STOPPED:
                self.open()  # the VM started (again)
            elif self.state in (ConsoleState.CONNECTED, ConsoleState.ENDED, ConsoleState.BUSY,
                                ConsoleState.FAILED) and rec.id > self._run_id >= 0:
                # Stopped and started again in one burst of events (the record never showed
                # it stopped): its id is a newer run's (a record an event marked before it
                # was read again keeps the old one). The old run's console is gone.
                self.open()
        elif self.state in (ConsoleState.CONNECTED, ConsoleState.CONNECTING, ConsoleState.ENDED,
                            ConsoleState.BUSY, ConsoleState.FAILED):
            self._generation += 1
            self._drop_stream()
            self._set(ConsoleState.STOPPED)

    def _events(self, events: list[LibvirtEvent]) -> None:
        # A reset keeps the run (its domain id) and the open stream: the new boot's output
        # comes on the same stream, after whatever mode the old one left the terminal in.
        if self.stream is not None and any(
                e.kind == "domain" and e.uuid == self.uuid
                and e.event_id == libvirt.VIR_DOMAIN_EVENT_ID_REBOOT for e in events):
            self.newRun.emit()

    def _removed(self, keys: list[str]) -> None:
        if self.uuid in keys and self.state is not ConsoleState.IDLE:
            self._generation += 1
            self._drop_stream()
            self._set(ConsoleState.STOPPED)

    def _conn_state(self, state: ConnState, _message: str) -> None:
        if state is ConnState.CONNECTED:
            if self.state is ConsoleState.OFFLINE:
                self.open()
        elif self.state is not ConsoleState.IDLE:
            self._generation += 1
            self._drop_stream()
            self._set(ConsoleState.OFFLINE)
