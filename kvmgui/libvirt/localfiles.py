"""A transfer's local file, opened on the thread of its mount before the transfer takes
the host's handle (see :class:`LocalFile`), and the name of a download's partial file.

A download's partial file is known here from its opening until a transfer claims it:
handed to its window on the GUI thread's next turn, it had no owner in between, and an
exit there (SIGTERM, the main loop ended) left ``<dest>.part`` behind; the exit removes
those (:func:`remove_untaken_at_exit`)."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import threading
from dataclasses import dataclass, field
from pathlib import Path

from kvmgui.libvirt.transfers import TransferCancelledError

PARTIAL_TRIES = 100  # names tried for a download's partial file

_lock = threading.Lock()
_untaken: set[LocalFile] = set()  # download partial files opened that no transfer claimed
_ending = False  # the application ends: a partial file opened now is removed at once


@dataclass(eq=False)
class LocalFile:
    """A transfer's local file, opened before the job takes the host's handle (on the
    thread of the file's mount): an ``open`` or ``stat`` hung on a mount that stopped
    answering inside the job held the handle in use, and a Disconnect waited 30 s for it,
    then left the handle open. Whoever claims it first (:meth:`claim`) closes it: the
    transfer, or :meth:`discard` when no transfer took it (cancelled, the host gone)."""

    fd: int
    path: Path  # an upload's file; a download's partial file
    size: int = 0  # an upload's file's length
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _claimed: bool = False

    def claim(self) -> bool:
        with self._lock:
            claimed, self._claimed = self._claimed, True
        with _lock:
            _untaken.discard(self)
        return not claimed

    def discard(self, remove: bool = False) -> None:
        """Close it (and remove it: a download's partial file) unless a transfer took it."""
        if self.claim():
            self.close(remove)

    def close(self, remove: bool = False) -> None:
        """Close it (and remove it), by whoever claimed it."""
        with contextlib.suppress(OSError):
            os.close(self.fd)
        if remove:
            with contextlib.suppress(OSError):
                self.path.unlink()


def length_of(fd: int) -> int:
    """The length of the open file ``fd``, left at its start: a block device (a USB stick,
    a local LV) has none in its inode (``st_size`` 0), its end is its length."""
    if not stat.S_ISBLK(os.fstat(fd).st_mode):
        return os.fstat(fd).st_size
    length = os.lseek(fd, 0, os.SEEK_END)
    os.lseek(fd, 0, os.SEEK_SET)
    return length


def length_at(path: str | os.PathLike[str]) -> int:
    """The length of the file at ``path`` (see :func:`length_of`)."""
    if not stat.S_ISBLK(os.stat(path).st_mode):
        return os.stat(path).st_size
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        return length_of(fd)
    finally:
        os.close(fd)


def open_source(path: str | os.PathLike[str]) -> LocalFile:
    """An upload's file, open for reading, with its length. On its mount's thread."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        return LocalFile(fd, Path(path), length_of(fd))
    except BaseException:
        os.close(fd)
        raise


def open_partial(dest: str | os.PathLike[str]) -> LocalFile:
    """A download's new partial file for ``dest`` (see :func:`new_partial`). On its
    mount's thread."""
    fd, part = new_partial(Path(dest))
    local = LocalFile(fd, part)
    with _lock:
        ending = _ending
        if not ending:
            _untaken.add(local)
    if ending:  # the exit came while it opened: no transfer will take it
        local.discard(remove=True)
        raise TransferCancelledError(None)
    return local


def _keep_mode(fd: int, target: Path) -> None:
    """The permissions of the file a download replaces, on its partial file from the start:
    made 0644 (under umask 022), a VM's disk saved over one only its owner could read (0600,
    as libvirt makes them) became readable by every user of the machine."""
    with contextlib.suppress(OSError):  # none there (or not ours to look at): the usual mode
        os.fchmod(fd, stat.S_IMODE(os.stat(target).st_mode) & 0o777)


def remove_untaken_at_exit(timeout: float) -> bool:
    """At exit, once the jobs ended: remove the download partial files no transfer claimed,
    on a thread of their own, waited for up to ``timeout`` s (a mount that does not
    answer); one opened later removes itself. False if some are still being removed."""
    global _ending
    with _lock:
        _ending = True
        left = list(_untaken)
    if not left:
        return True
    done = threading.Event()

    def remove() -> None:
        for local in left:
            local.discard(remove=True)
        done.set()

    threading.Thread(target=remove, name="untaken partial files", daemon=True).start()
    return done.wait(timeout)


def new_partial(target: Path) -> tuple[int, Path]:
    """A new file (open for writing) to download ``target`` into: ``<target>.part``, or
    ``<target>.<random>.part`` when a file has that name, with the permissions of a file at
    ``target`` if there is one. Never an existing file: one left by a crash cannot be told
    from another program's, nor from a download running now.
    A name too long for those (the file system takes 255 bytes) gets a short one of its own,
    ``kvmgui-download-<random>.part``, in the same folder: the download failed at once."""
    short = False
    for attempt in range(PARTIAL_TRIES):
        if short:
            name = f"kvmgui-download-{secrets.token_hex(4)}.part"
        else:
            name = target.name + (f".{secrets.token_hex(4)}" if attempt else "") + ".part"
        part = target.with_name(name)
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno != errno.ENAMETOOLONG or short:
                raise
            short = True
            continue
        _keep_mode(fd, target)
        return fd, part
    raise FileExistsError(errno.EEXIST, "file exists", str(target.with_name(target.name + ".part")))
