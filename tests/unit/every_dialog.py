"""Every window, dialog, wizard and question of kvmgui, opened the way a user opens it
(through the actions and buttons of the window below it) and closed again.

Tests that must hold for all of them (named controls, no Tab traps, no mnemonic clashes,
deleted when closed) walk ``OPENERS``; a new dialog gets a line here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from tests.helpers import DEMO_VMS, select_vms, uuid_of


@dataclass
class Desk:
    """The main window over a connected Demo host, and what is open on it."""

    qtbot: object
    main: QMainWindow
    conn: object
    kept: dict[str, QWidget] = field(default_factory=dict)  # windows other dialogs sit on

    def details(self, vm: str = "web01") -> QMainWindow:
        from kvmgui.dialogs.details import open_details

        window = self.kept.get(f"details:{vm}")
        if window is None or not shiboken6.isValid(window):
            window = open_details(self.conn, DEMO_VMS[vm], self.main)
            self.qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
            self.kept[f"details:{vm}"] = window
        return window

    def host(self) -> QWidget:
        window = self.main.open_host_details(self.conn)
        self.kept["host"] = window
        return window

    def newest(self, parent: QWidget, kind: type) -> QWidget:
        """The dialog of ``kind`` that ``parent`` opened last (found as a user sees it)."""
        found: list[QWidget] = []
        self.qtbot.waitUntil(lambda: bool(found.extend(
            w for w in parent.findChildren(kind) if w.isVisible()) or found), timeout=5000)
        return found[-1]

    def close_all(self) -> None:
        for window in self.kept.values():
            if shiboken6.isValid(window):
                window.close()
        self.kept.clear()
        settle(self.qtbot)


def never_ask_to_discard(monkeypatch) -> None:
    """Closing never asks (a question would wait for an answer no test gives)."""
    from kvmgui.dialogs.details import DetailsWindow
    from kvmgui.dialogs.xmleditor import XmlEditorDialog

    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    monkeypatch.setattr(XmlEditorDialog, "ask_discard", lambda self, on_discard: on_discard())


def settle(qtbot) -> None:
    """Run what closing posted: deferred deletes, then a turn of the event loop."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(1)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _main_dialog(action: str) -> Callable[[Desk], QWidget]:
    def open_(desk: Desk) -> QWidget:
        getattr(desk.main, action).trigger()
        return desk.main.open_dialogs[-1]
    return open_


def _delete(desk: Desk) -> QWidget:
    select_vms(desk.main, "web01")
    desk.main.delete_action.trigger()
    return desk.main.open_dialogs[-1]


def _vm_question(desk: Desk) -> QWidget:
    select_vms(desk.main, "web01")
    desk.main.vm_actions["force_off"].trigger()
    box = desk.main.open_dialogs[-1]
    assert isinstance(box, QMessageBox)
    return box


def _details(desk: Desk) -> QWidget:
    """The details window, opened as Enter opens it (selection + Open)."""
    from kvmgui.dialogs.details import open_details

    desk.main.detailsRequested.connect(lambda conn, uuid: open_details(conn, uuid, desk.main))
    select_vms(desk.main, "build")
    desk.main.open_action.trigger()
    window = desk.newest(desk.main, QMainWindow)
    desk.qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    desk.main.detailsRequested.disconnect()
    return window


def _add_hardware(desk: Desk) -> QWidget:
    window = desk.details()
    window.add_hw_action.trigger()
    return window.add_hw_dialog


def _xml_editor(desk: Desk) -> QWidget:
    from kvmgui.dialogs.xmleditor import XmlEditorDialog

    window = desk.details()
    window.xml_action.trigger()
    return desk.newest(window, XmlEditorDialog)


def _diff(desk: Desk) -> QWidget:
    """Apply in the XML editor after an edit: the changes are shown first."""
    from kvmgui.dialogs.xmleditor import DiffDialog

    editor = _xml_editor(desk)
    desk.qtbot.waitUntil(lambda: editor.definition is not None, timeout=5000)
    text = editor.editor.toPlainText()
    editor.editor.selectAll()
    editor.editor.insertPlainText(text.replace("<title>Web server</title>", "<title>Front end</title>"))
    editor.apply_button.click()
    return desk.newest(editor, DiffDialog)


def _power_question(desk: Desk) -> QWidget:
    window = desk.details()
    window.commands.power["force_off"].trigger()
    return window.power.question


def _remove_question(desk: Desk) -> QWidget:
    window = desk.details()
    window.select_page("device:interface:52:54:00:6b:3c:01")
    window.remove_action.trigger()
    return window.question


def _host(desk: Desk) -> QWidget:
    return desk.host()


def _network_wizard(desk: Desk) -> QWidget:
    host = desk.host()
    host.tabs.setCurrentWidget(host.networks)
    host.networks.add_button.click()
    return host.networks.wizard


def _pool_wizard(desk: Desk) -> QWidget:
    from kvmgui.wizards.pool.wizard import PoolWizard

    host = desk.host()
    host.tabs.setCurrentWidget(host.storage)
    host.storage.add_button.click()
    return desk.newest(host.storage, PoolWizard)


def _network_xml(desk: Desk) -> QWidget:
    from kvmgui.dialogs.xmleditor import XmlEditorDialog

    host = desk.host()
    host.tabs.setCurrentWidget(host.networks)
    host.networks.xml_button.click()
    return desk.newest(host.networks, XmlEditorDialog)


def _network_question(desk: Desk) -> QWidget:
    host = desk.host()
    host.tabs.setCurrentWidget(host.storage)
    host.storage.delete_button.click()
    return host.storage.confirm_box


def _credentials(desk: Desk) -> QWidget:
    from kvmgui.dialogs.credentials import CredentialDialog, show_credential_dialog
    from kvmgui.libvirt.auth import CredentialRequest

    request = CredentialRequest("qemu+ssh://admin@example.org/system",
                                [(1, "Username: ", "admin"), (5, "Password: ", "")])
    show_credential_dialog(request, desk.main)
    return desk.newest(desk.main, CredentialDialog)


def _ssh_prompt(text: str, **kw: object) -> Callable[[Desk], QWidget]:
    def open_it(desk: Desk) -> QWidget:
        from kvmgui.dialogs.sshlogin import _PromptDialog, show_ssh_prompt
        from kvmgui.libvirt.askpass import SshRequest
        from kvmgui.libvirt.sshprompts import parse_prompt

        request = SshRequest("qemu+ssh://admin@example.org/system", parse_prompt(text), **kw)
        show_ssh_prompt(request, desk.main.registry.askpass, desk.main)
        return desk.newest(desk.main, _PromptDialog)
    return open_it


def _new_vm_wizard(desk: Desk) -> QWidget:
    desk.main.new_vm_action.trigger()
    from kvmgui.wizards.newvm.wizard import NewVmWizard
    return desk.newest(desk.main, NewVmWizard)


def _troubleshooter(desk: Desk) -> QWidget:
    window = desk.details("web01")
    nic = "device:interface:52:54:00:6b:3c:01"
    desk.qtbot.waitUntil(lambda: nic in window.pages, timeout=5000)
    window.select_page(nic)
    page = window.pages[nic]
    page.troubleshoot_button.click()
    return page.troubleshooter


def _show_command(desk: Desk) -> QWidget:
    select_vms(desk.main, "web01")
    desk.main.command_menu.update_items()
    desk.main.command_menu.items["force_off"].trigger()
    return desk.main.command_menu.dialogs[-1]


def _volumes(desk: Desk) -> QWidget:
    """The host window's volumes of pool "home", web01.qcow2 selected."""
    host = desk.host()
    host.tabs.setCurrentWidget(host.storage)
    storage = host.storage
    assert storage.pool_view.select_key(uuid_of(desk.conn.pools, "home"))
    volumes = storage.volumes
    desk.qtbot.waitUntil(lambda: volumes.model.volume("web01.qcow2") is not None, timeout=5000)
    assert storage.volume_view.select_key(volumes.model.volume("web01.qcow2").key)
    return volumes


def _volume_dialog(button: str) -> Callable[[Desk], QWidget]:
    def open_it(desk: Desk) -> QWidget:
        volumes = _volumes(desk)
        desk.qtbot.waitUntil(getattr(volumes, button).isEnabled, timeout=5000)
        getattr(volumes, button).click()
        desk.qtbot.waitUntil(lambda: volumes.dialog is not None and volumes.dialog.isVisible(),
                             timeout=5000)
        return volumes.dialog
    return open_it


def _transfer(desk: Desk) -> QWidget:
    """A download, which the test driver refuses: the dialog shows why (no file is left)."""
    volumes = _volumes(desk)
    # build.qcow2: no running VM writes on it (the copy is not refused for that)
    volumes.download_to("build.qcow2", os.path.join(tempfile.gettempdir(), "kvmgui-download.img"))
    dialog = volumes.dialog
    desk.qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    return dialog


def _network_hosts(desk: Desk) -> QWidget:
    host = desk.host()
    host.tabs.setCurrentWidget(host.networks)
    networks = host.networks
    assert networks.view.select_key(uuid_of(desk.conn.networks, "default"))
    networks.address_tabs.setCurrentWidget(networks.hosts_page)
    assert networks.address_tabs.currentIndex() == 1
    return networks.hosts


def _nethost_dialog(table: str) -> Callable[[Desk], QWidget]:
    def open_it(desk: Desk) -> QWidget:
        hosts = _network_hosts(desk)
        getattr(hosts, table).add_button.click()
        assert hosts.dialog is not None
        return hosts.dialog
    return open_it


def _crash(desk: Desk) -> QWidget:
    from kvmgui.utils.crash import Crash
    from kvmgui.widgets.crashbox import show_crash

    dialog = show_crash(Crash("ValueError", "bad value", "Traceback …", "MainThread",
                              "ValueError:every_dialog"))
    assert dialog is not None
    return dialog


OPENERS: dict[str, Callable[[Desk], QWidget]] = {
    "connect": _main_dialog("new_conn_action"),
    "preferences": _main_dialog("prefs_action"),
    "about": _main_dialog("about_action"),
    "shortcuts": _main_dialog("shortcuts_action"),
    "delete": _delete,
    "vm question": _vm_question,
    "credentials": _credentials,
    "ssh host key": _ssh_prompt(
        "The authenticity of host 'example.org (192.0.2.7)' can't be established.\n"
        "ED25519 key fingerprint is SHA256:Yk1W3fGkq0m+u1yJrJ1n2v0zkS9Jb8pQ3o2mK7dQ0xE.\n"
        "Are you sure you want to continue connecting (yes/no/[fingerprint])? "),
    "ssh password": _ssh_prompt("admin@example.org's password: ", retry=True),
    "ssh passphrase": _ssh_prompt("Enter passphrase for key '/home/admin/.ssh/id_ed25519': "),
    "details": _details,
    "add hardware": _add_hardware,
    "domain xml": _xml_editor,
    "domain xml diff": _diff,
    "power question": _power_question,
    "remove question": _remove_question,
    "host": _host,
    "network wizard": _network_wizard,
    "network xml": _network_xml,
    "pool wizard": _pool_wizard,
    "storage question": _network_question,
    "new vm wizard": _new_vm_wizard,
    "troubleshooter": _troubleshooter,
    "show command": _show_command,
    "new volume": _volume_dialog("new_button"),
    "clone volume": _volume_dialog("clone_button"),
    "resize volume": _volume_dialog("resize_button"),
    "transfer": _transfer,
    "static dhcp host": _nethost_dialog("hosts"),
    "dns record": _nethost_dialog("records"),
    "crash": _crash,
}
KEPT: set[str] = set()  # windows that closing hides rather than deletes (none now)


def close(widget: QWidget) -> None:
    """Close as a user does: Escape's reject for dialogs, the window's close otherwise."""
    if isinstance(widget, QMessageBox):
        widget.button(QMessageBox.StandardButton.No).click()
    elif isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def top_levels() -> int:
    return len(QApplication.topLevelWidgets())
