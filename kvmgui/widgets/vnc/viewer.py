"""Runs virt-viewer for a VM (SPICE displays, or VNC without GVnc) as a child process.

``virt-viewer --connect URI --attach --wait -- UUID``: an argument list, never a shell
string. ``--attach`` asks libvirt for the display's socket (no listen address needed),
``--wait`` waits for the VM to start. The process is ours: it is ended, by its handle,
when the console goes away.

The program is looked for in ``$PATH`` and started on a thread of its own: a directory
there on a network mount that stopped answering hangs the search, and so does the start.
Starting a program (``QProcess.start`` as ``subprocess``) waits until the child's
``execve`` is done (a vfork: ``clone(CLONE_VM|CLONE_VFORK)``), and an ``execve`` of a file
on a dead mount hangs; on the GUI thread the window froze. The end of the process is
heard on the GUI thread through its pidfd, which never blocks, and it is reaped then even
when its console went before it ended. What it prints to stderr is read as it comes (a
pipe nobody reads would stop it once full), only its end kept, and its last lines said
when it fails at once (it could not connect, or open a window).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import threading
import time

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from kvmgui.libvirt import workers
from kvmgui.utils.logs import without_password
from kvmgui.widgets.filewords import why_failed

PROGRAM = "virt-viewer"
POLL_MS = 1000  # how often an end is looked for where there is no pidfd (before Linux 5.3)
KILL_AFTER_MS = 2000
STDERR_KEEP = 4096  # bytes of virt-viewer's stderr kept (its end)
SAID_LINES = 3  # lines of it shown when it fails at once
SAID_CHARS = 1000
AT_ONCE_S = 10.0  # an end this soon after the start is a failure to show, not a quit

log = logging.getLogger(__name__)
_lane: workers.Lane | None = None


def _search_lane() -> workers.Lane:
    """Where virt-viewer is looked for and started: a search or start that may hang holds
    no libvirt job up."""
    global _lane
    if _lane is None:
        _lane = workers.Lane("viewer")
    return _lane


def viewer_args(uri: str, uuid: str) -> list[str]:
    # A password given with -c stays out: any user reads the arguments (ps); virt-viewer asks.
    return ["--connect", without_password(uri), "--attach", "--wait", "--", uuid]


def launch(args: list[str], stopped: threading.Event) -> subprocess.Popen[bytes] | None:
    """Look for virt-viewer and start it with ``args`` (a worker's); None when it is not
    installed, or when ``stopped`` was set meanwhile (nothing is started then). Its stdout
    goes where kvmgui's goes; its stderr is a pipe the launcher reads without waiting."""
    program = shutil.which(PROGRAM)
    if program is None or stopped.is_set():
        return None
    process = subprocess.Popen([program, *args], stdin=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    assert process.stderr is not None
    os.set_blocking(process.stderr.fileno(), False)
    return process


class ViewerLauncher(QObject):
    """One virt-viewer process at a time.

    Signals:
        started(): the process runs.
        finished(int, bool): it ended: exit status, and whether it crashed.
        failedToStart(str): it could not start (why, in words); also when it is not installed.
    """

    started = Signal()
    finished = Signal(int, bool)
    failedToStart = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: subprocess.Popen[bytes] | None = None
        self.looking = False  # virt-viewer is being looked for (start was asked)
        self._asked = 0  # a search's answer after stop() (or a newer start) starts nothing
        self._stopped = threading.Event()  # the ask out was given up: start nothing
        self._watch: QSocketNotifier | QTimer | None = None  # hears the process end
        self._pidfd = -1
        self._pidfd_owner: _Pidfd | None = None
        self.last_words = ""  # virt-viewer's last lines when it failed at once
        self._said = bytearray()  # the end of what it printed to stderr
        self._said_watch: QSocketNotifier | None = None
        self._started_at = 0.0
        self._stopping = False  # the running one was told to end (stop)
        self._then: tuple[str, str] | None = None  # started once the one ending has ended

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.returncode is None

    def start(self, uri: str, uuid: str) -> None:
        """Look for virt-viewer and start it (in a worker) for ``uuid`` on ``uri``; after
        ``stop``, once the old one has ended (it may take up to KILL_AFTER_MS)."""
        if self.running and self._stopping:
            self._then = (uri, uuid)
            return
        if self.running or self.looking:
            return
        self.looking = True
        self._asked += 1
        self._stopped = stopped = threading.Event()
        asked = self._asked
        _search_lane().submit(launch, viewer_args(uri, uuid), stopped, context=self,
                              done=lambda process: self._launched(asked, process),
                              failed=lambda exc: self._launch_failed(asked, exc))

    def _launch_failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self.looking = False
        log.warning("starting %s: %s", PROGRAM, exc)
        reason = why_failed(exc)
        self.failedToStart.emit(reason)

    def _launched(self, asked: int, process: subprocess.Popen[bytes] | None) -> None:
        if asked != self._asked:  # stopped while it started: not wanted
            if process is not None:
                _end(process)
            return
        self.looking = False
        if process is None:
            self.failedToStart.emit(self.tr("virt-viewer is not installed."))
            return
        self.process = process
        self._stopping = False
        self.last_words = ""
        self._said.clear()
        self._started_at = time.monotonic()
        self._hear_stderr(process)
        self._hear_end(process)
        self.started.emit()

    def _hear_stderr(self, process: subprocess.Popen[bytes]) -> None:
        if process.stderr is None:
            return
        watch = QSocketNotifier(process.stderr.fileno(), QSocketNotifier.Type.Read, self)
        watch.activated.connect(lambda: self._read_stderr(process))
        self._said_watch = watch

    def _read_stderr(self, process: subprocess.Popen[bytes]) -> None:
        """What is in the pipe now (never waits); the end of it kept."""
        pipe = process.stderr
        if pipe is None or pipe.closed or process is not self.process:
            return
        while True:
            try:
                chunk = os.read(pipe.fileno(), 65536)
            except BlockingIOError:
                return
            except OSError:
                chunk = b""
            if not chunk:  # its end (and every other holder's): no more to hear
                if self._said_watch is not None:
                    self._said_watch.setEnabled(False)
                return
            self._said += chunk
            del self._said[:-STDERR_KEEP]

    def _hear_end(self, process: subprocess.Popen[bytes]) -> None:
        try:
            self._pidfd = os.pidfd_open(process.pid)
        except OSError:  # a kernel without pidfds: looked at now and then
            timer = QTimer(self, interval=POLL_MS)
            timer.timeout.connect(lambda: self._ended(process))
            timer.destroyed.connect(lambda: _reap_when_ended(process))
            timer.start()
            self._watch = timer
            return
        notifier = QSocketNotifier(self._pidfd, QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda: self._ended(process))
        # Closed with the notifier too: a console deleted while virt-viewer still ran took
        # the notifier with it and never heard the end that closed the pidfd (one fd per
        # console left open). Not through self, which is being deleted by then; a lambda,
        # which the connection keeps (a bound method's object it may hold only weakly).
        # Its end is then still waited for, or it stayed a zombie.
        pidfd = _Pidfd(self._pidfd)
        notifier.destroyed.connect(lambda: _let_go(pidfd, process))
        self._pidfd_owner = pidfd
        self._watch = notifier

    def _ended(self, process: subprocess.Popen[bytes]) -> None:
        code = process.poll()  # never waits: the process has ended, or it is still running
        if code is None or process is not self.process:
            return
        self._read_stderr(process)  # what it said last, before the pipe goes
        if self._said_watch is not None:
            self._said_watch.setEnabled(False)
            self._said_watch.deleteLater()
            self._said_watch = None
        if process.stderr is not None:
            process.stderr.close()
        said = bytes(self._said).decode(errors="replace")
        self._said.clear()
        if code != 0 and time.monotonic() - self._started_at < AT_ONCE_S:
            lines = [line.strip() for line in said.splitlines() if line.strip()]
            self.last_words = "\n".join(lines[-SAID_LINES:])[-SAID_CHARS:]
            log.info("%s ended with %s at once: %s", PROGRAM, code, self.last_words)
        self._forget_watch()
        self.finished.emit(max(code, 0), code < 0)  # < 0: ended by a signal, as Qt's crash
        self._stopping = False
        then, self._then = self._then, None
        if then is not None:  # asked for while this one was ending
            self.start(*then)

    def _forget_watch(self) -> None:
        # Only stilled, not deleted: this runs in its own signal, and it goes with the
        # launcher (one per process started).
        if isinstance(self._watch, QTimer):
            self._watch.stop()
        elif self._watch is not None:
            self._watch.setEnabled(False)
        if self._pidfd_owner is not None:
            self._pidfd_owner.close()
            self._pidfd_owner = None
        self._pidfd = -1

    def stop(self) -> None:
        """End our virt-viewer: SIGTERM to its pid, SIGKILL 2 s later if it is still there
        (or, while it is looked for, do not start it)."""
        self._asked += 1
        self._stopped.set()
        self.looking = False
        self._then = None
        process = self.process
        if process is not None and self.running:
            self._stopping = True
            _end(process)


class _Pidfd:
    """A pidfd closed once, whichever comes first: the end heard, or its notifier deleted
    (a closed number may by then be another file's)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def close(self) -> None:
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)


def _end(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL if it is still there ``KILL_AFTER_MS`` later, also when the
    launcher is gone by then (a console closed); the look then reaps it."""
    process.terminate()
    QTimer.singleShot(KILL_AFTER_MS, lambda: process.kill() if process.poll() is None else None)
    _reap_when_ended(process)


def _let_go(pidfd: _Pidfd, process: subprocess.Popen[bytes]) -> None:
    pidfd.close()
    _reap_when_ended(process)


# The watches of processes whose launcher went: each ends itself once it reaped its process.
_orphans: set[QObject] = set()


def _reap_when_ended(process: subprocess.Popen[bytes]) -> None:
    """Reap ``process`` once it ends (its pidfd, or a look now and then), with no launcher
    left to hear it: an ended child nobody waits for stays a zombie."""
    if process.poll() is not None:
        return
    try:
        fd = os.pidfd_open(process.pid)
    except OSError:  # a kernel without pidfds
        fd = -1
    watch: QSocketNotifier | QTimer
    if fd >= 0:
        watch = QSocketNotifier(fd, QSocketNotifier.Type.Read)
        signal = watch.activated
    else:
        watch = QTimer(interval=POLL_MS)
        watch.start()
        signal = watch.timeout

    def look() -> None:
        if process.poll() is None:
            return
        if isinstance(watch, QTimer):
            watch.stop()
        else:
            watch.setEnabled(False)
        if fd >= 0:
            os.close(fd)
        _orphans.discard(watch)
        watch.deleteLater()

    signal.connect(look)
    _orphans.add(watch)
