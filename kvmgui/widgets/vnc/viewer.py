"""Runs virt-viewer for a VM (SPICE displays, or VNC without GVnc) as a child process.

``virt-viewer --connect URI --attach --wait -- UUID``: an argument list, never a shell
string. ``--attach`` asks libvirt for the display's socket (no listen address needed),
``--wait`` waits for the VM to start. The process is ours: it is ended, by its handle,
when the console goes away. The program is looked for in ``$PATH`` on a thread of its own:
a directory there on a network mount that stopped answering hangs the search.
"""

from __future__ import annotations

import logging
import shutil

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from kvmgui.libvirt import workers
from kvmgui.utils.logs import without_password

PROGRAM = "virt-viewer"

log = logging.getLogger(__name__)
_lane: workers.Lane | None = None


def _search_lane() -> workers.Lane:
    """Where virt-viewer is looked for: a search that may hang holds no libvirt job up."""
    global _lane
    if _lane is None:
        _lane = workers.Lane("viewer")
    return _lane


def viewer_args(uri: str, uuid: str) -> list[str]:
    # A password given with -c stays out: any user reads the arguments (ps); virt-viewer asks.
    return ["--connect", without_password(uri), "--attach", "--wait", "--", uuid]


class ViewerLauncher(QObject):
    """One virt-viewer process at a time.

    Signals:
        started(): the process runs.
        finished(int, bool): it ended: exit status, and whether it crashed.
        failedToStart(str): it could not start (Qt's message); also when it is not installed.
    """

    started = Signal()
    finished = Signal(int, bool)
    failedToStart = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self.looking = False  # virt-viewer is being looked for (start was asked)
        self._asked = 0  # a search's answer after stop() (or a newer start) starts nothing

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def start(self, uri: str, uuid: str) -> None:
        """Look for virt-viewer (in a worker), then run it for ``uuid`` on ``uri``."""
        if self.running or self.looking:
            return
        self.looking = True
        self._asked += 1
        asked, args = self._asked, viewer_args(uri, uuid)
        _search_lane().submit(shutil.which, PROGRAM, context=self,
                              done=lambda program: self._found(asked, program, args),
                              failed=lambda exc: self._search_failed(asked, exc, args))

    def _search_failed(self, asked: int, exc: BaseException, args: list[str]) -> None:
        log.warning("looking for %s: %s", PROGRAM, exc)
        self._found(asked, None, args)

    def _found(self, asked: int, program: str | None, args: list[str]) -> None:
        if asked != self._asked:
            return
        self.looking = False
        if program is None:
            self.failedToStart.emit(self.tr("virt-viewer is not installed."))
            return
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(args)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
        process.started.connect(self.started)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self.process = process
        process.start()

    def stop(self) -> None:
        """End our virt-viewer: SIGTERM to its pid, SIGKILL 2 s later if it is still there
        (or, while it is looked for, do not start it)."""
        self._asked += 1
        self.looking = False
        process = self.process
        if process is not None and self.running:
            process.terminate()
            QTimer.singleShot(2000, process, lambda: process.kill() if process.state()
                              != QProcess.ProcessState.NotRunning else None)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self.finished.emit(code, status == QProcess.ExitStatus.CrashExit)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            self.failedToStart.emit(self.process.errorString())
