"""What paths on this machine are, found by a ``stat`` in a worker: a network mount may
hang, and the GUI thread never waits (the new-VM wizard's paths, disk images)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt.mountlanes import lane_for
from kvmgui.utils.mounts import MAX_HOPS, Elsewhere, current_mount_points, on_its_mount
from kvmgui.xml.newvm_checks import PathState, local_path_state

# Which file a path names, its links followed: (file system, inode); a block device by
# its device number (BLOCK_ID, number), whichever node names it (/dev/sdb,
# /dev/disk/by-id/…).
FileId = tuple[int, int]
BLOCK_ID = -1


def file_id(path: str) -> FileId | None:
    """Which file ``path`` names; None when the stat fails. Blocking (a worker's)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if stat.S_ISBLK(info.st_mode):
        return BLOCK_ID, info.st_rdev
    return info.st_dev, info.st_ino


@dataclass(frozen=True)
class _Seen:
    state: PathState
    file: FileId | None


def _seen(path: str) -> _Seen:
    state = local_path_state(path)
    return _Seen(state, file_id(path) if state in (PathState.FILE, PathState.BLOCK) else None)


def _look(path: str) -> _Seen | Elsewhere:
    return on_its_mount(path, current_mount_points(), _seen)


class PathCache(QObject):
    """Each path's state (and which file it names: ``file``), asked once until ``forget``.

    Signals:
        changed(): a path's state became known.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known: dict[str, PathState] = {}
        self._files: dict[str, FileId] = {}
        self._asked: set[str] = set()
        self._failed: set[str] = set()

    def get(self, path: str) -> PathState | None:
        """The state of ``path``, or None while a worker finds it out."""
        state = self._known.get(path)
        if state is None and path not in self._asked:
            self._asked.add(path)
            self._ask(path, path, 0)
        return state

    def _ask(self, path: str, where: str, hops: int) -> None:
        """Look at ``where`` (``path`` or where its links lead) on its mount's thread."""
        # A thread per mounted file system, not a shared pool: a stat on a dead network
        # mount hangs, and a path typed there is looked at once per key. In a pool those
        # looks took every thread, and then no path anywhere got an answer (nor could a
        # disk be added) until the mount came back. Now they queue on that mount's thread.
        lane_for(where).submit(_look, where, context=self,
                               done=partial(self._answered, path, hops),
                               failed=partial(self._not_found, path))

    def known(self, path: str) -> PathState | None:
        """The state of ``path`` if a worker found it out already (asks nothing)."""
        return self._known.get(path)

    def file(self, path: str) -> FileId | None:
        """Which file ``path`` names, if a worker found it out already (asks nothing); None
        too for a path that is no file or block device."""
        return self._files.get(path)

    def failed(self, path: str) -> bool:
        """Whether the look at ``path`` itself failed (its state then reads MISSING)."""
        return path in self._failed

    def forget(self) -> None:
        """Look again on the next ``get`` (a file may have appeared meanwhile)."""
        self._known.clear()
        self._files.clear()
        self._asked.clear()
        self._failed.clear()

    def _not_found(self, path: str, _exc: BaseException) -> None:
        # No file can be used at a path the stat could not take (a NUL byte, say), so the
        # checks say "missing"; callers that must not guess ask ``failed``.
        if path in self._asked:
            self._failed.add(path)
        self._found(path, PathState.MISSING)

    def _answered(self, path: str, hops: int, answer: _Seen | Elsewhere) -> None:
        if not isinstance(answer, Elsewhere):
            if answer.file is not None and path in self._asked:
                self._files[path] = answer.file
            self._found(path, answer.state)
        elif path in self._asked:  # not forgotten meanwhile
            if hops >= MAX_HOPS:
                self._not_found(path, OSError("too many mounts through links"))
            else:
                self._ask(path, answer.path, hops + 1)

    def _found(self, path: str, state: PathState) -> None:
        if path in self._asked:  # not forgotten meanwhile
            self._known[path] = state
            self.changed.emit()
