"""The main window's connections: the Connection menu's actions (add, connect, disconnect,
connect automatically, remove), one host details window per connection, and Remove
connection, which waits for the host's windows to close (their questions do not block)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from kvmgui.dialogs.connect import ConnectDialog
from kvmgui.dialogs.host import HostDetailsDialog
from kvmgui.libvirt.connection import Connection
from kvmgui.models.roles import Role
from kvmgui.utils.tr import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from kvmgui.dialogs.details.draft import DraftDetailsWindow
    from kvmgui.libvirt.registry import ConnectionRegistry
    from kvmgui.widgets.notifications import NotificationArea

    _Base = QMainWindow
else:
    _Base = object


class HostActions(_Base):
    """Mixed in before ``QMainWindow`` by ``MainWindow``: its connections part. The window
    sets the attributes below; its words are translated in the window's context
    ("MainWindow"), where they always were."""

    registry: ConnectionRegistry
    notifications: NotificationArea
    host_windows: dict[int, HostDetailsDialog]
    unwritten_files: set[str]
    draft_window: DraftDetailsWindow | None

    if TYPE_CHECKING:
        def selected_connection(self) -> Connection | None: ...
        def new_vm_keeps_host(self, conn: Connection) -> bool: ...
        def _show_dialog(self, dialog: QWidget, *, modal: bool = True) -> None: ...
        def _update_actions(self, *_args: object) -> None: ...

    def add_connection(self) -> None:
        dialog = ConnectDialog(self, existing=[c.uri for c in self.registry])
        dialog.accepted.connect(lambda: self._add_connection(dialog))
        self._show_dialog(dialog)

    def _add_connection(self, dialog: ConnectDialog) -> None:
        conn = self.registry.add(dialog.uri(), label=dialog.label(),
                                 autoconnect=dialog.autoconnect.isChecked())
        conn.open()

    def _connect_selected(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            conn.open()

    def _disconnect_selected(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            conn.close()

    def _toggle_autoconnect(self, on: bool) -> None:
        conn = self.selected_connection()
        if conn is not None:
            self.registry.set_autoconnect(conn, on)

    def _remove_connection(self) -> None:
        from kvmgui.dialogs.details import close_details_of  # noqa: PLC0415

        conn = self.selected_connection()
        if conn is not None and self.new_vm_keeps_host(conn):
            return
        # Its VMs' windows and its host window close first, as in virt-manager; one with
        # unsaved edits (a page, an XML editor) asks, and may be kept open, and then so is
        # the host (a VM window's question does not block: the host goes once it is
        # answered Discard). (A window still holding a removed host keeps it alive, closed,
        # until it closes: registry.py.)
        if conn is not None and close_details_of(conn, partial(self._remove_host, conn),
                                                 _RemovalRefused(self, conn)):
            self._remove_host(conn)

    def _remove_host(self, conn: Connection) -> None:
        if conn not in list(self.registry):  # removed meanwhile
            return
        # The window customising a new VM for it too; the wizard comes back with its XML
        # and offers the other hosts.
        draft = self.draft_window
        if (draft is not None and shiboken6.isValid(draft) and draft.isVisible() and draft.conn is conn
                and not draft.close()):
            return
        host_window = self.host_windows.get(id(conn))
        if host_window is not None and shiboken6.isValid(host_window) and not host_window.close():
            # Its question (editors, transfers) is open: the host goes once it is answered
            # so that the window closes, and stays after Cancel or No.
            host_window.after_close(partial(self._remove_host, conn),
                                    _RemovalRefused(self, conn))
            return
        self.registry.remove(conn)
        self._update_actions()

    def removal_refused(self, conn: Connection, editor: str) -> None:
        """A window the removal waited for stays: libvirt refused its XML editor's text.
        The editor says so, but the user also looks here for why the host is still there."""
        self.notifications.error(fill(QCoreApplication.translate(
            "MainWindow",
            "%1: libvirt refused the definition, so %2 was not removed. The editor stays open "
            "with your text; remove the connection again once it is fixed.",
            "an XML editor's name, then the host"), editor, conn.display_name))

    def _host_details(self) -> None:
        conn = self.selected_connection()
        if conn is not None:
            self.open_host_details(conn)

    def _open_host_rows(self, rows: list[QModelIndex]) -> None:
        for index in rows:
            conn = index.data(Role.CONNECTION)
            if conn is not None:
                self.open_host_details(conn)

    def open_host_details(self, conn: Connection) -> HostDetailsDialog:
        """One window per connection: an open one is raised; a closed one was deleted (no
        hidden windows pile up for screen readers to find)."""
        window = self.host_windows.get(id(conn))
        if window is None:
            window = HostDetailsDialog(conn, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.finished.connect(partial(self._host_window_closed, id(conn)))
            self.host_windows[id(conn)] = window
        if window.isVisible():
            window.raise_()
        window.show()
        window.activateWindow()
        return window

    def show_network(self, conn: Connection, uuid: str) -> None:
        """A network chosen on the map: its host's window, networks tab, that network."""
        window = self.open_host_details(conn)
        window.show_network(uuid)

    def _host_window_closed(self, key: int, _result: int) -> None:
        self.host_windows.pop(key, None)

    def _forget_host_window(self, conn: Connection) -> None:
        window = self.host_windows.pop(id(conn), None)
        if window is not None:
            window.close()  # deleted on close


@dataclass(frozen=True)
class _RemovalRefused:
    """``window.removal_refused(conn, editor)``; equal for the same host (a partial is
    not), so that Remove connection chosen twice while a window waits says it once."""

    window: HostActions
    conn: Connection

    def __call__(self, editor: str) -> None:
        self.window.removal_refused(self.conn, editor)
