"""Add hardware's disk form as a CD-ROM: the mode and bus it changes, the checks it gets."""

import os
import threading

import libvirt
import pytest

from kvmgui.widgets.styles import Tone, tone_of
from tests.helpers import BUILD, domain_doc, run_in_worker


def dialog_for(window, kind):
    window.add_hardware()
    dialog = window.add_hw_dialog
    return dialog, dialog.select(kind)


def test_a_hard_disk_chosen_again_after_a_cdrom_is_as_the_user_left_it(details_of):
    """Disk → CD-ROM → Disk left "Use an existing image" and the SATA bus the CD-ROM took:
    the new volume the user had set up (name, size) was off, and a virtio disk became SATA."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.volume.setText("data.qcow2")
    assert disk.new_volume.isChecked() and disk.bus.currentData() == "virtio"
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    assert disk.existing.isChecked() and disk.bus.currentData() == "sata"
    disk.device.setCurrentIndex(disk.device.findData("disk"))
    assert disk.new_volume.isChecked() and disk.volume.isEnabled()
    assert disk.volume.text() == "data.qcow2" and disk.bus.currentData() == "virtio"
    # A bus chosen for the CD-ROM, or an image path typed, is the user's: kept.
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    disk.bus.setCurrentIndex(disk.bus.findData("scsi"))
    disk.path.textEdited.emit("/srv/x.iso")
    disk.device.setCurrentIndex(disk.device.findData("disk"))
    assert disk.existing.isChecked() and disk.bus.currentData() == "scsi"
    dialog.reject()


def test_a_cdrom_shows_itself_read_only(details_of, connected, qtbot):
    """The CD-ROM's Read-only box was greyed and unchecked, though libvirt makes every
    CD-ROM read-only (and the disk page says so)."""
    window = details_of(BUILD)
    dialog, disk = dialog_for(window, "disk")
    assert not disk.readonly.isChecked()
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    assert disk.readonly.isChecked() and not disk.readonly.isEnabled()
    disk.device.setCurrentIndex(disk.device.findData("disk"))
    assert not disk.readonly.isChecked() and disk.readonly.isEnabled()  # the disk's, as left
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()  # an empty drive
    assert domain_doc(qtbot, connected, BUILD).find_device("cdrom:sda").readonly


@pytest.mark.parametrize("change", ["new volume", "cdrom", "bus"])
def test_a_form_changed_while_its_image_is_looked_at_adds_nothing(details_of, connected, qtbot,
                                                                  tmp_path, monkeypatch, change):
    """Add on an existing image, then (while a slow mount was looked at) "Create a new
    volume" chosen: the answer added a new volume nobody clicked Add for; likewise a CD-ROM
    or another bus chosen meanwhile was added as changed. The click adds what it showed."""
    from kvmgui.libvirt import pathcache

    image = tmp_path / "data.qcow2"
    image.write_bytes(b"\0" * 512)
    release = threading.Event()
    real = pathcache.local_path_state
    monkeypatch.setattr(pathcache, "local_path_state", lambda path: release.wait(10) and real(path))
    window = details_of(BUILD)
    dialog, disk = dialog_for(window, "disk")
    disk.existing.setChecked(True)
    disk.path.setText(str(image))
    before = domain_doc(qtbot, connected, BUILD).to_string()
    dialog.finish_button.click()
    assert dialog.problem.text() == f"Looking for {image}…"
    if change == "new volume":
        disk.new_volume.setChecked(True)
    elif change == "cdrom":
        disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    else:
        disk.bus.setCurrentIndex(disk.bus.findData("scsi"))
    release.set()
    # The click waits for every look it asked (the VM's other drives' images too).
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("Nothing was added"), timeout=5000)
    assert not dialog.busy
    assert dialog.problem.text() == ("Nothing was added: the form changed while the image was "
                                     "looked at. Add again to add it as it is now.")
    assert tone_of(dialog.problem) is Tone.NORMAL  # nothing is wrong with the input
    assert domain_doc(qtbot, connected, BUILD).to_string() == before
    # The next click adds what the form shows now.
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert len(domain_doc(qtbot, connected, BUILD).disk_targets()) == 2


Q35 = """<domain type='test'><name>q35vm</name><memory>1048576</memory>
<os><type arch='x86_64' machine='pc-q35-8.2'>hvm</type></os><devices/></domain>"""


@pytest.mark.parametrize("device", ["cdrom", "disk"])
def test_an_ide_drive_on_a_q35_vm_is_refused_inline(details_of, connected, qtbot, device):
    """q35 has no IDE controller: the IDE CD-ROM reached libvirt, which refuses it (the
    test driver even took it, as a stopped VM's definition does until its start)."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(Q35).UUIDString())
    window = details_of(uuid)
    dialog, disk = dialog_for(window, "disk")
    disk.device.setCurrentIndex(disk.device.findData(device))
    disk.existing.setChecked(True)
    disk.bus.setCurrentIndex(disk.bus.findData("ide"))
    dialog.finish_button.click()
    assert dialog.problem.text() == "The VM's q35 chipset has no IDE bus; choose SATA or SCSI"
    assert not dialog.busy and disk.bus.currentData() == "ide"
    assert domain_doc(qtbot, connected, uuid).disk_targets() == []
    disk.bus.setCurrentIndex(disk.bus.findData("sata"))
    dialog.finish_button.click()
    assert "IDE" not in dialog.problem.text()
    dialog.reject()


def test_a_remote_hosts_iso_is_not_looked_for_here(details_of, connected, qtbot, monkeypatch,
                                                   tmp_path):
    """The ISO is on the host: whether this machine has a file there (here it has none, and
    one of the same name would be another file) says nothing; nothing here is opened or
    looked at, and the host's storage pool tells the format."""
    import builtins

    from kvmgui.libvirt.connection import Connection

    monkeypatch.setattr(Connection, "is_local", property(lambda self: False))
    iso = "/dev/shm/x.img"  # in the host's pool; not a file of this test run
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>isos</name><target><path>/dev/shm</path></target></pool>", 0)
        .createXML("<volume><name>x.img</name><capacity>2048</capacity>"
                   "<target><format type='iso'/></target></volume>"))
    touched = []
    real_stat, real_open = os.stat, builtins.open
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: touched.append(p) or real_stat(p, *a, **k))
    monkeypatch.setattr(builtins, "open", lambda p, *a, **k: touched.append(p) or real_open(p, *a, **k))
    window = details_of(BUILD)
    dialog, disk = dialog_for(window, "disk")
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    disk.path.setText(iso)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    added = domain_doc(qtbot, connected, BUILD).find_device("cdrom:sda")
    assert (added.path, added.source_type, added.format) == (iso, "file", "raw")
    assert iso not in [str(p) for p in touched]


def test_a_cdrom_on_an_image_a_disk_writes_is_refused(details_of, connected, qtbot):
    """Only a second hard disk was checked: the CD-ROM was added, and QEMU refused the VM
    its start ("Failed to get "write" lock")."""
    vda = domain_doc(qtbot, connected, BUILD).find_device("disk:vda").path
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    disk.path.setText(vda)
    assert disk.validate() == f"Disk vda of this VM already uses {vda}"
    dialog.reject()


def test_a_writable_disk_on_a_cdroms_image_is_refused(details_of, connected, qtbot):
    """Likewise a hard disk on the ISO a CD-ROM holds; read-only, it may share it."""
    iso = "/srv/os.iso"

    def with_cdrom(c):
        dom = c.lookupByUUIDString(BUILD)
        xml = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace("</devices>", (
            f"<disk type='file' device='cdrom'><source file='{iso}'/>"
            "<target dev='sdc' bus='sata'/><readonly/></disk></devices>"))
        c.defineXML(xml)

    run_in_worker(qtbot, connected, with_cdrom)
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.existing.setChecked(True)
    disk.path.setText(iso)
    assert disk.validate() == f"CD-ROM sdc of this VM already uses {iso}"
    disk.readonly.setChecked(True)
    assert disk.validate() != f"CD-ROM sdc of this VM already uses {iso}"
    dialog.reject()
