"""Run, pause, shut down … one VM from its details window.

The same ``VmAction``s as the main window, enabled by the VM's state as the connection's
domain table reports it (so they follow libvirt's events), asking the same questions
(Preferences → "ask before"), and reporting failures with libvirt's words.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kvmgui.dialogs.details import restart
from kvmgui.dialogs.preferences import Preferences
from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import fill
from kvmgui.widgets.vmactions import VmAction, VmActionSet, confirm_box


class PowerControl(QObject):
    """Connects a ``VmActionSet`` to one VM; questions are asked over ``window``.

    Signals:
        failed(str): an action failed (the words, with libvirt's message).
    """

    failed = Signal(str)

    def __init__(self, window: QWidget, conn: Connection, uuid: str, action_set: VmActionSet,
                 settings: QSettings | None) -> None:
        super().__init__(window)
        self.conn, self.uuid = conn, uuid
        self.action_set = action_set
        self.settings = settings
        self.question: QMessageBox | None = None  # the open question, if one is asked
        action_set.triggered.connect(self.run)
        for signal in (conn.domains.added, conn.domains.changed, conn.domains.removed):
            signal.connect(self._records_changed)
        conn.stateChanged.connect(self._conn_state)
        restart.news().busy.connect(self._restart_busy)
        self.update()

    def record(self) -> DomainRecord | None:
        rec = self.conn.domains.get(self.uuid)
        return rec if isinstance(rec, DomainRecord) else None

    def update(self) -> None:
        rec = self.record()
        if rec is None or self.conn.state != ConnState.CONNECTED or self._deleting():
            self.action_set.update([])
        elif self._restarting():
            self.action_set.update([], restarting=[rec])
        else:
            self.action_set.update([rec], saving=[self.uuid] if self._saving() else [])

    def _restarting(self) -> bool:
        """Whether a restart of the VM is under way: an action now would cross it (a Run
        between its stop and its start made its start fail)."""
        return restart.running(self.conn, self.uuid) is not None

    def _deleting(self) -> bool:
        """Whether a Delete of the VM runs (from the main window): an action now would cross
        it (a Run between its force off and its undefine left it running, undefined)."""
        job = restart.underway(self.conn, self.uuid)
        return job is not None and job.deleting

    def _saving(self) -> bool:
        """Whether a Save of the VM runs (from any window): an action but Force Off would
        wait for it in libvirt and fail."""
        job = restart.underway(self.conn, self.uuid)
        return job is not None and not job.deleting

    def _restart_busy(self, conn: Connection, uuid: str) -> None:
        if conn is self.conn and uuid == self.uuid:
            self.update()

    def _records_changed(self, items: list[object]) -> None:
        # added/changed carry records, removed carries keys: either way, ours or not.
        if any(getattr(i, "uuid", i) == self.uuid for i in items):
            self.update()

    def _conn_state(self, _state: ConnState, _reason: object) -> None:
        self.update()

    def run(self, spec: VmAction) -> None:
        rec = self.record()
        if rec is None or not spec.applies_to(rec) or self.conn.state != ConnState.CONNECTED \
                or self._crossed(spec):
            return  # greyed, and its tooltip says why (a key pressed just before)
        prefs = Preferences.load(self.settings if self.settings is not None else QSettings())
        if spec.confirm and spec.key in prefs.confirm:
            window = self.parent()
            assert isinstance(window, QWidget)
            box = confirm_box(window, spec, [rec.name], partial(self._confirmed, spec))
            box.finished.connect(box.deleteLater)
            box.finished.connect(self._answered)
            self.question = box
            box.open()
            return
        self._go(spec, rec.name)

    def _answered(self, _result: int) -> None:
        self.question = None

    def _confirmed(self, spec: VmAction) -> None:
        rec = self.record()
        if rec is None or not spec.applies_to(rec) or self.conn.state != ConnState.CONNECTED:
            # Stopped (or gone, or its host lost) while the question was open: as in the main
            # window, "Could not shut down … domain is not running" would be noise.
            return
        self._go(spec, rec.name)

    def _go(self, spec: VmAction, name: str) -> None:
        crossed = self._crossed(spec)
        if crossed:  # begun while the question was open: the Yes is answered, not dropped
            self.failed.emit(crossed)
            return
        # The connection's, heard of past this window's close: a failure is told where a
        # closed window's restart's is (and a Save's mark would stay for good).
        done: Callable[[object], None] = partial(_refresh, self.conn, self.uuid)
        failed: Callable[[BaseException], None] = partial(
            _failed, self, self.conn, self.uuid, spec, name)
        if spec.key == "save":  # a restart begun meanwhile would cross it
            done, failed = restart.mark_underway(self.conn, self.uuid, False, done, failed)
        self.conn.run(spec.run, self.uuid, done=done, failed=failed, context=self.conn)

    def _crossed(self, spec: VmAction) -> str:
        """Why ``spec`` is not done now (a job of the VM it would cross), or ""."""
        if self._restarting():
            return fill(self.tr("%1 was not done: a restart of the VM began meanwhile."), spec.words)
        if self._deleting():
            return fill(self.tr("%1 was not done: the VM is being deleted."), spec.words)
        if self._saving() and not spec.during_save:
            return fill(self.tr("%1 was not done: the VM is being saved."), spec.words)
        return ""

    def _report(self, spec: VmAction, name: str, exc: BaseException) -> None:
        self.failed.emit(spec.failed(name, self.conn.display_name, failure_words(exc)))
        self.conn.refresh("domain", self.uuid)  # show the true state


def _refresh(conn: Connection, uuid: str, _result: object) -> None:
    conn.refresh("domain", uuid)


def _failed(power: PowerControl, conn: Connection, uuid: str, spec: VmAction, name: str,
            exc: BaseException) -> None:
    """An action failed: said in its window, or where a restart's failure is once it is closed."""
    if shiboken6.isValid(power):
        power._report(spec, name, exc)
        return
    restart.news().failed.emit(spec.failed(name, conn.display_name, failure_words(exc)))
    conn.refresh("domain", uuid)
