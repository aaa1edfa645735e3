"""Where kvmgui's log goes: stderr, and a rotating file in the XDG state directory.

Warnings and errors always reach ``$XDG_STATE_HOME/kvmgui/kvmgui.log`` (by default
``~/.local/state/kvmgui/``); ``--debug`` adds kvmgui's debug messages to the file and to
stderr. The file holds a few MB at most (``MAX_BYTES`` × ``BACKUPS`` old ones) and only
its owner may read it, or list its folder (the user's own, not a link).

Nothing secret is written: credentials never reach a log call (the answers of the
credentials dialog go straight to libvirt), and as a second line of defence every
line is passed through ``redact`` (a password in a URI, ``password=…`` settings).

Start-up stays fast: ``logging.handlers`` (which pulls in ``socket`` and ``pickle``) is
imported, and the file opened, only when the first line is written.

A log call never waits for the file's disk: it formats its line and hands it to a writer
thread of the log's own (``Background``). On a disk that stops answering (a home on NFS)
a write hangs, and a write under the handler's lock made every other thread's log call,
the GUI thread's too, wait on it. stderr's lines go the same way (``stderrlog``).
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import io
import logging
import os
import queue
import re
import stat
import sys
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast
from urllib.parse import unquote

from kvmgui.utils.stderrlog import RawStderr
from kvmgui.utils.uris import split_uri

LOG_NAME = "kvmgui.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(threadName)s %(name)s %(levelname)s: %(message)s"
FLUSH_WAIT_S = 2.0  # a flush (at exit) waits this long for the writer: its disk may hang

# user:password@ in a URI (the user may be empty), to the @ before the host (a password
# may hold an @, or a / typed as is), but not host:port/path, [IPv6] or host?query,
# whose query holds an @ (a port is digits, then a path, then a query before any @);
# key=value (or key: value) settings that name a secret.
_URI_PASSWORD = re.compile(
    r"(?P<head>\b[a-zA-Z][\w+.-]*://[^\s/:@?#\[\]]*):(?!\d*/[^\s@?#]*[?#])"
    r"\S+?@(?=[^\s/?#@]*(?:[/?#\s]|$))")
# The value may be quoted: XML attributes (passwd='…'), Python and JSON mappings.
_SECRET_SETTING = re.compile(
    r"(?P<key>\b(?:password|passwd|passphrase|secret|pass)\b['\"]?\s*[=:]\s*)"
    r"(?:(?P<quote>['\"])(?:(?!(?P=quote)).)*(?:(?P=quote)|$)|[^\s&;,'\"]+)",
    re.IGNORECASE | re.MULTILINE)  # a value cut off by the line's end: to there


def _hide_setting(match: re.Match[str]) -> str:
    quote = match["quote"] or ""
    return f"{match['key']}{quote}***{quote}"


# URIs kvmgui was given with a password (``remember_password``): hidden exactly wherever
# they or their user:password appear, where the pattern above guesses (it stops at a space).
_given: tuple[str, ...] = ()
_given_lock = threading.Lock()


def remember_password(uri: str) -> None:
    """Have ``redact`` hide ``uri``'s password from now on, as ``hide_password`` does,
    wherever it is written: a connection's URI is named in each of its log lines, and a
    password with a space in it ("open sesame"), or a user name with one, was not hidden."""
    global _given
    if without_password(uri) == uri:
        return
    with _given_lock:
        if uri not in _given:
            _given = (*_given, uri)


def redact(text: str) -> str:
    """``text`` with passwords in URIs and ``password=…``-like settings replaced by ***."""
    for uri in _given:
        text = hide_password(text, uri)
    text = _URI_PASSWORD.sub(r"\g<head>:***@", text)
    return _SECRET_SETTING.sub(_hide_setting, text)


def without_password(uri: str) -> str:
    """``uri`` with its password left out (user@host): for what is saved, where *** would
    be taken for the password. Exact, not ``redact``'s guess: an '@' after the authority
    (host:16509/sys@tem) is the path's (``split_uri``). A URI libvirt cannot read
    (user:pa/ss@host, "pa" no port) loses what ``redact`` hides."""
    parts = split_uri(uri)
    if parts is None or parts.userinfo is None or ":" not in parts.userinfo:
        return uri
    return parts.without_password().text()


def hide_password(text: str, uri: str) -> str:
    """``text`` with ``uri``'s user:password replaced by user:***, also where no URI is
    around it: libvirt hands ssh the user:password (decoded) as its user name, and ssh
    says it back ("alice:s3cret@host: Permission denied"), which ``redact`` cannot tell;
    and libvirt's "Unable to parse URI" repeats a URI whose password holds a '?', '#' or
    '/' (its authority ends there), which ``split_uri`` reads as typed."""
    parts = split_uri(uri)
    userinfo = parts.userinfo if parts is not None else None
    if not userinfo or ":" not in userinfo:
        return text
    for seen in sorted({userinfo, unquote(userinfo)}, key=len, reverse=True):
        user, _colon, password = seen.partition(":")
        if password:
            text = text.replace(seen, f"{user}:***")
    return text


class RedactingFormatter(logging.Formatter):
    """Formats as usual (tracebacks included), then removes what looks like a secret."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


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


def _shut_down_at_exit() -> None:
    global _exit_registered
    if not _exit_registered:
        _exit_registered = True
        atexit.unregister(logging.shutdown)
        atexit.register(shutdown)


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


@dataclass
class LogSetup:
    """What ``setup`` installed (tests remove it again with ``close``)."""

    path: Path
    handlers: list[logging.Handler] = field(default_factory=list)

    def flush(self) -> None:
        """Wait until what was logged is in the file (``Background.flush``)."""
        flush(self.handlers)

    def close(self) -> None:
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        logging.getLogger("kvmgui").setLevel(logging.NOTSET)
        logging.captureWarnings(False)


def setup(debug: bool, directory: Path | None = None, *, stderr: bool = True) -> LogSetup:
    """Log warnings and above to stderr and the log file; with ``debug``, kvmgui's debug
    messages too (other libraries stay at warnings: asyncio's debug chatter is no help)."""
    level = logging.DEBUG if debug else logging.WARNING
    formatter = RedactingFormatter(FORMAT)
    done = LogSetup((directory or state_dir()) / LOG_NAME)
    file_handler = LazyRotatingFile(done.path, level)
    file_handler.setFormatter(logging.Formatter("%(message)s"))  # the line comes formatted
    done.handlers.append(Background(file_handler))
    _shut_down_at_exit()
    if stderr:  # through the writer thread too: stderr may be a pipe nobody reads
        err_handler = RawStderr()
        err_handler.setFormatter(logging.Formatter("%(message)s"))
        done.handlers.append(Background(err_handler))
        logging.captureWarnings(True)  # Python's warnings too: the warner wrote them itself
    root = logging.getLogger()
    for handler in done.handlers:
        handler.setLevel(level)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("kvmgui").setLevel(level)
    return done
