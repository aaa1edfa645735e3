"""Runs the troubleshooter's steps one after another, each in a worker with a timeout.

A step that does not answer in time is noted as skipped ("timed out") and the next one
starts; its late answer is dropped. The window never waits: results come as signals.

A step that hangs keeps its worker until it answers (a hung host, a dead mount). Steps run
on threads of their own, never on those of the host's other calls (``Connection.run``), and each
host has its own (``lane(conn)``): a hung host's held threads never delay the checks of
another (they did when every host shared one set: its checks queued and timed out). A
step of a VM whose earlier job still runs (timed out, or of a cancelled run: "Run Again",
the consent box) is not started a second time: the run waits for that job within the
step's timeout, then says the step is still busy (``Reason.STILL_RUNNING``). So a VM's
troubleshooting holds at most one thread per step, however often it is run again.

A fix (and its dry run, for the question) is held the same way: on threads of its own
(``fix_lane(conn)``, one set per host), and not started again for the same VM while it
has not answered (``fix_key`` in ``busy().keys``), whichever troubleshooter window asked
for it.
"""

from __future__ import annotations

import weakref
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import netprobe, workers
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.netcheck import (
    ALL_STEPS,
    EXEC_STEPS,
    Facts,
    Fix,
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

Key = tuple[Connection, str, Step]  # a step's job: its connection, VM (uuid) and step
FixKey = tuple[str, Connection, str, Fix]  # "fix", the connection, VM (uuid) and fix


def fix_key(conn: Connection, uuid: str, fix: Fix) -> FixKey:
    """A fix's job (or its dry run's): never equal to a step's ``Key``."""
    return "fix", conn, uuid, fix


class _Busy(QObject):
    """The steps' and fixes' jobs that have not answered yet, of every troubleshooter.

    Signals:
        settled(object): the job of this ``Key`` (or ``FixKey``) answered (or failed).
    """

    settled = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.keys: set[Key | FixKey] = set()


_busy: _Busy | None = None
# Per host, gone with its connection (a removed host's idle threads then end).
_lanes: weakref.WeakKeyDictionary[Connection, workers.Lane] = weakref.WeakKeyDictionary()
_fix_lanes: weakref.WeakKeyDictionary[Connection, workers.Lane] = weakref.WeakKeyDictionary()


def busy() -> _Busy:
    global _busy
    if _busy is None:
        _busy = _Busy()
    return _busy


def lane(conn: Connection) -> workers.Lane:
    """The steps' threads of ``conn``'s host: one VM there on a hung host may hold one per
    step, and nothing of another host waits for them."""
    found = _lanes.get(conn)
    if found is None:
        found = _lanes[conn] = workers.Lane("checks", threads=len(ALL_STEPS))
    return found


def fix_lane(conn: Connection) -> workers.Lane:
    """The fixes' threads of ``conn``'s host: apart from the steps', so that a fix never
    queues behind the hung steps of another VM; one VM on a hung host may hold one per fix,
    and nothing of another host waits for them."""
    found = _fix_lanes.get(conn)
    if found is None:
        found = _fix_lanes[conn] = workers.Lane("fixes", threads=len(Fix))
    return found


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
        self._held: Step | None = None  # this run's step, waiting for its earlier job to end
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._timed_out)
        busy().settled.connect(self._settled)

    @property
    def first_failure(self) -> Result | None:
        return first_failure(self.results)

    def start(self, target: Target | None = None) -> None:
        """Run every step from the start (again), optionally for a changed ``target``."""
        if target is not None:
            self.target = target
        self._token += 1
        self.results, self.facts, self._index, self._held = [], Facts(), 0, None
        self.running = True
        self._next()

    def cancel(self) -> None:
        if self.running:
            self._token += 1
            self._timer.stop()
            self._held = None
            self.running = False
            self.finished.emit(list(self.results))

    def _next(self) -> None:
        if self._index >= len(ALL_STEPS):
            self.running = False
            self.finished.emit(list(self.results))
            return
        step = ALL_STEPS[self._index]
        self.stepStarted.emit(step)
        timeout = self.exec_timeout_s if step in EXEC_STEPS else self.timeout_s
        self._timer.start(int(timeout * 1000))
        if self._key(step) in busy().keys:  # started once already and still running
            self._held = step
            return
        self._submit(step)

    def _key(self, step: Step) -> Key:
        return self.conn, self.target.uuid, step

    def _submit(self, step: Step) -> None:
        token, key = self._token, self._key(step)
        busy().keys.add(key)
        # The connection is the job's context: its end is noted also once this is gone.
        self.conn.run(netprobe.run_step, step, self.target, self.facts, self.probes,
                      done=partial(_answered, self, token, key),
                      failed=partial(_failed, self, token, key), lane=lane(self.conn))

    def _settled(self, key: Key) -> None:
        if self._held is not None and key == self._key(self._held):
            step, self._held = self._held, None
            self._submit(step)  # within what is left of its timeout

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
        reason = Reason.STILL_RUNNING if self._held is step else Reason.TIMED_OUT
        self._held = None
        self._record(Result(step, Outcome.SKIPPED, reason, (f"{timeout:g}",)))

    def _record(self, result: Result) -> None:
        self._timer.stop()
        self.results.append(result)
        self._index += 1
        self.stepFinished.emit(result)
        self._next()


def _answered(checker: Troubleshooter, token: int, key: Key,
              answer: tuple[Result, Facts]) -> None:
    busy().keys.discard(key)
    if shiboken6.isValid(checker):
        checker._answered(token, answer)
    busy().settled.emit(key)


def _failed(checker: Troubleshooter, token: int, key: Key, exc: BaseException) -> None:
    busy().keys.discard(key)
    if shiboken6.isValid(checker):
        checker._failed(token, key[2], exc)
    busy().settled.emit(key)
