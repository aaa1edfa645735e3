"""The graphical console's password dialog: one at a time, and only while the session that
asked for it lasts.

A dialog left open when its session ends (the VM stopped, the display failed) is closed
without its Cancel, which would stop the console (idle, no longer following the VM) over
whatever came after. A new question replaces an open dialog rather than stacking on it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from kvmgui.widgets.vnc.controller import ConsoleState, DisplayController


class PasswordPrompt(QObject):
    """Asks for the VNC password when ``controller`` wants one; the dialog is a child of
    ``parent`` (the console)."""

    def __init__(self, controller: DisplayController, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.owner = parent
        self.dialog: QInputDialog | None = None
        controller.passwordWanted.connect(self.ask, Qt.ConnectionType.QueuedConnection)
        controller.stateChanged.connect(self._state_changed)

    def ask(self) -> None:
        self.withdraw()
        dialog = QInputDialog(self.owner)
        dialog.setObjectName("vncPasswordDialog")
        # The console's words: its catalogue context.
        title = QCoreApplication.translate("GraphicalConsole", "Display password")
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setLabelText(QCoreApplication.translate(
            "GraphicalConsole", "The virtual machine's display asks for a password:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(self.controller.give_password)
        dialog.finished.connect(lambda result: self._finished(dialog, result))
        self.dialog = dialog
        dialog.open()

    def withdraw(self) -> None:
        """Close the open dialog, if any, as if it had not asked (no stop)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()

    def _finished(self, dialog: QInputDialog, result: int) -> None:
        dialog.deleteLater()
        if dialog is not self.dialog:
            return  # withdrawn
        self.dialog = None
        if result == QDialog.DialogCode.Rejected:
            self.controller.stop()

    def _state_changed(self, state: ConsoleState, _detail: str) -> None:
        if state is not ConsoleState.CONNECTING:  # the session that asked is over (or in)
            self.withdraw()
