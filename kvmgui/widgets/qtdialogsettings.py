"""Qt's own settings of its file dialog, as ``filedialogs.py`` reads and repoints them.

They are the ``FileDialog`` group of ``~/.config/QtProject.conf``, shared by every Qt
program of the user (the keys are qfiledialog.cpp's): ``lastVisited``, the folder a
dialog starts in before any dialog of the process set Qt's memory, and ``shortcuts``,
the side bar's folders. Qt reads both while it builds a dialog and writes both as one
goes (its destructor). No file system is asked here but the settings file's own.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, QUrl

QT_GROUP = "FileDialog"


def _settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def saved_last_folder() -> str:
    """The folder of ``lastVisited`` ("" for none or not a local one)."""
    value = _settings().value(f"{QT_GROUP}/lastVisited")
    return QUrl(value).toLocalFile() if isinstance(value, str) else ""


def point_at(folder: str) -> None:
    """``lastVisited`` set to ``folder`` ("" for none)."""
    settings = _settings()
    settings.setValue(f"{QT_GROUP}/lastVisited", QUrl.fromLocalFile(folder).toString() if folder else "")
    settings.sync()


def shortcuts() -> list[str]:
    """The side bar's URLs, as Qt saved them."""
    value = _settings().value(f"{QT_GROUP}/shortcuts")
    return [value] if isinstance(value, str) else [str(v) for v in value] \
        if isinstance(value, list) else []


def bookmarks() -> list[str]:
    """The local folders of the dialog's side bar, from Qt's setting (Qt looks at each
    while it builds the dialog, once a dialog saved the side bar's width)."""
    paths = [QUrl(url).toLocalFile() for url in shortcuts()]
    return [path for path in paths if os.path.isabs(path)]


def leave_out(gone: list[str]) -> None:
    """Qt's side-bar setting without the folders ``gone`` (for the dialog being built)."""
    if gone:
        _set_shortcuts([url for url in shortcuts() if QUrl(url).toLocalFile() not in gone])


def put_back(gone: list[str], marks: list[str]) -> None:
    """The folders ``gone`` at their places in ``marks`` again, among what Qt saved of
    the side bar (after the dialog built without them went)."""
    if gone:
        saved = shortcuts()
        for mark in gone:
            url = QUrl.fromLocalFile(mark).toString()
            if url not in saved:
                saved.insert(min(marks.index(mark) + 1, len(saved)), url)  # after "file:"
        _set_shortcuts(saved)


def _set_shortcuts(urls: list[str]) -> None:
    settings = _settings()
    settings.setValue(f"{QT_GROUP}/shortcuts", urls)
    settings.sync()
