"""Where kvmgui's log goes: stderr, and a rotating file in the XDG state directory.

Warnings and errors always reach ``$XDG_STATE_HOME/kvmgui/kvmgui.log`` (by default
``~/.local/state/kvmgui/``); ``--debug`` adds kvmgui's debug messages to the file and to
stderr. ``setup`` puts the parts together: the file (``logfile``: a few MB at most, its
owner's only, opened at the first line), every line passed through ``redact``
(``redact``: a password in a URI, ``password=…`` settings), and a writer thread per
handler (``logwriter``: a log call never waits for the file's disk, nor for stderr).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from kvmgui.utils.logfile import BACKUPS, LOG_NAME, LazyRotatingFile, state_dir
from kvmgui.utils.logwriter import Background, flush, shut_down_at_exit, shutdown
from kvmgui.utils.redact import (
    RedactingFormatter,
    hide_password,
    redact,
    remember_password,
    without_password,
)
from kvmgui.utils.stderrlog import RawStderr

# What the log's callers use, wherever it lives: hiding secrets (``redact``), the file
# (``logfile``) and its writer threads (``logwriter``).
__all__ = [
    "BACKUPS", "FORMAT", "LOG_NAME", "Background", "LazyRotatingFile", "LogSetup",
    "flush", "hide_password", "redact", "remember_password", "setup", "shutdown",
    "state_dir", "without_password",
]

FORMAT = "%(asctime)s %(threadName)s %(name)s %(levelname)s: %(message)s"


@dataclass
class LogSetup:
    """What ``setup`` installed (tests remove it again with ``close``)."""

    path: Path
    handlers: list[logging.Handler] = field(default_factory=list)

    def flush(self) -> None:
        """Wait until what was logged is in the file (``Background.flush``)."""
        flush(self.handlers)

    def close(self) -> None:
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        logging.getLogger("kvmgui").setLevel(logging.NOTSET)
        logging.captureWarnings(False)


def setup(debug: bool, directory: Path | None = None, *, stderr: bool = True) -> LogSetup:
    """Log warnings and above to stderr and the log file; with ``debug``, kvmgui's debug
    messages too (other libraries stay at warnings: asyncio's debug chatter is no help)."""
    level = logging.DEBUG if debug else logging.WARNING
    formatter = RedactingFormatter(FORMAT)
    done = LogSetup((directory or state_dir()) / LOG_NAME)
    file_handler = LazyRotatingFile(done.path, level)
    file_handler.setFormatter(logging.Formatter("%(message)s"))  # the line comes formatted
    done.handlers.append(Background(file_handler))
    shut_down_at_exit()
    if stderr:  # through the writer thread too: stderr may be a pipe nobody reads
        err_handler = RawStderr()
        err_handler.setFormatter(logging.Formatter("%(message)s"))
        done.handlers.append(Background(err_handler))
        logging.captureWarnings(True)  # Python's warnings too: the warner wrote them itself
    root = logging.getLogger()
    for handler in done.handlers:
        handler.setLevel(level)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("kvmgui").setLevel(level)
    return done
