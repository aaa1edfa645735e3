"""Add hardware asks before it gives a VM a disk image another VM of the host uses."""

from __future__ import annotations

import threading

import libvirt
from lxml import etree
from PySide6.QtWidgets import QMessageBox

from tests.helpers import BUILD, DEMO_VMS, domain_doc, question_of, run_in_worker
from tests.unit.dialogs.test_addhw import image_form


def give_desktop(path, readonly=False):
    """The stopped VM "desktop" gets a disk on ``path`` (read-only if asked)."""

    def define(conn):
        dom = conn.lookupByUUIDString(DEMO_VMS["desktop"])
        root = etree.fromstring(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        disk = etree.SubElement(root.find("devices"), "disk", type="file", device="disk")
        etree.SubElement(disk, "source", file=str(path))
        etree.SubElement(disk, "target", dev="vdz", bus="virtio")
        if readonly:
            etree.SubElement(disk, "readonly")
        conn.defineXML(etree.tostring(root, encoding="unicode"))

    return define


def hold_the_look(monkeypatch):
    """The look for the other VMs that use an image waits until the event returned is set."""
    from kvmgui.libvirt import imageformat

    gate = threading.Event()
    real = imageformat.image_users
    monkeypatch.setattr(imageformat, "image_users", lambda *args: gate.wait(5) and real(*args))
    return gate


def test_an_image_another_vm_uses_is_added_only_when_the_user_says_so(details_of, connected,
                                                                        qtbot, tmp_path):
    """Two VMs writing one image wreck it, and Add hardware gave one VM another's image
    without a word (virt-manager asks). It now names the VMs that use it and adds only on
    Yes; No adds nothing and leaves the form as it was."""
    image = tmp_path / "shared.img"
    image.write_bytes(b"\0" * 512)
    run_in_worker(qtbot, connected, give_desktop(image))
    window = details_of(BUILD)
    dialog, _disk = image_form(window, image)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: question_of(dialog) is not None, timeout=5000)
    box = question_of(dialog)
    assert "desktop" in box.text() and str(image) in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: question_of(dialog) is None, timeout=5000)
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb") is None
    assert dialog.isVisible() and _disk.path.text() == str(image)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: question_of(dialog) is not None, timeout=5000)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        question_of(dialog).button(QMessageBox.StandardButton.Yes).click()
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").source == str(image)


def test_a_read_only_disk_on_an_image_others_only_read_is_added_without_a_question(
        details_of, connected, qtbot, tmp_path):
    """Read-only drives share an image (a CD-ROM's, a base image): nothing to ask."""
    image = tmp_path / "shared.iso"
    image.write_bytes(b"\0" * 512)
    run_in_worker(qtbot, connected, give_desktop(image, readonly=True))
    window = details_of(BUILD)
    dialog, disk = image_form(window, image)
    disk.readonly.setChecked(True)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert question_of(dialog) is None
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").source == str(image)


def test_the_dialog_says_what_it_waits_for_while_it_looks_for_the_other_vms(
        details_of, connected, qtbot, tmp_path, monkeypatch):
    """Every VM's XML is read first: 1.8 s for 40 VMs behind a 300 ms link, and the
    dialog said nothing meanwhile (the disk page says it)."""
    image = tmp_path / "new.img"
    image.write_bytes(b"\0" * 512)
    gate = hold_the_look(monkeypatch)
    window = details_of(BUILD)
    dialog, _disk = image_form(window, image)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() == f"Looking for other VMs that use {image}…",
                    timeout=5000)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        gate.set()
    assert "Looking" not in dialog.problem.text()
