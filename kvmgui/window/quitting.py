"""How the main window quits: each window it parents (VM and host windows, the New VM
wizard) is asked to close first, without blocking, and the quit goes on once the last
has let go; a signal (SIGTERM, SIGINT) ends it all without questions."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent

from kvmgui.utils.tr import fill

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMainWindow

    from kvmgui.dialogs.details.draft import DraftDetailsWindow
    from kvmgui.dialogs.host import HostDetailsDialog
    from kvmgui.libvirt.registry import ConnectionRegistry
    from kvmgui.widgets.notifications import NotificationArea
    from kvmgui.wizards.newvm.wizard import NewVmWizard

    _Base = QMainWindow
else:
    _Base = object

log = logging.getLogger("kvmgui.window.mainwindow")  # the name its lines always had


class Quitting(_Base):
    """Mixed in before ``QMainWindow`` by ``MainWindow``: its closing part. The window sets
    the attributes below; its words are translated in the window's context ("MainWindow"),
    where they always were."""

    registry: ConnectionRegistry
    ask_before_quitting: bool
    new_vm_wizard: NewVmWizard | None
    draft_window: DraftDetailsWindow | None
    host_windows: dict[int, HostDetailsDialog]
    notifications: NotificationArea

    if TYPE_CHECKING:
        @property
        def ended(self) -> SignalInstance: ...
        def save_layout(self) -> None: ...

    def end_without_questions(self) -> None:
        """Close for SIGTERM or SIGINT (a logout, ``kill``, Ctrl+C in the terminal): a
        question nobody may be there to answer would hold the session's end up, so unapplied
        edits are dropped (logged), and running transfers and a New VM job are cancelled:
        each undoes its half-made work in the exit's grace period."""
        from kvmgui.dialogs.details import end_details_of  # noqa: PLC0415

        self.ask_before_quitting = False
        log.warning("ending on a signal: unapplied edits in open windows are not kept")
        wizard = self.new_vm_wizard
        if wizard is not None and shiboken6.isValid(wizard):
            wizard.stop_for_exit()  # its undo runs in the grace period
        for conn in self.registry:
            end_details_of(conn)
        for window in list(self.host_windows.values()):
            if shiboken6.isValid(window):
                window.end_without_questions()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from kvmgui.dialogs.details import close_details_of  # noqa: PLC0415

        if not self.ask_before_quitting:
            self._end()
            super().closeEvent(event)
            return
        # The application ends with this window (app.py waits for ``ended``): each window
        # it parents is asked to close first, and one the user keeps (unapplied edits, a
        # running transfer) keeps it.
        if not self.new_vm_may_quit():  # the New VM wizard (its job may be running)
            event.ignore()
            return
        # The questions do not block: the quit goes on once one is answered so that its
        # window closes (Discard, Yes), and stops after Cancel or No.
        for conn in self.registry:
            if not close_details_of(conn, self._quit_again, self._quit_refused):
                event.ignore()
                return
        for window in list(self.host_windows.values()):
            if shiboken6.isValid(window) and not window.close():
                window.after_close(self._quit_again, self._quit_refused)
                event.ignore()
                return
        self._end()
        super().closeEvent(event)

    def new_vm_may_quit(self) -> bool:
        """Whether quitting may go on as far as a new VM goes (for closeEvent): true without
        a New VM wizard. One open or customising asks whether to discard it, and one whose
        job runs whether to stop it (its undo runs before the application ends); neither
        question blocks, and the answer that lets the wizard go closes this window again."""
        wizard = self.new_vm_wizard
        return wizard is None or not shiboken6.isValid(wizard) or wizard.may_quit(self, self._quit_again)

    def _end(self) -> None:
        """The close is accepted. The New VM wizard and its draft, windows of their own
        (own_window), are hidden, not closed: the wizard lives on while a cancelled job
        undoes its work. Ending on ``ended`` rather than on Qt's lastWindowClosed: a window
        of its own still shown would hold that back, and the application with it."""
        self.save_layout()  # once, as it closes: not again for each close a question held
        for window in (self.new_vm_wizard, self.draft_window):
            if window is not None and shiboken6.isValid(window):
                window.hide()
        self.ended.emit()

    def _quit_again(self) -> None:
        if self.isVisible():  # else closed meanwhile (a second answer, a signal)
            self.close()

    def _quit_refused(self, editor: str) -> None:
        """A window the quit waited for stays: libvirt refused its XML editor's text."""
        self.notifications.error(fill(QCoreApplication.translate(
            "MainWindow",
            "%1: libvirt refused the definition, so the application did not quit. The editor "
            "stays open with your text; quit again once it is fixed.", "an XML editor's name"),
            editor))
