"""Qt's own messages (its warnings, a plugin's complaints) into kvmgui's log.

Qt writes them to stderr itself, on the thread that emits them, mostly the GUI thread;
with stderr a pipe nobody reads (``kvmgui 2>&1 | less`` stopped, a launcher whose journal
is stuck), a warning froze the window once the pipe was full. In the log they go through
its writer threads (``logs.Background``), to stderr and to the log file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from kvmgui.utils import logs

log = logging.getLogger("qt")
_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
           QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
           QtMsgType.QtFatalMsg: logging.CRITICAL}


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category
    text = message if not category or category == "default" else f"{category}: {message}"
    log.log(_LEVELS.get(kind, logging.WARNING), "%s", text)
    if kind == QtMsgType.QtFatalMsg:  # Qt ends the program next: the line goes first
        logs.flush(logging.getLogger().handlers)


def install() -> None:
    """From now on Qt's messages go to the log (at their level: warnings and above reach
    it, as other libraries' do)."""
    qInstallMessageHandler(_handle)
