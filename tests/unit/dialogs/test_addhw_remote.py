"""Add hardware and the disk page on a remote host: an image path is looked for through the
host's storage pools (its files cannot be looked at from here)."""

import threading

import libvirt
import pytest
from PySide6.QtWidgets import QLabel

from kvmgui.dialogs import imagecheck
from kvmgui.libvirt import hostpaths
from kvmgui.libvirt.connection import Connection
from kvmgui.xml.newvm_checks import PathState
from tests.helpers import BUILD, domain_doc, run_in_worker

NOT_HELD = ("No storage pool of the host holds /srv/images/data.qcow2: whether it exists is "
            "known only once libvirt uses it.")


@pytest.fixture
def remote(monkeypatch):
    monkeypatch.setattr(Connection, "is_local", property(lambda self: False))


def image_form(window, path):
    window.add_hardware()
    dialog = window.add_hw_dialog
    disk = dialog.select("disk")
    disk.existing.setChecked(True)
    disk.path.setText(path)
    return dialog, disk


def notes(widget):
    return [label.text() for label in widget.findChildren(QLabel)
            if label.isVisibleTo(widget) and "storage pool" in label.text()]


def test_a_pool_started_for_the_images_folder_is_asked_again(details_of, connected, qtbot,
                                                            remote):
    """The answer "no pool holds it" was kept until the next click: the note stayed, and the
    form took the path for one it cannot check, with the new pool telling it is missing."""
    window = details_of(BUILD)
    dialog, disk = image_form(window, "/srv/images/data.qcow2")
    qtbot.waitUntil(lambda: notes(dialog) == [NOT_HELD], timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>images</name><target><path>/srv/images</path></target></pool>", 0))
    qtbot.waitUntil(lambda: disk.image.host.known("/srv/images/data.qcow2") is PathState.MISSING,
                    timeout=5000)
    qtbot.waitUntil(lambda: notes(dialog) == [], timeout=5000)
    dialog.reject()


def test_a_click_waiting_on_a_look_from_before_a_pool_started_looks_again(
        details_of, connected, qtbot, remote, monkeypatch):
    """The look read the pools running before: Add took its "no pool holds it" and added
    a disk on an image the new pool says is missing."""
    release = threading.Event()
    real = hostpaths.host_path_state
    pools_seen = []

    def slow(conn, path, pools, fresh):
        pools_seen.append(len(pools))
        if len(pools_seen) == 2:  # the click's
            release.wait(10)
        return real(conn, path, pools, fresh)

    monkeypatch.setattr(hostpaths, "host_path_state", slow)
    window = details_of(BUILD)
    before = domain_doc(qtbot, connected, BUILD).to_string()
    dialog, _disk = image_form(window, "/srv/images/data.qcow2")
    qtbot.waitUntil(lambda: notes(dialog) == [NOT_HELD], timeout=5000)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: len(pools_seen) == 2, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>images</name><target><path>/srv/images</path></target></pool>", 0))
    qtbot.waitUntil(lambda: any(r.name == "images" for r in connected.pools.records()),
                    timeout=5000)
    added = []
    window.changeApplied.connect(lambda *_args: added.append(True))
    release.set()
    qtbot.waitUntil(lambda: bool(added) or dialog.problem.text() == (
        "/srv/images/data.qcow2 does not exist"), timeout=5000)
    assert not added and domain_doc(qtbot, connected, BUILD).to_string() == before
    dialog.reject()


def test_a_missing_image_in_a_pools_folder_is_refused(details_of, connected, qtbot, remote):
    """Not looked for at all on a remote host: the disk was added, and the VM did not start."""
    window = details_of(BUILD)
    before = domain_doc(qtbot, connected, BUILD).to_string()
    dialog, disk = image_form(window, "/home/gone.qcow2")  # the folder of the pool 'home'
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() == "/home/gone.qcow2 does not exist", timeout=5000)
    assert not dialog.busy and disk.path.text() == "/home/gone.qcow2"
    assert domain_doc(qtbot, connected, BUILD).to_string() == before
    dialog.reject()


def test_an_image_no_pool_holds_is_said_unchecked_and_added(details_of, connected, qtbot, remote):
    window = details_of(BUILD)
    dialog, _disk = image_form(window, "/srv/images/data.qcow2")
    qtbot.waitUntil(lambda: notes(dialog) == [NOT_HELD], timeout=5000)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").source == (
        "/srv/images/data.qcow2")


def test_a_host_that_does_not_answer_is_said_still_looked_at(details_of, connected, qtbot,
                                                              remote, monkeypatch):
    """"Looking for …" stood until the link watcher ended the silent link (~12 s)."""
    release = threading.Event()
    real = hostpaths.host_path_state

    def hung(conn, path, pools, fresh):
        release.wait(10)
        return real(conn, path, pools, fresh)

    monkeypatch.setattr(hostpaths, "host_path_state", hung)
    monkeypatch.setattr(imagecheck, "SLOW_MS", 100)
    window = details_of(BUILD)
    dialog, disk = image_form(window, "/srv/images/data.qcow2")
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text().startswith(
        "Still looking for /srv/images/data.qcow2: the host has not answered for "), timeout=5000)
    assert not dialog.busy and disk.isEnabled()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        release.set()
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").source == (
        "/srv/images/data.qcow2")


def test_the_disk_page_refuses_a_missing_image_in_a_pools_folder(details_of, qtbot, remote):
    window = details_of(BUILD)
    window.select_page("device:disk:vda")
    page = window.pages["device:disk:vda"]
    page.path.setText("/home/gone.qcow2")
    page.path.textEdited.emit("/home/gone.qcow2")
    qtbot.waitUntil(lambda: page.problem.text() == "/home/gone.qcow2 does not exist", timeout=5000)
    assert not page.apply_button.isEnabled() and notes(page) == []
    page.path.setText("/srv/images/data.qcow2")
    page.path.textEdited.emit("/srv/images/data.qcow2")
    qtbot.waitUntil(lambda: page.problem.text() == "" and notes(page) == [NOT_HELD], timeout=5000)
    assert page.apply_button.isEnabled()


def test_a_file_made_in_a_pools_folder_is_found_once_the_pool_is_refreshed():
    """A pool lists the files it had at its last refresh: one copied there since is there."""
    pools = [("home", "<pool type='dir'><target><path>/home/</path></target></pool>"),
             ("lvs", "<pool type='logical'><target><path>/srv</path></target></pool>")]
    made = []

    class Pool:
        def refresh(self, _flags):
            made.append("/home/new.qcow2")

    class Host:
        def storageVolLookupByPath(self, path):
            if path not in made:
                raise FakeError
            return type("Vol", (), {"info": lambda self: [0, 0, 0]})()

        def storagePoolLookupByName(self, name):
            assert name == "home"
            return Pool()

    class FakeError(hostpaths.libvirt.libvirtError):
        def __init__(self):
            Exception.__init__(self, "no vol")

        def get_error_code(self):
            return hostpaths.libvirt.VIR_ERR_NO_STORAGE_VOL

    assert hostpaths.host_path_state(Host(), "/home/new.qcow2", pools) == (PathState.FILE, "home")
    assert hostpaths.host_path_state(Host(), "/home/other.qcow2", pools) == (
        PathState.MISSING, "home")
    assert hostpaths.host_path_state(Host(), "/srv/x.img", pools) == (None, "")  # an LVM group's folder
    assert hostpaths.host_path_state(Host(), "/home/sub/x.img", pools) == (None, "")
    # A pool refreshed a moment ago is not refreshed again.
    made.clear()
    assert hostpaths.host_path_state(Host(), "/home/new.qcow2", pools, {"home"}) == (
        PathState.MISSING, "")
    assert made == []


def test_a_path_typed_in_a_pools_folder_refreshes_the_pool_once(details_of, connected, qtbot,
                                                                remote, monkeypatch):
    """Each key typed there refreshed the pool (a rescan of its folder, and an event that
    re-read the pool and re-listed its volumes): 15 for this name. The click looks afresh."""
    refreshed = []
    real = libvirt.virStoragePool.refresh

    def refresh(pool, flags=0):
        refreshed.append(pool.name())
        return real(pool, flags)

    monkeypatch.setattr(libvirt.virStoragePool, "refresh", refresh)
    window = details_of(BUILD)
    dialog, disk = image_form(window, "")
    for key in "/home/new-disk.qcow2":  # each key once the look before it is answered
        qtbot.keyClicks(disk.path, key)
        qtbot.waitUntil(lambda: disk.image.host.answered(disk.path.text()), timeout=5000)
    assert refreshed == ["home"]
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() == "/home/new-disk.qcow2 does not exist",
                    timeout=5000)
    assert refreshed == ["home", "home"]
    # Later, a key typed refreshes it again.
    monkeypatch.setattr(hostpaths, "REFRESH_S", 0.0)
    qtbot.keyClicks(disk.path, "2")
    qtbot.waitUntil(lambda: disk.image.host.answered(disk.path.text()), timeout=5000)
    assert refreshed == ["home", "home", "home"]


def test_a_dev_path_typed_asks_the_host_once_at_a_time(details_of, qtbot, remote, monkeypatch):
    """Each key asked the host whether the path is a block device: a name typed queued
    as many calls on the host's few threads, and Add waited behind them."""
    from kvmgui.libvirt import imageformat

    asked, release = [], threading.Event()
    real = imageformat.host_says_block

    def says(conn, path):
        asked.append(path)
        release.wait(10)
        return real(conn, path)

    monkeypatch.setattr(imageformat, "host_says_block", says)
    dialog, disk = image_form(details_of(BUILD), "")
    qtbot.keyClicks(disk.path, "/dev/disk/by-id/ata-disk")
    qtbot.waitUntil(lambda: asked == ["/dev/"], timeout=5000)
    release.set()
    wanted = ("/dev/disk/by-id/ata-disk will be added as a block device, as it lies in /dev: "
              "no storage pool of the host says what it is.")
    qtbot.waitUntil(lambda: disk.path_note.text() == wanted, timeout=5000)
    assert asked == ["/dev/", "/dev/disk/by-id/ata-disk"]
    dialog.reject()
