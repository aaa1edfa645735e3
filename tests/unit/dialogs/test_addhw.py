"""Add hardware on the test driver: inline checks first, libvirt's word when it refuses."""

import os
import threading

import pytest
from lxml import etree

from kvmgui.dialogs.addhw import AddHardwareDialog
from kvmgui.dialogs.hwforms.other import DisplayForm
from kvmgui.libvirt.domainops import LiveOutcome
from kvmgui.models.words import say
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone, tone_of
from kvmgui.xml.devices import Disk, Interface, Kind
from kvmgui.xml.domain import DomainDoc
from tests.helpers import BUILD, WEB01, domain_doc, run_in_worker, stop_network

# The offscreen platform cannot pass size hints to, or raise, a window it does not draw.


def dialog_for(window, kind):
    window.add_hardware()
    dialog = window.add_hw_dialog
    return dialog, dialog.select(kind)


def image_form(window, path):
    """Add hardware's disk form, on an existing image at ``path``."""
    dialog, disk = dialog_for(window, "disk")
    disk.existing.setChecked(True)
    disk.path.setText(str(path))
    return dialog, disk


def test_networks_of_the_host_are_offered(details_of):
    dialog, nic = dialog_for(details_of(WEB01), "nic")
    assert [nic.source.itemData(i) for i in range(nic.source.count())] == ["default", "net10"]
    assert nic.source.currentText() == "default"
    assert [nic.model.itemText(i) for i in range(nic.model.count())] == ["virtio", "e1000e", "rtl8139"]
    dialog.reject()


def test_macvtap_modes_are_offered_in_words_with_libvirts_names_behind(details_of, connected, qtbot):
    """The modes in words, as the New VM and network wizards offer them (the form showed
    libvirt's "private", "passthrough", untranslated in Chinese); libvirt's name is defined."""
    dialog, nic = dialog_for(details_of(BUILD), "nic")
    modes = range(nic.mode.count())
    assert [nic.mode.itemText(i) for i in modes] == ["Bridge", "VEPA", "Private", "Passthrough"]
    assert [nic.mode.itemData(i) for i in modes] == ["bridge", "vepa", "private", "passthrough"]
    nic.source_type.setCurrentIndex(nic.source_type.findData("direct"))
    nic.source.setEditText("eth0")
    nic.mode.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.finish_button.click()
    xml = run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(BUILD).XMLDesc(0))
    assert etree.fromstring(xml).find("devices/interface[@type='direct']/source").get("mode") == "private"


def test_the_macvtap_mode_row_shows_only_for_a_macvtap_card(details_of):
    """It stayed on the form (disabled) for a network or a bridge, where it means nothing."""
    dialog, nic = dialog_for(details_of(BUILD), "nic")
    shown = {}
    for kind in ("network", "bridge", "direct", "network"):
        nic.source_type.setCurrentIndex(nic.source_type.findData(kind))
        shown[kind] = nic.form.isRowVisible(nic.mode)
    assert shown == {"network": False, "bridge": False, "direct": True}
    dialog.reject()


def test_nic_on_running_vm_is_saved_and_reported_pending(details_of, connected, qtbot):
    window = details_of(WEB01)
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000) as blocker:
        dialog.finish_button.click()
    result = blocker.args[0]
    # The test driver has no hotplug: libvirt says so, and the change waits for a restart.
    assert result.live == LiveOutcome.FAILED
    assert "not supported" in say(result.words) and "next started" in say(result.words)
    assert not dialog.isVisible()
    added = [d for d in domain_doc(qtbot, connected, WEB01).devices()
             if isinstance(d, Interface) and d.source == "net10"]
    assert len(added) == 1 and added[0].model == "virtio"
    live = domain_doc(qtbot, connected, WEB01, 0)
    assert live.find_device(added[0].key) is None
    assert window.pending_bar.isVisible()
    assert f"Added NIC {added[0].mac} on network net10 (virtio)" in window.pending_bar.list.text()
    page = window.current_page()
    assert page is window.pages[f"device:{added[0].key}"]
    assert page.pending.isVisible()
    assert "added at the next start" in page.running_state.text()
    assert "could not take it" in window.message.text()


def test_nic_on_stopped_vm_is_simply_saved(details_of, connected, qtbot):
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    nic.auto_mac.setChecked(False)
    nic.mac.setText("52:54:00:AA:BB:CC")
    nic.model.setCurrentText("e1000e")
    nic.link.setChecked(False)
    with qtbot.waitSignal(window.changeApplied, timeout=5000) as blocker:
        dialog.finish_button.click()
    assert blocker.args[0].live == LiveOutcome.NOT_RUNNING
    device = domain_doc(qtbot, connected, BUILD).find_device("interface:52:54:00:aa:bb:cc")
    assert device.model == "e1000e" and not device.link_up and device.source == "default"
    assert not window.pending_bar.isVisible()


@pytest.mark.parametrize(("mac", "problem"), [
    ("52:54:00:6b:3c:01", "already used by another NIC"),
    ("52:54:00:6b:3c", "is not a MAC address"),
    ("01:00:5e:00:00:01", "multicast"),
])
def test_bad_mac_is_refused_before_libvirt(details_of, connected, qtbot, mac, problem):
    window = details_of(WEB01)
    before = domain_doc(qtbot, connected, WEB01).to_string()
    dialog, nic = dialog_for(window, "nic")
    nic.auto_mac.setChecked(False)
    nic.mac.setText(mac)
    dialog.finish_button.click()
    assert problem in dialog.problem.text()
    assert not dialog.busy and dialog.isVisible() and nic.mac.text() == mac
    assert domain_doc(qtbot, connected, WEB01).to_string() == before


def test_unknown_network_is_refused(details_of):
    dialog, nic = dialog_for(details_of(WEB01), "nic")
    nic.source.setEditText("nonet")
    dialog.finish_button.click()
    assert "no virtual network named 'nonet'" in dialog.problem.text()
    dialog.reject()


def test_disk_image_that_does_not_exist_is_refused(details_of, qtbot):
    dialog, disk = image_form(details_of(BUILD), "/nonexistent/data.qcow2")
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() == "/nonexistent/data.qcow2 does not exist")
    assert disk.path.text() == "/nonexistent/data.qcow2" and not dialog.busy
    dialog.reject()


def test_disk_image_is_looked_at_in_a_worker_and_afresh(details_of, connected, qtbot, tmp_path,
                                                        monkeypatch):
    """A stat on a dead network mount hangs: the GUI thread must never make one (it did,
    os.path.exists in validate). And a click sees the file as it is now: made after the
    path was first checked, it is taken."""
    image = tmp_path / "data.qcow2"
    gui = threading.current_thread()
    stats_on_gui = []
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if threading.current_thread() is gui and str(path) == str(image):
            stats_on_gui.append(path)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    window = details_of(BUILD)
    dialog, _disk = image_form(window, image)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() == f"{image} does not exist")
    image.write_bytes(b"\0" * 512)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").source == str(image)
    assert stats_on_gui == []


def test_a_stat_that_hangs_leaves_the_dialog_usable(details_of, connected, qtbot, tmp_path,
                                                   monkeypatch):
    """An image on a dead network mount: the dialog says it is looking, and adds once the
    answer comes."""
    from kvmgui.dialogs import imagecheck
    from kvmgui.libvirt import pathcache

    image = tmp_path / "data.qcow2"
    image.write_bytes(b"\0" * 512)
    release = threading.Event()
    real = pathcache.local_path_state

    def hung(path):
        release.wait(10)
        return real(path)

    monkeypatch.setattr(pathcache, "local_path_state", hung)
    monkeypatch.setattr(imagecheck, "SLOW_MS", 100)
    window = details_of(BUILD)
    dialog, disk = image_form(window, image)
    dialog.finish_button.click()
    assert dialog.problem.text() == f"Looking for {image}…"
    assert not dialog.busy and disk.isEnabled()
    # Later it says why it still waits, in the normal tone: nothing is wrong with the input.
    qtbot.waitUntil(lambda: dialog.problem.text().startswith(f"Still looking for {image}: "),
                    timeout=5000)
    assert "network mount" in dialog.problem.text()
    assert tone_of(dialog.problem) is Tone.NORMAL
    assert not dialog.busy and disk.isEnabled()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        release.set()
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").source == str(image)


@pytest.mark.parametrize(("path", "problem"), [
    ("/var/lib/libvirt/images/a\x00b.qcow2", "control character"),
    ("/var/lib/libvirt/images/", "is a folder"),
])
def test_disk_path_on_a_remote_host_is_checked_too(details_of, monkeypatch, path, problem):
    """Only existence cannot be checked there; a NUL used to reach build_disk in job()."""
    from kvmgui.libvirt.connection import Connection

    monkeypatch.setattr(Connection, "is_local", property(lambda self: False))
    dialog, disk = image_form(details_of(BUILD), path)
    assert problem in disk.validate()
    dialog.finish_button.click()
    assert problem in dialog.problem.text()
    assert disk.path.text() == path
    dialog.reject()


def test_disk_on_a_new_volume(details_of, connected, qtbot):
    window = details_of(BUILD)
    dialog, disk = dialog_for(window, "disk")
    assert disk.new_volume.isChecked() and disk.pool.currentData() == "home"
    assert disk.volume.text() == "build-2.qcow2"
    disk.capacity.setValue(5)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    added = domain_doc(qtbot, connected, BUILD).find_device("disk:vdb")
    assert isinstance(added, Disk) and added.source == "/home/build-2.qcow2"
    assert added.format == "qcow2"
    capacity = run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home")
                             .storageVolLookupByName("build-2.qcow2").info()[1])
    assert capacity == 5 * 1024**3


def test_the_disk_forms_pools_follow_the_host(details_of, connected, qtbot):
    """Pools were listed once when the dialog opened: one started meanwhile was not offered,
    one stopped stayed offered (and Add failed on it)."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")

    def offered():
        return [disk.pool.itemData(i) for i in range(disk.pool.count())]

    home = offered()
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='dir'><name>extra</name><target><path>/extra</path></target></pool>", 0))
    qtbot.waitUntil(lambda: "extra" in offered(), timeout=5000)
    assert disk.pool.currentData() == "home"  # the choice stays
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").destroy())
    qtbot.waitUntil(lambda: "home" not in offered(), timeout=5000)
    assert "extra" in offered() and len(offered()) == len(home)
    dialog.reject()


def test_the_disk_form_leaves_a_new_volume_when_every_pool_stops(details_of, connected, qtbot):
    """"Create a new volume" was disabled but stayed chosen: the form could not be left
    that way by hand, and Add only said "Choose a storage pool" (with none to choose)."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    assert disk.new_volume.isChecked()
    run_in_worker(qtbot, connected, lambda c: [p.destroy() for p in c.listAllStoragePools(0)
                                               if p.isActive()])
    qtbot.waitUntil(lambda: disk.pool.count() == 0, timeout=5000)
    assert not disk.new_volume.isEnabled()
    assert disk.existing.isChecked() and disk.path.isEnabled()
    disk.path.setText("/var/lib/libvirt/images/data.qcow2")
    dialog.finish()
    assert "storage pool" not in dialog.problem.text()
    dialog.reject()


@pytest.mark.parametrize(("name", "problem"), [
    ("bad\x01name.qcow2", "A volume name cannot contain line breaks or other control characters."),
    ("a" * 250 + ".qcow2", "The name is too long: use at most 255 bytes."),
])
def test_a_new_volume_name_no_pool_takes_is_said_inline(details_of, connected, qtbot, name, problem):
    """A control character reached lxml in the worker ("Not added: All strings must be XML
    compatible…", Python's English words); a name too long for a file went to libvirt."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.volume.setText(name)
    dialog.finish()
    assert not dialog.busy  # nothing asked of libvirt
    assert dialog.problem.text() == problem
    dialog.reject()


LVM_POOL = ("<pool type='logical'><name>vg0</name><source><name>vg0</name></source>"
            "<target><path>/dev/vg0</path></target></pool>")
DISK_POOL = ("<pool type='disk'><name>sdb</name><source><device path='/dev/sdb'/></source>"
             "<target><path>/dev</path></target></pool>")


def offered_pool(qtbot, disk, name):
    qtbot.waitUntil(lambda: disk.pool.findData(name) >= 0, timeout=5000)
    disk.pool.setCurrentIndex(disk.pool.findData(name))


@pytest.mark.parametrize(("pool_xml", "pool", "path"), [
    (LVM_POOL, "vg0", "/dev/vg0/build-2"), (DISK_POOL, "sdb", "/dev/build-2")])
def test_a_new_volume_in_a_pool_of_block_devices_is_a_raw_block_disk(
        details_of, connected, qtbot, pool_xml, pool, path):
    """The volume's XML always said qcow2 (or raw): a disk pool refused it ("unknown volume
    format type qcow2"), and an LV was added as a qcow2 file, which the VM cannot open."""
    window = details_of(BUILD)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(pool_xml, 0))
    dialog, disk = dialog_for(window, "disk")
    offered_pool(qtbot, disk, pool)
    assert disk.format.currentData() == "raw" and not disk.format.isEnabled()
    disk.volume.setText("build-2")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    added = domain_doc(qtbot, connected, BUILD).find_device("disk:vdb")
    assert isinstance(added, Disk) and added.source == path
    assert added.format == "raw"
    assert domain_doc(qtbot, connected, BUILD).node.xpath("string(devices/disk[target/@dev='vdb']/@type)") \
        == "block"


@pytest.mark.parametrize("chosen", ["qcow2", "raw"])
def test_a_file_pool_chosen_after_a_block_pool_has_the_users_format_again(details_of, connected, qtbot,
                                                                          chosen):
    """The LVM pool's forced raw stayed when a directory pool was chosen again: the new
    volume became a raw file though the user never chose raw."""
    window = details_of(BUILD)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(LVM_POOL, 0))
    dialog, disk = dialog_for(window, "disk")
    home = disk.pool.currentData()
    disk.format.setCurrentIndex(disk.format.findData(chosen))
    offered_pool(qtbot, disk, "vg0")
    assert disk.format.currentData() == "raw"
    disk.pool.setCurrentIndex(disk.pool.findData(home))
    assert disk.format.currentData() == chosen and disk.format.isEnabled()
    assert disk.volume.text() == f"build-2.{chosen}"
    dialog.reject()


def test_a_new_lvm_volume_name_lvm_refuses_is_said_inline(details_of, connected, qtbot):
    window = details_of(BUILD)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(LVM_POOL, 0))
    dialog, disk = dialog_for(window, "disk")
    offered_pool(qtbot, disk, "vg0")
    disk.volume.setText("my disk")
    dialog.finish()
    assert not dialog.busy  # nothing asked of libvirt
    assert dialog.problem.text().startswith("An LVM volume name has only letters, digits")
    dialog.reject()


def test_a_pool_no_volume_can_be_made_in_is_not_offered(details_of, connected, qtbot):
    """An iSCSI pool's LUNs come from its target: libvirt refuses a new volume there."""
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(
        "<pool type='iscsi'><name>san</name><source><host name='h'/><device path='iqn.x'/>"
        "</source><target><path>/dev/disk/by-path</path></target></pool>", 0))
    run_in_worker(qtbot, connected, lambda c: c.storagePoolCreateXML(LVM_POOL, 0))
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    qtbot.waitUntil(lambda: disk.pool.findData("vg0") >= 0, timeout=5000)
    assert disk.pool.findData("san") < 0
    dialog.reject()


def test_a_new_volume_name_the_pool_has_is_said_inline(details_of, connected, qtbot):
    """It was left to libvirt ("Not added: operation failed: storage vol already exists")."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.volume.setText("web01.qcow2")  # the pool has it already
    qtbot.waitUntil(lambda: disk.validate() is not None, timeout=5000)  # its names read
    dialog.finish()
    assert not dialog.busy  # nothing asked of libvirt
    assert dialog.problem.text() == "The pool already has a volume named web01.qcow2."
    dialog.reject()


def test_volume_refused_by_libvirt_keeps_dialog_and_input(details_of, connected, qtbot,
                                                         monkeypatch):
    from kvmgui.libvirt import volops

    # Made by another client after the form read the pool's names: the form never learns
    # of it (it reads them again on pool events, and when that answer came first it said
    # so inline instead of leaving it to libvirt, as on a busy machine).
    real = volops.volume_names
    monkeypatch.setattr(volops, "volume_names", lambda *a: real(*a) - {"late.qcow2"})
    window = details_of(BUILD)
    before = domain_doc(qtbot, connected, BUILD).to_string()
    dialog, disk = dialog_for(window, "disk")
    disk.volume.setText("late.qcow2")
    qtbot.waitUntil(lambda: disk.pool.currentData() in disk._names, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").createXML(
        "<volume><name>late.qcow2</name><capacity>1024</capacity></volume>", 0))
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.problem.text() == "Not added: operation failed: storage vol already exists"
    assert dialog.isVisible() and disk.volume.text() == "late.qcow2"
    assert domain_doc(qtbot, connected, BUILD).to_string() == before
    dialog.reject()


def test_cdrom_media_insert_and_eject(details_of, connected, qtbot, tmp_path):
    iso = tmp_path / "install.iso"
    iso.write_bytes(b"\0" * 2048)
    window = details_of(BUILD)
    dialog, disk = dialog_for(window, "disk")
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    assert disk.existing.isChecked() and disk.bus.currentText() == "sata"
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()  # an empty drive
    page = window.current_page()
    assert page.key == "cdrom:sda" and page.path.text() == ""
    page.insert_path.setText(str(iso))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    assert domain_doc(qtbot, connected, BUILD).find_device("cdrom:sda").source == str(iso)
    qtbot.waitUntil(lambda: page.path.text() == str(iso))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.eject_button.click()
    assert domain_doc(qtbot, connected, BUILD).find_device("cdrom:sda").source is None


def test_serial_port_and_rng(details_of, connected, qtbot):
    window = details_of(BUILD)
    for kind in ("serial", "rng"):
        dialog, _form = dialog_for(window, kind)
        with qtbot.waitSignal(window.changeApplied, timeout=5000):
            dialog.finish_button.click()
    kinds = [d.kind for d in domain_doc(qtbot, connected, BUILD).devices()]
    assert Kind.SERIAL in kinds and Kind.RNG in kinds


def test_dialog_is_named_for_screen_readers(connected, qtbot):
    doc = DomainDoc.from_string("<domain><name>x</name><devices/></domain>")
    dialog = AddHardwareDialog(connected, WEB01, doc)
    qtbot.addWidget(dialog)
    for form in dialog.forms.values():
        for i in range(form.form.rowCount()):
            item = form.form.itemAt(i, form.form.ItemRole.FieldRole)
            # A MessageLine is no control: a screen reader reads its text as its name.
            if item is not None and item.widget() is not None \
                    and not isinstance(item.widget(), MessageLine):
                assert item.widget().accessibleName(), (form.title, i)


def test_display_is_added_local_only_and_once_of_each_type(details_of, connected, qtbot):
    window = details_of(BUILD)
    dialog, form = dialog_for(window, "graphics")
    assert form.listen.currentData() == "127.0.0.1"  # the safe default
    form.kind.setCurrentIndex(form.kind.findData("vnc"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    doc = domain_doc(qtbot, connected, BUILD)
    (graphics,) = doc.node.iterfind("devices/graphics")
    assert graphics.get("type") == "vnc" and graphics.get("autoport") == "yes"
    assert graphics.find("listen").attrib == {"type": "address", "address": "127.0.0.1"}
    again = DisplayForm(connected, doc)
    qtbot.addWidget(again)
    assert again.validate() == "This VM already has a VNC display"
    # libvirt takes a SPICE display beside the VNC one (refused before: "already has a display").
    dialog, form = dialog_for(window, "graphics")
    form.kind.setCurrentIndex(form.kind.findData("spice"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    doc = domain_doc(qtbot, connected, BUILD)
    assert [g.get("type") for g in doc.node.iterfind("devices/graphics")] == ["vnc", "spice"]
    again = DisplayForm(connected, doc)
    qtbot.addWidget(again)
    again.kind.setCurrentIndex(again.kind.findData("spice"))
    assert again.validate() == "This VM already has a SPICE display"


def test_each_kind_of_hardware_shows_its_icon(details_of):
    dialog, _nic = dialog_for(details_of(WEB01), "nic")
    shown = [dialog.kinds.item(i).icon().name() for i in range(dialog.kinds.count())]
    assert shown == ["network-wired", "drive-harddisk", "utilities-terminal", "video-display",
                     "media-playlist-shuffle"]
    dialog.reject()


def test_a_new_serial_port_takes_a_free_port(details_of, connected, qtbot):
    """Port 0 removed, port 1 left: before, the new port was numbered by counting (1 again)."""
    def serial_on_port_1(c):
        doc = DomainDoc.from_string(c.lookupByUUIDString(BUILD).XMLDesc(0))
        serial = etree.SubElement(doc.node.find("devices"), "serial", type="pty")
        etree.SubElement(serial, "target", port="1")
        c.defineXML(doc.to_string())

    run_in_worker(qtbot, connected, serial_on_port_1)
    window = details_of(BUILD)
    dialog, _form = dialog_for(window, "serial")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    ports = [d.node.find("target").get("port") for d in domain_doc(qtbot, connected, BUILD).devices()
             if d.kind is Kind.SERIAL]
    assert sorted(ports) == ["0", "1"]


def test_an_existing_image_is_added_in_the_format_it_has(details_of, connected, qtbot, tmp_path):
    """A qcow2 image named .img (as cloud images are) was added as raw, told by its name:
    the guest saw the qcow2 header as its disk, and writing to it would wreck the image."""
    image = tmp_path / "cloud.img"
    image.write_bytes(b"QFI\xfb\x00\x00\x00\x03" + b"\0" * 504)
    raw = tmp_path / "data.qcow2"  # a raw image, whatever its name says
    raw.write_bytes(b"\0" * 512)
    window = details_of(BUILD)
    for path in (image, raw):
        dialog, _disk = image_form(window, path)
        with qtbot.waitSignal(window.changeApplied, timeout=5000):
            dialog.finish_button.click()
    doc = domain_doc(qtbot, connected, BUILD)
    assert doc.find_device("disk:vdb").source == str(image)
    assert doc.find_device("disk:vdb").format == "qcow2"
    assert doc.find_device("disk:vdc").format == "raw"


def test_an_image_in_a_pool_of_a_remote_host_takes_the_format_libvirt_reads(
        details_of, connected, qtbot, monkeypatch):
    from kvmgui.libvirt.connection import Connection

    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").createXML(
        "<volume><name>cloud.img</name><capacity>1048576</capacity>"
        "<target><format type='qcow2'/></target></volume>"))
    monkeypatch.setattr(Connection, "is_local", property(lambda self: False))
    window = details_of(BUILD)
    dialog, _disk = image_form(window, "/home/cloud.img")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").format == "qcow2"


@pytest.mark.parametrize(("kind", "example"), [("bridge", "br0"), ("direct", "eth0")])
def test_a_network_name_is_not_kept_for_a_bridge_or_macvtap(details_of, connected, qtbot,
                                                            kind, example):
    """'default' stayed in the field: its example never showed, and a NIC on bridge
    'default' was saved, to fail only when the VM starts."""
    window = details_of(BUILD)
    before = domain_doc(qtbot, connected, BUILD).to_string()
    dialog, nic = dialog_for(window, "nic")
    nic.source_type.setCurrentIndex(nic.source_type.findData(kind))
    assert nic.source.currentText() == ""
    assert nic.source.lineEdit().placeholderText() == example
    dialog.finish_button.click()
    assert dialog.problem.text() == "Choose what the NIC connects to"
    assert domain_doc(qtbot, connected, BUILD).to_string() == before
    nic.source.setEditText("br1")
    nic.source_type.setCurrentIndex(nic.source_type.findData("network"))
    assert nic.source.currentData() == "default"  # a network again: the host's default
    dialog.reject()


def test_the_kind_cannot_be_changed_while_adding(details_of, qtbot):
    """The kinds list stayed enabled: another form chosen meanwhile showed libvirt's
    refusal of the first, and the first's input was out of sight."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.volume.setText("web01.qcow2")  # the pool has it already: libvirt refuses
    dialog.finish_button.click()
    assert dialog.busy and not dialog.kinds.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.kinds.isEnabled() and dialog.current_form() is disk
    assert dialog.problem.text().startswith("Not added: ")
    dialog.reject()


def test_rng_source_is_taken_without_spaces_around_it(details_of, connected, qtbot):
    """A leading space was refused, a trailing one reached the XML ('/dev/urandom ')."""
    window = details_of(BUILD)
    dialog, rng = dialog_for(window, "rng")
    rng.backend.setEditText("/dev/urandom ")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    (backend,) = domain_doc(qtbot, connected, BUILD).node.iterfind("devices/rng/backend")
    assert backend.text == "/dev/urandom"


@pytest.mark.parametrize("path", ["/dev/", "/dev/ura\x00ndom", "/dev/hw rng"])
def test_rng_source_that_is_no_device_path_is_refused(details_of, path):
    """A NUL passed the check and made build_rng raise in job()."""
    dialog, rng = dialog_for(details_of(BUILD), "rng")
    rng.backend.setEditText(path)
    dialog.finish_button.click()
    assert dialog.problem.text() == "The entropy source is a host device such as /dev/urandom"
    assert not dialog.busy and rng.backend.currentText() == path
    dialog.reject()


def test_the_networks_offered_follow_the_host(details_of, connected, qtbot):
    """The list was filled when the dialog opened: a network stopped meanwhile was still
    shown running, and one defined meanwhile was missing (refused as unknown)."""
    dialog, nic = dialog_for(details_of(BUILD), "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").destroy())
    qtbot.waitUntil(lambda: nic.source.findText("net10 (inactive)") >= 0, timeout=5000)
    assert nic.source.currentText() == "net10 (inactive)"  # still chosen, now as it is
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>spare</name><bridge name='virbr7'/></network>"))
    qtbot.waitUntil(lambda: nic.source.findData("spare") >= 0, timeout=5000)
    assert nic.source.currentText() == "net10 (inactive)"
    nic.source.setCurrentIndex(nic.source.findData("spare"))
    assert nic.validate() is None
    dialog.reject()


def test_an_image_of_another_format_is_added_in_it(details_of, connected, qtbot, tmp_path):
    """A VMware, VirtualBox or Virtual PC image became raw: the guest saw its header
    as the disk, and its writes wreck the image."""
    images = {"vmdk": b"KDMV\x01\x00\x00\x00" + b"\0" * 504,
              "vdi": b"<<< Oracle VM VirtualBox Disk Image >>>\n".ljust(0x40, b"\0")
              + b"\x7f\x10\xda\xbe" + b"\0" * 444,
              "vpc": b"conectix" + b"\0" * 504}
    window = details_of(BUILD)
    for fmt, header in images.items():
        image = tmp_path / f"guest.{fmt}"
        image.write_bytes(header)
        dialog, _disk = image_form(window, image)
        with qtbot.waitSignal(window.changeApplied, timeout=5000):
            dialog.finish_button.click()
    doc = domain_doc(qtbot, connected, BUILD)
    assert [doc.find_device(f"disk:{t}").format for t in ("vdb", "vdc", "vdd")] == list(images)


def test_an_image_in_a_pool_takes_any_format_libvirt_reads(details_of, connected, qtbot,
                                                           monkeypatch):
    from kvmgui.libvirt.connection import Connection

    run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").createXML(
        "<volume><name>appliance.img</name><capacity>1048576</capacity>"
        "<target><format type='vmdk'/></target></volume>"))
    monkeypatch.setattr(Connection, "is_local", property(lambda self: False))
    window = details_of(BUILD)
    dialog, _disk = image_form(window, "/home/appliance.img")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").format == "vmdk"


def test_a_new_disk_does_not_take_the_target_of_one_the_running_vm_still_has(
        details_of, connected, qtbot, tmp_path):
    """vda removed from the definition of the running web01 (gone at its next start):
    the new disk was named vda after the definition alone, which the live attach refuses."""
    def remove_vda(c):
        dom = c.lookupByUUIDString(WEB01)
        doc = DomainDoc.from_string(dom.XMLDesc(2))  # inactive
        doc.remove_device("disk:vda")
        c.defineXML(doc.to_string())

    run_in_worker(qtbot, connected, remove_vda)
    assert domain_doc(qtbot, connected, WEB01, 0).find_device("disk:vda") is not None
    image = tmp_path / "data.img"
    image.write_bytes(b"\0" * 512)
    window = details_of(WEB01)
    dialog, _disk = image_form(window, image)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    added = domain_doc(qtbot, connected, WEB01).find_device("disk:vdb")
    assert added is not None and added.source == str(image)


WITH_SERIAL = """<domain type='test'><name>serial</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<serial type='pty'><target port='0'/></serial>
</devices></domain>"""


def test_a_new_serial_port_does_not_take_the_port_the_running_vm_still_has(
        details_of, connected, qtbot):
    """Port 0 removed from the definition of a running VM (gone at its next start): the
    new port was numbered after the definition alone, 0 again, which the live attach refuses."""
    def start_then_remove_serial(c):
        dom = c.defineXML(WITH_SERIAL)
        dom.create()
        doc = DomainDoc.from_string(dom.XMLDesc(2))  # inactive
        for tag in ("serial", "console"):  # the console libvirt added, on the same port
            doc.node.find("devices").remove(doc.node.find(f"devices/{tag}"))
        c.defineXML(doc.to_string())
        return dom.UUIDString()

    uuid = run_in_worker(qtbot, connected, start_then_remove_serial)
    window = details_of(uuid)
    dialog, _form = dialog_for(window, "serial")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    ports = [d.node.find("target").get("port") for d in domain_doc(qtbot, connected, uuid).devices()
             if d.kind is Kind.SERIAL]
    assert ports == ["1"]


def test_cancel_waits_for_the_add_under_way(details_of, connected, qtbot):
    """Cancel (or Escape) while adding closed the dialog: the add went on, and libvirt's
    refusal (or the device added after all) was never shown."""
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.volume.setText("web01.qcow2")  # the pool has it already: libvirt refuses
    dialog.finish_button.click()
    dialog.reject()
    assert dialog.isVisible() and dialog.busy
    assert not dialog.close() and dialog.isVisible()  # the window's close button
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.isVisible() and dialog.cancel_button.isEnabled()
    assert dialog.problem.text() == "Not added: operation failed: storage vol already exists"
    dialog.reject()
    assert not dialog.isVisible()


def test_an_image_the_vm_already_uses_is_refused(details_of, connected, qtbot):
    """Two disks on one image: the guest would write it through both and wreck it."""
    vda = domain_doc(qtbot, connected, BUILD).find_device("disk:vda").path
    dialog, disk = image_form(details_of(BUILD), vda)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.problem.text().startswith("Looking"))
    assert dialog.problem.text() == f"Disk vda of this VM already uses {vda}"
    assert not dialog.busy and disk.path.text() == vda
    dialog.reject()


@pytest.mark.parametrize("spelt", ["{folder}//{name}", "{folder}/./{name}"])
def test_an_image_the_vm_already_uses_is_refused_however_spelt(details_of, connected, qtbot,
                                                               spelt):
    """A path pasted with a doubled '/' passed: the second disk on the image was added (QEMU
    refuses it its write lock at the start; a guest given both would wreck it)."""
    vda = domain_doc(qtbot, connected, BUILD).find_device("disk:vda").path
    folder, name = os.path.split(vda)
    typed = spelt.format(folder=folder, name=name)
    dialog, disk = image_form(details_of(BUILD), typed)
    assert disk.validate() == f"Disk vda of this VM already uses {typed}"
    dialog.reject()


def remove_web01_nic(c):
    """web01's NIC removed from its definition: the running VM keeps it until its restart."""
    dom = c.lookupByUUIDString(WEB01)
    doc = DomainDoc.from_string(dom.XMLDesc(2))  # inactive
    doc.remove_device("interface:52:54:00:6b:3c:01")
    c.defineXML(doc.to_string())


def test_a_mac_the_running_vm_still_has_is_refused(details_of, connected, qtbot, monkeypatch):
    """The MAC of a NIC removed from the definition, still in the running VM, passed: the
    guest got two cards with one address (and the page of either was the other's)."""
    from kvmgui.dialogs.hwforms import nic as nic_module

    run_in_worker(qtbot, connected, remove_web01_nic)
    window = details_of(WEB01)
    dialog, nic = dialog_for(window, "nic")
    nic.auto_mac.setChecked(False)
    nic.mac.setText("52:54:00:6B:3C:01")
    dialog.finish_button.click()
    assert "52:54:00:6b:3c:01 is still used by a NIC of the running VM" in dialog.problem.text()
    assert not dialog.busy and dialog.isVisible()
    avoided = []
    real = nic_module.generate_mac
    monkeypatch.setattr(nic_module, "generate_mac", lambda taken: avoided.extend(taken) or real(taken))
    nic.auto_mac.setChecked(True)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert "52:54:00:6b:3c:01" in avoided  # a generated MAC avoids it too


def test_a_nic_on_a_stopped_network_starts_it_first(details_of, connected, qtbot):
    """A stopped network was taken without a word: the VM would not start on it (and a
    running VM cannot take the NIC), while the dialog reported the NIC saved."""
    stop_network(qtbot, connected, "net10")
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    assert nic.start_network.isHidden() and nic.network_note.isHidden()  # 'default' runs
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    assert not nic.start_network.isHidden() and nic.start_network.isChecked()
    assert "net10 is not running" in nic.network_note.text()
    assert nic.start_network.accessibleName() == "Start the network first"
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").isActive())
    added = [d for d in domain_doc(qtbot, connected, BUILD).devices()
             if isinstance(d, Interface) and d.source == "net10"]
    assert len(added) == 1


def test_a_nic_on_a_stopped_network_may_leave_it_stopped(details_of, connected, qtbot):
    stop_network(qtbot, connected, "net10")
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    nic.start_network.setChecked(False)
    assert not nic.network_note.isHidden()  # the warning stays
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert not run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").isActive())


def test_a_network_that_does_not_start_adds_nothing(details_of, connected, qtbot, monkeypatch):
    from kvmgui.libvirt import virsh
    from tests.helpers import FakeError

    def refuse(net):
        raise FakeError("internal error: Network is already in use by interface eth0")

    stop_network(qtbot, connected, "net10")
    monkeypatch.setattr(virsh, "net_start", refuse)
    window = details_of(BUILD)
    before = domain_doc(qtbot, connected, BUILD).to_string()
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.problem.text() == ("Not added: Network net10 could not be started: "
                                     "internal error: Network is already in use by interface eth0.")
    assert dialog.isVisible() and nic.source.currentText() == "net10 (inactive)"
    assert domain_doc(qtbot, connected, BUILD).to_string() == before


def test_a_hyper_v_image_is_refused_with_what_to_do(details_of, connected, qtbot, tmp_path):
    """A VHDX image became raw (libvirt has no name for it): the guest saw its header as
    the disk, and its writes wrecked the image."""
    image = tmp_path / "server.vhdx"
    image.write_bytes(b"vhdxfile" + b"\0" * 504)
    window = details_of(BUILD)
    before = domain_doc(qtbot, connected, BUILD).to_string()
    dialog, disk = image_form(window, image)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("Not added"), timeout=5000)
    assert "is a Hyper-V image (VHDX), which libvirt cannot give a VM" in dialog.problem.text()
    assert "qemu-img convert -O qcow2" in dialog.problem.text()
    assert dialog.isVisible() and disk.path.text() == str(image)
    assert domain_doc(qtbot, connected, BUILD).to_string() == before


@pytest.mark.parametrize(("typed", "as_raw"), [
    ("build-2.qcow2", "build-2.raw"),  # the format's own ending follows the format
    ("my.disk", "my.disk"),  # the user's name is not cut at its dot
    ("v1.2", "v1.2"),
    ("data", "data"),
])
def test_a_new_volume_keeps_the_name_typed_when_its_format_changes(details_of, typed, as_raw):
    dialog, disk = dialog_for(details_of(BUILD), "disk")
    disk.volume.setText(typed)
    disk.format.setCurrentIndex(disk.format.findData("raw"))
    assert disk.volume.text() == as_raw
    disk.format.setCurrentIndex(disk.format.findData("qcow2"))
    assert disk.volume.text() == typed
    dialog.reject()


def test_the_forms_follow_the_vm_changed_while_the_dialog_is_open(details_of, connected, qtbot,
                                                                  tmp_path):
    """The dialog kept the definition of when it opened: a disk added elsewhere meanwhile
    (virsh, another window) had its target taken again, which libvirt refused."""
    window = details_of(BUILD)
    dialog, _disk = image_form(window, tmp_path / "second.img")
    (tmp_path / "second.img").write_bytes(b"\0" * 512)
    first = tmp_path / "first.img"
    first.write_bytes(b"\0" * 512)

    def add_vdb(c):
        dom = c.lookupByUUIDString(BUILD)
        doc = DomainDoc.from_string(dom.XMLDesc(2))
        doc.add_device(etree.fromstring(
            f"<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
            f"<source file='{first}'/><target dev='vdb' bus='virtio'/></disk>"))
        c.defineXML(doc.to_string())

    run_in_worker(qtbot, connected, add_vdb)
    qtbot.waitUntil(lambda: window.view.doc.find_device("disk:vdb") is not None, timeout=5000)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):  # not "Not added: … duplicated"
        dialog.finish_button.click()
    added = domain_doc(qtbot, connected, BUILD).find_device("disk:vdc")
    assert added is not None and added.source == str(tmp_path / "second.img")


def test_the_new_device_is_shown_not_one_added_elsewhere_meanwhile(details_of, connected, qtbot,
                                                                   tmp_path):
    """The devices of when the dialog opened were compared with the VM after the add: a
    disk added elsewhere meanwhile (vdb) was the page shown, not the one just added."""
    window = details_of(BUILD)
    dialog, _disk = image_form(window, tmp_path / "second.img")
    (tmp_path / "second.img").write_bytes(b"\0" * 512)
    first = tmp_path / "first.img"
    first.write_bytes(b"\0" * 512)

    def add_vdb(c):
        dom = c.lookupByUUIDString(BUILD)
        doc = DomainDoc.from_string(dom.XMLDesc(2))
        doc.add_device(etree.fromstring(
            f"<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
            f"<source file='{first}'/><target dev='vdb' bus='virtio'/></disk>"))
        c.defineXML(doc.to_string())

    run_in_worker(qtbot, connected, add_vdb)
    qtbot.waitUntil(lambda: "device:disk:vdb" in window.pages, timeout=5000)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert window.current_page().key == "disk:vdc"


def test_an_image_the_running_vm_still_uses_is_refused(details_of, connected, qtbot):
    """vda removed from the definition of the running web01 stays in the running VM until
    its restart: its image, given to a new disk, passed, and the guest wrote it through
    both."""
    def remove_vda(c):
        dom = c.lookupByUUIDString(WEB01)
        doc = DomainDoc.from_string(dom.XMLDesc(2))  # inactive
        doc.remove_device("disk:vda")
        c.defineXML(doc.to_string())

    vda = domain_doc(qtbot, connected, WEB01).find_device("disk:vda").path
    run_in_worker(qtbot, connected, remove_vda)
    window = details_of(WEB01)
    before = domain_doc(qtbot, connected, WEB01).to_string()
    dialog, disk = image_form(window, vda)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.problem.text().startswith("Looking"))
    assert dialog.problem.text() == f"Disk vda of the running VM still uses {vda}"
    assert not dialog.busy and disk.path.text() == vda
    assert domain_doc(qtbot, connected, WEB01).to_string() == before
    dialog.reject()


def test_a_network_started_for_a_nic_not_added_is_stopped_again(details_of, connected, qtbot,
                                                               monkeypatch):
    """The network was started, then libvirt refused the NIC: the network was left running,
    started for nothing, without a word."""
    from kvmgui.libvirt import domainops
    from tests.helpers import FakeError

    def refuse(*_args):
        raise FakeError("unsupported configuration: no more PCI slots")

    stop_network(qtbot, connected, "net10")
    monkeypatch.setattr(domainops, "apply_change", refuse)
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    assert nic.start_network.isChecked() and not nic.start_network.isHidden()
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.problem.text() == "Not added: unsupported configuration: no more PCI slots"
    assert not run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").isActive())


@pytest.fixture
def remote(monkeypatch):
    """The connection as a remote host: its files cannot be looked at from here."""
    from kvmgui.libvirt.connection import Connection

    monkeypatch.setattr(Connection, "is_local", property(lambda self: False))


def dir_pool_in_dev_shm(c):
    """A file below /dev on the host, in a pool: /dev/shm/x.img is no block device."""
    pool = c.storagePoolDefineXML(
        "<pool type='dir'><name>shm</name><target><path>/dev/shm</path></target></pool>")
    pool.create()
    pool.createXML("<volume><name>x.img</name><capacity>2048</capacity>"
                   "<target><format type='raw'/></target></volume>")


@pytest.mark.parametrize(("device", "path", "kind"), [
    ("disk", "/dev/vg0/data", "block"),  # an LV: in no pool the host told of, /dev says
    ("cdrom", "/dev/sr0", "block"),  # the host's drive
    ("disk", "/dev/shm/x.img", "file"),  # the host's pool says it is a file
    ("cdrom", "/dev/shm/x.img", "file"),
])
def test_a_remote_hosts_device_is_added_as_a_block_device(details_of, connected, qtbot, remote,
                                                          device, path, kind):
    """Add hardware gave every existing image type='file': an LV or the host's CD-ROM drive
    as a file, which QEMU refuses (the VM did not start)."""
    run_in_worker(qtbot, connected, dir_pool_in_dev_shm)
    window = details_of(BUILD)
    dialog, disk = image_form(window, path)
    disk.device.setCurrentIndex(disk.device.findData(device))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    target = "disk:vdb" if device == "disk" else "cdrom:sda"
    added = domain_doc(qtbot, connected, BUILD).find_device(target)
    assert (added.source_type, added.path) == (kind, path)


def test_a_remote_device_guessed_a_block_device_is_said_before_add(details_of, connected, qtbot, remote):
    """The guess by /dev was said only in the result, after the disk was added."""
    from PySide6.QtWidgets import QLabel

    run_in_worker(qtbot, connected, dir_pool_in_dev_shm)
    window = details_of(BUILD)
    dialog, disk = image_form(window, "/dev/vg0/data")

    def notes():
        return [label.text() for label in dialog.findChildren(QLabel)
                if label.isVisibleTo(dialog) and "block device" in label.text()]

    said = ("/dev/vg0/data will be added as a block device, as it lies in /dev: no storage pool "
            "of the host says what it is.")
    qtbot.waitUntil(lambda: notes() == [said], timeout=5000)
    assert dialog.finish_button.isEnabled()  # a note, not a problem
    disk.path.setText("/dev/shm/x.img")  # a pool says it is a file
    qtbot.waitUntil(lambda: notes() == [], timeout=5000)
    disk.path.setText("/dev/sr0")
    disk.device.setCurrentIndex(disk.device.findData("cdrom"))
    qtbot.waitUntil(lambda: len(notes()) == 1, timeout=5000)
    disk.device.setCurrentIndex(disk.device.findData("disk"))
    disk.new_volume.setChecked(True)  # no path of the user's
    assert notes() == []


def test_a_local_block_device_is_added_as_one(details_of, connected, qtbot, monkeypatch):
    from kvmgui.libvirt import pathcache
    from kvmgui.xml.newvm_checks import PathState

    real = pathcache.local_path_state
    monkeypatch.setattr(pathcache, "local_path_state",
                        lambda path: PathState.BLOCK if path == "/dev/vg0/data" else real(path))
    window = details_of(BUILD)
    dialog, _disk = image_form(window, "/dev/vg0/data")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    added = domain_doc(qtbot, connected, BUILD).find_device("disk:vdb")
    assert (added.source_type, added.path) == ("block", "/dev/vg0/data")


def test_a_remote_device_taken_for_a_block_device_by_its_place_says_so(
        details_of, connected, qtbot, remote):
    """On a remote host, a path below /dev in no storage pool is a block device only by a
    guess: it was made silently; a file there (the VM then does not start) was unexplained."""
    run_in_worker(qtbot, connected, dir_pool_in_dev_shm)
    window = details_of(BUILD)
    for path in ("/dev/vg0/data", "/dev/shm/x.img"):
        dialog, _disk = image_form(window, path)
        with qtbot.waitSignal(window.changeApplied, timeout=5000):
            dialog.finish_button.click()
        guessed = "taken for a block device" in window.message.text()
        assert guessed == (path == "/dev/vg0/data"), window.message.text()
    assert window.message.text() == "New disk: saved."


def test_a_network_started_for_a_nic_reconnects_the_running_vms_on_it(details_of, connected,
                                                                     qtbot, monkeypatch):
    """Started for a new NIC, the network was not the panel's Start: the running VMs
    already on it (router, the paused db01) stayed cut off from its new bridge."""
    import libvirt

    updates = []
    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags",
                        lambda dom, xml, flags: updates.append(dom.name()) or 0)
    stop_network(qtbot, connected, "net10")
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000) as applied:
        dialog.finish_button.click()
    assert sorted(set(updates)) == ["db01", "router"]  # their cards on net10, there and back
    assert say(applied.args[0].words).endswith(
        "Network net10 was started; reconnected the running VMs on it: db01, router.")


def test_a_vm_not_reconnected_to_the_network_started_for_a_nic_is_a_warning(details_of, connected,
                                                                          qtbot, monkeypatch):
    """The NIC was added, but db01 could not be plugged back into the network started for
    it: the window said so in the normal tone, as if all was well."""
    import libvirt

    from tests.helpers import FakeError

    def update(dom, xml, flags):
        if dom.name() == "db01":
            raise FakeError("unable to add bridge virbr10 port vnet7: No such device")
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    stop_network(qtbot, connected, "net10")
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        dialog.finish_button.click()
    assert "could not reconnect db01" in window.message.text()
    assert tone_of(window.message) is Tone.PENDING


def test_a_network_stopped_meanwhile_is_not_said_still_running(details_of, connected, qtbot,
                                                               monkeypatch):
    """Someone stopped the network while the NIC was being added: stopping it again failed
    ("network is not active") and the dialog said it was still running."""
    import libvirt

    from kvmgui.libvirt import domainops
    from tests.helpers import FakeError

    def stopped_then_refused(conn, *_args):
        conn.networkLookupByName("net10").destroy()  # elsewhere, meanwhile
        raise FakeError("unsupported configuration: no more PCI slots")

    stop_network(qtbot, connected, "net10")
    real = libvirt.virNetwork.destroy

    def destroy(net):  # as real libvirt answers (the test driver stops a stopped network)
        if not net.isActive():
            raise FakeError("Requested operation is not valid: network is not active",
                            libvirt.VIR_ERR_OPERATION_INVALID)
        return real(net)

    monkeypatch.setattr(libvirt.virNetwork, "destroy", destroy)
    monkeypatch.setattr(domainops, "apply_change", stopped_then_refused)
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.problem.text() == "Not added: unsupported configuration: no more PCI slots"
    assert not run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").isActive())


def test_a_network_another_vm_started_using_meanwhile_is_left_running(details_of, connected,
                                                                     qtbot, monkeypatch):
    """The NIC was not added, so the network started for it was stopped again: a VM started
    on it meanwhile was cut off without a word."""
    from kvmgui.libvirt import domainops
    from tests.helpers import FakeError

    def other_vm_then_refused(conn, *_args):
        conn.createXML("<domain type='test'><name>other</name><memory>65536</memory>"
                       "<os><type>hvm</type></os><devices><interface type='network'>"
                       "<source network='net10'/></interface></devices></domain>", 0)
        raise FakeError("unsupported configuration: no more PCI slots")

    stop_network(qtbot, connected, "net10")
    monkeypatch.setattr(domainops, "apply_change", other_vm_then_refused)
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.problem.text() == (
        "Not added: unsupported configuration: no more PCI slots. Network net10, started for "
        "it, was left running: other started using it meanwhile.")
    assert run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").isActive())


def test_a_network_someone_started_meanwhile_adds_the_nic(details_of, connected, qtbot,
                                                          monkeypatch):
    """Started elsewhere between the look and the start: libvirt's "already active" was
    "Not added: Network net10 could not be started"."""
    import libvirt

    from kvmgui.libvirt import virsh
    from tests.helpers import FakeError

    def started_first(net):
        net.create()  # elsewhere, meanwhile; then libvirt refuses ours
        raise FakeError("Requested operation is not valid: network is already active",
                        libvirt.VIR_ERR_OPERATION_INVALID)

    stop_network(qtbot, connected, "net10")
    monkeypatch.setattr(virsh, "net_start", started_first)
    window = details_of(BUILD)
    dialog, nic = dialog_for(window, "nic")
    nic.source.setCurrentIndex(nic.source.findData("net10"))
    results = []
    window.changeApplied.connect(results.append)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)  # not "Not added: … already active"
    assert "Network net10" not in say(results[0].words)  # not started here: nothing to say
    assert [d for d in domain_doc(qtbot, connected, BUILD).devices()
            if isinstance(d, Interface) and d.source == "net10"]


def test_an_add_whose_window_is_closed_meanwhile_tells_its_failure(details_of, connected, qtbot,
                                                                   monkeypatch):
    """The dialog waits for its add, but the VM's window closed by code (its host removed,
    Quit stopped by a later question) took it along: libvirt's refusal was told to nobody."""
    from kvmgui.dialogs.details.restart import news
    from kvmgui.libvirt import virsh
    from tests.helpers import FakeError

    gate = threading.Event()

    def define(conn, xml, name):
        gate.wait(5)
        raise FakeError("unsupported configuration: no more PCI slots")

    monkeypatch.setattr(virsh, "define", define)
    told = []
    news().failed.connect(told.append)
    try:
        window = details_of(WEB01)
        dialog, _rng = dialog_for(window, "rng")
        dialog.finish_button.click()
        assert dialog.busy
        with qtbot.waitSignal(window.destroyed):
            window.close()
        del window, dialog
        gate.set()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert told == [f"web01 on {connected.display_name}: New random number generator: not "
                        "applied: unsupported configuration: no more PCI slots"]
    finally:
        gate.set()
        news().failed.disconnect(told.append)


@pytest.mark.parametrize(("name", "ok"), [
    ("eth0:1", False),  # an old address label, no interface
    ("網路橋接器一號", False),  # 7 characters, 21 bytes: the kernel counts 15 bytes
    (".", False),
    ("br0.100", True),
    ("br@uplink", True),
])
def test_a_bridge_is_named_as_the_kernel_names_interfaces(details_of, connected, qtbot, name, ok):
    """As the new-VM wizard does; libvirt defined the VM, which then could not start."""
    dialog, nic = dialog_for(details_of(BUILD), "nic")
    nic.source_type.setCurrentIndex(nic.source_type.findData("bridge"))
    nic.source.setEditText(name)
    assert nic.validate() == (None if ok else f"'{name}' is not a host interface name")
    dialog.reject()


def test_every_kind_of_hardware_shows_its_whole_name(details_of, qtbot):
    """The kinds' list was 200 px at most: "Random number generator" ran past it (seen in
    English under Xvfb, a scroll bar under the list); the list is as wide as its longest."""
    dialog, _nic = dialog_for(details_of(BUILD), "nic")
    dialog.show()
    qtbot.waitExposed(dialog)
    kinds = dialog.kinds
    width = kinds.viewport().width()
    cut = [kinds.item(i).text() for i in range(kinds.count())
           if kinds.sizeHintForIndex(kinds.model().index(i, 0)).width() > width]
    assert cut == []
    assert kinds.horizontalScrollBar().maximum() == 0
    dialog.reject()
