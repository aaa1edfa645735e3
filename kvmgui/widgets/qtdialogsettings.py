"""Qt's own settings of its file dialog, as ``filedialogs.py`` reads and repoints them.

They are the ``FileDialog`` group of ``~/.config/QtProject.conf``, shared by every Qt
program of the user (the keys are qfiledialog.cpp's): ``lastVisited``, the folder a
dialog starts in before any dialog of the process set Qt's memory, and ``shortcuts``,
the side bar's folders. Qt reads both while it builds a dialog and writes both as one
goes (its destructor). No file system is asked here but the settings file's own.

A side-bar folder left out while one dialog is built is put back after every dialog
built while it was out: before, only after the one that left it out, and another
window's dialog built meanwhile, closed last, saved its side bar without the folder and
dropped it from the setting for good.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, QUrl

QT_GROUP = "FileDialog"

# Side-bar folders out of the setting: (their place, dialogs built without them still
# there). Each such dialog saves its side bar as it goes, so each puts them back after.
_out: dict[str, tuple[int, int]] = {}


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


def leave_out(gone: list[str], marks: list[str]) -> list[str]:
    """Qt's side-bar setting without the folders ``gone`` (of ``marks``, the side bar's
    folders the dialog about to be built was asked with); the folders out of the setting
    for that dialog, to :func:`put_back` once it is gone: ``gone``, and those another
    dialog still there left out, which this one therefore never had."""
    for mark in gone:
        _out.setdefault(mark, (marks.index(mark) + 1, 0))  # its place: after "file:"
    if gone:
        _set_shortcuts([url for url in shortcuts() if QUrl(url).toLocalFile() not in gone])
    out = [mark for mark in _out if mark in gone or mark not in marks]
    for mark in out:
        place, dialogs = _out[mark]
        _out[mark] = (place, dialogs + 1)
    return out


def put_back(out: list[str]) -> None:
    """The folders ``out`` at their places again, among what Qt saved of the side bar
    as the dialog built without them went; each is forgotten here once no dialog built
    without it is left."""
    if not out:
        return
    saved = shortcuts()
    for mark in out:
        place, dialogs = _out.pop(mark, (len(saved), 1))
        url = QUrl.fromLocalFile(mark).toString()
        if url not in saved:
            saved.insert(min(place, len(saved)), url)
        if dialogs > 1:
            _out[mark] = (place, dialogs - 1)
    _set_shortcuts(saved)


def _set_shortcuts(urls: list[str]) -> None:
    settings = _settings()
    settings.setValue(f"{QT_GROUP}/shortcuts", urls)
    settings.sync()
