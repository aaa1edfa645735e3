"""Writes to the settings file whose failure, or success, is known each time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings


def write(settings: QSettings, put: Callable[[QSettings], object]) -> bool:
    """``put`` the values into ``settings``' file and write it; False if it could not be
    written (its owner another user, a full disk).

    A QSettings keeps ``AccessError`` once one of its writes failed, also when a later one
    succeeds: asked on ``settings``, a save after the file was fixed still failed. So the
    values go through a QSettings of their own, whose status is this write's alone. Qt
    keeps one copy of a file's values per process, shared by every QSettings on it:
    ``settings`` reads them at once, and values a failed write left are written with the
    next write that succeeds."""
    own = QSettings(settings.fileName(), settings.format())
    put(own)
    own.sync()
    return own.status() != QSettings.Status.AccessError
