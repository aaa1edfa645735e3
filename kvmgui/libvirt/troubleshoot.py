"""Runs the troubleshooter's steps one after another, each in a worker with a timeout.

A step that does not answer in time is noted as skipped ("timed out") and the next one
starts; its late answer is dropped. The window never waits: results come as signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import netprobe
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.netcheck import (
    ALL_STEPS,
    EXEC_STEPS,
    Facts,
    Outcome,
    Reason,
    Result,
    Step,
    Target,
    first_failure,
)
from kvmgui.libvirt.probes import Probes

STEP_TIMEOUT_S = 15.0
EXEC_STEP_TIMEOUT_S = 40.0  # a guest command: the agent's start, the command, its status


class Troubleshooter(QObject):
    """Checks why one NIC of a VM has no address.

    Signals:
        stepStarted(Step): a step began.
        stepFinished(Result): a step ended (passed, failed, not applicable or skipped).
        finished(list): every result, in order, after the last step (or after ``cancel``).
    """

    stepStarted = Signal(object)
    stepFinished = Signal(object)
    finished = Signal(list)

    def __init__(self, conn: Connection, target: Target, *, probes: Probes | None = None,
                 timeout_s: float = STEP_TIMEOUT_S, exec_timeout_s: float = EXEC_STEP_TIMEOUT_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn, self.target = conn, target
        self.probes = probes or Probes()
        self.timeout_s, self.exec_timeout_s = timeout_s, exec_timeout_s
        self.results: list[Result] = []
        self.facts = Facts()
        self.running = False
        self._index = 0
        self._token = 0  # answers of a step that timed out (or of an earlier run) are dropped
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._timed_out)

    @property
    def first_failure(self) -> Result | None:
        return first_failure(self.results)

    def start(self, target: Target | None = None) -> None:
        """Run every step from the start (again), optionally for a changed ``target``."""
        if target is not None:
            self.target = target
        self._token += 1
        self.results, self.facts, self._index = [], Facts(), 0
        self.running = True
        self._next()

    def cancel(self) -> None:
        if self.running:
            self._token += 1
            self._timer.stop()
            self.running = False
            self.finished.emit(list(self.results))

    def _next(self) -> None:
        if self._index >= len(ALL_STEPS):
            self.running = False
            self.finished.emit(list(self.results))
            return
        step = ALL_STEPS[self._index]
        token = self._token
        self.stepStarted.emit(step)
        timeout = self.exec_timeout_s if step in EXEC_STEPS else self.timeout_s
        self._timer.start(int(timeout * 1000))
        self.conn.run(netprobe.run_step, step, self.target, self.facts, self.probes,
                      done=lambda answer: self._answered(token, answer),
                      failed=lambda exc: self._failed(token, step, exc), context=self)

    def _answered(self, token: int, answer: tuple[Result, Facts]) -> None:
        if token != self._token:
            return
        result, self.facts = answer
        self._record(result)

    def _failed(self, token: int, step: Step, exc: BaseException) -> None:
        if token != self._token:
            return
        # The first step failing means the VM is gone (or the host): that is a finding.
        outcome = Outcome.FAILED if step is Step.VM_RUNNING else Outcome.SKIPPED
        self._record(Result(step, outcome, Reason.ERROR, (error_text(exc),)))

    def _timed_out(self) -> None:
        step = ALL_STEPS[self._index]
        self._token += 1
        timeout = self.exec_timeout_s if step in EXEC_STEPS else self.timeout_s
        self._record(Result(step, Outcome.SKIPPED, Reason.TIMED_OUT, (f"{timeout:g}",)))

    def _record(self, result: Result) -> None:
        self._timer.stop()
        self.results.append(result)
        self._index += 1
        self.stepFinished.emit(result)
        self._next()
