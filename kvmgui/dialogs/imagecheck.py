"""A disk image path's problem on the VM's host, for Add hardware's disk form and the
details window's disk page.

On this machine whether the image exists is found out in a worker: a ``stat`` on a dead
network mount hangs, and the GUI thread never waits. A remote host's files cannot be
looked at from here: its storage pools tell in a worker (``libvirt/hostpaths.py``), and
of a path no pool tells about libvirt says when it uses it (``BlockGuessNote`` says so).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kvmgui.libvirt import imageformat
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.hostpaths import HostPaths
from kvmgui.libvirt.pathcache import FileId, PathCache
from kvmgui.models.words import said
from kvmgui.utils.tr import fill
from kvmgui.widgets.labels import MessageLine, Waiting
from kvmgui.xml.device_specs import folder_problem, missing_problem, validate_disk_path
from kvmgui.xml.newvm_checks import NOT_FOUND, PathState
from kvmgui.xml.words import Words

# A look that takes longer is on a file system that stopped answering (a network mount
# whose server is gone), or a remote host that did: the user is told so, while the click
# still waits for the answer (a silent host's link is ended later, by linkwatch).
SLOW_MS = 5000
Say = Callable[[str], None]
# A click waiting for the looks: its path, what it does, where it says it waits, and the
# other paths it waits for (``ImageCheck.then``'s ``others``).
Waiter = tuple[str, Callable[[], None], Say, tuple[str, ...]]


class ImageCheck(QObject):
    """Signals:
        answered(): a path's state arrived; check again.
    """

    answered = Signal()

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = PathCache(self) if conn.is_local else None
        self.host = None if conn.is_local else HostPaths(conn, self)
        # While a path is looked at, the last answer stands: a field being typed into
        # keeps "… does not exist" instead of blinking "Looking for …" at each key.
        self._missing = False
        self._then: Waiter | None = None
        self._slow = QTimer(self, singleShot=True, interval=SLOW_MS)
        self._slow.timeout.connect(self._still_looking)
        self._looks().changed.connect(self._answered)

    def _looks(self) -> PathCache | HostPaths:
        looks = self.paths or self.host
        assert looks is not None
        return looks

    def _state(self, path: str) -> tuple[bool, PathState | None]:
        """Whether ``path``'s state is known (asked for if not), and that state (None: a
        remote host's path no storage pool tells about)."""
        if self.paths is not None:
            state = self.paths.get(path)
            return state is not None, state
        assert self.host is not None
        return self.host.answered(path), self.host.known(path)

    def file(self, path: str) -> FileId | None:
        """Which file ``path`` names on this machine (asked for if not known: ``answered``
        follows); None while that is found out, for a path that is no file or device, and
        on a remote host (whose files cannot be looked at from here)."""
        if self.paths is None or validate_disk_path(path, exists=None) is not None:
            return None
        self.paths.get(path)
        return self.paths.file(path)

    def unchecked(self, path: str) -> bool:
        """Whether ``path`` is a remote host's path no storage pool tells about (False
        while that is found out: ``answered`` follows)."""
        if self.host is None or validate_disk_path(path, exists=None) is not None:
            return False
        answered, state = self._state(path)
        return answered and state is None

    def problem(self, path: str) -> str | None:
        """What is wrong with ``path``, "Looking for …" while a worker finds out, or None."""
        if problem := validate_disk_path(path, exists=None):
            return said(problem)
        answered, state = self._state(path)
        if answered:
            self._missing = state in NOT_FOUND
        elif not self._missing:
            return looking_for(path)
        if state is PathState.DIRECTORY:  # no trailing "/" to tell it by
            return said(folder_problem(path))
        # Every other check passed above: only existence is left.
        return said(missing_problem(path)) if self._missing else None

    def is_block(self, path: str, host: bool | None = None) -> bool:
        """Whether ``path`` is a block device, by ``block_device`` (``host``: its storage
        volume's type on the host, None when no pool holds it)."""
        return block_device(path, self.seen_block(path), host)

    def block_guess(self, path: str, host: bool | None) -> Words | None:
        """What to tell with the result when ``is_block`` guessed from /dev (a remote host's
        path in no pool), else None."""
        return imageformat.block_guess(path) if self.paths is None and host is None else None

    def seen_block(self, path: str) -> bool | None:
        """Whether ``path`` is a block device as looked at on this machine; None when it was
        not (a remote host), or it could not tell (a device we may not read)."""
        state = self.paths.known(path) if self.paths is not None else None
        if state in (PathState.FILE, PathState.BLOCK):
            return state is PathState.BLOCK
        return None

    def then(self, path: str, act: Callable[[], None], say: Say, others: Sequence[str] = ()) -> None:
        """``act`` once ``path`` was looked at afresh, at once where there is nothing to look
        at: a click on Add or Apply is checked against the file as it is now (the user may
        have made it since it was typed), and never against an answer still out.
        ``others`` (the images of the VM's other drives) are looked at too on this machine,
        so that ``file`` tells whether one of them is the same file by another name (a
        symbolic link); a remote host's are not. Those are waited for ``SLOW_MS`` at most.
        Meanwhile ``say`` is given what to show: "Looking for …", and after ``SLOW_MS``
        that the file system has not answered."""
        if validate_disk_path(path, exists=None) is not None:
            act()
            return
        self._looks().forget()
        waits = tuple(dict.fromkeys(
            other for other in others if self.paths is not None and other != path
            and validate_disk_path(other, exists=None) is None))
        self._then = (path, act, say, waits)
        self._slow.start()
        for asked in (path, *waits):
            self._state(asked)
        say(looking_for(path))  # the answer comes later, by a queued signal

    def _ready(self, waiting: Waiter) -> bool:
        """Whether the click may go on: every path answered; after ``SLOW_MS`` the new
        image's alone (other drives' images on a mount that does not answer are then
        compared by their spelling)."""
        path, _act, _say, others = waiting
        if not self._state(path)[0]:
            return False
        return not self._slow.isActive() or all(self._state(p)[0] for p in others)

    def _still_looking(self) -> None:
        waiting = self._then
        if waiting is None:
            return
        if self._ready(waiting):
            self._then = None
            waiting[1]()
            return
        say = waiting[2]
        say(still_looking(waiting[0], SLOW_MS // 1000, remote=self.paths is None))

    def _answered(self) -> None:
        waiting = self._then
        if waiting is not None and self._ready(waiting):
            self._then = None
            self._slow.stop()
        else:
            waiting = None
        self.answered.emit()
        if waiting is not None:
            waiting[1]()


class BlockGuessNote(MessageLine):
    """Says before Add, Apply or Insert that a remote host's /dev path no storage pool holds
    will be taken for a block device (by ``block_device``'s guess), and that another path
    no pool holds cannot be looked for (as ``image`` found); the host's answer is read in a
    worker."""

    def __init__(self, conn: Connection, image: ImageCheck, parent: QWidget | None = None, *,
                 adding: bool = True) -> None:
        super().__init__(parent, description=QCoreApplication.translate("ImageCheck", "Image path note"))
        self.conn, self.image = conn, image
        self.adding = adding  # Add hardware's words; else a path changed or media inserted
        self._asked = ""  # the path whose host answer is awaited
        self._out = False  # a host's answer is awaited (for this path or an older one)
        image.answered.connect(self._looked)

    def check(self, path: str) -> None:
        """The note for the path the user gave ("": none of theirs is to be taken)."""
        path = path.strip()
        self.clear()
        self._asked = "" if self.conn.is_local or not path.startswith("/") else path
        if not self._asked.startswith("/dev/"):
            self._looked()
            return
        # One question at a time, the path typed meanwhile after it: one per key typed
        # queued on the host's few threads, and a click on Add waited behind them all.
        if not self._out:
            self._ask(path)

    def _ask(self, path: str) -> None:
        self._out = True
        self.conn.run(imageformat.host_says_block, path, context=self,
                      done=lambda block: self._known(path, block),
                      failed=lambda _exc: self._known(path, False))  # the click reads it again

    def _looked(self) -> None:
        path = self._asked
        if not path or path.startswith("/dev/"):
            return
        if self.image.unchecked(path):
            self.pending(fill(QCoreApplication.translate(
                "ImageCheck", "No storage pool of the host holds %1: whether it exists is "
                "known only once libvirt uses it."), path))
        else:  # a pool started meanwhile tells about it
            self.clear()

    def _known(self, path: str, block: bool | None) -> None:
        self._out = False
        if path != self._asked:
            if self._asked.startswith("/dev/"):
                self._ask(self._asked)
            return
        if block is None:
            if self.adding:
                text = QCoreApplication.translate(
                    "ImageCheck", "%1 will be added as a block device, as it lies in /dev: no "
                    "storage pool of the host says what it is.")
            else:
                text = QCoreApplication.translate(
                    "ImageCheck", "%1 will be used as a block device, as it lies in /dev: no "
                    "storage pool of the host says what it is.")
            self.pending(fill(text, path))


def block_device(path: str, seen: bool | None, host: bool | None) -> bool:
    """Whether ``path`` is a block device (a host's CD-ROM drive, a disk): libvirt wants
    those as type='block' (QEMU's file driver refuses them). As ``seen`` on this machine;
    else as the host said; else by its place in /dev."""
    if seen is not None:
        return seen
    if host is not None:
        return host
    return path.startswith("/dev/")


def looking_for(path: str) -> Waiting:
    return Waiting(fill(QCoreApplication.translate("ImageCheck", "Looking for %1…"), path))


def still_looking(path: str, seconds: int, *, remote: bool = False) -> Waiting:
    if remote:  # its storage pools are asked, over a link that may have gone silent
        text = QCoreApplication.translate("ImageCheck", "Still looking for %1: the host has not "
                                          "answered for %n s.", None, seconds)
    else:
        text = QCoreApplication.translate("ImageCheck", "Still looking for %1: its file system "
                                          "has not answered for %n s. Is it on a "
                                          "network mount that is down?", None, seconds)
    return Waiting(fill(text, path))
