"""The virConnect workers call through, and how many calls use it right now.

Closing a handle while another thread calls through it crashes (seen: a segfault),
so a teardown waits until no call uses it. The open job of one generation may
publish its handle only while that generation is still wanted: a close during the
open refuses it, and the late handle is torn down instead of staying in use.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import libvirt

from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words


class NotConnectedError(RuntimeError):
    """No handle: the connection is closed or not open yet; ``what`` names the connection."""

    def __init__(self, what: str = "") -> None:
        super().__init__(f"{what} is not connected" if what else "not connected")
        self.what = what

    @property
    def words(self) -> Words:
        if self.what:
            return QT_TRANSLATE_NOOP("Connection", "%1 is not connected.").words(self.what)
        return QT_TRANSLATE_NOOP("Connection", "Not connected.").words()


class LiveHandle:
    """Thread-safe holder of a connection's current handle, counting its users."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._conn: libvirt.virConnect | None = None
        self._wanted: int | None = None  # the generation whose open may publish
        self._users: dict[int, int] = {}  # id(handle) -> calls using it

    # -- GUI thread -----------------------------------------------------------------

    def expect(self, gen: int) -> None:
        """The open job of ``gen`` may publish its handle."""
        with self._cond:
            self._wanted = gen

    def retract(self) -> libvirt.virConnect | None:
        """Stop handing out the handle (and refuse any late publish); return it."""
        with self._cond:
            conn, self._conn, self._wanted = self._conn, None, None
            return conn

    # -- any thread -----------------------------------------------------------------

    def peek(self) -> libvirt.virConnect | None:
        """The current handle or None, without counting a user (for jobs on the serial
        lane, which a teardown never overlaps)."""
        return self._conn

    def publish(self, conn: libvirt.virConnect, gen: int) -> bool:
        """Make ``conn`` current if ``gen`` is still wanted; False if it was closed meanwhile."""
        with self._cond:
            if self._wanted != gen:
                return False
            self._conn = conn
            return True

    @contextmanager
    def use(self, what: str = "") -> Iterator[libvirt.virConnect]:
        """The current handle, counted as in use until the block ends."""
        with self._cond:
            conn = self._conn
            if conn is None:
                raise NotConnectedError(what)
            self._users[id(conn)] = self._users.get(id(conn), 0) + 1
        try:
            yield conn
        finally:
            self._done(conn)

    @contextmanager
    def use_this(self, conn: libvirt.virConnect) -> Iterator[bool]:
        """Count a call on ``conn`` if that is safe, and say whether it is: ``conn`` is
        the current handle, or calls still use it (its teardown is then still waiting
        for them, and now for this one too; once none did, it may be closing)."""
        with self._cond:
            ok = conn is self._conn or id(conn) in self._users
            if ok:
                self._users[id(conn)] = self._users.get(id(conn), 0) + 1
        try:
            yield ok
        finally:
            if ok:
                self._done(conn)

    def _done(self, conn: libvirt.virConnect) -> None:
        with self._cond:
            self._users[id(conn)] -= 1
            if not self._users[id(conn)]:
                del self._users[id(conn)]
                self._cond.notify_all()

    def wait_idle(self, conn: libvirt.virConnect, timeout: float) -> bool:
        """Wait until no call uses ``conn``; False if one still does after ``timeout`` s."""
        with self._cond:
            return self._cond.wait_for(lambda: id(conn) not in self._users, timeout)
