"""A file on this machine that could not be read or written, in the user's words.

Python's ``str(OSError)`` ("[Errno 28] No space left on device: '/home/u/v.img'") is English
and names the path twice (or names a partial file the user never chose): a volume's
transfer and the network map's export say it with these instead.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from kvmgui.utils.tr import fill


def file_reason(exc: OSError) -> str:
    """Why, translated: the usual causes in kvmgui's words, others in the system's."""
    reasons = {
        errno.EACCES: QCoreApplication.translate("FileError", "permission denied"),
        errno.EPERM: QCoreApplication.translate("FileError", "permission denied"),
        errno.ENOENT: QCoreApplication.translate("FileError", "no such file or directory"),
        errno.ENOSPC: QCoreApplication.translate("FileError", "the disk is full"),
        errno.EDQUOT: QCoreApplication.translate("FileError", "the disk quota is used up"),
        errno.EROFS: QCoreApplication.translate("FileError", "the file system is read-only"),
        errno.EISDIR: QCoreApplication.translate("FileError", "it is a directory"),
        errno.ENAMETOOLONG: QCoreApplication.translate("FileError", "the name is too long"),
        errno.EIO: QCoreApplication.translate("FileError", "input/output error"),
    }
    return reasons.get(exc.errno or 0) or exc.strerror or str(exc)


def unreadable(path: str, exc: OSError) -> str:
    return fill(QCoreApplication.translate("FileError", "%1 could not be read: %2"), path,
                file_reason(exc))


def unwritable(path: str, exc: OSError) -> str:
    return fill(QCoreApplication.translate("FileError", "%1 could not be written: %2"), path,
                file_reason(exc))
