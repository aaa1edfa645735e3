"""What a disk image path is on a remote host, as its storage pools tell (the host's files
cannot be looked at from here): a volume of a running pool is there; a path in the folder
of a pool that holds every file of its folder, and no volume of it, is not; any other path
cannot be told (libvirt says when it uses it).

A pool is refreshed for such a look (it lists the files it had at its last refresh), but
not at each key typed: a refresh rescans the pool's folder (2,000 files on a network
mount take long), and each is an event that re-reads the pool and re-lists its volumes
in every window that shows them. Once per ``REFRESH_S`` per pool while typing; a click
on Add or Apply (``forget``) looks afresh."""

from __future__ import annotations

import os
import time
from collections.abc import Collection, Sequence
from functools import partial

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt.connection import Connection
from kvmgui.xml.base import parse_xml
from kvmgui.xml.newvm_checks import PathState

# Pools whose volumes are every file of their folder (a disk pool's /dev or an LVM group's
# holds other devices as well: a path there in no pool may still exist).
FOLDER_POOLS = frozenset({"dir", "fs", "netfs"})
REFRESH_S = 10.0  # a pool refreshed for a look is not refreshed again for so long

_VOLUME_STATES = {libvirt.VIR_STORAGE_VOL_FILE: PathState.FILE,
                  libvirt.VIR_STORAGE_VOL_BLOCK: PathState.BLOCK,
                  libvirt.VIR_STORAGE_VOL_DIR: PathState.DIRECTORY}


def _volume_state(conn: libvirt.virConnect, path: str) -> PathState | None:
    try:
        kind = conn.storageVolLookupByPath(path).info()[0]
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_STORAGE_VOL:
            raise
        return None
    return _VOLUME_STATES.get(kind, PathState.OTHER)


def folder_pools(path: str, pools: Sequence[tuple[str, str]]) -> list[str]:
    """The names of ``pools`` ((name, XML) of the running ones) that hold every file of
    ``path``'s folder."""
    folder = os.path.normpath(os.path.dirname(path))
    found = []
    for name, xml in pools:
        root = parse_xml(xml)
        target = str(root.xpath("string(target/path)"))
        if root.get("type") in FOLDER_POOLS and target and os.path.normpath(target) == folder:
            found.append(name)
    return found


def host_path_state(conn: libvirt.virConnect, path: str, pools: Sequence[tuple[str, str]],
                    fresh: Collection[str] = ()) -> tuple[PathState | None, str]:
    """``path`` on the host: FILE, BLOCK or DIRECTORY as its volume says, MISSING when a
    pool of its folder (``folder_pools``) has no volume there once refreshed (a pool lists
    the files it had at its last refresh: a file copied there since is no volume yet;
    ``fresh``: pools refreshed a moment ago, not refreshed again); None when no pool
    tells. With it, the name of the pool refreshed ("": none was)."""
    if (state := _volume_state(conn, path)) is not None:
        return state, ""
    names = folder_pools(path, pools)
    for name in names:
        if name in fresh:
            return PathState.MISSING, ""
        try:
            conn.storagePoolLookupByName(name).refresh(0)
        except libvirt.libvirtError:
            continue  # stopped or gone meanwhile: it tells nothing
        state = _volume_state(conn, path)
        return (PathState.MISSING if state is None else state), name
    return None, ""


class HostPaths(QObject):
    """Each path's state on a remote host (``host_path_state``), asked once until
    ``forget`` (or again once the running pools changed); one look at a time, the last
    path asked meanwhile after it (a look may refresh a pool: not one per key typed).

    Signals:
        changed(): a path's state became known.
    """

    changed = Signal()

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self._known: dict[str, PathState | None] = {}
        self._out: str | None = None
        self._next: str | None = None
        self._generation = 0  # a look from before ``forget`` is not kept
        self._refreshed: dict[str, float] = {}  # when a look refreshed each pool
        # A pool started, stopped or defined elsewhere changes what the pools tell (a path
        # no pool held may now be missing, or a volume): such answers are looked at again
        # when next asked, shown meanwhile (not "Looking for …" at each pool event). Not at
        # every pool event: a look's own refresh is one, and would look again without end.
        self._pools = self._running()
        self._pools_seen = 0  # changes of the running pools seen
        self._stale: set[str] = set()
        for signal in (conn.pools.added, conn.pools.changed, conn.pools.removed):
            signal.connect(self._pools_changed)

    def answered(self, path: str) -> bool:
        """Whether ``path``'s state is known (asks for it if not)."""
        if path in self._known:
            if path in self._stale and self._out is None:
                self._stale.discard(path)
                self._ask(path)
            return True
        if self._out is None:
            self._ask(path)
        elif self._out != path:
            self._next = path
        return False

    def known(self, path: str) -> PathState | None:
        """The state found for ``path``; None when not known or no pool tells."""
        return self._known.get(path)

    def unchecked(self, path: str) -> bool:
        """Whether ``path`` was looked for and no pool tells about it."""
        return path in self._known and self._known[path] is None

    def forget(self) -> None:
        """Look again (a file may have been made meanwhile)."""
        self._known.clear()
        self._stale.clear()
        self._refreshed.clear()
        self._generation += 1
        self._out = self._next = None

    def _running(self) -> frozenset[tuple[str, str, str]]:
        return frozenset((r.name, r.pool_type, r.target_path)
                         for r in self.conn.pools.records() if r.active)

    def _pools_changed(self, *_args: object) -> None:
        if (pools := self._running()) == self._pools:
            return
        self._pools = pools
        self._pools_seen += 1
        self._refreshed.clear()
        self._stale = set(self._known)
        if self._known:
            self.changed.emit()  # those who asked ask again

    def _ask(self, path: str) -> None:
        self._out = path
        # Plain data for the worker: the pools' XML as the host's table holds it.
        pools = tuple((r.name, r.xml) for r in self.conn.pools.records() if r.active)
        now = time.monotonic()
        fresh = frozenset(name for name, when in self._refreshed.items() if now - when < REFRESH_S)
        done = partial(self._found, self._generation, self._pools_seen, path, now)
        self.conn.run(host_path_state, path, pools, fresh, context=self, done=done,
                      failed=lambda _exc: done((None, "")))  # libvirt says when it uses the path

    def _found(self, generation: int, pools_seen: int, path: str, asked: float,
               look: tuple[PathState | None, str]) -> None:
        if generation != self._generation:
            return
        if pools_seen != self._pools_seen:  # read of the pools running before: not kept
            self._ask(path)  # (a click waiting on it acts on the pools as they are now)
            return
        state, refreshed = look
        if refreshed:
            self._refreshed[refreshed] = asked
        self._known[path] = state
        self._out = None
        waiting, self._next = self._next, None
        if waiting is not None and waiting not in self._known:
            self._ask(waiting)
        self.changed.emit()
