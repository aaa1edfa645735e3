"""The resize dialog: a growth asks nothing (a running VM's disk grows through the VM), a
shrink needs a yes that names the stopped VMs using the volume, and a capacity changed
elsewhere (libvirt sends no volume event) is learnt before anything is asked."""

from __future__ import annotations

import libvirt
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kvmgui.wizards.volume.create import Base, PoolFacts
from kvmgui.wizards.volume.resize import ResizeDialog, grow_volume, shrink_volume
from kvmgui.xml.pool_types import PoolType
from tests.helpers import FakeError, run_in_worker, uuid_of

GiB = 1024**3


@pytest.fixture
def home(connected):
    uuid = uuid_of(connected.pools, "home")
    names = frozenset({"web01.qcow2", "db01.qcow2", "build.qcow2"})
    bases = (Base("build.qcow2", "/home/build.qcow2", "qcow2"),)
    return PoolFacts(uuid, "home", PoolType.DIR, names, 72 * GiB, None, bases)


def open_resize(qtbot, conn, uuid, capacity=20 * GiB, volume="web01.qcow2"):
    dialog = ResizeDialog(conn, uuid, volume, capacity)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shrinking_needs_a_yes_that_names_the_stopped_vms(connected, home, qtbot, submitted):
    dialog = open_resize(qtbot, connected, home.uuid, 10 * GiB, "build.qcow2")
    assert not dialog.ok.isEnabled()  # the same size
    dialog.size_edit.number.setValue(5)
    assert "shrinking destroys" in dialog.note.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=5000)
    box = dialog.confirm_box
    assert "Shrink volume build.qcow2 from 10 GiB to 5 GiB?" in box.text()
    # Its VM is stopped: told whose disk it is (the guest's file system may span the end).
    assert box.text().endswith("\n\nThese stopped VMs use it: build.")
    box.button(QMessageBox.StandardButton.No).click()
    assert shrink_volume not in submitted and grow_volume not in submitted and not dialog.busy
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is not box and dialog.confirm_box.isVisible(),
                    timeout=5000)
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert submitted[-1] is shrink_volume
    # The test driver cannot resize: libvirt's words, and the dialog stays as it was.
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "not supported" in dialog.error.text() and dialog.isVisible()
    assert dialog.size_edit.value().bytes == 5 * GiB


def test_a_running_vm_s_disk_is_not_shrunk(connected, home, qtbot, submitted, monkeypatch):
    """The question spoke of guests in general, and the yes shrank the disk under web01's
    running guest (a raw one at once; a qcow2 failed with qemu-img's lock message)."""
    resized = []
    monkeypatch.setattr(libvirt.virStorageVol, "resize", lambda _v, *a: resized.append(a))
    dialog = open_resize(qtbot, connected, home.uuid)
    dialog.size_edit.number.setValue(10)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text() == ("Could not resize web01.qcow2: /home/web01.qcow2 cannot be "
                                   "shrunk while a running VM uses it: web01")
    assert dialog.confirm_box is None and shrink_volume not in submitted and resized == []
    assert dialog.isVisible() and dialog.size_edit.value().bytes == 10 * GiB and dialog.ok.isEnabled()


def test_growing_a_running_vm_s_disk_asks_nothing_and_tells_the_guest(connected, home, qtbot,
                                                                      submitted, monkeypatch):
    """Through the VM (virsh blockresize), not vol-resize: QEMU holds the image, and the
    guest is told of the new size."""
    seen = []
    monkeypatch.setattr(libvirt.virDomain, "blockResize",
                        lambda d, disk, size, _f=0: seen.append((d.name(), disk, size)))
    dialog = open_resize(qtbot, connected, home.uuid)
    dialog.size_edit.number.setValue(30)
    with qtbot.waitSignal(dialog.resized, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert dialog.confirm_box is None and submitted[-1] is grow_volume
    assert seen == [("web01", "/home/web01.qcow2", 30 * GiB)]
    assert not dialog.isVisible()
    dialog = open_resize(qtbot, connected, home.uuid)
    dialog.size_edit.number.setValue(0)
    assert not dialog.ok.isEnabled() and dialog.note.text() == "The capacity must be more than zero."


def test_a_growth_is_refused_when_a_vm_cannot_be_read(connected, home, qtbot, submitted,
                                                      monkeypatch, traditional_chinese):
    """It grew as if that VM used nothing (a shrink already refused): the refusal now says
    which VM and libvirt's reason, in the user's language, and the dialog keeps the size."""
    resized = []
    monkeypatch.setattr(libvirt.virStorageVol, "resize", lambda _v, *a: resized.append(a))
    real = libvirt.virDomain.XMLDesc

    def xmldesc(self, flags=0):
        if self.name() == "router":
            raise FakeError("cannot read it")
        return real(self, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)
    dialog = open_resize(qtbot, connected, home.uuid, 10 * GiB, "build.qcow2")
    dialog.size_edit.number.setValue(30)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert submitted[-1] is grow_volume and resized == []
    assert dialog.error.text() == ("無法調整 build.qcow2 的大小：無法檢查哪些虛擬機器使用這個儲存空間："
                                   "讀取 router 失敗：cannot read it")
    assert dialog.isVisible() and dialog.size_edit.value().bytes == 30 * GiB


def test_a_capacity_no_unit_states_exactly_opens_as_the_same_size(connected, home, qtbot):
    # An uploaded ISO of 1,000,000,000 bytes shows as 953.67 MiB: not a shrink to that.
    dialog = open_resize(qtbot, connected, home.uuid, capacity=1_000_000_000)
    assert dialog.size_edit.number.value() == 953.67
    assert dialog.note.text() == "This is the volume's capacity now." and not dialog.ok.isEnabled()
    small = open_resize(qtbot, connected, home.uuid, capacity=5 * 1024)  # 0.00 MiB shown
    assert small.note.text() == "This is the volume's capacity now." and not small.ok.isEnabled()
    dialog.size_edit.number.setValue(953)  # typed by the user: a real shrink
    assert "shrinking destroys" in dialog.note.text() and dialog.ok.isEnabled()
    assert dialog.planned()[1][2] == 953 * 1024**2


def test_a_volume_named_with_the_title_mark_keeps_it_in_both_titles(connected, qtbot, home):
    """Qt hides '[*]' in a window title: the resize dialog and its command window show the
    volume's name as it is (the command window took the dialog's title, already escaped)."""
    resize = ResizeDialog(connected, home.uuid, "v[*].qcow2", 10 * GiB)
    qtbot.addWidget(resize)
    resize.show()
    resize.size_edit.number.setValue(12)
    shown = resize.show_command()
    for window in (resize, shown):
        qtbot.waitExposed(window)
        assert "v[*].qcow2" in window.windowHandle().title()
        assert "[*][*]" not in window.windowHandle().title()


def test_a_volume_grown_elsewhere_asks_to_shrink_the_next_time(connected, home, qtbot, submitted):
    """The list said 5 GiB (libvirt sends no volume event), the volume had grown to 10 GiB
    elsewhere: 8 GiB went as a growth, refused with 'confirm it to go ahead', and the dialog
    still took it for a growth, so there was nothing to confirm. It now knows the capacity,
    and the next Resize asks about the shrink."""
    dialog = open_resize(qtbot, connected, home.uuid, 5 * GiB, "build.qcow2")
    dialog.size_edit.number.setValue(8)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text() == (
        "Could not resize build.qcow2: 8 GiB is smaller than the volume's capacity of 10 GiB. "
        "Shrinking destroys the data beyond the new end; confirm it to go ahead.")
    assert dialog.current_label.text() == "10 GiB" and "shrinking destroys" in dialog.note.text()
    assert dialog.size_edit.value().bytes == 8 * GiB  # what was typed stays
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=5000)
    assert "Shrink volume build.qcow2 from 10 GiB to 8 GiB?" in dialog.confirm_box.text()
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert shrink_volume not in submitted


def test_a_running_vm_s_next_boot_disk_is_shrunk_after_a_yes_that_names_it(connected, home, qtbot,
                                                                          submitted, monkeypatch):
    """web01 runs without build.qcow2 open, having it only in the definition it boots next: the
    shrink was refused ('cannot be shrunk while a running VM uses it: web01') though QEMU does
    not hold the image. It is asked about as a stopped VM's disk, web01 named for its next
    start, and shrunk after the yes."""
    resized = []
    monkeypatch.setattr(libvirt.virStorageVol, "resize", lambda _v, *a: resized.append(a))

    def add_for_next_boot(c):
        dom = c.lookupByName("web01")
        c.defineXML(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace("</devices>", (
            "<disk type='file' device='disk'><source file='/home/build.qcow2'/>"
            "<target dev='vdc' bus='virtio'/></disk></devices>")))

    run_in_worker(qtbot, connected, add_for_next_boot)
    dialog = open_resize(qtbot, connected, home.uuid, 10 * GiB, "build.qcow2")
    dialog.size_edit.number.setValue(5)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None or dialog.error.isVisible(), timeout=5000)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert dialog.confirm_box.text().endswith(
        "\n\nThese stopped VMs use it: build.\n\nThese running VMs use it from their next start "
        "(it is not open now): web01.")
    with qtbot.waitSignal(dialog.resized, timeout=5000):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert submitted[-1] is shrink_volume
    assert resized == [(5 * GiB, libvirt.VIR_STORAGE_VOL_RESIZE_SHRINK)]


def test_a_volume_shrunk_elsewhere_is_asked_about_with_its_real_capacity(connected, home, qtbot,
                                                                         submitted):
    """The list said 20 GiB (libvirt sends no volume event), the volume was 10 GiB by then:
    the question said 'Shrink volume build.qcow2 from 20 GiB to 8 GiB?', and a size between
    the two went as a shrink question for what was a growth."""
    dialog = open_resize(qtbot, connected, home.uuid, 20 * GiB, "build.qcow2")
    dialog.size_edit.number.setValue(8)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=5000)
    assert dialog.confirm_box.text().startswith("Shrink volume build.qcow2 from 10 GiB to 8 GiB?")
    assert dialog.current_label.text() == "10 GiB"
    assert dialog.error.text() == "The volume was resized elsewhere: its capacity is now 10 GiB."
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert shrink_volume not in submitted

    again = open_resize(qtbot, connected, home.uuid, 20 * GiB, "build.qcow2")
    again.size_edit.number.setValue(12)  # a growth of the real volume
    qtbot.mouseClick(again.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.busy, timeout=5000)
    assert again.confirm_box is None and shrink_volume not in submitted
    assert again.current_label.text() == "10 GiB" and again.note.text() == ""
    assert again.error.text() == "The volume was resized elsewhere: its capacity is now 10 GiB."
    assert again.isVisible() and again.ok.isEnabled()
    assert again.size_edit.value().bytes == 12 * GiB  # what was typed stays
    assert again.planned()[0] is grow_volume
