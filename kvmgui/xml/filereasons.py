"""Why a file or folder on this machine could not be used, by the system's error number.

One table for every floor: the GUI's file errors (``kvmgui.widgets.filewords``: exports,
saves, transfers) and the path checks of a new VM (``newvm_checks``, which may not import
Qt). ``str(OSError)`` is English in every language, and a dead network mount's "Stale
file handle" tells a user little.
"""

from __future__ import annotations

import errno

from kvmgui.xml.words import QT_TRANSLATE_NOOP, Marked

REASONS: dict[int, Marked] = {
    errno.EACCES: QT_TRANSLATE_NOOP("FileError", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileError", "permission denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileError", "no such file or directory"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileError", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FileError", "the disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileError", "the file system is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileError", "it is a directory"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileError", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("FileError", "input/output error"),
    errno.ESTALE: QT_TRANSLATE_NOOP(
        "FileError", "the network file system no longer knows it (stale file handle)"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileError", "a part of the path is not a folder"),
    errno.ELOOP: QT_TRANSLATE_NOOP("FileError", "its symbolic links lead round in a loop"),
}

# A stat that failed for a reason the table does not know.
NOT_LOOKED_AT = QT_TRANSLATE_NOOP("FileError", "the system could not look at it")


def errno_reason(number: int | None) -> Marked | None:
    """The reason for error ``number`` in kvmgui's words, or None where it has none."""
    return REASONS.get(number or 0)
