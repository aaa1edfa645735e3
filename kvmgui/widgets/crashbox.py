"""The box that tells of an unexpected error (``kvmgui.utils.crash`` logs it first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

_shown: list[QMessageBox] = []  # a parentless box lives only as long as a reference to it


def show_crash(exc: BaseException, details: str) -> None:
    """A non-modal box with the error and its traceback under "Show Details"."""
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "kvmgui: unexpected error",
                      f"{type(exc).__name__}: {exc}")
    box.setDetailedText(details)
    box.setAccessibleName("Unexpected error")
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _r: _shown.remove(box))
    _shown.append(box)
    box.show()
