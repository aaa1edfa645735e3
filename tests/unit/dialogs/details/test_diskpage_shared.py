"""The disk page asks before it gives a drive an image another VM of the host uses, as Add
hardware does: on Apply of a new path, on Apply of Read-only unticked, and on Insert."""

from __future__ import annotations

import threading

import libvirt
from PySide6.QtWidgets import QMessageBox

from tests.helpers import DEMO_VMS, answer, domain_doc, question_of, run_in_worker
from tests.unit.dialogs.details.test_diskpage import WITH_CDROM, disk_page, edit_path
from tests.unit.dialogs.test_addhw_shared_image import give_desktop


def test_a_new_path_another_vm_writes_is_applied_only_when_the_user_says_so(
        details_of, connected, qtbot, tmp_path):
    """The page gave build's disk the image desktop writes without a word."""
    image = tmp_path / "shared.img"
    image.write_bytes(b"\0" * 512)
    run_in_worker(qtbot, connected, give_desktop(image))
    window = details_of("build")
    page = disk_page(window)
    edit_path(page, str(image))
    qtbot.waitUntil(lambda: page.apply_button.isEnabled(), timeout=5000)
    page.apply_button.click()
    text = answer(qtbot, window, QMessageBox.StandardButton.No)
    assert "desktop" in text and str(image) in text
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda").source == (
        "/home/build.qcow2")
    assert page.is_dirty() and page.path.text() == str(image) and page.body.isEnabled()
    page.apply_button.click()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda").source == (
        str(image))


def readonly_disk(image):
    return (f"<domain type='test'><name>reader</name><memory>1048576</memory><os><type>hvm"
            f"</type></os><devices><disk type='file' device='disk'><source file='{image}'/>"
            "<target dev='vda' bus='virtio'/><readonly/></disk></devices></domain>")


def two_readers(details_of, connected, qtbot, tmp_path):
    """desktop and a new VM read one image; the new VM's details on its disk page."""
    image = tmp_path / "base.img"
    image.write_bytes(b"\0" * 512)
    run_in_worker(qtbot, connected, give_desktop(image, readonly=True))
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(readonly_disk(image)).UUIDString())
    window = details_of(uuid)
    page = disk_page(window)
    return uuid, window, page


def test_a_disk_made_writable_on_an_image_another_vm_reads_asks_first(details_of, connected,
                                                                       qtbot, tmp_path):
    """Read-only drives share an image; one unticked writes under the other's feet."""
    uuid, window, page = two_readers(details_of, connected, qtbot, tmp_path)
    page.readonly.setChecked(False)
    page.apply_button.click()
    assert "desktop" in answer(qtbot, window, QMessageBox.StandardButton.No)
    assert domain_doc(qtbot, connected, uuid).find_device("disk:vda").readonly
    assert page.is_dirty() and not page.readonly.isChecked()
    page.apply_button.click()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert not domain_doc(qtbot, connected, uuid).find_device("disk:vda").readonly


def test_unchanged_read_only_drives_apply_without_a_question(details_of, connected, qtbot,
                                                             tmp_path):
    """Only a drive that would write is asked about: a cache change of a reader is not."""
    uuid, window, page = two_readers(details_of, connected, qtbot, tmp_path)
    page.cache.setCurrentIndex(page.cache.findData("none"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    assert question_of(window) is None
    assert domain_doc(qtbot, connected, uuid).find_device("disk:vda").cache == "none"


def test_media_another_vm_writes_is_inserted_only_when_the_user_says_so(details_of, connected,
                                                                        qtbot, tmp_path):
    iso = tmp_path / "shared.iso"
    iso.write_bytes(b"\0" * 2048)
    run_in_worker(qtbot, connected, give_desktop(iso))
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.insert_path.setText(str(iso))
    page.insert_media()
    assert "desktop" in answer(qtbot, window, QMessageBox.StandardButton.No)
    assert domain_doc(qtbot, connected, uuid).find_device("cdrom:sda").source is None
    assert page.insert_path.text() == str(iso) and page.body.isEnabled()
    page.insert_media()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert domain_doc(qtbot, connected, uuid).find_device("cdrom:sda").source == str(iso)


def test_media_other_vms_only_read_is_inserted_without_a_question(details_of, connected, qtbot,
                                                                   tmp_path):
    iso = tmp_path / "debian.iso"
    iso.write_bytes(b"\0" * 2048)
    run_in_worker(qtbot, connected, give_desktop(iso, readonly=True))
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.insert_path.setText(str(iso))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    assert question_of(window) is None
    assert domain_doc(qtbot, connected, uuid).find_device("cdrom:sda").source == str(iso)


def test_a_host_whose_vms_cannot_be_listed_does_not_stop_the_apply(details_of, connected, qtbot,
                                                                    tmp_path, monkeypatch):
    """The question is a courtesy: the check failing is logged, and the apply goes on."""
    image = tmp_path / "new.img"
    image.write_bytes(b"\0" * 512)
    window = details_of("build")
    page = disk_page(window)

    def broken(*_args):
        raise libvirt.libvirtError("listing failed")

    from kvmgui.libvirt import imageformat
    monkeypatch.setattr(imageformat, "find_users", broken)
    edit_path(page, str(image))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert question_of(window) is None
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda").source == (
        str(image))


def test_the_page_says_what_it_waits_for_while_it_looks_for_the_other_vms(
        details_of, connected, qtbot, tmp_path, monkeypatch):
    """Every VM's XML is read first: 1.8 s for 40 VMs behind a 300 ms link, with nothing
    said but the fields greyed out."""
    from kvmgui.libvirt import imageformat

    image = tmp_path / "new.img"
    image.write_bytes(b"\0" * 512)
    gate = threading.Event()
    real = imageformat.image_users
    monkeypatch.setattr(imageformat, "image_users", lambda *args: gate.wait(5) and real(*args))
    window = details_of("build")
    page = disk_page(window)
    edit_path(page, str(image))
    qtbot.waitUntil(lambda: page.apply_button.isEnabled(), timeout=5000)
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.message.text() == f"Looking for other VMs that use {image}…",
                    timeout=5000)
    assert not page.body.isEnabled()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        gate.set()
    assert "Looking" not in page.message.text()
