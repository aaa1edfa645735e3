"""File dialogs are built only once the folders they look at answered: a folder on a
network mount that stopped answering froze the window at the click (Qt's dialog looks at
its last folder and its start folder on the GUI thread while it is built)."""

from __future__ import annotations

import os
import threading

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QDataStream, QEvent, QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from kvmgui.widgets import filedialogs, qtdialogsettings
from kvmgui.widgets.filedialogs import FileDialogSpec, open_file_dialog

SPEC = FileDialogSpec("Save it", save=True, filters=("PNG images (*.png)",), name="shot.png")


def _qt_last() -> str:
    value = QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/lastVisited")
    return QUrl(value).toLocalFile() if value else ""


@pytest.fixture
def parent(qtbot, monkeypatch, tmp_path):
    # An earlier test's dialogs, still to be deleted, would point Qt's setting at their folder.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    monkeypatch.setattr(filedialogs, "_openings", [])
    monkeypatch.setattr(qtdialogsettings, "_out", {})
    monkeypatch.setattr(filedialogs, "_last", None)
    monkeypatch.setattr(filedialogs, "_qt_memory", "")
    monkeypatch.setattr(filedialogs.QDir, "homePath", staticmethod(lambda: str(tmp_path / "home")))
    (tmp_path / "home").mkdir()
    qtdialogsettings.point_at(str(tmp_path / "home"))  # not an earlier test's folder
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _dialogs(widget: QWidget) -> list[QFileDialog]:
    return widget.findChildren(QFileDialog)


def test_the_dialog_waits_for_its_last_folder_on_a_hung_mount(parent, qtbot, monkeypatch,
                                                             dead_mount):
    """Saved once to an NFS mount that then stopped answering, the next Save dialog (even
    after a restart) froze the window: Qt looked at that folder while building it. Now
    nothing is built while the folder is looked at; the button is greyed and a second
    click opens no second dialog; once the mount answers the dialog opens there."""
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    qtdialogsettings.point_at(str(dead_mount.path))
    button = QPushButton("Save", parent)
    chosen: list[str] = []
    assert open_file_dialog(parent, SPEC, chosen.append, busy=button)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert _dialogs(parent) == [] and not button.isEnabled()
    assert not open_file_dialog(parent, SPEC, chosen.append, busy=button)
    dead_mount.release.set()
    qtbot.waitUntil(lambda: bool(_dialogs(parent)), timeout=5000)
    [dialog] = _dialogs(parent)
    assert button.isEnabled()
    assert dialog.directory().path() == str(dead_mount.path)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.nameFilters() == ["PNG images (*.png)"] and dialog.windowTitle() == "Save it"
    assert dialog.findChild(QLabel, "folderNote") is None
    dialog.reject()


def test_a_silent_folder_is_passed_over_and_said(parent, qtbot, monkeypatch, dead_mount, tmp_path):
    """A folder that does not answer in time is given up: the dialog opens in the home
    folder, says why, and Qt's setting points there (not at the dead mount) from now on."""
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    monkeypatch.setattr(filedialogs, "LOOK_MS", 100)
    qtdialogsettings.point_at(str(dead_mount.path / "shots"))
    shown: list[QFileDialog] = []
    open_file_dialog(parent, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    home = str(tmp_path / "home")
    assert shown[0].directory().path() == home and _qt_last() == home
    note = shown[0].findChild(QLabel, "folderNote")
    assert note is not None and note.text() == (
        f"{dead_mount.path / 'shots'} does not answer (a network mount?), so the dialog "
        f"opens in {home}.")
    shown[0].reject()


def test_a_typed_file_starts_the_dialog_in_its_folder(parent, qtbot, tmp_path):
    iso = tmp_path / "isos" / "fedora.iso"
    iso.parent.mkdir()
    iso.write_bytes(b"")
    shown: list[QFileDialog] = []
    spec = FileDialogSpec("ISO", file_mode=QFileDialog.FileMode.ExistingFile, start=str(iso))
    open_file_dialog(parent, spec, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].directory().path() == str(iso.parent)
    assert shown[0].fileMode() is QFileDialog.FileMode.ExistingFile
    shown[0].reject()


def _qt_memory(dialog: QFileDialog) -> bytes:
    """Qt's process-wide last folder, as its ``saveState`` writes it (qfiledialog.cpp)."""
    stream = QDataStream(dialog.saveState())
    stream.setVersion(QDataStream.Version.Qt_5_0)
    stream.readInt32(), stream.readInt32()  # magic, version

    def raw() -> bytes:
        data = QByteArray()
        stream >> data
        return bytes(data.data())

    raw()  # the splitter
    for _url in range(stream.readUInt32()):  # the side bar
        raw()
    for _path in range(stream.readUInt32()):  # the history
        stream.readQString()
    return raw()


def test_qt_keeps_no_folder_of_its_own_between_dialogs(parent, qtbot, tmp_path):
    """Qt's own memory of the last folder is looked at first by every dialog built (before
    the folder it is given), and no dialog can set it before: it is emptied as a dialog
    closes, the folder kept here and written back to Qt's setting for the next run."""
    (tmp_path / "a").mkdir()
    shown: list[QFileDialog] = []
    open_file_dialog(parent, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    dialog = shown[0]
    dialog.setDirectory(str(tmp_path / "a"))
    assert _qt_memory(dialog) == QUrl.fromLocalFile(str(tmp_path / "a")).toEncoded().data()
    dialog.reject()
    assert _qt_memory(dialog) == b""
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    assert filedialogs.last_folder() == str(tmp_path / "a") == _qt_last()


def test_a_side_bar_folder_on_a_hung_mount_is_left_out_this_time(parent, qtbot, monkeypatch,
                                                                 dead_mount, tmp_path):
    """A folder dragged to the dialog's side bar is looked at, on the GUI thread, by every
    dialog built once Qt saved the side bar's width: one on a dead mount froze the window
    as the last folder did. Now it waits for it like the other folders; still silent, it
    is left out of this dialog's side bar (said so) and kept in Qt's setting."""
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    monkeypatch.setattr(filedialogs, "LOOK_MS", 300)
    dead, home = QUrl.fromLocalFile(str(dead_mount.path)).toString(), str(tmp_path / "home")
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/shortcuts", ["file:", dead, QUrl.fromLocalFile(home).toString()])
    settings.setValue("FileDialog/sidebarWidth", 90)
    settings.sync()
    qtdialogsettings.point_at(home)
    shown: list[QFileDialog] = []
    open_file_dialog(parent, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert not shown
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    dialog = shown[0]
    assert [url.toString() for url in dialog.sidebarUrls()] == ["file:", QUrl.fromLocalFile(
        home).toString()]
    assert dialog.directory().path() == home
    note = dialog.findChild(QLabel, "folderNote")
    assert note is not None and note.text() == (
        f"{dead_mount.path} does not answer (a network mount?): it is left out of the side bar "
        "this time.")
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    assert dead in QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/shortcuts")


def test_a_dialog_gone_with_its_window_leaves_qt_no_folder_to_wait_for(
        parent, qtbot, monkeypatch, dead_mount, tmp_path):
    """A dialog deleted with its window (the VM's details closed under it) never closes,
    so Qt kept its folder, and the next dialog had to wait for that folder to answer (Qt
    looks at it while building any dialog): on a mount that stayed dead, for ever, the
    button greyed. Now Qt's memory is emptied as the window goes (before its children):
    the folder is only the first place tried, passed over after the time is up."""
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    monkeypatch.setattr(filedialogs, "LOOK_MS", 100)
    window = QWidget()
    shown: list[QFileDialog] = []
    open_file_dialog(window, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    gone = shown.pop()
    gone.setDirectory(str(dead_mount.path))  # as the user walking there does
    shiboken6.delete(window)
    assert not shiboken6.isValid(gone) and filedialogs._qt_memory == ""
    assert filedialogs.last_folder() == str(dead_mount.path) == _qt_last()
    open_file_dialog(parent, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    home = str(tmp_path / "home")
    assert shown[0].directory().path() == home and dead_mount.hung == [str(dead_mount.path)]
    note = shown[0].findChild(QLabel, "folderNote")
    assert note is not None and note.text().startswith(f"{dead_mount.path} does not answer")
    shown[0].reject()


def test_two_windows_asking_for_the_same_hung_folder_both_get_its_answer(
        parent, qtbot, monkeypatch, dead_mount):
    """Two windows' Save… clicked while their last folder hangs: the second ask took the
    first's place, so once the mount answered only the second window's dialog opened
    there; the first gave the folder up as silent after 2 s. Now both hear the answer."""
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    qtdialogsettings.point_at(str(dead_mount.path))
    other = QWidget()
    qtbot.addWidget(other)
    shown: list[QFileDialog] = []
    open_file_dialog(parent, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    open_file_dialog(other, SPEC, print, shown=shown.append)
    dead_mount.release.set()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert [d.directory().path() for d in shown] == [str(dead_mount.path)] * 2
    assert [d.findChild(QLabel, "folderNote") for d in shown] == [None, None]
    for dialog in shown:
        dialog.reject()


def test_a_dialog_waiting_for_qt_s_hung_folder_says_why(parent, qtbot, monkeypatch, dead_mount):
    """While a dialog is open in a hung folder, a new one waits for that folder (Qt
    looks at it first), the button greyed: it said what it waited for, not why nor how
    to get out. Now, once the time is up, it says both, and says what it said before
    once the dialog is built."""
    monkeypatch.setattr(filedialogs, "LOOK_MS", 100)
    first = _open_elsewhere(qtbot)
    first.setDirectory(str(dead_mount.path))  # then the mount stops answering
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    button = QPushButton("Save", parent)
    button.setToolTip("Save a screenshot")
    shown: list[QFileDialog] = []
    open_file_dialog(parent, SPEC, print, busy=button, shown=shown.append)
    [opening] = [c for c in parent.children() if isinstance(c, filedialogs._Opening)]
    with qtbot.waitSignal(opening.timer.timeout, timeout=5000):
        pass
    why = (f"Waiting for {dead_mount.path} to answer (a network mount?): a file dialog is open "
           "there, and Qt looks at that folder first in every new one. Closing it lets this one "
           "open elsewhere.")
    assert not shown and not button.isEnabled()
    assert button.toolTip() == why and button.statusTip() == why
    first.reject()  # the way out the tip gives
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert button.isEnabled() and button.toolTip() == "Save a screenshot"
    assert button.statusTip() == ""
    shown[0].reject()


def _open_elsewhere(qtbot) -> QFileDialog:
    """A dialog of another window, open (the user may still walk about in it)."""
    other = QWidget()
    qtbot.addWidget(other)
    shown: list[QFileDialog] = []
    open_file_dialog(other, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    return shown[0]


def test_a_dialog_waiting_for_another_s_hung_folder_opens_once_that_one_closed(
        parent, qtbot, monkeypatch, dead_mount, tmp_path):
    """Another window's dialog is open in a folder whose mount then stopped answering:
    Qt remembers that folder while it is open, so a dialog asked for meanwhile waits for
    it. Once that dialog was closed (Qt forgot the folder), this one still waited for
    it, for good. Now it opens once Qt no longer remembers the folder."""
    monkeypatch.setattr(filedialogs, "LOOK_MS", 100)
    first = _open_elsewhere(qtbot)
    first.setDirectory(str(dead_mount.path))  # as the user walking there does
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    shown: list[QFileDialog] = []
    open_file_dialog(parent, SPEC, print, shown=shown.append)
    [opening] = [c for c in parent.children() if isinstance(c, filedialogs._Opening)]
    with qtbot.waitSignal(opening.timer.timeout, timeout=5000):
        pass
    assert not shown and dead_mount.hung == [str(dead_mount.path)]
    first.reject()
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown[0].directory().path() == str(tmp_path / "home")
    shown[0].reject()


def test_a_folder_qt_comes_to_remember_while_a_dialog_waits_is_waited_for(
        parent, qtbot, monkeypatch, dead_mount, tmp_path):
    """The folder Qt remembers was taken when the dialog was asked for: another window's
    dialog walking into a folder on a dead mount meanwhile went unseen, and the dialog was
    built once the time was up, looking at that folder on the GUI thread (a frozen
    window). Now the folder Qt remembers when it is built is the one waited for."""
    monkeypatch.setattr(filedialogs, "LOOK_MS", 300)
    first = _open_elsewhere(qtbot)
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    shown: list[QFileDialog] = []
    typed = FileDialogSpec("Save it", save=True, start=str(dead_mount.path / "a.png"))
    open_file_dialog(parent, typed, print, shown=shown.append)
    [opening] = [c for c in parent.children() if isinstance(c, filedialogs._Opening)]
    first.setDirectory(str(dead_mount.path))  # the user walks there in the other window
    with qtbot.waitSignal(opening.timer.timeout, timeout=5000):
        pass
    assert not shown
    first.reject()
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown[0].directory().path() == str(tmp_path / "home")
    shown[0].reject()


def test_a_window_failing_on_the_answer_does_not_keep_it_from_the_next(
        parent, qtbot, monkeypatch, dead_mount):
    """Two windows waiting for the same hung folder: when the first one's site failed on
    the answer (an error in what it does once its dialog is shown), the second never
    heard it and waited for good (the folder was Qt's memory by then, the first dialog
    open in it). Now every window hears the answer; the error still goes up after."""
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    qtdialogsettings.point_at(str(dead_mount.path))
    other = QWidget()
    qtbot.addWidget(other)
    shown: list[QFileDialog] = []

    def failing(dialog: QFileDialog) -> None:
        shown.append(dialog)
        raise RuntimeError("the site's own error")

    open_file_dialog(parent, SPEC, print, shown=failing)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    open_file_dialog(other, SPEC, print, shown=shown.append)
    with qtbot.captureExceptions() as exceptions:
        dead_mount.release.set()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert [str(exc) for _type, exc, _tb in exceptions] == ["the site's own error"]
    assert [d.directory().path() for d in shown] == [str(dead_mount.path)] * 2
    for dialog in shown:
        dialog.reject()


def test_a_folder_answering_after_the_time_is_up_counts_once_qt_remembers_it(
        parent, qtbot, monkeypatch, dead_mount):
    """A dialog waiting past its time for the folder Qt remembers dropped the answers of
    its other folders that came meanwhile: when Qt then came to remember one of those
    (the other window's dialog walked into it), the dialog waited for it for good,
    although it had answered, as it is asked only once. Now every answer is kept."""
    monkeypatch.setattr(filedialogs, "LOOK_MS", 100)
    typed, held = dead_mount.path / "typed", dead_mount.path / "held"
    typed.mkdir()
    held.mkdir()
    first = _open_elsewhere(qtbot)
    first.setDirectory(str(held))  # Qt remembers it while that dialog is open
    late = threading.Event()

    def look(path: str) -> bool:
        if dead_mount.under(path):  # ``typed`` answers once ``late`` is set, the rest later
            (late if path == str(typed) else dead_mount.release).wait(10)
        return os.path.isdir(path)

    monkeypatch.setattr(filedialogs, "folder_answers", look)
    shown: list[QFileDialog] = []
    open_file_dialog(parent, FileDialogSpec("Save it", save=True, start=str(typed)), print,
                     shown=shown.append)
    [opening] = [c for c in parent.children() if isinstance(c, filedialogs._Opening)]
    with qtbot.waitSignal(opening.timer.timeout, timeout=5000):
        pass
    late.set()
    qtbot.waitUntil(lambda: str(typed) not in filedialogs._waiting, timeout=5000)
    assert not shown
    first.setDirectory(str(typed))  # the user walks there in the other window
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown[0].directory().path() == str(typed)
    shown[0].reject()


def test_a_dialog_deleted_on_its_own_is_let_be_as_its_window_goes(parent, qtbot):
    """A dialog deleted by code (never closed) left its window's ``destroyed`` asking the
    gone dialog for its folder: an error as the window went."""
    window = QWidget()
    shown: list[QFileDialog] = []
    open_file_dialog(window, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    shiboken6.delete(shown[0])
    with qtbot.captureExceptions() as exceptions:
        shiboken6.delete(window)
    assert exceptions == []


def test_a_side_bar_folder_left_out_comes_back_after_two_dialogs(parent, qtbot, monkeypatch,
                                                                 dead_mount, tmp_path):
    """A silent side-bar folder is left out of Qt's setting while a dialog is built, and
    put back once that dialog is gone. A second dialog built meanwhile (another window's)
    never had it, and Qt saved its side bar as it went: closed last, it dropped the
    folder from the setting for good. Now it is put back after every such dialog."""
    monkeypatch.setattr(filedialogs, "folder_answers", dead_mount.hang(filedialogs.folder_answers))
    monkeypatch.setattr(filedialogs, "LOOK_MS", 100)
    dead, home = QUrl.fromLocalFile(str(dead_mount.path)).toString(), str(tmp_path / "home")
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/shortcuts", ["file:", dead, QUrl.fromLocalFile(home).toString()])
    settings.setValue("FileDialog/sidebarWidth", 90)
    settings.sync()
    shown: list[QFileDialog] = []
    open_file_dialog(parent, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    other = QWidget()
    qtbot.addWidget(other)
    open_file_dialog(other, SPEC, print, shown=shown.append)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    for dialog in shown:
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not shiboken6.isValid(d), timeout=5000)
    saved = QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/shortcuts")
    assert saved == ["file:", dead, QUrl.fromLocalFile(home).toString()]
