"""The log's file: ``$XDG_STATE_HOME/kvmgui/kvmgui.log``, rotating, its owner's only.

The file holds a few MB at most (``MAX_BYTES`` × ``BACKUPS`` old ones) and only its owner
may read it, or list its folder (the user's own, not a link). ``logging.handlers`` (which
pulls in ``socket`` and ``pickle``) is imported, and the file opened, only when the first
line is written: start-up stays fast.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
import sys
import threading
from pathlib import Path
from typing import cast

LOG_NAME = "kvmgui.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 3


def state_dir() -> Path:
    """``$XDG_STATE_HOME/kvmgui``; a relative XDG_STATE_HOME is ignored, as the spec says."""
    base = os.environ.get("XDG_STATE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".local" / "state"
    return root / "kvmgui"


class LazyRotatingFile(logging.Handler):
    """A ``RotatingFileHandler`` made at the first record that reaches it."""

    def __init__(self, path: Path, level: int) -> None:
        super().__init__(level)
        self.path = path
        self._inner: logging.Handler | None = None
        self._failed = False
        self._make_lock = threading.Lock()

    def _handler(self) -> logging.Handler | None:
        with self._make_lock:
            if self._inner is None and not self._failed:
                try:
                    self._inner = _rotating_file(self.path)
                except OSError as exc:
                    self._failed = True  # say so once, on stderr; keep running without a file
                    print(f"kvmgui: cannot write the log {self.path}: {exc}", file=sys.stderr)
                    return None
                self._inner.setFormatter(self.formatter)
            return self._inner

    def emit(self, record: logging.LogRecord) -> None:
        inner = self._handler()
        if inner is not None:
            inner.emit(record)

    def flush(self) -> None:
        if self._inner is not None:
            self._inner.flush()

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()
        super().close()


def _rotating_file(path: Path) -> logging.Handler:
    import logging.handlers  # noqa: PLC0415 - see the module docstring

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # mkdir leaves one that is there as it is: an older version made it 0755, which lists
    # the logs (and whatever is put there later) to every user.
    _make_private_dir(path.parent)
    # Rotation renames the private file, so its backups are private too, but an older
    # version's stayed readable by everyone until three rotations pushed them out.
    for number in range(1, BACKUPS + 1):
        _make_private(Path(f"{path}.{number}"))

    def private(name: str, flags: int) -> int:
        fd = os.open(name, flags, 0o600)
        # One found readable by others (an older version's, a copy) becomes private too;
        # one the user cannot chmod (not theirs) is still written to.
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
        return fd

    class OwnerOnly(logging.handlers.RotatingFileHandler):
        rotation_failed = False

        def _open(self, mode: str = "") -> io.TextIOWrapper:
            # Readable by its owner only: host names, URIs and errors are private.
            return cast("io.TextIOWrapper", open(  # the handler closes it
                self.baseFilename, mode or self.mode, encoding=self.encoding,
                errors=self.errors, opener=private))

        def doRollover(self) -> None:
            try:
                super().doRollover()
            except OSError as exc:
                # The file is writable but its directory is not (renames fail there): left
                # to the handler, each line printed a traceback on stderr and was lost.
                # The file starts anew instead, so it still holds MAX_BYTES at most.
                if not self.rotation_failed:
                    self.rotation_failed = True
                    print(f"kvmgui: cannot rotate the log {self.baseFilename}: {exc}; "
                          "starting it anew", file=sys.stderr)
                if self.stream is not None:
                    self.stream.close()
                self.stream = self._open("w")

    # Opened now, not at its first record (delay): a file that cannot be opened must raise
    # here, where it is said once, not in emit, which prints a traceback per record.
    return OwnerOnly(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")


def _make_private(path: Path) -> None:
    """``path`` readable by its owner only, if it is a file (a link is left alone: what it
    points to is not ours to change); one that is not there or not the user's is left."""
    with contextlib.suppress(OSError):
        mode = path.lstat().st_mode
        if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077:
            path.chmod(0o600)


def _make_private_dir(path: Path) -> None:
    """The directory ``path`` its owner's only, if it is the user's; a link is left alone
    (the log put elsewhere on purpose), and so is one of another user's (a shared one)."""
    with contextlib.suppress(OSError):
        # Opened without following a link and changed through that descriptor: a link
        # put in its place after a look would otherwise have its target changed.
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        try:
            info = os.fstat(fd)
            if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
                os.fchmod(fd, stat.S_IMODE(info.st_mode) & 0o700)
        finally:
            os.close(fd)
