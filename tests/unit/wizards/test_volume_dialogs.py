"""The new-volume / clone dialog and the resize dialog against the test driver."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QLineEdit

from kvmgui.libvirt import volops
from kvmgui.wizards.volume.create import Base, CloneSource, PoolFacts, VolumeDialog, clone_name
from kvmgui.wizards.volume.resize import ResizeDialog
from kvmgui.xml.pool import VolumeDoc
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.volume_spec import SizeUnit
from tests.helpers import FakeError, run_in_worker, type_into, uuid_of

GiB = 1024**3


@pytest.fixture
def home(connected):
    uuid = uuid_of(connected.pools, "home")
    names = frozenset({"web01.qcow2", "db01.qcow2", "build.qcow2"})
    bases = (Base("build.qcow2", "/home/build.qcow2", "qcow2"),)
    return PoolFacts(uuid, "home", PoolType.DIR, names, 72 * GiB, None, bases)


def open_dialog(qtbot, conn, facts, clone=None):
    dialog = VolumeDialog(conn, facts, clone)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def problems(dialog):
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.objectName().endswith("problem") and label.isVisible() and label.text()]


def volume_xml(qtbot, conn, name):
    return run_in_worker(qtbot, conn, lambda c: c.storagePoolLookupByName("home")
                         .storageVolLookupByName(name).XMLDesc(0))


def test_a_new_qcow2_volume(connected, home, qtbot):
    dialog = open_dialog(qtbot, connected, home)
    assert dialog.format.currentData() == "qcow2" and dialog.capacity.value().bytes == 20 * GiB
    assert not dialog.ok.isEnabled()  # no name yet
    assert problems(dialog) == ["Enter a name for the volume."]
    type_into(qtbot, dialog.name, "data.qcow2")
    dialog.capacity.number.setValue(3)
    assert problems(dialog) == [] and dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.created, timeout=5000) as made:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert made.args[0].name == "data.qcow2" and made.args[0].path == "/home/data.qcow2"
    doc = VolumeDoc.from_string(volume_xml(qtbot, connected, "data.qcow2"))
    assert (doc.capacity, doc.format) == (3 * GiB, "qcow2")
    assert not dialog.isVisible()


def test_problems_show_under_their_fields(connected, home, qtbot):
    dialog = open_dialog(qtbot, connected, home)
    type_into(qtbot, dialog.name, "db01.qcow2")
    assert problems(dialog) == ["The pool already has a volume named db01.qcow2."]
    type_into(qtbot, dialog.name, "big.img")
    dialog.format.setCurrentIndex(dialog.format.findData("raw"))
    dialog.capacity.number.setValue(100)  # 100 GiB: the pool has 72 GiB free
    # A sparse raw file fits today: a warning, and Create stays possible.
    assert problems(dialog) == ["The capacity (100 GiB) is more than the 72 GiB free in the pool. "
                                "The volume takes space only as it fills, so the pool may run out "
                                "of room later."]
    assert dialog.ok.isEnabled()
    dialog.allocation.number.setValue(100)  # all of it at once: an error
    assert not dialog.ok.isEnabled()
    assert "The allocation (100 GiB) is more than the 72 GiB free in the pool." in problems(dialog)


def test_an_overlay_on_a_backing_volume(connected, home, qtbot):
    dialog = open_dialog(qtbot, connected, home)
    type_into(qtbot, dialog.name, "top.qcow2")
    qtbot.mouseClick(dialog.use_backing, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.use_backing.height() // 2))
    assert dialog.backing.isEnabled() and not dialog.capacity.isEnabled()  # as large as the base
    dialog.backing.setCurrentIndex(0)
    assert dialog.backing_format.currentData() == "qcow2"
    spec = dialog.spec()
    assert (spec.backing_path, spec.backing_format, spec.capacity) == ("/home/build.qcow2", "qcow2", None)
    assert "<backingStore>" in dialog.xml() and "<capacity" not in dialog.xml()
    dialog.format.setCurrentIndex(dialog.format.findData("raw"))
    assert "A volume in the raw format cannot have a backing store; choose qcow2." in problems(dialog)
    assert not dialog.ok.isEnabled()


def test_an_overlay_on_a_volume_whose_format_was_not_read_yet(connected, home, qtbot):
    # The panel reads the formats after the rows show: the dialog reads this one itself.
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").createXML(
        "<volume><name>base.img</name><capacity unit='GiB'>2</capacity>"
        "<target><format type='raw'/></target></volume>", 0))
    facts = replace(home, bases=(*home.bases, Base("base.img", "/home/base.img", "")))
    dialog = open_dialog(qtbot, connected, facts)
    type_into(qtbot, dialog.name, "top.qcow2")
    qtbot.mouseClick(dialog.use_backing, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.use_backing.height() // 2))
    dialog.backing.setCurrentIndex(0)  # qcow2
    dialog.backing.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.backing_format.currentData() == "raw", timeout=5000)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=5000)
    assert dialog.spec().backing_format == "raw"


def test_an_overlay_asks_for_its_backing_store_not_the_capacity_it_takes_from_it(connected, home, qtbot):
    dialog = open_dialog(qtbot, connected, home)
    type_into(qtbot, dialog.name, "top.qcow2")
    qtbot.mouseClick(dialog.use_backing, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.use_backing.height() // 2))
    assert not dialog.capacity.isEnabled() and not dialog.ok.isEnabled()
    # Said under the backing store, the field to fill, not under the capacity box it disabled.
    assert [p.field for p in dialog.problems] == ["backing.path"]
    assert problems(dialog) == ["Choose the backing store, or give the volume a capacity."]
    dialog.backing.setCurrentIndex(0)
    assert problems(dialog) == [] and dialog.ok.isEnabled()


def test_clone_copies_the_volume(connected, home, qtbot):
    source = CloneSource(home.uuid, "build.qcow2", 10 * GiB, "qcow2")  # build is stopped
    dialog = open_dialog(qtbot, connected, home, source)
    assert dialog.name.text() == "build-clone.qcow2"
    assert dialog.capacity.value().bytes == 10 * GiB and dialog.capacity.value().unit is SizeUnit.GIB
    assert not dialog.use_backing.isVisible() and not dialog.allocation.isVisible()
    with qtbot.waitSignal(dialog.created, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert VolumeDoc.from_string(volume_xml(qtbot, connected, "build-clone.qcow2")).capacity == 10 * GiB
    assert clone_name("a.img", frozenset({"a-clone.img"})) == "a-clone2.img"


def test_a_running_vm_s_disk_is_not_cloned_under_it(connected, home, qtbot):
    """A qcow2 QEMU holds failed with qemu-img's 'Failed to get shared "write" lock'; a raw
    file was copied while the guest wrote on it (tests/integration shows both)."""
    source = CloneSource(home.uuid, "web01.qcow2", 20 * GiB, "qcow2")
    dialog = open_dialog(qtbot, connected, home, source)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text() == (
        "Could not clone web01.qcow2 as web01-clone.qcow2: /home/web01.qcow2 cannot be copied "
        "while these running VMs write on it: web01. A copy taken meanwhile may be damaged; "
        "shut them down first")
    assert dialog.isVisible() and "web01-clone.qcow2" not in run_in_worker(
        qtbot, connected, lambda c: c.storagePoolLookupByName("home").listVolumes())


def test_a_clone_of_an_iso_is_a_raw_copy_not_a_qcow2(connected, home, qtbot):
    # libvirt calls an ISO file's format "iso", which no new volume can have: a byte-for-byte
    # raw copy still boots as a CD-ROM, a conversion to qcow2 does not.
    source = CloneSource(home.uuid, "debian.iso", 600 * 1024**2, "iso")
    dialog = open_dialog(qtbot, connected, home, source)
    assert dialog.name.text() == "debian-clone.iso" and dialog.format.currentData() == "raw"
    assert '<format type="raw"/>' in dialog.xml()


def test_a_clone_of_a_volume_of_no_stated_format_is_a_raw_copy(connected, home, qtbot):
    # No format known: a byte-for-byte copy, not a guess of qcow2 (a conversion).
    source = CloneSource(home.uuid, "disk.img", 64 * 1024**2, "")
    dialog = open_dialog(qtbot, connected, home, source)
    assert dialog.format.currentData() == "raw"


def test_a_clone_of_a_size_no_unit_states_exactly_is_as_large_as_its_source(connected, home, qtbot):
    # 4 MiB and 512 bytes short of 2 GiB shows as 2.00 GiB: left so, the copy is as large
    # as the volume (a raw disk's backup GPT header stays at its end), not 4 MiB larger.
    size = 2 * GiB - 4 * 1024**2 - 512
    source = CloneSource(home.uuid, "db01.qcow2", size, "qcow2")
    dialog = open_dialog(qtbot, connected, home, source)
    assert dialog.capacity.number.value() == 2.0
    assert f'<capacity unit="bytes">{size}</capacity>' in dialog.xml()
    dialog.capacity.number.setValue(3)  # typed by the user: that size
    assert '<capacity unit="GiB">3</capacity>' in dialog.xml()


def test_a_clone_cannot_be_smaller_than_its_source(connected, home, qtbot):
    # libvirt makes such a copy as large as its source anyway, without a word.
    source = CloneSource(home.uuid, "db01.qcow2", 40 * GiB, "qcow2")
    dialog = open_dialog(qtbot, connected, home, source)
    dialog.capacity.number.setValue(10)
    assert problems(dialog) == ["A copy cannot be smaller than the volume it copies (40 GiB)."]
    assert not dialog.ok.isEnabled()
    dialog.capacity.number.setValue(50)
    assert problems(dialog) == [] and dialog.ok.isEnabled()


def test_a_failure_keeps_the_dialog_and_what_was_typed(connected, home, qtbot, monkeypatch):
    def refuse(conn, pool_uuid, xml, prealloc_metadata=False):
        # Not libvirtError(text): that takes the worker thread's last libvirt error, if any.
        raise FakeError("cannot allocate: no space left on device")

    monkeypatch.setattr(volops, "create_volume", refuse)
    dialog = open_dialog(qtbot, connected, home)
    type_into(qtbot, dialog.name, "data.qcow2")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text() == ("Could not create volume data.qcow2: cannot allocate: "
                                   "no space left on device")
    assert dialog.isVisible() and dialog.name.text() == "data.qcow2" and dialog.ok.isEnabled()


def test_every_control_is_named_and_labels_have_buddies(connected, home, qtbot):
    dialog = open_dialog(qtbot, connected, home)
    for kind in (QLineEdit, QComboBox, QCheckBox, QDoubleSpinBox):
        for widget in dialog.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QDoubleSpinBox):
                continue
            assert widget.accessibleName(), widget
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    assert dialog.accessibleName() == "New Volume"
    assert dialog.capacity.unit.accessibleName() == "Capacity unit"


def wait_lines(qtbot, dialog):
    qtbot.waitUntil(lambda: bool(dialog.commands), timeout=5000)
    return dialog.lines()


def test_show_command_has_the_line_of_what_ok_would_do(connected, home, qtbot):
    dialog = open_dialog(qtbot, connected, home)
    assert dialog.command_button.isVisible() and not dialog.command_button.isEnabled()  # no name yet
    assert dialog.command_button.accessibleName() == "Show command"
    type_into(qtbot, dialog.name, "data.qcow2")
    dialog.capacity.number.setValue(3)
    qtbot.mouseClick(dialog.command_button, Qt.MouseButton.LeftButton)
    shown = dialog.command_dialog
    assert wait_lines(qtbot, shown) == [f"virsh -c {connected.uri} vol-create-as home data.qcow2 3GiB "
                                        "--allocation 0 --format qcow2"]
    assert dialog.isVisible() and "data.qcow2" not in run_in_worker(
        qtbot, connected, lambda c: c.storagePoolLookupByName("home").listVolumes())
    resize = ResizeDialog(connected, home.uuid, "build.qcow2", 10 * GiB)
    qtbot.addWidget(resize)
    resize.show()
    resize.size_edit.number.setValue(4)
    assert resize.size_edit.value().bytes == 4 * GiB
    assert wait_lines(qtbot, resize.show_command())[0].endswith(
        "vol-resize --pool home build.qcow2 4GiB --shrink")
