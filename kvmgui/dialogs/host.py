"""Host details: a window per connection with the host panels as tabs."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.closewaiters import CloseWaiters
from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.libvirt.connection import Connection
from kvmgui.panels.base import HostPanel
from kvmgui.panels.netmap import NetworkMapPanel
from kvmgui.panels.networks import NetworksPanel
from kvmgui.panels.overview import OverviewPanel
from kvmgui.panels.storage import StoragePanel
from kvmgui.utils.tr import comma_list, fill, window_title
from kvmgui.widgets.question import own_window
from kvmgui.widgets.transfer import TransferDialog

P = TypeVar("P", bound=HostPanel)


class HostDetailsDialog(QDialog):
    """A window per connection: Overview, Virtual networks, Storage."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.close_box: QMessageBox | None = None  # a close question while it is open
        self._waiting = CloseWaiters()  # after_close's
        # Closed while an XML editor's text was being defined: the answers given (discard,
        # cancel), for the close that follows once libvirt has stored it.
        self._defining_close: tuple[bool, bool] | None = None
        self.setWindowTitle(window_title(fill(self.tr("Host details — %1"), conn.display_name)))
        self.setAccessibleName(self.tr("Host details"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Host details sections"))
        # Else a screen reader calls the tab list after its current tab.
        self.tabs.tabBar().setAccessibleName(self.tr("Host details sections"))
        self.overview = self._add(OverviewPanel(conn, self.tabs), self.tr("&Overview"))
        self.networks = self._add(NetworksPanel(conn, self.tabs), self.tr("Virtual &networks"))
        self.storage = self._add(StoragePanel(conn, self.tabs), self.tr("Stora&ge"))
        self.netmap = self._add(NetworkMapPanel(conn, self.tabs), self.tr("Network &map"))
        self.netmap.vmRequested.connect(self.open_vm)
        self.netmap.networkRequested.connect(self.show_network)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the host details"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Wide enough for the Virtual networks tab's list beside a lease's row (MAC, address,
        # name, expiry, VM: 588 px in English); at 900 the leases scrolled sideways.
        self.resize(1040, 640)
        own_window(self)  # its questions hold it alone, not the main window and the others

    def _add(self, panel: P, title: str) -> P:
        panel.xmlEditRequested.connect(lambda kind, uuid, p=panel: self.edit_xml(p, kind, uuid))
        self.tabs.addTab(panel, title)
        return panel

    def open_vm(self, conn: Connection, uuid: str) -> None:
        from kvmgui.dialogs.details.closing import open_details  # noqa: PLC0415 - a big window

        open_details(conn, uuid, self.parentWidget())

    def show_network(self, uuid: str) -> None:
        self.tabs.setCurrentWidget(self.networks)
        self.networks.select_network(uuid)

    def edit_xml(self, panel: HostPanel, kind: str, uuid: str) -> XmlEditorDialog:
        dialog = XmlEditorDialog(self.conn, kind, uuid, panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.defineEnded.connect(partial(self._define_ended, dialog))
        dialog.open()
        return dialog

    # -- closing ------------------------------------------------------------------------------

    def unapplied_editors(self) -> list[XmlEditorDialog]:
        """The open XML editors (children of its panels, deleted with it) whose text has
        edits not applied; not one whose text is being defined (the window waits for
        libvirt's answer)."""
        return [editor for editor in self._open_editors()
                if editor.is_dirty() and not editor.is_defining()]

    def _open_editors(self) -> list[XmlEditorDialog]:
        return [editor for editor in self.findChildren(XmlEditorDialog)
                if shiboken6.isValid(editor) and editor.isVisible()]

    def ask_discard(self, editors: list[XmlEditorDialog], on_discard: Callable[[], None]) -> None:
        """Ask whether to close and drop the editors' text, without blocking (as the VM
        details window does); ``on_discard()`` after Discard."""
        discard, cancel = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
        self._ask(self.tr("Discard your edits?"),
                  fill(self.tr("These windows have edits that were not applied: %1. Close and "
                               "discard them?"), comma_list(e.accessibleName() for e in editors)),
                  discard, cancel, on_discard)

    def running_transfers(self) -> list[TransferDialog]:
        """The uploads and downloads started from it (children of its storage panel,
        deleted with it) that still run."""
        return [dialog for dialog in self.findChildren(TransferDialog)
                if shiboken6.isValid(dialog) and dialog.running]

    def ask_cancel_transfers(self, transfers: list[TransferDialog],
                             on_yes: Callable[[], None]) -> None:
        """Ask whether to cancel the transfers and close, without blocking; ``on_yes()``
        after Yes."""
        self._ask(self.tr("Cancel the transfers?"),
                  fill(self.tr("These transfers are still running: %1. Cancel them and close "
                               "the window?"), comma_list(t.what.text() for t in transfers)),
                  QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No, on_yes)

    def _ask(self, title: str, text: str, yes: QMessageBox.StandardButton,
             no: QMessageBox.StandardButton, on_yes: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names of networks, pools, files
        box.setDefaultButton(no)
        box.setAccessibleName(title)
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is box.button(yes),
                                                       on_yes))
        self.close_box = box
        box.open()  # window-modal; no nested event loop

    def _answered(self, yes: bool, on_yes: Callable[[], None]) -> None:
        self.close_box = None
        if yes:
            on_yes()  # the next question, or the close
        else:
            self._waiting.take()  # nothing waits after Cancel or No

    def after_close(self, call: Callable[[], None],
                    refused: Callable[[str], None] | None = None) -> bool:
        """``call()`` once the window closes after the open close question is answered
        Discard or Yes, or after libvirt stored the XML editors' text the close waits for;
        never after Cancel, No or a refusal. False if neither is pending. ``refused(name)``,
        with the XML editor's name, when libvirt refuses that text instead and the window
        stays: only the editor said so, and the user did not learn why the removal or quit
        that waited on it stopped."""
        if self.close_box is None and self._defining_close is None:
            return False
        self._waiting.add(call, refused)
        return True

    def reject(self) -> None:
        # The Close button, Escape, and closing the window (QDialog's closeEvent calls this;
        # removing the host and quitting close it): its XML editors would be deleted with
        # it, unapplied text and all, and a transfer's window, its transfer running on
        # unseen and beyond Cancel (keeping a removed host's connection in use). These
        # questions cover them, as the VM details window's does its editor; they do not
        # block: the window stays open until they are answered (a caller waits with
        # ``after_close``). A transfer cancelled removes what it had half made (volupload.py,
        # voldownload.py).
        if self.close_box is not None:  # asked already
            self.close_box.raise_()
            self.close_box.activateWindow()
            return
        if self._defining_close is not None:  # waiting for libvirt: closes then
            return
        self._close(discard=False, cancel=False)

    def _close(self, *, discard: bool, cancel: bool) -> None:
        editors = self.unapplied_editors()
        if editors and not discard:
            self.ask_discard(editors, partial(self._close, discard=True, cancel=cancel))
            return
        transfers = self.running_transfers()
        if transfers and not cancel:
            # No: nothing dropped yet, the editors keep their text too.
            self.ask_cancel_transfers(transfers, partial(self._close, discard=True, cancel=True))
            return
        defining = [editor for editor in self._open_editors() if editor.is_defining()]
        if defining:
            # Deleted with the window, a refused text would be lost: the window closes once
            # libvirt has stored it, and stays with the text and libvirt's words if refused.
            self._defining_close = (discard, cancel)
            for editor in defining:
                editor.wait_for_define()
            return
        for editor in self._open_editors():
            editor.drop_edits()
            editor.close()
        for dialog in transfers:
            dialog.transfer.cancel()
        super().reject()
        then, _refused = self._waiting.take()
        for call in then:
            call()

    def _define_ended(self, editor: XmlEditorDialog, ok: bool) -> None:
        if self._defining_close is None:
            return
        (discard, cancel), self._defining_close = self._defining_close, None
        if ok:
            self._close(discard=discard, cancel=cancel)  # waits again for another editor's
        else:
            _then, refused = self._waiting.take()  # kept open, as after Cancel
            for tell in refused:
                tell(editor.accessibleName())

    def end_without_questions(self) -> None:
        """Close unasked (the application ends on a signal): unapplied XML is dropped (text
        being defined too: not waited for), and running transfers are cancelled so that
        each removes what it half made during the exit's grace period rather than being
        cut off mid-write."""
        if self.close_box is not None:
            self.close_box.reject()  # answered "no": forgets the quit waiting on it
        self._defining_close = None
        for editor in self._open_editors():
            editor.drop_edits()
        self._close(discard=True, cancel=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # through reject(): ignored while a question is open
        if event.isAccepted():
            self.overview.monitor.stop()
