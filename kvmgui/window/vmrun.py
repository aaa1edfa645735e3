"""The main window's VM actions (Run, Shut Down, Save, Force Off…) run on the selected
VMs, after their question where the preferences ask one; and what a job under way on a
VM (a restart, a Delete, a Save) holds back, which the Delete and the greying of the
actions ask too."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord
from kvmgui.models.words import failure_words
from kvmgui.widgets.vmactions import VmAction, confirm_box

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from kvmgui.dialogs.preferences import Preferences
    from kvmgui.widgets.notifications import NotificationArea

    _Base = QMainWindow
else:
    _Base = object


class VmRunning(_Base):
    """Mixed in before ``QMainWindow`` by ``MainWindow``: running its VM actions. The
    window sets the attributes below."""

    prefs: Preferences
    notifications: NotificationArea

    if TYPE_CHECKING:
        def selected_vms(self) -> list[tuple[Connection, DomainRecord]]: ...
        def _show_dialog(self, dialog: QWidget, *, modal: bool = True) -> None: ...

    def run_vm_action(self, spec: VmAction) -> None:
        targets = [(c, r) for c, r in self.selected_vms()
                   if spec.applies_to(r) and c.state == ConnState.CONNECTED
                   and not restarting(c, r.uuid) and not deleting(c, r.uuid)
                   and not (saving(c, r.uuid) and not spec.during_save)]
        if not targets:
            return
        if spec.confirm and spec.key in self.prefs.confirm:
            self._show_dialog(confirm_box(self, spec, [r.name for _c, r in targets],
                                          lambda: self._run_targets(spec, still(spec, targets))))
            return
        self._run_targets(spec, targets)

    def _run_targets(self, spec: VmAction, targets: list[tuple[Connection, DomainRecord]]) -> None:
        for conn, rec in targets:
            if restarting(conn, rec.uuid) or deleting(conn, rec.uuid) \
                    or (saving(conn, rec.uuid) and not spec.during_save):  # begun while asked
                continue
            done: Callable[[object], None] = partial(refresh_domain, conn, rec.uuid)
            failed: Callable[[BaseException], None] = partial(self._action_failed, spec, conn, rec)
            if spec.key == "save":  # a restart begun meanwhile would cross it
                done, failed = underway(conn, rec.uuid, False, done, failed)
            conn.run(spec.run, rec.uuid, done=done, failed=failed, context=self)

    def _action_failed(self, spec: VmAction, conn: Connection, rec: DomainRecord,
                       exc: BaseException) -> None:
        self.notifications.error(spec.failed(rec.name, conn.display_name, failure_words(exc)))
        conn.refresh("domain", rec.uuid)  # the row shows the true state


def refresh_domain(conn: Connection, uuid: str, _result: object) -> None:
    conn.refresh("domain", uuid)


def still(spec: VmAction, targets: list[tuple[Connection, DomainRecord]]
          ) -> list[tuple[Connection, DomainRecord]]:
    """The targets the action still applies to, as they are now: a VM may have stopped
    (or gone) while the question was open, and "Could not force off" it would be noise."""
    out = []
    for conn, rec in targets:
        now = conn.domains.get(rec.uuid)
        if now is not None and spec.applies_to(now) and conn.state == ConnState.CONNECTED:
            out.append((conn, now))
    return out


def restarting(conn: Connection, uuid: str) -> bool:
    """Whether a restart of the VM is under way (from its details window, open or not):
    its power actions would cross it."""
    from kvmgui.dialogs.details.restart import running  # noqa: PLC0415 - with the details window

    return running(conn, uuid) is not None


def deleting(conn: Connection, uuid: str) -> bool:
    """Whether a Delete of the VM runs: its row stays until the undefine is heard of, and a
    Run or a second Delete meanwhile would cross it."""
    from kvmgui.dialogs.details.restart import underway as job_underway  # noqa: PLC0415 - with the details window

    job = job_underway(conn, uuid)
    return job is not None and job.deleting


def saving(conn: Connection, uuid: str) -> bool:
    """Whether a Save of the VM runs: any action but Force Off, or a Delete, would cross it."""
    from kvmgui.dialogs.details.restart import underway as job_underway  # noqa: PLC0415 - with the details window

    job = job_underway(conn, uuid)
    return job is not None and not job.deleting


def underway(conn: Connection, uuid: str, deleting: bool, done: Callable[[object], None],
             failed: Callable[[BaseException], None]
             ) -> tuple[Callable[[object], None], Callable[[BaseException], None]]:
    """``restart.mark_underway``: the VM's Delete or Save marked under way until it ends,
    its ``done`` and ``failed`` ending the mark first."""
    from kvmgui.dialogs.details.restart import mark_underway  # noqa: PLC0415 - with the details window

    return mark_underway(conn, uuid, deleting, done, failed)
