"""Dialogs that stay open while their job runs.

A dialog that runs its own job (add hardware, a static host, a volume, the New VM
wizard) shows the outcome, and libvirt's words on a failure, where the user typed:
Cancel, Escape and the window's close button wait until the job is back, since a job
under way cannot be called back halfway and its outcome must not be lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    _Base = QDialog
else:
    _Base = object


class HeldOpenWhileBusy(_Base):
    """Mixed in before the dialog's Qt class; the dialog's ``busy`` (an attribute or a
    property) is true while its job runs."""

    def _held(self) -> bool:
        return bool(getattr(self, "busy", False))

    def reject(self) -> None:
        if not self._held():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._held():
            event.ignore()
        else:
            super().closeEvent(event)
