"""The details window's disk page checks an image path before libvirt sees it, on any host."""

import pytest

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.domainops import LiveOutcome
from kvmgui.widgets.styles import Tone, tone_of
from tests.helpers import DEMO_VMS, domain_doc, run_in_worker

WITH_CDROM = """<domain type='test'><name>withcd</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<disk type='file' device='cdrom'><target dev='sda' bus='sata'/><readonly/></disk>
</devices></domain>"""


def disk_page(window, page_id="device:disk:vda"):
    window.select_page(page_id)
    return window.pages[page_id]


def edit_path(page, path):
    page.path.setText(path)
    page.path.textEdited.emit(path)


@pytest.fixture
def remote(monkeypatch):
    """The connection as a remote host: its files cannot be looked at from here."""
    monkeypatch.setattr(Connection, "is_local", property(lambda self: False))


@pytest.mark.parametrize(("path", "problem"), [
    ("/home/a\x00b.qcow2", "control character"),
    ("/home/line\nbreak.qcow2", "control character"),
    ("/home/", "is a folder"),
])
def test_a_path_no_host_can_take_is_refused_on_a_remote_host(
        details_of, connected, qtbot, remote, path, problem):
    """Before, only a local host's path was checked: a NUL reached lxml in the worker."""
    page = disk_page(details_of("build"))
    requested = []
    page.changeRequested.connect(requested.append)
    edit_path(page, path)
    assert problem in page.validate()
    page.apply()
    assert requested == []
    assert page.path.text() == path  # the user's text stays
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda").source == (
        "/home/build.qcow2")


def test_a_remote_path_no_pool_tells_about_is_left_to_libvirt(details_of, connected, qtbot, remote):
    window = details_of("build")
    page = disk_page(window)
    edit_path(page, "/srv/images/not-on-this-machine.qcow2")
    qtbot.waitUntil(lambda: page.validate() is None, timeout=5000)  # the host's pools asked
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda").source == (
        "/srv/images/not-on-this-machine.qcow2")


def test_a_local_path_must_exist(details_of, connected, qtbot):
    page = disk_page(details_of("build"))
    edit_path(page, "/nonexistent/build.qcow2")
    assert page.problem.text() == "Looking for /nonexistent/build.qcow2…"  # in a worker
    assert tone_of(page.problem) is Tone.NORMAL  # a wait, not an error
    assert not page.apply_button.isEnabled()
    qtbot.waitUntil(lambda: page.problem.text() == "/nonexistent/build.qcow2 does not exist")
    assert tone_of(page.problem) is Tone.ERROR
    # Further keys keep the last answer while the worker looks: no blinking message.
    edit_path(page, "/nonexistent/build.qcow")
    assert page.problem.text() == "/nonexistent/build.qcow does not exist"
    page.apply()
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda").source == (
        "/home/build.qcow2")


def test_inserting_media_checks_the_path_on_a_remote_host(details_of, connected, qtbot, remote):
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    page = disk_page(details_of(uuid), "device:cdrom:sda")
    requested = []
    page.changeRequested.connect(requested.append)
    page.insert_path.setText("/srv/iso/a\x00.iso")
    page.insert_media()
    assert "control character" in page.problem.text()
    assert requested == []
    assert page.insert_path.text() == "/srv/iso/a\x00.iso"
    page.insert_path.setText("/srv/iso/debian.iso")
    page.insert_media()
    qtbot.waitUntil(lambda: len(requested) == 1, timeout=5000)  # after its format is read
    assert page.problem.text() == ""


def test_apply_looks_at_the_image_afresh(details_of, connected, qtbot, tmp_path):
    """Made after its path was typed (and found missing), the image is taken on Apply."""
    window = details_of("build")
    page = disk_page(window)
    image = tmp_path / "new.qcow2"
    edit_path(page, str(image))
    qtbot.waitUntil(lambda: page.problem.text() == f"{image} does not exist")
    image.write_bytes(b"\0" * 512)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda").source == (
        str(image))


def test_inserting_media_waits_for_the_look_at_the_image(details_of, connected, qtbot, tmp_path):
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.insert_path.setText(str(tmp_path / "missing.iso"))
    page.insert_media()
    qtbot.waitUntil(lambda: page.problem.text() == f"{tmp_path / 'missing.iso'} does not exist")
    iso = tmp_path / "debian.iso"
    iso.write_bytes(b"\0" * 2048)
    page.insert_path.setText(str(iso))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    assert page.problem.text() == ""
    assert domain_doc(qtbot, connected, uuid).find_device("cdrom:sda").source == str(iso)
    assert page.insert_path.text() == ""  # inserted: the field kept it, as if still to do


def test_a_local_folder_is_no_disk_image(details_of, connected, qtbot, tmp_path):
    """Found so on the host, without a trailing "/" to tell it by (os.path.exists took it)."""
    page = disk_page(details_of("build"))
    edit_path(page, str(tmp_path))
    qtbot.waitUntil(lambda: page.problem.text() == f"{tmp_path} is a folder, not a disk image")
    assert not page.apply_button.isEnabled()


WITH_FLOPPY = """<domain type='test'><name>withfd</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<disk type='file' device='floppy'><source file='/home/boot.img'/><target dev='fda' bus='fdc'/></disk>
</devices></domain>"""


def test_a_bus_the_page_does_not_offer_stays_as_it_is(details_of, connected, qtbot):
    """A floppy on its fdc bus, made read-only: before, the bus box showed virtio (its
    first entry) and applying moved the floppy to virtio, renamed vda."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_FLOPPY).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:floppy:fda")
    assert page.bus.currentText() == "fdc"
    page.readonly.setChecked(True)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    floppy = domain_doc(qtbot, connected, uuid).find_device("floppy:fda")
    assert floppy is not None and floppy.bus == "fdc" and floppy.readonly


def test_a_floppy_stays_on_its_fdc_bus(details_of, connected, qtbot):
    """The bus box offered a floppy virtio, SATA…: libvirt takes a floppy on no bus but fdc
    ("Invalid bus type 'virtio' for floppy disk"), refused only after the round trip."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_FLOPPY).UUIDString())
    page = disk_page(details_of(uuid), "device:floppy:fda")
    assert page.bus.currentText() == "fdc"
    assert not page.bus.isEnabled()
    assert page.bus.accessibleDescription() == "A floppy drive is always on the fdc bus."
    assert disk_page(details_of("build")).bus.isEnabled()  # a hard disk's is the user's


def test_a_new_image_is_given_in_the_format_it_has(details_of, connected, qtbot, tmp_path):
    """The disk kept the old image's format (none: raw): a qcow2 image given as raw is
    wrecked by the guest's writes; its name (.img) does not tell."""
    window = details_of("build")
    page = disk_page(window)
    image = tmp_path / "cloud.img"
    image.write_bytes(b"QFI\xfb" + b"\0" * 508)
    edit_path(page, str(image))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    disk = domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda")
    assert (disk.source, disk.format) == (str(image), "qcow2")
    # And back on a raw image: not left qcow2 (the VM would not start).
    raw = tmp_path / "plain.qcow2"
    raw.write_bytes(b"\0" * 512)
    qtbot.waitUntil(lambda: not page.is_dirty() and page.path.text() == str(image), timeout=5000)
    edit_path(page, str(raw))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    disk = domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda")
    assert (disk.source, disk.format) == (str(raw), "raw")


def test_a_hyper_v_image_is_refused_with_what_to_do(details_of, connected, qtbot, tmp_path):
    window = details_of("build")
    page = disk_page(window)
    before = domain_doc(qtbot, connected, DEMO_VMS["build"]).to_string()
    image = tmp_path / "server.vhdx"
    image.write_bytes(b"vhdxfile" + b"\0" * 504)
    edit_path(page, str(image))
    page.apply()
    qtbot.waitUntil(lambda: "Hyper-V" in page.problem.text(), timeout=5000)
    assert "qemu-img convert -O qcow2" in page.problem.text()
    assert tone_of(page.problem) is Tone.ERROR
    assert page.path.text() == str(image) and page.is_dirty() and page.body.isEnabled()
    assert domain_doc(qtbot, connected, DEMO_VMS["build"]).to_string() == before
    # Converted in place: Apply takes it (it stayed off until the path was edited).
    image.write_bytes(b"QFI\xfb" + b"\0" * 508)
    assert page.apply_button.isEnabled()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    disk = domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda")
    assert (disk.source, disk.format) == (str(image), "qcow2")


TWO_DISKS = """<domain type='test'><name>twodisks</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<disk type='file' device='disk'><source file='/srv/a.qcow2'/><target dev='vda' bus='virtio'/></disk>
<disk type='file' device='disk'><source file='/srv/b.qcow2'/><target dev='vdb' bus='virtio'/></disk>
</devices></domain>"""


def test_an_image_another_disk_uses_is_refused(details_of, connected, qtbot, remote):
    """Two disks on one image: the guest writes it through both and wrecks it. Add
    hardware refused it; the disk page took it."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(TWO_DISKS).UUIDString())
    page = disk_page(details_of(uuid), "device:disk:vdb")
    requested = []
    page.changeRequested.connect(requested.append)
    edit_path(page, "/srv/a.qcow2")
    assert page.problem.text() == "Disk vda of this VM already uses /srv/a.qcow2"
    assert not page.apply_button.isEnabled()
    page.apply()
    assert requested == []
    edit_path(page, "/srv/b.qcow2")  # its own image, as it was
    assert page.problem.text() == ""


DISK_AND_CDROM = """<domain type='test'><name>diskcd</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<disk type='file' device='disk'><source file='/srv/a.qcow2'/><target dev='vda' bus='virtio'/></disk>
<disk type='file' device='cdrom'><source file='/srv/os.iso'/><target dev='sda' bus='sata'/>
<readonly/></disk>
</devices></domain>"""


def test_a_cdrom_and_a_writable_disk_on_one_image_are_refused(details_of, connected, qtbot,
                                                              remote):
    """Only two hard disks were checked: the CD-ROM given the disk's image (or the disk the
    CD-ROM's ISO) was applied, and QEMU refused the VM its start ("Failed to get write
    lock"). A read-only disk may share the ISO."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(DISK_AND_CDROM).UUIDString())
    window = details_of(uuid)
    cdrom = disk_page(window, "device:cdrom:sda")
    requested = []
    cdrom.changeRequested.connect(requested.append)
    cdrom.insert_path.setText("/srv/a.qcow2")
    cdrom.insert_media()
    qtbot.waitUntil(lambda: not cdrom.problem.text().startswith("Looking"), timeout=5000)
    assert cdrom.problem.text() == "Disk vda of this VM already uses /srv/a.qcow2"
    assert requested == [] and cdrom.body.isEnabled()
    disk = disk_page(window)
    edit_path(disk, "/srv/os.iso")
    assert disk.problem.text() == "CD-ROM sda of this VM already uses /srv/os.iso"
    disk.readonly.setChecked(True)
    assert disk.problem.text() != "CD-ROM sda of this VM already uses /srv/os.iso"


def test_a_bus_change_of_a_running_vm_says_the_disk_moves(details_of, connected, qtbot):
    """web01 vda → sata: the sda page said 'Not in the running VM: it is added at the next
    start' and the bar 'Added Disk sda … / Removed Disk vda …', though the disk runs as vda."""
    window = details_of("web01")
    page = disk_page(window)
    page.bus.setCurrentIndex(page.bus.findData("sata"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    qtbot.waitUntil(lambda: "device:disk:sda" in window.pages, timeout=5000)
    moved = disk_page(window, "device:disk:sda")
    assert moved.running_state.text() == "Runs as Disk vda: it becomes Disk sda at the next start"
    assert "Moved Disk vda to Disk sda (sata) /home/web01.qcow2" in moved.pending.text()
    bar = window.pending_bar.list.text()
    assert "Moved Disk vda to Disk sda" in bar and "Added Disk" not in bar and "Removed" not in bar


HOST_CDROM = """<domain type='test'><name>hostcd</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<disk type='block' device='cdrom'><driver name='qemu' type='raw'/><target dev='sda' bus='sata'/>
<readonly/></disk>
</devices></domain>"""


def test_a_host_drive_inserted_stays_a_block_device(details_of, connected, qtbot, remote):
    """A host CD-ROM (passthrough) given /dev/sr0 again became type='file': QEMU's file
    driver takes no block device, so the VM did not start."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(HOST_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.insert_path.setText("/dev/sr0")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    drive = domain_doc(qtbot, connected, uuid).find_device("cdrom:sda")
    assert (drive.source_type, drive.path) == ("block", "/dev/sr0")
    # And an image file in that drive is a file.
    qtbot.waitUntil(lambda: page.body.isEnabled() and page.path.text() == "/dev/sr0", timeout=5000)
    page.insert_path.setText("/srv/iso/debian.iso")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    drive = domain_doc(qtbot, connected, uuid).find_device("cdrom:sda")
    assert (drive.source_type, drive.path) == ("file", "/srv/iso/debian.iso")


def test_inserted_media_is_given_in_the_format_it_has(details_of, connected, qtbot, tmp_path):
    """The drive kept the old media's format (raw): a qcow2 image given as raw."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_FLOPPY.replace(
        "<source", "<driver name='qemu' type='raw'/><source")).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:floppy:fda")
    image = tmp_path / "boot.qcow2"
    image.write_bytes(b"QFI\xfb" + b"\0" * 508)
    page.insert_path.setText(str(image))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    floppy = domain_doc(qtbot, connected, uuid).find_device("floppy:fda")
    assert (floppy.source, floppy.format) == (str(image), "qcow2")


def test_a_hyper_v_image_is_not_inserted(details_of, connected, qtbot, tmp_path):
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    page = disk_page(details_of(uuid), "device:cdrom:sda")
    requested = []
    page.changeRequested.connect(requested.append)
    image = tmp_path / "server.vhdx"
    image.write_bytes(b"vhdxfile" + b"\0" * 504)
    page.insert_path.setText(str(image))
    page.insert_media()
    qtbot.waitUntil(lambda: "Hyper-V" in page.problem.text(), timeout=5000)
    assert requested == [] and page.body.isEnabled() and page.insert_path.text() == str(image)


def test_media_only_the_running_vm_has_can_be_ejected(details_of, connected, qtbot):
    """Ejected from the definition only (or inserted live elsewhere): the running VM still
    has the media, but Eject followed the definition and stayed off."""
    with_iso = WITH_CDROM.replace("<target", "<source file='/srv/iso/debian.iso'/><target")

    def start_then_eject_in_definition(c):
        dom = c.defineXML(with_iso)
        dom.create()
        c.defineXML(WITH_CDROM.replace("<name>", f"<uuid>{dom.UUIDString()}</uuid><name>"))
        return dom.UUIDString()

    uuid = run_in_worker(qtbot, connected, start_then_eject_in_definition)
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    assert window.view.live.find_device("cdrom:sda").source == "/srv/iso/debian.iso"
    assert page.eject_button.isEnabled()
    with qtbot.waitSignal(window.changeApplied, timeout=5000) as applied:
        page.eject_button.click()
    # Asked of the running VM (the test driver cannot change media live: libvirt says so).
    assert applied.args[0].live is LiveOutcome.FAILED
    assert "not supported" in applied.args[0].live_error


def test_a_cdrom_is_read_only_and_says_why(details_of, connected, qtbot):
    """libvirt makes every CD-ROM read-only: unticked, the page said 'saved' and libvirt
    put <readonly/> back (the box ticked again on the reload)."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    page = disk_page(details_of(uuid), "device:cdrom:sda")
    assert page.readonly.isChecked()
    assert not page.readonly.isEnabled()
    assert page.readonly.toolTip() == "A CD-ROM is always read-only."


ON_LV = """<domain type='test'><name>onlv</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<disk type='block' device='disk'><source dev='/dev/vg0/onlv'/><target dev='vda' bus='virtio'/></disk>
</devices></domain>"""


def test_a_disk_given_an_image_file_is_a_file_disk(details_of, connected, qtbot, remote):
    """A disk on a host device (an LV) given an image file stayed type='block': QEMU's
    host_device driver takes no regular file, so the VM did not start. And back."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(ON_LV).UUIDString())
    window = details_of(uuid)
    page = disk_page(window)
    edit_path(page, "/srv/images/onlv.qcow2")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    disk = domain_doc(qtbot, connected, uuid).find_device("disk:vda")
    assert (disk.source_type, disk.path) == ("file", "/srv/images/onlv.qcow2")
    qtbot.waitUntil(lambda: not page.is_dirty() and page.path.text() == disk.path, timeout=5000)
    edit_path(page, "/dev/vg0/onlv")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    disk = domain_doc(qtbot, connected, uuid).find_device("disk:vda")
    assert (disk.source_type, disk.path) == ("block", "/dev/vg0/onlv")


def test_a_cdrom_saved_is_called_a_cdrom(details_of, connected, qtbot):
    """Every change of the page was named 'Disk %1': saving a CD-ROM said 'Disk sda: saved'."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.cache.setCurrentIndex(page.cache.findData("none"))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert domain_doc(qtbot, connected, uuid).find_device("cdrom:sda").cache == "none"
    assert window.message.text().startswith("CD-ROM sda: saved")


def test_media_the_running_vm_holds_is_shown(details_of, connected, qtbot):
    """The media field shows the definition's media: a running VM holding other media
    (ejected from the definition only) showed 'No media' and 'Present', not what it holds."""
    with_iso = WITH_CDROM.replace("<target", "<source file='/srv/iso/debian.iso'/><target")

    def start_then_eject_in_definition(c):
        dom = c.defineXML(with_iso)
        dom.create()
        c.defineXML(WITH_CDROM.replace("<name>", f"<uuid>{dom.UUIDString()}</uuid><name>"))
        return dom.UUIDString()

    uuid = run_in_worker(qtbot, connected, start_then_eject_in_definition)
    page = disk_page(details_of(uuid), "device:cdrom:sda")
    assert page.path.text() == ""
    assert page.running_state.text() == "Holds /srv/iso/debian.iso until the next start"


def test_no_media_in_the_running_vm_is_shown(details_of, connected, qtbot):
    with_iso = WITH_CDROM.replace("<target", "<source file='/srv/iso/debian.iso'/><target")

    def start_then_insert_in_definition(c):
        dom = c.defineXML(WITH_CDROM)
        dom.create()
        c.defineXML(with_iso.replace("<name>", f"<uuid>{dom.UUIDString()}</uuid><name>"))
        return dom.UUIDString()

    uuid = run_in_worker(qtbot, connected, start_then_insert_in_definition)
    page = disk_page(details_of(uuid), "device:cdrom:sda")
    assert page.path.text() == "/srv/iso/debian.iso"
    assert page.running_state.text() == "Holds no media until the next start"


def iso_in_dev_shm(c):
    """A file below /dev on the host, in a pool: /dev/shm/x.iso is no block device."""
    pool = c.storagePoolDefineXML(
        "<pool type='dir'><name>shm</name><target><path>/dev/shm</path></target></pool>")
    pool.create()
    pool.createXML("<volume><name>x.iso</name><capacity>2048</capacity>"
                   "<target><format type='iso'/></target></volume>")


def test_a_remote_file_below_dev_inserted_is_a_file(details_of, connected, qtbot, remote):
    """Any /dev/… path on a remote host was taken for a block device: /dev/shm/x.iso was
    inserted as type='block', which QEMU refuses."""
    run_in_worker(qtbot, connected, iso_in_dev_shm)
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.insert_path.setText("/dev/shm/x.iso")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    drive = domain_doc(qtbot, connected, uuid).find_device("cdrom:sda")
    assert (drive.source_type, drive.path) == ("file", "/dev/shm/x.iso")


def test_a_remote_file_below_dev_applied_is_a_file(details_of, connected, qtbot, remote):
    run_in_worker(qtbot, connected, iso_in_dev_shm)
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(ON_LV).UUIDString())
    window = details_of(uuid)
    page = disk_page(window)
    edit_path(page, "/dev/shm/x.iso")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    disk = domain_doc(qtbot, connected, uuid).find_device("disk:vda")
    assert (disk.source_type, disk.path) == ("file", "/dev/shm/x.iso")


def test_a_remote_device_taken_for_a_block_device_by_its_place_says_so(
        details_of, connected, qtbot, remote):
    """In no storage pool of a remote host, /dev/… is a block device only by a guess, which
    was made silently."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.insert_path.setText("/dev/sr0")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    assert "/dev/sr0 was taken for a block device" in page.message.text()
    assert "/dev/sr0 was taken for a block device" in window.message.text()
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(ON_LV).UUIDString())
    window = details_of(uuid)
    page = disk_page(window)
    edit_path(page, "/dev/vg1/onlv")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert "/dev/vg1/onlv was taken for a block device" in page.message.text()
    qtbot.waitUntil(lambda: not page.is_dirty() and page.path.text() == "/dev/vg1/onlv",
                    timeout=5000)
    page.readonly.setChecked(True)  # the image stays: nothing guessed
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert page.message.text() == "Disk vda: saved."


def test_a_remote_device_guessed_a_block_device_is_said_before_apply_or_insert(
        details_of, connected, qtbot, remote):
    """The guess by /dev was said only in the result, after Apply or Insert (Add hardware
    says it before Add). In the page's words: nothing is added there."""
    from PySide6.QtWidgets import QLabel

    def notes(page):
        return [label.text() for label in page.findChildren(QLabel)
                if label.isVisibleTo(page) and "as a block device" in label.text()]

    def said(path):
        return (f"{path} will be used as a block device, as it lies in /dev: no storage pool "
                "of the host says what it is.")

    run_in_worker(qtbot, connected, iso_in_dev_shm)
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(ON_LV).UUIDString())
    page = disk_page(details_of(uuid))
    assert notes(page) == []  # the disk's own path: nothing is guessed
    edit_path(page, "/dev/vg1/onlv")
    qtbot.waitUntil(lambda: notes(page) == [said("/dev/vg1/onlv")], timeout=5000)
    # A note, not a problem: Apply comes back once the host has answered the image's own
    # look ("Looking for …", a separate question), which under load may come after the note.
    qtbot.waitUntil(page.apply_button.isEnabled, timeout=5000)
    edit_path(page, "/dev/shm/x.iso")  # a pool says it is a file
    qtbot.waitUntil(lambda: notes(page) == [], timeout=5000)
    edit_path(page, "/dev/vg1/onlv")
    qtbot.waitUntil(lambda: len(notes(page)) == 1, timeout=5000)
    page.revert()  # back to the disk's own path
    assert notes(page) == []

    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.insert_path.setText("/dev/sr0")
    qtbot.waitUntil(lambda: notes(page) == [said("/dev/sr0")], timeout=5000)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    qtbot.waitUntil(lambda: page.insert_path.text() == "", timeout=5000)
    assert notes(page) == []  # inserted: nothing left to say before


def test_apply_keeps_what_was_changed_elsewhere_meanwhile(details_of, connected, qtbot, remote):
    """The cache mode edited while the image and read-only were changed elsewhere (virsh, the
    XML editor): Apply set the image back to the old one and read-only off again, saying only
    'saved'. Only what the user changed is applied; the rest is the disk's as it is now."""
    from lxml import etree

    window = details_of("build")
    page = disk_page(window)
    page.cache.setCurrentIndex(page.cache.findData("writeback"))
    assert page.is_dirty()

    def elsewhere(c):
        dom = c.lookupByUUIDString(DEMO_VMS["build"])
        root = etree.fromstring(dom.XMLDesc(2))  # inactive
        disk = root.xpath("devices/disk[target/@dev='vda']")[0]
        disk.find("source").set("file", "/srv/moved.qcow2")
        etree.SubElement(disk, "readonly")
        c.defineXML(etree.tostring(root, encoding="unicode"))

    run_in_worker(qtbot, connected, elsewhere)
    qtbot.waitUntil(lambda: "changed meanwhile" in page.message.text(), timeout=5000)
    assert page.path.text() == "/home/build.qcow2"  # the fields are the user's
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    disk = domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda")
    assert (disk.source, disk.readonly, disk.cache) == ("/srv/moved.qcow2", True, "writeback")


Q35_CDROM = """<domain type='test'><name>q35cd</name><memory>1048576</memory>
<os><type arch='x86_64' machine='pc-q35-8.2'>hvm</type></os><devices>
<disk type='file' device='cdrom'><target dev='sda' bus='sata'/><readonly/></disk>
</devices></domain>"""


def test_a_q35_vms_drive_moved_to_ide_is_refused_inline(details_of, connected, qtbot):
    """q35 has no IDE controller: the move reached libvirt, which refuses it."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(Q35_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.bus.setCurrentIndex(page.bus.findData("ide"))
    assert page.validate() == "The VM's q35 chipset has no IDE bus; choose SATA or SCSI"
    page.apply()
    assert page.problem.text() == "The VM's q35 chipset has no IDE bus; choose SATA or SCSI"
    assert page.body.isEnabled() and not page.apply_button.isEnabled()  # nothing sent
    assert page.bus.currentData() == "ide"


def test_a_media_path_changed_while_the_image_is_looked_at_is_said(details_of, connected, qtbot,
                                                                    tmp_path, monkeypatch):
    """Insert, then another path typed while the first was looked at: the answer showed
    "Looking for <the new path>…" as a problem, and it stayed so, though nothing looked."""
    import threading

    from kvmgui.libvirt import pathcache

    first, second = tmp_path / "a.iso", tmp_path / "b.iso"
    for iso in (first, second):
        iso.write_bytes(b"\0" * 2048)
    release = threading.Event()
    real = pathcache.local_path_state
    monkeypatch.setattr(pathcache, "local_path_state", lambda path: release.wait(10) and real(path))
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(WITH_CDROM).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:cdrom:sda")
    page.insert_path.setText(str(first))
    page.insert_media()
    assert page.problem.text() == f"Looking for {first}…"
    page.insert_path.setText(str(second))
    with qtbot.waitSignal(page.image.answered, timeout=5000):
        release.set()
    assert page.problem.text() == ("Nothing was inserted: the path changed while the image was "
                                   "looked at. Insert again to insert it.")
    assert tone_of(page.problem) is Tone.NORMAL and page.body.isEnabled()
    assert domain_doc(qtbot, connected, uuid).find_device("cdrom:sda").source is None
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.insert_media()
    assert domain_doc(qtbot, connected, uuid).find_device("cdrom:sda").source == str(second)


def test_edits_made_while_the_image_is_looked_at_are_not_applied(details_of, connected, qtbot,
                                                                  tmp_path, monkeypatch):
    """Apply on a new image, then the cache mode changed while the image was looked at: the
    answer applied the page as it was by then, with a cache mode the click never saw."""
    import threading

    from kvmgui.libvirt import pathcache

    image = tmp_path / "new.qcow2"
    image.write_bytes(b"\0" * 512)
    release = threading.Event()
    real = pathcache.local_path_state
    monkeypatch.setattr(pathcache, "local_path_state", lambda path: release.wait(10) and real(path))
    window = details_of("build")
    page = disk_page(window)
    requested = []
    page.changeRequested.connect(requested.append)
    edit_path(page, str(image))
    page.apply()
    assert page.problem.text() == f"Looking for {image}…"
    page.cache.setCurrentIndex(page.cache.findData("unsafe"))
    release.set()
    qtbot.waitUntil(lambda: bool(requested or page.message.text()), timeout=5000)
    assert requested == []
    assert page.message.text() == ("Nothing was applied: the page changed while the image was "
                                   "looked at. Apply again to apply it as it is now.")
    assert page.body.isEnabled() and page.is_dirty()
    assert page.cache.currentData() == "unsafe" and page.path.text() == str(image)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    disk = domain_doc(qtbot, connected, DEMO_VMS["build"]).find_device("disk:vda")
    assert (disk.source, disk.cache) == (str(image), "unsafe")


DISK_AND_FLOPPY = """<domain type='test'><name>diskfd</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<disk type='file' device='disk'><source file='/srv/a.qcow2'/><target dev='vda' bus='virtio'/></disk>
<disk type='file' device='floppy'><source file='/srv/boot.img'/><target dev='fda' bus='fdc'/></disk>
</devices></domain>"""


def test_a_floppy_is_not_given_an_image_a_disk_holds(details_of, connected, qtbot, remote):
    """Media inserted in a floppy was checked against no other drive (a CD-ROM's was): the
    floppy, writable, took the disk's image and QEMU refused the VM its start."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(DISK_AND_FLOPPY).UUIDString())
    window = details_of(uuid)
    page = disk_page(window, "device:floppy:fda")
    requested = []
    page.changeRequested.connect(requested.append)
    page.insert_path.setText("/srv/a.qcow2")
    page.insert_media()
    qtbot.waitUntil(lambda: not page.problem.text().startswith("Looking"), timeout=5000)
    assert page.problem.text() == "Disk vda of this VM already uses /srv/a.qcow2"
    assert requested == [] and page.body.isEnabled()


TWO_READERS = """<domain type='test'><name>readers</name><memory>1048576</memory>
<os><type>hvm</type></os><devices>
<disk type='file' device='disk'><source file='/srv/base.img'/><target dev='vda' bus='virtio'/>
<readonly/></disk>
<disk type='file' device='disk'><source file='/srv/base.img'/><target dev='vdb' bus='virtio'/>
<readonly/></disk>
</devices></domain>"""


def test_a_disk_sharing_its_image_is_not_made_writable(details_of, connected, qtbot, remote):
    """Two read-only disks may share an image; Read-only unticked on one was applied
    unchecked (only a changed path was), and QEMU refused the VM its start."""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(TWO_READERS).UUIDString())
    page = disk_page(details_of(uuid), "device:disk:vdb")
    assert page.problem.text() == ""
    page.readonly.setChecked(False)
    assert page.problem.text() == "Disk vda of this VM already uses /srv/base.img"
    assert not page.apply_button.isEnabled()
    page.readonly.setChecked(True)
    assert page.problem.text() == ""


@pytest.mark.parametrize("drive", ["disk", "floppy"])
def test_a_link_to_another_drives_image_is_refused_as_the_image(details_of, connected, qtbot,
                                                                tmp_path, drive):
    """Only the spellings were compared: vdb (or the floppy's media) given a symbolic link
    to vda's image was applied, and the guest wrote the image through both drives. On this
    machine the files are looked at (in a worker) and compared."""
    image, other = tmp_path / "a.img", tmp_path / "b.img"
    for made in (image, other):
        made.write_bytes(b"\0" * 512)
    link = tmp_path / "a-link.img"
    link.symlink_to(image)
    xml = (f"<domain type='test'><name>linked</name><memory>1048576</memory><os><type>hvm"
           f"</type></os><devices><disk type='file' device='disk'><source file='{image}'/>"
           "<target dev='vda' bus='virtio'/></disk>"
           f"<disk type='file' device='{drive}'><source file='{other}'/>"
           f"<target dev='{'vdb' if drive == 'disk' else 'fda'}' "
           f"bus='{'virtio' if drive == 'disk' else 'fdc'}'/></disk></devices></domain>")
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).UUIDString())
    page = disk_page(details_of(uuid), "device:disk:vdb" if drive == "disk" else "device:floppy:fda")
    requested = []
    page.changeRequested.connect(requested.append)
    if drive == "disk":
        edit_path(page, str(link))
        qtbot.waitUntil(lambda: page.problem.text() == f"Disk vda of this VM already uses {link}",
                        timeout=5000)
        assert not page.apply_button.isEnabled()
        page.apply()
    else:
        page.insert_path.setText(str(link))
        page.insert_media()
        qtbot.waitUntil(lambda: not page.problem.text().startswith("Looking"), timeout=5000)
        assert page.problem.text() == f"Disk vda of this VM already uses {link}"
    qtbot.waitUntil(lambda: not page.problem.text().startswith("Looking"), timeout=5000)
    assert requested == [] and page.body.isEnabled()


def test_a_pool_volume_disk_made_writable_is_checked_by_its_file(details_of, connected, qtbot,
                                                                   remote):
    """A disk given as a pool's volume was compared by its 'pool/volume' name: made
    writable beside a read-only disk on the volume's file, it was applied, and QEMU refused
    the VM its start (no write lock)."""
    pool = next(r for r in connected.pools.records() if r.pool_type == "dir" and r.target_path)
    image = f"{pool.target_path}/shared.img"
    xml = ("<domain type='test'><name>volreaders</name><memory>1048576</memory><os><type>hvm"
           "</type></os><devices><disk type='volume' device='disk'>"
           f"<source pool='{pool.name}' volume='shared.img'/><target dev='vda' bus='virtio'/>"
           "<readonly/></disk><disk type='file' device='disk'>"
           f"<source file='{image}'/><target dev='vdb' bus='virtio'/><readonly/></disk>"
           "</devices></domain>")
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).UUIDString())
    page = disk_page(details_of(uuid))
    assert page.problem.text() == ""
    page.readonly.setChecked(False)
    assert page.problem.text() == f"Disk vdb of this VM already uses {image}"
    assert not page.apply_button.isEnabled()
