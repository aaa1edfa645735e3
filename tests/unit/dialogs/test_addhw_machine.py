"""What a VM's machine type has, refused inline when it lacks it: a disk bus (an IDE drive
on an ARM 'virt', POWER or s390 VM, or a bus the host's emulator lacks), by the host's
domain capabilities when it says, else by the machine's name; a display type."""

import pytest

from kvmgui.libvirt import machinecaps
from kvmgui.xml.domcaps import DomainCaps
from tests.helpers import domain_doc, run_in_worker

VM = """<domain type='test'><name>{name}</name><memory>1048576</memory>
<os><type arch='{arch}' machine='{machine}'>hvm</type></os><devices>
<disk type='file' device='cdrom'><target dev='sda' bus='sata'/><readonly/></disk>
</devices></domain>"""


def define(qtbot, connected, arch, machine):
    xml = VM.format(name=f"vm-{machine}", arch=arch, machine=machine)
    return run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).UUIDString())


def disk_form(window):
    window.add_hardware()
    dialog = window.add_hw_dialog
    return dialog, dialog.select("disk")


@pytest.mark.parametrize(("arch", "machine", "said"), [
    ("aarch64", "virt-8.2", "The VM's machine type (virt-8.2) has no ide bus; choose virtio, scsi"),
    ("ppc64le", "pseries-8.2", "The VM's machine type (pseries-8.2) has no ide bus; choose virtio, scsi"),
    ("s390x", "s390-ccw-virtio-8.2",
     "The VM's machine type (s390-ccw-virtio-8.2) has no ide bus; choose virtio, scsi"),
])
def test_an_ide_disk_on_a_machine_without_ide_is_refused_inline(details_of, connected, qtbot,
                                                                 arch, machine, said):
    """Refused only on q35: the disk was sent to libvirt, whose QEMU driver refuses it late
    ('IDE controllers are unsupported for this QEMU binary or machine type')."""
    uuid = define(qtbot, connected, arch, machine)
    before = domain_doc(qtbot, connected, uuid).to_string()
    dialog, disk = disk_form(details_of(uuid))
    disk.bus.setCurrentIndex(disk.bus.findData("ide"))
    dialog.finish_button.click()
    assert dialog.problem.text() == said
    assert not dialog.busy and disk.bus.currentData() == "ide"
    assert domain_doc(qtbot, connected, uuid).to_string() == before
    dialog.reject()


def test_the_hosts_domain_capabilities_decide_over_the_machines_name(details_of, connected,
                                                                     qtbot, monkeypatch):
    """An i440fx VM whose emulator has no USB storage: the host says so; its name does not."""
    asked = []

    def read(conn, machine):
        asked.append(machine)
        return DomainCaps(disk_buses=("ide", "fdc", "scsi", "virtio", "sata"))

    monkeypatch.setattr(machinecaps, "read_machine_caps", read)
    uuid = define(qtbot, connected, "x86_64", "pc-i440fx-8.2")
    window = details_of(uuid)
    dialog, disk = disk_form(window)
    qtbot.waitUntil(lambda: disk.machine_caps.caps is not None, timeout=5000)
    assert set(asked) == {("", "x86_64", "pc-i440fx-8.2", "test")}  # the VM's machine
    disk.bus.setCurrentIndex(disk.bus.findData("usb"))
    dialog.finish_button.click()
    assert dialog.problem.text() == ("The VM's machine type (pc-i440fx-8.2) has no usb bus; "
                                     "choose virtio, sata, scsi, ide")
    dialog.reject()
    # The disk page too, once the host has answered.
    window.select_page("device:cdrom:sda")
    page = window.pages["device:cdrom:sda"]
    qtbot.waitUntil(lambda: page.machine_caps.caps is not None, timeout=5000)
    page.bus.setCurrentIndex(page.bus.findData("usb"))
    assert page.problem.text() == ("The VM's machine type (pc-i440fx-8.2) has no usb bus; "
                                   "choose sata, scsi, ide")
    assert not page.apply_button.isEnabled()
    page.bus.setCurrentIndex(page.bus.findData("ide"))
    assert page.problem.text() == "" and page.apply_button.isEnabled()


USB_OFF = "The VM has no USB (its USB controller's model is 'none'); choose another bus"


def test_a_usb_disk_on_a_vm_without_usb_is_refused_inline(details_of, connected, qtbot):
    """It was sent to libvirt, whose QEMU driver refuses it ("USB is disabled for this
    domain, but USB devices are present in the domain XML")."""
    xml = VM.format(name="vm-no-usb", arch="x86_64", machine="pc-i440fx-8.2").replace(
        "<devices>", "<devices><controller type='usb' model='none'/>")
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).UUIDString())
    before = domain_doc(qtbot, connected, uuid).to_string()
    window = details_of(uuid)
    dialog, disk = disk_form(window)
    disk.volume.setText("stick.img")
    disk.bus.setCurrentIndex(disk.bus.findData("usb"))
    dialog.finish_button.click()
    assert dialog.problem.text() == USB_OFF
    assert not dialog.busy and disk.bus.currentData() == "usb"
    assert domain_doc(qtbot, connected, uuid).to_string() == before
    dialog.reject()
    # The disk page too.
    window.select_page("device:cdrom:sda")
    page = window.pages["device:cdrom:sda"]
    page.bus.setCurrentIndex(page.bus.findData("usb"))
    assert page.problem.text() == USB_OFF and not page.apply_button.isEnabled()


def test_a_machine_the_host_does_not_describe_keeps_ide_where_its_name_has_it(
        details_of, connected, qtbot):
    uuid = define(qtbot, connected, "x86_64", "pc-i440fx-8.2")
    window = details_of(uuid)
    window.select_page("device:cdrom:sda")
    page = window.pages["device:cdrom:sda"]
    page.bus.setCurrentIndex(page.bus.findData("ide"))
    assert page.problem.text() == "" and page.apply_button.isEnabled()


def test_the_disk_page_leaves_the_bus_a_disk_has(details_of, connected, qtbot, monkeypatch):
    """A bus the host's list lacks, on a disk that has it: an edit of another field is
    applied, not refused for a bus the user did not choose."""
    monkeypatch.setattr(machinecaps, "read_machine_caps",
                        lambda conn, machine: DomainCaps(disk_buses=("scsi", "virtio")))
    uuid = define(qtbot, connected, "x86_64", "pc-i440fx-8.2")
    window = details_of(uuid)
    window.select_page("device:cdrom:sda")
    page = window.pages["device:cdrom:sda"]
    qtbot.waitUntil(lambda: page.machine_caps.caps is not None, timeout=5000)
    page.cache.setCurrentIndex(page.cache.findData("none"))
    assert page.problem.text() == "" and page.apply_button.isEnabled()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    disk = domain_doc(qtbot, connected, uuid).find_device("cdrom:sda")
    assert (disk.bus, disk.cache) == ("sata", "none")


def test_a_display_the_hosts_qemu_lacks_is_refused_inline(details_of, connected, qtbot,
                                                          monkeypatch):
    """A QEMU built without SPICE (RHEL 9): the display was sent to libvirt, which refuses
    it after the round trip; the new-VM wizard already offers only what the host has."""
    monkeypatch.setattr(machinecaps, "read_machine_caps",
                        lambda conn, machine: DomainCaps(graphics_types=("vnc", "egl-headless")))
    uuid = define(qtbot, connected, "x86_64", "pc-q35-8.2")
    window = details_of(uuid)
    before = domain_doc(qtbot, connected, uuid).to_string()
    window.add_hardware()
    dialog = window.add_hw_dialog
    form = dialog.select("graphics")
    qtbot.waitUntil(lambda: form.machine_caps.caps is not None, timeout=5000)
    form.kind.setCurrentIndex(form.kind.findData("spice"))
    dialog.finish_button.click()
    assert dialog.problem.text() == "The host's QEMU has no SPICE display; choose VNC"
    assert not dialog.busy and form.kind.currentData() == "spice"
    assert domain_doc(qtbot, connected, uuid).to_string() == before
    form.kind.setCurrentIndex(form.kind.findData("vnc"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert domain_doc(qtbot, connected, uuid).node.find("devices/graphics").get("type") == "vnc"


@pytest.mark.parametrize("model", ["e1000e", "rtl8139"])
def test_a_nic_an_s390_machine_lacks_is_refused_inline(details_of, connected, qtbot, model):
    """Taken into the definition, the VM's QEMU refused it only at the VM's next start;
    virtio (virtio-net-ccw) is what s390's channel I/O machines take."""
    uuid = define(qtbot, connected, "s390x", "s390-ccw-virtio-8.2")
    window = details_of(uuid)
    before = domain_doc(qtbot, connected, uuid).to_string()
    window.add_hardware()
    dialog = window.add_hw_dialog
    nic = dialog.select("nic")
    nic.model.setCurrentText(model)
    dialog.finish_button.click()
    assert dialog.problem.text() == ("The VM's machine type (s390-ccw-virtio-8.2) takes only "
                                     "virtio network interfaces")
    assert not dialog.busy and nic.model.currentText() == model
    assert domain_doc(qtbot, connected, uuid).to_string() == before
    nic.model.setCurrentText("virtio")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    added = domain_doc(qtbot, connected, uuid).node.find("devices/interface/model")
    assert added.get("type") == "virtio"


def test_a_cdrom_takes_a_bus_the_machine_has(details_of, connected, qtbot, monkeypatch):
    """A CD-ROM cannot be virtio: the form chose SATA for it, which an s390 machine lacks, and
    then refused its own choice ("has no sata bus; choose scsi")."""
    monkeypatch.setattr(machinecaps, "read_machine_caps",
                        lambda conn, machine: DomainCaps(disk_buses=("scsi", "virtio")))
    uuid = define(qtbot, connected, "s390x", "s390-ccw-virtio-8.2")
    window = details_of(uuid)
    dialog, disk = disk_form(window)
    qtbot.waitUntil(lambda: disk.machine_caps.caps is not None, timeout=5000)
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    assert disk.bus.currentData() == "scsi"
    assert disk.validate() is None
    disk.device.setCurrentIndex(disk.device.findData("disk"))
    assert disk.bus.currentData() == "virtio"  # the hard disk's bus, given back
    dialog.reject()


def test_a_display_the_hosts_qemu_lacks_suggests_none_the_vm_has(details_of, connected, qtbot,
                                                                  monkeypatch):
    """The VM has its VNC display: "choose VNC" sent the user to a second refusal."""
    monkeypatch.setattr(machinecaps, "read_machine_caps",
                        lambda conn, machine: DomainCaps(graphics_types=("vnc", "egl-headless")))
    xml = VM.format(name="vm-vnc", arch="x86_64", machine="pc-q35-8.2").replace(
        "</devices>", "<graphics type='vnc' port='-1'/></devices>")
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).UUIDString())
    window = details_of(uuid)
    window.add_hardware()
    form = window.add_hw_dialog.select("graphics")
    qtbot.waitUntil(lambda: form.machine_caps.caps is not None, timeout=5000)
    form.kind.setCurrentIndex(form.kind.findData("spice"))
    assert form.validate() == "The host's QEMU has no SPICE display"
    window.add_hw_dialog.reject()
