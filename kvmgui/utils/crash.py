"""A global excepthook: log the error and tell the user instead of dying silently."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

log = logging.getLogger("kvmgui.crash")


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    text = "".join(traceback.format_exception(kind, exc, tb))
    log.error("unhandled exception:\n%s", text)
    from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415 - only when crashing

    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, "kvmgui: unexpected error",
                          f"{kind.__name__}: {exc}")
        box.setDetailedText(text)
        box.setAccessibleName("Unexpected error")
        box.setModal(False)
        box.show()


def install() -> None:
    sys.excepthook = _hook
