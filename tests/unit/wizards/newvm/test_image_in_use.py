"""Finish on an existing image or volume another VM uses asks first (virt-manager's wizard
asks too): the new VM would write it beside the other, and two writers wreck an image."""

from __future__ import annotations

from lxml import etree
from PySide6.QtWidgets import QMessageBox

from kvmgui.xml.newvm_spec import InstallMethod, StorageKind
from tests.helpers import answer, question_of, run_in_worker, type_into
from tests.unit.dialogs.test_addhw_shared_image import give_desktop, hold_the_look
from tests.unit.wizards.newvm.drive import (
    FINISH,
    PageId,
    click,
    defined_names,
    goto,
    kernel_files,
    open_wizard,
    settle,
    toggle,
)


def fill_on(qtbot, wiz, tmp_path, storage, name="onimage"):
    """A kernel-boot VM whose disk is ``storage``: a path, or "pool/volume"."""
    kernel, initrd = kernel_files(tmp_path)
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.KERNEL])
    type_into(qtbot, wiz.method.kernel.edit, str(kernel))
    type_into(qtbot, wiz.method.initrd.edit, str(initrd))
    goto(qtbot, wiz, PageId.STORAGE)
    page = wiz.storage
    if storage.startswith("/"):
        toggle(qtbot, page.kinds[StorageKind.FILE])
        type_into(qtbot, page.file.edit, storage)
    else:
        toggle(qtbot, page.kinds[StorageKind.EXISTING_VOLUME])
        page.existing.volume.setCurrentIndex(page.existing.volume.findText(storage.split("/")[1]))
    goto(qtbot, wiz, PageId.NAME)
    type_into(qtbot, wiz.name.name, name)
    goto(qtbot, wiz, PageId.SUMMARY)
    settle(qtbot, wiz)


def test_an_image_file_another_vm_uses_is_taken_only_when_the_user_says_so(connected, qtbot,
                                                                           tmp_path):
    image = tmp_path / "shared.img"
    image.write_bytes(b"\0" * 512)
    run_in_worker(qtbot, connected, give_desktop(image))
    wiz = open_wizard(qtbot, connected)
    fill_on(qtbot, wiz, tmp_path, str(image))
    click(qtbot, wiz, FINISH)
    text = answer(qtbot, wiz, QMessageBox.StandardButton.No)
    assert "desktop" in text and str(image) in text
    assert "onimage" not in defined_names(qtbot, connected)
    assert wiz.isVisible() and wiz.currentId() == PageId.SUMMARY
    assert wiz.state.spec.storage.path == str(image)  # the input stays
    click(qtbot, wiz, FINISH)
    with qtbot.waitSignal(wiz.created, timeout=20000):
        answer(qtbot, wiz, QMessageBox.StandardButton.Yes)
    assert "onimage" in defined_names(qtbot, connected)


def test_a_pool_volume_another_vm_uses_is_named_in_the_question(connected, qtbot, tmp_path):
    """web01's disk is pool home's volume web01.qcow2, by its path."""
    wiz = open_wizard(qtbot, connected)
    fill_on(qtbot, wiz, tmp_path, "home/web01.qcow2")
    click(qtbot, wiz, FINISH)
    assert "web01" in answer(qtbot, wiz, QMessageBox.StandardButton.No)
    assert "onimage" not in defined_names(qtbot, connected)


def test_an_image_no_vm_uses_is_taken_without_a_question(connected, qtbot, tmp_path):
    image = tmp_path / "own.img"
    image.write_bytes(b"\0" * 512)
    wiz = open_wizard(qtbot, connected)
    fill_on(qtbot, wiz, tmp_path, str(image))
    with qtbot.waitSignal(wiz.created, timeout=20000):
        click(qtbot, wiz, FINISH)
    assert question_of(wiz) is None


def test_the_wizard_says_what_it_waits_for_while_it_looks_for_the_other_vms(
        connected, qtbot, tmp_path, monkeypatch):
    """Every VM's XML is read first: 1.8 s for 40 VMs behind a 300 ms link, and the
    wizard said nothing meanwhile (the disk page says it)."""
    image = tmp_path / "own.img"
    image.write_bytes(b"\0" * 512)
    gate = hold_the_look(monkeypatch)
    wiz = open_wizard(qtbot, connected)
    fill_on(qtbot, wiz, tmp_path, str(image))
    click(qtbot, wiz, FINISH)
    qtbot.waitUntil(lambda: wiz.summary.result.text() == f"Looking for other VMs that use {image}…",
                    timeout=5000)
    click(qtbot, wiz, FINISH)  # again, while it looks: nothing more
    with qtbot.waitSignal(wiz.created, timeout=20000):
        gate.set()
    assert "Looking" not in wiz.summary.result.text()
    assert defined_names(qtbot, connected).count("onimage") == 1


def hand_disks(qtbot, wiz, *sources):
    """Edit the wizard's XML by hand: one more writable disk on each of ``sources`` (a
    path, or a ``{"pool": …, "volume": …}``)."""
    toggle(qtbot, wiz.summary.hand_edit)
    root = etree.fromstring(wiz.summary.xml.toPlainText().encode())
    for at, source in enumerate(sources):
        kind = "volume" if isinstance(source, dict) else "file"
        disk = etree.SubElement(root.find("devices"), "disk", type=kind, device="disk")
        etree.SubElement(disk, "driver", name="qemu", type="raw")
        etree.SubElement(disk, "source", source if kind == "volume" else {"file": str(source)})
        etree.SubElement(disk, "target", dev=f"vd{'wxyz'[at]}", bus="virtio")
    wiz.summary.xml.setPlainText(etree.tostring(root, encoding="unicode"))
    settle(qtbot, wiz)


def on_own_image(qtbot, connected, tmp_path):
    """A wizard filled for a VM on an image no VM uses; and an image "desktop" uses."""
    own, shared = tmp_path / "own.img", tmp_path / "shared.img"
    for image in (own, shared):
        image.write_bytes(b"\0" * 512)
    run_in_worker(qtbot, connected, give_desktop(shared))
    wiz = open_wizard(qtbot, connected)
    fill_on(qtbot, wiz, tmp_path, str(own))
    return wiz, shared


def test_a_disk_typed_into_the_xml_by_hand_is_asked_about_too(connected, qtbot, tmp_path):
    """The wizard asked about the disk its pages chose; a disk typed into its XML by
    hand, on an image another VM uses, was given to the new VM without a word."""
    wiz, shared = on_own_image(qtbot, connected, tmp_path)
    hand_disks(qtbot, wiz, shared)
    typed = wiz.summary.xml.toPlainText()
    click(qtbot, wiz, FINISH)
    text = answer(qtbot, wiz, QMessageBox.StandardButton.No)
    assert "desktop" in text and str(shared) in text
    assert "onimage" not in defined_names(qtbot, connected)
    assert wiz.isVisible() and wiz.summary.xml.toPlainText() == typed  # the input stays


def test_each_image_in_use_is_asked_about_in_turn(connected, qtbot, tmp_path):
    """Two disks on images other VMs use: two questions, and Finish after both Yes."""
    wiz, shared = on_own_image(qtbot, connected, tmp_path)
    hand_disks(qtbot, wiz, shared, {"pool": "home", "volume": "web01.qcow2"})
    click(qtbot, wiz, FINISH)
    assert "desktop" in answer(qtbot, wiz, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(wiz.created, timeout=20000):
        assert "web01" in answer(qtbot, wiz, QMessageBox.StandardButton.Yes)
    assert "onimage" in defined_names(qtbot, connected)
