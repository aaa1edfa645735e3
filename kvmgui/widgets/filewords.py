"""A file on this machine that could not be read or written, in the user's words.

Python's ``str(OSError)`` ("[Errno 28] No space left on device: '/home/u/v.img'") is English
and names the path twice (or names a partial file the user never chose): a volume's
transfer, the network map's export and a saved command's file say it with these instead.
The reasons by error number are ``kvmgui.xml.filereasons``'s, which the path checks below
the GUI share.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kvmgui.utils.tr import fill
from kvmgui.xml.filereasons import connect_reason_of, reason_of


def file_reason(exc: OSError) -> str:
    """Why, translated: the usual causes in kvmgui's words, others in the system's."""
    reason = reason_of(exc)
    if reason is not None:
        return QCoreApplication.translate(reason.context, str(reason))
    return exc.strerror or str(exc)


def why_failed(exc: BaseException) -> str:
    """A file job's failure: an ``OSError`` said as ``file_reason`` says it, any other
    exception's own message."""
    return file_reason(exc) if isinstance(exc, OSError) else str(exc)


def unreadable(path: str, exc: OSError) -> str:
    return fill(QCoreApplication.translate("FileError", "%1 could not be read: %2"), path,
                file_reason(exc))


def unwritable(path: str, exc: OSError) -> str:
    return fill(QCoreApplication.translate("FileError", "%1 could not be written: %2"), path,
                file_reason(exc))


def connect_reason(failure: BaseException | str) -> str | None:
    """Why a connection (TCP, ssh) failed, translated (``connect_reason_of``); None where
    kvmgui has no words for it."""
    reason = connect_reason_of(failure)
    return QCoreApplication.translate(reason.context, str(reason)) if reason is not None else None
