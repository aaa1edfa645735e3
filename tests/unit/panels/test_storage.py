"""The host's "Storage" panel against the test driver: pools, their volumes, and every action
with its question ("No" sends nothing)."""

from __future__ import annotations

import logging

import libvirt
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kvmgui.libvirt import poolops, volops, volumelist
from kvmgui.libvirt.diskusers import UsersUnknownError
from kvmgui.libvirt.transfers import Transfer
from kvmgui.libvirt.volops import delete_despite_stopped_users, delete_unused
from kvmgui.models.pools import PoolColumn
from kvmgui.models.roles import Role
from kvmgui.models.volumes import VolumeColumn
from kvmgui.panels.storage import (
    StoragePanel,
    autostart_on,
    delete_with_data,
    remove_pool,
    stop_unless_gone,
)
from kvmgui.widgets.transfer import TransferDialog
from kvmgui.widgets.transferjobs import download_file, upload_file
from kvmgui.wizards.pool.wizard import PoolWizard
from kvmgui.wizards.volume.create import VolumeDialog
from kvmgui.wizards.volume.resize import ResizeDialog
from tests.helpers import FakeError, parsed_on_gui_thread, run_in_worker, uuid_of
from tests.unit.libvirt.test_streams import MemoryStream

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
VOLUME = """<volume><name>{}</name><capacity unit='MiB'>64</capacity>
            <target><format type='raw'/></target></volume>"""


@pytest.fixture
def panel(connected, qtbot):
    widget = StoragePanel(connected)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    assert widget.pool_view.select_key(uuid_of(connected.pools, "home"))
    qtbot.waitUntil(lambda: widget.volume_model.rowCount() == 3, timeout=5000)
    return widget


def pool_cell(panel, name, col, role=Qt.ItemDataRole.DisplayRole):
    model = panel.pool_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, col).data(role)


def select_volume(panel, name):
    model = panel.volume_model
    assert panel.volume_view.select_key(model.volume(name).key)
    assert panel.volumes.current().name == name


def answered(panel):
    """The panel says something other than that an upload's file is being read."""
    text = panel.message.text()
    return panel.message.isVisibleTo(panel) and not (text.startswith("Reading ")
                                                     and text.endswith("…"))


def names(panel):
    return sorted(panel.volume_model.names())


def test_views_are_named_and_show_the_pools(panel, qtmodeltester):
    qtmodeltester.check(panel.pool_model)
    qtmodeltester.check(panel.volume_model)
    assert panel.pool_view.accessibleName() == "Storage pools"
    assert panel.volume_view.accessibleName() == "Volumes"
    assert pool_cell(panel, "home", PoolColumn.TYPE) == "Directory"
    assert pool_cell(panel, "home", PoolColumn.USAGE) == "72 GiB free of 100 GiB"
    assert pool_cell(panel, "home", PoolColumn.USAGE, Role.SORT) == pytest.approx(0.28)
    assert panel.volumes.status.text() == "3 volume(s)"
    for button in (*panel.volumes.buttons, panel.add_button, panel.xml_button, panel.delete_button):
        assert button.accessibleName()


def test_pool_events_parse_no_pool_xml_on_the_gui_thread(connected, panel, qtbot, monkeypatch):
    """Each pool event parsed the XML of every pool it changed on the GUI thread for its
    type (the Type column), and the selected pool's again and again for the buttons that
    type allows and for its volume listing. The type is read with the XML, in the worker
    that reads the pool."""
    parsed = parsed_on_gui_thread(monkeypatch, "<pool")
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").destroy())
    qtbot.waitUntil(lambda: not panel.volumes.new_button.isEnabled(), timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").create(0))
    qtbot.waitUntil(lambda: panel.volume_model.rowCount() == 3, timeout=5000)
    assert panel.volumes.new_button.isEnabled() and panel.delete_button.isEnabled()
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='netfs'><name>nfs</name><source><host name='nas'/><dir path='/export'/>"
        "</source><target><path>/mnt/nfs</path></target></pool>", 0))
    qtbot.waitUntil(lambda: panel.pool_model.rowCount() == 2, timeout=5000)
    assert pool_cell(panel, "nfs", PoolColumn.TYPE) == "Network file system"
    assert parsed == []


def test_stop_start_and_autostart(connected, panel, qtbot, submitted):
    assert panel.stop_button.isEnabled() and not panel.start_button.isEnabled()
    panel.stop_button.click()
    qtbot.waitUntil(lambda: pool_cell(panel, "home", PoolColumn.STATE) == "Inactive", timeout=5000)
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=5000)
    assert panel.volume_model.rowCount() == 0
    assert "not active" in panel.volumes.status.text()
    assert not panel.volumes.new_button.isEnabled()
    panel.start_button.click()
    qtbot.waitUntil(lambda: pool_cell(panel, "home", PoolColumn.STATE) == "Active", timeout=5000)
    qtbot.waitUntil(lambda: panel.volume_model.rowCount() == 3, timeout=5000)
    panel.autostart.setChecked(True)
    assert submitted[-1] is autostart_on
    qtbot.waitUntil(lambda: connected.pools.get(uuid_of(connected.pools, "home")).autostart,
                    timeout=5000)


def test_errors_show_libvirt_message(panel, qtbot):
    home = panel.current()
    # The pool was stopped elsewhere; the panel's button still thought it running.
    run_in_worker(qtbot, panel.conn, lambda c: c.storagePoolLookupByUUIDString(home.uuid).destroy())
    panel._run("stop pool home", poolops.stop, home.uuid)
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text().startswith("Could not stop pool home: ")
    assert "not active" in panel.message.text()


def test_volume_details_that_cannot_be_read_say_why(panel, qtbot, monkeypatch, caplog):
    """The rows stay; the status says why their formats are missing (the failure was
    dropped without a word)."""
    def refuse(*_args, **_kwargs):
        raise FakeError("cannot read volume data.img")

    monkeypatch.setattr(volumelist, "volume_details", refuse)
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        panel.volume_model.refresh_details(names(panel))
        qtbot.waitUntil(lambda: "cannot read volume data.img" in panel.volumes.status.text(),
                        timeout=5000)
    assert panel.volumes.status.text() == ("Could not read the volumes' formats and backing "
                                           "stores: cannot read volume data.img")
    assert panel.volume_model.rowCount() == 3
    assert "cannot read volume data.img" in caplog.text


def test_pool_capabilities_that_cannot_be_read_are_logged(connected, qtbot, monkeypatch, caplog):
    def refuse(_conn):
        raise FakeError("no pool capabilities here")

    monkeypatch.setattr(poolops, "pool_capabilities", refuse)
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        widget = StoragePanel(connected)
        qtbot.addWidget(widget)
        qtbot.waitUntil(lambda: "no pool capabilities here" in caplog.text, timeout=5000)
    assert widget.caps is None


def test_delete_pool_asks_and_keeps_files(connected, panel, qtbot, submitted):
    panel.delete_button.click()
    assert "stay on the host" in panel.confirm_box.text()
    assert panel.delete_data is not None and not panel.delete_data.isChecked()
    panel.confirm_box.button(NO).click()
    # "Yes" would have submitted the removal while the box closed: nothing was.
    assert remove_pool not in submitted and not panel.busy
    panel.delete_button.click()
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is remove_pool
    qtbot.waitUntil(lambda: not any(p.name == "home" for p in connected.pools.records()), timeout=5000)


def test_deleting_the_data_is_asked_again(connected, panel, qtbot, submitted):
    panel.delete_button.click()
    assert "directory" in panel.delete_data.text()
    panel.delete_data.setChecked(True)
    panel.confirm_box.button(YES).click()
    second = panel.confirm_box
    assert "for good" in second.text()
    second.button(NO).click()
    assert delete_with_data not in submitted and remove_pool not in submitted
    panel.delete_button.click()
    panel.delete_data.setChecked(True)
    panel.confirm_box.button(YES).click()
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is delete_with_data
    # Running VMs have disks in it: refused with the VMs' names, nothing deleted.
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text() == ("Could not delete pool home and its data: The pool's data cannot "
                                    "be deleted: these VMs use its storage: build, db01, web01")
    assert any(p.name == "home" for p in connected.pools.records())


def test_a_pool_deleted_elsewhere_before_the_answer_is_no_error(connected, panel, qtbot, submitted):
    panel.delete_button.click()
    uuid = uuid_of(connected.pools, "home")

    def gone(c):
        pool = c.storagePoolLookupByUUIDString(uuid)
        pool.destroy()
        pool.undefine()

    run_in_worker(qtbot, connected, gone)  # while the question is open
    qtbot.waitUntil(lambda: not any(p.name == "home" for p in connected.pools.records()), timeout=5000)
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is remove_pool
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    assert panel.message.text() == ""  # what was asked for has happened: nothing to report


def test_add_pool_opens_the_wizard_and_selects_the_new_pool(connected, panel, qtbot):
    panel.add_button.click()
    wizard = panel.wizard
    assert isinstance(wizard, PoolWizard)
    panel.add_button.click()
    assert panel.wizard is wizard  # one at a time
    with qtbot.waitSignal(wizard.created, timeout=10000) as made:
        wizard.state.spec.target_path = "/srv/pool"
        wizard.target.suggest("/srv/pool")
        wizard.accept()
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().uuid == made.args[0],
                    timeout=5000)


def test_xml_and_command_hooks(panel, qtbot):
    with qtbot.waitSignal(panel.xmlEditRequested) as asked:
        panel.xml_button.click()
    assert asked.args == ["pool", panel.current().uuid]
    keys = [job.key for job in panel.pool_jobs()]
    assert keys == ["start", "stop", "refresh", "delete", "autostart-on", "autostart-off", "delete-data"]
    assert panel.pool_jobs()[0].args == (panel.current().uuid,)
    select_volume(panel, "build.qcow2")
    assert [(j.key, j.fn, j.args) for j in panel.volumes.jobs()] == [
        ("delete", delete_unused, (panel.current().uuid, "build.qcow2")),
        ("wipe", volops.wipe_volume, (panel.current().uuid, "build.qcow2"))]


def test_a_transient_pool_offers_no_commands_it_cannot_have(connected, panel, qtbot):
    # No autostart and no data deletion for a pool libvirt forgets when it stops: the panel
    # offers neither, and neither may its "Show command" menu.
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>scratch</name><target><path>/scratch</path></target></pool>", 0))
    qtbot.waitUntil(lambda: any(p.name == "scratch" for p in connected.pools.records()), timeout=5000)
    assert panel.pool_view.select_key(uuid_of(connected.pools, "scratch"))
    assert not panel.autostart.isEnabled()
    assert [job.key for job in panel.pool_jobs()] == ["start", "stop", "refresh", "delete"]


# -- volumes ---------------------------------------------------------------------------------


def test_a_volume_a_running_vm_uses_is_not_deleted(panel, qtbot, submitted):
    qtbot.waitUntil(lambda: panel.volume_model.volume("web01.qcow2").users is not None, timeout=5000)
    select_volume(panel, "web01.qcow2")
    panel.volumes.delete_button.click()
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text() == ("/home/web01.qcow2 cannot be deleted while a running VM uses it: "
                                    "web01")
    assert panel.confirm_box is None  # nothing to ask
    assert delete_unused not in submitted and delete_despite_stopped_users not in submitted
    assert "web01.qcow2" in names(panel)


def test_a_stopped_vm_s_volume_is_deleted_after_a_yes(connected, panel, qtbot, submitted):
    select_volume(panel, "build.qcow2")
    panel.volumes.delete_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert "It is a disk of these stopped VMs: build." in panel.confirm_box.text()
    first = panel.confirm_box
    first.button(NO).click()
    assert delete_despite_stopped_users not in submitted and "build.qcow2" in names(panel)
    panel.volumes.delete_button.click()
    # The first box is deleted once closed: not asked whether it shows (a RuntimeError).
    qtbot.waitUntil(lambda: panel.confirm_box is not first and panel.confirm_box.isVisible(), timeout=5000)
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is delete_despite_stopped_users
    qtbot.waitUntil(lambda: "build.qcow2" not in names(panel), timeout=5000)


def test_a_stopped_vm_defined_on_the_volume_after_the_yes_keeps_it(connected, panel, qtbot,
                                                                     submitted):
    """The yes was for the VMs the question named: another stopped VM defined on the volume
    before the job ran lost its disk without being named."""
    clone = """<domain type='test'><name>clone</name><memory>65536</memory>
      <os><type>hvm</type></os><devices><disk type='file' device='disk'>
      <source file='/home/build.qcow2'/><target dev='vdb' bus='virtio'/></disk></devices></domain>"""
    select_volume(panel, "build.qcow2")
    panel.volumes.delete_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert "It is a disk of these stopped VMs: build." in panel.confirm_box.text()
    run_in_worker(qtbot, connected, lambda c: c.defineXML(clone))  # while the question is open
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is delete_despite_stopped_users
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    assert panel.message.text() == (
        "Could not delete volume build.qcow2: /home/build.qcow2 is now also a disk of clone, "
        "which the question did not name"), panel.message.text()
    assert "build.qcow2" in names(panel)


def add_spare(qtbot, connected, panel):
    """A volume no VM uses, "spare.img" in pool home, listed."""
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .createXML(VOLUME.format("spare.img"), 0))
    panel.volume_model.reload()
    qtbot.waitUntil(lambda: "spare.img" in names(panel), timeout=5000)


def test_an_unused_volume_is_deleted_after_a_yes(connected, panel, qtbot, submitted):
    add_spare(qtbot, connected, panel)
    select_volume(panel, "spare.img")
    panel.volumes.delete_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert panel.confirm_box.text() == "Delete volume spare.img? Its data is lost for good."
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is delete_unused
    qtbot.waitUntil(lambda: "spare.img" not in names(panel), timeout=5000)


def test_a_volume_deleted_elsewhere_before_the_answer_is_no_error(connected, panel, qtbot, submitted):
    add_spare(qtbot, connected, panel)
    select_volume(panel, "spare.img")
    panel.volumes.delete_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .storageVolLookupByName("spare.img").delete(0))  # while the question is open
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is delete_unused
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    assert panel.message.text() == ""
    qtbot.waitUntil(lambda: "spare.img" not in names(panel), timeout=5000)


def test_a_volume_deleted_elsewhere_before_the_click_is_no_error(connected, panel, qtbot, submitted):
    """libvirt sends no event for a volume, so the list still showed it: the check said
    "Could not check which VMs use spare.img: … not found" and the row stayed."""
    add_spare(qtbot, connected, panel)
    select_volume(panel, "spare.img")
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .storageVolLookupByName("spare.img").delete(0))
    panel.volumes.delete_button.click()
    qtbot.waitUntil(lambda: "spare.img" not in names(panel), timeout=5000)
    assert panel.confirm_box is None and panel.message.text() == ""


def test_wipe_asks_first(panel, qtbot, submitted):
    select_volume(panel, "build.qcow2")
    panel.volumes.wipe_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert "These stopped VMs use it: build." in panel.confirm_box.text()
    first = panel.confirm_box
    first.button(NO).click()
    assert volops.wipe_volume not in submitted
    panel.volumes.wipe_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not first and panel.confirm_box.isVisible(), timeout=5000)
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is volops.wipe_volume
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)  # the test driver cannot
    assert panel.message.text().startswith("Could not wipe volume build.qcow2: ")


def test_a_running_vm_s_disk_is_not_wiped(panel, qtbot, submitted):
    """After a Yes to a question that named db01 as running, its disk was zeroed under its
    guest. It is refused, as a shrink is, with the VMs to shut down."""
    qtbot.waitUntil(lambda: panel.volume_model.volume("db01.qcow2").users is not None, timeout=5000)
    select_volume(panel, "db01.qcow2")
    panel.volumes.wipe_button.click()
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text() == ("/home/db01.qcow2 cannot be wiped while these running VMs use "
                                     "it: db01. Shut them down first")
    assert panel.confirm_box is None and volops.wipe_volume not in submitted


def test_a_vm_started_on_the_volume_after_the_wipe_question_keeps_its_disk(connected, panel, qtbot,
                                                                           submitted):
    """The question named no running VM: one started on the volume before the job ran had
    its disk zeroed under its guest, never warned of."""
    select_volume(panel, "build.qcow2")
    panel.volumes.wipe_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert "running" not in panel.confirm_box.text()
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").create())  # meanwhile
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is volops.wipe_volume
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text() == (
        "Could not wipe volume build.qcow2: /home/build.qcow2 is now in use by build, which "
        "opened it after the question"), panel.message.text()


def test_wipe_refuses_a_running_vm_before_the_users_are_listed(panel, qtbot, submitted):
    """Who uses each volume is read in a worker after the rows show: a wipe asked before
    (or when that read failed) warned about no VM. Wipe checks, as delete does."""
    model = panel.volume_model
    qtbot.waitUntil(lambda: model.volume("db01.qcow2").users is not None, timeout=5000)
    model.volume("db01.qcow2").users = None  # as before the worker has read them
    select_volume(panel, "db01.qcow2")
    panel.volumes.wipe_button.click()
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert "running VMs use it: db01" in panel.message.text()
    assert panel.confirm_box is None and volops.wipe_volume not in submitted


def test_wipe_when_the_users_cannot_be_found_out_says_so(panel, qtbot, monkeypatch, submitted):
    def unknown(*_args):
        raise UsersUnknownError("web01", "cannot read its definition")

    monkeypatch.setattr(volops, "volume_users", unknown)
    select_volume(panel, "db01.qcow2")
    panel.volumes.wipe_button.click()
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text() == (
        "Could not check which VMs use db01.qcow2: Could not check which VMs use the storage: "
        "reading web01 failed: cannot read its definition")
    assert panel.confirm_box is None and volops.wipe_volume not in submitted


def test_new_volume_dialog_creates_and_selects(connected, panel, qtbot):
    panel.volumes.new_button.click()
    dialog = panel.volumes.dialog
    assert isinstance(dialog, VolumeDialog) and not panel.volumes.new_button.isEnabled()
    dialog.name.setText("fresh.qcow2")
    dialog.capacity.number.setValue(2)
    dialog.accept()
    qtbot.waitUntil(lambda: "fresh.qcow2" in names(panel), timeout=5000)
    qtbot.waitUntil(lambda: panel.volumes.current() is not None
                    and panel.volumes.current().name == "fresh.qcow2", timeout=5000)
    qtbot.waitUntil(lambda: panel.volumes.dialog is None, timeout=5000)
    assert panel.volumes.new_button.isEnabled()
    assert panel.message.text() == "Created volume fresh.qcow2."


def test_clone_and_resize_open_their_dialogs(panel, qtbot):
    select_volume(panel, "db01.qcow2")
    panel.volumes.clone_button.click()
    qtbot.waitUntil(lambda: panel.volumes.dialog is not None, timeout=5000)  # may read the format
    dialog = panel.volumes.dialog
    assert isinstance(dialog, VolumeDialog) and dialog.name.text() == "db01-clone.qcow2"
    dialog.reject()
    qtbot.waitUntil(lambda: panel.volumes.dialog is None, timeout=5000)
    panel.volumes.resize_button.click()
    assert isinstance(panel.volumes.dialog, ResizeDialog)
    assert panel.volumes.dialog.current == 40 * 1024**3


def test_a_clone_clicked_before_the_format_is_read_copies_the_real_format(connected, panel, qtbot):
    """The formats are read in a worker after the rows show: a raw volume cloned before its
    format was in opened as a qcow2 copy (a converted image). The format is read first."""
    add_spare(qtbot, connected, panel)
    qtbot.waitUntil(lambda: panel.volume_model.volume("spare.img").format == "raw", timeout=5000)
    panel.volume_model.volume("spare.img").details = None  # as before the worker has read it
    select_volume(panel, "spare.img")
    panel.volumes.clone_button.click()
    # Meanwhile no dialog, and the buttons wait (a second click opens no second dialog).
    waited = panel.volumes.dialog is None and not panel.volumes.clone_button.isEnabled()
    qtbot.waitUntil(lambda: panel.volumes.dialog is not None, timeout=5000)
    dialog = panel.volumes.dialog
    assert isinstance(dialog, VolumeDialog) and dialog.name.text() == "spare-clone.img"
    assert dialog.format.currentData() == "raw"
    assert waited
    dialog.reject()


def test_an_upload_the_host_refuses_says_why_and_keeps_nothing(connected, panel, qtbot, tmp_path,
                                                              submitted):
    source = tmp_path / "disk.img"
    source.write_bytes(b"x" * 4096)
    panel.volumes.upload_button.click()
    qtbot.waitUntil(lambda: panel.volumes.file_dialog is not None, timeout=5000)  # folders answered
    picker = panel.volumes.file_dialog
    assert isinstance(picker, QFileDialog)
    picker.fileSelected.emit(str(source))
    qtbot.waitUntil(lambda: panel.volumes.dialog is not None, timeout=5000)  # no such volume yet
    dialog = panel.volumes.dialog
    assert isinstance(dialog, TransferDialog)
    qtbot.waitUntil(lambda: upload_file in submitted, timeout=5000)  # once its file opened
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text().startswith("The transfer failed: ")
    assert "not supported" in dialog.error.text()
    assert dialog.cancel_button.text() == "&Close"
    dialog.reject()
    panel.volume_model.reload()
    qtbot.waitUntil(lambda: not panel.volume_model.loading, timeout=5000)
    assert "disk.img" not in names(panel)  # the new volume was removed again


def test_uploading_over_an_existing_volume_asks(panel, qtbot, tmp_path, submitted):
    source = tmp_path / "build.qcow2"
    source.write_bytes(b"x")
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert "already has a volume named build.qcow2" in panel.confirm_box.text()
    panel.confirm_box.button(NO).click()
    assert upload_file not in submitted and panel.volumes.dialog is None


def test_uploading_over_a_running_vm_s_disk_is_refused(panel, qtbot, tmp_path, submitted):
    """After a Yes to a question that named db01 as running, the file replaced its disk under
    its guest."""
    source = tmp_path / "db01.qcow2"
    source.write_bytes(b"x")
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: answered(panel), timeout=5000)
    assert panel.message.text() == ("/home/db01.qcow2 cannot be overwritten while these running "
                                     "VMs use it: db01. Shut them down first")
    assert panel.confirm_box is None and upload_file not in submitted
    assert panel.volumes.dialog is None


def test_a_vm_started_on_the_volume_after_the_replace_question_keeps_its_disk(
        connected, panel, qtbot, tmp_path, submitted, monkeypatch):
    """The question named no running VM (build is stopped): one started on the volume before
    the upload began had its disk overwritten under its guest, never warned of. As for a
    wipe, the worker asks again just before the stream opens, and nothing is sent."""
    opened = []
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *a, **_k: opened.append(a))
    source = tmp_path / "build.qcow2"
    source.write_bytes(b"x" * 4096)
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert "running" not in panel.confirm_box.text()
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").create())  # meanwhile
    panel.confirm_box.button(YES).click()
    dialog = panel.volumes.dialog
    assert isinstance(dialog, TransferDialog)
    qtbot.waitUntil(lambda: upload_file in submitted, timeout=5000)  # once its file opened
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text() == ("The transfer failed: /home/build.qcow2 is now in use by build, "
                                   "which opened it after the question"), dialog.error.text()
    assert opened == []
    dialog.reject()


def test_uploading_over_a_volume_the_list_does_not_show_yet_asks(connected, panel, qtbot, tmp_path,
                                                                 submitted):
    """Made elsewhere (libvirt sends no event for a volume): the upload went as a new volume,
    which libvirt refused, the name being taken, instead of asking to replace it."""
    home = panel.current().uuid
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByUUIDString(home).createXML(
        VOLUME.format("late.img"), 0))
    assert "late.img" not in names(panel)
    source = tmp_path / "late.img"
    source.write_bytes(b"x")
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None or panel.volumes.dialog is not None,
                    timeout=5000)
    assert panel.volumes.dialog is None
    assert "already has a volume named late.img" in panel.confirm_box.text()
    panel.confirm_box.button(NO).click()
    assert upload_file not in submitted


def test_volume_columns(panel, qtbot):
    model = panel.volume_model
    qtbot.waitUntil(lambda: model.volume("db01.qcow2").users is not None, timeout=5000)
    row = model.row_of("db01.qcow2")
    assert model.index(row, VolumeColumn.USERS).data() == "db01 (running)"
    assert model.index(row, VolumeColumn.FORMAT).data() == "qcow2"
    panel.volume_view.sortByColumn(VolumeColumn.CAPACITY, Qt.SortOrder.DescendingOrder)
    first = panel.volume_view.model().index(0, VolumeColumn.NAME).data()
    assert first == "db01.qcow2"


def test_show_command_menu_has_pool_then_volume_actions(panel, qtbot):
    assert panel.command_button.accessibleName() == "Show command" and panel.command_button.isEnabled()
    select_volume(panel, "build.qcow2")
    panel.command_menu.aboutToShow.emit()
    texts = [a.text() for a in panel.command_menu.actions()]
    assert texts == ["Start", "Stop", "Refresh", "Delete", "Autostart on", "Autostart off",
                     "Delete with its data", "Volume build.qcow2", "Delete", "Wipe"]
    panel.command_menu.actions()[2].trigger()  # Refresh
    dialog = panel.command_dialog
    qtbot.waitUntil(lambda: bool(dialog.commands), timeout=5000)
    assert dialog.windowTitle() == "Show command — Refresh home"
    assert dialog.lines() == [f"virsh -c {panel.conn.uri} pool-refresh home"]
    panel.command_menu.actions()[-1].trigger()  # Wipe the volume
    dialog = panel.command_dialog
    qtbot.waitUntil(lambda: bool(dialog.commands), timeout=5000)
    assert dialog.lines() == [f"virsh -c {panel.conn.uri} vol-wipe --pool home build.qcow2"]
    assert panel.current().active  # a preview changes nothing
    panel.command_menu.actions()[6].trigger()  # Delete with its data: VMs use the pool
    dialog = panel.command_dialog
    qtbot.waitUntil(lambda: "cannot be deleted" in dialog.status.text(), timeout=5000)
    assert dialog.status.text() == ("Could not work out the command: The pool's data cannot be deleted: "
                                    "these VMs use its storage: build, db01, web01")


def test_a_file_uploaded_into_an_lvm_pool_is_selected(connected, panel, qtbot, tmp_path, monkeypatch):
    """An LV's key is its UUID, not its path: the new volume was looked for by its path, and
    was not selected."""
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: MemoryStream())
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *_a, **_k: 0)
    monkeypatch.setattr(libvirt.virStorageVol, "key", lambda v: "LV-UUID-" + v.name())
    lvm = ("<pool type='logical'><name>vg</name><source><name>vg</name></source>"
           "<target><path>/dev/vg</path></target></pool>")

    def define(c):
        pool = c.storagePoolDefineXML(lvm, 0)
        pool.create(0)
        return pool.UUIDString()

    uuid = run_in_worker(qtbot, connected, define)
    qtbot.waitUntil(lambda: panel.pool_view.select_key(uuid), timeout=5000)
    qtbot.waitUntil(lambda: panel.volumes.upload_button.isEnabled(), timeout=5000)
    source = tmp_path / "disk.img"
    source.write_bytes(b"x" * 4096)
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.message.text().startswith("Uploaded"), timeout=5000)
    assert panel.volumes.dialog is None
    assert panel.message.text().startswith("Uploaded disk.img into volume disk.img")
    qtbot.waitUntil(lambda: "disk.img" in names(panel), timeout=5000)
    qtbot.waitUntil(lambda: panel.volumes.current() is not None, timeout=2000)
    assert panel.volumes.current().name == "disk.img"



@pytest.mark.parametrize("direction", ["upload", "download"])
def test_a_file_chosen_after_its_pool_went_goes_to_no_other_pool(connected, panel, qtbot, tmp_path,
                                                                  direction):
    """The pool removed elsewhere while the file picker was open: the selection moved on, and
    the file went into (or came from) the pool selected then."""
    xml = "<pool type='dir'><name>extra</name><target><path>/srv/extra</path></target></pool>"

    def define(c):
        pool = c.storagePoolDefineXML(xml, 0)
        pool.create(0)
        pool.createXML(VOLUME.format("db01.qcow2"), 0)
        return pool.UUIDString()

    extra = run_in_worker(qtbot, connected, define)
    qtbot.waitUntil(lambda: panel.pool_view.select_key(extra), timeout=5000)
    qtbot.waitUntil(lambda: "db01.qcow2" in names(panel), timeout=5000)
    select_volume(panel, "db01.qcow2")
    (panel.volumes.upload_button if direction == "upload" else panel.volumes.download_button).click()
    qtbot.waitUntil(lambda: panel.volumes.file_dialog is not None, timeout=5000)  # after a check
    picker = panel.volumes.file_dialog
    run_in_worker(qtbot, connected, lambda c: (p := c.storagePoolLookupByUUIDString(extra)).destroy()
                  or p.undefine())
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().uuid != extra, timeout=5000)
    picker.fileSelected.emit(str(tmp_path / "disk.img"))
    dialog = panel.volumes.dialog
    assert dialog is None or dialog.pool_uuid == extra


def test_stopping_a_transient_pool_asks_first(connected, panel, qtbot, submitted):
    """libvirt forgets a transient pool once it stops: that is asked, as Delete is."""
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>scratch</name><target><path>/scratch</path></target></pool>", 0))
    qtbot.waitUntil(lambda: any(p.name == "scratch" for p in connected.pools.records()), timeout=5000)
    uuid = uuid_of(connected.pools, "scratch")
    assert panel.pool_view.select_key(uuid)
    panel.stop_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    assert panel.confirm_box.text() == (
        "Stop the storage pool scratch? It is transient: once stopped, it is gone for good (its "
        "volumes stay on the host).")
    first = panel.confirm_box
    first.button(NO).click()
    assert stop_unless_gone not in submitted
    panel.stop_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not first and panel.confirm_box.isVisible(), timeout=5000)
    panel.confirm_box.button(YES).click()
    assert submitted[-1] is stop_unless_gone
    qtbot.waitUntil(lambda: connected.pools.get(uuid) is None, timeout=5000)


def test_wiping_a_volume_deleted_elsewhere_says_so_and_drops_the_row(connected, panel, qtbot,
                                                                      submitted):
    """libvirt sends no volume event, so the list still showed it: the check said "Could not
    check which VMs use spare.img: … not found" and the row stayed until a pool refresh."""
    add_spare(qtbot, connected, panel)
    select_volume(panel, "spare.img")
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .storageVolLookupByName("spare.img").delete(0))
    panel.volumes.wipe_button.click()
    qtbot.waitUntil(lambda: "spare.img" not in names(panel), timeout=5000)
    assert panel.confirm_box is None and volops.wipe_volume not in submitted
    assert panel.message.text() == "Volume spare.img is gone (deleted elsewhere): there is nothing to wipe."


def test_a_transient_pool_stopped_elsewhere_while_asking_is_no_failure(connected, panel, qtbot):
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>scratch</name><target><path>/scratch</path></target></pool>", 0))
    qtbot.waitUntil(lambda: any(p.name == "scratch" for p in connected.pools.records()), timeout=5000)
    uuid = uuid_of(connected.pools, "scratch")
    assert panel.pool_view.select_key(uuid)
    panel.stop_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByUUIDString(uuid).destroy())  # gone
    panel.confirm_box.button(YES).click()
    qtbot.waitUntil(lambda: not panel.busy and connected.pools.get(uuid) is None, timeout=5000)
    assert panel.message.text() == ""


def test_the_running_vms_using_a_volume_are_listed_with_the_languages_separator(
        traditional_chinese, connected, panel, qtbot):
    """Chinese lists with 、: the wipe question joined the names with ', '."""
    run_in_worker(qtbot, connected, lambda c: c.createXML(
        "<domain type='test'><name>extra</name><memory>65536</memory><os><type>hvm</type></os>"
        "<devices><disk type='file' device='disk'><source file='/home/db01.qcow2'/>"
        "<target dev='vdb'/></disk></devices></domain>"))
    select_volume(panel, "db01.qcow2")
    panel.volumes.wipe_button.click()
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert "db01、extra" in panel.message.text(), panel.message.text()
    assert "running" not in panel.message.text()  # translated


@pytest.mark.parametrize("action", ["wipe", "upload"])
def test_a_stopped_vm_s_disk_is_not_overwritten_without_its_name(panel, qtbot, tmp_path, submitted,
                                                                   action):
    """Only running VMs were named: build's disk was zeroed, or replaced by the file, after a
    question that never said it was build's (delete names them)."""
    select_volume(panel, "build.qcow2")
    if action == "wipe":
        panel.volumes.wipe_button.click()
    else:
        source = tmp_path / "build.qcow2"
        source.write_bytes(b"x")
        panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert panel.confirm_box.text().endswith("\n\nThese stopped VMs use it: build."), \
        panel.confirm_box.text()
    panel.confirm_box.button(NO).click()
    assert volops.wipe_volume not in submitted and upload_file not in submitted


@pytest.mark.parametrize("action", ["wipe", "upload"])
def test_a_stopped_vm_defined_on_the_volume_after_the_question_keeps_its_disk(
        connected, panel, qtbot, tmp_path, submitted, monkeypatch, action):
    """The yes was for the VMs the question named (build): another stopped VM defined on the
    volume meanwhile had its disk zeroed, or replaced by the file, never named (delete
    refuses such a one)."""
    clone = """<domain type='test'><name>clone</name><memory>65536</memory>
      <os><type>hvm</type></os><devices><disk type='file' device='disk'>
      <source file='/home/build.qcow2'/><target dev='vdb' bus='virtio'/></disk></devices></domain>"""
    opened = []
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *a, **_k: opened.append(a))
    monkeypatch.setattr(libvirt.virStorageVol, "wipe", lambda *a, **_k: opened.append(a))
    select_volume(panel, "build.qcow2")
    if action == "wipe":
        panel.volumes.wipe_button.click()
    else:
        source = tmp_path / "build.qcow2"
        source.write_bytes(b"x" * 4096)
        panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert panel.confirm_box.text().endswith("These stopped VMs use it: build.")
    run_in_worker(qtbot, connected, lambda c: c.defineXML(clone))  # while the question is open
    panel.confirm_box.button(YES).click()
    why = "/home/build.qcow2 is now also a disk of clone, which the question did not name"
    if action == "wipe":
        assert submitted[-1] is volops.wipe_volume
        qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
        assert panel.message.text() == f"Could not wipe volume build.qcow2: {why}", \
            panel.message.text()
    else:
        dialog = panel.volumes.dialog
        assert isinstance(dialog, TransferDialog)
        qtbot.waitUntil(lambda: upload_file in submitted, timeout=5000)  # once its file opened
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
        assert dialog.error.text() == f"The transfer failed: {why}", dialog.error.text()
        dialog.reject()
    assert opened == []


def test_downloading_a_disk_a_running_vm_writes_on_asks_first(connected, panel, qtbot, tmp_path):
    """web01 runs on web01.qcow2: its download was copied while the guest wrote on it (a copy
    that may be damaged), without a word."""
    web01 = uuid_of(connected.domains, "web01")
    select_volume(panel, "web01.qcow2")
    panel.volumes.download_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert panel.confirm_box.text() == (
        "/home/web01.qcow2 is a disk of these running VMs: web01. They may write on it while it "
        "is copied, and the copy may then be damaged. Shut them down first (or download the "
        "image under an external snapshot).\n\nDownload it anyway?")
    first = panel.confirm_box
    first.button(NO).click()
    assert panel.volumes.file_dialog is None and panel.volumes.dialog is None
    panel.volumes.download_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not first and panel.confirm_box.isVisible(),
                    timeout=5000)
    panel.confirm_box.button(YES).click()
    qtbot.waitUntil(lambda: panel.volumes.file_dialog is not None, timeout=5000)  # folders answered
    picker = panel.volumes.file_dialog
    assert isinstance(picker, QFileDialog)
    picker.fileSelected.emit(str(tmp_path / "web01.qcow2"))
    dialog = panel.volumes.dialog
    assert isinstance(dialog, TransferDialog) and dialog.users_named == (web01,)
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    dialog.reject()


def test_downloading_a_disk_no_running_vm_writes_on_asks_nothing(panel, qtbot):
    select_volume(panel, "build.qcow2")  # build is stopped
    panel.volumes.download_button.click()
    qtbot.waitUntil(lambda: panel.volumes.file_dialog is not None, timeout=5000)
    assert panel.confirm_box is None


def test_a_vm_started_on_the_volume_before_its_download_refuses_it(connected, qtbot, tmp_path):
    """Checked again as the copy begins: a VM started on the volume since the question (or
    while the file was chosen) would write on it during the copy."""
    web01 = uuid_of(connected.domains, "web01")
    home = uuid_of(connected.pools, "home")
    target = tmp_path / "out.img"
    future = connected.run(download_file, home, "web01.qcow2", str(target), Transfer(), ())
    qtbot.waitUntil(future.done, timeout=5000)
    with pytest.raises(volops.WritersStartedError) as info:
        future.result()
    assert info.value.words.english() == (
        "/home/web01.qcow2 is now a disk of web01, which opened it after the check. A copy taken "
        "while they write on it may be damaged: shut them down first")
    future = connected.run(download_file, home, "web01.qcow2", str(target), Transfer(), (web01,))
    qtbot.waitUntil(future.done, timeout=5000)
    with pytest.raises(libvirt.libvirtError, match="not supported"):  # the test driver's
        future.result()
    assert not target.exists()


GIB, MIB = 1024**3, 1024**2


def on_the_host(monkeypatch, length, kind=libvirt.VIR_STORAGE_VOL_FILE):
    """Volumes of ``length`` bytes on the disk (the test driver has no infoFlags), of ``kind``."""
    monkeypatch.setattr(libvirt.virStorageVol, "infoFlags", lambda _v, _f=0: [kind, 10 * GIB, length])
    real_info = libvirt.virStorageVol.info
    monkeypatch.setattr(libvirt.virStorageVol, "info", lambda v: [kind, *real_info(v)[1:]])


def test_uploading_a_smaller_file_over_a_volume_says_what_stays(panel, qtbot, tmp_path, monkeypatch):
    """libvirt writes the file over the volume's start and truncates nothing: a 1 MiB file over
    an 8 MiB volume left 7 MiB of the old data (and the size), after a question that said all
    it held was lost."""
    on_the_host(monkeypatch, 8 * MIB)
    source = tmp_path / "build.qcow2"
    source.write_bytes(b"x" * MIB)
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert panel.confirm_box.text() == (
        "The pool already has a volume named build.qcow2. Write the file over its start? The file "
        "(1 MiB) is smaller than the volume (8 MiB): only the volume's first 1 MiB are replaced, "
        "and the rest keeps what it holds now. To have the volume hold only the file, delete it "
        "first.\n\nThese stopped VMs use it: build.")
    panel.confirm_box.button(NO).click()


def test_uploading_a_file_as_large_or_larger_says_all_is_lost(panel, qtbot, tmp_path, monkeypatch):
    on_the_host(monkeypatch, MIB)
    source = tmp_path / "build.qcow2"
    source.write_bytes(b"x" * 2 * MIB)  # a file volume grows to hold it
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert panel.confirm_box.text().startswith(
        "The pool already has a volume named build.qcow2. Replace its contents with the file? "
        "What it holds now is lost.")
    panel.confirm_box.button(NO).click()


def test_a_file_larger_than_a_device_volume_is_refused(panel, qtbot, tmp_path, monkeypatch,
                                                        submitted):
    """An LV or a partition cannot grow: the upload wrote all of it, then failed at its end."""
    on_the_host(monkeypatch, MIB, libvirt.VIR_STORAGE_VOL_BLOCK)
    source = tmp_path / "build.qcow2"
    source.write_bytes(b"x" * 2 * MIB)
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: answered(panel), timeout=5000)
    assert panel.message.text() == (
        f"{source} (2 MiB) is larger than volume /home/build.qcow2 (1 MiB), which cannot grow: the "
        "upload would fail at the volume's end, with all of it overwritten.")
    assert panel.confirm_box is None and upload_file not in submitted


def for_next_boot(qtbot, connected, vm, path):
    """``path`` becomes a disk of the running ``vm``'s next-boot definition only (attach-disk
    --config, or Add Hardware when the guest could not take it live)."""
    def add(c):
        dom = c.lookupByName(vm)
        c.defineXML(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace("</devices>", (
            f"<disk type='file' device='disk'><source file='{path}'/>"
            "<target dev='vdc' bus='virtio'/></disk></devices>")))
        assert dom.isActive() and path not in dom.XMLDesc(0)

    run_in_worker(qtbot, connected, add)


LATER = "\n\nThese running VMs use it from their next start (it is not open now): web01."


def hot_plugged(monkeypatch, vm, path):
    """``path`` becomes a disk of the running ``vm``'s live XML (attach-disk --live; the test
    driver cannot attach)."""
    real = libvirt.virDomain.XMLDesc

    def xmldesc(self, flags=0):
        xml = real(self, flags)
        if self.name() != vm or flags & libvirt.VIR_DOMAIN_XML_INACTIVE:
            return xml
        return xml.replace("</devices>", f"<disk type='file' device='disk'><source file='{path}'/>"
                           "<target dev='vdd' bus='virtio'/></disk></devices>")

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)


@pytest.mark.parametrize("action", ["wipe", "upload"])
def test_a_disk_hot_plugged_after_the_question_is_not_said_to_have_started(
        connected, panel, qtbot, tmp_path, submitted, monkeypatch, action):
    """web01 runs, named for its next start; the disk is then attached to it live: the refusal
    said '…in use by web01, which started after the question', though web01 did not start."""
    opened = []
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *a, **_k: opened.append(a))
    monkeypatch.setattr(libvirt.virStorageVol, "wipe", lambda *a, **_k: opened.append(a))
    for_next_boot(qtbot, connected, "web01", "/home/build.qcow2")
    select_volume(panel, "build.qcow2")
    if action == "wipe":
        panel.volumes.wipe_button.click()
    else:
        source = tmp_path / "build.qcow2"
        source.write_bytes(b"x" * 4096)
        panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert panel.confirm_box.text().endswith(LATER)
    hot_plugged(monkeypatch, "web01", "/home/build.qcow2")  # while the question is open
    panel.confirm_box.button(YES).click()
    why = "/home/build.qcow2 is now in use by web01, which opened it after the question"
    if action == "wipe":
        qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
        assert panel.message.text() == f"Could not wipe volume build.qcow2: {why}", \
            panel.message.text()
    else:
        dialog = panel.volumes.dialog
        assert isinstance(dialog, TransferDialog)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
        assert dialog.error.text() == f"The transfer failed: {why}", dialog.error.text()
        dialog.reject()
    assert opened == []


def test_a_disk_hot_plugged_before_its_download_is_not_said_to_have_started(
        connected, qtbot, tmp_path, monkeypatch):
    """web01 had it only for its next start when checked, then got it attached live: 'which
    started after the check' was said of a VM that had been running all along."""
    for_next_boot(qtbot, connected, "web01", "/home/build.qcow2")
    hot_plugged(monkeypatch, "web01", "/home/build.qcow2")
    home = uuid_of(connected.pools, "home")
    future = connected.run(download_file, home, "build.qcow2", str(tmp_path / "out.img"),
                           Transfer(), ())
    qtbot.waitUntil(future.done, timeout=5000)
    with pytest.raises(volops.WritersStartedError) as info:
        future.result()
    assert info.value.words.english() == (
        "/home/build.qcow2 is now a disk of web01, which opened it after the check. A copy taken "
        "while they write on it may be damaged: shut them down first")


@pytest.mark.parametrize("action", ["wipe", "upload", "delete"])
def test_a_running_vm_s_next_boot_disk_is_asked_about_as_a_stopped_vm_s(
        connected, panel, qtbot, tmp_path, submitted, monkeypatch, action):
    """web01 runs without build.qcow2 open, having it only in the definition it boots next:
    wipe, upload over it and delete were refused ('cannot be wiped while these running VMs use
    it: build, web01'), though nothing holds the image. They ask, naming web01 for its next
    start, and go ahead after a yes."""
    opened = []
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *a, **_k: opened.append(a))
    monkeypatch.setattr(libvirt.virStorageVol, "wipe", lambda *a, **_k: opened.append(a))
    for_next_boot(qtbot, connected, "web01", "/home/build.qcow2")
    select_volume(panel, "build.qcow2")
    if action == "wipe":
        panel.volumes.wipe_button.click()
    elif action == "delete":
        panel.volumes.delete_button.click()
    else:
        source = tmp_path / "build.qcow2"
        source.write_bytes(b"x" * 4096)
        panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None or answered(panel), timeout=5000)
    assert panel.message.text() == ""
    text = panel.confirm_box.text()
    if action == "delete":
        assert text == ("Delete volume build.qcow2? Its data is lost for good, and the VMs that use "
                        "it will not start until their disk is changed.\n\nThese stopped VMs use "
                        "it: build." + LATER)
    else:
        assert text.endswith("\n\nThese stopped VMs use it: build." + LATER), text
    panel.confirm_box.button(YES).click()
    if action == "upload":
        dialog = panel.volumes.dialog
        assert isinstance(dialog, TransferDialog)
        qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
        assert len(opened) == 1
        dialog.reject()
    elif action == "wipe":
        qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
        assert volops.wipe_volume in submitted and len(opened) == 1, panel.message.text()
    else:
        qtbot.waitUntil(lambda: "build.qcow2" not in names(panel), timeout=5000)
        assert panel.message.text() == ""


@pytest.mark.parametrize("stopped", [True, False])
def test_a_delete_refused_for_a_next_boot_disk_does_not_call_the_vm_stopped(
        connected, qtbot, stopped):
    """A delete that was asked without a question (the command menu's, or one whose question
    found no VM) refused with '…is a disk of these stopped VMs: build, web01', web01 running."""
    for_next_boot(qtbot, connected, "web01", "/home/build.qcow2")
    if not stopped:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").undefine())
    home = uuid_of(connected.pools, "home")
    with pytest.raises(volops.VolumeInUseError) as info:
        run_in_worker(qtbot, connected, volops.delete_unused, home, "build.qcow2")
    later = "These running VMs use it from their next start (it is not open now): web01"
    if stopped:
        assert info.value.words.english() == (
            f"/home/build.qcow2 is a disk of these stopped VMs: build. {later}")
    else:
        assert info.value.words.english() == (
            "These running VMs use /home/build.qcow2 from their next start (it is not open now): "
            "web01")


def test_downloading_a_running_vm_s_next_boot_disk_asks_nothing(connected, panel, qtbot):
    """Not open in web01's QEMU: the copy cannot be written on meanwhile, yet the download
    asked whether to copy it while web01 wrote on it."""
    for_next_boot(qtbot, connected, "web01", "/home/build.qcow2")
    select_volume(panel, "build.qcow2")
    panel.volumes.download_button.click()
    qtbot.waitUntil(lambda: panel.volumes.file_dialog is not None, timeout=5000)
    assert panel.confirm_box is None


def test_a_delete_refused_for_a_running_vm_names_only_the_running_ones(connected, panel, qtbot,
                                                                      submitted):
    """'cannot be deleted while a running VM uses it: build, extra' named build, which is
    stopped and needs no shutting down."""
    run_in_worker(qtbot, connected, lambda c: c.createXML(
        "<domain type='test'><name>extra</name><memory>65536</memory><os><type>hvm</type></os>"
        "<devices><disk type='file' device='disk'><source file='/home/build.qcow2'/>"
        "<target dev='vdb'/></disk></devices></domain>"))
    select_volume(panel, "build.qcow2")
    panel.volumes.delete_button.click()
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text() == ("/home/build.qcow2 cannot be deleted while a running VM uses "
                                    "it: extra")
    assert panel.confirm_box is None and delete_despite_stopped_users not in submitted
    with pytest.raises(volops.VolumeInUseError) as info:  # the job's own refusal says the same
        run_in_worker(qtbot, connected, volops.delete_unused, panel.current().uuid, "build.qcow2")
    assert info.value.words.english() == panel.message.text()


def test_a_download_while_a_vm_cannot_be_read_says_it_may_write_on_it(panel, qtbot, monkeypatch,
                                                                      submitted, tmp_path):
    """router's definition could not be read: the download went ahead without a word, though
    router may run on the volume and write on it while it is copied."""
    real = libvirt.virDomain.XMLDesc

    def xmldesc(self, flags=0):
        if self.name() == "router":
            raise FakeError("cannot read it")
        return real(self, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)
    unread = ("Whether these VMs write on {} is not known: router. One that runs on it may write "
              "on it while it is copied, and the copy may then be damaged.\nCould not check which "
              "VMs use the storage: reading router failed: cannot read it\n\nDownload it anyway?")
    select_volume(panel, "build.qcow2")  # build is stopped
    panel.volumes.download_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    assert panel.confirm_box.text() == unread.format("/home/build.qcow2")
    panel.confirm_box.button(NO).click()
    assert panel.volumes.file_dialog is None
    first = panel.confirm_box
    select_volume(panel, "web01.qcow2")  # and the VMs that could be read are still named
    panel.volumes.download_button.click()
    qtbot.waitUntil(lambda: panel.confirm_box is not first and panel.confirm_box.isVisible(),
                    timeout=5000)
    assert panel.confirm_box.text() == (
        "/home/web01.qcow2 is a disk of these running VMs: web01. They may write on it while it "
        "is copied, and the copy may then be damaged. Shut them down first (or download the "
        "image under an external snapshot).\n\n" + unread.format("/home/web01.qcow2"))
    panel.confirm_box.button(YES).click()
    qtbot.waitUntil(lambda: panel.volumes.file_dialog is not None, timeout=5000)  # folders answered
    picker = panel.volumes.file_dialog
    assert isinstance(picker, QFileDialog)
    picker.fileSelected.emit(str(tmp_path / "web01.qcow2"))
    dialog = panel.volumes.dialog  # the yes covered router: the copy goes ahead
    assert isinstance(dialog, TransferDialog) and dialog.users_unread == ("router",)
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert dialog.error.text() == "The transfer failed: this function is not supported by the " \
        "connection driver: virStorageVolDownload", dialog.error.text()  # the test driver's
    dialog.reject()


def test_a_vm_unread_only_as_the_download_begins_refuses_it(connected, qtbot, tmp_path,
                                                            monkeypatch):
    """The question read every VM and asked nothing; router could not be read as the copy
    began, and the copy went ahead without a word, though router may have started on the
    volume meanwhile. It refuses now, saying why; one the question said it could not read
    (its yes covered it) lets the copy go ahead."""
    real = libvirt.virDomain.XMLDesc

    def xmldesc(self, flags=0):
        if self.name() == "router":
            raise FakeError("cannot read it")
        return real(self, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)
    home = uuid_of(connected.pools, "home")
    target = tmp_path / "out.img"
    future = connected.run(download_file, home, "build.qcow2", str(target), Transfer(), ())
    qtbot.waitUntil(future.done, timeout=5000)
    with pytest.raises(UsersUnknownError) as info:
        future.result()
    assert info.value.words.english() == (
        "Could not check which VMs use the storage: reading router failed: cannot read it")
    future = connected.run(download_file, home, "build.qcow2", str(target), Transfer(), (),
                           ("router",))
    qtbot.waitUntil(future.done, timeout=5000)
    with pytest.raises(libvirt.libvirtError, match="not supported"):  # the test driver's
        future.result()
    assert not target.exists()


def test_a_volume_named_with_the_title_mark_keeps_it_in_the_download_picker_s_title(
        connected, panel, qtbot):
    """Qt hides '[*]' in a window title: the picker said 'Download Volume v.img'."""
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                  .createXML(VOLUME.format("v[*].img"), 0))
    panel.volume_model.reload()
    qtbot.waitUntil(lambda: "v[*].img" in names(panel), timeout=5000)
    select_volume(panel, "v[*].img")
    panel.volumes.download_button.click()
    qtbot.waitUntil(lambda: panel.volumes.file_dialog is not None, timeout=5000)
    picker = panel.volumes.file_dialog
    qtbot.waitExposed(picker)
    assert picker.windowHandle().title() == "Download Volume v[*].img"
    picker.reject()
