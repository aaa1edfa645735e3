"""Finds a VM's display, opens a VNC session to it and follows the VM's life.

Everything that blocks (reading the XML, ``openGraphicsFD``, a TCP connect, the ssh
wrapper's URI, starting ssh, reaping it) runs in workers. The VM's state comes from the connection's domain
table (libvirt events): the console connects when the VM runs, ends the session cleanly
when it stops or disappears, and connects again when it starts. A session that ends by
itself while the VM runs is a failure, shown with GVnc's (or ssh's) message.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from enum import Enum

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt import graphics, workers
from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.graphics import (
    DisplayInfo,
    GraphicsDevice,
    GraphicsError,
    GraphicsProblem,
    OpenedSocket,
)
from kvmgui.libvirt.records import DomainRecord
from kvmgui.widgets.filewords import connect_reason, file_reason
from kvmgui.widgets.vnc import gvnc
from kvmgui.widgets.vnc.session import Failure, VncSession

log = logging.getLogger(__name__)


class ConsoleState(Enum):
    IDLE = "idle"  # not started, or stopped on purpose
    CONNECTING = "connecting"
    CONNECTED = "connected"
    NOT_RUNNING = "not-running"  # the VM is off (or gone): nothing to show, no error
    NO_DISPLAY = "no-display"  # detail: a GraphicsProblem value
    SPICE = "spice"  # the display is SPICE: shown in virt-viewer
    NO_GVNC = "no-gvnc"  # VNC, but PyGObject/GVnc are missing; detail: a gvnc.Missing value
    FAILED = "failed"  # detail: libvirt's, GVnc's or ssh's message


class DisplayController(QObject):
    """The link between one VM and its graphical console.

    Signals:
        stateChanged(ConsoleState, str): new state and its detail (a code or a message;
            for FAILED, ``failure`` says whether GVnc ended the session and why).
        sessionChanged(object): the VncSession to show, or None.
        passwordWanted(): the VNC server asks for a password (``give_password``/``stop``).
    """

    stateChanged = Signal(object, str)
    sessionChanged = Signal(object)
    passwordWanted = Signal()

    def __init__(self, conn: Connection, uuid: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid = conn, uuid
        self.state, self.detail = ConsoleState.IDLE, ""
        self.session: VncSession | None = None
        self.info: DisplayInfo | None = None
        self._generation = 0
        self._run_id = -1  # the domain id of the VM's run the display was read for
        self._watching = False
        self.failure: Failure | None = None  # what ended the last session badly, if it did
        self._failure_text = ""
        self.problem_detail = ""  # NO_DISPLAY: what the problem names (a host, a socket)
        # Passwords the display refused (in memory only): not offered again, the user is
        # asked instead (a definition's password goes stale when the display's is changed live).
        self._offered: str | None = None
        self._refused: set[str] = set()
        conn.domains.changed.connect(self._records_changed)
        conn.domains.added.connect(self._records_changed)
        conn.domains.removed.connect(self._records_removed)
        conn.stateChanged.connect(self._conn_state)

    @property
    def record(self) -> DomainRecord | None:
        rec: DomainRecord | None = self.conn.domains.get(self.uuid)
        return rec

    # -- public -----------------------------------------------------------------------

    def start(self) -> None:
        """Connect now (when the VM runs) and again whenever it starts."""
        self.reconnect()

    def reconnect(self) -> None:
        self._watching = True  # also after stop() (a cancelled password): follow the VM again
        self._end_session()
        self._generation += 1
        gen = self._generation
        self.problem_detail = ""
        self._set_state(ConsoleState.CONNECTING)
        self.conn.run(graphics.read_displays, self.uuid, context=self,
                      done=lambda info: self._got_displays(gen, info),
                      failed=lambda exc: self._failed(gen, error_text(exc)))

    def stop(self) -> None:
        """End the session and stop following the VM (e.g. the page closes)."""
        self._watching = False
        self._generation += 1
        self._end_session()
        self._set_state(ConsoleState.IDLE)

    def give_password(self, password: str) -> None:
        if self.session is not None:
            self._offered = password
            self.session.set_password(password)

    # -- steps ------------------------------------------------------------------------

    def _set_state(self, state: ConsoleState, detail: str = "") -> None:
        self.state, self.detail = state, detail
        self.stateChanged.emit(state, detail)

    def _failed(self, gen: int, message: str) -> None:
        if gen == self._generation:
            self.failure = None  # libvirt's or the OS's message says it all
            self._set_state(ConsoleState.FAILED, message)

    def _got_displays(self, gen: int, info: DisplayInfo) -> None:
        if gen != self._generation:
            return
        self.info = info
        self._run_id = info.domain_id
        if not info.active:
            self._set_state(ConsoleState.NOT_RUNNING)
            return
        vnc = info.first("vnc")
        if vnc is None:
            if info.first("spice") is not None:
                self._set_state(ConsoleState.SPICE)
                return
            # SDL, RDP, D-Bus: a display, just none the console shows (egl-headless only
            # renders for another one).
            other = next((d.type for d in info.devices if d.type != "egl-headless"), "")
            self.problem_detail = other
            self._set_state(ConsoleState.NO_DISPLAY, (
                GraphicsProblem.OTHER_KIND if other else GraphicsProblem.NO_GRAPHICS).value)
            return
        missing = gvnc.missing()
        if missing is not None:
            self._set_state(ConsoleState.NO_GVNC, missing.value)
            return
        conn = self.conn
        self.conn.run(_open_display, self.uuid, lambda: conn.dial_uri, conn.is_local, vnc,
                      context=self,
                      done=lambda opened: self._got_socket(gen, opened, vnc.password),
                      failed=lambda exc: self._open_failed(gen, exc))

    def _open_failed(self, gen: int, exc: BaseException) -> None:
        if isinstance(exc, NoRouteError):
            if gen == self._generation:  # no way there: said as no display, not as a failure
                self.problem_detail = exc.detail
                self._set_state(ConsoleState.NO_DISPLAY, exc.problem.value)
            return
        if isinstance(exc, GraphicsError) and exc.problem is GraphicsProblem.NO_TUNNEL_PROGRAM:
            if gen == self._generation:  # no ssh to reach it with: as no display
                self.problem_detail = exc.detail
                self._set_state(ConsoleState.NO_DISPLAY, exc.problem.value)
            return
        # The TCP connect's OSError (refused, no route, a name not known) in words.
        cause = exc.__cause__ if isinstance(exc, GraphicsError) else None
        network = (connect_reason(cause) or file_reason(cause)) if isinstance(cause, OSError) \
            else None  # a socket on this machine: permission denied, not there
        # An OSError is the ssh wrapper of a qemu+ssh URI, not written: said in words.
        self._failed(gen, network or getattr(exc, "detail", "") or (
            file_reason(exc) if isinstance(exc, OSError) else error_text(exc)))

    def _got_socket(self, gen: int, opened: OpenedSocket, password: str | None) -> None:
        if gen != self._generation:
            workers.shared().submit(_discard, opened)
            return
        self.failure, self._failure_text = None, ""
        if password in self._refused:
            password = None
        self._offered = password
        session = VncSession(password, self)
        session.initialized.connect(lambda _image: self._initialized(gen))
        session.failed.connect(self._session_failed)
        session.closed.connect(lambda: self._session_closed(gen, session, opened))
        session.credentialsWanted.connect(self.passwordWanted)
        self.session = session
        self.sessionChanged.emit(session)
        session.open_fd(opened.fd)

    def _initialized(self, gen: int) -> None:
        if gen == self._generation:
            self._set_state(ConsoleState.CONNECTED)

    def _session_failed(self, failure: int, message: str) -> None:
        self.failure, self._failure_text = Failure(failure), message
        if self.failure is Failure.AUTH_FAILED and self._offered is not None:
            self._refused.add(self._offered)

    def _session_closed(self, gen: int, session: VncSession, opened: OpenedSocket) -> None:
        if session is self.session:
            self.session = None
            self.sessionChanged.emit(None)
        session.deleteLater()
        if gen != self._generation:
            if opened.tunnel is not None:  # GVnc closed the socket; the ssh child is ours
                workers.shared().submit(opened.stop_tunnel)
            return
        # Ended by itself: a VM that stopped is no error; otherwise say why.
        failure = self._failure_text

        def settled(tunnel_says: str) -> None:
            # ssh's last line is why the tunnel gave up (what came before: warnings); GVnc
            # then only saw the connection close.
            said = "\n".join(filter(None, (failure, connect_reason(tunnel_says),
                                            last_line(tunnel_says))))
            self.conn.run(graphics.read_displays, self.uuid, context=self,
                          done=lambda info: self._after_close(gen, info, said),
                          failed=lambda exc: self._after_close(
                              gen, DisplayInfo(active=False) if _no_domain(exc) else None,
                              said or error_text(exc)))

        if opened.tunnel is not None:
            workers.shared().submit(opened.stop_tunnel, done=settled, failed=lambda _e: settled(""),
                                    context=self)
        else:
            settled("")

    def _after_close(self, gen: int, info: DisplayInfo | None, message: str) -> None:
        if gen != self._generation:
            return
        # None: the VM could not be read (the host is unreachable), which is not "stopped".
        if info is not None and not info.active:
            self._set_state(ConsoleState.NOT_RUNNING)
        elif info is not None and -1 not in (info.domain_id, self._run_id) \
                and info.domain_id != self._run_id:
            self.reconnect()  # stopped and started again meanwhile (destroy, then start)
        else:
            self._set_state(ConsoleState.FAILED, message)

    def _end_session(self) -> None:
        session = self.session
        if session is not None:
            # closed() still comes (GVnc closes the socket); a newer generation ignores it,
            # apart from stopping the tunnel.
            session.close()

    # -- the VM's life ---------------------------------------------------------------

    def _records_changed(self, records: list[DomainRecord]) -> None:
        rec = next((r for r in records if r.uuid == self.uuid), None)
        if rec is None or not self._watching:
            return
        if rec.state.is_active and (
                self.state in (ConsoleState.NOT_RUNNING, ConsoleState.IDLE)
                or (self.state is ConsoleState.NO_DISPLAY
                    and self.detail == GraphicsProblem.NO_PORT_YET.value)):
            # A display without its port yet (a starting VM) is looked at again at each
            # change of the VM (e.g. once it runs).
            self.reconnect()
        elif rec.state.is_active and self.state is not ConsoleState.CONNECTING \
                and rec.id > self._run_id >= 0:
            # Stopped and started again within one burst of events: the record never showed
            # it stopped, but its id is a newer run's (ids grow; a record that an event
            # marked before it was read again still has the old one). The old display is
            # gone, and what was found for the old run (no display, SPICE) is read again.
            self.reconnect()
        elif not rec.state.is_active and self.state not in (ConsoleState.NOT_RUNNING,
                                                            ConsoleState.IDLE):
            # Whatever was found for the last run (a failure, no display yet, SPICE) is read
            # again when the VM starts: the definition may have changed in between.
            self._generation += 1
            self._end_session()
            self._set_state(ConsoleState.NOT_RUNNING)

    def _records_removed(self, keys: list[str]) -> None:
        if self.uuid in keys and self._watching:
            self._generation += 1
            self._end_session()
            self._set_state(ConsoleState.NOT_RUNNING)

    def _conn_state(self, state: ConnState, _reason: object) -> None:
        # Back after a loss: a display that failed meanwhile (or could not be read) is
        # tried again, as no change of the VM's record will say so.
        rec = self.record
        if state is ConnState.CONNECTED and self._watching and \
                self.state is ConsoleState.FAILED and rec is not None and rec.state.is_active:
            self.reconnect()


def last_line(text: str) -> str:
    """The last line of ``text`` with anything on it ('' if none)."""
    return next((line.strip() for line in reversed(text.splitlines()) if line.strip()), "")


def _no_domain(exc: BaseException) -> bool:
    return isinstance(exc, libvirt.libvirtError) and \
        exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN


class NoRouteError(Exception):
    """``plan_route`` found no way to the display (``problem``)."""

    def __init__(self, problem: GraphicsProblem, detail: str = "") -> None:
        super().__init__(problem.value)
        self.problem, self.detail = problem, detail


def _open_display(handle: libvirt.virConnect, uuid: str, dial_uri: Callable[[], str],
                  local: bool, device: GraphicsDevice) -> OpenedSocket:
    """Worker: the way to ``device`` (``plan_route``), then its socket. Here, not on the
    GUI thread: for qemu+ssh the connection's ``dial_uri`` may write kvmgui's ssh wrapper
    (after a close), which the tunnel runs to share the connection's login."""
    try:
        route = graphics.plan_route(dial_uri(), local, device)
    except GraphicsError as exc:
        raise NoRouteError(exc.problem, exc.detail) from exc
    return graphics.open_socket(handle, uuid, route)


def _discard(opened: OpenedSocket) -> None:
    """Worker: close a socket GVnc never got and stop its tunnel."""
    with contextlib.suppress(OSError):
        os.close(opened.fd)
    opened.stop_tunnel()
