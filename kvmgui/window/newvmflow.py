"""The main window's New VM: one wizard at a time, its "Customise before install" draft
window, and the new VM selected and opened once it is made."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from kvmgui.libvirt.connection import ConnState
from kvmgui.models.roles import Role
from kvmgui.utils.tr import fill

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtWidgets import QMainWindow

    from kvmgui.dialogs.details.draft import DraftDetailsWindow
    from kvmgui.libvirt.connection import Connection
    from kvmgui.libvirt.newvm import FinishResult
    from kvmgui.libvirt.registry import ConnectionRegistry
    from kvmgui.models.proxy import DomainFilterProxy
    from kvmgui.widgets.notifications import NotificationArea
    from kvmgui.window.vmlist import VmTable
    from kvmgui.wizards.newvm.wizard import NewVmWizard

    _Base = QMainWindow
else:
    _Base = object


class NewVmFlow(_Base):
    """Mixed in before ``QMainWindow`` by ``MainWindow``: its New VM part. The window sets
    the attributes below; its words are translated in the window's context ("MainWindow"),
    where they always were."""

    registry: ConnectionRegistry
    settings: QSettings
    notifications: NotificationArea
    new_vm_wizard: NewVmWizard | None
    draft_window: DraftDetailsWindow | None
    _wanted_vm: tuple[Connection, str] | None  # select when its row arrives
    proxy: DomainFilterProxy
    vm_view: VmTable

    if TYPE_CHECKING:
        @property
        def detailsRequested(self) -> SignalInstance: ...
        def selected_connection(self) -> Connection | None: ...

    def new_vm(self) -> NewVmWizard | None:
        """Open the new-VM wizard on the selected host (or the first connected one)."""
        if self.new_vm_wizard is not None and shiboken6.isValid(self.new_vm_wizard):
            if not self.new_vm_wizard.customising:
                self.new_vm_wizard.show()
                self.new_vm_wizard.raise_()
                self.new_vm_wizard.activateWindow()
            elif self.draft_window is not None and shiboken6.isValid(self.draft_window):
                self.draft_window.raise_()
            return self.new_vm_wizard
        connected = [c for c in self.registry if c.state == ConnState.CONNECTED]
        if not connected:
            self.notifications.error(QCoreApplication.translate(
                "MainWindow", "Connect to a host first: the new virtual machine is created on one."))
            return None
        chosen = self.selected_connection()
        # Loaded when first used: its modules are not needed to show the main window.
        from kvmgui.wizards.newvm.wizard import NewVmWizard  # noqa: PLC0415

        wizard = NewVmWizard(connected, chosen if chosen in connected else connected[0], self)
        wizard.created.connect(self._vm_created)
        wizard.customiseRequested.connect(partial(self._customise_new_vm, wizard))
        wizard.finished.connect(partial(self._wizard_closed, wizard))
        wizard.follow_hosts(self.registry)
        self.new_vm_wizard = wizard
        wizard.show()
        return wizard

    def new_vm_keeps_host(self, conn: Connection) -> bool:
        """True while the New VM job runs on ``conn``, said in the notifications: the host
        is not removed under it (for _remove_connection)."""
        wizard = self.new_vm_wizard
        job = wizard.job if wizard is not None and shiboken6.isValid(wizard) else None
        if job is None or not job.running or job.conn is not conn:
            return False
        self.notifications.error(fill(QCoreApplication.translate(
            "MainWindow", "%1 was not removed: the virtual machine %2 is being created on it. "
            "Remove it once that is done."), conn.display_name, job.vm_name))
        return True

    def _wizard_closed(self, wizard: NewVmWizard, _result: int) -> None:
        if self.new_vm_wizard is wizard:
            self.new_vm_wizard = None
        wizard.deleteLater()

    def _vm_created(self, conn: Connection, result: FinishResult) -> None:
        if self.draft_window is not None and shiboken6.isValid(self.draft_window):
            self.draft_window.finish_installed()
        self.draft_window = None
        self.select_vm_when_seen(conn, result.uuid)
        self.detailsRequested.emit(conn, result.uuid)

    def _customise_new_vm(self, wizard: NewVmWizard, conn: Connection, xml: str, autostart: bool) -> None:
        from kvmgui.dialogs.details.draft import DraftDetailsWindow  # noqa: PLC0415

        window = DraftDetailsWindow(conn, xml, autostart, self, self.settings)
        window.installRequested.connect(partial(self._install_draft, wizard, window))
        window.abandoned.connect(wizard.resume)
        wizard.installFailed.connect(window.install_failed)
        self.draft_window = window
        window.show()

    def _install_draft(self, wizard: NewVmWizard, window: DraftDetailsWindow, xml: str,
                       autostart: bool) -> None:
        wizard.state.spec.autostart = autostart
        if wizard.install(xml, window) is None:
            window.set_installing(False)
        else:
            window.progress = wizard.progress  # brought to the front when the window's close waits

    def select_vm(self, conn: Connection, uuid: str) -> bool:
        """Select (only) this VM in the list; False when its row is not there (yet)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            rec = index.data(Role.OBJECT)
            if index.data(Role.CONNECTION) is conn and rec is not None and rec.uuid == uuid:
                self.vm_view.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.vm_view.setCurrentIndex(index)
                self.vm_view.scrollTo(index)
                return True
        return False

    def select_vm_when_seen(self, conn: Connection, uuid: str) -> None:
        """Select it now, or when its row arrives (its event may come after the job's answer)."""
        self._wanted_vm = None if self.select_vm(conn, uuid) else (conn, uuid)

    def _rows_arrived(self, *_args: object) -> None:
        if self._wanted_vm is not None and self.select_vm(*self._wanted_vm):
            self._wanted_vm = None
