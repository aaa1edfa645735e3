"""A global excepthook: log the error and tell the user instead of dying silently.

The telling is passed in (``kvmgui.widgets.crashbox`` shows a message box): utils is the
ground floor and imports no widgets.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger("kvmgui.crash")

Report = Callable[[BaseException, str], None]  # (the exception, its traceback in text)


def install(report: Report | None = None) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled exception:\n%s", text)
        if report is not None:
            report(exc, text)

    sys.excepthook = hook
