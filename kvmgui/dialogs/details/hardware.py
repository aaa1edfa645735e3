"""Adding and removing a VM's hardware from its details window: one Add hardware dialog
at a time, following the VM while it is open, and the new device's page shown once it is
added; a device removed after a question that names what goes with it. Its words are
translated in the window's context ("DetailsWindow"), where they always were."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt

from kvmgui.dialogs.addhw import AddHardwareDialog
from kvmgui.dialogs.details.devicepage import DevicePage
from kvmgui.dialogs.details.page import Page
from kvmgui.libvirt import domainops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.domainops import ApplyResult, Change
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import say
from kvmgui.utils.tr import comma_list, fill
from kvmgui.xml.domain import DomainDoc

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    _Base = QMainWindow
else:
    _Base = object


class DetailsHardware(_Base):
    """Mixed in before ``QMainWindow`` by ``DetailsWindow``: its Add hardware and Remove
    device. The window sets the attributes below."""

    conn: Connection
    uuid: str
    vm_name: str
    view: DomainView | None
    pages: dict[str, Page]
    add_hw_dialog: AddHardwareDialog | None

    if TYPE_CHECKING:
        def _applied(self, page: Page | None, result: ApplyResult) -> None: ...
        def run_change(self, page: Page | None, change: Change) -> None: ...
        def current_page(self) -> Page | None: ...
        def select_page(self, page_id: str) -> None: ...
        def ask(self, title: str, text: str, on_yes: Callable[[], None]) -> None: ...

    def add_hardware(self) -> AddHardwareDialog | None:
        """One Add hardware dialog at a time: an open one is raised; a closed one is deleted."""
        if self.view is None:
            return None
        if self.add_hw_dialog is not None and shiboken6.isValid(self.add_hw_dialog):
            self.add_hw_dialog.raise_()
            self.add_hw_dialog.activateWindow()
            return self.add_hw_dialog
        dialog = AddHardwareDialog(self.conn, self.uuid, self.view.doc, self, self.view.live)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # What the VM had when the add started (it follows the VM while open), not when
        # the dialog opened: a device added elsewhere meanwhile is not the new one.
        dialog.applied.connect(lambda result: self._hardware_added(result, dialog.devices_before))
        dialog.finished.connect(self._add_hw_closed)
        self.add_hw_dialog = dialog
        dialog.open()
        return dialog

    def _add_hw_closed(self, _result: int) -> None:
        self.add_hw_dialog = None

    def _hardware_added(self, result: ApplyResult, before: set[str]) -> None:
        self._applied(None, result)
        # Keys, not pages: an event may have shown the new device before this result came.
        added = [d.key for d in DomainDoc.from_string(result.xml.inactive).devices()
                 if d.key not in before]
        if added and f"device:{added[0]}" in self.pages:
            self.select_page(f"device:{added[0]}")

    def remove_device(self) -> None:
        page = self.current_page()
        if not isinstance(page, DevicePage) or self.view is None:
            return
        device = self.view.doc.find_device(page.key)
        if device is None:
            return
        key, title = page.key, say(device.title)
        text = say(device.summary)
        # A serial port and the console that mirrors it go together: the question names both.
        also = [say(d.title) for d in self.view.doc.paired_with(key)]
        if also:
            text = fill(QCoreApplication.translate("DetailsWindow", "%1 (and %2, which goes with it)"),
                        text, comma_list(also))
        what = fill(QCoreApplication.translate("DetailsWindow", "Remove %1"), title)
        self.confirm_remove(text, lambda: self.run_change(None, domainops.remove_device(key, what)))

    def confirm_remove(self, summary: str, on_yes: Callable[[], None]) -> None:
        self.ask(QCoreApplication.translate("DetailsWindow", "Remove device?"),
                 fill(QCoreApplication.translate("DetailsWindow", "Remove %1 from %2?"),
                      summary, self.vm_name),
                 on_yes)
