"""The "Show Command" submenu of the VM menus: the ``virsh`` line of each VM action.

Each item works out its lines by a dry run of the function the action itself runs, on the
selected VM, so what is shown is what the button would do (see ``kvmgui.libvirt.commands``).
"""

from __future__ import annotations

from collections.abc import Callable

import libvirt
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from kvmgui.libvirt import actions
from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord
from kvmgui.utils.tr import fill
from kvmgui.widgets.commanddialog import CommandDialog, show_commands
from kvmgui.widgets.vmactions import VM_ACTIONS, VmAction


def _delete_without_storage(conn: libvirt.virConnect, uuid: str) -> None:
    actions.delete(conn, uuid, ())


class CommandMenu(QMenu):
    """One item per VM action (and Delete); enabled for one selected VM in a state the
    action applies to. ``dialogs`` keeps the dialogs it opened (tests look at them)."""

    def __init__(self, selected: Callable[[], list[tuple[Connection, DomainRecord]]],
                 parent: QWidget, owner: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CommandMenu", "Show &Command"), parent)
        self.setObjectName("showCommandMenu")
        self.setAccessibleName(QCoreApplication.translate("CommandMenu", "Show command"))
        self.selected = selected
        self.owner = owner or parent  # the dialogs' parent: outlives a context menu
        self.dialogs: list[CommandDialog] = []
        self.items: dict[str, QAction] = {}
        for spec in VM_ACTIONS:
            item = self.addAction(spec.words)
            item.setObjectName(f"action_command_{spec.key}")
            item.triggered.connect(lambda _c=False, s=spec: self.show_for(s))
            self.items[spec.key] = item
        delete = self.addAction(QCoreApplication.translate("CommandMenu", "Delete (keeping its storage)"))
        delete.setObjectName("action_command_delete")
        delete.triggered.connect(self.show_delete)
        self.items["delete"] = delete
        self.aboutToShow.connect(self.update_items)
        self.update_items()

    def _one(self) -> tuple[Connection, DomainRecord] | None:
        vms = self.selected()
        if len(vms) != 1 or vms[0][0].state != ConnState.CONNECTED:
            return None
        return vms[0]

    def update_items(self) -> None:
        one = self._one()
        for spec in VM_ACTIONS:
            self.items[spec.key].setEnabled(one is not None and spec.applies_to(one[1]))
        self.items["delete"].setEnabled(one is not None)
        self.setEnabled(one is not None)

    def show_for(self, spec: VmAction) -> CommandDialog | None:
        one = self._one()
        if one is None:
            return None
        conn, rec = one
        title = fill(QCoreApplication.translate("CommandMenu", "%1 %2", "an action's title: what, which VM"),
                     spec.words, rec.name)
        return self._keep(show_commands(conn, title, self.owner, spec.run, rec.uuid))

    def show_delete(self) -> CommandDialog | None:
        one = self._one()
        if one is None:
            return None
        conn, rec = one
        title = fill(QCoreApplication.translate("CommandMenu", "Delete %1"), rec.name)
        return self._keep(show_commands(conn, title, self.owner,
                                        _delete_without_storage, rec.uuid))

    def _keep(self, dialog: CommandDialog) -> CommandDialog:
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self.dialogs.remove(d)
                                 if d in self.dialogs else None)
        return dialog
