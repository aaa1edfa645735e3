"""The "Add storage pool" wizard, driven through its widgets against the test driver."""

from __future__ import annotations

import errno
import os
import threading
from dataclasses import replace

import libvirt
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWizard,
)

from kvmgui.libvirt import pathcache, poolops
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone, tone_of
from kvmgui.wizards.pool import wizard as wizard_module
from kvmgui.wizards.pool.page_source import parse_hosts
from kvmgui.wizards.pool.search import source_words
from kvmgui.wizards.pool.state import PoolWizardState
from kvmgui.wizards.pool.wizard import PageId, PoolWizard, page_order
from kvmgui.xml.pool import PoolDoc
from kvmgui.xml.pool_caps import parse_pool_caps
from kvmgui.xml.pool_spec import HostSpec, PoolSpec
from kvmgui.xml.pool_types import PoolType
from tests.helpers import parsed_on_gui_thread, run_in_worker, type_into
from tests.unit.xml.golden import DATA

NEXT, BACK, FINISH = (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.FinishButton)


class FakeLibvirtError(libvirt.libvirtError):
    """A libvirt error with a message of our choosing (the test driver never fails a start)."""

    def __init__(self, message):
        Exception.__init__(self, message)
        self.message = message

    def get_error_message(self):
        return self.message

    def get_error_code(self):
        return libvirt.VIR_ERR_INTERNAL_ERROR


def open_wizard(qtbot, conn):
    wiz = PoolWizard(conn)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.state.caps is not None, timeout=5000)  # from a worker
    return wiz


def click(qtbot, wiz, which=NEXT):
    button = wiz.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled: {problems_shown(wiz.currentPage())}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def goto(qtbot, wiz, page_id):
    while wiz.currentId() != page_id:
        before = wiz.currentId()
        if before == PageId.TARGET and wiz.target.target.isVisible():
            # The host's suggestion comes from a worker, a moment after the name settles.
            qtbot.waitUntil(lambda: bool(wiz.target.target.text()), timeout=5000)
        click(qtbot, wiz)
        assert wiz.currentId() != before


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def problems_shown(page):
    return [label.text() for label in page.findChildren(QLabel)
            if label.objectName().endswith("problem") and label.isVisible() and label.text()]


def settle(qtbot, page):
    """Wait for libvirt's schema check of the hand-written XML (it runs in a worker)."""
    qtbot.waitUntil(lambda: not page.schema.pending, timeout=10000)


def pool_names(qtbot, conn):
    return run_in_worker(qtbot, conn, lambda c: sorted(p.name() for p in c.listAllStoragePools(0)))


@pytest.fixture
def created(monkeypatch):
    """What reaches poolops.create_pool (and still runs it)."""
    calls = []
    real = poolops.create_pool

    def recording(conn, xml, **kwargs):
        calls.append((xml, kwargs))
        return real(conn, xml, **kwargs)

    monkeypatch.setattr(poolops, "create_pool", recording)
    return calls


# -- pages and types ---------------------------------------------------------------------------


def test_page_order_follows_the_type():
    assert page_order(PoolType.DIR) == [PageId.TYPE, PageId.TARGET, PageId.SUMMARY]
    assert page_order(PoolType.NETFS) == [PageId.TYPE, PageId.SOURCE, PageId.TARGET, PageId.SUMMARY]
    assert page_order(PoolType.RBD) == [PageId.TYPE, PageId.SOURCE, PageId.SUMMARY]
    assert page_order(PoolType.MPATH) == [PageId.TYPE, PageId.TARGET, PageId.SUMMARY]


def test_types_the_host_cannot_run_are_disabled_with_the_reason(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.type_page
    model = page.type.model()
    assert isinstance(model, QStandardItemModel)
    # The test driver cannot say (no getStoragePoolCapabilities): every type is offered.
    assert all(model.item(r).isEnabled() for r in range(page.type.count()))
    assert "does not say" in page.unavailable.text()
    # A libvirt 9 host without the RBD, Gluster, ZFS and libiscsi drivers.
    wiz.state.set_caps(parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text()))
    disabled = {PoolType(page.type.itemData(r)) for r in range(page.type.count())
                if not model.item(r).isEnabled()}
    assert disabled == {PoolType.RBD, PoolType.GLUSTER, PoolType.ZFS, PoolType.ISCSI_DIRECT}
    text = page.unavailable.text()
    assert text.startswith("Not available on this host: ") and "Ceph RBD" in text and "ZFS pool" in text
    assert model.item(page.type.findData(PoolType.ZFS)).toolTip()


def test_name_is_checked_as_typed(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.type_page
    assert page.name.text() == "pool" and wiz.button(NEXT).isEnabled()
    type_into(qtbot, page.name, "home")  # the Demo host's pool
    assert problems_shown(page) == ["This host already has a storage pool named home."]
    assert not wiz.button(NEXT).isEnabled() and not page.validatePage()
    type_into(qtbot, page.name, "")
    assert problems_shown(page) == ["Enter a name for the pool."]
    type_into(qtbot, page.name, "scratch")
    assert problems_shown(page) == [] and wiz.button(NEXT).isEnabled()


# -- a directory pool, start to finish ----------------------------------------------------------------


def test_directory_pool_made_by_the_wizard(connected, qtbot, created):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.type_page.name, "scratch")
    click(qtbot, wiz)
    assert wiz.currentId() == PageId.TARGET  # a directory has no source page
    # The host has no "default" pool: the suggestion is libvirt's images directory.
    qtbot.waitUntil(lambda: wiz.target.target.text() == "/var/lib/libvirt/images/scratch", timeout=5000)
    assert wiz.target.build.isChecked() and wiz.target.build.isVisible()
    assert not wiz.target.overwrite.isVisible()  # building a directory overwrites nothing
    type_into(qtbot, wiz.target.target, "/srv/scratch")
    click(qtbot, wiz)
    assert wiz.currentId() == PageId.SUMMARY
    doc = PoolDoc.from_string(wiz.summary.xml_text())
    assert (doc.name, doc.type, doc.target_path) == ("scratch", "dir", "/srv/scratch")
    assert "Directory" in wiz.summary.overview.text()
    with qtbot.waitSignal(wiz.created, timeout=10000) as done:
        click(qtbot, wiz, FINISH)
    uuid = done.args[0]
    assert created[0][1]["build"] and created[0][1]["start"] and created[0][1]["autostart"]
    qtbot.waitUntil(lambda: (r := connected.pools.get(uuid)) is not None and r.active and r.autostart,
                    timeout=5000)
    assert not wiz.isVisible()


def test_a_target_another_pool_has_is_refused_without_parsing_pools_on_the_gui_thread(
        connected, qtbot, monkeypatch):
    """Each pool event parsed every pool's XML on the GUI thread for its target path (to
    refuse a directory another pool has): with 200 pools, 2.8 ms of each event's 5.5 ms.
    The target is read with the XML, in the worker that reads the pool."""
    wiz = open_wizard(qtbot, connected)
    parsed = parsed_on_gui_thread(monkeypatch, "<pool")
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>taken</name><target><path>/srv/taken</path></target></pool>", 0))
    qtbot.waitUntil(lambda: "taken" in wiz.state.context.names, timeout=5000)
    type_into(qtbot, wiz.type_page.name, "scratch")
    click(qtbot, wiz)
    qtbot.waitUntil(lambda: bool(wiz.target.target.text()), timeout=5000)
    type_into(qtbot, wiz.target.target, "/srv/taken/")
    assert problems_shown(wiz.target) == ["The pool taken already uses /srv/taken; choose another "
                                          "directory."]
    assert parsed == []


def test_a_pool_event_that_changes_no_name_nor_target_checks_nothing_again(connected, qtbot):
    """Each pool event (a start, a refresh's new free space) checked every page again and
    redid each problem line: with 200 pools and the Storage tab open, an event took 1.4 ms
    of the GUI thread, 0.6 ms without that. The checks run again when a pool's name or
    target came or went."""
    wiz = open_wizard(qtbot, connected)
    home = next(r for r in connected.pools.records() if r.name == "home")
    checked: list[object] = []
    wiz.state.validated.connect(checked.append)
    connected.pools.upsert([replace(home, available=home.available - 1)])
    assert checked == []
    type_into(qtbot, wiz.type_page.name, "later")
    checked.clear()
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>later</name><target><path>/srv/later</path></target></pool>", 0))
    qtbot.waitUntil(lambda: bool(checked), timeout=5000)
    assert problems_shown(wiz.type_page) == ["This host already has a storage pool named later."]


def looked_at(qtbot, target):
    """A wizard's state on a local host (the test driver's paths are not this machine's)
    with ``target`` typed, once the worker has looked at it."""
    state = PoolWizardState(PoolSpec(name="p", target_path=target), local_paths=True)
    assert state.paths is not None
    with qtbot.waitSignal(state.paths.changed, timeout=5000):
        state.revalidate()  # the checks ask whether the target exists
    return state


def test_a_target_that_may_not_be_read_counts_as_there(qtbot, monkeypatch):
    """A build's undo deletes the target folder only when it was not there before. A folder
    the stat may not read is there all the same (os.path.exists had said it was not)."""
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if str(path) == "/srv/locked":
            raise PermissionError(13, "Permission denied", path)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    assert looked_at(qtbot, "/srv/locked").target_existed() is True


def test_a_target_the_worker_could_not_look_at_is_not_known(qtbot, monkeypatch):
    """When the look itself fails, whether the folder was there is not known: the undo
    must not delete it on a guess (the failure used to read as "missing")."""
    def broken(path):
        raise RuntimeError("the stat could not run")

    monkeypatch.setattr(pathcache, "local_path_state", broken)
    assert looked_at(qtbot, "/srv/unsure").target_existed() is None


def test_a_target_on_a_dead_mount_is_not_known(qtbot, monkeypatch):
    """A stat that fails on a stale NFS handle read as "missing", so the undo of a failed
    build deleted a folder that may have been there all along."""
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if str(path) == "/mnt/nfs/pool":
            raise OSError(errno.ESTALE, "Stale file handle", path)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    assert looked_at(qtbot, "/mnt/nfs/pool").target_existed() is None


def test_a_target_on_a_dead_mount_is_said_to_be_unusable_not_missing(qtbot, monkeypatch):
    """A target whose stat failed on a stale NFS handle was said not to exist ("Create it,
    or turn on Build"), and with Build on nothing was said until libvirt failed. The new
    VM wizard's path checks say why such a path cannot be used; so does this one."""
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if str(path) == "/mnt/nfs/pool":
            raise OSError(errno.ESTALE, "Stale file handle", path)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    state = looked_at(qtbot, "/mnt/nfs/pool")
    said = ["/mnt/nfs/pool cannot be used: the network file system no longer knows it (stale "
            "file handle)."]
    assert [p.words.english() for p in state.problems] == said
    state.spec.build = True
    state.revalidate()
    assert [p.words.english() for p in state.problems] == said


def test_a_target_is_known_to_be_new_or_there(qtbot, tmp_path):
    assert looked_at(qtbot, str(tmp_path / "new")).target_existed() is False
    assert looked_at(qtbot, str(tmp_path)).target_existed() is True


def test_a_failure_keeps_the_wizard_open_and_undoes_the_define(connected, qtbot, monkeypatch):
    def refuse(self, flags=0):
        raise FakeLibvirtError("cannot mount: no route to host")

    monkeypatch.setattr(libvirt.virStoragePool, "create", refuse)
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.type_page.name, "broken")
    goto(qtbot, wiz, PageId.SUMMARY)
    click(qtbot, wiz, FINISH)
    qtbot.waitUntil(lambda: wiz.summary.error.isVisible(), timeout=10000)
    assert wiz.summary.error.text() == "cannot mount: no route to host"
    assert wiz.summary.status.text() == "Nothing was created."
    assert wiz.isVisible() and wiz.type_page.name.text() == "broken"
    assert wiz.button(FINISH).isEnabled()
    assert "broken" not in pool_names(qtbot, connected)  # the definition was undone


# -- sources ---------------------------------------------------------------------------------------


def test_nfs_exports_found_fill_the_source(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.NETFS)
    click(qtbot, wiz)
    page = wiz.source
    assert wiz.currentId() == PageId.SOURCE and page.search.isVisible()
    assert not page.search.find_button.isEnabled()  # a server first
    assert not page.search.sources.isVisible()
    type_into(qtbot, page.host, "nas")
    qtbot.mouseClick(page.search.find_button, Qt.MouseButton.LeftButton)
    assert page.search.busy.isVisible() and page.search.cancel_button.isVisible()
    qtbot.waitUntil(lambda: page.search.sources.count() == 1, timeout=5000)
    assert page.search.status.text() == "Found 1 source(s)."
    assert page.search.sources.item(0).text() == "nas:/testshare (nfs)"
    assert not page.search.busy.isVisible()
    page.search.sources.setCurrentRow(0)
    assert page.source_dir.text() == "/testshare" and page.source_format.currentData() == "nfs"
    assert wiz.state.spec.source_dir == "/testshare"
    assert wiz.button(NEXT).isEnabled()


def test_volume_groups_found_and_a_cancelled_search(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.LOGICAL)
    click(qtbot, wiz)
    page = wiz.source
    assert page.search.find_button.isEnabled()  # LVM needs no server
    # Cancelled: the answer that still comes is dropped, the controls are back at once.
    qtbot.mouseClick(page.search.find_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.search.cancel_button, Qt.MouseButton.LeftButton)
    assert page.search.status.text() == "Search cancelled." and page.search.find_button.isEnabled()
    qtbot.wait(300)
    assert page.search.sources.count() == 0
    qtbot.mouseClick(page.search.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.search.sources.count() == 2, timeout=5000)
    page.search.sources.setCurrentRow(1)
    assert page.source_name.text() == "testvg2"
    assert page.devices.toPlainText() == "/dev/sda21"
    assert wiz.state.spec.devices == ["/dev/sda21"]



def test_a_source_selected_without_the_current_row_fills_the_fields(connected, qtbot):
    """A screen reader selects a found source without moving the current row: the fields
    take that source (they followed the current row only and stayed empty)."""
    from PySide6.QtCore import QItemSelectionModel

    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.LOGICAL)
    click(qtbot, wiz)
    page = wiz.source
    qtbot.mouseClick(page.search.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.search.sources.count() == 2, timeout=5000)
    sources = page.search.sources
    sources.selectionModel().select(sources.model().index(1, 0),
                                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert page.source_name.text() == "testvg2"
    assert wiz.state.spec.devices == ["/dev/sda21"]


def test_tabbing_through_the_found_sources_changes_no_field(connected, qtbot):
    """Tab passes the list of found sources without choosing one: Qt makes the first row
    current as the list takes the focus, and that current row used to overwrite what the
    user had typed; a source is taken when it is selected (click, arrow key, reader)."""
    from PySide6.QtWidgets import QApplication

    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.NETFS)
    click(qtbot, wiz)
    page = wiz.source
    type_into(qtbot, page.host, "nas")
    qtbot.mouseClick(page.search.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.search.sources.count() == 1, timeout=5000)
    type_into(qtbot, page.source_dir, "/srv/mine")
    wiz.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wiz, timeout=3000)
    page.search.sources.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.search.sources.hasFocus, timeout=3000)
    assert page.source_dir.text() == "/srv/mine"
    assert wiz.state.spec.source_dir == "/srv/mine"
    qtbot.keyClick(page.search.sources, Qt.Key.Key_Space)  # chosen by the keyboard
    assert page.source_dir.text() == "/testshare"

def test_sources_found_for_one_type_are_not_offered_for_another(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.NETFS)
    click(qtbot, wiz)
    search = wiz.source.search
    type_into(qtbot, wiz.source.host, "nas")
    qtbot.mouseClick(search.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: search.sources.count() == 1, timeout=5000)  # an NFS export
    click(qtbot, wiz, BACK)
    choose(wiz.type_page.type, PoolType.GLUSTER)
    click(qtbot, wiz)
    assert wiz.currentId() == PageId.SOURCE and search.isVisible()
    assert search.found == [] and not search.sources.isVisible()
    assert search.status.text() == ""


def test_a_cancelled_search_answering_late_is_not_taken_for_the_next(connected, qtbot, monkeypatch):
    go = {"old": threading.Event(), "new": threading.Event()}

    def find(conn, pool_type, host="", port=None, initiator=""):
        go[host].wait(10)
        return [PoolSpec(type=pool_type, hosts=[HostSpec(host, None)], source_dir=f"/{host}",
                         source_format="nfs")]

    monkeypatch.setattr(poolops, "find_sources", find)
    wiz = open_wizard(qtbot, connected)
    answers = []
    show = wiz.source.show_sources
    wiz.source.show_sources = lambda number, found: (answers.append(found), show(number, found))
    choose(wiz.type_page.type, PoolType.NETFS)
    click(qtbot, wiz)
    search = wiz.source.search
    type_into(qtbot, wiz.source.host, "old")
    qtbot.mouseClick(search.find_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(search.cancel_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, wiz.source.host, "new")
    qtbot.mouseClick(search.find_button, Qt.MouseButton.LeftButton)
    go["old"].set()  # the cancelled search answers first
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=5000)
    go["new"].set()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
    assert [search.sources.item(i).text() for i in range(search.sources.count())] == ["new:/new (nfs)"]
    assert not search.running


def test_a_failed_search_says_why(connected, qtbot, monkeypatch):
    def refuse(conn, pool_type, host="", port=None, initiator=""):
        raise FakeLibvirtError("showmount: no route to host")

    monkeypatch.setattr(poolops, "find_sources", refuse)
    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.NETFS)
    click(qtbot, wiz)
    type_into(qtbot, wiz.source.host, "nas")
    qtbot.mouseClick(wiz.source.search.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "failed" in wiz.source.search.status.text(), timeout=5000)
    assert wiz.source.search.status.text() == "The search failed: showmount: no route to host"


def test_fields_follow_the_type(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.source
    shown = {}
    for pool_type in (PoolType.RBD, PoolType.ISCSI, PoolType.SCSI, PoolType.FS):
        choose(wiz.type_page.type, pool_type)
        goto(qtbot, wiz, PageId.SOURCE)
        edits = page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
        shown[pool_type] = {w.accessibleName() for w in edits
                            if w.isVisible() and not isinstance(w.parent(), QComboBox | QSpinBox)}
        click(qtbot, wiz, BACK)
    assert shown[PoolType.RBD] == {"Server", "More monitors", "Source name"}
    assert shown[PoolType.ISCSI] == {"Server", "Target IQN", "Initiator IQN"}
    assert shown[PoolType.SCSI] == {"Adapter name"}
    assert shown[PoolType.FS] == {"Device", "Mount options"}


def test_iscsi_problems_block_next_until_fixed(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.ISCSI)
    click(qtbot, wiz)
    page = wiz.source
    # Blank fields are asked for in the normal tone, not marked wrong; Next waits for them.
    line = next(line for line in page.findChildren(MessageLine) if line.text() and line.isVisible())
    assert line.text() == "Enter the server's host name or IP address."
    assert tone_of(line) is Tone.NORMAL and page.host.property("invalid") is not True
    assert page.host.accessibleDescription() == line.text() and not wiz.button(NEXT).isEnabled()
    type_into(qtbot, page.host, "bad host")
    type_into(qtbot, page.iqn, "nope")
    shown = problems_shown(page)
    assert any("not a valid host name" in t for t in shown)
    assert tone_of(line) is Tone.ERROR and page.host.property("invalid") is True
    assert any("not an iSCSI qualified name" in t for t in shown)
    assert not wiz.button(NEXT).isEnabled()
    type_into(qtbot, page.host, "192.0.2.10")
    type_into(qtbot, page.iqn, "iqn.2024-01.com.example:storage")
    assert problems_shown(page) == [] and wiz.button(NEXT).isEnabled()


def test_monitors_parse():
    assert parse_hosts("mon1, mon2:6789; [2001:db8::1]:3300 , 2001:db8::2") == [
        HostSpec("mon1"), HostSpec("mon2", 6789), HostSpec("2001:db8::1", 3300), HostSpec("2001:db8::2")]
    assert parse_hosts("mon1:x") is None
    assert parse_hosts("mon1:6789²") is None  # a digit int() refuses
    assert parse_hosts("") == []
    found = PoolSpec(type=PoolType.LOGICAL, source_name="vg0", devices=["/dev/sdb", "/dev/sdc"])
    assert source_words(found) == "vg0: /dev/sdb, /dev/sdc"


# -- build and overwrite --------------------------------------------------------------------------


def test_overwrite_stays_off_unless_the_user_says_yes(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.LOGICAL)
    click(qtbot, wiz)
    wiz.source.devices.setPlainText("/dev/sdb")
    click(qtbot, wiz)
    page = wiz.target
    assert wiz.currentId() == PageId.TARGET and not wiz.state.spec.overwrite
    assert not page.build.isChecked()  # building writes on the devices: only when asked
    qtbot.mouseClick(page.build, Qt.MouseButton.LeftButton, pos=QPoint(8, page.build.height() // 2))
    assert wiz.state.spec.build and page.overwrite.isEnabled()
    qtbot.mouseClick(page.overwrite, Qt.MouseButton.LeftButton, pos=QPoint(8, page.overwrite.height() // 2))
    box = page.confirm_box
    assert box is not None and "destroys everything stored on /dev/sdb" in box.text()
    assert not page.overwrite.isChecked()  # not until the answer
    box.button(QMessageBox.StandardButton.No).click()
    assert not page.overwrite.isChecked() and not wiz.state.spec.overwrite
    qtbot.mouseClick(page.overwrite, Qt.MouseButton.LeftButton, pos=QPoint(8, page.overwrite.height() // 2))
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert page.overwrite.isChecked() and wiz.state.spec.overwrite
    shown = [t for t in problems_shown(page) if "destroys everything" in t]
    assert shown == ["Building with overwrite destroys everything stored on /dev/sdb."]  # a warning
    assert wiz.button(NEXT).isEnabled()


def test_the_summary_says_overwriting_when_the_xml_is_written_by_hand(connected, qtbot, created):
    """With the XML edited by hand the Build row said only "yes", though Finish still builds
    with overwrite (the partition table, volume group or file system on the devices the XML
    now names is destroyed)."""
    wiz = open_wizard(qtbot, connected)
    choose(wiz.type_page.type, PoolType.LOGICAL)
    click(qtbot, wiz)
    wiz.source.devices.setPlainText("/dev/sdb")
    click(qtbot, wiz)
    page = wiz.target
    qtbot.mouseClick(page.build, Qt.MouseButton.LeftButton, pos=QPoint(8, page.build.height() // 2))
    qtbot.mouseClick(page.overwrite, Qt.MouseButton.LeftButton, pos=QPoint(8, page.overwrite.height() // 2))
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    goto(qtbot, wiz, PageId.SUMMARY)
    summary = wiz.summary
    assert "yes, overwriting" in summary.overview.text()
    assert "pool: /dev/sdb" in summary.overview.text()  # the volume group on its device
    qtbot.mouseClick(summary.hand_edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, summary.hand_edit.height() // 2))
    summary.xml.setPlainText(summary.xml_text().replace("/dev/sdb", "/dev/sdc"))
    assert "pool: /dev/sdc" in summary.overview.text()  # the devices overwritten
    assert "<b>Build:</b>&nbsp;</td><td>yes, overwriting</td>" in summary.overview.text()
    summary.xml.setPlainText(summary.xml_text().replace("type=\"logical\"", "type=\"dir\"")
                             .replace("type='logical'", "type='dir'"))
    assert "<b>Build:</b>&nbsp;</td><td>yes</td>" in summary.overview.text()  # a directory's
    # build overwrites nothing
    assert created == []


# -- the XML by hand --------------------------------------------------------------------------


def test_hand_written_xml_is_checked_and_defined(connected, qtbot, created):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.type_page.name, "fromxml")
    goto(qtbot, wiz, PageId.SUMMARY)
    page = wiz.summary
    qtbot.mouseClick(page.hand_edit, Qt.MouseButton.LeftButton, pos=QPoint(8, page.hand_edit.height() // 2))
    page.xml.setPlainText("<pool type='dir'><name>home</name>")
    assert page.xml_problem.isVisible() and "does not parse" in page.xml_problem.text()
    assert not wiz.button(FINISH).isEnabled()
    page.xml.setPlainText("<pool type='dir'><name>home</name><target><path>/x</path></target></pool>")
    assert page.xml_problem.text() == "This host already has a storage pool named home."
    page.xml.setPlainText("<pool type='dir'><name>byhand</name><target><path>/x</path></target></pool>")
    settle(qtbot, page)
    assert not page.xml_problem.isVisible() and wiz.button(FINISH).isEnabled()
    with qtbot.waitSignal(wiz.created, timeout=10000):
        click(qtbot, wiz, FINISH)
    assert "<name>byhand</name>" in created[0][0]
    assert "byhand" in pool_names(qtbot, connected) and "fromxml" not in pool_names(qtbot, connected)


def test_a_hand_written_name_libvirt_refuses_or_would_keep_blanks_in_is_named(connected, qtbot,
                                                                              created):
    """A '/' in the name was reported as three lines of the schema's ("Error validating
    datatype string", …), which do not say it is the name; blanks around it passed, and
    libvirt made a pool " home " beside "home". A space inside is libvirt's to take."""
    wiz = open_wizard(qtbot, connected)
    goto(qtbot, wiz, PageId.SUMMARY)
    page = wiz.summary
    qtbot.mouseClick(page.hand_edit, Qt.MouseButton.LeftButton, pos=QPoint(8, page.hand_edit.height() // 2))
    xml = "<pool type='dir'>\n  <name>{}</name>\n  <target><path>/x</path></target>\n</pool>"
    page.xml.setPlainText(xml.format("a/b"))
    assert page.xml_problem.text() == "The pool's name cannot contain '/' or line breaks."
    assert not wiz.button(FINISH).isEnabled()
    page.xml.setPlainText(xml.format(" home "))
    assert page.xml_problem.text() == ("The pool's name begins or ends with a blank, which libvirt "
                                       "would keep as part of it; remove it.")
    assert not wiz.button(FINISH).isEnabled() and page.xml.toPlainText() == xml.format(" home ")
    page.xml.setPlainText(xml.format("a/b").replace("<target>", "<target><bogus/>"))
    assert "/" in page.xml_problem.text() and "Line" not in page.xml_problem.text()
    page.xml.setPlainText(xml.format("ac").replace("<target>", "<target><bogus/>"))
    settle(qtbot, page)
    assert page.xml_problem.text().startswith("Line 3: ")  # the schema's, once the name is right
    page.xml.setPlainText(xml.format("my pool"))
    settle(qtbot, page)
    assert not page.xml_problem.isVisible() and wiz.button(FINISH).isEnabled()
    with qtbot.waitSignal(wiz.created, timeout=10000):
        click(qtbot, wiz, FINISH)
    assert "my pool" in pool_names(qtbot, connected)


# -- accessibility -----------------------------------------------------------------------------


def test_every_field_has_an_accessible_name_and_labels_have_buddies(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    kinds = (QLineEdit, QComboBox, QCheckBox, QSpinBox, QPlainTextEdit, QListWidget, QPushButton)
    for kind in kinds:
        for widget in wiz.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QSpinBox):
                continue  # the combo/spin box carries the name
            assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()!r} has no name"
    for label in wiz.findChildren(QLabel):
        if "&" in label.text() and "<" not in label.text():  # a mnemonic, not rich text
            assert label.buddy() is not None, label.text()
    names = {w.accessibleName() for kind in (QLineEdit, QComboBox, QSpinBox, QPlainTextEdit)
             for w in wiz.findChildren(kind)}
    assert {"Pool name", "Type", "Server", "Port", "Source path", "Source name", "Source format",
            "Device", "Devices", "Target IQN", "Initiator IQN", "Target path", "Pool XML"} <= names
    assert wiz.accessibleName() == "Add storage pool"


def test_the_create_job_gets_the_choices(monkeypatch):
    seen = {}

    def fake(conn, xml, **kwargs):
        seen.update(kwargs, xml=xml)
        return "uuid"

    monkeypatch.setattr(poolops, "create_pool", fake)
    assert wizard_module.create_job(None, "<pool/>", True, False, True, False, None, print) == "uuid"
    assert seen == {"xml": "<pool/>", "build": True, "overwrite": False, "start": True,
                    "autostart": False, "target_existed": None, "progress": print}


def test_show_command_lists_what_finish_would_do(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.type_page.name, "scratch")
    goto(qtbot, wiz, PageId.SUMMARY)
    button = wiz.summary.command_button
    assert button.accessibleName() == "Show command" and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wiz.command_dialog
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=5000)  # the XML file is written
    [path] = dialog.paths.values()
    uri = connected.uri
    assert dialog.lines() == [f"virsh -c {uri} pool-define {path}", f"virsh -c {uri} pool-build scratch",
                              f"virsh -c {uri} pool-start scratch", f"virsh -c {uri} pool-autostart scratch"]
    with open(path, encoding="utf-8") as f:
        assert f.read() == wiz.summary.xml_text()
    assert "scratch" not in pool_names(qtbot, connected) and wiz.isVisible()


def test_show_command_of_hand_written_xml_is_titled_with_its_name(connected, qtbot):
    """The title took the name field's ("Create pool fromfield") while the lines defined the
    pool the XML names."""
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.type_page.name, "fromfield")
    goto(qtbot, wiz, PageId.SUMMARY)
    page = wiz.summary
    qtbot.mouseClick(page.hand_edit, Qt.MouseButton.LeftButton, pos=QPoint(8, page.hand_edit.height() // 2))
    page.xml.setPlainText("<pool type='dir'><name>byhand</name><target><path>/x</path></target></pool>")
    settle(qtbot, page)
    dialog = wiz.show_command()
    qtbot.waitUntil(lambda: bool(dialog.commands), timeout=5000)
    assert dialog.windowTitle() == "Show command — Create pool byhand"
    assert dialog.lines()[1] == f"virsh -c {connected.uri} pool-build byhand"


def test_show_command_is_possible_when_finish_is(connected, qtbot):
    """While libvirt's schema check of the XML ran after an edit (and with a problem that
    keeps Finish disabled), "Show Command" stayed enabled and did nothing when clicked."""
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.type_page.name, "fromfield")
    goto(qtbot, wiz, PageId.SUMMARY)
    page, button = wiz.summary, wiz.summary.command_button
    qtbot.mouseClick(page.hand_edit, Qt.MouseButton.LeftButton, pos=QPoint(8, page.hand_edit.height() // 2))
    settle(qtbot, page)
    assert button.isEnabled()
    page.xml.setPlainText("<pool type='dir'><name>byhand</name><target><path>/x</path></target></pool>")
    assert page.schema.pending and not button.isEnabled()  # as Finish
    settle(qtbot, page)
    assert button.isEnabled() and page.isComplete()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wiz.command_dialog is not None
    assert wiz.command_dialog.windowTitle() == "Show command — Create pool byhand"
    wiz.command_dialog.close()
    page.xml.setPlainText("<pool type='dir'><name>byhand")  # does not parse
    settle(qtbot, page)
    assert not button.isEnabled() and not page.isComplete()


def test_the_types_the_host_cannot_run_are_listed_with_the_languages_separator(
        traditional_chinese, connected, qtbot):
    """Chinese lists with 、: the page joined the type names with ', '."""
    wiz = open_wizard(qtbot, connected)
    wiz.state.set_caps(parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text()))
    text = wiz.type_page.unavailable.text()
    assert text.count("、") >= 3 and ", " not in text, text


def test_finish_waits_while_the_host_is_not_connected(connected, qtbot, created):
    """As the network wizard's: Finish stayed enabled with the connection closed."""
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.type_page.name, "later")
    goto(qtbot, wiz, PageId.SUMMARY)
    assert wiz.button(FINISH).isEnabled()
    with qtbot.waitSignal(connected.stateChanged, timeout=5000):
        connected.close()
    assert not wiz.button(FINISH).isEnabled()
    assert wiz.summary.finish.held.text() == (
        f"{connected.display_name} is not connected: Finish is possible once it is connected again.")
    connected.open()
    qtbot.waitUntil(lambda: wiz.button(FINISH).isEnabled(), timeout=5000)
    assert not wiz.summary.finish.held.isVisible() and created == []


def test_spaces_around_the_name_are_dropped_as_for_a_network(connected, qtbot):
    """"home " was refused with a message on the characters allowed, which does not say
    what is wrong; the network wizard drops spaces around a network's name."""
    wiz = open_wizard(qtbot, connected)
    page = wiz.type_page
    type_into(qtbot, page.name, "  scratch ")
    assert problems_shown(page) == [] and wiz.button(NEXT).isEnabled()
    assert wiz.state.spec.name == "scratch"
    type_into(qtbot, page.name, "home ")  # and it is the name compared
    assert problems_shown(page) == ["This host already has a storage pool named home."]
    type_into(qtbot, page.name, "scratch ")
    goto(qtbot, wiz, PageId.SUMMARY)
    assert "<name>scratch</name>" in wiz.summary.xml_text()


def test_the_pool_types_are_asked_again_after_a_reconnect(connected, qtbot, monkeypatch):
    """A capabilities call that failed (the connection dropped as the wizard opened) was
    taken for a host that cannot say and never asked again: every type stayed offered."""
    from kvmgui.libvirt.connstate import ConnState

    caps = parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text())
    answers = [FakeLibvirtError("internal error: client socket is closed"), caps]

    def ask(_conn):
        answer = answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(poolops, "pool_capabilities", ask)
    wiz = open_wizard(qtbot, connected)
    page = wiz.type_page
    connected.close()
    qtbot.waitUntil(lambda: connected.state is ConnState.DISCONNECTED, timeout=5000)
    answers.pop(0)
    connected.open()
    qtbot.waitUntil(lambda: connected.state is ConnState.CONNECTED, timeout=10000)
    qtbot.waitUntil(lambda: wiz.state.caps is caps, timeout=5000)
    assert page.unavailable.text().startswith("Not available on this host: ")
    model = page.type.model()
    assert not model.item(page.type.findData(PoolType.ZFS)).isEnabled()
