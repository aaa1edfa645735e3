"""image_user: which other drive of the VM holds an image a new or edited one is given.

QEMU's image locks (qemu-iotests 153): a writer holds the "write" lock and lets no one else
take one, a reader takes a shared lock that lets no writer in; two readers share the image."""

from __future__ import annotations

import threading

import libvirt
import pytest

from kvmgui.dialogs.imageusers import image_user
from kvmgui.xml.domain import DomainDoc

IMG = "/srv/shared.img"


def vm(drive: str) -> DomainDoc:
    return DomainDoc.from_string(
        "<domain type='kvm'><name>v</name><memory>65536</memory><os><type>hvm</type></os>"
        f"<devices>{drive}</devices></domain>")


def disk(readonly: bool) -> str:
    return (f"<disk type='file' device='disk'><source file='{IMG}'/>"
            f"<target dev='vda' bus='virtio'/>{'<readonly/>' if readonly else ''}</disk>")


@pytest.mark.parametrize(("theirs", "writable", "refused"), [
    (True, False, False),  # two readers
    (True, True, True),  # a writer beside a reader
    (False, False, True),  # a reader beside a writer
    (False, True, True),  # two writers
])
def test_only_two_read_only_disks_share_an_image(theirs, writable, refused):
    # A read-only disk on the image another read-only disk holds was refused ("Disk vda
    # of this VM already uses …"), though QEMU opens it for both.
    used = image_user(IMG, vm(disk(theirs)), None, writable=writable)
    assert (used == f"Disk vda of this VM already uses {IMG}") is refused


def floppy(readonly: bool) -> str:
    return (f"<disk type='file' device='floppy'><source file='{IMG}'/>"
            f"<target dev='fda' bus='fdc'/>{'<readonly/>' if readonly else ''}</disk>")


@pytest.mark.parametrize(("theirs", "writable", "refused"), [
    (False, False, True),  # a reader beside a floppy the guest writes
    (False, True, True),
    (True, True, True),
    (True, False, False),
])
def test_a_floppys_image_is_shared_as_a_disks(theirs, writable, refused):
    # Only disks and CD-ROMs were looked at: a disk on a writable floppy's image was taken,
    # and QEMU refused the VM its start (no "write" lock).
    used = image_user(IMG, vm(floppy(theirs)), None, writable=writable)
    assert (used == f"Floppy fda of this VM already uses {IMG}") is refused


def test_a_disk_given_as_a_pools_volume_holds_its_file(details_of, connected, qtbot):
    # A disk of type 'volume' (pool and volume, no path) was in no sharing check: its
    # file, typed as a path for a new disk, was taken.
    from tests.helpers import BUILD, run_in_worker
    from tests.unit.dialogs.test_addhw_cdrom import dialog_for

    pool = next(r for r in connected.pools.records() if r.pool_type == "dir" and r.target_path)

    def with_volume_disk(c):
        dom = c.lookupByUUIDString(BUILD)
        c.defineXML(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace("</devices>", (
            f"<disk type='volume' device='disk'><source pool='{pool.name}' volume='data.qcow2'/>"
            "<target dev='vdz' bus='virtio'/></disk></devices>")))

    run_in_worker(qtbot, connected, with_volume_disk)
    window = details_of(BUILD)
    qtbot.waitUntil(lambda: "device:disk:vdz" in window.pages, timeout=5000)
    dialog, disk = dialog_for(window, "disk")
    disk.existing.setChecked(True)
    disk.path.setText(f"{pool.target_path}/data.qcow2")
    assert disk.validate() == f"Disk vdz of this VM already uses {pool.target_path}/data.qcow2"
    dialog.reject()


def with_disk_on(qtbot, connected, path, dev="vdy"):
    """BUILD given a disk ``dev`` on the file ``path``."""
    from tests.helpers import BUILD, run_in_worker

    def define(c):
        dom = c.lookupByUUIDString(BUILD)
        c.defineXML(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace("</devices>", (
            f"<disk type='file' device='disk'><source file='{path}'/>"
            f"<target dev='{dev}' bus='virtio'/></disk></devices>")))

    run_in_worker(qtbot, connected, define)


@pytest.mark.parametrize("typed", ["file", "link", "link to its folder"])
def test_a_link_to_an_image_the_vm_uses_is_refused_as_the_image(details_of, connected, qtbot,
                                                                 tmp_path, typed):
    # Only the spellings were compared: a symbolic link to vdy's image (or a path through a
    # link to its folder) was added as a second disk on it, which the guest writes through
    # both. On this machine the files are looked at (in a worker) and compared.
    from tests.helpers import BUILD
    from tests.unit.dialogs.test_addhw import image_form

    folder = tmp_path / "images"
    folder.mkdir()
    image = folder / "data.img"
    image.write_bytes(b"\0" * 512)
    (tmp_path / "data-link.img").symlink_to(image)
    (tmp_path / "folder-link").symlink_to(folder)
    path = {"file": image, "link": tmp_path / "data-link.img",
            "link to its folder": tmp_path / "folder-link" / "data.img"}[typed]
    with_disk_on(qtbot, connected, image)
    window = details_of(BUILD)
    qtbot.waitUntil(lambda: "device:disk:vdy" in window.pages, timeout=5000)
    dialog, _disk = image_form(window, path)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.problem.text().startswith("Looking"), timeout=5000)
    assert dialog.problem.text() == f"Disk vdy of this VM already uses {path}"
    assert not dialog.busy
    dialog.reject()


def test_another_drives_image_on_a_silent_mount_holds_add_only_a_moment(
        details_of, connected, qtbot, tmp_path, monkeypatch):
    # The other drives' images are looked at with the new one: one on a network mount that
    # stopped answering held Add of any disk until the mount came back. After SLOW_MS the
    # check goes on with what is known (that drive compared by its path's spelling).
    from kvmgui.dialogs import imagecheck
    from kvmgui.libvirt import pathcache
    from tests.helpers import BUILD, domain_doc
    from tests.unit.dialogs.test_addhw import image_form

    dead = tmp_path / "nfs"
    dead.mkdir()
    image = tmp_path / "data.img"
    image.write_bytes(b"\0" * 512)
    release = threading.Event()
    real = pathcache.local_path_state
    monkeypatch.setattr(pathcache, "local_path_state",
                        lambda path: (release.wait(10) or True) and real(path)
                        if path.startswith(str(dead)) else real(path))
    monkeypatch.setattr(imagecheck, "SLOW_MS", 100)
    with_disk_on(qtbot, connected, dead / "other.img")
    window = details_of(BUILD)
    qtbot.waitUntil(lambda: "device:disk:vdy" in window.pages, timeout=5000)
    dialog, _disk = image_form(window, image)
    try:
        with qtbot.waitSignal(window.changeApplied, timeout=5000):
            dialog.finish_button.click()
    finally:
        release.set()
    assert domain_doc(qtbot, connected, BUILD).find_device("disk:vdb").source == str(image)
