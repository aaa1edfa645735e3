"""Why a file or folder on this machine could not be used, by the system's error number;
and why a network connection could not be made (``connect_reason_of``).

One table for every floor: the GUI's file errors (``kvmgui.widgets.filewords``: exports,
saves, transfers) and the path checks of a new VM (``newvm_checks``, which may not import
Qt). ``str(OSError)`` is English in every language, and a dead network mount's "Stale
file handle" tells a user little.
"""

from __future__ import annotations

import errno
import socket

from kvmgui.xml.words import QT_TRANSLATE_NOOP, Marked

REASONS: dict[int, Marked] = {
    errno.EACCES: QT_TRANSLATE_NOOP("FileError", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileError", "permission denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileError", "no such file or directory"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileError", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FileError", "the disk quota is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP(
        "FileError", "the file is larger than its file system allows (FAT32 takes at most 4 GiB)"),
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
# A path where a file is written that names a device, a pipe or a socket (no error number).
NOT_A_FILE = QT_TRANSLATE_NOOP("FileError", "it is a device, a pipe or a socket, not a file")


class NotAFileError(OSError):
    """A path that names a device, a pipe or a socket where a file is to be written."""


def errno_reason(number: int | None) -> Marked | None:
    """The reason for error ``number`` in kvmgui's words, or None where it has none."""
    return REASONS.get(number or 0)


def reason_of(exc: OSError) -> Marked | None:
    """Why ``exc`` happened in kvmgui's words (its error number's), or None."""
    return NOT_A_FILE if isinstance(exc, NotAFileError) else errno_reason(exc.errno)


# Why a TCP connection (a host's, a console's) could not be made, by error number ...
NET_REASONS: dict[int, Marked] = {
    errno.ECONNREFUSED: QT_TRANSLATE_NOOP(
        "NetworkError", "nothing listens there (the connection was refused)"),
    errno.EHOSTUNREACH: QT_TRANSLATE_NOOP("NetworkError", "there is no route to the host"),
    errno.ENETUNREACH: QT_TRANSLATE_NOOP("NetworkError", "the network is unreachable"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("NetworkError", "the host did not answer in time"),
    errno.ECONNRESET: QT_TRANSLATE_NOOP("NetworkError", "the other side reset the connection"),
    errno.EHOSTDOWN: QT_TRANSLATE_NOOP("NetworkError", "the host is down"),
}
# ... by getaddrinfo's error (socket.gaierror) ...
_NAME_UNKNOWN = QT_TRANSLATE_NOOP("NetworkError", "the host name is not known")
_NAME_LATER = QT_TRANSLATE_NOOP(
    "NetworkError", "the host name could not be looked up (no name server answered)")
NAME_REASONS: dict[int, Marked] = {
    socket.EAI_NONAME: _NAME_UNKNOWN,
    socket.EAI_AGAIN: _NAME_LATER,
    **({socket.EAI_NODATA: _NAME_UNKNOWN} if hasattr(socket, "EAI_NODATA") else {}),
}
# ... and by what ssh or libvirt printed (English in every language), first match wins:
# a changed host key before a failed verification, which ssh prints after it.
_HOST_KEY_CHANGED = QT_TRANSLATE_NOOP(
    "NetworkError", "the host's key differs from the one known for it")
NET_PHRASES: tuple[tuple[str, Marked], ...] = (
    ("REMOTE HOST IDENTIFICATION HAS CHANGED", _HOST_KEY_CHANGED),
    ("Host key verification failed", QT_TRANSLATE_NOOP(
        "NetworkError", "the host's key could not be verified")),
    ("Could not resolve hostname", _NAME_UNKNOWN),
    ("Name or service not known", _NAME_UNKNOWN),
    ("Temporary failure in name resolution", _NAME_LATER),
    ("Connection refused", NET_REASONS[errno.ECONNREFUSED]),
    ("No route to host", NET_REASONS[errno.EHOSTUNREACH]),
    ("Network is unreachable", NET_REASONS[errno.ENETUNREACH]),
    ("timed out", NET_REASONS[errno.ETIMEDOUT]),
)  # not "Connection reset by peer": libvirt ends nearly every failed ssh open with it


def connect_reason_of(failure: BaseException | str) -> Marked | None:
    """Why a connection failed in kvmgui's words: an ``OSError`` by its number (a
    ``socket.gaierror`` by getaddrinfo's), a message by the phrases ssh and libvirt use;
    None where it has none."""
    if isinstance(failure, socket.gaierror):
        return NAME_REASONS.get(failure.errno or 0)
    if isinstance(failure, TimeoutError) and failure.errno is None:
        return NET_REASONS[errno.ETIMEDOUT]  # socket.timeout: no number
    if isinstance(failure, OSError) and failure.errno in NET_REASONS:
        return NET_REASONS[failure.errno]
    text = failure if isinstance(failure, str) else ""
    return next((reason for phrase, reason in NET_PHRASES if phrase in text), None)
