"""The Storage tab against a real, isolated libvirtd + QEMU, driven through its widgets: a
directory pool made by the wizard, a qcow2 volume made by the dialog and resized (qemu-img
agrees), a file uploaded and downloaded back byte for byte, a running VM's volume refused for
delete, a volume made by virsh shown within a second of the pool's refresh event, and an
LVM pool on a loop device made by the wizard and deleted with its data."""

from __future__ import annotations

import hashlib
import os
import subprocess
import time
import uuid

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from kvmgui.libvirt import poolops
from kvmgui.panels.storage import StoragePanel
from kvmgui.widgets.transfer import TransferDialog
from kvmgui.wizards.pool.wizard import PageId
from kvmgui.wizards.volume.create import VolumeDialog
from kvmgui.wizards.volume.resize import ResizeDialog
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType
from tests.helpers import click, open_connection, type_into
from tests.integration.storage_helpers import (
    GiB,
    MiB,
    call,
    loop_device,
    lvm_missing,
    qemu_img_info,
    sparse_test_file,
    start_guest_with_disk,
)

pytestmark = pytest.mark.integration
NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(4 * MiB):
            digest.update(chunk)
    return digest.hexdigest()


@pytest.fixture
def gui(isolated_host, registry, qtbot, qtmodeltester):
    conn = open_connection(registry, qtbot, isolated_host.uri)
    panel = StoragePanel(conn)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.pool_model)
    qtmodeltester.check(panel.volume_model)
    panel.resize(1000, 700)
    panel.show()
    return isolated_host, conn, panel


@pytest.fixture
def pool(gui, qtbot):
    """A running dir pool (made by the core's job) selected in the panel."""
    host, conn, panel = gui
    target = host.tmpdir / "pool"
    uuid = call(qtbot, conn, poolops.create_pool, pool_xml(PoolSpec("vols", PoolType.DIR, str(target))),
                build=True, start=True)
    qtbot.waitUntil(lambda: panel.pool_view.select_key(uuid), timeout=10000)
    qtbot.waitUntil(lambda: panel.volumes.status.text() == "0 volume(s)", timeout=10000)
    return host, conn, panel, target


def names(panel):
    return panel.volume_model.names()


def select_volume(panel, name):
    assert panel.volume_view.select_key(panel.volume_model.volume(name).key)


def test_wizard_pool_then_dialog_volume_resized_as_qemu_img_sees(gui, qtbot):
    host, conn, panel = gui
    target = host.tmpdir / "made-by-wizard"
    click(qtbot, panel.add_button)
    wiz = panel.wizard
    qtbot.waitUntil(lambda: wiz.state.caps is not None, timeout=10000)
    assert wiz.state.caps.known and wiz.state.caps.supports(PoolType.DIR)  # libvirt 9 says
    type_into(qtbot, wiz.type_page.name, "gui")
    click(qtbot, wiz.button(NEXT))
    assert wiz.currentId() == PageId.TARGET
    qtbot.waitUntil(lambda: wiz.target.target.text().endswith("/gui"), timeout=10000)  # the host's default
    type_into(qtbot, wiz.target.target, str(target))
    assert wiz.target.build.isChecked()
    click(qtbot, wiz.button(NEXT))
    with qtbot.waitSignal(wiz.created, timeout=60000) as made:
        click(qtbot, wiz.button(FINISH))
    uuid = made.args[0]
    qtbot.waitUntil(lambda: (r := conn.pools.get(uuid)) is not None and r.active and r.autostart,
                    timeout=10000)
    assert target.is_dir()  # built: libvirt made the directory
    assert "gui" in host.virsh("pool-list", "--name").split()
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().uuid == uuid, timeout=10000)

    # A qcow2 volume through the dialog; qemu-img agrees on format and size.
    click(qtbot, panel.volumes.new_button)
    dialog = panel.volumes.dialog
    assert isinstance(dialog, VolumeDialog)
    type_into(qtbot, dialog.name, "disk.qcow2")
    dialog.capacity.number.setValue(1)
    assert dialog.format.currentData() == "qcow2"
    with qtbot.waitSignal(dialog.created, timeout=60000):
        click(qtbot, dialog.ok)
    info = qemu_img_info(target / "disk.qcow2")
    assert (info["format"], info["virtual-size"]) == ("qcow2", GiB)
    qtbot.waitUntil(lambda: "disk.qcow2" in names(panel), timeout=10000)

    # Grown through the resize dialog.
    select_volume(panel, "disk.qcow2")
    click(qtbot, panel.volumes.resize_button)
    resize = panel.volumes.dialog
    assert isinstance(resize, ResizeDialog)
    resize.size_edit.number.setValue(2)
    with qtbot.waitSignal(resize.resized, timeout=60000):
        click(qtbot, resize.ok)
    assert qemu_img_info(target / "disk.qcow2")["virtual-size"] == 2 * GiB
    qtbot.waitUntil(lambda: panel.volume_model.volume("disk.qcow2").capacity == 2 * GiB, timeout=10000)


def test_upload_and_download_back_byte_for_byte(pool, qtbot, tmp_path):
    _host, _conn, panel, target = pool
    source = tmp_path / "image.raw"
    sparse_test_file(source, data_mib=8, hole_mib=24)
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.volumes.dialog is not None, timeout=10000)  # no such volume yet
    dialog = panel.volumes.dialog
    assert isinstance(dialog, TransferDialog)
    # Waited for with the dialog's outcome: it may be in before a waitSignal would start.
    qtbot.waitUntil(lambda: getattr(dialog, "outcome", None) is not None, timeout=120000)
    assert dialog.outcome.sparse  # holes sent as lengths
    qtbot.waitUntil(lambda: "image.raw" in names(panel), timeout=10000)
    assert sha256(target / "image.raw") == sha256(source)
    assert "Uploaded image.raw into volume image.raw" in panel.message.text()

    out = tmp_path / "back.raw"
    select_volume(panel, "image.raw")
    qtbot.waitUntil(lambda: panel.volumes.dialog is None and panel.volumes.download_button.isEnabled(),
                    timeout=10000)
    panel.volumes.download_to("image.raw", str(out))
    dialog = panel.volumes.dialog
    with qtbot.waitSignal(dialog.transferred, timeout=120000):
        pass
    assert sha256(out) == sha256(source)
    assert not os.path.exists(str(out) + ".part")


def test_a_running_vm_s_volume_cannot_be_deleted(pool, guest_assets, qtbot):
    host, _conn, panel, target = pool
    click(qtbot, panel.volumes.new_button)
    dialog = panel.volumes.dialog
    type_into(qtbot, dialog.name, "guest.qcow2")
    dialog.capacity.unit.setCurrentIndex(dialog.capacity.unit.findText("MiB"))
    dialog.capacity.number.setValue(64)
    with qtbot.waitSignal(dialog.created, timeout=60000):
        click(qtbot, dialog.ok)
    start_guest_with_disk(host, "tiny-disk", guest_assets, str(target / "guest.qcow2"), "qcow2")
    qtbot.waitUntil(lambda: (v := panel.volume_model.volume("guest.qcow2")) is not None
                    and bool(v.running_users), timeout=30000)
    row = panel.volume_model.row_of("guest.qcow2")
    assert panel.volume_model.index(row, 4).data() == "tiny-disk (running)"
    select_volume(panel, "guest.qcow2")
    click(qtbot, panel.volumes.delete_button)
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=30000)
    assert "cannot be deleted while a running VM uses it: tiny-disk" in panel.message.text()
    assert panel.confirm_box is None
    assert (target / "guest.qcow2").exists() and "guest.qcow2" in names(panel)


def test_a_virsh_volume_shows_within_a_second_of_the_pool_refresh(pool, qtbot):
    host, _conn, panel, _target = pool
    host.virsh("vol-create-as", "vols", "cli.img", "16M", "--format", "raw")
    qtbot.wait(200)
    assert "cli.img" not in names(panel)  # libvirt sends no event for a new volume
    host.virsh("pool-refresh", "vols")
    start = time.monotonic()
    qtbot.waitUntil(lambda: "cli.img" in names(panel), timeout=1000)
    shown_after = time.monotonic() - start
    host.virsh("vol-delete", "--pool", "vols", "cli.img")
    host.virsh("pool-refresh", "vols")
    qtbot.waitUntil(lambda: "cli.img" not in names(panel), timeout=1000)
    print(f"virsh volume shown {shown_after * 1000:.0f} ms after pool-refresh returned")
    assert panel.volume_view.model().rowCount() == 0
    assert panel.volume_view.horizontalHeader().sortIndicatorSection() == 0
    assert panel.volume_view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_wizard_lvm_pool_on_a_loop_device_then_deleted_with_its_data(gui, qtbot, tmp_path):
    """The source page's devices and the target page's Build on a real volume group, then the
    panel's delete with "also delete the data" (two questions) removes the group."""
    reason = lvm_missing()
    if reason:
        pytest.skip(reason)
    _host, conn, panel = gui
    vg = f"kvmgui{uuid.uuid4().hex[:8]}"
    with loop_device(tmp_path / "pv.img", 256 * MiB) as device:
        try:
            click(qtbot, panel.add_button)
            wiz = panel.wizard
            qtbot.waitUntil(lambda: wiz.state.caps is not None, timeout=10000)
            type_into(qtbot, wiz.type_page.name, "lvm")
            wiz.type_page.type.setCurrentIndex(wiz.type_page.type.findData(PoolType.LOGICAL))
            click(qtbot, wiz.button(NEXT))
            assert wiz.currentId() == PageId.SOURCE
            wiz.source.devices.setPlainText(device)
            type_into(qtbot, wiz.source.source_name, vg)
            click(qtbot, wiz.button(NEXT))
            assert wiz.currentId() == PageId.TARGET and not wiz.target.build.isChecked()
            build = wiz.target.build
            qtbot.mouseClick(build, Qt.MouseButton.LeftButton, pos=QPoint(8, build.height() // 2))
            assert build.isChecked() and wiz.state.spec.build
            click(qtbot, wiz.button(NEXT))
            made = []
            wiz.created.connect(made.append)
            click(qtbot, wiz.button(FINISH))
            qtbot.waitUntil(lambda: bool(made) or wiz.summary.error.isVisible(), timeout=120000)
            assert made, wiz.summary.error.text()
            uuid_ = made[0]
            qtbot.waitUntil(lambda: (r := conn.pools.get(uuid_)) is not None and r.active, timeout=10000)
            vgs = subprocess.run(["vgs", "--noheadings", "-o", "vg_name,pv_count", vg], capture_output=True,
                                 text=True, timeout=30)
            assert vgs.returncode == 0 and vgs.stdout.split() == [vg, "1"], vgs.stderr

            qtbot.waitUntil(lambda: panel.current() is not None and panel.current().uuid == uuid_,
                            timeout=10000)
            click(qtbot, panel.delete_button)
            assert panel.delete_data is not None and "volume group" in panel.delete_data.text()
            panel.delete_data.setChecked(True)
            panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()
            panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()  # "for good?"
            qtbot.waitUntil(lambda: conn.pools.get(uuid_) is None, timeout=60000)
            gone = subprocess.run(["vgs", vg], capture_output=True, text=True, timeout=30)
            assert gone.returncode != 0  # the volume group went with the pool
        finally:
            subprocess.run(["vgremove", "-f", vg], capture_output=True, timeout=30)
            subprocess.run(["pvremove", "-ff", "-y", device], capture_output=True, timeout=30)
