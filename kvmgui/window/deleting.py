"""The main window's Delete: the delete dialog per host for the selected VMs, the delete
jobs (not of a VM being restarted or saved), what failed told in the notifications, and
the deleted VMs' fixed addresses handed to ``fixedclean``."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kvmgui.dialogs.delete import DeleteDialog
from kvmgui.libvirt import actions
from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.fixedaddr import FixedAddress
from kvmgui.libvirt.records import DomainRecord
from kvmgui.models.words import failure_words, say
from kvmgui.utils.tr import fill
from kvmgui.window.fixedclean import remove_after_delete
from kvmgui.window.vmrun import deleting, restarting, saving, underway

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from kvmgui.widgets.notifications import NotificationArea

    _Base = QMainWindow
else:
    _Base = object


class Deleting(_Base):
    """Mixed in before ``QMainWindow`` by ``MainWindow``: its Delete. The window sets the
    attributes below; its words are translated in the window's context ("MainWindow"),
    where they always were."""

    notifications: NotificationArea

    if TYPE_CHECKING:
        def selected_vms(self) -> list[tuple[Connection, DomainRecord]]: ...
        def _show_dialog(self, dialog: QWidget, *, modal: bool = True) -> None: ...
        def _update_actions(self, *_args: object) -> None: ...

    def delete_selected(self) -> None:
        by_conn: dict[int, tuple[Connection, list[DomainRecord]]] = {}
        for conn, rec in self.selected_vms():
            if conn.state == ConnState.CONNECTED and not restarting(conn, rec.uuid) \
                    and not deleting(conn, rec.uuid) and not saving(conn, rec.uuid):
                # A deleted VM's row stays until the undefine; a save would fail forced off.
                by_conn.setdefault(id(conn), (conn, []))[1].append(rec)
        for conn, records in by_conn.values():
            dialog = DeleteDialog(conn, records, self)
            dialog.accepted.connect(lambda d=dialog: self._delete(d))
            self._show_dialog(dialog)

    def _delete(self, dialog: DeleteDialog) -> None:
        conn = dialog.conn
        names = {r.uuid: r.name for r in dialog.records}
        batch = list(names)  # a volume only they share goes, whichever of them is gone first
        for uuid, paths in dialog.plan().items():
            if restarting(conn, uuid):  # begun while the question was open: it would start it
                self.notifications.error(fill(QCoreApplication.translate(
                    "MainWindow", "'%1' on %2 was not deleted: it is being restarted. Delete it "
                    "once its restart has ended."), names[uuid], conn.display_name))
                continue
            if saving(conn, uuid):  # begun while asked: forced off, the save would fail
                self.notifications.error(fill(QCoreApplication.translate(
                    "MainWindow", "'%1' on %2 was not deleted: it is being saved. Delete it once "
                    "it is saved."), names[uuid], conn.display_name))
                continue
            # Its fixed addresses go once it is gone (left, a VM given its MAC later would
            # inherit them).
            pins = [a for a in dialog.fixed_plan() if a.vm_uuid == uuid]
            done, failed = underway(conn, uuid, True,
                                    partial(self._deleted, conn, names[uuid], uuid, pins),
                                    partial(self._delete_failed, conn, names[uuid], uuid, pins))
            conn.run(actions.delete, uuid, paths, batch, done=done, failed=failed, context=self)
        self._update_actions()  # nothing more for the VMs being deleted

    def _deleted(self, conn: Connection, name: str, uuid: str, pins: list[FixedAddress],
                 _result: object) -> None:
        conn.refresh("domain", uuid)
        remove_after_delete(conn, name, uuid, pins, self.notifications, self)

    def _delete_failed(self, conn: Connection, name: str, uuid: str, pins: list[FixedAddress],
                       exc: BaseException) -> None:
        if isinstance(exc, actions.VolumeDeleteError):  # the VM is gone: say what is left
            text = QCoreApplication.translate(
                "MainWindow", "'%1' on %2 was deleted, but not all of its storage: %3")
            self.notifications.error(fill(text, name, conn.display_name, say(exc.failures)))
            remove_after_delete(conn, name, uuid, pins, self.notifications, self)
        else:
            self.notifications.error(fill(QCoreApplication.translate(
                "MainWindow", "Could not delete '%1' on %2: %3"), name, conn.display_name,
                failure_words(exc)))
        conn.refresh("domain", uuid)
        self._update_actions()  # its Delete has ended: a VM still there is offered again
