"""The "Show command" dialog's files on a network mount that stopped answering: their
writes hold that mount's thread only, never the shared pool's every other job."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kvmgui.libvirt.commands import Command, XmlFile
from kvmgui.widgets import commanddialog
from kvmgui.widgets.commanddialog import CommandDialog
from tests.unit.deadmount import others_answer

XML = XmlFile("web01", "<domain type='kvm'><name>web01</name></domain>")


def _dialog(qtbot) -> CommandDialog:
    dialog = CommandDialog("Edit web01", [Command("test:///default", "domain", "web01",
                                                  ("define", XML))])
    qtbot.addWidget(dialog)
    return dialog


def test_saves_to_a_hung_mount_hold_only_that_mount(qtbot, monkeypatch, tmp_path, dead_mount):
    """Save As… to a dead NFS mount, tried again as nothing happened: each copy hung a
    thread of the shared pool, and with four the XML editor's schema check, the exports
    and the wizards' checks waited for the mount. The copies now wait on the mount's own
    thread, and one to the same file already out is not queued again."""
    monkeypatch.setattr(shutil, "copyfile", dead_mount.hang(shutil.copyfile))
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=5000)
    again, other = str(dead_mount.path / "web01.xml"), str(dead_mount.path / "other.xml")
    for _try in range(4):
        dialog.save_to(XML, again)
    dialog.save_to(XML, other)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    others_answer(qtbot, tmp_path)
    dead_mount.release.set()
    qtbot.waitUntil(lambda: dialog.status.text() == f"Saved {other}.", timeout=5000)
    assert dead_mount.hung == [again, other]
    assert (dead_mount.path / "web01.xml").read_text() == XML.text


def test_writing_the_files_on_a_hung_temporary_directory_holds_only_its_mount(
        qtbot, monkeypatch, tmp_path, dead_mount):
    monkeypatch.setattr(commanddialog, "_directory", None)
    monkeypatch.setattr(tempfile, "tempdir", str(dead_mount.path))
    monkeypatch.setattr(commanddialog, "write_files", dead_mount.hang(commanddialog.write_files))
    dialogs = [_dialog(qtbot) for _n in range(4)]
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert dialogs[0].status.text() == "Writing the XML files…"
    others_answer(qtbot, tmp_path)
    dead_mount.release.set()
    qtbot.waitUntil(lambda: all(d.paths for d in dialogs), timeout=5000)
    assert all(path.startswith(str(dead_mount.path)) for d in dialogs for path in d.paths.values())


def test_xml_files_that_cannot_be_written_say_why_in_words(qtbot, monkeypatch):
    """Python's "[Errno 116] Stale file handle: '/tmp/…/web01.xml'" was shown as it was:
    English, with a path the user never chose. The reason is said in words."""
    import errno

    def stale(commands, where):
        raise OSError(errno.ESTALE, "Stale file handle", f"{where}/web01.xml")

    monkeypatch.setattr(commanddialog, "write_files", stale)
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.status.text() != "Writing the XML files…", timeout=5000)
    assert dialog.status.text() == ("Could not write the XML files: the network file system no "
                                    "longer knows it (stale file handle)")
    assert dialog.copy_button.isEnabled()


def test_a_copy_still_being_saved_is_said(qtbot, monkeypatch, tmp_path, dead_mount):
    """Save As… to a mount that stopped answering said nothing until the copy was written
    (never, while the mount is down): the Save looked lost, and a copy saved elsewhere
    meanwhile said only 'Saved'. The dialog now says which file it is still saving."""
    monkeypatch.setattr(shutil, "copyfile", dead_mount.hang(shutil.copyfile))
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=5000)
    hung, local = str(dead_mount.path / "web01.xml"), str(tmp_path / "web01.xml")
    dialog.save_to(XML, hung)
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert dialog.status.text() == f"Saving {hung}…"
    dialog.save_to(XML, local)
    qtbot.waitUntil(lambda: dialog.status.text().startswith(f"Saved {local}."), timeout=5000)
    assert dialog.status.text() == f"Saved {local}.\nSaving {hung}…"
    dead_mount.release.set()
    qtbot.waitUntil(lambda: dialog.status.text() == f"Saved {hung}.", timeout=5000)


def test_a_copy_that_fails_after_the_dialog_closed_is_told(qtbot, monkeypatch, dead_mount):
    """A copy's outcome went to its dialog only: the dialog closed while the file was
    written dropped its failure, and the user took the file as saved."""
    import shiboken6

    from kvmgui.widgets.notifications import late_news

    monkeypatch.setattr(shutil, "copyfile", dead_mount.hang(shutil.copyfile))
    dialog = CommandDialog("Edit web01", [Command("test:///default", "domain", "web01",
                                                  ("define", XML))])
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=5000)
    target = str(dead_mount.path / "gone" / "web01.xml")  # no such directory once it answers
    told: list[str] = []
    late_news().error.connect(told.append)
    try:
        dialog.save_to(XML, target)
        qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
        shiboken6.delete(dialog)  # closed while the file is written
        dead_mount.release.set()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert told == [f"Could not save {target}: no such file or directory"]
    finally:
        dead_mount.release.set()
        late_news().error.disconnect(told.append)


def test_a_refusal_of_kvmgui_s_own_is_said_in_the_users_language(traditional_chinese, connected, qtbot):
    """The New VM wizard's Show command for a name the host has meanwhile: the dialog said
    kvmgui's refusal in English ("Could not work out the command: A VM named …")."""
    from PySide6.QtWidgets import QWidget

    from kvmgui.libvirt.newvm_taken import NameTakenError, refuse_taken
    from kvmgui.models.words import say

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = commanddialog.show_commands(connected, "web01", parent, refuse_taken, "web01")
    qtbot.waitUntil(lambda: "web01" in dialog.status.text(), timeout=5000)
    words = NameTakenError("web01").words
    assert say(words) != words.english()  # the test's premise: it has its translation
    assert say(words) in dialog.status.text(), dialog.status.text()


def test_files_are_written_after_the_system_cleaned_the_temporary_directory(qtbot, monkeypatch, tmp_path):
    """systemd-tmpfiles removes a /tmp directory left unused for days; kvmgui runs for weeks:
    every dialog after that said "Could not write the XML files: … No such file or directory"."""
    monkeypatch.setattr(commanddialog, "_directory", None)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    first = _dialog(qtbot)
    qtbot.waitUntil(lambda: bool(first.paths), timeout=5000)
    shutil.rmtree(Path(first.paths[XML]).parent)  # the cleaning
    again = _dialog(qtbot)
    qtbot.waitUntil(lambda: bool(again.paths) or "Could not" in again.status.text(), timeout=5000)
    assert again.status.text() == ""
    assert Path(again.paths[XML]).read_text() == XML.text


def test_save_as_proposes_a_name_that_fits_a_file_name(qtbot, monkeypatch, tmp_path):
    """A VM of 100 Chinese characters: Save As… proposed its whole name and ".xml" (304
    bytes), so accepting the proposal said "Could not save …: the name is too long"."""
    long = XmlFile("測試虛擬機" * 20, "<domain/>")
    specs: list = []
    monkeypatch.setattr(commanddialog, "open_file_dialog",
                        lambda _parent, spec, selected, busy=None: specs.append((spec, selected)))
    dialog = CommandDialog("Edit", [Command("test:///default", "domain", long.stem, ("define", long))])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=5000)
    dialog.save_as(long)
    spec, selected = specs[0]
    assert spec.name.startswith("測試虛擬機" * 10) and spec.name.endswith(".xml")
    selected(str(tmp_path / spec.name))
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text() or "Could not" in dialog.status.text(),
                    timeout=5000)
    assert (tmp_path / spec.name).read_text() == "<domain/>"
    # and a name that fits is proposed as it is
    dialog.save_as(XML)
    assert specs[1][0].name == "web01.xml"
