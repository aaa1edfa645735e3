"""Qt's file dialog, built only once the folders it will look at have answered.

Qt's own dialog (the widget one kvmgui gets) looks at folders on the GUI thread while it
is built: the folder it was last in (a process-wide memory of Qt's, or, before any dialog
of this run, ``lastVisited`` in ``~/.config/QtProject.conf``), its side bar's folders
and the folder it is given. Any may be on a network mount that stopped answering, and
then the window froze at the click, even after a restart (docs/filedialogs.md). So
:func:`open_file_dialog` looks at those folders first, each on the thread of its mount
(``libvirt/mountlanes.py``), and builds the dialog only in one that answered; a folder
silent for ``LOOK_MS`` is passed over (a side-bar one left out this time), and the
dialog says so.

Qt's process-wide memory cannot be set before a dialog exists (building one looks at it
first), so every dialog empties it when it closes and the folder is kept here instead:
the next dialog then starts from ``QtProject.conf``, which is repointed to the folder
that answered just before the dialog is built. A dialog deleted with its window never
closes, but its window's ``destroyed`` comes before the window deletes it: the dialog
empties Qt's memory then. While another dialog is open, its folder is Qt's memory: the
next dialog waits for it to answer, however long it takes (after ``LOOK_MS`` its greyed
button says why, and that closing that dialog lets it open elsewhere).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel, QWidget

from kvmgui.libvirt import mountlanes
from kvmgui.utils.tr import fill
from kvmgui.widgets import qtdialogsettings

LOOK_MS = 2000  # how long a folder may take to answer before the dialog opens elsewhere

Look = Callable[[str], bool]
Busy = QWidget | QAction

_waiting: dict[str, list[Callable[[bool], None]]] = {}  # folder looked at: who waits for it
_last: str | None = None  # the folder the last dialog closed in (None: Qt's setting's)
_qt_memory = ""  # Qt's process-wide last folder: "" but while a dialog of ours is open
_openings: list[_Opening] = []  # asks still looking: told when Qt's memory changes


def folder_answers(path: str) -> bool:
    """Whether ``path`` is a folder (blocking: a worker's, on the path's mount)."""
    return os.path.isdir(path)


@dataclass(frozen=True)
class FileDialogSpec:
    """What a site asks of its dialog; ``start`` is a path typed by the user (a file or a
    folder, "" for none), ``name`` the file name proposed when it has none."""

    title: str
    save: bool = False
    file_mode: QFileDialog.FileMode = QFileDialog.FileMode.AnyFile
    filters: Sequence[str] = ()
    name: str = ""
    start: str = ""
    default_suffix: str = ""
    accessible_name: str = ""


def open_file_dialog(parent: QWidget, spec: FileDialogSpec, selected: Callable[[str], None], *,
                     busy: Busy | None = None, settled: Callable[[], None] | None = None,
                     shown: Callable[[QFileDialog], None] | None = None) -> bool:
    """Open ``spec``'s dialog (``open()``, never ``exec()``) once its folders answered;
    ``selected(path)`` on acceptance, ``shown(dialog)`` once it is built. ``busy`` (the
    button or action that asked) is greyed meanwhile, and enabled again after, or
    ``settled()`` is called then instead (for a site that computes its buttons' state: it
    asks :func:`looking`). False, and nothing asked, while an earlier ask of ``parent`` is
    still looking (a second click opens no second dialog)."""
    if looking(parent):
        return False
    _Opening(parent, spec, selected, busy, settled, shown).ask()
    return True


def looking(parent: QWidget) -> bool:
    """Whether a dialog of ``parent`` is still waiting for its folders to answer."""
    return any(isinstance(child, _Opening) for child in parent.children())


def last_folder() -> str:
    """The folder the next dialog starts in unless given one (no file system is asked)."""
    if _last is None:
        return qtdialogsettings.saved_last_folder()
    return _last


def candidates(spec: FileDialogSpec) -> list[tuple[str, str]]:
    """(folder, file name to propose) to try in turn, from the text of paths alone."""
    pairs: list[tuple[str, str]] = []
    start = os.path.normpath(spec.start) if os.path.isabs(spec.start) else ""
    if start:
        pairs += [(start, spec.name), (os.path.dirname(start), os.path.basename(start))]
    pairs += [(folder, spec.name) for folder in (last_folder(), QDir.homePath(), "/")
              if os.path.isabs(folder)]
    unique: list[tuple[str, str]] = []
    for folder, name in pairs:
        if all(folder != f for f, _n in unique):
            unique.append((folder, name))
    return unique


class _Opening(QObject):
    """One dialog being prepared: its candidate folders and side-bar folders asked all
    at once (each on its mount's thread), the dialog built once the first candidate
    that can answer did and the side bar's did, or when ``LOOK_MS`` ran out. A child of
    the dialog's parent while it looks."""

    def __init__(self, parent: QWidget, spec: FileDialogSpec, selected: Callable[[str], None],
                 busy: Busy | None, settled: Callable[[], None] | None,
                 shown: Callable[[QFileDialog], None] | None) -> None:
        super().__init__(parent)
        self.owner, self.spec, self.selected, self.shown = parent, spec, selected, shown
        self.settled = settled
        self.folders = candidates(spec)
        self.marks = qtdialogsettings.bookmarks()
        self.answers: dict[str, bool] = {}  # path: answered as a folder
        self.asked: set[str] = set()
        self.final = False  # LOOK_MS ran out: what has not answered is silent
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._time_up)
        self.busy = busy
        self.tips: tuple[str, str] | None = None  # busy's own tips while it says why it waits
        if busy is not None:
            busy.setEnabled(False)

    def ask(self) -> None:
        _openings.append(self)
        self.timer.start(LOOK_MS)
        memory = [_qt_memory] if _qt_memory else []
        for path in dict.fromkeys([folder for folder, _name in self.folders] + self.marks + memory):
            self._ask(path)

    def _ask(self, path: str) -> None:
        if path not in self.asked:
            self.asked.add(path)
            _ask(path, partial(self._answered, path))

    def _answered(self, path: str, is_folder: bool) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed
        # Kept even once the time is up: Qt may come to remember this folder meanwhile.
        self.answers[path] = is_folder
        self._decide()

    def _time_up(self) -> None:
        self.final = True
        self._decide()

    def _say_why(self, memory: str) -> None:
        """Still waiting once the time is up: Qt's memory hangs. Building the dialog now
        would freeze the window, so the greyed button says why it waits, and the way out
        (Qt's memory is a folder a dialog of ours is open in: closing it empties it)."""
        busy = self.busy
        if busy is None or not shiboken6.isValid(busy):
            return
        if self.tips is None:
            self.tips = (busy.toolTip(), busy.statusTip())
        why = fill(QCoreApplication.translate(
            "FileDialogs", "Waiting for %1 to answer (a network mount?): a file dialog is open "
            "there, and Qt looks at that folder first in every new one. Closing it lets this one "
            "open elsewhere."), memory)
        busy.setToolTip(why)
        busy.setStatusTip(why)

    def _decide(self) -> None:
        """Build the dialog if what it will look at is known (once the time is up, what
        has not answered is silent, but for Qt's memory: the folder it holds now, which
        another dialog open meanwhile changes)."""
        final, memory = self.final, _qt_memory
        if self not in _openings:
            return  # built already
        if memory and memory not in self.answers:
            self._ask(memory)
            if final:
                self._say_why(memory)
            return
        passed: list[str] = []  # candidates before the chosen one that did not answer
        chosen = ("/", self.spec.name)  # if none answers as a folder: the root's
        for candidate in self.folders:
            answer = self.answers.get(candidate[0])
            if answer is None and not final:
                return  # an earlier candidate may still answer
            if answer:
                chosen = candidate
                break
            if answer is None:
                passed.append(candidate[0])
        folder, name = chosen
        passed = [path for path in passed if path != folder]
        if not final and any(mark not in self.answers for mark in self.marks):
            return
        self.timer.stop()
        self.final = True  # built: later answers are not waited for
        self._open(folder, name, passed, [m for m in self.marks if m not in self.answers])

    def _open(self, folder: str, name: str, passed: list[str], gone: list[str]) -> None:
        spec, parent = self.spec, self.owner
        _openings.remove(self)
        qtdialogsettings.point_at(folder)  # Qt's memory is empty (see the module's docstring)
        out = qtdialogsettings.leave_out(gone, self.marks)
        dialog = QFileDialog(parent, spec.title, folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if spec.save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(spec.file_mode)
        if spec.filters:
            dialog.setNameFilters(list(spec.filters))
        if spec.default_suffix:
            dialog.setDefaultSuffix(spec.default_suffix)
        if spec.accessible_name:
            dialog.setAccessibleName(spec.accessible_name)
        if name:
            dialog.selectFile(name)
        _add_note(dialog, passed, folder, gone)
        dialog.fileSelected.connect(self.selected)
        closed = partial(_closed, dialog, out)
        dialog.finished.connect(closed)
        # Deleted with its window, the dialog never finishes; the window's ``destroyed``
        # comes while the dialog is still whole (QWidget deletes its children after).
        going = parent.destroyed.connect(closed)
        dialog.finished.connect(lambda _result: QObject.disconnect(going))
        _remember(folder)
        # Every folder the dialog shows is Qt's memory from then on: its model follows them.
        model = dialog.findChild(QFileSystemModel, "qt_filesystem_model")
        if model is not None:
            model.rootPathChanged.connect(_remember)
        self._done()
        dialog.open()
        if self.shown is not None:
            self.shown(dialog)

    def _done(self) -> None:
        self.setParent(None)  # no longer looking (the site's ``settled`` may ask)
        self.deleteLater()
        if self.tips is not None and self.busy is not None and shiboken6.isValid(self.busy):
            self.busy.setToolTip(self.tips[0])
            self.busy.setStatusTip(self.tips[1])
        if self.settled is not None:
            self.settled()
        elif self.busy is not None and shiboken6.isValid(self.busy):
            self.busy.setEnabled(True)


def _ask(path: str, answered: Callable[[bool], None]) -> None:
    """``answered(is_folder)`` once ``path`` answered. A folder still hung is not asked
    again (that ask would queue behind it), but every window asking hears its answer."""
    waiting = _waiting.setdefault(path, [])
    waiting.append(answered)
    if len(waiting) == 1:  # no context: the ask must end (its entry freed) even if the window closed
        mountlanes.submit(path, _look, done=partial(_tell, path),
                          failed=lambda _exc: _tell(path, False))


def _tell(path: str, is_folder: object) -> None:
    failure: Exception | None = None
    for answered in _waiting.pop(path, []):
        try:
            answered(is_folder is True)
        except Exception as exc:  # raised below, once every window heard
            failure = failure or exc
    if failure is not None:
        raise failure


def _look(path: str) -> bool:
    # Looked up at each call, so a test can stand a hung mount in for the module's look.
    return folder_answers(path)


def _add_note(dialog: QFileDialog, passed: list[str], folder: str, gone: list[str]) -> None:
    lines = []
    if passed:
        lines.append(fill(QCoreApplication.translate(
            "FileDialogs", "%1 does not answer (a network mount?), so the dialog opens in %2."),
            passed[0], folder))
    lines += [fill(QCoreApplication.translate(
        "FileDialogs", "%1 does not answer (a network mount?): it is left out of the side bar "
        "this time."), mark) for mark in gone]
    if not lines:
        return
    note = QLabel("\n".join(lines), dialog)
    note.setObjectName("folderNote")
    note.setWordWrap(True)
    layout = dialog.layout()
    if layout is not None:  # the widget dialog's grid: the note under its rows
        layout.addWidget(note)


def _closed(dialog: QFileDialog, out: list[str], *_why: object) -> None:
    """Keep the folder the dialog closed in (or was in as its window went), and empty
    Qt's memory of it (which would be looked at, on the GUI thread, by the next dialog
    before anything else); the side-bar folders left out go back into Qt's setting."""
    global _last
    if not shiboken6.isValid(dialog):
        return  # deleted by code, never closed: nothing left to ask
    where = dialog.directory().path()  # Qt's own text: no file system asked
    if os.path.isabs(where):
        _last = where
    dialog.setDirectory("")
    _remember("")
    # Qt saves its (now empty) memory to QtProject.conf as the dialog goes: the folder
    # is written back after, for the next run (and other Qt programs).
    kept = _last or ""
    dialog.destroyed.connect(lambda: _after_dialog(kept, out))


def _remember(folder: str) -> None:
    """Qt's memory is ``folder`` now: the dialogs still looking decide again (one
    waiting for the folder before may open; a new folder must answer first), from the
    event loop: this may run as a window goes, or while a dialog is built."""
    global _qt_memory
    _qt_memory = folder
    _openings[:] = [opening for opening in _openings if shiboken6.isValid(opening)]
    for opening in _openings:
        QTimer.singleShot(0, opening, opening._decide)


def _after_dialog(folder: str, out: list[str]) -> None:
    qtdialogsettings.point_at(folder)
    qtdialogsettings.put_back(out)
