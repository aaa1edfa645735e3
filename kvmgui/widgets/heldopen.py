"""Dialogs that stay open while their job runs.

A dialog that runs its own job (add hardware, a static host, a volume, the New VM
wizard) shows the outcome, and libvirt's words on a failure, where the user typed:
Cancel, Escape and the window's close button wait until the job is back, since a job
under way cannot be called back halfway and its outcome must not be lost. A dialog
whose job shows its progress in a window of its own (the New VM job's, not modal) brings
that window to the front instead of doing nothing: it says what runs, and has Cancel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QCloseEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    _Base = QDialog
else:
    _Base = object


def bring_to_front(window: QWidget | None) -> None:
    """Show ``window`` (a job's progress) above the others and give it the focus."""
    if window is not None and shiboken6.isValid(window) and window.isVisible():
        window.raise_()
        window.activateWindow()


class HeldOpenWhileBusy(_Base):
    """Mixed in before the dialog's Qt class; the dialog's ``busy`` (an attribute or a
    property) is true while its job runs."""

    def _held(self) -> bool:
        return bool(getattr(self, "busy", False))

    def held_by(self) -> QWidget | None:
        """The window that shows the running job, brought to the front when a close waits
        for it (None: the dialog shows the job itself)."""
        return None

    def reject(self) -> None:
        if not self._held():
            super().reject()
        else:
            bring_to_front(self.held_by())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._held():
            event.ignore()
            bring_to_front(self.held_by())
        else:
            super().closeEvent(event)
